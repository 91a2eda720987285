#include "cv/experience.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cv/sections.hpp"

namespace jobmatch::cv::detail {
namespace {

ExperienceSummary experience_of(std::string_view text, ProfileOptions options = {2025, 6}) {
  const CvText cv_text(text);
  const std::vector<CvSection> sections = find_sections(cv_text, {});
  return extract_experience(cv_text, sections, options);
}

TEST(CvExperience, CountsOverlappingPeriodsOnce) {
  const ExperienceSummary summary =
      experience_of("Experience\nDeveloper, 01/2018 - 12/2019\nFreelance, 01/2019 - 12/2020\n");
  ASSERT_EQ(summary.entries.size(), 2u);
  EXPECT_DOUBLE_EQ(summary.entries[0].years, 2.0);
  EXPECT_DOUBLE_EQ(summary.entries[1].years, 2.0);
  EXPECT_DOUBLE_EQ(summary.total_years, 3.0);
}

TEST(CvExperience, PresentEndsAtTheReferenceMonth) {
  const ExperienceSummary summary = experience_of("Experience\nEngineer, Jan 2020 - Present\n");
  ASSERT_EQ(summary.entries.size(), 1u);
  EXPECT_TRUE(summary.entries[0].current);
  EXPECT_EQ(summary.entries[0].start, "2020-01");
  EXPECT_EQ(summary.entries[0].end, "");
  EXPECT_DOUBLE_EQ(summary.total_years, 5.5);  // January 2020 to June 2025 included
  EXPECT_DOUBLE_EQ(
      experience_of("Experience\nEngineer, Jan 2020 - Present\n", {2021, 1}).total_years,
      1.0 + 1.0 / 12);
}

TEST(CvExperience, ReadsAPeriodWrappedOntoTheNextLineByANarrowDateColumn) {
  const ExperienceSummary summary = experience_of(
      "Experience\n2021 – Machine Learning Engineer, Acme, Paris\nPresent Leading a team of "
      "engineers.\n2018 – 2021 Data Scientist, Uber, Paris\n");
  ASSERT_EQ(summary.entries.size(), 2u);
  EXPECT_TRUE(summary.entries[0].current);
  EXPECT_EQ(summary.entries[0].start, "2021");
  EXPECT_EQ(summary.entries[0].title, "Machine Learning Engineer, Acme, Paris");
  EXPECT_DOUBLE_EQ(summary.total_years, 7.5);  // 2018 to June 2025
}

TEST(CvExperience, DoesNotJoinADashToAnUnrelatedNextLine) {
  EXPECT_TRUE(experience_of("Experience\n2021 – Engineer, Acme\nLeading a team since day one\n")
                  .entries.empty());
}

TEST(CvExperience, YearOnlyRangesCountWholeYears) {
  EXPECT_DOUBLE_EQ(experience_of("Expérience\nIngénieur 2019 - 2023\n").total_years, 4.0);
  EXPECT_DOUBLE_EQ(experience_of("Expérience\nIngénieur 2020 - 2020\n").total_years, 1.0);
  EXPECT_DOUBLE_EQ(experience_of("Expérience\nIngénieur depuis 2021\n").total_years, 4.5);
}

TEST(CvExperience, IgnoresEducationFutureOverlongAndBackwardRanges) {
  const ExperienceSummary summary = experience_of(
      "Formation\nMaster, 2015 - 2017\nExpérience\nStage 2030 - 2031\nPoste 1900 - 2020\n"
      "Poste 1960 - 2020\nPoste 2023 - 2019\n");
  EXPECT_TRUE(summary.entries.empty());
  EXPECT_DOUBLE_EQ(summary.total_years, 0.0);
}

TEST(CvExperience, CountsAPlannedEndOnlyUpToTheReferenceMonth) {
  const ExperienceSummary summary = experience_of("Experience\nPhD, Jan 2024 - Dec 2026\n");
  ASSERT_EQ(summary.entries.size(), 1u);
  EXPECT_EQ(summary.entries[0].end, "2026-12");
  EXPECT_DOUBLE_EQ(summary.total_years, 1.5);
}

TEST(CvExperience, ReadsTheWholeTextWhenThereIsNoExperienceSection) {
  const ExperienceSummary summary =
      experience_of("Jean Martin\nDéveloppeur chez Exemple de 2018 à 2020\n");
  ASSERT_EQ(summary.entries.size(), 1u);
  EXPECT_DOUBLE_EQ(summary.total_years, 2.0);
}

TEST(CvExperience, LooksBeyondAnExperienceSectionWithoutPeriods) {
  // Two columns read in the wrong order left the jobs under another heading.
  const ExperienceSummary summary = experience_of(
      "Expériences\nDéveloppeur\nCentres d'intérêt\nJuin 2019 - Juin 2021\n"
      "Projets\nProjet libre 2015 - 2025\n");
  ASSERT_EQ(summary.entries.size(), 1u);
  EXPECT_DOUBLE_EQ(summary.total_years, 2.0 + 1.0 / 12);
}

TEST(CvExperience, TakesTheTitleFromTheLineOrTheLineAbove) {
  const std::string text =
      "Experience\nSenior Engineer | TechCorp | 2020 - Present\nData Analyst, Example SA\n"
      "Mar 2017 - Dec 2019\nConsultant, Exemple\n- Audit missions, 2015 - 2016\n";
  const ExperienceSummary summary = experience_of(text);
  ASSERT_EQ(summary.entries.size(), 3u);
  EXPECT_EQ(summary.entries[0].title, "Senior Engineer | TechCorp");
  EXPECT_EQ(summary.entries[0].offset, text.find("2020"));
  EXPECT_EQ(summary.entries[1].title, "Data Analyst, Example SA");
  EXPECT_EQ(summary.entries[2].title, "Consultant, Exemple");
}

}  // namespace
}  // namespace jobmatch::cv::detail
