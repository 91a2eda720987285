// libFuzzer target: DOCX. A ZIP input ("PK...") goes through read_docx / extract_document
// (libzip, the zip-bomb limits, pugixml, heading styles). Any other input is read as one
// WordprocessingML part (document.xml and styles.xml at once): mutating XML inside a ZIP breaks
// its CRC almost every time, so without this mode the fuzzer would rarely reach our XML code.
// Run by scripts/fuzz; see docs/fuzzing.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.hpp"
#include "documents/docx_body.hpp"
#include "documents/docx_styles.hpp"
#include "documents/docx_xml.hpp"
#include "documents/raw_text.hpp"

namespace {

using jobmatch::fuzz::require;

void fuzz_xml_part(std::string_view xml) {
  namespace documents = jobmatch::documents;
  auto part = documents::parse_xml_part("word/document.xml", xml);
  if (!part) return;
  // The same part read as a style sheet, so style lookups (w:basedOn chains) get fuzzed too.
  const documents::DocxStyles styles(**part);
  for (std::string_view id : {"Heading1", "Titre2", "Title", "ListParagraph"}) {
    (void)styles.is_heading(id);
    (void)styles.bold(id);
    (void)styles.is_numbered(id);
  }
  // Lines may still hold invalid UTF-8 here (pugixml passes bytes through); normalisation in
  // extract_document repairs it, and the ZIP path checks the result.
  auto lines = documents::extract_part_lines(**part, styles);
  if (!lines) require(!lines.error().message.empty(), "an error has a message for the uploader");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.starts_with("PK")) {
    jobmatch::fuzz::fuzz_document(bytes, jobmatch::documents::DocumentType::kDocx,
                                  jobmatch::documents::read_docx);
  } else {
    fuzz_xml_part(bytes);
  }
  return 0;
}
