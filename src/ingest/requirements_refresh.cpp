#include "ingest/requirements_refresh.hpp"

#include "ats/ats.hpp"

namespace jobmatch::ingest {

namespace {

// One transaction per batch: small enough to keep the write lock short for a server reading
// the same database, large enough that commits do not dominate.
constexpr std::int64_t kBatch = 500;

}  // namespace

core::Result<std::int64_t> refresh_job_requirements(
    store::JobStore& store, const skills::SkillExtractor& extractor,
    const std::function<bool(std::int64_t processed)>& on_batch) {
  const std::string version = ats::requirements_version(extractor.taxonomy());
  std::int64_t processed = 0;
  while (true) {
    auto postings = store.find_postings_without_requirements(version, kBatch);
    if (!postings) return core::forward_error(std::move(postings));
    if (postings->empty()) return processed;
    std::vector<store::StoredRequirements> rows;
    rows.reserve(postings->size());
    for (const store::PostingText& posting : *postings) {
      const ats::JobRequirements job =
          ats::read_job_requirements(extractor, posting.title, posting.description_text);
      rows.push_back({posting.id, {}, ats::requirements_to_storage(extractor.taxonomy(), job)});
    }
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
