#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "web/routes.hpp"

namespace jobmatch::web {
namespace {

/// "/api/jobs/([^/]+)" -> "/api/jobs/{id}": how docs/openapi.yaml names a route.
std::string openapi_path(std::string_view pattern) {
  return std::regex_replace(std::string(pattern), std::regex(R"(\(\[\^/\]\+\))"), "{id}");
}

TEST(RouteTable, HasOneHandlerPerMethodAndPattern) {
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (const auto& route : all_routes()) {
    EXPECT_NE(route.handler, nullptr) << route.pattern;
    EXPECT_TRUE(route.method == "GET" || route.method == "POST") << route.pattern;
    EXPECT_TRUE(seen.emplace(route.method, route.pattern).second) << route.pattern;
  }
  EXPECT_GE(seen.size(), 15u);
}

TEST(RouteTable, EveryRouteIsDocumentedInOpenApi) {
  std::ifstream file(JOBMATCH_OPENAPI_FILE);
  ASSERT_TRUE(file) << "cannot read " << JOBMATCH_OPENAPI_FILE;
  std::stringstream content;
  content << file.rdbuf();
  const std::string yaml = content.str();
  for (const auto& route : all_routes()) {
    const std::string path = openapi_path(route.pattern);
    const auto at = yaml.find("\n  " + path + ":\n");
    ASSERT_NE(at, std::string::npos) << path << " is missing from docs/openapi.yaml";
    std::string method(route.method);
    for (auto& c : method) c = static_cast<char>(std::tolower(c));
    const auto next_path = yaml.find("\n  /", at + 1);
    const auto method_at = yaml.find("\n    " + method + ":", at);
    EXPECT_TRUE(method_at != std::string::npos && method_at < next_path)
        << route.method << " " << path << " is not documented";
  }
}

}  // namespace
}  // namespace jobmatch::web
