#pragma once
// What a format reader hands back before normalisation; internal to the documents module.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "documents/documents.hpp"

namespace jobmatch::documents {

/// Text as the format gives it: UTF-8 lines separated by '\n' (one per paragraph or layout line).
struct RawText {
  std::string text;
  int pages = 1;
  bool used_ocr = false;
  std::vector<std::string> headings;  // raw heading lines; normalised with the text
  std::vector<std::string> warnings;
};

/// Readers, one per format family. Each enforces the limits that belong to its format.
core::Result<RawText> read_pdf(std::string_view bytes, const ExtractionLimits& limits);
core::Result<RawText> read_docx(std::string_view bytes, const ExtractionLimits& limits);
core::Result<RawText> read_text_file(std::string_view bytes, const ExtractionLimits& limits);
core::Result<RawText> read_image(std::string_view bytes, DocumentType type,
                                 const ExtractionLimits& limits);

}  // namespace jobmatch::documents
