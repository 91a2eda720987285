#pragma once
// Internal to the cv module: the words CV section headings are made of, in French and English,
// and the rule that decides whether a short line is such a heading.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "cv/profile.hpp"

namespace jobmatch::cv::detail {

/// Kind of the heading made of `words` (folded, in order), or nullopt. Every word must belong
/// to a heading phrase ("experience", "centre d interet"), be a modifier ("professionnelle",
/// "technical", "details") or a connector ("et", "of"), except at most `allowed_unknown` others
/// that are not job-title nouns ("PROJETS EN ECOLE" but not "PROJECT MANAGER"). The first
/// phrase decides the kind: "Formation et certifications" is education.
std::optional<SectionKind> classify_heading_words(std::span<const std::string_view> words,
                                                  int allowed_unknown);

/// Same for a letter-spaced heading given as its letters only ("experienceprofessionnelle"):
/// the letters are cut into the fewest vocabulary words, which are then classified.
std::optional<SectionKind> classify_compact_heading(std::string_view letters);

}  // namespace jobmatch::cv::detail
