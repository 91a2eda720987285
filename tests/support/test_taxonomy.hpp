#pragma once
// The test taxonomy (support/test_taxonomy_data.hpp) loaded for the skills and ats unit tests.

#include <memory>
#include <string_view>

#include <gtest/gtest.h>

#include "skills/skills.hpp"
#include "support/test_taxonomy_data.hpp"

namespace jobmatch::skills::testing {

inline std::shared_ptr<const Taxonomy> test_taxonomy() {
  auto parsed = Taxonomy::parse_jsonl(kTestTaxonomy);
  EXPECT_TRUE(parsed.has_value()) << (parsed ? "" : parsed.error().message);
  return std::make_shared<const Taxonomy>(std::move(*parsed));
}

}  // namespace jobmatch::skills::testing
