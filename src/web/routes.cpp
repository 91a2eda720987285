#include "web/routes.hpp"

#include <set>
#include <string>

#include "web/http_io.hpp"
#include "web/routes/handlers.hpp"

namespace jobmatch::web {

namespace {

constexpr Route kRoutes[] = {
    {"GET", "/", get_search_page},
    {"GET", "/api/search", get_api_search},
    {"GET", "/api/facets", get_api_facets},
    {"GET", R"(/job/([^/]+))", get_job_page},
    {"GET", R"(/api/jobs/([^/]+))", get_api_job},
    {"GET", "/stats", get_stats_page},
    {"GET", "/api/stats", get_api_stats},
    {"GET", "/healthz", get_healthz},
    {"GET", "/admin", get_admin_redirect},
    {"GET", "/admin/", get_admin_page},
    {"POST", "/api/admin/login", post_admin_login},
    {"POST", "/api/admin/logout", post_admin_logout},
    {"GET", "/api/admin/session", get_admin_session},
    {"GET", "/api/admin/overview", get_admin_overview},
    {"POST", R"(/api/admin/jobs/([^/]+)/delete)", post_admin_delete_job},
    {"POST", "/upload-cv", post_upload_cv, /*takes_uploads=*/true},
    {"POST", "/remove-cv", post_remove_cv},
    {"GET", "/check-cv", get_check_cv},
    {"GET", "/api/cv/profile", get_api_cv_profile},
    {"GET", "/mon-cv", get_my_cv_page},
    {"POST", "/api/ats/analyze", post_api_ats_analyze},
    {"GET", "/api/match", get_api_match},
    {"GET", "/offres-pour-mon-cv", get_match_page},
    {"GET", "/api/stats/skills", get_api_stats_skills},
};

std::string allowed_methods(std::string_view pattern) {
  std::string allowed;
  for (const auto& route : kRoutes) {
    if (route.pattern != pattern) continue;
    if (!allowed.empty()) allowed += ", ";
    allowed += route.method;
    if (route.method == "GET") allowed += ", HEAD";
  }
  return allowed + ", OPTIONS";
}

/// OPTIONS answers which methods a path takes (no CORS: the API is same-origin only).
httplib::Server::Handler list_allowed_methods(std::string allowed) {
  return [allowed](const httplib::Request&, httplib::Response& response) {
    response.set_header("Allow", allowed);
    response.status = 204;
  };
}

httplib::Server::Handler method_not_allowed(std::string allowed) {
  return [allowed](const httplib::Request& request, httplib::Response& response) {
    response.set_header("Allow", allowed);
    send_error(response, 405, "method_not_allowed",
               "la méthode " + request.method + " n'est pas autorisée sur " + request.path +
                   " : utilisez " + allowed);
  };
}

}  // namespace

std::span<const Route> all_routes() { return kRoutes; }

void register_routes(httplib::Server& server, RouteContext& context) {
  std::set<std::pair<std::string_view, std::string_view>> registered;
  for (const auto& route : kRoutes) {
    auto handler = [&context, function = route.handler, takes_uploads = route.takes_uploads](
                       const httplib::Request& request, httplib::Response& response) {
      if (!takes_uploads && request.body.size() > context.max_body_bytes) {
        return send_error(
            response, 413, "too_large",
            "le corps de la requête dépasse " + std::to_string(context.max_body_bytes) + " octets");
      }
      function(request, response, context);
    };
    const std::string pattern(route.pattern);
    if (route.method == "GET") server.Get(pattern, handler);
    if (route.method == "POST") server.Post(pattern, handler);
    registered.emplace(route.method, route.pattern);
  }
  for (const auto& route : kRoutes) {
    const std::string pattern(route.pattern);
    const std::string allowed = allowed_methods(route.pattern);
    const auto refuse = method_not_allowed(allowed);
    if (!registered.contains({"GET", route.pattern})) server.Get(pattern, refuse);
    if (!registered.contains({"POST", route.pattern})) server.Post(pattern, refuse);
    server.Put(pattern, refuse);
    server.Patch(pattern, refuse);
    server.Delete(pattern, refuse);
    server.Options(pattern, list_allowed_methods(allowed));
  }
}

}  // namespace jobmatch::web
