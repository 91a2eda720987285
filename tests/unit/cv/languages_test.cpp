#include "cv/languages.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cv/language_names.hpp"
#include "cv/sections.hpp"

namespace jobmatch::cv::detail {
namespace {

std::vector<LanguageEntry> languages_of(std::string_view text) {
  const CvText cv_text(text);
  return extract_languages(cv_text, find_sections(cv_text, {}));
}

std::string summary_of(std::string_view text) {
  std::string out;
  for (const LanguageEntry& l : languages_of(text)) {
    out += l.code + "/" + l.name + "/" + l.cefr + "/" + l.level + ";";
  }
  return out;
}

TEST(CvLanguages, ReadsLevelWordsInFrenchAndEnglish) {
  EXPECT_EQ(summary_of("Langues\nFrançais : langue maternelle\nAnglais : courant\n"
                       "Allemand : intermédiaire\nEspagnol : notions\nArabe : bilingue\n"),
            "fr/français//natif;en/anglais//courant;de/allemand//intermédiaire;"
            "es/espagnol//notions;ar/arabe//bilingue;");
  EXPECT_EQ(summary_of("Languages\nEnglish - mother tongue\nGerman: professional working "
                       "proficiency\nItalian (beginner)\nDutch, fluent\n"),
            "en/anglais//natif;de/allemand//professionnel;it/italien//notions;"
            "nl/néerlandais//courant;");
}

TEST(CvLanguages, ReadsCefrLevelsAndDerivesTheLevelWord) {
  EXPECT_EQ(summary_of("Langues\nAnglais : Courant (niveau C2)\nAllemand B1\nChinois A2\n"),
            "en/anglais/C2/courant;de/allemand/B1/intermédiaire;zh/chinois/A2/notions;");
}

TEST(CvLanguages, MapsTestScoresToCefr) {
  EXPECT_EQ(summary_of("Langues\nAnglais (TOEIC 850)\n"), "en/anglais/B2/intermédiaire;");
  EXPECT_EQ(summary_of("Languages\nEnglish: IELTS 7.5\n"), "en/anglais/C1/courant;");
  EXPECT_EQ(summary_of("Languages\nEnglish, TOEFL iBT score 100\n"), "en/anglais/C1/courant;");
  EXPECT_EQ(cefr_for_test_score("toeic", 9500), "C1");
  EXPECT_EQ(cefr_for_test_score("toeic", 100000), "");
}

TEST(CvLanguages, FindsATestScoreOutsideTheLanguagesSection) {
  EXPECT_EQ(summary_of("Certifications\nTOEIC : 955 (2021)\n"), "en/anglais/C1/courant;");
}

TEST(CvLanguages, ReadsSeveralLanguagesOnOneLine) {
  EXPECT_EQ(summary_of("Skills\nLanguages: English (fluent), French\n"),
            "en/anglais//courant;fr/français//;");
  EXPECT_EQ(summary_of("Langues\nEspagnol et chinois : notions de base\n"),
            "es/espagnol//notions;zh/chinois//notions;");
}

TEST(CvLanguages, TakesTheLevelFromTheNextLineInTwoLineLayouts) {
  EXPECT_EQ(summary_of("Langues\nAnglais\nCourant (C1)\n"), "en/anglais/C1/courant;");
}

TEST(CvLanguages, PairsNamesAndLevelsOfATableReadColumnByColumn) {
  EXPECT_EQ(summary_of("Langues\nFrançais\nAnglais\nEspagnol et chinois\n\nNatif\n"
                       "Courant (C1)\nNotions de base\nLoisirs\nSki\n"),
            "fr/français//natif;en/anglais/C1/courant;es/espagnol//notions;zh/chinois//notions;");
  EXPECT_EQ(summary_of("Langues\nFrançais\nAnglais\n\nNatif\nFluide (TOEIC - Score: 960)\n"),
            "fr/français//natif;en/anglais/C1/courant;");
  EXPECT_EQ(summary_of("Langues\nTOEIC 850\n"), "en/anglais/B2/intermédiaire;");
}

TEST(CvLanguages, ProgrammingLanguagesAreNotSpokenLanguages) {
  EXPECT_EQ(summary_of("Compétences\nLangages : Go, Java, C, Python\nProgramming languages: "
                       "Go, Rust\nLangues\nGo\n"),
            "");
}

TEST(CvLanguages, FindsALanguagesLabelInsideAFlattenedLine) {
  EXPECT_EQ(summary_of("Skills: Natural Languages: English, Hindi and Marathi. Computer: Java\n"),
            "en/anglais//;hi/hindi//;mr/marathi//;");
  EXPECT_EQ(
      summary_of("Hobbies: Series Languages \xE2\x80\xA2 English \xE2\x80\xA2 Hindi Education\n"),
      "en/anglais//;hi/hindi//;");
  EXPECT_EQ(summary_of("Skills\nI like languages, French cuisine and English tea\n"), "");
  EXPECT_EQ(summary_of("Skills: Natural Languages: Proficient in English and Hindi. Computer "
                       "skills: MS-Office.Education Details\nJanuary 2015 LLB Mumbai\n"),
            "en/anglais//;hi/hindi//;");
}

TEST(CvLanguages, IgnoresLanguageNamesInOrdinaryText) {
  EXPECT_EQ(summary_of("Experience\nSold French wines to English customers\n"), "");
}

}  // namespace
}  // namespace jobmatch::cv::detail
