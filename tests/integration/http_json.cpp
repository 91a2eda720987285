#include "http_json.hpp"

namespace jobmatch::integration {

std::string ApiAnswer::header(const std::string& name) const {
  const auto found = headers.find(name);
  return found == headers.end() ? std::string{} : found->second;
}

std::string encode_query_value(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (const unsigned char c : value) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0x0F];
    }
  }
  return encoded;
}

std::string with_query(std::string_view path, const QueryParams& params) {
  std::string target(path);
  char separator = '?';
  for (const auto& [name, value] : params) {
    target += separator;
    target += encode_query_value(name) + "=" + encode_query_value(value);
    separator = '&';
  }
  return target;
}

ApiAnswer to_answer(const httplib::Result& result) {
  ApiAnswer answer;
  if (!result) {
    answer.transport_error = httplib::to_string(result.error());
    answer.body = nlohmann::json(nlohmann::json::value_t::discarded);
    return answer;
  }
  answer.status = result->status;
  answer.headers = result->headers;
  answer.raw_body = result->body;
  answer.body = nlohmann::json::parse(result->body, nullptr, /*allow_exceptions=*/false);
  return answer;
}

ApiAnswer get(httplib::Client& client, const std::string& target, const httplib::Headers& headers) {
  return to_answer(client.Get(target, headers));
}

std::vector<std::int64_t> job_ids(const nlohmann::json& search_body) {
  std::vector<std::int64_t> ids;
  if (!search_body.is_object() || !search_body.contains("jobs")) return ids;
  for (const auto& job : search_body["jobs"]) ids.push_back(job.value("id", std::int64_t{-1}));
  return ids;
}

::testing::AssertionResult is_json_error(const ApiAnswer& answer, int status,
                                         std::string_view code) {
  auto failure = [&answer]() {
    return ::testing::AssertionFailure()
           << "status " << answer.status << " " << answer.transport_error << ", body "
           << answer.raw_body.substr(0, 500) << ": ";
  };
  if (answer.status != status) return failure() << "expected status " << status;
  if (!answer.header("Content-Type").starts_with("application/json")) {
    return failure() << "expected a JSON content type, got " << answer.header("Content-Type");
  }
  const auto& body = answer.body;
  if (!body.is_object() || body.value("success", true) != false || !body.contains("error") ||
      !body["error"].is_object()) {
    return failure() << "expected {success: false, error: {...}}";
  }
  const auto& error = body["error"];
  if (!error.contains("code") || error["code"] != code) {
    return failure() << "expected error code " << code;
  }
  if (!error.contains("message") || !error["message"].is_string() ||
      error["message"].get<std::string>().empty()) {
    return failure() << "expected a non-empty error message";
  }
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult server_is_healthy(httplib::Client& client) {
  const ApiAnswer answer = get(client, "/healthz");
  if (answer.status == 200 && answer.body.is_object() && answer.body.value("status", "") == "ok") {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "/healthz answered status " << answer.status << " "
                                       << answer.transport_error << " " << answer.raw_body;
}

}  // namespace jobmatch::integration
