#pragma once
// Normalisation of extracted text; internal to the documents module.

#include <string>
#include <string_view>

namespace jobmatch::documents {

/// Text as readers of CVs expect it, whatever the format gave: valid UTF-8 in NFC; ligatures
/// expanded; invisible characters dropped; Unicode spaces as ' '; icon-font bullets as '•';
/// '\n' line ends with spaces collapsed and trimmed per line; a word hyphenated at a line end
/// joined again; at most one blank line in a row.
std::string normalize_extracted_text(std::string_view raw);

/// One line normalised the same way (no line breaks in the result); used for heading hints.
std::string normalize_extracted_line(std::string_view raw);

}  // namespace jobmatch::documents
