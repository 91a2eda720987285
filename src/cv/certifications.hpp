#pragma once
// Internal to the cv module: certifications listed in a CV.

#include <span>
#include <vector>

#include "cv/cv_text.hpp"
#include "cv/profile.hpp"

namespace jobmatch::cv::detail {

/// One entry per line of the certifications sections (a line starting in lower case continues
/// the previous one), plus short lines elsewhere, outside experience and projects, that say
/// "certified", "certification", "certifié(e)", "certificate" or name a known exam in capitals
/// (PMP, CCNA, PSM...). Language tests (TOEIC, TOEFL, IELTS) are left to the languages. The
/// year is the last one on the line and is removed from the name with any period.
std::vector<CertificationEntry> extract_certifications(const CvText& text,
                                                       std::span<const CvSection> sections);

}  // namespace jobmatch::cv::detail
