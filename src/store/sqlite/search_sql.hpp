#pragma once
// Turns a validated SearchQuery into SQL text plus bind values. Pure functions, so the
// escaping of user words and the date arithmetic are tested without a database.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/job_posting.hpp"
#include "store/job_store.hpp"

namespace jobmatch::store::sqlite {

/// The words of user input (at most kMaxTerms): runs of letters and digits.
std::vector<std::string_view> split_search_words(std::string_view words);

/// User words as an FTS5 expression of quoted terms: `C++ "dev" NEAR` -> `"C" "dev" "NEAR"`.
/// Operators and quotes lose their meaning; at most kMaxTerms terms are kept. Empty when the
/// input holds no word.
std::string quote_fts_terms(std::string_view words);
inline constexpr int kMaxTerms = 16;

/// The regular plural or singular of a word for FR/EN ("développeur" <-> "développeurs",
/// "engineers" -> "engineer", "travaux" -> "travau"), or empty for numbers and short words.
/// Both sides are plain index terms, so a wrong guess only costs a rare extra match.
std::string plural_variant(std::string_view word);

/// True for French and English function words ("de", "pour", "the"...), ASCII case ignored.
bool is_stop_word(std::string_view word);

/// Keyword words as an FTS5 expression where each word also matches its plural/singular and
/// function words are left out unless the keyword holds nothing else:
/// `("data" OR "datas") AND ("engineers" OR "engineer")`.
std::string keyword_fts_expression(std::string_view words);

/// The FTS5 MATCH expression for keyword, location and company, or empty when none is set.
std::string build_fts_match(const SearchQuery& query);

/// First ISO date inside the range counted back from `today` (ISO), or empty for kAll.
std::string date_range_start(DateRange range, std::string_view today);

/// FROM + WHERE clauses and their bind values (in order) for the postings matching `query`.
/// The jobs table is aliased `j`; the FTS table, when used, `jobs_fts`.
struct FilterSql {
  std::string from;                     // " FROM ..."
  std::vector<std::string> conditions;  // ANDed, each with `?` placeholders
  std::vector<std::string> binds;       // one per placeholder, in order
  bool uses_fts = false;

  /// " FROM ... WHERE ..." with `extra` (no placeholder) ANDed to the conditions when given.
  std::string from_where(std::string_view extra = {}) const;
};
/// Filters that are also stored as index tokens in the FTS column search_tags.
enum class TagKind { kSource, kContrat, kJobType };

/// The index token of a filter value: a prefix per kind and the value's letters and digits,
/// lower-cased ("linkedin" -> "zzsrclinkedin", "Temps plein" -> "zzwttempsplein").
std::string search_tag(TagKind kind, std::string_view value);

/// The search_tags text stored with a posting.
std::string search_tags_for(const core::JobPosting& job);

/// Whether the FROM clause must join `jobs j` even when no filter needs it.
enum class JobsJoin { kWhenNeeded, kAlways };
FilterSql build_filter_sql(const SearchQuery& query, JobsJoin join = JobsJoin::kWhenNeeded);

/// Relevance (bm25) ranks the kRankWindow most recently added postings that match; the matches
/// beyond follow, newest first. Ranking every match of a common word ("data": half of 100k
/// postings) costs ~50 ms; this window bounds it (see docs/performance.md).
inline constexpr std::int64_t kRankWindow = 2000;

/// The part of results positions [offset, offset + count) that falls inside the rank window,
/// and the part after it.
struct PageSplit {
  std::int64_t ranked_offset = 0, ranked_count = 0;
  std::int64_t recent_offset = 0, recent_count = 0;
};
PageSplit split_page(std::int64_t offset, std::int64_t count, std::int64_t window = kRankWindow);

}  // namespace jobmatch::store::sqlite
