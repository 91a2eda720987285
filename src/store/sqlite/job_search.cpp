#include "store/sqlite/job_search.hpp"

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
/// order so FTS5 stops early) sorted by bm25.
Result<void> append_ranked_page(Connection& connection, const FilterSql& filter, std::int64_t limit,
                                std::int64_t offset, std::vector<JobPosting>& jobs) {
  const std::string sql = result_columns() + " FROM (SELECT jobs_fts.rowid AS rid, " + kScore +
                          " AS score" + filter.from_where() +
                          " ORDER BY jobs_fts.rowid DESC LIMIT " + std::to_string(kRankWindow) +
                          ") AS c JOIN jobs j ON j.id = c.rid"
                          " ORDER BY c.score, j.date DESC, j.id DESC LIMIT ? OFFSET ?";
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

Result<std::vector<LabelCount>> count_facet(Connection& connection, const SearchQuery& query,
                                            FacetField field, const char* column) {
  const FilterSql filter = build_filter_sql(query, field, JobsJoin::kAlways);
  const std::string sql = std::string("SELECT ") + column + ", count(*)" +
                          filter.from_where(std::string(column) + " IS NOT NULL") + " GROUP BY " +
                          column + " ORDER BY count(*) DESC, " + column;
  return read_label_counts(connection, sql, filter.binds);
}

}  // namespace

Result<SearchPage> search_catalogue(Connection& connection, const SearchQuery& query) {
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
  Facets facets;
  const std::tuple<FacetField, const char*, std::vector<LabelCount>*> fields[] = {
      {FacetField::kSource, "j.source", &facets.sources},
      {FacetField::kContrat, "j.contrat", &facets.contrats},
      {FacetField::kJobType, "j.job_type", &facets.job_types},
  };
  for (const auto& [field, column, target] : fields) {
    auto counts = count_facet(connection, query, field, column);
    if (!counts) return std::unexpected(counts.error());
    *target = std::move(*counts);
  }
  return facets;
}

}  // namespace jobmatch::store::sqlite
