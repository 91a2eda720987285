#include "web/search_params.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

#include "text/contract.hpp"
#include "text/unicode.hpp"

namespace jobmatch::web {

using core::ErrorCode;
using core::Result;
using store::DateRange;

namespace {

/// A free-text parameter: valid UTF-8, NFC, trimmed, at most kMaxTextParamChars characters.
Result<std::string> read_text_param(const ParamLookup& lookup, std::string_view name) {
  auto value = lookup(name);
  if (!value) return std::string{};
  if (!text::is_valid_utf8(*value)) {
    return core::fail(ErrorCode::kInvalidInput, std::string(name) + " n'est pas de l'UTF-8 valide");
  }
  if (text::count_code_points(*value) > kMaxTextParamChars) {
    return core::fail(
        ErrorCode::kInvalidInput,
        std::string(name) + " dépasse " + std::to_string(kMaxTextParamChars) + " caractères");
  }
  return text::collapse_whitespace(text::normalize_nfc(*value));
}

std::string allowed_contract_values() {
  std::string list;
  for (auto type : text::all_contract_types()) {
    list += (list.empty() ? "" : ", ") + std::string(text::contract_label(type));
  }
  for (auto time : text::all_working_times()) {
    list += ", " + std::string(text::working_time_label(time));
  }
  return list;
}

/// job_type and contract_type each accept a contract or a working-time value: the seed's
/// names are crossed (job_type holds CDI/CDD, contract_type "Temps plein"), so users and old
/// links use both ways.
Result<void> apply_contract_filter(store::SearchQuery& query, std::string_view name,
                                   const std::string& value) {
  if (value.empty()) return {};
  if (auto contract = text::parse_contract_type(value)) {
    query.contrat = std::string(text::contract_label(*contract));
    return {};
  }
  if (auto time = text::parse_working_time(value)) {
    query.job_type = std::string(text::working_time_label(*time));
    return {};
  }
  return core::fail(ErrorCode::kInvalidInput,
                    std::string(name) + " '" + value +
                        "' n'est pas une valeur reconnue : " + allowed_contract_values());
}

Result<DateRange> parse_date_range(const std::string& value) {
  static constexpr std::pair<std::string_view, DateRange> kRanges[] = {
      {"", DateRange::kAll},
      {"all", DateRange::kAll},
      {"1day", DateRange::kOneDay},
      {"1week", DateRange::kOneWeek},
      {"1month", DateRange::kOneMonth},
      {"3months", DateRange::kThreeMonths},
      {"thisyear", DateRange::kThisYear},
  };
  for (const auto& [name, range] : kRanges) {
    if (value == name) return range;
  }
  return core::fail(ErrorCode::kInvalidInput,
                    "date_range doit valoir 1day, 1week, 1month, 3months, thisyear ou all");
}

Result<std::int64_t> read_int_param(const ParamLookup& lookup, std::string_view name,
                                    std::int64_t fallback, std::int64_t max) {
  auto value = lookup(name);
  if (!value || value->empty()) return fallback;
  return parse_bounded_int(name, *value, 1, max);
}

}  // namespace

Result<std::int64_t> parse_bounded_int(std::string_view name, std::string_view text,
                                       std::int64_t min, std::int64_t max) {
  std::int64_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [parsed_to, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || parsed_to != end || value < min || value > max) {
    return core::fail(ErrorCode::kInvalidInput, std::string(name) + " doit être un entier entre " +
                                                    std::to_string(min) + " et " +
                                                    std::to_string(max));
  }
  return value;
}

Result<store::SearchQuery> parse_search_query(const ParamLookup& lookup, std::string_view today) {
  store::SearchQuery query;
  query.today = std::string(today);
  const std::pair<std::string_view, std::string*> text_params[] = {
      {"keyword", &query.keyword},
      {"location", &query.location},
      {"company", &query.company},
      {"source", &query.source},
  };
  for (const auto& [name, target] : text_params) {
    auto value = read_text_param(lookup, name);
    if (!value) return std::unexpected(value.error());
    *target = std::move(*value);
  }
  for (std::string_view name : {"job_type", "contract_type"}) {
    auto value = read_text_param(lookup, name);
    if (!value) return std::unexpected(value.error());
    if (auto applied = apply_contract_filter(query, name, *value); !applied) {
      return std::unexpected(applied.error());
    }
  }
  auto range = read_text_param(lookup, "date_range");
  if (!range) return std::unexpected(range.error());
  auto date_range = parse_date_range(*range);
  if (!date_range) return std::unexpected(date_range.error());
  query.date_range = *date_range;
  auto page = read_int_param(lookup, "page", 1, kMaxPage);
  if (!page) return std::unexpected(page.error());
  query.page = *page;
  auto per_page = read_int_param(lookup, "per_page", kDefaultPerPage, kMaxPerPage);
  if (!per_page) return std::unexpected(per_page.error());
  query.per_page = *per_page;
  return query;
}

std::string today_utc() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{today};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

}  // namespace jobmatch::web
