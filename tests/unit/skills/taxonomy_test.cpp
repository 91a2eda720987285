#include <gtest/gtest.h>

#include "skills/skills.hpp"
#include "support/test_taxonomy.hpp"

namespace jobmatch::skills {
namespace {

TEST(Taxonomy, ReadsSkillsKindsAndVersion) {
  const auto taxonomy = testing::test_taxonomy();
  EXPECT_EQ(taxonomy->version(), "test.1");
  const auto sql = taxonomy->find_id("cur:sql");
  ASSERT_TRUE(sql.has_value());
  EXPECT_EQ(taxonomy->skill(*sql).label_en, "SQL");
  EXPECT_EQ(taxonomy->skill(*taxonomy->find_id("cur:excel")).kind, SkillKind::kTool);
  EXPECT_FALSE(taxonomy->find_id("cur:nothing").has_value());
}

TEST(Taxonomy, DerivesNarrowerLinksAndMakesRelatedLinksSymmetric) {
  const auto taxonomy = testing::test_taxonomy();
  const SkillIndex sql = *taxonomy->find_id("cur:sql");
  const SkillIndex postgres = *taxonomy->find_id("cur:postgresql");
  const SkillIndex docker = *taxonomy->find_id("cur:docker");
  const SkillIndex kubernetes = *taxonomy->find_id("cur:kubernetes");
  EXPECT_TRUE(taxonomy->are_related(postgres, sql));
  EXPECT_TRUE(taxonomy->are_related(sql, postgres));
  EXPECT_TRUE(taxonomy->are_related(kubernetes, docker));
  EXPECT_FALSE(taxonomy->are_related(sql, docker));
}

TEST(Taxonomy, LabelPrefersFrenchAndFallsBackToEnglish) {
  const auto taxonomy = testing::test_taxonomy();
  EXPECT_EQ(taxonomy->label(*taxonomy->find_id("cur:teamwork")), "travail en équipe");
  EXPECT_EQ(taxonomy->label(*taxonomy->find_id("cur:teamwork"), false), "teamwork");
  EXPECT_EQ(taxonomy->label(*taxonomy->find_id("cur:docker")), "Docker");
}

TEST(Taxonomy, RejectsMalformedLinesWithTheirNumber) {
  auto broken =
      Taxonomy::parse_jsonl("{\"id\": \"a\", \"en\": \"A\", \"kind\": \"hard\"}\n{oops\n");
  ASSERT_FALSE(broken.has_value());
  EXPECT_NE(broken.error().message.find("line 2"), std::string::npos);
  auto unknown_kind = Taxonomy::parse_jsonl("{\"id\": \"a\", \"en\": \"A\", \"kind\": \"magic\"}");
  ASSERT_FALSE(unknown_kind.has_value());
  auto duplicate = Taxonomy::parse_jsonl(
      "{\"id\": \"a\", \"en\": \"A\", \"kind\": \"hard\"}\n{\"id\": \"a\", \"en\": \"B\", "
      "\"kind\": \"hard\"}");
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_NE(duplicate.error().message.find("duplicate"), std::string::npos);
}

TEST(Taxonomy, DropsLinksToUnknownIds) {
  auto parsed = Taxonomy::parse_jsonl(
      "{\"id\": \"a\", \"en\": \"A\", \"kind\": \"hard\", \"broader\": [\"missing\"]}");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_TRUE(parsed->skill(0).broader.empty());
}

TEST(Taxonomy, MissingFileIsAnError) {
  auto missing = Taxonomy::load_file("/nonexistent/taxonomy.jsonl.gz");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace jobmatch::skills
