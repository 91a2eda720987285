#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
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

// Black text on a transparent background whose hidden colour is black, as screenshots and
// exported PNGs often are: the top of the scanned CV, made transparent where it is white.
// Read as plain RGB it would be black on black; the OCR path must lay it over white.
std::string transparent_png_of_scan_top() {
  PIX* scan = pixRead(testing::fixture("harvey_dent_scan.jpg").c_str());
  PIX* gray = pixConvertTo8(scan, 0);
  BOX* top = boxCreate(0, 0, pixGetWidth(gray), pixGetHeight(gray) * 2 / 5);
  PIX* clipped = pixClipRectangle(gray, top, nullptr);
  const l_int32 width = pixGetWidth(clipped), height = pixGetHeight(clipped);
  PIX* rgba = pixCreate(width, height, 32);
  pixSetSpp(rgba, 4);
  for (l_int32 y = 0; y < height; ++y) {
    for (l_int32 x = 0; x < width; ++x) {
      l_uint32 value = 0, pixel = 0;
      pixGetPixel(clipped, x, y, &value);
      composeRGBAPixel(0, 0, 0, 255 - static_cast<l_int32>(value), &pixel);
      pixSetPixel(rgba, x, y, pixel);
    }
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  pixWriteMem(&data, &size, rgba, IFF_PNG);
  std::string png(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  for (PIX* p : {scan, gray, clipped, rgba}) pixDestroy(&p);
  boxDestroy(&top);
  return png;
}

TEST(ReadImage, ReadsBlackTextOnATransparentBackground) {
  if (!ocr_available()) GTEST_SKIP() << "tesseract with eng+fra data is not installed";
  const auto doc = extract_document(transparent_png_of_scan_top());
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->type, DocumentType::kPng);
  EXPECT_TRUE(contains(doc->text, "Harvey Dent")) << doc->text;
  EXPECT_TRUE(contains(doc->text, "Professional Summary")) << doc->text;
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
