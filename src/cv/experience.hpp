#pragma once
// Internal to the cv module: work periods of a CV and the total time they cover.

#include <span>
#include <vector>

#include "cv/cv_text.hpp"
#include "cv/profile.hpp"

namespace jobmatch::cv::detail {

struct ExperienceSummary {
  std::vector<ExperienceEntry> entries;
  double total_years = 0.0;  // union of the periods: overlapping jobs count once
};

/// Periods found in the experience sections; when there is none or they hold no period, in the
/// whole text but the projects and certifications sections. Never in education sections. A period
/// starting after the reference month, ending before it starts or longer than 50 years is dropped;
/// one ending after the reference month is counted up to it.
ExperienceSummary extract_experience(const CvText& text, std::span<const CvSection> sections,
                                     const ProfileOptions& options);

}  // namespace jobmatch::cv::detail
