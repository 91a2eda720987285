#include "ingest/requirements_refresh.hpp"

#include <algorithm>
#include <thread>

#include "ats/ats.hpp"

namespace jobmatch::ingest {

namespace {

// One transaction per batch: small enough to keep the write lock short for a server reading
// the same database, large enough that commits do not dominate.
constexpr std::int64_t kBatch = 500;
constexpr unsigned kMaxThreads = 4;

/// The stored form of each posting's requirements, computed on up to kMaxThreads cores (the
/// extractor is read-only, so threads share it).
std::vector<store::StoredRequirements> analyse_postings(
    const std::vector<store::PostingText>& postings, const skills::SkillExtractor& extractor) {
  std::vector<store::StoredRequirements> rows(postings.size());
  const auto analyse_slice = [&](std::size_t first, std::size_t step) {
    for (std::size_t i = first; i < postings.size(); i += step) {
      const ats::JobRequirements job = ats::read_job_requirements(
          extractor, postings[i].title,
          ats::analysed_description(postings[i].description_text, postings[i].experience));
      rows[i] = {postings[i].id, {}, ats::requirements_to_storage(extractor.taxonomy(), job)};
    }
  };
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, kMaxThreads);
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(analyse_slice, t, threads);
  analyse_slice(0, threads);
  for (std::thread& worker : workers) worker.join();
  return rows;
}

}  // namespace

core::Result<std::int64_t> refresh_job_requirements(
    store::JobStore& store, const skills::SkillExtractor& extractor,
    const std::function<bool(std::int64_t processed)>& on_batch, std::int64_t after_id) {
  const std::string version = ats::requirements_version(extractor.taxonomy());
  std::int64_t processed = 0;
  while (true) {
    auto postings = store.find_postings_without_requirements(version, kBatch, after_id);
    if (!postings) return core::forward_error(std::move(postings));
    if (postings->empty()) return processed;
    const std::vector<store::StoredRequirements> rows = analyse_postings(*postings, extractor);
    if (auto saved = store.save_requirements(rows, version); !saved) {
      return core::forward_error(std::move(saved));
    }
    processed += static_cast<std::int64_t>(rows.size());
    if (on_batch && !on_batch(processed)) return processed;
    // A batch that saved nothing new means its postings vanished meanwhile; the next query
    // no longer returns them, so the loop still ends.
  }
}

}  // namespace jobmatch::ingest
