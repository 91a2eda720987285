// Pages, statistics, health and the HTTP-level errors (unknown path, wrong method, oversized
// body) over tests/fixtures/jobs_small.jsonl, with the admin area disabled.

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

using nlohmann::json;

constexpr std::int64_t kSmallCatalogueSize = 60;

class Site : public WithSharedServer<Site> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }
};

TEST_F(Site, SearchPageIsHtml) {
  const ApiAnswer answer = get_json("/");

  EXPECT_EQ(answer.status, 200);
  EXPECT_TRUE(answer.header("Content-Type").starts_with("text/html"));
  EXPECT_NE(answer.raw_body.find("<html"), std::string::npos);
}

TEST_F(Site, StatsPageIsHtml) {
  const ApiAnswer answer = get_json("/stats");

  EXPECT_EQ(answer.status, 200);
  EXPECT_TRUE(answer.header("Content-Type").starts_with("text/html"));
  EXPECT_NE(answer.raw_body.find("<html"), std::string::npos);
}

TEST_F(Site, HealthzReportsTheVersionAndTheCatalogueSize) {
  const ApiAnswer answer = get_json("/healthz");

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["status"], "ok");
  EXPECT_EQ(answer.body["version"], JOBMATCH_VERSION);
  EXPECT_EQ(answer.body["jobs"], kSmallCatalogueSize);
}

TEST_F(Site, StatsApiHasTheDocumentedShape) {
  const ApiAnswer answer = get_json("/api/stats");

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["success"], true);
  json& stats = answer.body["stats"];
  EXPECT_EQ(stats["total_jobs"], kSmallCatalogueSize);
  EXPECT_GT(stats["total_companies"].get<std::int64_t>(), 0);
  EXPECT_EQ(stats["total_sources"], 9);
  for (const char* list :
       {"by_source", "top_companies", "top_locations", "by_contract", "by_working_time"}) {
    ASSERT_TRUE(stats[list].is_array()) << list;
    EXPECT_FALSE(stats[list].empty()) << list;
    for (json& entry : stats[list]) {
      EXPECT_TRUE(entry["label"].is_string()) << list << ": " << entry.dump();
      EXPECT_GT(entry["count"].get<std::int64_t>(), 0) << list << ": " << entry.dump();
    }
  }
}

TEST_F(Site, StatsBySourceAddsUpToTheTotal) {
  const ApiAnswer answer = get_json("/api/stats");

  std::int64_t sum = 0;
  for (json& entry : answer.body["stats"]["by_source"]) sum += entry["count"].get<int>();
  EXPECT_EQ(sum, answer.body["stats"]["total_jobs"].get<std::int64_t>());
}

TEST_F(Site, StatsByContractCountsUnspecifiedContractsToo) {
  const ApiAnswer answer = get_json("/api/stats");

  std::int64_t sum = 0;
  for (json& entry : answer.body["stats"]["by_contract"]) sum += entry["count"].get<int>();
  EXPECT_EQ(sum, answer.body["stats"]["total_jobs"].get<std::int64_t>());
}

TEST_F(Site, StatsWeeksAreMondaysInIncreasingOrder) {
  const ApiAnswer answer = get_json("/api/stats");

  json& weeks = answer.body["stats"]["per_week"];
  ASSERT_FALSE(weeks.empty());
  EXPECT_LE(weeks.size(), 52u);
  std::string previous;
  for (json& entry : weeks) {
    const std::string week = entry["week"];
    EXPECT_EQ(week.size(), 10u) << week;
    EXPECT_GT(week, previous);
    previous = week;
  }
}

TEST_F(Site, UnknownApiPathIsAJsonNotFound) {
  const ApiAnswer answer = get_json("/api/does-not-exist");

  EXPECT_TRUE(is_json_error(answer, 404, "not_found"));
}

TEST_F(Site, UnknownPageIsTheHtmlNotFoundPage) {
  const ApiAnswer answer = get_json("/no-such-page");

  EXPECT_EQ(answer.status, 404);
  EXPECT_TRUE(answer.header("Content-Type").starts_with("text/html"));
}

TEST_F(Site, PostOnSearchIsMethodNotAllowedWithAnAllowHeader) {
  auto http = client();
  const ApiAnswer answer = to_answer(http.Post("/api/search", "", "application/json"));

  EXPECT_TRUE(is_json_error(answer, 405, "method_not_allowed"));
  EXPECT_EQ(answer.header("Allow"), "GET, HEAD, OPTIONS");
}

TEST_F(Site, DeleteOnAJobIsMethodNotAllowedWithAnAllowHeader) {
  auto http = client();
  const ApiAnswer answer = to_answer(http.Delete("/api/jobs/1"));

  EXPECT_TRUE(is_json_error(answer, 405, "method_not_allowed"));
  EXPECT_EQ(answer.header("Allow"), "GET, HEAD, OPTIONS");
}

TEST_F(Site, GetOnLoginIsMethodNotAllowedWithAnAllowHeader) {
  const ApiAnswer answer = get_json("/api/admin/login");

  EXPECT_TRUE(is_json_error(answer, 405, "method_not_allowed"));
  EXPECT_EQ(answer.header("Allow"), "POST, OPTIONS");
}

TEST_F(Site, OptionsListsTheAllowedMethods) {
  auto http = client();
  const ApiAnswer answer = to_answer(http.Options("/api/jobs/1"));

  EXPECT_EQ(answer.status, 204);
  EXPECT_EQ(answer.header("Allow"), "GET, HEAD, OPTIONS");
}

TEST_F(Site, BodyOverOneMegabyteIsRefusedWith413) {
  auto http = client();
  const std::string body = "{\"password\": \"" + std::string((1 << 20) + 1024, 'a') + "\"}";

  const ApiAnswer answer = to_answer(http.Post("/api/admin/login", body, "application/json"));

  EXPECT_TRUE(is_json_error(answer, 413, "too_large"));
  EXPECT_TRUE(server_is_healthy(http));
}

TEST_F(Site, AdminSessionIsForbiddenAndSaysHowToEnableIt) {
  const ApiAnswer answer = get_json("/api/admin/session");

  ASSERT_TRUE(is_json_error(answer, 403, "forbidden"));
  const std::string message = answer.body["error"]["message"];
  EXPECT_NE(message.find("JOBMATCH_ADMIN_PASSWORD"), std::string::npos) << message;
}

TEST_F(Site, AdminLoginIsForbiddenWhenNoPasswordIsConfigured) {
  auto http = client();
  const ApiAnswer answer = to_answer(
      http.Post("/api/admin/login", R"({"password": "whatever-it-is"})", "application/json"));

  ASSERT_TRUE(is_json_error(answer, 403, "forbidden"));
  const std::string message = answer.body["error"]["message"];
  EXPECT_NE(message.find("JOBMATCH_ADMIN_PASSWORD"), std::string::npos) << message;
}

TEST_F(Site, AdminPageIsForbiddenWhenNoPasswordIsConfigured) {
  const ApiAnswer answer = get_json("/admin/");

  EXPECT_EQ(answer.status, 403);
  EXPECT_TRUE(answer.header("Content-Type").starts_with("text/html"));
}

struct Page {
  const char* name;
  const char* path;
};

void PrintTo(const Page& page, std::ostream* out) { *out << page.path; }

class PageSecurityPolicy
    : public WithSharedServer<PageSecurityPolicy, ::testing::TestWithParam<Page>> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }
};

TEST_P(PageSecurityPolicy, ForbidsInlineScripts) {
  const ApiAnswer answer = get_json(GetParam().path);

  ASSERT_TRUE(answer.header("Content-Type").starts_with("text/html")) << answer.status;
  const std::string policy = answer.header("Content-Security-Policy");
  EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-eval"), std::string::npos) << policy;
}

const Page kPages[] = {
    {"SearchPage", "/"},      {"StatsPage", "/stats"},
    {"JobPage", "/job/1"},    {"MissingJobPage", "/job/999999"},
    {"AdminPage", "/admin/"}, {"NotFoundPage", "/no-such-page"},
};

INSTANTIATE_TEST_SUITE_P(Pages, PageSecurityPolicy, ::testing::ValuesIn(kPages),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace jobmatch::integration
