#pragma once
// Layout reading of PDF pages (poppler's word boxes); internal to the documents module.

#include <string>
#include <vector>

namespace poppler {
class page;
}

namespace jobmatch::documents {

/// Text of a poppler string as UTF-8.
std::string poppler_to_utf8(const std::vector<char>& bytes);

/// Lines of a page whose font sets them apart: clearly larger than the page's body text, or
/// all bold while the body is not. Short lines only: a bold paragraph is not a heading.
std::vector<std::string> find_heading_lines(const poppler::page& page);

}  // namespace jobmatch::documents
