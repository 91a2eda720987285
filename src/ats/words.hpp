#pragma once
// Internal to the ats module: the folded content words of a title or a CV line, for the title
// fit ("Développeur Java H/F" -> "developpeur", "java").

#include <string>
#include <string_view>
#include <vector>

#include "skills/skills.hpp"

namespace jobmatch::ats::detail {

/// Folded words of `text` without function words, gender marks ("h/f"), single letters and
/// numbers; a plural "s" is dropped so that "développeurs" meets "développeur", and a French
/// feminine ending is made masculine ("développeuse", "ingénieure", "chargée" -> "developpeur",
/// "ingenieur", "charge"), and an English title word becomes the French one it stands for in
/// the taxonomy ("developer" -> "developpeur"), so an English CV meets a French posting. In
/// order, duplicates kept.
std::vector<std::string> content_words(std::string_view text, const skills::Taxonomy& taxonomy);

/// `words` sorted with duplicates removed, for binary search.
void sort_unique(std::vector<std::string>& words);

bool contains_word(const std::vector<std::string>& sorted_words, std::string_view word);

}  // namespace jobmatch::ats::detail
