#include "store/cached_job_store.hpp"

#include <any>
#include <list>
#include <mutex>
#include <unordered_map>

namespace jobmatch::store {

using core::Result;

namespace {

/// One cache key per query and kind of answer; every field that changes the answer is in it.
std::string cache_key(char kind, const SearchQuery& query) {
  std::string key(1, kind);
  for (const std::string* field : {&query.keyword, &query.location, &query.company, &query.contrat,
                                   &query.job_type, &query.source, &query.today}) {
    key += '\x1f';
    key += *field;
  }
  key += '\x1f' + std::to_string(static_cast<int>(query.date_range)) + '\x1f' +
         std::to_string(query.page) + '\x1f' + std::to_string(query.per_page);
  return key;
}

}  // namespace

/// Least-recently-used map from key to (catalogue version, answer).
struct CachedJobStore::Cache {
  struct Entry {
    std::string key;
    std::int64_t version;
    std::any value;
  };

  explicit Cache(std::size_t capacity) : capacity(capacity) {}

  /// The cached answer when it was computed at `version`.
  template <typename T>
  std::optional<T> find(const std::string& key, std::int64_t version) {
    std::lock_guard lock(mutex);
    const auto found = index.find(key);
    if (found == index.end() || found->second->version != version) {
      ++counters.misses;
      return std::nullopt;
    }
    entries.splice(entries.begin(), entries, found->second);
    ++counters.hits;
    return std::any_cast<T>(found->second->value);
  }

  void store(const std::string& key, std::int64_t version, std::any value) {
    if (capacity == 0) return;
    std::lock_guard lock(mutex);
    if (const auto found = index.find(key); found != index.end()) {
      entries.erase(found->second);
      index.erase(found);
    }
    entries.push_front({key, version, std::move(value)});
    index[key] = entries.begin();
    while (entries.size() > capacity) {
      index.erase(entries.back().key);
      entries.pop_back();
    }
  }

  const std::size_t capacity;
  mutable std::mutex mutex;
  std::list<Entry> entries;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index;
  CacheCounters counters;
};

namespace {

/// The cached answer for `key`, or `compute()`'s, remembered for this catalogue version.
template <typename T, typename Compute>
Result<T> cached(JobStore& inner, CachedJobStore::Cache& cache, const std::string& key,
                 Compute compute) {
  auto version = inner.catalogue_version();
  if (!version) return std::unexpected(version.error());
  if (auto hit = cache.find<T>(key, *version)) return *hit;
  Result<T> computed = compute();
  if (computed) cache.store(key, *version, *computed);
  return computed;
}

}  // namespace

CachedJobStore::CachedJobStore(std::unique_ptr<JobStore> inner, std::size_t max_entries)
    : inner_(std::move(inner)), cache_(std::make_unique<Cache>(max_entries)) {}

CachedJobStore::~CachedJobStore() = default;

Result<SearchPage> CachedJobStore::search_jobs(const SearchQuery& query) {
  return cached<SearchPage>(*inner_, *cache_, cache_key('s', query),
                            [&] { return inner_->search_jobs(query); });
}

Result<Facets> CachedJobStore::count_facets(const SearchQuery& query) {
  return cached<Facets>(*inner_, *cache_, cache_key('f', query),
                        [&] { return inner_->count_facets(query); });
}

Result<CatalogueStats> CachedJobStore::compute_stats() {
  return cached<CatalogueStats>(*inner_, *cache_, "stats", [&] { return inner_->compute_stats(); });
}

Result<std::vector<InsertOutcome>> CachedJobStore::insert_jobs(
    std::span<const core::JobPosting> jobs) {
  return inner_->insert_jobs(jobs);
}

Result<core::JobPosting> CachedJobStore::find_job(std::int64_t id) { return inner_->find_job(id); }

Result<void> CachedJobStore::delete_job(std::int64_t id) { return inner_->delete_job(id); }

Result<std::int64_t> CachedJobStore::catalogue_version() { return inner_->catalogue_version(); }

Result<std::int64_t> CachedJobStore::count_jobs() { return inner_->count_jobs(); }

Result<int> CachedJobStore::schema_version() { return inner_->schema_version(); }

// The match index keeps its own copy keyed by the catalogue version: nothing to cache here.
Result<std::vector<std::int64_t>> CachedJobStore::find_matching_ids(const SearchQuery& query) {
  return inner_->find_matching_ids(query);
}

Result<std::vector<PostingText>> CachedJobStore::find_postings_without_requirements(
    std::string_view engine_version, std::int64_t limit, std::int64_t after_id) {
  return inner_->find_postings_without_requirements(engine_version, limit, after_id);
}

Result<void> CachedJobStore::save_requirements(std::span<const StoredRequirements> rows,
                                               std::string_view engine_version) {
  return inner_->save_requirements(rows, engine_version);
}

Result<std::vector<StoredRequirements>> CachedJobStore::load_requirements(
    std::string_view engine_version, std::int64_t after_id) {
  return inner_->load_requirements(engine_version, after_id);
}

std::string CachedJobStore::backend_name() const { return inner_->backend_name(); }

CacheCounters CachedJobStore::counters() const {
  std::lock_guard lock(cache_->mutex);
  CacheCounters counters = cache_->counters;
  counters.entries = cache_->entries.size();
  return counters;
}

std::unique_ptr<CachedJobStore> with_result_cache(std::unique_ptr<JobStore> inner,
                                                  std::size_t max_entries) {
  return std::make_unique<CachedJobStore>(std::move(inner), max_entries);
}

}  // namespace jobmatch::store
