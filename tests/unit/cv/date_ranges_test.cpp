#include "cv/date_ranges.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "cv/cv_text.hpp"

namespace jobmatch::cv::detail {
namespace {

struct RangeCase {
  std::string_view text;
  YearMonth start;
  YearMonth end;  // year 0: current
};

void PrintTo(const RangeCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class CvDateRanges : public testing::TestWithParam<RangeCase> {};

TEST_P(CvDateRanges, ReadsThePeriodAsWritten) {
  const RangeCase& c = GetParam();
  const std::vector<DateRange> ranges = find_date_ranges(fold_with_offsets(c.text, nullptr));
  ASSERT_EQ(ranges.size(), 1u);
  EXPECT_EQ(ranges[0].start.year, c.start.year);
  EXPECT_EQ(ranges[0].start.month, c.start.month);
  EXPECT_EQ(ranges[0].current, c.end.year == 0);
  EXPECT_EQ(ranges[0].end.year, c.end.year);
  EXPECT_EQ(ranges[0].end.month, c.end.month);
}

INSTANTIATE_TEST_SUITE_P(
    FrenchAndEnglishForms, CvDateRanges,
    testing::Values(
        RangeCase{"2019–2023", {2019, 0}, {2023, 0}},
        RangeCase{"2019 - 2023", {2019, 0}, {2023, 0}},
        RangeCase{"01/2019 - 06/2021", {2019, 1}, {2021, 6}},
        RangeCase{"Jan 2020 - Present", {2020, 1}, {}},
        RangeCase{"janvier 2020 – aujourd’hui", {2020, 1}, {}},
        RangeCase{"depuis 2021", {2021, 0}, {}}, RangeCase{"Since March 2021", {2021, 3}, {}},
        RangeCase{"Sept. 2018 à juin 2020", {2018, 9}, {2020, 6}},
        RangeCase{"2020 - actuel", {2020, 0}, {}}, RangeCase{"2020 - en cours", {2020, 0}, {}},
        RangeCase{"2020 - now", {2020, 0}, {}}, RangeCase{"2020 – current", {2020, 0}, {}},
        RangeCase{"Mar 2019 to Dec 2020", {2019, 3}, {2020, 12}},
        RangeCase{"From 2017 to 2019", {2017, 0}, {2019, 0}},
        RangeCase{"Fév - Juil 2013", {2013, 2}, {2013, 7}},
        RangeCase{"Nov - Feb 2020", {2019, 11}, {2020, 2}},
        RangeCase{"06/12/2013 – 18/05/18", {2013, 12}, {2018, 5}},
        RangeCase{"du 01/07/2021 à aujourd'hui", {2021, 7}, {}},
        RangeCase{"Mai 2019 au Mai 2021", {2019, 5}, {2021, 5}},
        RangeCase{"Fev 2023 / Aujourd’hui", {2023, 2}, {}},
        RangeCase{"2019-01 - 2020-06", {2019, 1}, {2020, 6}},
        RangeCase{"Octobre 2013 -", {2013, 10}, {}},
        RangeCase{"March 2016 to Still on going", {2016, 3}, {}},
        RangeCase{"2018 - ongoing", {2018, 0}, {}},
        RangeCase{"2018 - still working", {2018, 0}, {}},
        RangeCase{"Ingénieur | SNCF | févr. 2022 - juil. 2022", {2022, 2}, {2022, 7}}));

TEST(CvDateRanges, IgnoresSingleDatesAndNumbersThatAreNotYears) {
  const std::string folded = fold_with_offsets(
      "Promotion 2016, 3 - 5 ans, 1200 - 1500 euros, gestion des 2000 utilisateurs", nullptr);
  EXPECT_TRUE(find_date_ranges(folded).empty());
}

TEST(CvDateRanges, ReportsWhereTheRangeIs) {
  const std::string folded = fold_with_offsets("Engineer, Mar 2019 - Present", nullptr);
  const std::vector<DateRange> ranges = find_date_ranges(folded);
  ASSERT_EQ(ranges.size(), 1u);
  EXPECT_EQ(folded.substr(ranges[0].begin, ranges[0].end_pos - ranges[0].begin),
            "mar 2019 - present");
}

TEST(CvDateRanges, ReadsMonthAbbreviationsButNotAmbiguousOnes) {
  EXPECT_EQ(month_from_word("sept"), 9);
  EXPECT_EQ(month_from_word("fevr"), 2);
  EXPECT_EQ(month_from_word("aou"), 8);
  EXPECT_EQ(month_from_word("juil"), 7);
  EXPECT_EQ(month_from_word("mar"), 3);
  EXPECT_EQ(month_from_word("jui"), 0);
  EXPECT_EQ(month_from_word("ma"), 0);
  EXPECT_EQ(month_from_word("marche"), 0);
}

}  // namespace
}  // namespace jobmatch::cv::detail
