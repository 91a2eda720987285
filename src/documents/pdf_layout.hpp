#pragma once
// Layout reading of PDF pages (poppler's word boxes); internal to the documents module.

#include <string>
#include <string_view>
#include <vector>

namespace poppler {
class page;
}

namespace jobmatch::documents {

/// Text of a poppler string as UTF-8.
std::string poppler_to_utf8(const std::vector<char>& bytes);

/// True when most visible characters of a text layer are not text a person could read:
/// private-use code points (glyphs of fonts without a Unicode map), U+FFFD, control characters.
/// Such a page is read by OCR instead.
bool is_unreadable_text_layer(std::string_view text);

/// Lines of a page whose font sets them apart: clearly larger than the page's body text, or
/// all bold while the body is not. Short lines only: a bold paragraph is not a heading.
std::vector<std::string> find_heading_lines(const poppler::page& page);

}  // namespace jobmatch::documents
