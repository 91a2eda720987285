#include "skills/normalizer.hpp"

#include <gtest/gtest.h>

#include "support/test_taxonomy.hpp"

namespace jobmatch::skills {
namespace {

const SkillNormalizer& normalizer() {
  static const SkillNormalizer instance(testing::test_taxonomy());
  return instance;
}

std::string closest_id(std::string_view phrase) {
  static const auto taxonomy = testing::test_taxonomy();
  const auto closest = normalizer().closest(phrase);
  return closest ? taxonomy->skill(closest->skill).id : "";
}

TEST(SkillNormalizer, AnExactFormIsItsOwnClosestSkillWithSimilarityOne) {
  const auto closest = normalizer().closest("Gestion de projet");
  ASSERT_TRUE(closest.has_value());
  EXPECT_NEAR(closest->similarity, 1.0, 1e-9);
  EXPECT_EQ(closest_id("Gestion de projet"), "cur:project-management");
}

TEST(SkillNormalizer, APhraseAroundAFormFindsIt) {
  EXPECT_EQ(closest_id("advanced project management methods"), "cur:project-management");
  EXPECT_EQ(closest_id("bases de données relationnelles"), "cur:database");
  const auto partial = normalizer().closest("advanced project management methods");
  ASSERT_TRUE(partial.has_value());
  EXPECT_LT(partial->similarity, 1.0);
}

TEST(SkillNormalizer, NothingInCommonGivesNothing) {
  EXPECT_FALSE(normalizer().closest("boulangerie pâtisserie").has_value());
  EXPECT_FALSE(normalizer().closest("").has_value());
}

}  // namespace
}  // namespace jobmatch::skills
