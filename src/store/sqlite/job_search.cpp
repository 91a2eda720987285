#include "store/sqlite/job_search.hpp"

#include <algorithm>
#include <map>

#include "store/sqlite/rows.hpp"
#include "store/sqlite/search_sql.hpp"

namespace jobmatch::store::sqlite {

using core::JobPosting;
using core::Result;

namespace {

// bm25 weights: a word in the title counts most, then company, location, description; the
// filter tokens of search_tags count for nothing.
constexpr const char* kScore = "bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0, 0.0)";

std::string result_columns() {
  return std::string("SELECT ") + kCommonColumns + ", substr(j.description_text, 1, " +
         std::to_string(kSnippetChars) + ")";
}

/// Runs a page query whose last two placeholders are LIMIT and OFFSET; appends its rows.
Result<void> append_rows(Connection& connection, const std::string& sql, const FilterSql& filter,
                         std::int64_t limit, std::int64_t offset, std::vector<JobPosting>& jobs) {
  auto statement = connection.prepare(sql);
  if (!statement) return std::unexpected(statement.error());
  bind_all(*statement, filter.binds);
  const int next = static_cast<int>(filter.binds.size()) + 1;
  statement->bind(next, limit).bind(next + 1, offset);
  while (true) {
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
    JobPosting job;
    const int column = read_common_columns(*statement, job);
    job.description_text = statement->column_text(column);
    jobs.push_back(std::move(job));
  }
}

/// Without words to rank: newest postings first (index on date, id).
Result<void> append_browse_page(Connection& connection, const FilterSql& filter, std::int64_t limit,
                                std::int64_t offset, std::vector<JobPosting>& jobs) {
  const std::string sql =
      result_columns() + filter.from_where() + " ORDER BY j.date DESC, j.id DESC LIMIT ? OFFSET ?";
  return append_rows(connection, sql, filter, limit, offset, jobs);
}

/// Positions inside the rank window: the window's matches (newest rowids, read in index
/// order so FTS5 stops early) sorted by bm25, ties newest first; only the page's rows are then
/// read from `jobs`.
Result<void> append_ranked_page(Connection& connection, const FilterSql& filter, std::int64_t limit,
                                std::int64_t offset, std::vector<JobPosting>& jobs) {
  const std::string window = "SELECT jobs_fts.rowid AS rid, " + std::string(kScore) + " AS score" +
                             filter.from_where() + " ORDER BY jobs_fts.rowid DESC LIMIT " +
                             std::to_string(kRankWindow);
  const std::string sql = result_columns() + " FROM (SELECT rid, score FROM (" + window +
                          ") ORDER BY score, rid DESC LIMIT ? OFFSET ?) AS p"
                          " JOIN jobs j ON j.id = p.rid ORDER BY p.score, p.rid DESC";
  return append_rows(connection, sql, filter, limit, offset, jobs);
}

/// Positions after the rank window: newest matches first.
Result<void> append_recent_page(Connection& connection, const FilterSql& filter, std::int64_t limit,
                                std::int64_t offset, std::vector<JobPosting>& jobs) {
  const std::string sql = result_columns() + " FROM (SELECT jobs_fts.rowid AS rid" +
                          filter.from_where() +
                          " ORDER BY jobs_fts.rowid DESC LIMIT ? OFFSET ?) AS c"
                          " JOIN jobs j ON j.id = c.rid ORDER BY c.rid DESC";
  return append_rows(connection, sql, filter, limit, offset, jobs);
}

/// Adds `count` to `label`'s entry of a facet.
void add_count(std::map<std::string, std::int64_t>& facet, const std::string& label,
               std::int64_t count) {
  if (!label.empty()) facet[label] += count;
}

/// Most frequent first, then by label.
std::vector<LabelCount> sorted_counts(const std::map<std::string, std::int64_t>& facet) {
  std::vector<LabelCount> counts;
  for (const auto& [label, count] : facet) counts.push_back({label, count});
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
  return counts;
}

bool passes(const std::string& filter, const std::string& value) {
  return filter.empty() || filter == value;
}

}  // namespace

Result<SearchPage> search_catalogue(Connection& connection, const SearchQuery& query) {
  // The count and the page rows come from one snapshot, so an import running meanwhile cannot
  // make them disagree.
  auto snapshot = Transaction::begin_read(connection);
  if (!snapshot) return std::unexpected(snapshot.error());
  const FilterSql filter = build_filter_sql(query);
  SearchPage page;
  auto total = read_single_int(connection, "SELECT count(*)" + filter.from_where(), filter.binds);
  if (!total) return std::unexpected(total.error());
  page.total = *total;
  const std::int64_t offset = (query.page - 1) * query.per_page;
  if (offset >= page.total) return page;
  if (!filter.uses_fts) {
    if (auto done = append_browse_page(connection, filter, query.per_page, offset, page.jobs);
        !done) {
      return std::unexpected(done.error());
    }
    return page;
  }
  const PageSplit split = split_page(offset, query.per_page);
  if (split.ranked_count > 0) {
    if (auto done = append_ranked_page(connection, filter, split.ranked_count, split.ranked_offset,
                                       page.jobs);
        !done) {
      return std::unexpected(done.error());
    }
  }
  if (split.recent_count > 0) {
    if (auto done = append_recent_page(connection, filter, split.recent_count, split.recent_offset,
                                       page.jobs);
        !done) {
      return std::unexpected(done.error());
    }
  }
  return page;
}

Result<Facets> count_catalogue_facets(Connection& connection, const SearchQuery& query) {
  // Each facet counts the matches of every filter but its own. One pass groups the matches of
  // the words and dates by (source, contract, working time); each facet then sums the groups
  // that pass the two other filters.
  SearchQuery words_and_dates = query;
  words_and_dates.source.clear();
  words_and_dates.contrat.clear();
  words_and_dates.job_type.clear();
  const FilterSql filter = build_filter_sql(words_and_dates, JobsJoin::kAlways);
  auto statement = connection.prepare(
      // Plain columns (NULL reads as "") so that, without words, the GROUP BY walks
      // idx_jobs_facets in order instead of sorting 100k rows.
      "SELECT j.source, j.contrat, j.job_type, count(*)" + filter.from_where() +
      " GROUP BY j.source, j.contrat, j.job_type");
  if (!statement) return std::unexpected(statement.error());
  bind_all(*statement, filter.binds);
  std::map<std::string, std::int64_t> sources, contrats, job_types;
  while (true) {
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    const std::string source = statement->column_text(0);
    const std::string contrat = statement->column_text(1);
    const std::string job_type = statement->column_text(2);
    const std::int64_t count = statement->column_int(3);
    const bool source_ok = passes(query.source, source);
    const bool contrat_ok = passes(query.contrat, contrat);
    const bool job_type_ok = passes(query.job_type, job_type);
    if (contrat_ok && job_type_ok) add_count(sources, source, count);
    if (source_ok && job_type_ok) add_count(contrats, contrat, count);
    if (source_ok && contrat_ok) add_count(job_types, job_type, count);
  }
  return Facets{sorted_counts(sources), sorted_counts(contrats), sorted_counts(job_types)};
}

}  // namespace jobmatch::store::sqlite
