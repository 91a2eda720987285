#include <gtest/gtest.h>

#include <string>

#include "documents/documents.hpp"
#include "documents/raw_text.hpp"
#include "documents/text_sniff.hpp"

namespace jobmatch::documents {
namespace {

using namespace std::string_literals;

std::string read_text(std::string_view bytes) {
  auto raw = read_text_file(bytes, {});
  EXPECT_TRUE(raw.has_value());
  return raw ? raw->text : std::string();
}

std::string utf16(std::string_view ascii, bool little_endian) {
  std::string out;
  for (const char c : ascii) out += little_endian ? std::string{c, '\0'} : std::string{'\0', c};
  return out;
}

TEST(ReadTextFile, KeepsUtf8AndDropsItsByteOrderMark) {
  EXPECT_EQ(read_text("\xEF\xBB\xBF"
                      "Développeur"),
            "Développeur");
}

TEST(ReadTextFile, ConvertsUtf16WithByteOrderMark) {
  EXPECT_EQ(read_text("\xFF\xFE" + utf16("CV Jean", true)), "CV Jean");
  EXPECT_EQ(read_text("\xFE\xFF" + utf16("CV Jean", false)), "CV Jean");
  // "é" (U+00E9) and a surrogate pair (U+1F4BC, briefcase) in UTF-16LE.
  EXPECT_EQ(read_text("\xFF\xFE\xE9\x00\x3D\xD8\xBC\xDC"s), "é\xF0\x9F\x92\xBC");
}

TEST(ReadTextFile, RecognisesUtf16WithoutByteOrderMark) {
  EXPECT_EQ(detect_text_encoding(utf16("Curriculum vitae", true)), TextEncoding::kUtf16Le);
  EXPECT_EQ(read_text(utf16("Curriculum vitae", false)), "Curriculum vitae");
}

TEST(ReadTextFile, ReadsWindows1252AsSuch) {
  EXPECT_EQ(read_text("Exp\xE9rience \x96 Ma\xEEtrise \x80"), "Expérience – Maîtrise €");
}

TEST(ReadTextFile, ReplacesAnUnpairedSurrogate) {
  EXPECT_EQ(decode_utf16("\x00\xD8"
                         "A\x00"s,
                         true),
            "\xEF\xBF\xBD"
            "A");
}

TEST(ExtractDocument, ReadsAPlainTextCvEndToEnd) {
  const auto doc = extract_document("Jean Dupont\r\nDéveloppeur C++\r\n\r\n\r\nExpérience\r\n");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->type, DocumentType::kText);
  EXPECT_EQ(doc->text, "Jean Dupont\nDéveloppeur C++\n\nExpérience");
  EXPECT_EQ(doc->pages, 1);
  EXPECT_FALSE(doc->used_ocr);
}

}  // namespace
}  // namespace jobmatch::documents
