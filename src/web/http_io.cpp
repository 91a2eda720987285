#include "web/http_io.hpp"

#include <spdlog/spdlog.h>

namespace jobmatch::web {

using core::ErrorCode;

int http_status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return 400;
    case ErrorCode::kUnauthorized:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kTooLarge:
      return 413;
    case ErrorCode::kUnsupportedType:
      return 415;
    case ErrorCode::kUnprocessable:
      return 422;
    case ErrorCode::kTooManyRequests:
      return 429;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

void send_json(httplib::Response& response, const nlohmann::json& body, int status) {
  response.status = status;
  // Replace invalid UTF-8 rather than throw: stored text is repaired at import, but a JSON
  // answer must never fail halfway.
  response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       "application/json; charset=utf-8");
}

void send_error(httplib::Response& response, int status, std::string_view code,
                std::string_view message) {
  send_json(response, {{"success", false}, {"error", {{"code", code}, {"message", message}}}},
            status);
}

void send_error(httplib::Response& response, const core::Error& error) {
  const int status = http_status_for(error.code);
  if (status < 500) {
    send_error(response, status, core::error_code_name(error.code), error.message);
    return;
  }
  // Server-side failures are logged in full for operators; the client gets a plain message
  // without internal details (paths, SQL errors).
  spdlog::error("event=request_failed code={} message=\"{}\" details=\"{}\"",
                core::error_code_name(error.code), error.message, error.details);
  send_error(response, status, core::error_code_name(error.code),
             status == 503 ? "service momentanément indisponible (base de données occupée ou "
                             "inaccessible) ; réessayez dans un instant"
                           : "erreur interne du serveur ; elle a été journalisée");
}

bool is_api_path(std::string_view path) {
  return path.starts_with("/api/") || path == "/api" || path == "/healthz" ||
         path == "/upload-cv" || path == "/remove-cv" || path == "/check-cv";
}

std::string read_cookie(const httplib::Request& request, std::string_view name) {
  const std::string header = request.get_header_value("Cookie");
  std::string_view rest = header;
  while (!rest.empty()) {
    const auto end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const auto equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
      return std::string(pair.substr(equals + 1));
    }
  }
  return {};
}

}  // namespace jobmatch::web
