#include "ats/ranking.hpp"

#include <algorithm>
#include <thread>
#include <unordered_map>

namespace jobmatch::ats {

namespace {

// Missing required skills named per posting in a ranked list.
constexpr std::size_t kMissingNamed = 3;

// Below this many postings one thread scores them faster than starting others (a posting
// takes ~1 µs); above it, up to kMaxThreads share the work: 100k postings take ~100 ms alone.
constexpr std::size_t kParallelFrom = 20'000;
constexpr std::size_t kMaxThreads = 4;

RankedJob rank_one(const skills::Taxonomy& taxonomy, const CvFacts& cv, const IndexedJob& job) {
  const ScoreSheet sheet = compute_score(taxonomy, cv, job.requirements);
  RankedJob entry{job.id, sheet.score, {}, 0};
  for (const SkillOutcome& outcome : sheet.skills) {
    if (outcome.match != nullptr) {
      ++entry.matched_skills;
    } else if (outcome.demand->importance == Importance::kRequired &&
               entry.missing_required.size() < kMissingNamed) {
      entry.missing_required.push_back(outcome.demand->skill);
    }
  }
  return entry;
}

}  // namespace

std::vector<RankedJob> rank_jobs(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                                 std::span<const IndexedJob* const> jobs) {
  std::vector<RankedJob> ranked(jobs.size());
  // Every posting's entry is written by one thread only; the scoring reads shared data.
  const auto score_slice = [&](std::size_t first, std::size_t step) {
    for (std::size_t i = first; i < jobs.size(); i += step)
      ranked[i] = rank_one(taxonomy, cv, *jobs[i]);
  };
  const std::size_t threads =
      jobs.size() < kParallelFrom
          ? 1
          : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxThreads);
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(score_slice, t, threads);
  score_slice(0, threads);
  for (std::thread& helper : helpers) helper.join();
  std::sort(ranked.begin(), ranked.end(), [](const RankedJob& a, const RankedJob& b) {
    return a.score != b.score ? a.score > b.score : a.id > b.id;
  });
  return ranked;
}

std::vector<SkillDemandCount> count_demanded_skills(std::span<const IndexedJob> jobs,
                                                    std::string_view source, std::size_t limit) {
  std::unordered_map<skills::SkillIndex, std::int64_t> counts;
  for (const IndexedJob& job : jobs) {
    if (!source.empty() && job.source != source) continue;
    for (const SkillDemand& demand : job.requirements.skills) ++counts[demand.skill];
  }
  std::vector<SkillDemandCount> sorted;
  sorted.reserve(counts.size());
  for (const auto& [skill, postings] : counts) sorted.push_back({skill, postings});
  std::sort(sorted.begin(), sorted.end(), [](const SkillDemandCount& a, const SkillDemandCount& b) {
    return a.postings != b.postings ? a.postings > b.postings : a.skill < b.skill;
  });
  if (sorted.size() > limit) sorted.resize(limit);
  return sorted;
}

}  // namespace jobmatch::ats
