#include "store/sqlite/search_sql.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace jobmatch::store::sqlite {

namespace {

// Bytes that belong to a word: ASCII letters and digits, and every byte of a multi-byte
// UTF-8 sequence (accented letters); the FTS tokenizer refines the rest inside the quotes.
bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::string column_filter(std::string_view column, std::string_view words) {
  const std::string terms = quote_fts_terms(words);
  if (terms.empty()) return {};
  return std::string(column) + " : (" + terms + ")";
}

std::string format_iso(std::chrono::year_month_day date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

}  // namespace

std::vector<std::string_view> split_search_words(std::string_view words) {
  std::vector<std::string_view> split;
  std::size_t i = 0;
  while (i < words.size() && split.size() < static_cast<std::size_t>(kMaxTerms)) {
    while (i < words.size() && !is_word_byte(static_cast<unsigned char>(words[i]))) ++i;
    const std::size_t start = i;
    while (i < words.size() && is_word_byte(static_cast<unsigned char>(words[i]))) ++i;
    if (i == start) break;
    split.push_back(words.substr(start, i - start));
  }
  return split;
}

std::string quote_fts_terms(std::string_view words) {
  std::string expression;
  for (std::string_view word : split_search_words(words)) {
    if (!expression.empty()) expression += ' ';
    expression += '"';
    expression.append(word);
    expression += '"';
  }
  return expression;
}

std::string plural_variant(std::string_view word) {
  const bool has_letter = word.find_first_not_of("0123456789") != std::string_view::npos;
  if (!has_letter || word.size() < 3) return {};
  const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(word.back())));
  if (last == 's' || last == 'x')
    return word.size() > 3 ? std::string(word.substr(0, word.size() - 1)) : "";
  return std::string(word) + "s";
}

bool is_stop_word(std::string_view word) {
  // French and English function words: requiring them would only drop postings worded a little
  // differently ("développeur pour le web" vs "développeur web"). Not "it": IT is a keyword.
  static constexpr std::string_view kStopWords[] = {
      "a",    "à",   "au",  "aux",  "an",  "and",  "are",  "as",   "at",  "avec", "be",
      "by",   "ce",  "ces", "chez", "d",   "dans", "de",   "des",  "du",  "elle", "en",
      "est",  "et",  "for", "from", "il",  "in",   "is",   "l",    "la",  "le",   "les",
      "leur", "of",  "on",  "or",   "ou",  "où",   "par",  "pour", "qui", "que",  "sa",
      "sans", "ses", "son", "sur",  "the", "this", "that", "to",   "un",  "une",  "with"};
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(kStopWords), std::end(kStopWords), lower) != std::end(kStopWords);
}

std::string keyword_fts_expression(std::string_view words) {
  std::vector<std::string_view> kept = split_search_words(words);
  const bool only_stop_words = std::all_of(kept.begin(), kept.end(), is_stop_word);
  if (!only_stop_words) std::erase_if(kept, is_stop_word);
  std::string expression;
  for (std::string_view word : kept) {
    // SQLite 3.40 rejects implicit AND between parenthesised groups: spell it out.
    if (!expression.empty()) expression += " AND ";
    const std::string variant = plural_variant(word);
    expression += variant.empty() ? "\"" + std::string(word) + "\""
                                  : "(\"" + std::string(word) + "\" OR \"" + variant + "\")";
  }
  return expression;
}

std::string build_fts_match(const SearchQuery& query) {
  std::string match;
  auto add = [&match](const std::string& part) {
    if (part.empty()) return;
    if (!match.empty()) match += " AND ";
    match += part;
  };
  const std::string keyword_terms = keyword_fts_expression(query.keyword);
  if (!keyword_terms.empty()) add("(" + keyword_terms + ")");
  add(column_filter("location", query.location));
  add(column_filter("company", query.company));
  return match;
}

std::string date_range_start(DateRange range, std::string_view today) {
  if (range == DateRange::kAll) return {};
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(std::string(today).c_str(), "%d-%u-%u", &y, &m, &d) != 3) return {};
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  const std::chrono::sys_days day{ymd};
  using std::chrono::days;
  switch (range) {
    case DateRange::kOneDay:
      return format_iso(day - days{1});
    case DateRange::kOneWeek:
      return format_iso(day - days{7});
    case DateRange::kOneMonth:
      return format_iso(day - days{30});
    case DateRange::kThreeMonths:
      return format_iso(day - days{90});
    case DateRange::kThisYear:
      return format_iso(
          std::chrono::year_month_day{ymd.year(), std::chrono::January, std::chrono::day{1}});
    case DateRange::kAll:
      break;
  }
  return {};
}

std::string search_tag(TagKind kind, std::string_view value) {
  static constexpr std::string_view kPrefixes[] = {"zzsrc", "zzctr", "zzwt"};
  std::string tag(kPrefixes[static_cast<int>(kind)]);
  for (unsigned char c : value) {
    if (is_word_byte(c)) tag += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  }
  return tag;
}

std::string search_tags_for(const core::JobPosting& job) {
  std::string tags;
  const std::pair<TagKind, const std::string*> fields[] = {
      {TagKind::kSource, &job.source},
      {TagKind::kContrat, &job.contrat},
      {TagKind::kJobType, &job.job_type},
  };
  for (const auto& [kind, value] : fields) {
    if (value->empty()) continue;
    if (!tags.empty()) tags += ' ';
    tags += search_tag(kind, *value);
  }
  return tags;
}

FilterSql build_filter_sql(const SearchQuery& query, JobsJoin join) {
  FilterSql sql;
  std::string match = build_fts_match(query);
  sql.uses_fts = !match.empty();
  std::vector<std::pair<const char*, std::string>> jobs_conditions;
  // With words to match, the exact-value filters become index tokens of the MATCH; without,
  // they are indexed columns of `jobs`.
  auto add_filter = [&](TagKind kind, const char* condition, const std::string& value) {
    if (value.empty()) return;
    if (sql.uses_fts) {
      match += " AND search_tags : \"" + search_tag(kind, value) + "\"";
    } else {
      jobs_conditions.emplace_back(condition, value);
    }
  };
  add_filter(TagKind::kSource, "j.source = ?", query.source);
  add_filter(TagKind::kContrat, "j.contrat = ?", query.contrat);
  add_filter(TagKind::kJobType, "j.job_type = ?", query.job_type);
  const std::string start = date_range_start(query.date_range, query.today);
  if (!start.empty()) jobs_conditions.emplace_back("j.date >= ?", start);

  if (sql.uses_fts) {
    sql.conditions.emplace_back("jobs_fts MATCH ?");
    sql.binds.push_back(match);
  }
  for (auto& [condition, value] : jobs_conditions) {
    sql.conditions.emplace_back(condition);
    sql.binds.push_back(std::move(value));
  }
  if (!sql.uses_fts) {
    sql.from = " FROM jobs j";
  } else if (!jobs_conditions.empty() || join == JobsJoin::kAlways) {
    // CROSS JOIN keeps the FTS index as the outer loop: SQLite would otherwise start from an
    // index of `jobs` and run the full-text query once per row (seconds on 100k postings).
    sql.from = " FROM jobs_fts CROSS JOIN jobs j ON j.id = jobs_fts.rowid";
  } else {
    // Text-only queries stay inside the FTS index: no row of `jobs` is read.
    sql.from = " FROM jobs_fts";
  }
  return sql;
}

std::string FilterSql::from_where(std::string_view extra) const {
  std::string text = from;
  const char* separator = " WHERE ";
  for (const auto& condition : conditions) {
    text += separator;
    text += condition;
    separator = " AND ";
  }
  if (!extra.empty()) {
    text += separator;
    text += extra;
  }
  return text;
}

PageSplit split_page(std::int64_t offset, std::int64_t count, std::int64_t window) {
  PageSplit split;
  const std::int64_t end = offset + count;
  if (offset < window) {
    split.ranked_offset = offset;
    split.ranked_count = std::min(end, window) - offset;
  }
  if (end > window) {
    split.recent_offset = std::max(offset, window);
    split.recent_count = end - split.recent_offset;
  }
  return split;
}

}  // namespace jobmatch::store::sqlite
