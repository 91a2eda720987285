#pragma once
// Writing responses: JSON bodies, the one JSON error shape, and the ErrorCode -> HTTP status
// mapping (the only place that knows it).

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/error.hpp"

namespace jobmatch::web {

/// HTTP status for an error family.
int http_status_for(core::ErrorCode code);

/// 200 (or `status`) with a JSON body.
void send_json(httplib::Response& response, const nlohmann::json& body, int status = 200);

/// `{"success":false,"error":{"code":...,"message":...}}` with the status of the error's code.
/// 5xx errors are logged and answered with a generic message: internals never reach clients.
void send_error(httplib::Response& response, const core::Error& error);

/// Same shape with an explicit status and code name (for statuses without an ErrorCode: 405).
void send_error(httplib::Response& response, int status, std::string_view code,
                std::string_view message);

/// Value of one cookie of the request's Cookie header, or empty.
std::string read_cookie(const httplib::Request& request, std::string_view name);

/// True for paths whose errors are answered in JSON rather than with an HTML page.
bool is_api_path(std::string_view path);

}  // namespace jobmatch::web
