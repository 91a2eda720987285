// read_docx: opens the package with the zip-bomb guards (docx_archive), then writes the text of
// the headers, the body and the footers (docx_body) with heading hints from word/styles.xml.
// Footnotes, endnotes and comments are not read: in a CV they are rare and rarely the author's
// content.

#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "documents/docx_archive.hpp"
#include "documents/docx_body.hpp"
#include "documents/docx_styles.hpp"
#include "documents/docx_xml.hpp"
#include "documents/raw_text.hpp"

namespace jobmatch::documents {
namespace {

using XmlDocument = std::unique_ptr<pugi::xml_document>;

constexpr std::string_view kDocumentPart = "word/document.xml";
constexpr std::string_view kStylesPart = "word/styles.xml";
constexpr std::string_view kDocumentRelsPart = "word/_rels/document.xml.rels";

std::string lower_ascii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

/// What a zip without a Word body probably is, to tell the uploader what they sent.
std::string_view describe_package(const DocxArchive& archive) {
  if (archive.has_part("xl/workbook.xml")) return "un classeur Excel";
  if (archive.has_part("ppt/presentation.xml")) return "une présentation PowerPoint";
  if (archive.has_part("META-INF/manifest.xml")) return "un document OpenDocument (LibreOffice)";
  return "une archive ZIP";
}

/// A part that only adds to the text (styles, relationships, headers, footers). Archive errors
/// (limits, encryption, corruption) stay fatal as for the body, but bad XML only costs a warning:
/// the body alone is still worth reading. Returns nullptr with a warning in that case.
core::Result<XmlDocument> read_optional_xml(DocxArchive& archive, std::string_view name,
                                            std::string_view warning,
                                            std::vector<std::string>& warnings) {
  auto bytes = archive.read_part(name);
  if (!bytes) return fail_with(std::move(bytes.error()));
  auto parsed = parse_xml_part(name, *bytes);
  if (parsed) return std::move(*parsed);
  warnings.emplace_back(warning);
  return XmlDocument{};
}

core::Result<DocxStyles> load_styles(DocxArchive& archive, std::vector<std::string>& warnings) {
  if (!archive.has_part(kStylesPart)) return DocxStyles{};
  auto styles = read_optional_xml(archive, kStylesPart,
                                  "Les styles du document Word sont illisibles : ses titres n'ont "
                                  "pas pu être repérés.",
                                  warnings);
  if (!styles) return fail_with(std::move(styles.error()));
  return *styles ? DocxStyles(**styles) : DocxStyles{};
}

struct HeaderFooterParts {
  std::vector<std::string> headers;
  std::vector<std::string> footers;
};

/// OPC part names are case-insensitive, and a part may be found twice (relationship, listing).
void add_part(std::vector<std::string>& parts, std::string name) {
  const std::string key = lower_ascii(name);
  const bool known = std::any_of(parts.begin(), parts.end(),
                                 [&](const std::string& part) { return lower_ascii(part) == key; });
  if (!known) parts.push_back(std::move(name));
}

/// Headers and footers referenced from word/_rels/document.xml.rels (whatever their names).
void add_referenced_parts(const pugi::xml_document& rels, const DocxArchive& archive,
                          HeaderFooterParts& parts) {
  for (const pugi::xml_node relationship : rels.document_element().children()) {
    if (local_name(relationship.name()) != "Relationship") continue;
    if (attribute_value(relationship, "TargetMode") == "External") continue;
    const std::string_view type = attribute_value(relationship, "Type");
    const std::string_view target = attribute_value(relationship, "Target");
    if (target.empty() || target.find("..") != std::string_view::npos) continue;
    // Targets are relative to word/, or absolute from the package root.
    std::string name =
        target.starts_with('/') ? std::string(target.substr(1)) : "word/" + std::string(target);
    if (!archive.has_part(name)) continue;
    if (type.ends_with("/header")) add_part(parts.headers, std::move(name));
    if (type.ends_with("/footer")) add_part(parts.footers, std::move(name));
  }
}

/// Headers and footers simply present under their usual names, referenced or not.
void add_listed_parts(const DocxArchive& archive, HeaderFooterParts& parts) {
  for (std::string& name : archive.part_names()) {
    const std::string lower = lower_ascii(name);
    if (!lower.ends_with(".xml") || lower.find('/', 5) != std::string::npos) continue;
    if (lower.starts_with("word/header")) add_part(parts.headers, std::move(name));
    if (lower.starts_with("word/footer")) add_part(parts.footers, std::move(name));
  }
}

core::Result<HeaderFooterParts> find_header_footer_parts(DocxArchive& archive,
                                                         std::vector<std::string>& warnings) {
  HeaderFooterParts parts;
  if (archive.has_part(kDocumentRelsPart)) {
    auto rels = read_optional_xml(archive, kDocumentRelsPart,
                                  "Les liens internes du document Word sont illisibles : ses "
                                  "en-têtes et pieds de page ont été cherchés par leur nom.",
                                  warnings);
    if (!rels) return fail_with(std::move(rels.error()));
    if (*rels) add_referenced_parts(**rels, archive, parts);
  }
  add_listed_parts(archive, parts);
  // header1, header2, ..., header10: shorter names first keeps the numeric order.
  const auto by_number = [](const std::string& a, const std::string& b) {
    return std::pair(a.size(), lower_ascii(a)) < std::pair(b.size(), lower_ascii(b));
  };
  std::sort(parts.headers.begin(), parts.headers.end(), by_number);
  std::sort(parts.footers.begin(), parts.footers.end(), by_number);
  return parts;
}

/// Non-empty lines joined: the identity of a header or footer for de-duplication.
std::string visible_text(const std::vector<DocxLine>& lines) {
  std::string text;
  for (const DocxLine& line : lines) {
    if (!line.text.empty()) text += line.text + '\n';
  }
  return text;
}

/// Appends the lines of each part whose text was not seen yet: every section of a document
/// usually repeats the same header, and first-page and default headers often match.
core::Result<void> append_unique_parts(DocxArchive& archive, const std::vector<std::string>& parts,
                                       const DocxStyles& styles, std::set<std::string>& seen,
                                       std::vector<DocxLine>& out,
                                       std::vector<std::string>& warnings) {
  for (const std::string& name : parts) {
    auto xml = read_optional_xml(archive, name,
                                 "Un en-tête ou pied de page du document Word est illisible et a "
                                 "été ignoré.",
                                 warnings);
    if (!xml) return fail_with(std::move(xml.error()));
    if (!*xml) continue;
    auto lines = extract_part_lines(**xml, styles);
    if (!lines) return fail_with(std::move(lines.error()));
    const std::string text = visible_text(*lines);
    if (text.empty() || !seen.insert(text).second) continue;
    out.push_back(DocxLine{});  // a header or footer is a block of its own
    std::move(lines->begin(), lines->end(), std::back_inserter(out));
    out.push_back(DocxLine{});
  }
  return {};
}

/// Joins the lines: one per paragraph or row, a single empty line where the document has one or
/// more empty paragraphs, none at the ends. Heading lines go to `headings` trimmed.
RawText assemble(const std::vector<DocxLine>& lines, std::vector<std::string> warnings) {
  RawText raw;
  raw.pages = 1;  // DOCX stores no reliable page count; pagination happens in Word
  raw.warnings = std::move(warnings);
  bool pending_blank = false;
  for (const DocxLine& line : lines) {
    if (line.text.empty()) {
      pending_blank = !raw.text.empty();
      continue;
    }
    if (!raw.text.empty()) raw.text += pending_blank ? "\n\n" : "\n";
    pending_blank = false;
    raw.text += line.text;
    if (!line.heading) continue;
    for (std::size_t start = 0; start <= line.text.size();) {
      const std::size_t end = std::min(line.text.find('\n', start), line.text.size());
      const std::string_view part = std::string_view(line.text).substr(start, end - start);
      const std::size_t first = part.find_first_not_of(" \t\r");
      if (first != std::string_view::npos) {
        raw.headings.emplace_back(part.substr(first, part.find_last_not_of(" \t\r") - first + 1));
      }
      start = end + 1;
    }
  }
  return raw;
}

core::Result<std::vector<DocxLine>> read_body(DocxArchive& archive, const DocxStyles& styles) {
  auto bytes = archive.read_part(kDocumentPart);
  if (!bytes) return fail_with(std::move(bytes.error()));
  auto document = parse_xml_part(kDocumentPart, *bytes);
  if (!document) return fail_with(std::move(document.error()));
  return extract_part_lines(**document, styles);
}

}  // namespace

core::Result<RawText> read_docx(std::string_view bytes, const ExtractionLimits& limits) {
  auto archive = DocxArchive::open(bytes, limits);
  if (!archive) return fail_with(std::move(archive.error()));
  if (!archive->has_part(kDocumentPart)) {
    return core::fail(core::ErrorCode::kUnsupportedType,
                      fmt::format("Ce fichier n'est pas un document Word (DOCX) : c'est {}. "
                                  "Envoyez votre CV au format DOCX, PDF ou texte.",
                                  describe_package(*archive)),
                      "zip without word/document.xml");
  }
  std::vector<std::string> warnings;
  auto styles = load_styles(*archive, warnings);
  if (!styles) return fail_with(std::move(styles.error()));
  auto body = read_body(*archive, *styles);
  if (!body) return fail_with(std::move(body.error()));
  auto parts = find_header_footer_parts(*archive, warnings);
  if (!parts) return fail_with(std::move(parts.error()));

  std::vector<DocxLine> lines;
  std::set<std::string> seen;
  auto headers = append_unique_parts(*archive, parts->headers, *styles, seen, lines, warnings);
  if (!headers) return fail_with(std::move(headers.error()));
  std::move(body->begin(), body->end(), std::back_inserter(lines));
  auto footers = append_unique_parts(*archive, parts->footers, *styles, seen, lines, warnings);
  if (!footers) return fail_with(std::move(footers.error()));
  return assemble(lines, std::move(warnings));
}

}  // namespace jobmatch::documents
