#include "web/server.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

#include "web/http_io.hpp"
#include "web/route_context.hpp"
#include "web/routes.hpp"
#include "web/routes/handlers.hpp"

namespace jobmatch::web {

namespace fs = std::filesystem;
using core::ErrorCode;
using core::Result;

namespace {

thread_local std::chrono::steady_clock::time_point request_started;

// No inline script or style anywhere: pages load ES modules and stylesheets from 'self'.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Mount points for the front-end: our static files and the npm packages' dist folders.
Result<std::vector<std::pair<std::string, fs::path>>> static_mounts(const fs::path& web_dir) {
  std::vector<std::pair<std::string, fs::path>> mounts = {
      {"/static", web_dir / "static"},
      {"/vendor/bootstrap", web_dir / "node_modules" / "bootstrap" / "dist"},
      {"/vendor/chart.js", web_dir / "node_modules" / "chart.js" / "dist"},
  };
  for (const auto& [mount, dir] : mounts) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      return core::fail(ErrorCode::kUnavailable,
                        "missing front-end folder " + dir.string() +
                            ": run scripts/install-deps (it runs npm ci in web/)");
    }
  }
  return mounts;
}

void add_security_headers(const httplib::Request& request, httplib::Response& response) {
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "same-origin");
  response.set_header("X-Frame-Options", "DENY");
  const std::string type = response.get_header_value("Content-Type");
  if (type.starts_with("text/html")) {
    response.set_header("Content-Security-Policy", kContentSecurityPolicy);
    response.set_header("Cache-Control", "no-cache");
  } else if (is_api_path(request.path)) {
    response.set_header("Cache-Control", "no-store");
  }
}

}  // namespace

void send_page(Response& response, const RouteContext& context, const std::string& name,
               int status) {
  response.status = status;
  response.set_content(context.pages.page(name), "text/html; charset=utf-8");
}

struct WebServer::Impl {
  Impl(const ServerOptions& options, store::JobStore& store, AdminAuth admin_auth, CvService& cvs,
       MatchService& matches, PageSet pages)
      : options(options),
        admin(std::move(admin_auth)),
        page_set(std::move(pages)),
        upload_limiter(options.max_uploads_per_minute, std::chrono::minutes(1)),
        context{store,
                admin,
                cvs,
                matches,
                page_set,
                upload_limiter,
                options.cookie_secure,
                options.max_body_bytes} {}

  void configure(const std::vector<std::pair<std::string, fs::path>>& mounts);

  ServerOptions options;
  AdminAuth admin;
  PageSet page_set;
  ClientRateLimiter upload_limiter;
  RouteContext context;
  httplib::Server server;
};

void WebServer::Impl::configure(const std::vector<std::pair<std::string, fs::path>>& mounts) {
  server.set_tcp_nodelay(true);
  const int threads = std::max(options.threads, 2);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_keep_alive_max_count(1000);
  server.set_keep_alive_timeout(5);
  server.set_read_timeout(10);
  server.set_write_timeout(10);
  // httplib has one body limit (it drains and answers 413 above it): the upload route's, the
  // largest. Every other route is held to max_body_bytes by register_routes.
  server.set_payload_max_length(std::max(options.max_body_bytes, options.max_upload_body_bytes));
  for (const auto& [mount, dir] : mounts) {
    server.set_mount_point(mount, dir.string(), {{"Cache-Control", "public, max-age=3600"}});
  }
  server.set_file_extension_and_mimetype_mapping("mjs", "text/javascript");
  register_routes(server, context);

  // Called for every status >= 400: fill in a body only where the handler left none
  // (unknown paths, oversized bodies, malformed requests).
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        if (response.status == 404 && !is_api_path(request.path)) {
          send_page(response, context, "404.html", 404);
        } else if (response.status == 413 && request.path == "/upload-cv") {
          send_error(response, 413, "too_large",
                     "le fichier dépasse la taille maximale d'un CV (" +
                         std::to_string(context.cvs.options().limits.max_file_bytes >> 20) +
                         " Mo) : réduisez-le, par exemple en exportant un PDF sans images");
        } else if (response.status == 413) {
          send_error(response, 413, "too_large",
                     "le corps de la requête dépasse " + std::to_string(options.max_body_bytes) +
                         " octets");
        } else if (response.status == 404) {
          send_error(response, 404, "not_found",
                     "aucun point d'accès ne correspond à " + request.path);
        } else if (response.status == 414) {
          // cpp-httplib refuses request lines over 8 kB before routing.
          send_error(response, 414, "uri_too_long",
                     "l'URL dépasse 8192 octets : keyword, location et company sont limités à "
                     "200 caractères chacun");
        } else if (response.status == 400) {
          // cpp-httplib answers 400 itself for requests it cannot parse, e.g. a POST without
          // Content-Length.
          send_error(response, 400, "invalid_input",
                     "requête HTTP mal formée : vérifiez la ligne de requête, les en-têtes, et "
                     "qu'un corps de requête est accompagné d'un en-tête Content-Length");
        } else {
          send_error(
              response, response.status, response.status < 500 ? "invalid_input" : "internal",
              "la requête n'a pas pu être traitée (HTTP " + std::to_string(response.status) + ")");
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler(
      [](const httplib::Request& request, httplib::Response& response, std::exception_ptr error) {
        std::string what = "unknown";
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        spdlog::error("event=handler_exception method={} path={} what=\"{}\"", request.method,
                      request.path, what);
        send_error(response, 500, "internal",
                   "erreur interne du serveur ; elle a été consignée dans le journal");
      });
  server.set_post_routing_handler(add_security_headers);
  // A request is routed and logged by the same worker thread, so the start time can wait in a
  // thread_local between the two hooks.
  server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_started = std::chrono::steady_clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - request_started;
    spdlog::info("event=http method={} path={} status={} ms={:.2f}", request.method, request.path,
                 response.status, elapsed.count());
  });
}

Result<std::unique_ptr<WebServer>> WebServer::create(const ServerOptions& options,
                                                     store::JobStore& store, AdminAuth admin,
                                                     CvService& cvs, MatchService& matches) {
  auto pages = load_page_set(options.web_dir / "pages",
                             {"index.html", "job.html", "stats.html", "admin.html", "mon-cv.html",
                              "matches.html", "404.html"});
  if (!pages) return std::unexpected(pages.error());
  auto mounts = static_mounts(options.web_dir);
  if (!mounts) return std::unexpected(mounts.error());
  auto impl =
      std::make_unique<Impl>(options, store, std::move(admin), cvs, matches, std::move(*pages));
  impl->configure(*mounts);
  return std::unique_ptr<WebServer>(new WebServer(std::move(impl)));
}

WebServer::WebServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WebServer::~WebServer() = default;

Result<int> WebServer::bind() {
  const auto& options = impl_->options;
  int port = options.port;
  if (port == 0) {
    port = impl_->server.bind_to_any_port(options.host);
  } else if (!impl_->server.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port < 0) {
    return core::fail(ErrorCode::kUnavailable,
                      "cannot listen on " + options.host + ":" + std::to_string(options.port) +
                          " (in use, or not an address of this machine); try --port");
  }
  return port;
}

void WebServer::listen() { impl_->server.listen_after_bind(); }

void WebServer::stop() { impl_->server.stop(); }

}  // namespace jobmatch::web
