// The job_requirements table (schema v3) and the id-only search behind /api/match.

#include "store/sqlite/rows.hpp"
#include "store/sqlite/search_sql.hpp"
#include "store/sqlite/sqlite_job_store.hpp"

namespace jobmatch::store::sqlite {

using core::Result;

Result<std::vector<std::int64_t>> SqliteJobStore::find_matching_ids(const SearchQuery& query) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  const FilterSql filter = build_filter_sql(query);
  const char* id_column = filter.uses_fts ? "SELECT jobs_fts.rowid" : "SELECT j.id";
  auto statement = (*connection)->prepare(id_column + filter.from_where());
  if (!statement) return std::unexpected(statement.error());
  bind_all(*statement, filter.binds);
  std::vector<std::int64_t> ids;
  while (true) {
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return ids;
    ids.push_back(statement->column_int(0));
  }
}

Result<std::vector<PostingText>> SqliteJobStore::find_postings_without_requirements(
    std::string_view engine_version, std::int64_t limit, std::int64_t after_id) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto statement =
      (*connection)
          ->prepare(
              "SELECT j.id, j.title, j.description_text, COALESCE(j.experience, '') FROM jobs j"
              " LEFT JOIN job_requirements r ON r.job_id = j.id"
              " WHERE j.id > ? AND (r.job_id IS NULL OR r.engine_version <> ?)"
              " ORDER BY j.id LIMIT ?");
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, after_id).bind(2, engine_version).bind(3, limit);
  std::vector<PostingText> postings;
  while (true) {
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return postings;
    postings.push_back({statement->column_int(0), statement->column_text(1),
                        statement->column_text(2), statement->column_text(3)});
  }
}

Result<void> SqliteJobStore::save_requirements(std::span<const StoredRequirements> rows,
                                               std::string_view engine_version) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto transaction = Transaction::begin(**connection);
  if (!transaction) return std::unexpected(transaction.error());
  for (const StoredRequirements& row : rows) {
    // INSERT ... SELECT skips postings deleted since their text was read.
    auto statement =
        (*connection)
            ->prepare(
                "INSERT OR REPLACE INTO job_requirements (job_id, engine_version, data)"
                " SELECT id, ?, ? FROM jobs WHERE id = ?");
    if (!statement) return std::unexpected(statement.error());
    statement->bind(1, engine_version).bind(2, row.data).bind(3, row.job_id);
    if (auto done = statement->run(); !done) return done;
  }
  return transaction->commit();
}

Result<std::vector<StoredRequirements>> SqliteJobStore::load_requirements(
    std::string_view engine_version, std::int64_t after_id) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto statement = (*connection)
                       ->prepare(
                           "SELECT r.job_id, coalesce(j.source, ''), r.data FROM job_requirements r"
                           " JOIN jobs j ON j.id = r.job_id"
                           " WHERE r.job_id > ? AND r.engine_version = ? ORDER BY r.job_id");
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, after_id).bind(2, engine_version);
  std::vector<StoredRequirements> rows;
  while (true) {
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return rows;
    rows.push_back(
        {statement->column_int(0), statement->column_text(1), statement->column_text(2)});
  }
}

}  // namespace jobmatch::store::sqlite
