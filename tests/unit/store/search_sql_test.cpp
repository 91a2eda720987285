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

TEST(KeywordFtsExpression, LeavesOutFunctionWords) {
  EXPECT_EQ(keyword_fts_expression("Développeur pour LE web"),
            R"(("Développeur" OR "Développeurs") AND ("web" OR "webs"))");
  EXPECT_EQ(keyword_fts_expression("chef d'équipe à Lyon"),
            R"(("chef" OR "chefs") AND ("équipe" OR "équipes") AND ("Lyon" OR "Lyons"))");
}

TEST(KeywordFtsExpression, KeepsFunctionWordsWhenThereIsNothingElse) {
  EXPECT_EQ(keyword_fts_expression("the"), R"(("the" OR "thes"))");
}

TEST(KeywordFtsExpression, KeepsItAsTheAbbreviationOfInformationTechnology) {
  EXPECT_EQ(keyword_fts_expression("support IT"), R"(("support" OR "supports") AND "IT")");
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

TEST(BuildFilterSql, TurnsExactFiltersIntoIndexTokensWhenMatchingWords) {
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
            " FROM jobs_fts CROSS JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH ? AND "
            "j.date >= ?");
  EXPECT_EQ(sql.binds, (std::vector<std::string>{
                           R"((("java" OR "javas")) AND search_tags : "zzsrclinkedin" AND )"
                           R"(search_tags : "zzctrcdi" AND search_tags : "zzwttempsplein")",
                           "2026-01-01"}));
}

TEST(BuildFilterSql, StaysInsideTheIndexForWordsAndExactFilters) {
  SearchQuery query;
  query.keyword = "java";
  query.source = "linkedin";
  EXPECT_EQ(build_filter_sql(query).from_where(), " FROM jobs_fts WHERE jobs_fts MATCH ?");
}

TEST(BuildFilterSql, UsesColumnsOfJobsWithoutWords) {
  SearchQuery query;
  query.source = "linkedin";
  query.job_type = "Temps plein";
  const FilterSql sql = build_filter_sql(query);
  EXPECT_FALSE(sql.uses_fts);
  EXPECT_EQ(sql.from_where(), " FROM jobs j WHERE j.source = ? AND j.job_type = ?");
  EXPECT_EQ(sql.binds, (std::vector<std::string>{"linkedin", "Temps plein"}));
}

TEST(SearchTag, KeepsLettersAndDigitsLowerCasedBehindAPrefixPerKind) {
  EXPECT_EQ(search_tag(TagKind::kSource, "jobi.tn"), "zzsrcjobitn");
  EXPECT_EQ(search_tag(TagKind::kContrat, "Intérim"), "zzctrintérim");
  EXPECT_EQ(search_tag(TagKind::kJobType, "Temps plein"), "zzwttempsplein");
}

TEST(SearchTagsFor, ListsTheFiltersAPostingHas) {
  core::JobPosting job;
  job.source = "indeed";
  job.job_type = "Temps partiel";
  EXPECT_EQ(search_tags_for(job), "zzsrcindeed zzwttempspartiel");
}

TEST(SplitPage, PutsPositionsInsideAndAfterTheRankWindow) {
  const PageSplit inside = split_page(0, 20, 100);
  EXPECT_EQ(inside.ranked_offset, 0);
  EXPECT_EQ(inside.ranked_count, 20);
  EXPECT_EQ(inside.recent_count, 0);
  const PageSplit across = split_page(90, 20, 100);
  EXPECT_EQ(across.ranked_offset, 90);
  EXPECT_EQ(across.ranked_count, 10);
  EXPECT_EQ(across.recent_offset, 100);
  EXPECT_EQ(across.recent_count, 10);
  const PageSplit after = split_page(200, 20, 100);
  EXPECT_EQ(after.ranked_count, 0);
  EXPECT_EQ(after.recent_offset, 200);
  EXPECT_EQ(after.recent_count, 20);
}

TEST(BuildFilterSql, JoinsJobsWhenAskedEvenForWordsOnly) {
  SearchQuery query;
  query.keyword = "java";
  EXPECT_EQ(build_filter_sql(query, JobsJoin::kAlways).from_where(),
            " FROM jobs_fts CROSS JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH ?");
}

}  // namespace
}  // namespace jobmatch::store::sqlite
