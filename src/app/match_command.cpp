// `jobmatch match --pairs FILE`: the ATS score of CV/posting pairs given as JSON Lines
// ({"id", "resume_text", "job_text"} in, {"id", "score"} out, or the whole report with
// --explain): the same engine as POST /api/ats/analyze, for evaluation and batch use.
// Exit codes: 0 done, 1 some lines failed, 2 the taxonomy or the input cannot be read.

#include "app/config.hpp"
#include "app/jsonl_lines.hpp"
#include "ats/ats.hpp"
#include "documents/documents.hpp"

namespace jobmatch::app {

namespace {

core::Result<std::string> string_field(const nlohmann::json& record, const char* key) {
  const auto it = record.find(key);
  if (it == record.end() || !it->is_string()) {
    return core::fail(core::ErrorCode::kInvalidInput,
                      std::string("\"") + key + "\" must be a string");
  }
  return it->get<std::string>();
}

}  // namespace

int run_match_pairs(const AppConfig& config) {
  auto extractor = skills::load_extractor(config.data_dir);
  if (!extractor) return print_error(extractor.error()), 2;
  const skills::SkillExtractor& skills = **extractor;
  const cv::ProfileOptions today = cv::profile_options_for_today();
  const auto answer = [&](const nlohmann::json& record) -> core::Result<nlohmann::json> {
    auto resume = string_field(record, "resume_text");
    if (!resume) return core::forward_error(std::move(resume));
    auto job_text = string_field(record, "job_text");
    if (!job_text) return core::forward_error(std::move(job_text));
    // The same normalisation as an uploaded CV (NFC, bullets, spaces), then the same profile.
    std::string cv_text = documents::normalize_text(*resume);
    cv::CvProfile profile = cv::parse_cv_profile(cv_text, {}, today);
    const ats::CvFacts cv = ats::read_cv_facts(skills, std::move(cv_text), std::move(profile));
    const ats::JobRequirements job =
        ats::read_job_requirements(skills, "", ats::pasted_posting_text(*job_text));
    const nlohmann::json id = record.value("id", nlohmann::json());
    if (config.match_explain) {
      nlohmann::json report = ats::build_report(skills.taxonomy(), cv, job);
      report["id"] = id;
      return report;
    }
    return nlohmann::json{{"id", id},
                          {"score", ats::compute_score(skills.taxonomy(), cv, job).score}};
  };
  auto failed = map_json_lines(config.match_pairs, answer);
  if (!failed) return print_error(failed.error()), 2;
  return *failed > 0 ? 1 : 0;
}

}  // namespace jobmatch::app
