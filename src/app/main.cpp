// jobmatch: CLI wiring only. Parses the command line and dispatches to a sub-command.

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "app/config.hpp"
#include "core/log.hpp"
#include "core/paths.hpp"
#include "core/version.hpp"

namespace {

using jobmatch::app::AppConfig;

/// --log-level, accepted by every sub-command.
void add_log_option(CLI::App& command, AppConfig& config) {
  command.add_option("--log-level", config.log_level, "trace, debug, info, warn, error or off")
      ->envname("JOBMATCH_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
}

/// --data-dir and --log-level for the commands that read only shipped data.
void add_data_option(CLI::App& command, AppConfig& config) {
  command.add_option("--data-dir", config.data_dir, "Shipped data folder (default: <root>/data)")
      ->envname("JOBMATCH_DATA_DIR");
  add_log_option(command, config);
}

/// --db, --data-dir and --log-level for the commands that use the catalogue.
void add_storage_options(CLI::App& command, AppConfig& config) {
  command.add_option("--db", config.db, "SQLite database file (default: <root>/var/jobmatch.db)")
      ->envname("JOBMATCH_DB");
  add_data_option(command, config);
}

/// Limits on documents, shared by `serve` (CV uploads) and `extract`.
void add_document_options(CLI::App& command, AppConfig& config) {
  command.add_option("--max-upload-mb", config.max_upload_mb, "Largest document accepted, in MB")
      ->envname("JOBMATCH_MAX_UPLOAD_MB")
      ->check(CLI::Range(1, 100));
  command.add_option("--max-pages", config.max_pages, "Most pages read from a PDF or TIFF")
      ->envname("JOBMATCH_MAX_PAGES")
      ->check(CLI::Range(1, 500));
  command
      .add_option("--max-text-chars", config.max_text_chars,
                  "Most characters of text a document may yield")
      ->envname("JOBMATCH_MAX_TEXT_CHARS")
      ->check(CLI::Range(1000, 10'000'000));
  command
      .add_option("--max-docx-uncompressed-mb", config.max_docx_uncompressed_mb,
                  "Most MB of XML inflated from a DOCX (zip-bomb guard)")
      ->envname("JOBMATCH_MAX_DOCX_UNCOMPRESSED_MB")
      ->check(CLI::Range(1, 1000));
  command
      .add_option("--max-docx-ratio", config.max_docx_ratio,
                  "Highest compression ratio of a large DOCX part (zip-bomb guard)")
      ->envname("JOBMATCH_MAX_DOCX_RATIO")
      ->check(CLI::Range(10, 10'000));
  command
      .add_option("--ocr-page-seconds", config.ocr_page_seconds,
                  "Most seconds of OCR per page of a scan or photo")
      ->envname("JOBMATCH_OCR_PAGE_SECONDS")
      ->check(CLI::Range(1, 600));
  command.add_flag("--no-ocr", config.no_ocr, "Refuse scans and photos instead of running OCR")
      ->envname("JOBMATCH_NO_OCR");
}

}  // namespace

int main(int argc, char** argv) {
  AppConfig config;
  CLI::App cli{"jobmatch: job postings with search and statistics, and CVs matched against them",
               "jobmatch"};
  cli.set_version_flag("--version", std::string("jobmatch ") + jobmatch::core::kVersion);
  cli.require_subcommand(1);

  auto* serve = cli.add_subcommand("serve", "Serve the web app and the JSON API");
  add_storage_options(*serve, config);
  serve->add_option("--host", config.host, "Address to listen on")->envname("JOBMATCH_HOST");
  serve->add_option("--port", config.port, "Port to listen on (0: any free port)")
      ->envname("JOBMATCH_PORT")
      ->check(CLI::Range(0, 65535));
  serve
      ->add_option("--threads", config.threads,
                   "Worker threads (each keep-alive connection holds one)")
      ->envname("JOBMATCH_THREADS")
      ->check(CLI::Range(2, 1024));
  serve
      ->add_option("--cache-entries", config.cache_entries,
                   "Search/facet/stats answers kept in memory until the catalogue changes (0: off)")
      ->envname("JOBMATCH_CACHE_ENTRIES")
      ->check(CLI::Range(0, 1'000'000));
  serve
      ->add_flag("--cookie-secure", config.cookie_secure,
                 "Mark cookies Secure (serve behind HTTPS)")
      ->envname("JOBMATCH_COOKIE_SECURE");
  serve->add_option("--web-dir", config.web_dir, "Front-end folder (default: <root>/web)")
      ->envname("JOBMATCH_WEB_DIR");
  serve
      ->add_option("--uploads-dir", config.uploads_dir,
                   "Folder of uploaded CVs, outside the web folder (default: <root>/var/uploads)")
      ->envname("JOBMATCH_UPLOADS_DIR");
  serve
      ->add_option("--session-hours", config.session_hours,
                   "Hours a job seeker's session (and CV) is kept without activity")
      ->envname("JOBMATCH_SESSION_HOURS")
      ->check(CLI::Range(1, 8760));
  serve
      ->add_option("--max-uploads-per-minute", config.max_uploads_per_minute,
                   "CV uploads accepted per client address and minute (then 429)")
      ->envname("JOBMATCH_MAX_UPLOADS_PER_MINUTE")
      ->check(CLI::Range(1, 100'000));
  add_document_options(*serve, config);

  auto* import = cli.add_subcommand("import", "Import data into the catalogue");
  import->require_subcommand(1);
  auto* import_jobs =
      import->add_subcommand("jobs", "Import job postings from JSON Lines (.jsonl or .jsonl.gz)");
  import_jobs->add_option("FILE", config.import_file, "JSON Lines file, plain or gzip")->required();
  import_jobs->add_flag("--if-empty", config.import_if_empty,
                        "Do nothing when the catalogue already holds postings");
  add_storage_options(*import_jobs, config);

  auto* extract = cli.add_subcommand(
      "extract", "Print the text of a CV (PDF, DOCX, TXT, PNG, JPEG, TIFF) or its profile");
  extract->add_option("FILE", config.extract_file, "Document to read")->required();
  extract->add_flag("--profile", config.extract_profile,
                    "Print the CV profile (sections, experience, education, languages...)");
  extract->add_flag("--json", config.extract_json, "Print JSON instead of text");
  add_document_options(*extract, config);
  add_log_option(*extract, config);

  auto* skills = cli.add_subcommand(
      "skills", "Print the skills found in a text (stdin) or in each line of a JSON Lines file");
  skills->add_flag("--json", config.skills_json, "Print JSON instead of a table");
  skills->add_option("--jsonl", config.skills_jsonl,
                     "JSON Lines file of {\"id\", \"text\"} ('-' for stdin); prints one "
                     "{\"id\", \"skills\"} line per input line");
  skills->add_flag("--closest", config.skills_closest,
                   "With --jsonl: also the ESCO skill closest to each whole text "
                   "(\"closest\": {skill_id, label, kind, similarity}), for skill phrases");
  skills->add_flag("--phrases", config.skills_phrases,
                   "Also the applied-skill phrases (\"managing the kitchen team\"): "
                   "\"phrases\": [{text, start, end, verb}]");
  add_data_option(*skills, config);

  auto* match = cli.add_subcommand("match", "Score CV/job posting pairs with the ATS engine");
  match
      ->add_option("--pairs", config.match_pairs,
                   "JSON Lines file of {\"id\", \"resume_text\", \"job_text\"} ('-' for stdin)")
      ->required();
  match->add_flag("--explain", config.match_explain,
                  "Print the whole report (breakdown, skills, evidence) instead of the score");
  add_data_option(*match, config);

  CLI11_PARSE(cli, argc, argv);

  if (sodium_init() < 0) {
    std::fprintf(stderr, "error: libsodium could not be initialised\n");
    return 2;
  }
  jobmatch::core::setup_logging(config.log_level);
  config.project_root = jobmatch::core::find_project_root(jobmatch::core::current_executable());
  jobmatch::app::resolve_default_paths(config);

  if (serve->parsed()) return jobmatch::app::run_serve(config);
  if (import_jobs->parsed()) return jobmatch::app::run_import_jobs(config);
  if (extract->parsed()) return jobmatch::app::run_extract(config);
  if (skills->parsed()) return jobmatch::app::run_skills(config);
  if (match->parsed()) return jobmatch::app::run_match_pairs(config);
  return 1;
}
