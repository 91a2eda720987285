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

/// --db and --data-dir are accepted by every sub-command.
void add_storage_options(CLI::App& command, AppConfig& config) {
  command.add_option("--db", config.db, "SQLite database file (default: <root>/var/jobmatch.db)")
      ->envname("JOBMATCH_DB");
  command.add_option("--data-dir", config.data_dir, "Shipped data folder (default: <root>/data)")
      ->envname("JOBMATCH_DATA_DIR");
  command.add_option("--log-level", config.log_level, "trace, debug, info, warn, error or off")
      ->envname("JOBMATCH_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
}

}  // namespace

int main(int argc, char** argv) {
  AppConfig config;
  CLI::App cli{"jobmatch: a catalogue of job postings with search, statistics and an admin area",
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

  auto* import = cli.add_subcommand("import", "Import data into the catalogue");
  import->require_subcommand(1);
  auto* import_jobs =
      import->add_subcommand("jobs", "Import job postings from JSON Lines (.jsonl or .jsonl.gz)");
  import_jobs->add_option("FILE", config.import_file, "JSON Lines file, plain or gzip")->required();
  import_jobs->add_flag("--if-empty", config.import_if_empty,
                        "Do nothing when the catalogue already holds postings");
  add_storage_options(*import_jobs, config);

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
  return 1;
}
