#include "store/sqlite/search_sql.hpp"

#include <gtest/gtest.h>

namespace jobmatch::store::sqlite {
namespace {

TEST(QuoteFtsTerms, QuotesEachWord) {
  EXPECT_EQ(quote_fts_terms("data engineer"), R"("data" "engineer")");
}

TEST(QuoteFtsTerms, TurnsOperatorsAndQuotesIntoPlainWords) {
  EXPECT_EQ(quote_fts_terms(R"(C++ "dev" NEAR(x*) AND -java OR col:val)"),
            R"("C" "dev" "NEAR" "x" "AND" "java" "OR" "col" "val")");
}

TEST(QuoteFtsTerms, KeepsAccentedLettersInsideWords) {
  EXPECT_EQ(quote_fts_terms("développeur  ingénieur"), R"("développeur" "ingénieur")");
}

TEST(QuoteFtsTerms, GivesNothingForPunctuationOnly) {
  EXPECT_EQ(quote_fts_terms(R"( "*()^:- )"), "");
}

TEST(QuoteFtsTerms, KeepsAtMostTheTermLimit) {
  std::string many;
  for (int i = 0; i < kMaxTerms + 10; ++i) many += "w" + std::to_string(i) + " ";
  const std::string quoted = quote_fts_terms(many);
  EXPECT_EQ(std::count(quoted.begin(), quoted.end(), '"'), 2 * kMaxTerms);
}

TEST(PluralVariant, AddsOrRemovesARegularPluralEnding) {
  EXPECT_EQ(plural_variant("développeur"), "développeurs");
  EXPECT_EQ(plural_variant("Engineers"), "Engineer");
  EXPECT_EQ(plural_variant("travaux"), "travau");
  EXPECT_EQ(plural_variant("bus"), "");
  EXPECT_EQ(plural_variant("R"), "");
  EXPECT_EQ(plural_variant("2025"), "");
}

TEST(KeywordFtsExpression, LetsEachWordMatchItsPluralOrSingular) {
  EXPECT_EQ(keyword_fts_expression("développeurs C 3D"),
            R"(("développeurs" OR "développeur") AND "C" AND "3D")");
}

TEST(BuildFtsMatch, CombinesKeywordWithColumnFilters) {
  SearchQuery query;
  query.keyword = "python";
  query.location = "Paris 15";
  query.company = "Acme";
  EXPECT_EQ(build_fts_match(query),
            R"((("python" OR "pythons")) AND location : ("Paris" "15") AND company : ("Acme"))");
}

TEST(BuildFtsMatch, IsEmptyWithoutTextFilters) {
  SearchQuery query;
  query.source = "linkedin";
  EXPECT_EQ(build_fts_match(query), "");
}

TEST(DateRangeStart, CountsBackFromToday) {
  EXPECT_EQ(date_range_start(DateRange::kOneDay, "2026-03-01"), "2026-02-28");
  EXPECT_EQ(date_range_start(DateRange::kOneWeek, "2026-01-03"), "2025-12-27");
  EXPECT_EQ(date_range_start(DateRange::kOneMonth, "2026-03-31"), "2026-03-01");
  EXPECT_EQ(date_range_start(DateRange::kThreeMonths, "2026-11-25"), "2026-08-27");
  EXPECT_EQ(date_range_start(DateRange::kThisYear, "2026-11-25"), "2026-01-01");
}

TEST(DateRangeStart, IsEmptyForAll) {
  EXPECT_EQ(date_range_start(DateRange::kAll, "2026-11-25"), "");
}

TEST(BuildFilterSql, BindsEveryFilterInPlaceholderOrder) {
  SearchQuery query;
  query.keyword = "java";
  query.source = "linkedin";
  query.contrat = "CDI";
  query.job_type = "Temps plein";
  query.date_range = DateRange::kThisYear;
  query.today = "2026-05-10";
  const FilterSql sql = build_filter_sql(query);
  EXPECT_TRUE(sql.uses_fts);
  EXPECT_EQ(sql.from_where(),
            " FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH ? AND "
            "j.source = ? AND j.contrat = ? AND j.job_type = ? AND j.date >= ?");
  EXPECT_EQ(sql.binds, (std::vector<std::string>{R"((("java" OR "javas")))", "linkedin", "CDI",
                                                 "Temps plein", "2026-01-01"}));
}

TEST(BuildFilterSql, LeavesOutTheFacetsOwnFilter) {
  SearchQuery query;
  query.source = "linkedin";
  query.contrat = "CDI";
  const FilterSql sql = build_filter_sql(query, FacetField::kSource);
  EXPECT_FALSE(sql.uses_fts);
  EXPECT_EQ(sql.from_where("j.source IS NOT NULL"),
            " FROM jobs j WHERE j.contrat = ? AND j.source IS NOT NULL");
  EXPECT_EQ(sql.binds, std::vector<std::string>{"CDI"});
}

}  // namespace
}  // namespace jobmatch::store::sqlite
