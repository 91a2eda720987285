#include "documents/normalize.hpp"

#include <gtest/gtest.h>

namespace jobmatch::documents {
namespace {

TEST(NormalizeExtractedText, ExpandsLigaturesAndComposesAccents) {
  EXPECT_EQ(normalize_extracted_text("e\xEF\xAC\x83"
                                     "cace, \xEF\xAC\x81"
                                     "nance"),
            "efficace, finance");
  EXPECT_EQ(normalize_extracted_text("Expe\xCC\x81rience"), "Expérience");  // e + U+0301
}

TEST(NormalizeExtractedText, JoinsAWordHyphenatedAtTheEndOfALine) {
  EXPECT_EQ(normalize_extracted_text("Chef de projet en déve-\nloppement logiciel"),
            "Chef de projet en développement\nlogiciel");
  EXPECT_EQ(normalize_extracted_text("main-\ntenance"), "maintenance");
}

TEST(NormalizeExtractedText, KeepsHyphensBeforeCapitalsAndNumbers) {
  EXPECT_EQ(normalize_extracted_text("Jean-\nPierre"), "Jean-\nPierre");
  EXPECT_EQ(normalize_extracted_text("2019 -\n2021"), "2019 -\n2021");
}

TEST(NormalizeExtractedText, CollapsesSpacesPerLineAndBlankLines) {
  EXPECT_EQ(normalize_extracted_text("  Jean \t Dupont  \r\n\r\n\r\n\n  Paris\xC2\xA0 75001 "),
            "Jean Dupont\n\nParis 75001");
}

TEST(NormalizeExtractedText, DropsInvisibleCharactersAndMapsIconBullets) {
  EXPECT_EQ(normalize_extracted_text("\xEF\xBB\xBF"
                                     "C\xE2\x80\x8B++\x01"),
            "C++");
  EXPECT_EQ(normalize_extracted_text("\xEF\x82\xB7 Python"), "• Python");  // U+F0B7
  EXPECT_EQ(normalize_extracted_text("co\xC2\xAD"
                                     "operation"),
            "cooperation");  // soft hyphen
}

TEST(NormalizeExtractedText, RepairsInvalidUtf8) {
  EXPECT_EQ(normalize_extracted_text("caf\xE9"), "caf\xEF\xBF\xBD");
}

TEST(NormalizeExtractedText, TurnsPageBreaksAndUnicodeSeparatorsIntoLines) {
  EXPECT_EQ(normalize_extracted_text("page 1\fpage 2\xE2\x80\xA8"
                                     "line"),
            "page 1\npage 2\nline");
}

TEST(NormalizeExtractedLine, GivesOneTrimmedLine) {
  EXPECT_EQ(normalize_extracted_line("  EXPÉRIENCE\nPROFESSIONNELLE  "),
            "EXPÉRIENCE PROFESSIONNELLE");
}

}  // namespace
}  // namespace jobmatch::documents
