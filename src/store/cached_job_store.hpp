#pragma once
// A result cache in front of any JobStore: search pages, facet counts and dashboard figures are
// kept per query and served again while the catalogue version (JobStore::catalogue_version,
// bumped by every write of any process) is unchanged. A broad search costs 5-10 ms of CPU
// on 100k postings; a popular query served from here costs one tiny version read.

#include <cstdint>
#include <memory>

#include "store/job_store.hpp"

namespace jobmatch::store {

/// Counters for operators and tests.
struct CacheCounters {
  std::int64_t hits = 0;
  std::int64_t misses = 0;
  std::size_t entries = 0;
};

/// A JobStore that answers repeated reads from memory (least recently used entries dropped
/// beyond `max_entries`) and forwards everything else to `inner`.
class CachedJobStore;
std::unique_ptr<CachedJobStore> with_result_cache(std::unique_ptr<JobStore> inner,
                                                  std::size_t max_entries);

class CachedJobStore final : public JobStore {
 public:
  CachedJobStore(std::unique_ptr<JobStore> inner, std::size_t max_entries);
  ~CachedJobStore() override;

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
  std::string backend_name() const override;

  CacheCounters counters() const;

  struct Cache;  // opaque: the entries, defined in the .cpp

 private:
  std::unique_ptr<JobStore> inner_;
  std::unique_ptr<Cache> cache_;
};

}  // namespace jobmatch::store
