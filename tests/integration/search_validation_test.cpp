// Hostile and invalid search input against /api/search and /api/facets: each invalid value is a
// precise 400 and leaves the server healthy; search-engine syntax is treated as plain words.

#include <gtest/gtest.h>

#include <ostream>
#include <set>
#include <string>
#include <tuple>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

using nlohmann::json;

struct InvalidQuery {
  std::string name;  // test name suffix
  QueryParams params;
  std::string parameter;  // the parameter the error message must name
};

const InvalidQuery kInvalidQueries[] = {
    {"PageZero", {{"page", "0"}}, "page"},
    {"NegativePage", {{"page", "-1"}}, "page"},
    {"NonNumericPage", {{"page", "abc"}}, "page"},
    {"PageOfThirteenDigits", {{"page", "1000000000000"}}, "page"},
    {"PerPageOfAMillion", {{"per_page", "1000000"}}, "per_page"},
    {"KeywordOf201Characters", {{"keyword", std::string(201, 'a')}}, "keyword"},
    {"UnknownDateRange", {{"date_range", "yesterday"}}, "date_range"},
    {"UnknownJobType", {{"job_type", "Pompier"}}, "job_type"},
    {"UnknownContractType", {{"contract_type", "Nuit"}}, "contract_type"},
    {"InvalidUtf8Keyword", {{"keyword", "data\xFF"}}, "keyword"},
};

void PrintTo(const InvalidQuery& query, std::ostream* out) { *out << query.name; }

class InvalidSearchInput
    : public WithSharedServer<InvalidSearchInput,
                              ::testing::TestWithParam<std::tuple<std::string, InvalidQuery>>> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }
};

TEST_P(InvalidSearchInput, IsRefusedWith400NamingTheParameterAndTheServerStaysUp) {
  const auto& [endpoint, query] = GetParam();

  const ApiAnswer answer = get_json(with_query(endpoint, query.params));

  EXPECT_TRUE(is_json_error(answer, 400, "invalid_input"));
  const std::string message =
      answer.body.is_object() ? answer.body["error"].value("message", "") : std::string{};
  EXPECT_NE(message.find(query.parameter), std::string::npos) << message;
  auto http = client();
  EXPECT_TRUE(server_is_healthy(http));
}

INSTANTIATE_TEST_SUITE_P(SearchAndFacets, InvalidSearchInput,
                         ::testing::Combine(::testing::Values("/api/search", "/api/facets"),
                                            ::testing::ValuesIn(kInvalidQueries)),
                         [](const auto& info) {
                           const std::string endpoint =
                               std::get<0>(info.param) == "/api/search" ? "Search" : "Facets";
                           return endpoint + "With" + std::get<1>(info.param).name;
                         });

class InvalidSearchMessages : public WithSharedServer<InvalidSearchMessages> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }
};

TEST_F(InvalidSearchMessages, UnknownJobTypeListsTheAllowedValues) {
  const ApiAnswer answer = get_json("/api/search?job_type=Pompier");

  ASSERT_TRUE(is_json_error(answer, 400, "invalid_input"));
  const std::string message = answer.body["error"]["message"];
  for (const char* allowed : {"CDI", "CDD", "Stage", "Alternance", "Freelance"}) {
    EXPECT_NE(message.find(allowed), std::string::npos) << allowed << " in " << message;
  }
}

TEST_F(InvalidSearchMessages, KeywordOf100KilobytesIsAUriTooLongErrorAndTheServerStaysUp) {
  for (const char* endpoint : {"/api/search", "/api/facets"}) {
    const ApiAnswer answer =
        get_json(with_query(endpoint, {{"keyword", std::string(100 * 1024, 'a')}}));

    ASSERT_TRUE(is_json_error(answer, 414, "uri_too_long")) << answer.raw_body;
    const std::string message = answer.body["error"]["message"];
    EXPECT_NE(message.find("keyword"), std::string::npos) << message;
    EXPECT_NE(message.find("200 caractères"), std::string::npos) << message;
    auto http = client();
    EXPECT_TRUE(server_is_healthy(http));
  }
}

TEST_F(InvalidSearchMessages, PageErrorStatesTheAcceptedRange) {
  const ApiAnswer answer = get_json("/api/search?page=0");

  ASSERT_TRUE(is_json_error(answer, 400, "invalid_input"));
  EXPECT_EQ(answer.body["error"]["message"], "page doit être un entier entre 1 et 100000");
}

/// A keyword written with search-engine syntax and the same words written plainly.
struct OperatorKeyword {
  std::string name;
  std::string keyword;
  std::string plain_words;
};

const OperatorKeyword kOperatorKeywords[] = {
    {"QuotedWord", "\"data\"", "data"},
    {"TrailingStar", "data*", "data"},
    {"UppercaseNear", "data NEAR", "data near"},
    {"UppercaseAnd", "data AND scientist", "data and scientist"},
    {"UppercaseOr", "data OR scientist", "data or scientist"},
    {"UppercaseNot", "data NOT scientist", "data not scientist"},
    {"OpeningParenthesis", "(data", "data"},
    {"ColumnPrefix", "title:data", "title data"},
    {"LoneQuote", "\"", ""},
    {"LoneStar", "*", ""},
    {"LoneParenthesis", "(", ""},
    {"LoneColon", ":", ""},
    {"LoneNear", "NEAR", "near"},
    {"LoneAnd", "AND", "and"},
};

void PrintTo(const OperatorKeyword& words, std::ostream* out) {
  *out << "[" << words.keyword << "] vs [" << words.plain_words << "]";
}

class OperatorLikeKeyword
    : public WithSharedServer<OperatorLikeKeyword, ::testing::TestWithParam<OperatorKeyword>> {
 public:
  static ServerOptions server_options() { return small_catalogue(); }

 protected:
  static std::set<std::int64_t> matching_ids(const std::string& keyword) {
    const ApiAnswer answer =
        get_json(with_query("/api/search", {{"keyword", keyword}, {"per_page", "100"}}));
    EXPECT_EQ(answer.status, 200) << "keyword [" << keyword << "]: " << answer.raw_body;
    EXPECT_EQ(answer.body.value("success", false), true) << answer.raw_body;
    const auto ids = job_ids(answer.body);
    return {ids.begin(), ids.end()};
  }
};

TEST_P(OperatorLikeKeyword, FindsTheSamePostingsAsThePlainWords) {
  const auto& words = GetParam();

  const auto with_syntax = matching_ids(words.keyword);
  const auto plain = matching_ids(words.plain_words);

  EXPECT_FALSE(plain.empty()) << "the fixture should match [" << words.plain_words << "]";
  EXPECT_EQ(with_syntax, plain) << "keyword [" << words.keyword << "]";
}

INSTANTIATE_TEST_SUITE_P(SearchSyntax, OperatorLikeKeyword, ::testing::ValuesIn(kOperatorKeywords),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace jobmatch::integration
