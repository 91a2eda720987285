#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "documents/raw_text.hpp"
#include "unit/documents/docx_builder.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;
using docx_testing::docx;
using docx_testing::paragraph;
using docx_testing::styles_xml;
using docx_testing::ZipPart;
using ::testing::HasSubstr;

RawText read_ok(const std::string& bytes, const ExtractionLimits& limits = {}) {
  auto raw = read_docx(bytes, limits);
  EXPECT_TRUE(raw.has_value()) << (raw ? "" : raw.error().message + " / " + raw.error().details);
  return raw ? *raw : RawText{};
}

core::Error read_error(const std::string& bytes, const ExtractionLimits& limits = {}) {
  auto raw = read_docx(bytes, limits);
  EXPECT_FALSE(raw.has_value());
  return raw ? core::Error{} : raw.error();
}

TEST(DocxReader, WritesOneLinePerParagraphWithTabsBreaksAndHyphens) {
  const RawText raw = read_ok(
      docx(paragraph("Jean Dupont") +
           "<w:p><w:r><w:t xml:space=\"preserve\">Développeur </w:t></w:r><w:r><w:t>C++</w:t></w:r>"
           "<w:r><w:tab/><w:t>Lyon</w:t><w:br/><w:t>Jean</w:t><w:noBreakHyphen/><w:t>Marc</w:t>"
           "</w:r></w:p>"));
  EXPECT_EQ(raw.text, "Jean Dupont\nDéveloppeur C++\tLyon\nJean-Marc");
  EXPECT_EQ(raw.pages, 1);
}

TEST(DocxReader, LeavesOneEmptyLineWhereTheDocumentHasEmptyParagraphs) {
  const RawText raw = read_ok(
      docx("<w:p/>" + paragraph("A") + "<w:p/><w:p><w:r/></w:p>" + paragraph("B") + "<w:p/>"));
  EXPECT_EQ(raw.text, "A\n\nB");
}

TEST(DocxReader, MapsSymbolFontBulletsToUnicode) {
  const RawText raw = read_ok(
      docx("<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\"> Java"
           "</w:t></w:r></w:p>"));
  EXPECT_EQ(raw.text, "• Java");
}

TEST(DocxReader, KeepsTableCellsInReadingOrder) {
  const auto cell = [](const std::string& content) { return "<w:tc>" + content + "</w:tc>"; };
  const std::string data_table = "<w:tbl><w:tblPr/><w:tr>" + cell(paragraph("Python")) +
                                 cell(paragraph("5 ans")) + cell("<w:p/>") + "</w:tr></w:tbl>";
  const std::string layout_table =
      "<w:tbl><w:tr>" + cell(paragraph("Contact") + paragraph("jd@example.org")) +
      cell(paragraph("Expérience") + paragraph("Acme, 2020-2024")) + "</w:tr></w:tbl>";
  const RawText raw = read_ok(docx(data_table + layout_table));
  EXPECT_EQ(raw.text, "Python | 5 ans\nContact\njd@example.org\nExpérience\nAcme, 2020-2024");
}

TEST(DocxReader, PrefixesListParagraphsWithABullet) {
  const std::string styles = styles_xml(
      R"(<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>)"
      R"(<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>)");
  const RawText raw = read_ok(docx(
      R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>)"
      R"(<w:r><w:t>C++23</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>SQL</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Fin</w:t></w:r></w:p>)",
      {{"word/styles.xml", styles}}));
  EXPECT_EQ(raw.text, "• C++23\n• SQL\nFin");
}

TEST(DocxReader, ReadsHeadersBeforeAndFootersAfterTheBodyOnce) {
  const std::string header = docx_testing::header_footer_xml("hdr", paragraph("Jean Dupont - CV"));
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/)"
      R"(relationships/header" Target="header1.xml"/></Relationships>)";
  const RawText raw = read_ok(
      docx(paragraph("Corps"),
           {
               {"word/_rels/document.xml.rels", rels},
               {"word/header1.xml", header},
               {"word/header2.xml", header},  // a second section repeating the same header
               {"word/footer1.xml", docx_testing::header_footer_xml("ftr", paragraph("Page 1"))},
           }));
  EXPECT_EQ(raw.text, "Jean Dupont - CV\n\nCorps\n\nPage 1");
}

TEST(DocxReader, ReadsATextBoxOnceAfterItsAnchorParagraph) {
  const std::string box = "<w:txbxContent>" + paragraph("Compétences clés") + "</w:txbxContent>";
  const RawText raw = read_ok(
      docx("<w:p><w:r><w:t>Profil</w:t></w:r><w:r><mc:AlternateContent>"
           "<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" +
           box +
           "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
           "<mc:Fallback><w:pict><v:shape><v:textbox>" +
           box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" +
           paragraph("Suite")));
  EXPECT_EQ(raw.text, "Profil\nCompétences clés\nSuite");
}

TEST(DocxReader, SkipsDeletedTextAndFieldInstructionsButKeepsLinksAndContentControls) {
  const RawText raw = read_ok(docx(
      "<w:p><w:del><w:r><w:delText>ancien </w:delText></w:r></w:del><w:ins><w:r><w:t>nouveau"
      "</w:t></w:r></w:ins></w:p>"
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space="
      "\"preserve\"> HYPERLINK \"https://x.example\" </w:instrText></w:r><w:r><w:fldChar "
      "w:fldCharType=\"separate\"/></w:r><w:r><w:t>mon site</w:t></w:r><w:r><w:fldChar "
      "w:fldCharType=\"end\"/></w:r></w:p>"
      "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>linkedin.com/in/jd</w:t></w:r></w:hyperlink></w:p>"
      "<w:sdt><w:sdtPr><w:alias w:val=\"Nom\"/></w:sdtPr><w:sdtContent>" +
      paragraph("Contenu contrôlé") + "</w:sdtContent></w:sdt>"));
  EXPECT_EQ(raw.text, "nouveau\nmon site\nlinkedin.com/in/jd\nContenu contrôlé");
}

TEST(DocxReader, FindsHeadingsByStyleIdStyleNameAndFrenchStyleId) {
  const std::string styles = styles_xml(
      R"(<w:style w:type="paragraph" w:styleId="Rubrique1"><w:name w:val="heading 1"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)");
  const auto styled = [](const std::string& style, const std::string& text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + text +
           "</w:t></w:r></w:p>";
  };
  const RawText raw = read_ok(docx(
      styled("Title", "Jean Dupont") + styled("Heading1", " Experience ") +
          styled("Normal", "Acme") + styled("Rubrique1", "Formation") + styled("Titre1", "Langues"),
      {{"word/styles.xml", styles}}));
  EXPECT_EQ(raw.headings,
            (std::vector<std::string>{"Jean Dupont", "Experience", "Formation", "Langues"}));
}

TEST(DocxReader, TreatsAShortAllBoldParagraphAsAHeading) {
  const auto bold = [](const std::string& text) {
    return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  };
  const std::string long_text(70, 'x');
  const RawText raw =
      read_ok(docx("<w:p>" + bold("COMPÉTENCES") + bold(" ") + "</w:p>" +  // bold, short: heading
                   "<w:p>" + bold(long_text) + "</w:p>" +                  // bold but long
                   "<w:p>" + bold("Acme") + "<w:r><w:t> 2020</w:t></w:r></w:p>" +  // partly bold
                   "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Normal</w:t></w:r></w:p>"));
  EXPECT_EQ(raw.headings, std::vector<std::string>{"COMPÉTENCES"});
}

TEST(DocxReader, RefusesBytesThatAreNotAZip) {
  const core::Error error = read_error("Ceci n'est pas un fichier Word.");
  EXPECT_EQ(error.code, ErrorCode::kUnprocessable);
  EXPECT_THAT(error.message, HasSubstr("corrompu ou tronqué"));
}

TEST(DocxReader, RefusesATruncatedDocx) {
  const std::string whole = docx(paragraph("Jean Dupont"));
  EXPECT_EQ(read_error(whole.substr(0, whole.size() / 2)).code, ErrorCode::kUnprocessable);
}

TEST(DocxReader, RefusesAZipThatIsNotAWordDocument) {
  const std::string xlsx = docx_testing::zip_parts(
      {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
  const core::Error error = read_error(xlsx);
  EXPECT_EQ(error.code, ErrorCode::kUnsupportedType);
  EXPECT_THAT(error.message, HasSubstr("n'est pas un document Word (DOCX)"));
  EXPECT_THAT(error.message, HasSubstr("Excel"));
}

TEST(DocxReader, RefusesMalformedXml) {
  const std::string bytes =
      docx_testing::zip_parts({{"word/document.xml", "<w:document><w:body><w:p>"}});
  EXPECT_EQ(read_error(bytes).code, ErrorCode::kUnprocessable);
}

TEST(DocxReader, RefusesXmlNestedDeeperThanAnyDocument) {
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "<w:customXml>";
  for (int i = 0; i < 5000; ++i) nested += "</w:customXml>";
  EXPECT_EQ(read_error(docx(nested)).code, ErrorCode::kUnprocessable);
}

TEST(DocxReader, RefusesMoreThanTwoHundredEntries) {
  std::vector<ZipPart> extra;
  for (int i = 0; i < 200; ++i) extra.push_back({"word/media/x" + std::to_string(i) + ".txt", "x"});
  const core::Error error = read_error(docx(paragraph("A"), extra));
  EXPECT_EQ(error.code, ErrorCode::kTooLarge);
  EXPECT_THAT(error.message, HasSubstr("200"));
}

/// A deflated document.xml of `spaces` spaces: a few kilobytes that inflate to megabytes.
std::string bomb(std::size_t spaces) {
  return docx("<w:p><w:r><w:t>" + std::string(spaces, ' ') + "</w:t></w:r></w:p>");
}

TEST(DocxReader, RefusesAZipBombAboveTheUncompressedLimitBeforeInflatingIt) {
  const std::string bytes = bomb(30u << 20);
  ASSERT_LT(bytes.size(), 1u << 20);
  const core::Error error = read_error(bytes);
  EXPECT_EQ(error.code, ErrorCode::kTooLarge);
  EXPECT_THAT(error.message, HasSubstr("25 Mo"));
}

TEST(DocxReader, RefusesAPartCompressedBeyondTheRatioLimit) {
  ExtractionLimits limits;
  limits.max_docx_uncompressed_bytes = 64u << 20;  // so that only the ratio can refuse it
  const core::Error error = read_error(bomb(5u << 20), limits);
  EXPECT_EQ(error.code, ErrorCode::kTooLarge);
  EXPECT_THAT(error.message, HasSubstr("100 fois"));
}

/// Rewrites the uncompressed size of the first entry in its local header and in the central
/// directory: a zip whose header lies about what the part inflates to.
std::string with_declared_size(std::string zip, std::uint32_t size) {
  const auto patch = [&](std::size_t at) {
    for (int i = 0; i < 4; ++i) zip[at + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
  };
  patch(zip.find("PK\x03\x04") + 22);
  patch(zip.find("PK\x01\x02") + 24);
  return zip;
}

TEST(DocxReader, StopsInflatingAPartThatIsLargerThanDeclared) {
  const std::string body = paragraph(std::string(4000, 'a'));
  const std::string honest =
      docx_testing::zip_parts({{"word/document.xml", docx_testing::document_xml(body)}});
  const core::Error error = read_error(with_declared_size(honest, 1000));
  EXPECT_EQ(error.code, ErrorCode::kTooLarge) << error.message << " / " << error.details;
}

TEST(DocxReader, RefusesAPasswordProtectedEntry) {
  const std::string bytes = docx_testing::zip_parts(
      {{"word/document.xml", docx_testing::document_xml(paragraph("secret")), true}});
  if (bytes.empty()) GTEST_SKIP() << "this libzip cannot write AES-encrypted entries";
  const core::Error error = read_error(bytes);
  EXPECT_EQ(error.code, ErrorCode::kUnprocessable);
  EXPECT_THAT(error.message, HasSubstr("protégé par mot de passe"));
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST(DocxReader, ReadsEveryDocxOfTheSharedResumeCorpus) {
  const std::filesystem::path folder = std::filesystem::path(JOBMATCH_SHARED_DIR) / "data/resumes";
  if (!std::filesystem::exists(folder / "index.jsonl")) {
    GTEST_SKIP() << folder << " is absent: the shared resume corpus is not checked";
  }
  const std::regex file_field(R"re("file"\s*:\s*"([^"]+)")re");
  std::ifstream index(folder / "index.jsonl");
  std::vector<std::size_t> lengths;
  std::size_t warnings = 0;
  for (std::string line; std::getline(index, line);) {
    std::smatch match;
    if (line.find(R"("format": "docx")") == std::string::npos ||
        !std::regex_search(line, match, file_field)) {
      continue;
    }
    const auto raw = read_docx(read_file(folder / match[1].str()), ExtractionLimits{});
    ASSERT_TRUE(raw.has_value()) << match[1] << ": " << raw.error().message;
    EXPECT_GE(raw->text.size(), 50u) << match[1];
    lengths.push_back(raw->text.size());
    warnings += raw->warnings.size();
  }
  ASSERT_FALSE(lengths.empty());
  std::sort(lengths.begin(), lengths.end());
  std::cout << "docx corpus: " << lengths.size() << " files, text bytes min " << lengths.front()
            << ", median " << lengths[lengths.size() / 2] << ", warnings " << warnings << "\n";
}

}  // namespace
}  // namespace jobmatch::documents
