#pragma once
// Requests to the JSON API and checks of its answers, shared by the integration tests.

#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jobmatch::integration {

/// Query parameters in order; values are percent-encoded by with_query.
using QueryParams = std::vector<std::pair<std::string, std::string>>;

/// One answer of the server: status 0 and `transport_error` set when none came.
struct ApiAnswer {
  int status = 0;
  httplib::Headers headers;
  std::string raw_body;
  // Discarded when the body is not JSON. Mutable because operator[] on a missing key of a
  // const json is undefined behaviour; on a mutable one it yields null, so an unexpected
  // answer fails an assertion instead of crashing the test binary.
  mutable nlohmann::json body;
  std::string transport_error;

  std::string header(const std::string& name) const;
};

/// Percent-encodes every byte but RFC 3986 unreserved characters.
std::string encode_query_value(std::string_view value);

/// `path?name=value&...`, or `path` when there are no parameters.
std::string with_query(std::string_view path, const QueryParams& params);

/// Converts a client result (possibly no response) into an ApiAnswer.
ApiAnswer to_answer(const httplib::Result& result);

ApiAnswer get(httplib::Client& client, const std::string& target,
              const httplib::Headers& headers = {});

/// Ids of the jobs of a /api/search answer, in order.
std::vector<std::int64_t> job_ids(const nlohmann::json& search_body);

/// Succeeds when the answer has `status`, a JSON content type and the documented error shape
/// {success: false, error: {code: `code`, message: non-empty}}.
::testing::AssertionResult is_json_error(const ApiAnswer& answer, int status,
                                         std::string_view code);

/// Succeeds when /healthz answers 200 with status "ok": the server survived what came before.
::testing::AssertionResult server_is_healthy(httplib::Client& client);

}  // namespace jobmatch::integration
