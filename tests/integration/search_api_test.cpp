// GET /api/search over the real binary and tests/fixtures/jobs_small.jsonl: answer shape,
// keyword matching, filters and pagination. Invalid input is in search_validation_test.cpp.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

using nlohmann::json;

constexpr std::int64_t kSmallCatalogueSize = 60;

std::string lowercase(std::string text) {
  std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

class SearchApi : public WithSharedServer<SearchApi> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }

 protected:
  static ApiAnswer search(const QueryParams& params) {
    return get_json(with_query("/api/search", params));
  }

  /// Every posting matching `params` (the catalogue fits in one page of 100).
  static json search_all(QueryParams params) {
    params.emplace_back("per_page", "100");
    const ApiAnswer answer = search(params);
    EXPECT_EQ(answer.status, 200) << answer.raw_body;
    return answer.body;
  }

  static std::set<std::int64_t> id_set(const json& body) {
    const auto ids = job_ids(body);
    return {ids.begin(), ids.end()};
  }
};

TEST_F(SearchApi, AnswerHasSuccessJobsAndPagingStats) {
  const ApiAnswer answer = search({});

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_TRUE(answer.header("Content-Type").starts_with("application/json"));
  json& body = answer.body;
  EXPECT_EQ(body["success"], true);
  ASSERT_TRUE(body["jobs"].is_array());
  json& stats = body["stats"];
  EXPECT_EQ(stats["total_jobs"], kSmallCatalogueSize);
  EXPECT_EQ(stats["total_pages"], 3);
  EXPECT_EQ(stats["current_page"], 1);
  EXPECT_EQ(stats["per_page"], 20);
  EXPECT_EQ(body["jobs"].size(), 20u);
}

TEST_F(SearchApi, EveryJobCardHasTheDocumentedFields) {
  json body = search_all({});

  ASSERT_EQ(body["jobs"].size(), static_cast<std::size_t>(kSmallCatalogueSize));
  for (json& job : body["jobs"]) {
    EXPECT_TRUE(job["id"].is_number_integer()) << job.dump();
    for (const char* field :
         {"title", "company", "location", "country", "date", "job_type", "contrat", "salary",
          "source", "language", "remote", "job_url", "snippet"}) {
      EXPECT_TRUE(job.contains(field) && job[field].is_string()) << field << " in " << job.dump();
    }
    EXPECT_FALSE(job["title"].get<std::string>().empty()) << job.dump();
  }
}

TEST_F(SearchApi, WithoutFiltersEveryImportedPostingIsCounted) {
  const ApiAnswer health = get_json("/healthz");
  const ApiAnswer answer = search({});

  EXPECT_EQ(answer.body["stats"]["total_jobs"], kSmallCatalogueSize);
  EXPECT_EQ(answer.body["stats"]["total_jobs"], health.body["jobs"]);
}

TEST_F(SearchApi, AccentedAndUnaccentedKeywordFindTheSamePostings) {
  json accented = search_all({{"keyword", "ingénieur"}});
  json plain = search_all({{"keyword", "ingenieur"}});

  EXPECT_FALSE(id_set(accented).empty());
  EXPECT_EQ(id_set(accented), id_set(plain));
}

TEST_F(SearchApi, AccentsAreIgnoredInsideLongerWordsToo) {
  json accented = search_all({{"keyword", "réseau système"}});
  json plain = search_all({{"keyword", "reseau systeme"}});

  EXPECT_FALSE(id_set(accented).empty());
  EXPECT_EQ(id_set(accented), id_set(plain));
}

TEST_F(SearchApi, KeywordMatchingIgnoresCase) {
  json lower = search_all({{"keyword", "ingénieur"}});
  json upper = search_all({{"keyword", "INGÉNIEUR"}});

  EXPECT_FALSE(id_set(lower).empty());
  EXPECT_EQ(id_set(lower), id_set(upper));
}

TEST_F(SearchApi, KeywordNarrowsTheResultsToMatchingPostings) {
  json body = search_all({{"keyword", "linux"}});

  const auto total = body["stats"]["total_jobs"].get<std::int64_t>();
  EXPECT_GT(total, 0);
  EXPECT_LT(total, kSmallCatalogueSize);
  EXPECT_EQ(body["jobs"].size(), static_cast<std::size_t>(total));
}

TEST_F(SearchApi, SourceFilterReturnsOnlyPostingsOfThatSource) {
  json body = search_all({{"source", "linkedin"}});

  EXPECT_EQ(body["stats"]["total_jobs"], 10);
  ASSERT_EQ(body["jobs"].size(), 10u);
  for (json& job : body["jobs"]) EXPECT_EQ(job["source"], "linkedin") << job.dump();
}

TEST_F(SearchApi, JobTypeCdiReturnsOnlyCdiPostings) {
  json body = search_all({{"job_type", "CDI"}});

  const auto total = body["stats"]["total_jobs"].get<std::int64_t>();
  EXPECT_GT(total, 0);
  EXPECT_LT(total, kSmallCatalogueSize);
  ASSERT_EQ(body["jobs"].size(), static_cast<std::size_t>(total));
  for (json& job : body["jobs"]) EXPECT_EQ(job["contrat"], "CDI") << job.dump();
}

TEST_F(SearchApi, ContractTypeTempsPleinReturnsOnlyFullTimePostings) {
  json body = search_all({{"contract_type", "Temps plein"}});

  const auto total = body["stats"]["total_jobs"].get<std::int64_t>();
  EXPECT_GT(total, 0);
  EXPECT_LT(total, kSmallCatalogueSize);
  ASSERT_EQ(body["jobs"].size(), static_cast<std::size_t>(total));
  for (json& job : body["jobs"]) EXPECT_EQ(job["job_type"], "Temps plein") << job.dump();
}

TEST_F(SearchApi, LocationFilterReturnsOnlyPostingsInThatLocation) {
  json body = search_all({{"location", "paris"}});

  const auto total = body["stats"]["total_jobs"].get<std::int64_t>();
  EXPECT_GT(total, 0);
  EXPECT_LT(total, kSmallCatalogueSize);
  for (json& job : body["jobs"]) {
    EXPECT_NE(lowercase(job["location"]).find("paris"), std::string::npos) << job.dump();
  }
}

TEST_F(SearchApi, CompanyFilterReturnsOnlyThatCompanysPostings) {
  json body = search_all({{"company", "CGI"}});

  const auto total = body["stats"]["total_jobs"].get<std::int64_t>();
  EXPECT_GT(total, 0);
  EXPECT_LT(total, kSmallCatalogueSize);
  for (json& job : body["jobs"]) {
    EXPECT_NE(lowercase(job["company"]).find("cgi"), std::string::npos) << job.dump();
  }
}

TEST_F(SearchApi, CombinedFiltersKeepOnlyPostingsMatchingAllOfThem) {
  json source_only = search_all({{"source", "rekrute"}});
  json combined = search_all({{"source", "rekrute"}, {"job_type", "CDI"}});

  EXPECT_GT(combined["jobs"].size(), 0u);
  EXPECT_LT(combined["jobs"].size(), source_only["jobs"].size());
  for (json& job : combined["jobs"]) {
    EXPECT_EQ(job["source"], "rekrute") << job.dump();
    EXPECT_EQ(job["contrat"], "CDI") << job.dump();
  }
}

TEST_F(SearchApi, EmptyParametersAreIgnored) {
  const ApiAnswer answer = search({{"keyword", ""},
                                   {"source", ""},
                                   {"job_type", ""},
                                   {"date_range", ""},
                                   {"page", ""},
                                   {"per_page", ""}});

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["stats"]["total_jobs"], kSmallCatalogueSize);
  EXPECT_EQ(answer.body["stats"]["per_page"], 20);
}

TEST_F(SearchApi, PerPageIsHonoured) {
  const ApiAnswer answer = search({{"per_page", "7"}});

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["jobs"].size(), 7u);
  EXPECT_EQ(answer.body["stats"]["per_page"], 7);
  EXPECT_EQ(answer.body["stats"]["total_pages"], 9);  // ceil(60 / 7)
}

TEST_F(SearchApi, SecondPageHoldsOtherPostingsThanTheFirst) {
  const ApiAnswer first = search({{"per_page", "10"}, {"page", "1"}});
  const ApiAnswer second = search({{"per_page", "10"}, {"page", "2"}});

  ASSERT_EQ(second.status, 200) << second.raw_body;
  EXPECT_EQ(second.body["stats"]["current_page"], 2);
  const auto first_ids = id_set(first.body);
  const auto second_ids = id_set(second.body);
  EXPECT_EQ(second_ids.size(), 10u);
  for (const auto id : second_ids) EXPECT_FALSE(first_ids.contains(id)) << "id " << id;
}

TEST_F(SearchApi, PagesTogetherListEveryPostingExactlyOnce) {
  std::vector<std::int64_t> all_ids;
  for (int page = 1; page <= 3; ++page) {
    const ApiAnswer answer = search({{"per_page", "25"}, {"page", std::to_string(page)}});
    ASSERT_EQ(answer.status, 200) << answer.raw_body;
    const auto ids = job_ids(answer.body);
    all_ids.insert(all_ids.end(), ids.begin(), ids.end());
  }

  const std::set<std::int64_t> unique(all_ids.begin(), all_ids.end());
  EXPECT_EQ(all_ids.size(), static_cast<std::size_t>(kSmallCatalogueSize));
  EXPECT_EQ(unique.size(), all_ids.size());
}

TEST_F(SearchApi, LastPageHoldsTheRemainder) {
  const ApiAnswer answer = search({{"per_page", "7"}, {"page", "9"}});

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["jobs"].size(), 4u);  // 60 - 8 * 7
}

TEST_F(SearchApi, PageAfterTheLastIsEmptyButSuccessful) {
  const ApiAnswer answer = search({{"per_page", "20"}, {"page", "4"}});

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["success"], true);
  EXPECT_EQ(answer.body["jobs"], json::array());
  EXPECT_EQ(answer.body["stats"]["total_jobs"], kSmallCatalogueSize);
  EXPECT_EQ(answer.body["stats"]["current_page"], 4);
}

}  // namespace
}  // namespace jobmatch::integration
