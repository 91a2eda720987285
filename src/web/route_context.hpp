#pragma once
// What request handlers reach: the services of lower modules and the server's settings.
// Every handler has the signature `void(const Request&, Response&, RouteContext&)`.

#include <httplib.h>

#include <filesystem>
#include <map>
#include <string>

#include "store/job_store.hpp"
#include "web/admin_auth.hpp"

namespace jobmatch::web {

/// The static HTML pages, read once at start-up from web/pages/.
struct PageSet {
  std::map<std::string, std::string> html;  // file name ("index.html") -> content
  const std::string& page(const std::string& name) const { return html.at(name); }
};

struct RouteContext {
  store::JobStore& store;
  AdminAuth& admin;
  const PageSet& pages;
  bool cookie_secure = false;  // add Secure to cookies (behind HTTPS)
};

using RouteHandler = void (*)(const httplib::Request&, httplib::Response&, RouteContext&);

}  // namespace jobmatch::web
