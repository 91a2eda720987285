// The ATS engine's routes: the analysis of a posting for the session CV, every posting ranked
// for it ("Offres pour mon CV"), and the skills postings ask for most (statistics).

#include <nlohmann/json.hpp>

#include "text/unicode.hpp"
#include "web/http_io.hpp"
#include "web/json_views.hpp"
#include "web/match_service.hpp"
#include "web/routes/cv_access.hpp"
#include "web/routes/handlers.hpp"

namespace jobmatch::web {

namespace {

using core::ErrorCode;

// A pasted posting longer than this is not a posting.
constexpr std::size_t kMaxJobTextChars = 100'000;
constexpr std::size_t kSnippetChars = 300;
constexpr std::size_t kTopSkills = 20;

/// What POST /api/ats/analyze is asked to analyse.
struct AnalysisTarget {
  std::int64_t job_id = 0;  // 0 when the posting text is given
  std::string title;
  std::string text;
};

core::Result<AnalysisTarget> read_pasted_posting(const nlohmann::json& body) {
  const auto& text = body["job_text"];
  if (!text.is_string()) {
    return core::fail(ErrorCode::kInvalidInput, "« job_text » doit être une chaîne de caractères");
  }
  AnalysisTarget target;
  target.text = text.get<std::string>();
  if (!text::is_valid_utf8(target.text)) {
    return core::fail(ErrorCode::kInvalidInput, "« job_text » n'est pas du texte UTF-8 valide");
  }
  const std::size_t chars = text::count_visible_code_points(target.text);
  if (chars == 0) return core::fail(ErrorCode::kInvalidInput, "« job_text » est vide");
  if (text::count_code_points(target.text) > kMaxJobTextChars) {
    return core::fail(ErrorCode::kTooLarge,
                      "« job_text » dépasse 100 000 caractères : collez seulement l'offre");
  }
  if (const auto title = body.find("job_title"); title != body.end() && title->is_string()) {
    target.title = text::normalize_nfc(title->get<std::string>().substr(0, 500));
  }
  target.text = text::normalize_nfc(ats::pasted_posting_text(target.text));
  if (text::count_visible_code_points(target.text) == 0) {
    return core::fail(ErrorCode::kInvalidInput, "« job_text » ne contient aucun texte lisible");
  }
  return target;
}

core::Result<AnalysisTarget> read_analysis_target(const Request& request, RouteContext& context) {
  if (request.get_header_value("Content-Type").find("application/json") == std::string::npos) {
    return core::fail(ErrorCode::kUnsupportedType,
                      "envoyez la demande en JSON (Content-Type: application/json) : "
                      "{\"job_id\": 42} ou {\"job_text\": \"...\"}");
  }
  const auto body = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object() || body.contains("job_id") == body.contains("job_text")) {
    return core::fail(ErrorCode::kInvalidInput,
                      "le corps doit être un objet JSON avec soit « job_id » (entier), soit "
                      "« job_text » (texte de l'offre)");
  }
  if (body.contains("job_text")) return read_pasted_posting(body);
  const auto& id = body["job_id"];
  if (!id.is_number_integer() || id.get<std::int64_t>() < 1) {
    return core::fail(ErrorCode::kInvalidInput, "« job_id » doit être un entier positif");
  }
  auto job = context.store.find_job(id.get<std::int64_t>());
  if (!job) return core::forward_error(std::move(job));
  return AnalysisTarget{job->id, std::move(job->title),
                        ats::analysed_description(job->description_text, job->experience)};
}

/// The first `kSnippetChars` characters of a description, cut on a character boundary.
std::string snippet_of(const std::string& text) {
  std::size_t chars = 0;
  std::size_t end = 0;
  while (end < text.size() && chars < kSnippetChars) {
    end += text::decode_utf8_char(text, end).length;
    ++chars;
  }
  return text.substr(0, end);
}

nlohmann::json skill_counts_json(const skills::Taxonomy& taxonomy,
                                 const std::vector<ats::SkillDemandCount>& counts) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& count : counts) {
    list.push_back({{"skill_id", taxonomy.skill(count.skill).id},
                    {"label", taxonomy.label(count.skill)},
                    {"kind", skills::skill_kind_name(taxonomy.skill(count.skill).kind)},
                    {"count", count.postings}});
  }
  return list;
}

core::Result<nlohmann::json> ranked_job_json(const ats::RankedJob& ranked,
                                             const skills::Taxonomy& taxonomy,
                                             RouteContext& context) {
  auto job = context.store.find_job(ranked.id);
  if (!job) return core::forward_error(std::move(job));
  nlohmann::json card = job_summary_json(*job);
  card["snippet"] = snippet_of(job->description_text);
  card["score"] = ranked.score;
  card["matched_skills"] = ranked.matched_skills;
  nlohmann::json missing = nlohmann::json::array();
  for (const auto skill : ranked.missing_required) missing.push_back(taxonomy.label(skill));
  card["missing_skills"] = std::move(missing);
  return card;
}

}  // namespace

void post_api_ats_analyze(const Request& request, Response& response, RouteContext& context) {
  if (auto same = check_same_origin(request); !same) return send_error(response, same.error());
  auto target = read_analysis_target(request, context);
  if (!target) return send_error(response, target.error());
  auto cv = session_cv_or_404(request, response, context);
  if (!cv) return send_error(response, cv.error());
  const auto facts = context.matches.cv_facts(*cv);
  if (!facts) return send_error(response, facts.error());
  auto report = context.matches.analyze(**facts, target->title, target->text);
  if (!report) return send_error(response, report.error());
  (*report)["success"] = true;
  (*report)["job_id"] = target->job_id > 0 ? nlohmann::json(target->job_id) : nlohmann::json();
  send_json(response, *report);
}

void get_api_match(const Request& request, Response& response, RouteContext& context) {
  auto query = read_search_query(request);
  if (!query) return send_error(response, query.error());
  auto cv = session_cv_or_404(request, response, context);
  if (!cv) return send_error(response, cv.error());
  const auto facts = context.matches.cv_facts(*cv);
  if (!facts) return send_error(response, facts.error());
  auto page = context.matches.rank(**facts, *query);
  if (!page) return send_error(response, page.error());
  const auto extractor = context.matches.extractor();
  if (!extractor) return send_error(response, extractor.error());
  nlohmann::json jobs = nlohmann::json::array();
  for (const ats::RankedJob& ranked : page->jobs) {
    auto card = ranked_job_json(ranked, (*extractor)->taxonomy(), context);
    if (!card) continue;  // deleted since the index was loaded
    jobs.push_back(std::move(*card));
  }
  send_json(response, {{"success", true},
                       {"jobs", std::move(jobs)},
                       {"stats", paging_stats_json(page->total, *query)}});
}

void get_match_page(const Request&, Response& response, RouteContext& context) {
  send_page(response, context, "matches.html");
}

void get_api_stats_skills(const Request&, Response& response, RouteContext& context) {
  auto demanded = context.matches.demanded_skills(kTopSkills);
  if (!demanded) return send_error(response, demanded.error());
  const auto extractor = context.matches.extractor();
  if (!extractor) return send_error(response, extractor.error());
  const skills::Taxonomy& taxonomy = (*extractor)->taxonomy();
  nlohmann::json by_source = nlohmann::json::object();
  for (const auto& [source, counts] : demanded->by_source) {
    by_source[source] = skill_counts_json(taxonomy, counts);
  }
  send_json(response, {{"success", true},
                       {"postings_analysed", demanded->postings},
                       {"top_skills", skill_counts_json(taxonomy, demanded->overall)},
                       {"by_source", std::move(by_source)}});
}

}  // namespace jobmatch::web
