// date_range against a catalogue written by the test with dates relative to today (UTC):
// 2 postings of today, 1 of 10 days ago, 3 of two years ago.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

sys_days today_utc() { return std::chrono::floor<days>(std::chrono::system_clock::now()); }

std::string iso_date(sys_days day) {
  const std::chrono::year_month_day ymd{day};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

std::string posting_line(const std::string& id, sys_days date) {
  const nlohmann::json record = {
      {"id", "it:" + id},       {"title", "Analyste données " + id},
      {"company", "Dates SA"},  {"location", "Lyon"},
      {"country", "FR"},        {"description", "Poste de test pour les filtres de date."},
      {"date", iso_date(date)}, {"source", "test"},
      {"language", "fr"}};
  return record.dump() + "\n";
}

class DateRange : public WithSharedServer<DateRange> {
 public:
  static ServerOptions server_options() {
    const sys_days today = today_utc();
    ServerOptions options;
    options.import_jsonl =
        posting_line("today-1", today) + posting_line("today-2", today) +
        posting_line("ten-days", today - days{10}) + posting_line("old-1", today - days{730}) +
        posting_line("old-2", today - days{731}) + posting_line("old-3", today - days{800});
    return options;
  }

 protected:
  static std::int64_t total_for(const std::string& range) {
    const ApiAnswer answer = get_json(with_query("/api/search", {{"date_range", range}}));
    EXPECT_EQ(answer.status, 200) << answer.raw_body;
    return answer.body["stats"].value("total_jobs", std::int64_t{-1});
  }

  /// Whether the posting of ten days ago falls in the current calendar year.
  static bool ten_days_ago_is_this_year() {
    const std::chrono::year_month_day now{today_utc()};
    const std::chrono::year_month_day then{today_utc() - days{10}};
    return now.year() == then.year();
  }
};

TEST_F(DateRange, AllCountsEveryPosting) { EXPECT_EQ(total_for("all"), 6); }

TEST_F(DateRange, OneDayCountsOnlyTodaysPostings) { EXPECT_EQ(total_for("1day"), 2); }

TEST_F(DateRange, OneWeekCountsOnlyTodaysPostings) { EXPECT_EQ(total_for("1week"), 2); }

TEST_F(DateRange, OneMonthAddsThePostingOfTenDaysAgo) { EXPECT_EQ(total_for("1month"), 3); }

TEST_F(DateRange, ThreeMonthsLeavesOutPostingsOfTwoYearsAgo) { EXPECT_EQ(total_for("3months"), 3); }

TEST_F(DateRange, ThisYearStartsOnTheFirstOfJanuary) {
  EXPECT_EQ(total_for("thisyear"), ten_days_ago_is_this_year() ? 3 : 2);
}

TEST_F(DateRange, FacetsApplyTheDateRangeToo) {
  const ApiAnswer answer = get_json("/api/facets?date_range=1week");

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["facets"]["source"],
            nlohmann::json::parse(R"([{"value": "test", "count": 2}])"));
}

}  // namespace
}  // namespace jobmatch::integration
