#pragma once
// Builds small DOCX (and other zip) files in memory with libzip, for the DOCX reader's tests.

#include <zip.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jobmatch::documents::docx_testing {

/// One entry of a zip to build.
struct ZipPart {
  std::string name;
  std::string content;
  bool encrypted = false;  // WinZip AES-256 with the password "secret"
};

/// The zip holding `parts`, or "" when libzip cannot encrypt (built without a crypto backend).
inline std::string zip_parts(const std::vector<ZipPart>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
  zip_error_fini(&error);
  if (archive == nullptr) throw std::runtime_error("cannot create an in-memory zip");
  zip_source_keep(buffer);  // the written bytes stay in `buffer` after zip_close
  bool ok = true;
  for (const ZipPart& part : parts) {
    zip_source_t* data = zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
    const zip_int64_t index = zip_file_add(archive, part.name.c_str(), data, ZIP_FL_OVERWRITE);
    ok = ok && index >= 0;
    if (ok && part.encrypted) {
      ok = zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256,
                                   "secret") == 0;
    }
  }
  if (!ok || zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(buffer);
    return {};
  }
  std::string bytes;
  zip_stat_t stat;
  if (zip_source_open(buffer) == 0 && zip_source_stat(buffer, &stat) == 0) {
    bytes.resize(stat.size);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), bytes.size());
    bytes.resize(read < 0 ? 0 : static_cast<std::size_t>(read));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return bytes;
}

/// Namespaces Word declares on the root of its parts (the ones these tests use).
inline constexpr std::string_view kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
    R"(xmlns:v="urn:schemas-microsoft-com:vml")";

/// word/document.xml with `body` inside w:body.
inline std::string document_xml(std::string_view body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
         "<w:document " + std::string(kWordNamespaces) + "><w:body>" + std::string(body) +
         "</w:body></w:document>";
}

/// A header or footer part ("hdr" or "ftr") holding `content`.
inline std::string header_footer_xml(std::string_view root, std::string_view content) {
  return "<w:" + std::string(root) + " " + std::string(kWordNamespaces) + ">" +
         std::string(content) + "</w:" + std::string(root) + ">";
}

/// word/styles.xml holding `styles` (w:style elements).
inline std::string styles_xml(std::string_view styles) {
  return "<w:styles " + std::string(kWordNamespaces) + ">" + std::string(styles) + "</w:styles>";
}

/// A paragraph with one run of `text` (escaped by the caller when needed).
inline std::string paragraph(std::string_view text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r></w:p>";
}

/// A DOCX with the given body and extra parts (styles, headers...).
inline std::string docx(std::string_view body, std::vector<ZipPart> extra = {}) {
  std::vector<ZipPart> parts = {
      {"[Content_Types].xml",
       R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
      {"word/document.xml", document_xml(body)}};
  for (ZipPart& part : extra) parts.push_back(std::move(part));
  return zip_parts(parts);
}

}  // namespace jobmatch::documents::docx_testing
