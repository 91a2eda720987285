#pragma once
// Internal to the ats module: concrete edits to the CV, in French, drawn from the gaps of one
// match (missing skills, skills only implied, experience, degree, languages).

#include <string>
#include <vector>

#include "ats/ats.hpp"

namespace jobmatch::ats {

/// At most a handful of suggestions, the most valuable first.
std::vector<std::string> suggest_cv_edits(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                                          const JobRequirements& job, const ScoreSheet& sheet);

}  // namespace jobmatch::ats
