#include "ats/ranking.hpp"

#include <algorithm>
#include <unordered_map>

namespace jobmatch::ats {

namespace {

// Missing required skills named per posting in a ranked list.
constexpr std::size_t kMissingNamed = 3;

}  // namespace

std::vector<RankedJob> rank_jobs(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                                 std::span<const IndexedJob* const> jobs) {
  std::vector<RankedJob> ranked;
  ranked.reserve(jobs.size());
  for (const IndexedJob* job : jobs) {
    const ScoreSheet sheet = compute_score(taxonomy, cv, job->requirements);
    RankedJob entry{job->id, sheet.score, {}, 0};
    for (const SkillOutcome& outcome : sheet.skills) {
      if (outcome.match != nullptr) {
        ++entry.matched_skills;
      } else if (outcome.demand->importance == Importance::kRequired &&
                 entry.missing_required.size() < kMissingNamed) {
        entry.missing_required.push_back(outcome.demand->skill);
      }
    }
    ranked.push_back(std::move(entry));
  }
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
