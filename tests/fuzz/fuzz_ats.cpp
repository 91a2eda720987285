// libFuzzer target: the ATS engine on arbitrary text. The input is split at its first NUL byte
// into a posting and a CV (no NUL: the same text is both); the posting's requirements, the CV's
// facts and the full report must keep every span inside its text and the score within 0..100.
// Uses the small test taxonomy (tests/support/test_taxonomy_data.hpp) with guards and links.
// Run by scripts/fuzz; see docs/fuzzing.md.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "ats/ats.hpp"
#include "skills/phrases.hpp"
#include "support/test_taxonomy_data.hpp"
#include "text/unicode.hpp"

namespace {

using namespace jobmatch;

void require(bool holds, const char* promise) {
  if (holds) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", promise);
  std::abort();
}

const skills::SkillExtractor& extractor() {
  static const skills::SkillExtractor instance = [] {
    auto parsed = skills::Taxonomy::parse_jsonl(skills::testing::kTestTaxonomy);
    require(parsed.has_value(), "the test taxonomy parses");
    return skills::SkillExtractor(std::make_shared<const skills::Taxonomy>(std::move(*parsed)));
  }();
  return instance;
}

// ESCO-shaped labels so that the phrase finder has English and French verbs.
constexpr std::string_view kPhraseTaxonomy =
    R"({"id": "esco:1", "en": "manage budgets", "fr": "gérer un budget", "kind": "hard"}
{"id": "esco:2", "en": "plan shifts", "fr": "assurer la sécurité", "kind": "soft"}
)";

const skills::PhraseFinder& phrase_finder() {
  static const skills::PhraseFinder instance = [] {
    auto parsed = skills::Taxonomy::parse_jsonl(kPhraseTaxonomy);
    require(parsed.has_value(), "the phrase taxonomy parses");
    return skills::PhraseFinder(*parsed, skills::PhraseLexiconOptions{1, 0.1});
  }();
  return instance;
}

void check_span(ats::TextSpan span, std::size_t size) {
  require(span.start <= span.end && span.end <= size, "a span lies inside its text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\0');
  const std::string_view posting = input.substr(0, split);
  const std::string_view cv_text =
      split == std::string_view::npos ? input : input.substr(split + 1);

  for (const skills::SkillMention& mention : extractor().extract(posting)) {
    require(mention.start < mention.end && mention.end <= posting.size(), "mentions are inside");
  }
  std::size_t phrase_end = 0;
  for (const skills::SkillPhrase& phrase : phrase_finder().find(posting)) {
    require(phrase_end <= phrase.start && phrase.start < phrase.end && phrase.end <= posting.size(),
            "phrases are inside, in order and disjoint");
    phrase_end = phrase.end;
  }
  const ats::JobRequirements job = ats::read_job_requirements(extractor(), "", posting);
  for (const ats::SkillDemand& demand : job.skills) check_span(demand.evidence, job.text.size());
  if (job.years) {
    check_span(job.years->span, job.text.size());
    require(std::isfinite(job.years->years) && job.years->years >= 0, "years are >= 0");
  }
  if (job.education) check_span(job.education->span, job.text.size());
  for (const auto& language : job.languages) check_span(language.span, job.text.size());

  cv::CvProfile profile = cv::parse_cv_profile(cv_text, {}, {.reference_year = 2025});
  const ats::CvFacts cv = ats::read_cv_facts(extractor(), std::string(cv_text), std::move(profile));
  for (const ats::CvSkill& skill : cv.skills) check_span(skill.evidence, cv.text.size());

  const ats::ScoreSheet sheet = ats::compute_score(extractor().taxonomy(), cv, job);
  require(sheet.score >= 0 && sheet.score <= 100, "the score is within 0..100");
  const nlohmann::json report = ats::build_report(extractor().taxonomy(), cv, job);
  require(report["score"].get<double>() == sheet.score, "the report carries the same score");
  const bool valid_input = text::is_valid_utf8(input);
  const std::string dumped =
      valid_input ? report.dump()
                  : report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  require(!dumped.empty(), "the report serialises");
  const std::string stored = ats::requirements_to_storage(extractor().taxonomy(), job);
  const ats::JobRequirements restored =
      ats::requirements_from_storage(extractor().taxonomy(), stored);
  require(restored.skills.size() == job.skills.size(), "stored requirements keep every skill");
  return 0;
}
