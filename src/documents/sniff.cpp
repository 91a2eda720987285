// Format detection from the bytes. Extensions and Content-Type headers are chosen by whoever
// sends the file, so they are never trusted; the magic numbers below are.

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "documents/documents.hpp"
#include "documents/text_sniff.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;

bool starts_with(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

// The PDF header may follow a little junk (the spec's readers accept it within 1 KB).
bool has_pdf_header(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

// Word's encrypted DOCX is an OLE compound file holding an "EncryptedPackage" stream (its
// name is stored in UTF-16LE in the directory).
bool is_encrypted_ooxml(std::string_view bytes) {
  static constexpr std::array<char, 32> kName = {'E', 0, 'n', 0, 'c', 0, 'r', 0, 'y', 0, 'p', 0,
                                                 't', 0, 'e', 0, 'd', 0, 'P', 0, 'a', 0, 'c', 0,
                                                 'k', 0, 'a', 0, 'g', 0, 'e', 0};
  return std::search(bytes.begin(), bytes.end(), kName.begin(), kName.end()) != bytes.end();
}

std::string_view skip_leading_blanks(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t i = 0;
  while (i < bytes.size() && i < 4096 && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  return bytes.substr(i);
}

bool starts_with_ignoring_case(std::string_view bytes, std::string_view prefix) {
  if (bytes.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(bytes[i])) != prefix[i]) return false;
  }
  return true;
}

// Markup is text too, but a CV saved as a web page or an SVG is not what we read: refusing it
// with its name is clearer than extracting tags.
bool looks_like_markup(std::string_view bytes) {
  const std::string_view head = skip_leading_blanks(bytes);
  for (std::string_view prefix : {"<!doctype html", "<html", "<?xml", "<svg", "<head", "<body"}) {
    if (starts_with_ignoring_case(head, prefix)) return true;
  }
  return false;
}

core::Result<DocumentType> refuse(std::string what) {
  return core::fail(ErrorCode::kUnsupportedType,
                    what +
                        " n'est pas un format de CV pris en charge. Formats acceptés : PDF, "
                        "DOCX, TXT, ou une image PNG, JPEG ou TIFF.");
}

}  // namespace

core::Result<DocumentType> sniff_document_type(std::string_view bytes) {
  if (bytes.empty()) return core::fail(ErrorCode::kInvalidInput, "Le fichier est vide.");
  if (has_pdf_header(bytes)) return DocumentType::kPdf;
  if (starts_with(bytes, "PK\x03\x04")) return DocumentType::kDocx;
  if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return DocumentType::kPng;
  if (starts_with(bytes, "\xFF\xD8\xFF")) return DocumentType::kJpeg;
  if (starts_with(bytes, std::string_view("II*\0", 4)) ||
      starts_with(bytes, std::string_view("MM\0*", 4))) {
    return DocumentType::kTiff;
  }
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (is_encrypted_ooxml(bytes)) {
      return core::fail(ErrorCode::kUnprocessable,
                        "Ce document Word est protégé par mot de passe. Enregistrez-le sans mot "
                        "de passe, ou en PDF, puis envoyez-le à nouveau.");
    }
    return refuse("Un document Word ancien (.doc)");
  }
  if (starts_with(bytes, "PK\x05\x06")) return refuse("Une archive ZIP vide");
  if (starts_with(bytes,
                  "\x7F"
                  "ELF") ||
      starts_with(bytes, "MZ"))
    return refuse("Un programme");
  if (starts_with(bytes, "GIF8") || starts_with(bytes, "BM") ||
      (starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP")) {
    return refuse("Ce format d'image");
  }
  if (starts_with(bytes, "{\\rtf")) return refuse("Un document RTF");
  if (looks_like_text(bytes)) {
    if (looks_like_markup(bytes)) return refuse("Une page HTML ou un fichier XML");
    return DocumentType::kText;
  }
  return refuse("Ce fichier");
}

std::string_view document_type_name(DocumentType type) {
  switch (type) {
    case DocumentType::kPdf:
      return "pdf";
    case DocumentType::kDocx:
      return "docx";
    case DocumentType::kText:
      return "txt";
    case DocumentType::kPng:
      return "png";
    case DocumentType::kJpeg:
      return "jpeg";
    case DocumentType::kTiff:
      return "tiff";
  }
  return "txt";
}

std::string_view document_type_extension(DocumentType type) {
  switch (type) {
    case DocumentType::kPdf:
      return ".pdf";
    case DocumentType::kDocx:
      return ".docx";
    case DocumentType::kText:
      return ".txt";
    case DocumentType::kPng:
      return ".png";
    case DocumentType::kJpeg:
      return ".jpg";
    case DocumentType::kTiff:
      return ".tif";
  }
  return ".bin";
}

}  // namespace jobmatch::documents
