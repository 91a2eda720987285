#include "cv/stated_experience.hpp"

#include <gtest/gtest.h>

#include "cv/profile.hpp"

namespace jobmatch::cv::detail {
namespace {

double stated(std::string_view text) { return find_stated_experience_years(CvText(text)); }

TEST(CvStatedExperience, ReadsEnglishAndFrenchStatements) {
  EXPECT_DOUBLE_EQ(stated("Engineer with 5 years of experience in Python."), 5.0);
  EXPECT_DOUBLE_EQ(stated("10+ years' experience in finance"), 10.0);
  EXPECT_DOUBLE_EQ(stated("Plus de 3 ans d'expérience en gestion de projet"), 3.0);
  EXPECT_DOUBLE_EQ(stated("Expérience de 12 ans dans le BTP"), 12.0);
  EXPECT_DOUBLE_EQ(stated("Experience: 4 years"), 4.0);
  EXPECT_DOUBLE_EQ(stated("2,5 années d'expérience"), 2.5);
}

TEST(CvStatedExperience, KeepsTheLargestPlausibleFigure) {
  EXPECT_DOUBLE_EQ(stated("3 years of experience in Java\n7 years of experience overall"), 7.0);
  EXPECT_DOUBLE_EQ(stated("200 years of experience combined"), 0.0);
}

TEST(CvStatedExperience, IgnoresMonthsDatesAndUnrelatedYears) {
  EXPECT_DOUBLE_EQ(stated("Java - Exprience - 6 months"), 0.0);
  EXPECT_DOUBLE_EQ(stated("Experience\n2019 - 2023 Developer"), 0.0);
  EXPECT_DOUBLE_EQ(stated("5 years warranty on parts; customer experience"), 0.0);
}

TEST(CvStatedExperience, StandsForTheTotalOnlyWhenNoPeriodIsDated) {
  const ProfileOptions today{2025, 6};
  const CvProfile undated =
      parse_cv_profile("Summary\nAnalyst with 6 years of experience.\n", {}, today);
  EXPECT_DOUBLE_EQ(undated.total_experience_years, 6.0);
  EXPECT_DOUBLE_EQ(undated.stated_experience_years, 6.0);
  const CvProfile dated = parse_cv_profile(
      "Summary\nAnalyst with 6 years of experience.\nExperience\nAnalyst, 2020 - 2022\n", {},
      today);
  EXPECT_DOUBLE_EQ(dated.total_experience_years, 2.0);
  EXPECT_DOUBLE_EQ(dated.stated_experience_years, 6.0);
}

}  // namespace
}  // namespace jobmatch::cv::detail
