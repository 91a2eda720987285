#pragma once
// The SQLite implementation of JobStore: FTS5 search ranked with bm25, WAL, one connection per
// concurrent caller.

#include "store/job_store.hpp"
#include "store/sqlite/connection.hpp"

namespace jobmatch::store::sqlite {

class SqliteJobStore final : public JobStore {
 public:
  explicit SqliteJobStore(std::string path) : pool_(std::move(path)) {}

  core::Result<std::vector<InsertOutcome>> insert_jobs(
      std::span<const core::JobPosting> jobs) override;
  core::Result<core::JobPosting> find_job(std::int64_t id) override;
  core::Result<void> delete_job(std::int64_t id) override;
  core::Result<SearchPage> search_jobs(const SearchQuery& query) override;
  core::Result<Facets> count_facets(const SearchQuery& query) override;
  core::Result<CatalogueStats> compute_stats() override;
  core::Result<std::int64_t> catalogue_version() override;
  core::Result<std::int64_t> count_jobs() override;
  core::Result<int> schema_version() override;
  core::Result<std::vector<std::int64_t>> find_matching_ids(const SearchQuery& query) override;
  core::Result<std::vector<PostingText>> find_postings_without_requirements(
      std::string_view engine_version, std::int64_t limit, std::int64_t after_id) override;
  core::Result<void> save_requirements(std::span<const StoredRequirements> rows,
                                       std::string_view engine_version) override;
  core::Result<std::vector<StoredRequirements>> load_requirements(std::string_view engine_version,
                                                                  std::int64_t after_id) override;
  std::string backend_name() const override { return "sqlite"; }

  /// Creates or upgrades the schema; called once by open_sqlite_job_store.
  core::Result<void> initialise();

 private:
  ConnectionPool pool_;
};

}  // namespace jobmatch::store::sqlite
