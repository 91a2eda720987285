#pragma once
// Every posting of the catalogue ranked for one CV, and the skills postings ask for most: the
// two uses of the requirements computed at import.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ats/ats.hpp"

namespace jobmatch::ats {

/// A posting's requirements as the match index holds them (no text).
struct IndexedJob {
  std::int64_t id = 0;
  std::string source;
  JobRequirements requirements;
};

struct RankedJob {
  std::int64_t id = 0;
  double score = 0;
  std::vector<skills::SkillIndex> missing_required;  // at most a few, in posting order
  int matched_skills = 0;
};

/// Scores `jobs` for `cv`; best first, ties broken by newest id, so the order is stable.
std::vector<RankedJob> rank_jobs(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                                 std::span<const IndexedJob* const> jobs);

struct SkillDemandCount {
  skills::SkillIndex skill = 0;
  std::int64_t postings = 0;
};

/// The `limit` skills most postings ask for (required or nice-to-have), most first, among the
/// postings of `source` (all sources when empty).
std::vector<SkillDemandCount> count_demanded_skills(std::span<const IndexedJob> jobs,
                                                    std::string_view source, std::size_t limit);

}  // namespace jobmatch::ats
