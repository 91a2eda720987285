#pragma once
// The HTTP server: cpp-httplib with TCP_NODELAY on every connection (without it keep-alive
// clients stall ~40 ms per request on delayed ACKs, see docs/performance.md), a sized thread
// pool, the route table, static files, security headers, and JSON errors for everything.

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "store/job_store.hpp"
#include "web/admin_auth.hpp"
#include "web/cv_service.hpp"
#include "web/match_service.hpp"

namespace jobmatch::web {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                // 0 picks a free port
  std::filesystem::path web_dir;  // holds pages/, static/ and node_modules/
  int threads = 32;               // each keep-alive connection holds one while open
  bool cookie_secure = false;
  std::size_t max_body_bytes = 1 << 20;          // any request but a CV upload
  std::size_t max_upload_body_bytes = 11 << 20;  // POST /upload-cv: the file and its envelope
  int max_uploads_per_minute = 10;               // per client address, then 429
};

class WebServer {
 public:
  /// Loads the pages and checks the front-end files; fails with what to run when they are
  /// missing.
  static core::Result<std::unique_ptr<WebServer>> create(const ServerOptions& options,
                                                         store::JobStore& store, AdminAuth admin,
                                                         CvService& cvs, MatchService& matches);
  ~WebServer();

  /// Binds the listening socket; returns the port (useful with port 0).
  core::Result<int> bind();
  /// Serves until stop(); returns when stopped.
  void listen();
  /// Stops serving; safe to call from a signal-watching thread.
  void stop();

 private:
  struct Impl;
  explicit WebServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace jobmatch::web
