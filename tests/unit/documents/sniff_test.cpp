#include <gtest/gtest.h>

#include <string>

#include "documents/documents.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;
using namespace std::string_literals;

DocumentType sniffed_type(std::string_view bytes) {
  const auto sniffed = sniff_document_type(bytes);
  EXPECT_TRUE(sniffed.has_value()) << (sniffed ? "" : sniffed.error().message);
  return sniffed.value_or(DocumentType::kText);
}

std::string utf16le(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) out += std::string{c, '\0'};
  return out;
}

ErrorCode sniff_error(std::string_view bytes) {
  const auto sniffed = sniff_document_type(bytes);
  EXPECT_FALSE(sniffed.has_value());
  return sniffed ? ErrorCode::kInternal : sniffed.error().code;
}

TEST(SniffDocumentType, RecognisesFormatsByTheirMagicNumbers) {
  EXPECT_EQ(sniffed_type("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), DocumentType::kPdf);
  EXPECT_EQ(sniffed_type("PK\x03\x04\x14\x00\x06\x00"s), DocumentType::kDocx);
  EXPECT_EQ(sniffed_type("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR"s), DocumentType::kPng);
  EXPECT_EQ(sniffed_type("\xFF\xD8\xFF\xE0\x00\x10JFIF"s), DocumentType::kJpeg);
  EXPECT_EQ(sniffed_type("II*\x00\x08\x00\x00\x00"s), DocumentType::kTiff);
  EXPECT_EQ(sniffed_type("MM\x00*\x00\x00\x00\x08"s), DocumentType::kTiff);
}

TEST(SniffDocumentType, AcceptsAPdfHeaderAfterLeadingJunk) {
  EXPECT_EQ(sniffed_type(std::string(100, ' ') + "%PDF-1.4\n"), DocumentType::kPdf);
}

TEST(SniffDocumentType, ReadsPlainTextInUtf8Utf16AndLatin1) {
  EXPECT_EQ(sniffed_type("Jean Dupont\nDéveloppeur C++\n"), DocumentType::kText);
  EXPECT_EQ(sniffed_type("\xEF\xBB\xBFJean"), DocumentType::kText);
  EXPECT_EQ(sniffed_type("\xFF\xFE" + utf16le("Jean")), DocumentType::kText);
  EXPECT_EQ(sniffed_type(utf16le("Jean Dupont")), DocumentType::kText);
  EXPECT_EQ(sniffed_type("D\xE9veloppeur \xE0 Paris\n"), DocumentType::kText);
}

TEST(SniffDocumentType, RefusesAnEmptyFile) {
  EXPECT_EQ(sniff_error(""), ErrorCode::kInvalidInput);
}

TEST(SniffDocumentType, RefusesExecutablesWhateverTheirName) {
  EXPECT_EQ(sniff_error("\x7F"
                        "ELF\x02\x01\x01\x00\x00\x00"s),
            ErrorCode::kUnsupportedType);
  EXPECT_EQ(sniff_error("MZ\x90\x00\x03\x00"s), ErrorCode::kUnsupportedType);
}

TEST(SniffDocumentType, RefusesHtmlAndXmlEvenThoughTheyAreText) {
  EXPECT_EQ(sniff_error("<!DOCTYPE html><html><body>CV</body></html>"),
            ErrorCode::kUnsupportedType);
  EXPECT_EQ(sniff_error("\n  <HTML><body>CV</body></HTML>"), ErrorCode::kUnsupportedType);
  EXPECT_EQ(sniff_error("<?xml version=\"1.0\"?><cv/>"), ErrorCode::kUnsupportedType);
}

TEST(SniffDocumentType, RefusesOtherFormatsWithTheirName) {
  const auto gif = sniff_document_type("GIF89a\x01\x00\x01\x00"s);
  ASSERT_FALSE(gif);
  EXPECT_EQ(gif.error().code, ErrorCode::kUnsupportedType);
  EXPECT_NE(gif.error().message.find("image"), std::string::npos);
  EXPECT_EQ(sniff_error("{\\rtf1\\ansi CV}"), ErrorCode::kUnsupportedType);
  EXPECT_EQ(sniff_error("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(512, '\0')),
            ErrorCode::kUnsupportedType);
  EXPECT_EQ(sniff_error(std::string("\x01\x02\x03\x00\x04", 5) + std::string(100, '\x05')),
            ErrorCode::kUnsupportedType);
}

TEST(SniffDocumentType, SaysAnEncryptedWordDocumentIsPasswordProtected) {
  std::string ole = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(500, '\0');
  for (char c : std::string("EncryptedPackage")) ole += std::string{c, '\0'};
  const auto sniffed = sniff_document_type(ole);
  ASSERT_FALSE(sniffed);
  EXPECT_EQ(sniffed.error().code, ErrorCode::kUnprocessable);
  EXPECT_NE(sniffed.error().message.find("mot de passe"), std::string::npos);
}

}  // namespace
}  // namespace jobmatch::documents
