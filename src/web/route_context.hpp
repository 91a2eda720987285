#pragma once
// What request handlers reach: the services of lower modules and the server's settings.
// Every handler has the signature `void(const Request&, Response&, RouteContext&)`.

#include <httplib.h>

#include "store/job_store.hpp"
#include "web/admin_auth.hpp"
#include "web/cv_service.hpp"
#include "web/match_service.hpp"
#include "web/page_set.hpp"
#include "web/rate_limiter.hpp"

namespace jobmatch::web {

struct RouteContext {
  store::JobStore& store;
  AdminAuth& admin;
  CvService& cvs;
  MatchService& matches;
  const PageSet& pages;
  ClientRateLimiter& upload_limiter;     // CV uploads per client address
  bool cookie_secure = false;            // add Secure to cookies (behind HTTPS)
  std::size_t max_body_bytes = 1 << 20;  // request bodies of every route but the CV upload
};

using RouteHandler = void (*)(const httplib::Request&, httplib::Response&, RouteContext&);

}  // namespace jobmatch::web
