#include "store/sqlite/sqlite_job_store.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "store/sqlite/catalogue_stats.hpp"
#include "store/sqlite/job_search.hpp"
#include "store/sqlite/migrations.hpp"
#include "store/sqlite/rows.hpp"
#include "store/sqlite/search_sql.hpp"

namespace jobmatch::store::sqlite {

using core::ErrorCode;
using core::JobPosting;
using core::Result;

namespace {

constexpr const char* kInsertSql = R"sql(
INSERT INTO jobs (title, company, location, description, description_text, job_url, date,
                  job_type, contrat, contract_raw, salary, source, source_id, external_id,
                  country, language, remote, experience, skills, search_tags)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING
)sql";

std::string skills_to_json(const std::vector<std::string>& skills) {
  return nlohmann::json(skills).dump();
}

std::vector<std::string> skills_from_json(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::vector<std::string> skills;
  if (!parsed.is_array()) return skills;
  for (const auto& skill : parsed) {
    if (skill.is_string()) skills.push_back(skill.get<std::string>());
  }
  return skills;
}

void bind_posting(Statement& statement, const JobPosting& job) {
  statement.bind(1, job.title)
      .bind_or_null(2, job.company)
      .bind_or_null(3, job.location)
      .bind(4, job.description)
      .bind(5, job.description_text)
      .bind_or_null(6, job.job_url)
      .bind_or_null(7, job.date)
      .bind_or_null(8, job.job_type)
      .bind_or_null(9, job.contrat)
      .bind_or_null(10, job.contract_raw)
      .bind_or_null(11, job.salary)
      .bind_or_null(12, job.source)
      .bind_or_null(13, job.source_id)
      .bind_or_null(14, job.external_id)
      .bind_or_null(15, job.country)
      .bind_or_null(16, job.language)
      .bind_or_null(17, job.remote)
      .bind_or_null(18, job.experience)
      .bind(19, skills_to_json(job.skills))
      .bind(20, search_tags_for(job));
}

std::unexpected<core::Error> no_posting_with_id(std::int64_t id) {
  return core::fail(ErrorCode::kNotFound, "aucune offre n'a l'identifiant " + std::to_string(id));
}

/// Marks a change of the catalogue for every process reading it (see catalogue_version()).
Result<void> bump_catalogue_version(Connection& connection) {
  auto statement =
      connection.prepare("UPDATE catalogue_meta SET version = version + 1 WHERE id = 1");
  if (!statement) return std::unexpected(statement.error());
  return statement->run();
}

}  // namespace

Result<void> SqliteJobStore::initialise() {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto migrated = migrate(**connection);
  if (!migrated) return std::unexpected(migrated.error());
  return {};
}

Result<std::vector<InsertOutcome>> SqliteJobStore::insert_jobs(std::span<const JobPosting> jobs) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto transaction = Transaction::begin(**connection);
  if (!transaction) return std::unexpected(transaction.error());
  std::vector<InsertOutcome> outcomes;
  outcomes.reserve(jobs.size());
  for (const auto& job : jobs) {
    auto statement = (*connection)->prepare(kInsertSql);
    if (!statement) return std::unexpected(statement.error());
    bind_posting(*statement, job);
    if (auto done = statement->run(); !done) return std::unexpected(done.error());
    outcomes.push_back((*connection)->changes() > 0 ? InsertOutcome::kInserted
                                                    : InsertOutcome::kDuplicate);
  }
  const bool any_inserted =
      std::find(outcomes.begin(), outcomes.end(), InsertOutcome::kInserted) != outcomes.end();
  if (any_inserted) {
    if (auto bumped = bump_catalogue_version(**connection); !bumped)
      return std::unexpected(bumped.error());
  }
  if (auto committed = transaction->commit(); !committed) {
    return std::unexpected(committed.error());
  }
  return outcomes;
}

Result<SearchPage> SqliteJobStore::search_jobs(const SearchQuery& query) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  return search_catalogue(**connection, query);
}

Result<Facets> SqliteJobStore::count_facets(const SearchQuery& query) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  return count_catalogue_facets(**connection, query);
}

Result<JobPosting> SqliteJobStore::find_job(std::int64_t id) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto statement =
      (*connection)
          ->prepare(
              std::string("SELECT ") + kCommonColumns +
              ", j.description, j.description_text, j.contract_raw, j.source_id, j.external_id, "
              "j.experience, j.skills, j.created_at FROM jobs j WHERE j.id = ?");
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) {
    return no_posting_with_id(id);
  }
  JobPosting job;
  int column = read_common_columns(*statement, job);
  job.description = statement->column_text(column++);
  job.description_text = statement->column_text(column++);
  job.contract_raw = statement->column_text(column++);
  job.source_id = statement->column_text(column++);
  job.external_id = statement->column_text(column++);
  job.experience = statement->column_text(column++);
  job.skills = skills_from_json(statement->column_text(column++));
  job.created_at = statement->column_text(column++);
  return job;
}

Result<void> SqliteJobStore::delete_job(std::int64_t id) {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto transaction = Transaction::begin(**connection);
  if (!transaction) return std::unexpected(transaction.error());
  {
    auto statement = (*connection)->prepare("DELETE FROM jobs WHERE id = ?");
    if (!statement) return std::unexpected(statement.error());
    statement->bind(1, id);
    if (auto done = statement->run(); !done) return done;
  }
  if ((*connection)->changes() == 0) {
    return no_posting_with_id(id);
  }
  if (auto bumped = bump_catalogue_version(**connection); !bumped) return bumped;
  return transaction->commit();
}

Result<CatalogueStats> SqliteJobStore::compute_stats() {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  return query_catalogue_stats(**connection);
}

Result<std::int64_t> SqliteJobStore::catalogue_version() {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  return read_single_int(**connection, "SELECT version FROM catalogue_meta WHERE id = 1");
}

Result<std::int64_t> SqliteJobStore::count_jobs() {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  return read_single_int(**connection, "SELECT count(*) FROM jobs");
}

Result<int> SqliteJobStore::schema_version() {
  auto connection = pool_.acquire();
  if (!connection) return std::unexpected(connection.error());
  auto version = read_single_int(**connection, "PRAGMA user_version");
  if (!version) return std::unexpected(version.error());
  return static_cast<int>(*version);
}

}  // namespace jobmatch::store::sqlite

namespace jobmatch::store {

core::Result<std::unique_ptr<JobStore>> open_sqlite_job_store(const std::string& path) {
  auto store = std::make_unique<sqlite::SqliteJobStore>(path);
  if (auto ready = store->initialise(); !ready) return std::unexpected(ready.error());
  return std::unique_ptr<JobStore>(std::move(store));
}

}  // namespace jobmatch::store
