#include <limits>

#include "web/http_io.hpp"
#include "web/json_views.hpp"
#include "web/routes/handlers.hpp"
#include "web/search_params.hpp"

namespace jobmatch::web {

namespace {

constexpr std::string_view kCookieName = "jobmatch_admin";

std::string session_cookie(std::string_view token, bool secure, bool expire) {
  std::string cookie =
      std::string(kCookieName) + "=" + std::string(token) + "; Path=/; HttpOnly; SameSite=Strict";
  if (expire) cookie += "; Max-Age=0";
  if (secure) cookie += "; Secure";
  return cookie;
}

core::Result<AdminSession> current_session(const Request& request, RouteContext& context) {
  return context.admin.find_session(read_cookie(request, kCookieName));
}

/// The session of a state-changing request: logged in and carrying the CSRF token.
core::Result<AdminSession> authorised_change(const Request& request, RouteContext& context) {
  auto session = current_session(request, context);
  if (!session) return session;
  if (auto checked = context.admin.check_csrf(*session, request.get_header_value("X-CSRF-Token"));
      !checked) {
    return std::unexpected(checked.error());
  }
  return session;
}

core::Result<std::string> read_password(const Request& request) {
  if (request.get_header_value("Content-Type").find("application/json") == std::string::npos) {
    return core::fail(core::ErrorCode::kUnsupportedType,
                      "envoyez la demande de connexion en JSON (Content-Type: application/json) : "
                      "{\"password\": \"...\"}");
  }
  auto body = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object() || !body.contains("password") || !body["password"].is_string()) {
    return core::fail(core::ErrorCode::kInvalidInput,
                      "le corps de la requête doit être un objet JSON "
                      "avec un champ 'password' de type chaîne");
  }
  return body["password"].get<std::string>();
}

}  // namespace

void get_admin_redirect(const Request&, Response& response, RouteContext&) {
  response.set_redirect("/admin/");
}

void get_admin_page(const Request&, Response& response, RouteContext& context) {
  // The page asks /api/admin/session and shows the login form, the console, or why the admin
  // area is off; the status already says it.
  send_page(response, context, "admin.html", context.admin.enabled() ? 200 : 403);
}

void post_admin_login(const Request& request, Response& response, RouteContext& context) {
  if (!context.admin.enabled()) return send_error(response, AdminAuth::disabled_error());
  auto password = read_password(request);
  if (!password) return send_error(response, password.error());
  auto session = context.admin.log_in(*password, request.remote_addr);
  if (!session) return send_error(response, session.error());
  response.set_header("Set-Cookie", session_cookie(session->token, context.cookie_secure, false));
  send_json(response, {{"success", true}, {"csrf_token", session->csrf_token}});
}

void post_admin_logout(const Request& request, Response& response, RouteContext& context) {
  auto session = authorised_change(request, context);
  if (!session) return send_error(response, session.error());
  context.admin.log_out(session->token);
  response.set_header("Set-Cookie", session_cookie("", context.cookie_secure, true));
  send_json(response, {{"success", true}});
}

void get_admin_session(const Request& request, Response& response, RouteContext& context) {
  if (!context.admin.enabled()) return send_error(response, AdminAuth::disabled_error());
  auto session = current_session(request, context);
  if (!session) return send_json(response, {{"success", true}, {"authenticated", false}});
  send_json(response,
            {{"success", true}, {"authenticated", true}, {"csrf_token", session->csrf_token}});
}

void get_admin_overview(const Request& request, Response& response, RouteContext& context) {
  auto session = current_session(request, context);
  if (!session) return send_error(response, session.error());
  auto stats = context.store.compute_stats();
  if (!stats) return send_error(response, stats.error());
  auto version = context.store.schema_version();
  if (!version) return send_error(response, version.error());
  send_json(response, {{"success", true},
                       {"overview",
                        {{"total_jobs", stats->total_jobs},
                         {"schema_version", *version},
                         {"database", context.store.backend_name()},
                         {"by_source", label_counts_json(stats->by_source)}}}});
}

void post_admin_delete_job(const Request& request, Response& response, RouteContext& context) {
  auto session = authorised_change(request, context);
  if (!session) return send_error(response, session.error());
  auto id = parse_bounded_int("l'identifiant de l'offre", request.matches[1].str(), 1,
                              std::numeric_limits<std::int64_t>::max());
  if (!id) return send_error(response, id.error());
  if (auto deleted = context.store.delete_job(*id); !deleted) {
    return send_error(response, deleted.error());
  }
  send_json(response, {{"success", true}});
}

}  // namespace jobmatch::web
