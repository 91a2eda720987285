#pragma once
// Text of one WordprocessingML part (the document body, a header, a footer) as lines in reading
// order, each flagged when the layout marks it as a heading. Internal to documents.

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "core/error.hpp"
#include "documents/docx_styles.hpp"

namespace jobmatch::documents {

/// One output line: a paragraph, a table row, or "" where the document has an empty paragraph.
struct DocxLine {
  std::string text;  // may hold '\n' from a manual line break (w:br)
  bool heading = false;
};

/// Lines of a parsed part, in reading order:
/// - a paragraph is one line; a list paragraph starts with "• ";
/// - a table row whose cells each hold at most one line is one line, cells joined by " | " (a
///   data table: "Python | 5 ans"); otherwise each cell's lines follow, cell after cell, which
///   keeps the reading order of the two-column layout tables CV templates are built with;
/// - a text box follows the paragraph that anchors it; of mc:AlternateContent only the first
///   mc:Choice (or, without one, the mc:Fallback) is read, so a box is never read twice;
/// - deleted text (w:del, w:moveFrom) and field instructions (w:instrText) are skipped.
/// kUnprocessable when the XML nests deeper than any real document (a guard for the stack).
core::Result<std::vector<DocxLine>> extract_part_lines(const pugi::xml_document& part,
                                                       const DocxStyles& styles);

}  // namespace jobmatch::documents
