#pragma once
// Internal to the routes: what every handler that reads or changes the session CV checks
// (defined in cv.cpp).

#include "store/session_store.hpp"
#include "web/routes/handlers.hpp"

namespace jobmatch::web {

/// Refuses a POST whose Origin is another site (403); same-origin and non-browser clients pass.
core::Result<void> check_same_origin(const Request& request);

/// The session's CV (404 when none); using it renews the session cookie on `response`.
core::Result<store::SessionCv> session_cv_or_404(const Request& request, Response& response,
                                                 RouteContext& context);

}  // namespace jobmatch::web
