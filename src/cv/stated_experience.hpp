#pragma once
// Internal to the cv module: the years of experience a CV states in words, for CVs that give
// no dated periods ("5 years of experience", "plus de 10 ans d'expérience").

#include "cv/cv_text.hpp"

namespace jobmatch::cv::detail {

/// The largest plausible figure (0.5 to 50 years) stated next to "experience", 0 when none:
/// "5 years of experience", "5+ years' experience", "3 ans d'expérience", "expérience de 10
/// ans", "Experience: 4 years". Months are ignored: CV lists write them per skill.
double find_stated_experience_years(const CvText& text);

}  // namespace jobmatch::cv::detail
