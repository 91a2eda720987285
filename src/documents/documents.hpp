#pragma once
// Turns an uploaded document (PDF, DOCX, TXT, PNG/JPEG/TIFF image) into normalised UTF-8 text.
// The type is sniffed from the bytes, never from a file name or a client's Content-Type. Every
// limit has its own error so the person who uploaded the file knows what to change. No HTTP here.

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace jobmatch::documents {

/// The formats we read. Anything else is refused with ErrorCode::kUnsupportedType.
enum class DocumentType { kPdf, kDocx, kText, kPng, kJpeg, kTiff };

/// Stable lower-case name ("pdf", "docx", "txt", "png", "jpeg", "tiff").
std::string_view document_type_name(DocumentType type);

/// The file extension a stored copy of this type gets (".pdf", ".docx", ".txt", ...).
std::string_view document_type_extension(DocumentType type);

/// Limits applied while reading one document; each is configurable and has its own message.
struct ExtractionLimits {
  std::size_t max_file_bytes = 10u << 20;               // the upload itself
  int max_pages = 20;                                   // PDF and TIFF pages
  std::size_t max_text_chars = 200'000;                 // code points of extracted text
  std::size_t max_docx_uncompressed_bytes = 25u << 20;  // sum of the XML parts we inflate
  double max_docx_compression_ratio = 100.0;            // per part: inflated / compressed
  std::chrono::milliseconds ocr_page_timeout{20'000};   // tesseract time per page
  std::chrono::milliseconds ocr_total_timeout{90'000};  // tesseract time per document
  int ocr_dpi = 300;                                    // rendering of PDF pages for OCR
  bool allow_ocr = true;  // false: scans and images give kUnprocessable instead of OCR
};

/// Text of a document and what its layout tells about its structure.
struct ExtractedDocument {
  DocumentType type = DocumentType::kText;
  std::string text;                   // NFC, ligatures expanded, line-end hyphens joined
  int pages = 1;                      // pages read (PDF, TIFF); 1 for the other types
  bool used_ocr = false;              // true when some text came from OCR
  std::vector<std::string> headings;  // lines the layout marks as headings, in reading order
                                      // (larger or bold font, DOCX heading styles), as in text
  std::vector<std::string> warnings;  // non-fatal problems, e.g. a page whose OCR timed out
};

/// Identifies the format from the first bytes. kUnsupportedType for anything else (executables,
/// HTML, archives that are not DOCX...), kInvalidInput for an empty input.
core::Result<DocumentType> sniff_document_type(std::string_view bytes);

/// Sniffs, checks the limits, extracts and normalises. A scanned PDF or an image goes
/// through OCR (tesseract eng+fra). Errors: kTooLarge (a limit), kUnsupportedType,
/// kUnprocessable (encrypted, corrupt, truncated, no readable text at all).
core::Result<ExtractedDocument> extract_document(std::string_view bytes,
                                                 const ExtractionLimits& limits = {});

/// Whether this build can OCR (tesseract language data for eng and fra found).
bool ocr_available();

/// The normalisation every extracted document gets (NFC, ligatures, bullets, spaces, line-end
/// hyphenation), for text that arrives as text: JSON inputs of the batch commands.
std::string normalize_text(std::string_view raw);

}  // namespace jobmatch::documents
