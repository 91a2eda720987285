#include "web/search_params.hpp"

#include <gtest/gtest.h>

#include <map>

namespace jobmatch::web {
namespace {

core::Result<store::SearchQuery> parse(std::map<std::string, std::string> params) {
  const ParamLookup lookup = [params](std::string_view name) -> std::optional<std::string> {
    auto found = params.find(std::string(name));
    if (found == params.end()) return std::nullopt;
    return found->second;
  };
  return parse_search_query(lookup, "2026-11-25");
}

std::string error_of(std::map<std::string, std::string> params) {
  auto query = parse(std::move(params));
  return query ? "" : query.error().message;
}

TEST(ParseSearchQuery, DefaultsToFirstPageOfTwentyOverAllDates) {
  auto query = parse({});
  ASSERT_TRUE(query);
  EXPECT_EQ(query->page, 1);
  EXPECT_EQ(query->per_page, 20);
  EXPECT_EQ(query->date_range, store::DateRange::kAll);
  EXPECT_EQ(query->today, "2026-11-25");
}

TEST(ParseSearchQuery, ReadsEveryFilter) {
  auto query = parse({{"keyword", "  data   engineer "},
                      {"location", "Paris"},
                      {"company", "Acme"},
                      {"job_type", "cdi"},
                      {"contract_type", "Temps plein"},
                      {"source", "linkedin"},
                      {"date_range", "1week"},
                      {"page", "3"},
                      {"per_page", "50"}});
  ASSERT_TRUE(query) << query.error().message;
  EXPECT_EQ(query->keyword, "data engineer");
  EXPECT_EQ(query->location, "Paris");
  EXPECT_EQ(query->company, "Acme");
  EXPECT_EQ(query->contrat, "CDI");
  EXPECT_EQ(query->job_type, "Temps plein");
  EXPECT_EQ(query->source, "linkedin");
  EXPECT_EQ(query->date_range, store::DateRange::kOneWeek);
  EXPECT_EQ(query->page, 3);
  EXPECT_EQ(query->per_page, 50);
}

TEST(ParseSearchQuery, AcceptsTheCrossedSeedVocabularies) {
  auto query = parse({{"job_type", "Temps partiel"}, {"contract_type", "Intérim"}});
  ASSERT_TRUE(query);
  EXPECT_EQ(query->job_type, "Temps partiel");
  EXPECT_EQ(query->contrat, "Intérim");
}

TEST(ParseSearchQuery, IgnoresEmptyParameters) {
  auto query = parse({{"page", ""}, {"job_type", ""}, {"date_range", ""}, {"keyword", ""}});
  ASSERT_TRUE(query);
  EXPECT_EQ(query->page, 1);
  EXPECT_EQ(query->contrat, "");
}

TEST(ParseSearchQuery, RejectsPagesOutOfRange) {
  for (const char* page : {"0", "-1", "abc", "1000000000000", "2.5", "1e3", " 1", "100001"}) {
    EXPECT_EQ(error_of({{"page", page}}), "page doit être un entier entre 1 et 100000") << page;
  }
}

TEST(ParseSearchQuery, RejectsPerPageAboveTheLimit) {
  EXPECT_EQ(error_of({{"per_page", "1000000"}}), "per_page doit être un entier entre 1 et 100");
  EXPECT_EQ(error_of({{"per_page", "0"}}), "per_page doit être un entier entre 1 et 100");
}

TEST(ParseSearchQuery, RejectsTooLongTextCountingCharacters) {
  EXPECT_TRUE(parse({{"keyword", std::string(100, 'a')}}));
  EXPECT_EQ(error_of({{"keyword", std::string(100'000, 'a')}}), "keyword dépasse 200 caractères");
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "é";
  EXPECT_TRUE(parse({{"keyword", accents}})) << "200 accented letters are 400 bytes";
}

TEST(ParseSearchQuery, RejectsInvalidUtf8) {
  EXPECT_EQ(error_of({{"location", "Par\xffis"}}), "location n'est pas de l'UTF-8 valide");
}

TEST(ParseSearchQuery, RejectsUnknownDateRangeAndContract) {
  EXPECT_EQ(error_of({{"date_range", "2weeks"}}),
            "date_range doit valoir 1day, 1week, 1month, 3months, thisyear ou all");
  const std::string message = error_of({{"job_type", "CDX"}});
  EXPECT_TRUE(message.starts_with("job_type 'CDX' n'est pas une valeur reconnue : CDI, CDD"))
      << message;
}

TEST(ParseBoundedInt, ReadsOnlyPlainDecimalIntegers) {
  EXPECT_EQ(parse_bounded_int("n", "42", 1, 100).value(), 42);
  EXPECT_FALSE(parse_bounded_int("n", "+42", 1, 100));
  EXPECT_FALSE(parse_bounded_int("n", "42abc", 1, 100));
  EXPECT_FALSE(parse_bounded_int("n", "", 1, 100));
  EXPECT_FALSE(parse_bounded_int("n", "99999999999999999999999", 1, 100));
}

TEST(TodayUtc, IsAnIsoDate) {
  const std::string today = today_utc();
  ASSERT_EQ(today.size(), 10u);
  EXPECT_EQ(today[4], '-');
  EXPECT_EQ(today[7], '-');
  EXPECT_GE(today, "2025-01-01");
}

}  // namespace
}  // namespace jobmatch::web
