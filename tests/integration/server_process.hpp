#pragma once
// The real `jobmatch` binary as a test fixture: one-shot CLI runs, and a server process on a
// loopback port over a catalogue imported into its own temporary folder. Everything a test
// starts is stopped and removed when the owning object goes away.

#include <httplib.h>
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace jobmatch::integration {

/// Environment variables given to a child on top of the test's own environment.
using EnvVars = std::vector<std::pair<std::string, std::string>>;

/// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// What a finished command printed and how it ended.
struct CommandResult {
  int exit_code = -1;  // 128 + signal number when killed by a signal
  std::string out;
  std::string err;
};

/// Path of a file of tests/fixtures.
std::filesystem::path fixture_path(std::string_view name);

/// Runs `jobmatch args...` to completion (killed after 30 s) and captures both streams.
CommandResult run_jobmatch(const std::vector<std::string>& args, const EnvVars& env = {});

struct ServerOptions {
  /// JSON Lines files imported, in order, before the server starts.
  std::vector<std::filesystem::path> import_files;
  /// JSON Lines text written to a file of the temp dir and imported after import_files.
  std::string import_jsonl;
  /// Extra environment of the server (e.g. JOBMATCH_ADMIN_PASSWORD).
  EnvVars env;
};

/// `jobmatch serve --port 0` over a catalogue of its own. The constructor returns once the
/// server printed its listening line and throws std::runtime_error (with the child's output)
/// when the import fails or the server does not come up within 15 s.
class ServerProcess {
 public:
  explicit ServerProcess(const ServerOptions& options);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  /// A client for this server with short timeouts, so a hung server fails the test quickly.
  httplib::Client client() const;
  /// Standard output of the import commands, concatenated.
  const std::string& import_output() const { return import_output_; }
  /// What the server wrote on stderr so far (its log), for failure reports.
  std::string server_log() const;
  /// Where the server keeps uploaded files (a folder of its temp dir).
  std::filesystem::path uploads_dir() const { return dir_.path() / "uploads"; }
  /// Sends SIGTERM, waits (SIGKILL after 5 s) and returns the exit code; idempotent.
  int stop();

 private:
  void import_file(const std::filesystem::path& file);
  void wait_until_listening();

  TempDir dir_;
  std::filesystem::path db_path_;
  std::filesystem::path stderr_path_;
  std::string import_output_;
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
};

}  // namespace jobmatch::integration
