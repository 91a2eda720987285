// One posting: GET /api/jobs/<id> and the page GET /job/<id>, over the small catalogue and
// over tests/fixtures/jobs_edge_cases.jsonl (hostile HTML, javascript: link).

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

using nlohmann::json;

std::string lowercase(std::string text) {
  std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

/// The first card of a search, or a null json when the search failed or found nothing.
json first_card(httplib::Client& http, const QueryParams& params) {
  const ApiAnswer answer = get(http, with_query("/api/search", params));
  if (answer.status != 200 || answer.body["jobs"].empty()) return nullptr;
  return answer.body["jobs"][0];
}

class JobsApi : public WithSharedServer<JobsApi> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }

 protected:
  void SetUp() override {
    WithSharedServer::SetUp();
    auto http = client();
    card_ = first_card(http, {{"keyword", "ingénieur"}});
    ASSERT_TRUE(card_.is_object()) << "the fixture should hold an 'ingénieur' posting";
    id_ = card_["id"].get<std::int64_t>();
  }

  json card_;
  std::int64_t id_ = 0;
};

TEST_F(JobsApi, KnownIdAnswersTheFullPosting) {
  const ApiAnswer answer = get_json("/api/jobs/" + std::to_string(id_));

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["success"], true);
  json& job = answer.body["job"];
  EXPECT_EQ(job["id"], id_);
  EXPECT_EQ(job["title"], card_["title"]);
  EXPECT_EQ(job["company"], card_["company"]);
  for (const char* field : {"contract_raw", "source_id", "experience", "created_at", "description",
                            "description_html", "description_text"}) {
    EXPECT_TRUE(job.contains(field) && job[field].is_string()) << field << " in " << job.dump();
  }
  EXPECT_TRUE(job["skills"].is_array());
}

TEST_F(JobsApi, DescriptionHtmlIsFilledAndFreeOfScripts) {
  const ApiAnswer answer = get_json("/api/jobs/" + std::to_string(id_));

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  const std::string html = answer.body["job"]["description_html"];
  EXPECT_FALSE(html.empty());
  EXPECT_EQ(lowercase(html).find("<script"), std::string::npos) << html;
}

TEST_F(JobsApi, UnknownIdIsNotFound) {
  const ApiAnswer answer = get_json("/api/jobs/999999");

  EXPECT_TRUE(is_json_error(answer, 404, "not_found"));
}

TEST_F(JobsApi, NonNumericIdIsInvalidInput) {
  const ApiAnswer answer = get_json("/api/jobs/abc");

  EXPECT_TRUE(is_json_error(answer, 400, "invalid_input"));
}

TEST_F(JobsApi, ZeroIdIsInvalidInput) {
  const ApiAnswer answer = get_json("/api/jobs/0");

  EXPECT_TRUE(is_json_error(answer, 400, "invalid_input"));
}

TEST_F(JobsApi, JobPageOfAKnownIdIsHtml) {
  const ApiAnswer answer = get_json("/job/" + std::to_string(id_));

  EXPECT_EQ(answer.status, 200);
  EXPECT_TRUE(answer.header("Content-Type").starts_with("text/html"));
  EXPECT_NE(answer.raw_body.find("<html"), std::string::npos);
}

TEST_F(JobsApi, JobPageOfAnUnknownIdIsTheNotFoundPage) {
  const ApiAnswer known = get_json("/job/" + std::to_string(id_));
  const ApiAnswer unknown = get_json("/job/999999");

  EXPECT_EQ(unknown.status, 404);
  EXPECT_TRUE(unknown.header("Content-Type").starts_with("text/html"));
  EXPECT_NE(unknown.raw_body.find("<html"), std::string::npos);
  EXPECT_NE(unknown.raw_body, known.raw_body);
}

TEST_F(JobsApi, JobPageOfANonNumericIdIsTheNotFoundPage) {
  const ApiAnswer answer = get_json("/job/abc");

  EXPECT_EQ(answer.status, 404);
  EXPECT_TRUE(answer.header("Content-Type").starts_with("text/html"));
}

class EdgeCaseCatalogue : public WithSharedServer<EdgeCaseCatalogue> {
 public:
  static ServerOptions server_options() {
    ServerOptions options;
    options.import_files = {fixture_path("jobs_edge_cases.jsonl")};
    return options;
  }

 protected:
  /// The full posting whose title matches `keyword`.
  static json posting(const std::string& keyword) {
    auto http = client();
    json card = first_card(http, {{"keyword", keyword}});
    if (!card.is_object()) return nullptr;
    return get(http, "/api/jobs/" + std::to_string(card["id"].get<std::int64_t>())).body["job"];
  }
};

TEST_F(EdgeCaseCatalogue, OnlyTheValidRecordsAreServed) {
  const ApiAnswer answer = get_json("/healthz");

  EXPECT_EQ(answer.body["jobs"], 3);
}

TEST_F(EdgeCaseCatalogue, HtmlDescriptionIsServedWithoutScriptsOrHandlers) {
  json job = posting("embarqué");

  ASSERT_TRUE(job.is_object());
  const std::string html = lowercase(job["description_html"]);
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_EQ(html.find("onerror"), std::string::npos) << html;
  EXPECT_EQ(html.find("alert("), std::string::npos) << html;
}

TEST_F(EdgeCaseCatalogue, HtmlDescriptionKeepsItsHarmlessFormatting) {
  json job = posting("embarqué");

  ASSERT_TRUE(job.is_object());
  const std::string html = job["description_html"];
  EXPECT_NE(html.find("<strong>logiciel</strong>"), std::string::npos) << html;
  EXPECT_NE(html.find("<li>C++17</li>"), std::string::npos) << html;
}

TEST_F(EdgeCaseCatalogue, StoredDescriptionHoldsNoScriptEither) {
  json job = posting("embarqué");

  ASSERT_TRUE(job.is_object());
  const std::string stored = lowercase(job["description"]);
  EXPECT_EQ(stored.find("<script"), std::string::npos) << stored;
  EXPECT_EQ(stored.find("onerror"), std::string::npos) << stored;
}

TEST_F(EdgeCaseCatalogue, JavascriptUrlIsNotStored) {
  json job = posting("technicien");

  ASSERT_TRUE(job.is_object());
  EXPECT_EQ(job["job_url"], "");
}

TEST_F(EdgeCaseCatalogue, HttpsUrlIsKept) {
  json job = posting("embarqué");

  ASSERT_TRUE(job.is_object());
  EXPECT_EQ(job["job_url"], "https://example.org/jobs/1");
}

}  // namespace
}  // namespace jobmatch::integration
