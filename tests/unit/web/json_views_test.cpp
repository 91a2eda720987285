#include "web/json_views.hpp"

#include <gtest/gtest.h>


namespace jobmatch::web {
namespace {

TEST(JobDetailJson, EscapesPlainTextDescriptionsForDisplay) {
  core::JobPosting job;
  job.description = "Salaire < 40k & bonus > 5%";
  const auto json = job_detail_json(job);
  const std::string html = json["description_html"];
  EXPECT_NE(html.find("Salaire &lt; 40k &amp; bonus &gt; 5%"), std::string::npos) << html;
  EXPECT_EQ(json["description"], job.description);
}

TEST(JobDetailJson, NeverLetsAScriptThrough) {
  core::JobPosting job;
  job.description = "Salaire < 40k <script>alert(1)</script>";
  const std::string html = job_detail_json(job)["description_html"];
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
}

TEST(JobDetailJson, ResanitisesStoredHtml) {
  core::JobPosting job;
  job.description = "<p>ok</p><img src=x onerror=alert(1)>";
  const std::string html = job_detail_json(job)["description_html"];
  EXPECT_NE(html.find("<p>ok</p>"), std::string::npos);
  EXPECT_EQ(html.find("onerror"), std::string::npos);
}

TEST(SearchPageJson, KeepsTheSeedShapeAndRoundsPagesUp) {
  store::SearchPage page;
  page.total = 41;
  page.jobs.resize(2);
  store::SearchQuery query;
  query.page = 3;
  query.per_page = 20;
  const auto json = search_page_json(page, query);
  EXPECT_EQ(json["success"], true);
  EXPECT_EQ(json["jobs"].size(), 2u);
  EXPECT_EQ(json["stats"]["total_jobs"], 41);
  EXPECT_EQ(json["stats"]["total_pages"], 3);
  EXPECT_EQ(json["stats"]["current_page"], 3);
  EXPECT_EQ(json["stats"]["per_page"], 20);
}

TEST(SearchPageJson, HasNoPagesWhenNothingMatches) {
  store::SearchQuery query;
  EXPECT_EQ(search_page_json({}, query)["stats"]["total_pages"], 0);
}

}  // namespace
}  // namespace jobmatch::web
