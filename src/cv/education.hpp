#pragma once
// Internal to the cv module: degrees named in a CV and their level on the French scale
// (bac, bac+2, bac+3, bac+5, bac+8).

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cv/cv_text.hpp"
#include "cv/profile.hpp"

namespace jobmatch::cv::detail {

/// Degrees of the education sections; without any (or none found there), of the rest of the
/// text outside experience, skills and language sections, where only unambiguous names count
/// ("Master" but not "BA" or "Ingénieur", which are also job titles or words).
std::vector<EducationEntry> extract_education(const CvText& text,
                                              std::span<const CvSection> sections);

/// The highest level among `entries`, "" when there is none.
std::string highest_education_level(std::span<const EducationEntry> entries);

}  // namespace jobmatch::cv::detail
