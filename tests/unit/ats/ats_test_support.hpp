#pragma once
// Shared by the ats unit tests: the test taxonomy's extractor and one-call builders of the two
// sides of a match.

#include "ats/ats.hpp"
#include "support/test_taxonomy.hpp"

namespace jobmatch::ats::testing {

inline const skills::SkillExtractor& extractor() {
  static const skills::SkillExtractor instance(skills::testing::test_taxonomy());
  return instance;
}

inline const skills::Taxonomy& taxonomy() { return extractor().taxonomy(); }

inline CvFacts cv_from(std::string text) {
  cv::CvProfile profile = cv::parse_cv_profile(text, {}, cv::ProfileOptions{2026, 11});
  return read_cv_facts(extractor(), std::move(text), std::move(profile));
}

inline JobRequirements job_from(std::string_view title, std::string_view description) {
  return read_job_requirements(extractor(), title, description);
}

}  // namespace jobmatch::ats::testing
