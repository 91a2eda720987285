// The module's entry point: limits on the input, the reader for the sniffed format, then the
// shared normalisation and the limit on the text.

#include "documents/documents.hpp"
#include "documents/normalize.hpp"
#include "documents/raw_text.hpp"
#include "text/unicode.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;

std::string megabytes(std::size_t bytes) {
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  const long tenths = static_cast<long>(mb * 10 + 0.5);
  return std::to_string(tenths / 10) + (tenths % 10 ? "," + std::to_string(tenths % 10) : "") +
         " Mo";
}

core::Result<RawText> read_by_type(std::string_view bytes, DocumentType type,
                                   const ExtractionLimits& limits) {
  switch (type) {
    case DocumentType::kPdf:
      return read_pdf(bytes, limits);
    case DocumentType::kDocx:
      return read_docx(bytes, limits);
    case DocumentType::kText:
      return read_text_file(bytes, limits);
    case DocumentType::kPng:
    case DocumentType::kJpeg:
    case DocumentType::kTiff:
      return read_image(bytes, type, limits);
  }
  return core::fail(ErrorCode::kUnsupportedType, "Format de document non pris en charge.");
}

}  // namespace

std::string normalize_text(std::string_view raw) { return normalize_extracted_text(raw); }

core::Result<ExtractedDocument> extract_document(std::string_view bytes,
                                                 const ExtractionLimits& limits) {
  if (bytes.size() > limits.max_file_bytes) {
    return core::fail(ErrorCode::kTooLarge, "Le fichier pèse " + megabytes(bytes.size()) +
                                                " ; la taille maximale est de " +
                                                megabytes(limits.max_file_bytes) + ".");
  }
  const auto type = sniff_document_type(bytes);
  if (!type) return core::forward_error(std::move(type));
  auto raw = read_by_type(bytes, *type, limits);
  if (!raw) return core::forward_error(std::move(raw));

  ExtractedDocument doc;
  doc.type = *type;
  doc.text = normalize_extracted_text(raw->text);
  const std::size_t chars = text::count_code_points(doc.text);
  if (chars > limits.max_text_chars) {
    return core::fail(ErrorCode::kTooLarge, "Le document contient " + std::to_string(chars) +
                                                " caractères de texte ; la limite est de " +
                                                std::to_string(limits.max_text_chars) + ".");
  }
  if (text::count_visible_code_points(doc.text) == 0) {
    return core::fail(ErrorCode::kUnprocessable,
                      "Aucun texte lisible n'a été trouvé dans ce document.");
  }
  doc.pages = raw->pages;
  doc.used_ocr = raw->used_ocr;
  doc.warnings = std::move(raw->warnings);
  for (const auto& heading : raw->headings) {
    std::string line = normalize_extracted_line(heading);
    if (!line.empty()) doc.headings.push_back(std::move(line));
  }
  return doc;
}

}  // namespace jobmatch::documents
