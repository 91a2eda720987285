#pragma once
// Shared by the document fuzz targets: the limits that keep one run fast, and the promises of
// documents.hpp that a fuzz input must never break (a broken promise aborts, so libFuzzer keeps
// the input as a crash).

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "documents/documents.hpp"
#include "text/unicode.hpp"

namespace jobmatch::fuzz {

/// Small limits: a few pages and no OCR (tesseract is slow and not what we fuzz here).
inline documents::ExtractionLimits fuzz_limits() {
  documents::ExtractionLimits limits;
  limits.max_file_bytes = 2u << 20;  // above every -max_len scripts/fuzz passes
  limits.max_pages = 5;
  limits.max_text_chars = 50'000;
  limits.max_docx_uncompressed_bytes = 4u << 20;
  limits.allow_ocr = false;
  return limits;
}

/// Aborts with a message naming the broken promise.
inline void require(bool holds, const char* promise) {
  if (holds) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", promise);
  std::abort();
}

/// Text handed to callers is valid UTF-8, and so is every heading; a failure explains itself.
template <typename Result>
void check_extraction(const Result& result) {
  if (!result) {
    require(!result.error().message.empty(), "an error has a message for the uploader");
    return;
  }
  require(text::is_valid_utf8(result->text), "extracted text is valid UTF-8");
  for (std::string_view heading : result->headings) {
    require(text::is_valid_utf8(heading), "headings are valid UTF-8");
  }
}

/// Feeds the whole pipeline (sniff, limits, reader, normalisation) when the sniffer picks the
/// format under test; otherwise calls that format's reader directly so every input reaches it.
template <typename Reader>
void fuzz_document(std::string_view bytes, documents::DocumentType type, Reader read_raw) {
  const documents::ExtractionLimits limits = fuzz_limits();
  auto sniffed = documents::sniff_document_type(bytes);
  if (sniffed && *sniffed == type) {
    check_extraction(documents::extract_document(bytes, limits));
  } else {
    auto raw = read_raw(bytes, limits);
    if (!raw) require(!raw.error().message.empty(), "an error has a message for the uploader");
  }
}

}  // namespace jobmatch::fuzz
