#pragma once
// The SQLite implementation of JobStore: FTS5 search ranked with bm25, WAL, one connection per
// concurrent caller, dashboard figures cached for a short time.

#include <chrono>
#include <mutex>
#include <optional>

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
  core::Result<std::int64_t> count_jobs() override;
  core::Result<int> schema_version() override;
  std::string backend_name() const override { return "sqlite"; }

  /// Creates or upgrades the schema; called once by open_sqlite_job_store.
  core::Result<void> initialise();

 private:
  core::Result<CatalogueStats> query_stats(Connection& connection);
  void forget_cached_stats();

  ConnectionPool pool_;
  // Dashboard figures take tens of milliseconds on 100k postings and change rarely: serve a copy
  // younger than kStatsTtl, dropped at once when this process writes.
  static constexpr std::chrono::seconds kStatsTtl{30};
  std::mutex stats_mutex_;
  std::optional<CatalogueStats> cached_stats_;
  std::chrono::steady_clock::time_point stats_time_;
};

}  // namespace jobmatch::store::sqlite
