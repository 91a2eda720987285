// The ATS engine over HTTP against the real server: a CV uploaded, postings analysed with
// evidence, every posting ranked for the CV (stable and filtered), demanded skills, and the
// refusals of bad requests.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Characters [start, end) of UTF-8 `text` counted in code points, as the API counts them.
std::string code_point_slice(const std::string& text, std::size_t start, std::size_t end) {
  std::size_t index = 0;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0xF0)
      length = 4;
    else if (byte >= 0xE0)
      length = 3;
    else if (byte >= 0xC0)
      length = 2;
    if (index >= start && index < end) out += text.substr(i, length);
    i += length;
    ++index;
  }
  return out;
}

class AtsApi : public WithSharedServer<AtsApi> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }

 protected:
  /// The session of cv_en.txt, uploaded by the first test that needs it.
  static const std::string& cv_cookie() {
    if (cookie_.empty()) {
      auto http = client();
      const httplib::MultipartFormDataItems items = {
          {"cv_file", read_file(fixture_path("cv/cv_en.txt")), "cv_en.txt", "text/plain"}};
      const ApiAnswer uploaded = to_answer(http.Post("/upload-cv", items));
      const std::string set_cookie = uploaded.header("Set-Cookie");
      cookie_ = set_cookie.substr(0, set_cookie.find(';'));
    }
    return cookie_;
  }

  ApiAnswer analyze(const std::string& body, const std::string& cookie = cv_cookie(),
                    const std::string& content_type = "application/json",
                    httplib::Headers headers = {}) {
    auto http = client();
    if (!cookie.empty()) headers.emplace("Cookie", cookie);
    return to_answer(http.Post("/api/ats/analyze", headers, body, content_type.c_str()));
  }

  ApiAnswer get_with_cv(const std::string& target) {
    return get_json(target, {{"Cookie", cv_cookie()}});
  }

  std::int64_t first_job_id(const std::string& keyword) {
    const ApiAnswer found = get_json(with_query("/api/search", {{"keyword", keyword}}));
    const auto ids = job_ids(found.body);
    return ids.empty() ? 0 : ids.front();
  }

  static inline std::string cookie_;
};

TEST_F(AtsApi, UploadGaveASessionCookie) { ASSERT_FALSE(cv_cookie().empty()); }

TEST_F(AtsApi, AnalysesAPostingWithEvidenceInBothTexts) {
  const std::int64_t id = first_job_id("data engineer");
  ASSERT_GT(id, 0);
  const ApiAnswer answer = analyze("{\"job_id\": " + std::to_string(id) + "}");
  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  const auto& report = answer.body;
  EXPECT_EQ(report["job_id"], id);
  EXPECT_GE(report["score"].get<double>(), 0);
  EXPECT_LE(report["score"].get<double>(), 100);
  EXPECT_EQ(report["breakdown"].size(), 7u);
  ASSERT_FALSE(report["matched_skills"].empty()) << answer.raw_body.substr(0, 2000);
  const std::string job_text = report["job_text"];
  const std::string cv_text = report["cv_text"];
  for (const auto& skill : report["matched_skills"]) {
    const auto& job = skill["job_evidence"];
    const auto& cv = skill["cv_evidence"];
    EXPECT_EQ(code_point_slice(job_text, job["start"], job["end"]), job["text"]);
    EXPECT_EQ(code_point_slice(cv_text, cv["start"], cv["end"]), cv["text"]);
  }
  EXPECT_TRUE(report["engine_version"].get<std::string>().starts_with("ats-"));
}

TEST_F(AtsApi, ReadsTheYearsOfAPostingsExperienceField) {
  // France Travail's "Expérience exigée de 2 An(s)" is a field of the posting, not a sentence
  // of its description.
  const std::int64_t id = first_job_id("aérospatiaux");
  ASSERT_GT(id, 0);
  const ApiAnswer answer = analyze("{\"job_id\": " + std::to_string(id) + "}");
  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  const auto& years = answer.body["requirements"]["years"];
  ASSERT_TRUE(years.is_object()) << answer.body["requirements"].dump();
  EXPECT_EQ(years["value"], 2.0);
  const auto& evidence = years["evidence"];
  EXPECT_EQ(code_point_slice(answer.body["job_text"], evidence["start"], evidence["end"]),
            "2 An(s)");
  EXPECT_TRUE(answer.body["breakdown"]["experience"]["explanation"].get<std::string>().find(
                  "2 an(s)") != std::string::npos);
}

TEST_F(AtsApi, AnalysesAPastedPosting) {
  const ApiAnswer answer = analyze(
      R"({"job_title": "Data Engineer", "job_text": "Requirements: Python, SQL and Kafka. Nice to have: Kubernetes."})");
  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_TRUE(answer.body["job_id"].is_null());
  std::vector<std::string> missing;
  for (const auto& skill : answer.body["missing_skills"]) missing.push_back(skill["label"]);
  EXPECT_NE(std::find(missing.begin(), missing.end(), "Kubernetes"), missing.end());
  EXPECT_GE(answer.body["matched_skills"].size(), 3u);
}

TEST_F(AtsApi, ReadsAPostingPastedAsHtmlAsTheTextItRendersTo) {
  const ApiAnswer answer = analyze(
      R"({"job_text": "<h3>Profil recherché</h3><ul><li>Python et SQL</li></ul><h3>Un plus</h3><ul><li>Kubernetes</li></ul>"})");
  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  const std::string job_text = answer.body["job_text"];
  EXPECT_EQ(job_text.find('<'), std::string::npos) << job_text;
  std::map<std::string, std::string> importance;
  for (const char* list : {"matched_skills", "missing_skills"}) {
    for (const auto& skill : answer.body[list]) importance[skill["label"]] = skill["importance"];
  }
  EXPECT_EQ(importance["Python"], "required") << answer.raw_body;
  EXPECT_EQ(importance["Kubernetes"], "nice_to_have") << answer.raw_body;
  // Markup around nothing readable is an empty posting.
  EXPECT_TRUE(is_json_error(analyze(R"({"job_text": "<p> </p><br>"})"), 400, "invalid_input"));
}

TEST_F(AtsApi, RefusesBadRequests) {
  EXPECT_TRUE(is_json_error(analyze("{\"job_id\": 1}", ""), 404, "not_found"));
  EXPECT_TRUE(is_json_error(analyze("job_id=1", cv_cookie(), "application/x-www-form-urlencoded"),
                            415, "unsupported_type"));
  EXPECT_TRUE(is_json_error(analyze("{oops"), 400, "invalid_input"));
  EXPECT_TRUE(is_json_error(analyze("{}"), 400, "invalid_input"));
  EXPECT_TRUE(is_json_error(analyze(R"({"job_id": 1, "job_text": "x"})"), 400, "invalid_input"));
  EXPECT_TRUE(is_json_error(analyze(R"({"job_id": -3})"), 400, "invalid_input"));
  EXPECT_TRUE(is_json_error(analyze(R"({"job_id": 99999999})"), 404, "not_found"));
  EXPECT_TRUE(is_json_error(analyze(R"({"job_text": "   "})"), 400, "invalid_input"));
  const std::string huge = "{\"job_text\": \"" + std::string(100'001, 'a') + "\"}";
  EXPECT_TRUE(is_json_error(analyze(huge), 413, "too_large"));
  EXPECT_TRUE(is_json_error(analyze("{\"job_id\": 1}", cv_cookie(), "application/json",
                                    {{"Origin", "https://evil.example"}}),
                            403, "forbidden"));
}

TEST_F(AtsApi, RanksEveryPostingForTheCvBestFirstAndStably) {
  const ApiAnswer first = get_with_cv("/api/match?per_page=100");
  ASSERT_EQ(first.status, 200) << first.raw_body;
  const auto& jobs = first.body["jobs"];
  ASSERT_EQ(first.body["stats"]["total_jobs"], 60);
  ASSERT_EQ(jobs.size(), 60u);
  for (std::size_t i = 1; i < jobs.size(); ++i) {
    EXPECT_GE(jobs[i - 1]["score"].get<double>(), jobs[i]["score"].get<double>()) << i;
  }
  EXPECT_GT(jobs[0]["score"].get<double>(), jobs[59]["score"].get<double>());
  const ApiAnswer again = get_with_cv("/api/match?per_page=100");
  EXPECT_EQ(job_ids(again.body), job_ids(first.body));
  const ApiAnswer page2 = get_with_cv("/api/match?per_page=20&page=2");
  const auto all = job_ids(first.body);
  EXPECT_EQ(job_ids(page2.body), std::vector<std::int64_t>(all.begin() + 20, all.begin() + 40));
}

TEST_F(AtsApi, RankingKeepsTheSearchFilters) {
  const ApiAnswer filtered = get_with_cv("/api/match?per_page=100&keyword=data&source=linkedin");
  ASSERT_EQ(filtered.status, 200) << filtered.raw_body;
  const ApiAnswer searched = get_json("/api/search?per_page=100&keyword=data&source=linkedin");
  auto ranked_ids = job_ids(filtered.body);
  auto searched_ids = job_ids(searched.body);
  std::sort(ranked_ids.begin(), ranked_ids.end());
  std::sort(searched_ids.begin(), searched_ids.end());
  EXPECT_EQ(ranked_ids, searched_ids);
  for (const auto& job : filtered.body["jobs"]) EXPECT_EQ(job["source"], "linkedin");
  EXPECT_TRUE(is_json_error(get_with_cv("/api/match?job_type=nope"), 400, "invalid_input"));
  EXPECT_TRUE(is_json_error(get_json("/api/match"), 404, "not_found"));
}

TEST_F(AtsApi, CountsTheSkillsPostingsAskForMost) {
  const ApiAnswer answer = get_json("/api/stats/skills");
  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["postings_analysed"], 60);
  const auto& top = answer.body["top_skills"];
  ASSERT_GE(top.size(), 5u);
  for (std::size_t i = 1; i < top.size(); ++i) {
    EXPECT_GE(top[i - 1]["count"].get<int>(), top[i]["count"].get<int>());
  }
  EXPECT_TRUE(answer.body["by_source"].contains("linkedin"));
}

TEST_F(AtsApi, TheCvProfileListsItsSkillsWithEvidence) {
  const ApiAnswer profile = get_with_cv("/api/cv/profile");
  ASSERT_EQ(profile.status, 200) << profile.raw_body;
  const auto& skills = profile.body["profile"]["skills"];
  ASSERT_GE(skills.size(), 5u) << profile.raw_body.substr(0, 1000);
  const std::string text = profile.body["text"];
  bool python_in_section = false;
  for (const auto& skill : skills) {
    const auto& evidence = skill["evidence"];
    EXPECT_EQ(code_point_slice(text, evidence["start"], evidence["end"]), evidence["text"]);
    if (skill["name"] == "Python") python_in_section = skill["in_skills_section"].get<bool>();
  }
  EXPECT_TRUE(python_in_section);
}

TEST_F(AtsApi, ServesTheMatchesPage) {
  const ApiAnswer page = get_json("/offres-pour-mon-cv");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.raw_body.find("Offres pour mon CV"), std::string::npos);
}

// Without the skills taxonomy (a wrong --data-dir) the catalogue still works and the ATS
// routes say why they cannot answer.
class AtsWithoutTaxonomy : public WithSharedServer<AtsWithoutTaxonomy> {
 public:
  static ServerOptions server_options() {
    return small_catalogue({{"JOBMATCH_DATA_DIR", "/nonexistent/jobmatch-data"}});
  }
};

TEST_F(AtsWithoutTaxonomy, AtsRoutesAnswer503AndSearchStillWorks) {
  EXPECT_EQ(get_json("/api/search").status, 200);
  const ApiAnswer skills = get_json("/api/stats/skills");
  EXPECT_TRUE(is_json_error(skills, 503, "unavailable")) << skills.raw_body;
  // 5xx messages stay generic for clients; the cause (the missing taxonomy) is in the log.
  EXPECT_NE(server().server_log().find("taxonomy"), std::string::npos);
}

}  // namespace
}  // namespace jobmatch::integration
