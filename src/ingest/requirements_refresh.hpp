#pragma once
// Computes what the ATS engine needs from every posting that lacks it (new postings, or all of
// them after the engine or the taxonomy changed) and stores it, in batches. Run after an
// import and when the server starts, so ranking postings for a CV reads no text.

#include <cstdint>
#include <functional>

#include "core/error.hpp"
#include "skills/skills.hpp"
#include "store/job_store.hpp"

namespace jobmatch::ingest {

/// Returns how many postings were processed. `on_batch` (optional) gets the running count after
/// each batch and returns false to stop there (a server shutting down). Only postings with an id
/// above `after_id` are looked at (0: all of them).
core::Result<std::int64_t> refresh_job_requirements(
    store::JobStore& store, const skills::SkillExtractor& extractor,
    const std::function<bool(std::int64_t processed)>& on_batch = {}, std::int64_t after_id = 0);

}  // namespace jobmatch::ingest
