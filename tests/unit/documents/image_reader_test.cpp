#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "documents/documents.hpp"
#include "read_file.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;
using namespace std::string_literals;

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

TEST(ReadImage, FindsTheNameAndSectionHeadingsOfAPhotographedCv) {
  if (!ocr_available()) GTEST_SKIP() << "tesseract with eng+fra data is not installed";
  const auto doc =
      extract_document(testing::read_binary_file(testing::fixture("harvey_dent_scan.jpg")));
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->type, DocumentType::kJpeg);
  EXPECT_TRUE(doc->used_ocr);
  for (const char* expected :
       {"Harvey Dent", "Professional Summary", "Skills", "Experience", "Education", "OpenAI"}) {
    EXPECT_TRUE(contains(doc->text, expected)) << expected << " in\n" << doc->text;
  }
}

TEST(ReadImage, RefusesImagesWhenOcrIsOff) {
  ExtractionLimits limits;
  limits.allow_ocr = false;
  const auto doc =
      extract_document(testing::read_binary_file(testing::fixture("harvey_dent_scan.jpg")), limits);
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kUnprocessable);
  EXPECT_TRUE(contains(doc.error().message, "OCR")) << doc.error().message;
}

// A PNG header announcing 100,000 x 100,000 pixels: refused before anything is allocated.
TEST(ReadImage, RefusesAnImageTooLargeToDecodeFromItsHeader) {
  if (!ocr_available()) GTEST_SKIP() << "tesseract with eng+fra data is not installed";
  const std::string ihdr = "IHDR\x00\x01\x86\xA0\x00\x01\x86\xA0\x08\x00\x00\x00\x00"s;
  const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(ihdr.data()), ihdr.size());
  std::string png = "\x89PNG\r\n\x1A\n\x00\x00\x00\x0D"s + ihdr;
  for (int shift = 24; shift >= 0; shift -= 8) png += static_cast<char>((crc >> shift) & 0xFF);
  png += std::string(64, '\0');
  const auto doc = extract_document(png);
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kTooLarge);
  EXPECT_TRUE(contains(doc.error().message, "100000 x 100000")) << doc.error().message;
}

TEST(ReadImage, SaysATruncatedImageIsCorrupt) {
  if (!ocr_available()) GTEST_SKIP() << "tesseract with eng+fra data is not installed";
  const std::string jpeg = testing::read_binary_file(testing::fixture("harvey_dent_scan.jpg"));
  const auto doc = extract_document(std::string_view(jpeg).substr(0, 200));
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kUnprocessable);
}

}  // namespace
}  // namespace jobmatch::documents
