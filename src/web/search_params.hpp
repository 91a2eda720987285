#pragma once
// Validation of the search parameters shared by GET /, /api/search and /api/facets. Every
// rejected value gets a message naming the parameter, the limit and the accepted values.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "store/job_store.hpp"

namespace jobmatch::web {

inline constexpr std::size_t kMaxTextParamChars = 200;
inline constexpr std::int64_t kMaxPage = 100'000;
inline constexpr std::int64_t kMaxPerPage = 100;
inline constexpr std::int64_t kDefaultPerPage = 20;

/// Looks a query parameter up: nullopt when absent.
using ParamLookup = std::function<std::optional<std::string>(std::string_view name)>;

/// The validated query; `today` (ISO) anchors date_range.
core::Result<store::SearchQuery> parse_search_query(const ParamLookup& lookup,
                                                    std::string_view today);

/// An integer in [min, max] written in decimal, or kInvalidInput naming `name`.
core::Result<std::int64_t> parse_bounded_int(std::string_view name, std::string_view text,
                                             std::int64_t min, std::int64_t max);

/// Today's date in UTC as YYYY-MM-DD.
std::string today_utc();

}  // namespace jobmatch::web
