// GET /api/facets over tests/fixtures/jobs_small.jsonl: the counts must agree with what
// /api/search finds for the same filters.

#include <gtest/gtest.h>

#include <string>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

using nlohmann::json;

/// Each facet list and the search parameter that filters on its values.
constexpr std::pair<const char*, const char*> kFacetParameters[] = {
    {"source", "source"},
    {"job_type", "job_type"},
    {"contract_type", "contract_type"},
};

class FacetsApi : public WithSharedServer<FacetsApi> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }

 protected:
  static json facets(const QueryParams& params = {}) {
    const ApiAnswer answer = get_json(with_query("/api/facets", params));
    EXPECT_EQ(answer.status, 200) << answer.raw_body;
    return answer.body;
  }

  static std::int64_t search_total(const QueryParams& params) {
    QueryParams with_small_page = params;
    with_small_page.emplace_back("per_page", "1");
    const ApiAnswer answer = get_json(with_query("/api/search", with_small_page));
    EXPECT_EQ(answer.status, 200) << answer.raw_body;
    return answer.body["stats"].value("total_jobs", std::int64_t{-1});
  }

  static std::int64_t sum_of_counts(const json& values) {
    std::int64_t sum = 0;
    for (const json& entry : values) sum += entry.value("count", std::int64_t{0});
    return sum;
  }
};

TEST_F(FacetsApi, AnswerHoldsSourceJobTypeAndContractTypeCounts) {
  json body = facets();

  EXPECT_EQ(body["success"], true);
  for (const auto& [facet, parameter] : kFacetParameters) {
    ASSERT_TRUE(body["facets"][facet].is_array()) << facet;
    EXPECT_FALSE(body["facets"][facet].empty()) << facet;
    for (json& entry : body["facets"][facet]) {
      EXPECT_TRUE(entry["value"].is_string()) << entry.dump();
      EXPECT_FALSE(entry["value"].get<std::string>().empty()) << entry.dump();
      EXPECT_TRUE(entry["count"].is_number_integer()) << entry.dump();
      EXPECT_GT(entry["count"].get<std::int64_t>(), 0) << entry.dump();
    }
  }
}

TEST_F(FacetsApi, SourceCountsAddUpToTheSearchTotal) {
  json body = facets();

  EXPECT_EQ(sum_of_counts(body["facets"]["source"]), search_total({}));
}

TEST_F(FacetsApi, EveryCountEqualsTheSearchTotalForThatValue) {
  json body = facets();

  for (const auto& [facet, parameter] : kFacetParameters) {
    for (json& entry : body["facets"][facet]) {
      const std::string value = entry["value"];
      EXPECT_EQ(entry["count"].get<std::int64_t>(), search_total({{parameter, value}}))
          << facet << " = " << value;
    }
  }
}

TEST_F(FacetsApi, KeywordRestrictsTheCountsToMatchingPostings) {
  json body = facets({{"keyword", "ingénieur"}});

  const std::int64_t matching = search_total({{"keyword", "ingénieur"}});
  EXPECT_GT(matching, 0);
  EXPECT_EQ(sum_of_counts(body["facets"]["source"]), matching);
}

TEST_F(FacetsApi, FilterOnOneFacetNarrowsTheOthersButNotItself) {
  json unfiltered = facets();
  json filtered = facets({{"source", "france_travail"}});

  EXPECT_EQ(filtered["facets"]["source"], unfiltered["facets"]["source"]);
  ASSERT_FALSE(filtered["facets"]["job_type"].empty());
  for (json& entry : filtered["facets"]["job_type"]) {
    const std::string value = entry["value"];
    EXPECT_EQ(entry["count"].get<std::int64_t>(),
              search_total({{"source", "france_travail"}, {"job_type", value}}))
        << "job_type = " << value;
  }
}

}  // namespace
}  // namespace jobmatch::integration
