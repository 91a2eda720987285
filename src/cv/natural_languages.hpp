#pragma once
// Natural (spoken) languages by their French and English names, shared by the modules that
// read CVs and job postings. Programming languages are deliberately absent.

#include <optional>
#include <string_view>

namespace jobmatch::cv {

struct NaturalLanguage {
  std::string_view code;          // ISO 639-1
  std::string_view name_fr;       // display name ("anglais")
  std::string_view folded_names;  // space-separated folded names, French and English
};

/// The language a folded word names ("anglais", "english", "deutsch"), if any. Words are
/// folded as by cv_text.hpp: lower-case ASCII without accents ("francais"); shorter than three
/// letters, never.
std::optional<NaturalLanguage> find_natural_language(std::string_view folded_word);

}  // namespace jobmatch::cv
