#pragma once
// Internal to the cv module: spoken languages of a CV with their level.

#include <span>
#include <vector>

#include "cv/cv_text.hpp"
#include "cv/profile.hpp"

namespace jobmatch::cv::detail {

/// Languages named in the languages sections, on "Langues : ..." / "Languages: ..." lines
/// anywhere, and English wherever a TOEIC, TOEFL or IELTS score appears. Each language comes
/// once (first mention), with the level words and CEFR level written after it; a CEFR level
/// derives the level word when none is written, a test score derives the CEFR level.
std::vector<LanguageEntry> extract_languages(const CvText& text,
                                             std::span<const CvSection> sections);

}  // namespace jobmatch::cv::detail
