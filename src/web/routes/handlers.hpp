#pragma once
// Every request handler, one per route, grouped by resource (one .cpp per group). Handlers
// parse and validate input, call a service, and serialise; nothing more.

#include "web/route_context.hpp"

namespace jobmatch::web {

using httplib::Request;
using httplib::Response;

// search.cpp
void get_search_page(const Request&, Response&, RouteContext&);
void get_api_search(const Request&, Response&, RouteContext&);
void get_api_facets(const Request&, Response&, RouteContext&);
// jobs.cpp
void get_job_page(const Request&, Response&, RouteContext&);
void get_api_job(const Request&, Response&, RouteContext&);
// stats.cpp
void get_stats_page(const Request&, Response&, RouteContext&);
void get_api_stats(const Request&, Response&, RouteContext&);
void get_healthz(const Request&, Response&, RouteContext&);
// admin.cpp
void get_admin_redirect(const Request&, Response&, RouteContext&);
void get_admin_page(const Request&, Response&, RouteContext&);
void post_admin_login(const Request&, Response&, RouteContext&);
void post_admin_logout(const Request&, Response&, RouteContext&);
void get_admin_session(const Request&, Response&, RouteContext&);
void get_admin_overview(const Request&, Response&, RouteContext&);
void post_admin_delete_job(const Request&, Response&, RouteContext&);

// cv.cpp
void post_upload_cv(const Request&, Response&, RouteContext&);
void post_remove_cv(const Request&, Response&, RouteContext&);
void get_check_cv(const Request&, Response&, RouteContext&);
void get_api_cv_profile(const Request&, Response&, RouteContext&);
void get_my_cv_page(const Request&, Response&, RouteContext&);
// ats.cpp
void post_api_ats_analyze(const Request&, Response&, RouteContext&);
void get_api_match(const Request&, Response&, RouteContext&);
void get_match_page(const Request&, Response&, RouteContext&);
void get_api_stats_skills(const Request&, Response&, RouteContext&);

/// The search filters of a request's query string, validated (search.cpp); shared by the
/// search, facets and match routes.
core::Result<store::SearchQuery> read_search_query(const Request& request);

/// An HTML page from web/pages with a status (the 404 page is sent with 404).
void send_page(Response& response, const RouteContext& context, const std::string& name,
               int status = 200);

}  // namespace jobmatch::web
