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
  EXPECT_FALSE(normalizer().closest("zzqx").has_value());
  EXPECT_FALSE(normalizer().closest("").has_value());
  EXPECT_FALSE(normalizer().closest(" ,;").has_value());
  // A few shared letters are a weak likeness, never a strong one.
  const auto unrelated = normalizer().closest("boulangerie pâtisserie");
  if (unrelated) {
    EXPECT_LT(unrelated->similarity, 0.3);
  }
}

TEST(SkillNormalizer, TrigramsMeetInflectionsTheWordsMiss) {
  // "Kubernete" (the plural rule) and "Kubernetes" share no word key with "kubernetess".
  EXPECT_EQ(closest_id("kubernetess clusters"), "cur:kubernetes");
}

TEST(SkillNormalizer, AnIdPrefixLimitsTheCandidates) {
  const SkillNormalizer only_javascript(testing::test_taxonomy(), "cur:javascript");
  const auto closest = only_javascript.closest("Gestion de projet et JavaScript");
  ASSERT_TRUE(closest.has_value());
  EXPECT_EQ(testing::test_taxonomy()->skill(closest->skill).id, "cur:javascript");
  EXPECT_FALSE(SkillNormalizer(testing::test_taxonomy(), "esco").closest("JavaScript"));
}

}  // namespace
}  // namespace jobmatch::skills
