#pragma once
// Settings of every sub-command in one struct. Each has a CLI11 flag and a JOBMATCH_*
// environment variable; the flag wins. Defaults resolve against the project root so the binary
// works from any directory.

#include <filesystem>
#include <string>

namespace jobmatch::app {

struct AppConfig {
  std::filesystem::path project_root;  // found from the executable
  std::string db;                      // --db / JOBMATCH_DB, default <root>/var/jobmatch.db
  std::string data_dir;                // --data-dir / JOBMATCH_DATA_DIR, default <root>/data
  std::string web_dir;                 // --web-dir / JOBMATCH_WEB_DIR, default <root>/web
  std::string host = "127.0.0.1";      // --host / JOBMATCH_HOST
  int port = 8080;                     // --port / JOBMATCH_PORT (0: any free port)
  int threads = 32;                    // --threads / JOBMATCH_THREADS
  int cache_entries = 1000;            // --cache-entries / JOBMATCH_CACHE_ENTRIES (0: no cache)
  bool cookie_secure = false;          // --cookie-secure / JOBMATCH_COOKIE_SECURE=1 (behind HTTPS)
  std::string log_level = "info";      // --log-level / JOBMATCH_LOG_LEVEL
  std::string import_file;             // import jobs FILE
  bool import_if_empty = false;        // import jobs --if-empty
};

/// Fills the path defaults that depend on the project root.
void resolve_default_paths(AppConfig& config);

/// `jobmatch serve`: returns the process exit code.
int run_serve(const AppConfig& config);

/// `jobmatch import jobs FILE`: returns the process exit code.
int run_import_jobs(const AppConfig& config);

}  // namespace jobmatch::app
