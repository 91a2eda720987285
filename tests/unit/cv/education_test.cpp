#include "cv/education.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cv/sections.hpp"

namespace jobmatch::cv::detail {
namespace {

std::vector<EducationEntry> education_of(std::string_view text) {
  const CvText cv_text(text);
  return extract_education(cv_text, find_sections(cv_text, {}));
}

std::vector<std::string> levels_of(std::string_view text) {
  std::vector<std::string> levels;
  for (const EducationEntry& e : education_of(text)) levels.push_back(e.level);
  return levels;
}

TEST(CvEducation, MapsDegreeNamesToLevels) {
  EXPECT_EQ(levels_of("Formation\nDoctorat en chimie\nPhD in Physics\nMaster en informatique\n"
                      "MSc Data Science\nMBA\nDiplôme d'ingénieur\nMastère spécialisé\n"
                      "Licence professionnelle\nBachelor of Arts\nBSc Biology\nBTS SIO\nDUT GEII\n"
                      "DEUG\nBUT Informatique\nClasses préparatoires MPSI\nBaccalauréat S\n"
                      "High school diploma\n"),
            (std::vector<std::string>{"bac+8", "bac+8", "bac+5", "bac+5", "bac+5", "bac+5", "bac+5",
                                      "bac+3", "bac+3", "bac+3", "bac+2", "bac+2", "bac+2", "bac+3",
                                      "bac+2", "bac", "bac"}));
}

TEST(CvEducation, AcceptsDegreesInLowerCaseUnderAnEducationHeading) {
  EXPECT_EQ(levels_of("Education\n2000 - 2005: master's degree in Computer Science.\n"
                      "bachelor in physics, 1999\n"),
            (std::vector<std::string>{"bac+5", "bac+3"}));
  EXPECT_TRUE(levels_of("Summary\nI master Python and C++.\n").empty());
}

TEST(CvEducation, PlacesMaitriseAndM1AtBacPlusFour) {
  EXPECT_EQ(levels_of("Formation\nMaîtrise de gestion, 1998\nM1 Informatique\nBac+4 commerce\n"),
            (std::vector<std::string>{"bac+4", "bac+4", "bac+4"}));
}

TEST(CvEducation, KeepsTheLabelAsWrittenAndTheYear) {
  const std::vector<EducationEntry> entries = education_of(
      "Education\nBachelor of Science in Computer Science\nUniversity of Example | 2016\n"
      "Diplôme d’ingénieur, INSA Exemple, 2012 - 2015\n");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].label, "Bachelor of Science");
  EXPECT_EQ(entries[0].level, "bac+3");
  EXPECT_EQ(entries[0].year, 2016);
  EXPECT_EQ(entries[1].label, "Diplôme d’ingénieur");
  EXPECT_EQ(entries[1].year, 2015);
}

TEST(CvEducation, FindsTheYearAcrossABlankLine) {
  const std::vector<EducationEntry> entries =
      education_of("Formation\nMaster en systèmes d'information\n\nSept 2018 – Août 2021\n");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].year, 2021);
}

TEST(CvEducation, ScrumMasterAndOtherMastersAreNotDegrees) {
  EXPECT_TRUE(education_of("Certifications\nProfessional Scrum Master (PSM I)\n"
                           "Expérience\nScrum Master chez Exemple\nMaster data management\n"
                           "we mastered the bac à sable\n")
                  .empty());
}

TEST(CvEducation, ReadsShortAbbreviationsOnlyInTheEducationSection) {
  EXPECT_TRUE(education_of("Skills\nBE proactive, BA analysis, BUT ALSO\n").empty());
  EXPECT_EQ(levels_of("Education\nB.A. in History, 2010\nB.E Computer Engineering\n"),
            (std::vector<std::string>{"bac+3", "bac+3"}));
}

TEST(CvEducation, PrefersTheEducationSectionOverTheRestOfTheText) {
  EXPECT_EQ(levels_of("Profil\nTitulaire d'un Master, je cherche...\nFormation\nLicence 2019\n"),
            (std::vector<std::string>{"bac+3"}));
  EXPECT_EQ(levels_of("Jean Exemple\nMaster Informatique 2020\n"),
            (std::vector<std::string>{"bac+5"}));
}

TEST(CvEducation, ReadsTheBacPlusNotation) {
  EXPECT_EQ(levels_of("Formation\nBac+5 en informatique\nbac+2 commerce\n"),
            (std::vector<std::string>{"bac+5", "bac+2"}));
}

TEST(CvEducation, ReportsTheHighestLevel) {
  std::vector<EducationEntry> entries = education_of("Formation\nBTS\nMaster\nBaccalauréat\n");
  EXPECT_EQ(highest_education_level(entries), "bac+5");
  EXPECT_EQ(highest_education_level({}), "");
}

}  // namespace
}  // namespace jobmatch::cv::detail
