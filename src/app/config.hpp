#pragma once
// Settings of every sub-command in one struct. Each has a CLI11 flag and a JOBMATCH_*
// environment variable; the flag wins. Defaults resolve against the project root so the binary
// works from any directory.

#include <filesystem>
#include <string>

#include "documents/documents.hpp"

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

  // CVs (serve) and documents (serve, extract).
  std::string uploads_dir;          // --uploads-dir / JOBMATCH_UPLOADS_DIR, <root>/var/uploads
  int session_hours = 24;           // --session-hours / JOBMATCH_SESSION_HOURS
  int max_uploads_per_minute = 10;  // --max-uploads-per-minute / JOBMATCH_MAX_UPLOADS_PER_MINUTE
  int max_upload_mb = 10;           // --max-upload-mb / JOBMATCH_MAX_UPLOAD_MB
  int max_pages = 20;               // --max-pages / JOBMATCH_MAX_PAGES
  int max_text_chars = 200'000;     // --max-text-chars / JOBMATCH_MAX_TEXT_CHARS
  int max_docx_uncompressed_mb =
      25;                        // --max-docx-uncompressed-mb / JOBMATCH_MAX_DOCX_UNCOMPRESSED_MB
  int max_docx_ratio = 100;      // --max-docx-ratio / JOBMATCH_MAX_DOCX_RATIO
  int ocr_page_seconds = 20;     // --ocr-page-seconds / JOBMATCH_OCR_PAGE_SECONDS
  bool no_ocr = false;           // --no-ocr / JOBMATCH_NO_OCR=1
  std::string extract_file;      // extract FILE
  bool extract_profile = false;  // extract --profile
  bool extract_json = false;     // extract --json
  bool skills_json = false;      // skills --json
  std::string skills_jsonl;      // skills --jsonl FILE
  bool skills_closest = false;   // skills --closest
  bool skills_phrases = false;   // skills --phrases
  std::string match_pairs;       // match --pairs FILE
  bool match_explain = false;    // match --explain
};

/// Prints "error: <message>" and its details to stderr.
void print_error(const core::Error& error);

/// The document limits of the configuration.
documents::ExtractionLimits extraction_limits(const AppConfig& config);

/// Fills the path defaults that depend on the project root.
void resolve_default_paths(AppConfig& config);

/// `jobmatch serve`: returns the process exit code.
int run_serve(const AppConfig& config);

/// `jobmatch import jobs FILE`: returns the process exit code.
int run_import_jobs(const AppConfig& config);

/// `jobmatch extract FILE [--profile] [--json]`: returns the process exit code.
int run_extract(const AppConfig& config);

/// `jobmatch skills [--json] < TEXT` or `jobmatch skills --jsonl FILE`.
int run_skills(const AppConfig& config);

/// `jobmatch match --pairs FILE [--explain]`.
int run_match_pairs(const AppConfig& config);

}  // namespace jobmatch::app
