#include <signal.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "app/config.hpp"
#include "ingest/job_import.hpp"
#include "ingest/requirements_refresh.hpp"
#include "skills/skills.hpp"
#include "store/cached_job_store.hpp"
#include "store/job_store.hpp"
#include "store/session_store.hpp"
#include "web/server.hpp"

namespace jobmatch::app {

namespace fs = std::filesystem;

void print_error(const core::Error& error) {
  std::fprintf(stderr, "error: %s\n", error.message.c_str());
  if (!error.details.empty()) std::fprintf(stderr, "  (%s)\n", error.details.c_str());
}

namespace {

// Multipart boundaries and headers around an uploaded file.
constexpr std::size_t kUploadEnvelope = 1 << 20;
constexpr std::chrono::minutes kSessionCleanupInterval{10};

/// Opens the catalogue, creating the database's folder when needed.
core::Result<std::unique_ptr<store::JobStore>> open_store(const AppConfig& config) {
  const fs::path parent = fs::path(config.db).parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) {
    return core::fail(core::ErrorCode::kUnavailable,
                      "cannot create the folder " + parent.string() + ": " + ec.message());
  }
  return store::open_sqlite_job_store(config.db);
}

core::Result<web::AdminAuth> admin_from_environment() {
  const char* password = std::getenv("JOBMATCH_ADMIN_PASSWORD");
  if (!password || !*password) return web::AdminAuth{};
  auto auth = web::AdminAuth::with_password(password);
  // The plain password is not needed any more and must not reach child processes.
  unsetenv("JOBMATCH_ADMIN_PASSWORD");
  return auth;
}

/// Stops the server when SIGINT/SIGTERM arrives (blocked in every thread, taken here).
/// httplib's stop() does nothing until the accept loop runs, so a signal that comes right
/// after start-up is retried until listen() has returned.
std::thread watch_stop_signals(web::WebServer& server, sigset_t signals,
                               const std::atomic<bool>& listen_returned) {
  return std::thread([&server, signals, &listen_returned] {
    int received = 0;
    sigwait(&signals, &received);
    if (listen_returned) return;
    spdlog::info("event=shutdown signal={}", received);
    while (!listen_returned) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
}

/// Uploaded CVs must never be reachable as static files.
core::Result<void> check_uploads_outside_web(const AppConfig& config) {
  std::error_code ec;
  const fs::path uploads = fs::weakly_canonical(config.uploads_dir, ec);
  const fs::path web = fs::weakly_canonical(config.web_dir, ec);
  const auto [web_end, uploads_at] =
      std::mismatch(web.begin(), web.end(), uploads.begin(), uploads.end());
  if (web_end == web.end()) {
    return core::fail(core::ErrorCode::kInvalidInput,
                      "the uploads folder " + uploads.string() + " is inside the web folder " +
                          web.string() + ", whose files are served: choose another --uploads-dir");
  }
  return {};
}

web::CvServiceOptions cv_service_options(const AppConfig& config) {
  web::CvServiceOptions options;
  options.uploads_dir = config.uploads_dir;
  options.session_ttl = std::chrono::hours(config.session_hours);
  options.limits = extraction_limits(config);
  options.max_parallel_extractions =
      static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return options;
}

void draw_progress(std::int64_t done, std::int64_t total) {
  if (total <= 0) return;
  const int width = 40;
  const double fraction = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
  const int filled = static_cast<int>(fraction * width);
  std::fprintf(stderr, "\r[%s%s] %3d%%", std::string(filled, '#').c_str(),
               std::string(width - filled, '.').c_str(), static_cast<int>(fraction * 100));
  if (done >= total) std::fputc('\n', stderr);
  std::fflush(stderr);
}

/// Reads the requirements of every posting that lacks them (the new ones), so that ranking
/// postings for a CV reads no text.
int analyse_imported_postings(const AppConfig& config, store::JobStore& store) {
  auto extractor = skills::load_extractor(config.data_dir);
  if (!extractor) {
    // The postings are stored; only the precomputation is missing, and serve does it at start.
    std::fprintf(stderr, "warning: postings not analysed for the ATS engine: %s\n",
                 extractor.error().message.c_str());
    return 0;
  }
  const auto start = std::chrono::steady_clock::now();
  auto done = ingest::refresh_job_requirements(store, **extractor, [](std::int64_t processed) {
    if (isatty(STDERR_FILENO))
      std::fprintf(stderr, "\ranalysed %lld postings", static_cast<long long>(processed));
    return true;
  });
  if (isatty(STDERR_FILENO)) std::fputc('\n', stderr);
  if (!done) return print_error(done.error()), 2;
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::printf("analysed %lld postings for the ATS engine in %.1f s\n",
              static_cast<long long>(*done), elapsed.count());
  return 0;
}

// Long enough that a server stopped right after its start does not load the taxonomy first.
constexpr std::chrono::milliseconds kMatchWarmUpDelay{1500};

}  // namespace

void resolve_default_paths(AppConfig& config) {
  if (config.db.empty()) config.db = (config.project_root / "var" / "jobmatch.db").string();
  if (config.data_dir.empty()) config.data_dir = (config.project_root / "data").string();
  if (config.web_dir.empty()) config.web_dir = (config.project_root / "web").string();
  if (config.uploads_dir.empty()) {
    config.uploads_dir = (config.project_root / "var" / "uploads").string();
  }
}

documents::ExtractionLimits extraction_limits(const AppConfig& config) {
  documents::ExtractionLimits limits;
  limits.max_file_bytes = static_cast<std::size_t>(config.max_upload_mb) << 20;
  limits.max_pages = config.max_pages;
  limits.max_text_chars = static_cast<std::size_t>(config.max_text_chars);
  limits.max_docx_uncompressed_bytes = static_cast<std::size_t>(config.max_docx_uncompressed_mb)
                                       << 20;
  limits.max_docx_compression_ratio = config.max_docx_ratio;
  limits.ocr_page_timeout = std::chrono::seconds(config.ocr_page_seconds);
  limits.allow_ocr = !config.no_ocr;
  return limits;
}

int run_serve(const AppConfig& config) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto opened = open_store(config);
  if (!opened) return print_error(opened.error()), 2;
  std::unique_ptr<store::JobStore> store = std::move(*opened);
  if (config.cache_entries > 0) {
    store =
        store::with_result_cache(std::move(store), static_cast<std::size_t>(config.cache_entries));
  }
  auto admin = admin_from_environment();
  if (!admin) return print_error(admin.error()), 2;
  if (auto outside = check_uploads_outside_web(config); !outside) {
    return print_error(outside.error()), 2;
  }
  auto sessions = store::open_sqlite_session_store(config.db);
  if (!sessions) return print_error(sessions.error()), 2;
  auto cvs = web::CvService::create(cv_service_options(config), **sessions);
  if (!cvs) return print_error(cvs.error()), 2;
  (*cvs)->start_periodic_cleanup(kSessionCleanupInterval);
  web::MatchService matches(*store, config.data_dir);
  web::ServerOptions options;
  options.max_uploads_per_minute = config.max_uploads_per_minute;
  options.max_upload_body_bytes =
      (static_cast<std::size_t>(config.max_upload_mb) << 20) + kUploadEnvelope;
  options.host = config.host;
  options.port = config.port;
  options.threads = config.threads;
  options.web_dir = config.web_dir;
  options.cookie_secure = config.cookie_secure;
  const bool admin_enabled = admin->enabled();
  auto server = web::WebServer::create(options, *store, std::move(*admin), **cvs, matches);
  if (!server) return print_error(server.error()), 2;
  auto port = (*server)->bind();
  if (!port) return print_error(port.error()), 2;

  spdlog::info("event=start db={} admin={}", config.db, admin_enabled ? "enabled" : "disabled");
  std::printf("jobmatch listening on http://%s:%d\n", config.host.c_str(), *port);
  std::fflush(stdout);
  std::atomic<bool> listen_returned{false};
  std::thread watcher = watch_stop_signals(**server, signals, listen_returned);
  // Load the taxonomy and compute what older imports did not store, before visitors need it.
  std::thread warm_up([&matches] { matches.warm_up(kMatchWarmUpDelay); });
  (*server)->listen();
  listen_returned = true;
  // listen() also returns when the socket fails: wake the watcher so it can be joined (a
  // no-op signal when it has already returned).
  pthread_kill(watcher.native_handle(), SIGTERM);
  watcher.join();
  matches.stop();
  warm_up.join();
  return 0;
}

int run_import_jobs(const AppConfig& config) {
  auto store = open_store(config);
  if (!store) return print_error(store.error()), 2;
  if (config.import_if_empty) {
    auto count = (*store)->count_jobs();
    if (!count) return print_error(count.error()), 2;
    if (*count > 0) {
      std::printf("catalogue already holds %lld postings; nothing imported (--if-empty)\n",
                  static_cast<long long>(*count));
      return 0;
    }
  }
  ingest::ImportOptions options;
  if (isatty(STDERR_FILENO)) options.on_progress = draw_progress;
  const auto start = std::chrono::steady_clock::now();
  auto report = ingest::import_jobs_file(config.import_file, **store, options);
  if (!report) return print_error(report.error()), 2;
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::printf("imported %s in %.1f s: %lld inserted, %lld duplicates, %lld rejected\n",
              config.import_file.c_str(), elapsed.count(), static_cast<long long>(report->inserted),
              static_cast<long long>(report->duplicates), static_cast<long long>(report->rejected));
  for (const auto& [line, reason] : report->rejections) {
    std::printf("  line %lld rejected: %s\n", static_cast<long long>(line), reason.c_str());
  }
  if (report->rejected > static_cast<std::int64_t>(report->rejections.size())) {
    std::printf("  ... and %lld more\n",
                static_cast<long long>(report->rejected - report->rejections.size()));
  }
  if (report->rejected > 0 && report->inserted + report->duplicates == 0) {
    std::fprintf(stderr, "error: no line of %s is a job posting (JSON Lines expected)\n",
                 config.import_file.c_str());
    return 1;
  }
  return analyse_imported_postings(config, **store);
}

}  // namespace jobmatch::app
