#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "documents/documents.hpp"
#include "documents/pdf_layout.hpp"
#include "pdf_builder.hpp"
#include "read_file.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;
using testing::fixture;
using testing::read_binary_file;

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

ErrorCode extract_error(std::string_view bytes, const ExtractionLimits& limits = {}) {
  const auto doc = extract_document(bytes, limits);
  EXPECT_FALSE(doc.has_value());
  return doc ? ErrorCode::kInternal : doc.error().code;
}

TEST(ReadPdf, ExtractsTheTextLayerInReadingOrder) {
  const auto doc = extract_document(read_binary_file(fixture("harvey_dent_mle.pdf")));
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->type, DocumentType::kPdf);
  EXPECT_EQ(doc->pages, 1);
  EXPECT_FALSE(doc->used_ocr);
  EXPECT_TRUE(doc->text.starts_with("Harvey Dent")) << doc->text.substr(0, 80);
  const auto skills = doc->text.find("Skills");
  const auto experience = doc->text.find("Experience");
  ASSERT_NE(skills, std::string::npos);
  ASSERT_NE(experience, std::string::npos);
  EXPECT_LT(skills, experience);
}

TEST(ReadPdf, ReportsHeadingsSetInALargerFont) {
  const auto doc = extract_document(read_binary_file(fixture("harvey_dent_mle.pdf")));
  ASSERT_TRUE(doc);
  for (const char* heading : {"Skills", "Experience", "Education"}) {
    EXPECT_NE(std::find(doc->headings.begin(), doc->headings.end(), heading), doc->headings.end())
        << heading;
  }
  EXPECT_EQ(std::find(doc->headings.begin(), doc->headings.end(), "Python"), doc->headings.end());
}

TEST(ReadPdf, ReadsEveryPageOfAMultiPagePdf) {
  const auto doc = extract_document(testing::pdf_with_text_pages({"Page one", "Page two"}));
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->pages, 2);
  EXPECT_TRUE(contains(doc->text, "Page one") && contains(doc->text, "Page two")) << doc->text;
}

TEST(ReadPdf, RefusesMorePagesThanTheLimit) {
  ExtractionLimits limits;
  limits.max_pages = 2;
  const auto doc = extract_document(testing::pdf_with_text_pages({"a", "b", "c"}), limits);
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kTooLarge);
  EXPECT_TRUE(contains(doc.error().message, "3 pages")) << doc.error().message;
}

TEST(ReadPdf, SaysAPasswordProtectedPdfIsProtected) {
  const auto doc = extract_document(read_binary_file(fixture("harvey_dent_encrypted.pdf")));
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kUnprocessable);
  EXPECT_TRUE(contains(doc.error().message, "mot de passe")) << doc.error().message;
}

TEST(ReadPdf, SaysATruncatedPdfIsIncomplete) {
  const std::string pdf = read_binary_file(fixture("harvey_dent_mle.pdf"));
  for (const std::size_t size : {std::size_t{20}, pdf.size() / 2, pdf.size() - 10}) {
    const auto doc = extract_document(std::string_view(pdf).substr(0, size));
    ASSERT_FALSE(doc) << size;
    EXPECT_EQ(doc.error().code, ErrorCode::kUnprocessable);
    EXPECT_TRUE(contains(doc.error().message, "tronqué")) << doc.error().message;
  }
}

TEST(ReadPdf, SaysACorruptPdfIsCorrupt) {
  EXPECT_EQ(extract_error("%PDF-1.4\nthis is no PDF at all\n%%EOF\n"), ErrorCode::kUnprocessable);
}

TEST(IsUnreadableTextLayer, FlagsGlyphsWithoutAUnicodeMap) {
  EXPECT_TRUE(is_unreadable_text_layer("\xEE\x80\x81\xEE\x80\x82\xEE\x80\x83 \xEE\x80\x84 ab"));
  EXPECT_TRUE(is_unreadable_text_layer("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD cv"));
  EXPECT_FALSE(is_unreadable_text_layer("Jean Dupont \xEF\x82\xB7 Développeur C++"));
  EXPECT_FALSE(is_unreadable_text_layer(""));
}

TEST(ReadPdf, RefusesAScannedPdfWhenOcrIsOff) {
  ExtractionLimits limits;
  limits.allow_ocr = false;
  const std::string scan = read_binary_file(fixture("harvey_dent_scan.jpg"));
  const auto doc = extract_document(testing::pdf_with_scanned_page(scan, 200), limits);
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kUnprocessable);
  EXPECT_TRUE(contains(doc.error().message, "scanné")) << doc.error().message;
}

TEST(ReadPdf, ReadsAScannedPdfWithOcr) {
  if (!ocr_available()) GTEST_SKIP() << "tesseract with eng+fra data is not installed";
  const std::string scan = read_binary_file(fixture("harvey_dent_scan.jpg"));
  const auto doc = extract_document(testing::pdf_with_scanned_page(scan, 200));
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_TRUE(doc->used_ocr);
  for (const char* expected : {"Harvey Dent", "Experience", "Education", "Skills"}) {
    EXPECT_TRUE(contains(doc->text, expected)) << expected << " in\n" << doc->text;
  }
}

}  // namespace
}  // namespace jobmatch::documents
