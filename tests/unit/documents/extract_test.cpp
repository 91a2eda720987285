#include <gtest/gtest.h>

#include <string>

#include "documents/documents.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;

TEST(ExtractDocument, RefusesAFileAboveTheSizeLimitAndSaysTheLimit) {
  ExtractionLimits limits;
  limits.max_file_bytes = 1 << 20;
  const auto doc = extract_document(std::string((1 << 20) + 1, 'a'), limits);
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kTooLarge);
  EXPECT_NE(doc.error().message.find("1 Mo"), std::string::npos) << doc.error().message;
}

TEST(ExtractDocument, RefusesTextAboveTheCharacterLimit) {
  ExtractionLimits limits;
  limits.max_text_chars = 1000;
  const auto doc = extract_document(std::string(1001, 'e'), limits);
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kTooLarge);
  EXPECT_NE(doc.error().message.find("1000"), std::string::npos) << doc.error().message;
}

TEST(ExtractDocument, CountsCharactersNotBytesAgainstTheLimit) {
  ExtractionLimits limits;
  limits.max_text_chars = 1000;
  std::string accents;
  for (int i = 0; i < 1000; ++i) accents += "é";
  EXPECT_TRUE(extract_document(accents, limits).has_value());
}

TEST(ExtractDocument, SaysWhenADocumentHasNoTextAtAll) {
  const auto doc = extract_document(" \n\t\n ");
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kUnprocessable);
}

TEST(ExtractDocument, RefusesAnEmptyFile) {
  const auto doc = extract_document("");
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace jobmatch::documents
