#pragma once
// The route table: every endpoint of the server in one place (also the source of truth that
// docs/api.md describes).

#include <span>
#include <string_view>

#include "web/route_context.hpp"

namespace jobmatch::web {

struct Route {
  std::string_view method;   // GET or POST
  std::string_view pattern;  // cpp-httplib pattern (regex with capture groups)
  RouteHandler handler;
  bool takes_uploads = false;  // body up to the upload limit instead of max_body_bytes
};

/// All routes of the server.
std::span<const Route> all_routes();

/// Registers the routes, and a 405 answer for the other methods on their paths.
void register_routes(httplib::Server& server, RouteContext& context);

}  // namespace jobmatch::web
