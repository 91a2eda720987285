#include "text/dates.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixture_table.hpp"

namespace jobmatch::text {
namespace {

struct DateCase {
  std::string_view raw;
  std::optional<std::string_view> iso;
};

void PrintTo(const DateCase& c, std::ostream* os) { *os << '"' << c.raw << '"'; }

class ParseDateToIso : public testing::TestWithParam<DateCase> {};

TEST_P(ParseDateToIso, ReturnsTheExpectedIsoDate) {
  const DateCase& c = GetParam();
  const std::optional<std::string> parsed = parse_date_to_iso(c.raw);
  if (c.iso) {
    EXPECT_EQ(parsed, std::optional<std::string>(*c.iso));
  } else {
    EXPECT_EQ(parsed, std::nullopt);
  }
}

INSTANTIATE_TEST_SUITE_P(IsoShapes, ParseDateToIso,
                         testing::Values(DateCase{"2025-02-20", "2025-02-20"},
                                         DateCase{"2025-02-20T13:26:04.059Z", "2025-02-20"},
                                         DateCase{"2024-11-27T23:36:35Z", "2024-11-27"},
                                         DateCase{"2024-11-27T23:36:35+01:00", "2024-11-27"},
                                         DateCase{"2025-08-02 10:35:08", "2025-08-02"},
                                         DateCase{"  2025-02-20  ", "2025-02-20"},
                                         DateCase{"2025/09/09", "2025-09-09"},
                                         DateCase{"2025.9.6", "2025-09-06"}));

INSTANTIATE_TEST_SUITE_P(DayFirstNumericShapes, ParseDateToIso,
                         testing::Values(DateCase{"12/05/2025", "2025-05-12"},
                                         DateCase{"13-05-2025", "2025-05-13"},
                                         DateCase{"03.12.2024", "2024-12-03"},
                                         DateCase{"1/2/2025", "2025-02-01"},
                                         DateCase{"05/06/25", "2025-06-05"},
                                         DateCase{"12/05/2025 14:30", "2025-05-12"}));

INSTANTIATE_TEST_SUITE_P(
    MonthNames, ParseDateToIso,
    testing::Values(
        DateCase{"20 février 2025", "2025-02-20"}, DateCase{"20 fevrier 2025", "2025-02-20"},
        DateCase{"20 FÉVRIER 2025", "2025-02-20"}, DateCase{"26-mars-22", "2022-03-26"},
        DateCase{"1er mars 2025", "2025-03-01"}, DateCase{"15 août 2024", "2024-08-15"},
        DateCase{"3 déc. 2024", "2024-12-03"}, DateCase{"20 févr. 2025", "2025-02-20"},
        DateCase{"jeudi 20 février 2025", "2025-02-20"}, DateCase{"Feb 20, 2025", "2025-02-20"},
        DateCase{"February 20 2025", "2025-02-20"}, DateCase{"20 Feb 2025", "2025-02-20"},
        DateCase{"Sept. 1st, 2024", "2024-09-01"},
        DateCase{"Thu, 20 Feb 2025 10:00:00 GMT", "2025-02-20"},
        DateCase{"Thu, 20 Feb 2025 10:00:00 +0100", "2025-02-20"}));

INSTANTIATE_TEST_SUITE_P(
    InvalidCalendarDates, ParseDateToIso,
    testing::Values(DateCase{"2025-02-30", std::nullopt}, DateCase{"2025-02-29", std::nullopt},
                    DateCase{"2024-02-29", "2024-02-29"}, DateCase{"31/04/2025", std::nullopt},
                    DateCase{"2025-13-01", std::nullopt}, DateCase{"00/01/2025", std::nullopt},
                    DateCase{"32 janvier 2025", std::nullopt},
                    DateCase{"2025-02-20T25:00:00Z", std::nullopt}));

INSTANTIATE_TEST_SUITE_P(YearsOutsideTheCatalogueRange, ParseDateToIso,
                         testing::Values(DateCase{"1989-12-31", std::nullopt},
                                         DateCase{"1990-01-01", "1990-01-01"},
                                         DateCase{"2100-12-31", "2100-12-31"},
                                         DateCase{"2101-01-01", std::nullopt},
                                         DateCase{"20 février 1850", std::nullopt}));

INSTANTIATE_TEST_SUITE_P(
    NotADate, ParseDateToIso,
    testing::Values(DateCase{"", std::nullopt}, DateCase{"   ", std::nullopt},
                    DateCase{"21 days ago", std::nullopt},
                    DateCase{"il y a 10 jours", std::nullopt}, DateCase{"save job", std::nullopt},
                    DateCase{"12 Apr-14:22", std::nullopt}, DateCase{"février 2025", std::nullopt},
                    DateCase{"2025", std::nullopt}, DateCase{"20/02", std::nullopt},
                    DateCase{"2025-02-20abc", std::nullopt}, DateCase{"20/02-2025", std::nullopt},
                    DateCase{"123/02/2025", std::nullopt}, DateCase{"20 Foo 2025", std::nullopt},
                    DateCase{"20 fév 20255", std::nullopt}));

TEST(ParseDateToIsoOnCatalogueValues, MatchesTheExpectedDateForEveryShapeInTheCatalogue) {
  const std::vector<testing_support::FixtureRow> rows =
      testing_support::read_fixture_table("catalogue_dates.tsv");
  ASSERT_GT(rows.size(), 50u);
  for (const testing_support::FixtureRow& row : rows) {
    ASSERT_EQ(row.columns.size(), 2u) << "line " << row.line;
    const std::optional<std::string> parsed = parse_date_to_iso(row.columns[0]);
    EXPECT_EQ(parsed.value_or(""), row.columns[1]) << "raw \"" << row.columns[0] << '"';
  }
}

TEST(IsIsoDate, AcceptsValidCalendarDates) {
  EXPECT_TRUE(is_iso_date("2025-02-20"));
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_TRUE(is_iso_date("1850-01-01"));
}

TEST(IsIsoDate, RejectsInvalidDatesAndOtherShapes) {
  EXPECT_FALSE(is_iso_date("2025-02-29"));
  EXPECT_FALSE(is_iso_date("2025-04-31"));
  EXPECT_FALSE(is_iso_date("2025-00-10"));
  EXPECT_FALSE(is_iso_date("2025-2-20"));
  EXPECT_FALSE(is_iso_date("2025/02/20"));
  EXPECT_FALSE(is_iso_date("2025-02-20T10:00:00Z"));
  EXPECT_FALSE(is_iso_date("20-02-2025"));
  EXPECT_FALSE(is_iso_date(""));
}

}  // namespace
}  // namespace jobmatch::text
