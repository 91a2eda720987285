#include "server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace jobmatch::integration {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kCommandTimeout = std::chrono::seconds(30);
constexpr auto kStartTimeout = std::chrono::seconds(15);
constexpr auto kStopTimeout = std::chrono::seconds(5);
constexpr std::string_view kListeningPrefix = "jobmatch listening on http://";

[[noreturn]] void fail_system(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

/// Closes a descriptor once, whatever path leaves the scope.
class FdGuard {
 public:
  explicit FdGuard(int fd = -1) : fd_(fd) {}
  ~FdGuard() { reset(); }
  FdGuard(FdGuard&& other) noexcept : fd_(other.release()) {}
  FdGuard& operator=(FdGuard&& other) noexcept {
    if (this != &other) {
      reset();
      fd_ = other.release();
    }
    return *this;
  }

  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

struct Pipe {
  FdGuard read_end;
  FdGuard write_end;
};

Pipe make_pipe() {
  int fds[2];
  // Close-on-exec: a pipe of one child must not leak into the next one, or EOF never comes.
  if (::pipe2(fds, O_CLOEXEC) != 0) fail_system("pipe2");
  return Pipe{FdGuard(fds[0]), FdGuard(fds[1])};
}

/// The test's environment without JOBMATCH_* variables (a developer's shell must not change
/// what the tests see), plus `extra`.
std::vector<std::string> child_environment(const EnvVars& extra) {
  std::vector<std::string> env;
  for (char** entry = environ; entry && *entry; ++entry) {
    if (!std::string_view(*entry).starts_with("JOBMATCH_")) env.emplace_back(*entry);
  }
  for (const auto& [name, value] : extra) env.push_back(name + "=" + value);
  return env;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (auto& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

/// Starts the binary with stdout on `out_fd` and stderr on `err_fd`; stdin is /dev/null.
pid_t spawn_jobmatch(const std::vector<std::string>& args, const EnvVars& env, int out_fd,
                     int err_fd) {
  std::vector<std::string> argv_strings{JOBMATCH_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<std::string> env_strings = child_environment(env);
  auto argv = c_strings(argv_strings);
  auto envp = c_strings(env_strings);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);

  // The test process ignores SIGPIPE (see ServerProcess); the child gets default dispositions
  // and an empty signal mask, as from a shell.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGINT);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  sigset_t no_mask;
  sigemptyset(&no_mask);
  posix_spawnattr_setsigmask(&attributes, &no_mask);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

  pid_t pid = -1;
  const int error = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (error != 0) {
    errno = error;
    fail_system(std::string("cannot start ") + JOBMATCH_BINARY);
  }
  return pid;
}

int exit_code_of(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

/// Waits for `pid` up to `timeout`; nullopt if it is still running.
std::optional<int> wait_for_exit(pid_t pid, Clock::duration timeout) {
  const auto deadline = Clock::now() + timeout;
  while (true) {
    int status = 0;
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return exit_code_of(status);
    if (done < 0 && errno != EINTR) return -1;
    if (Clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

int kill_and_reap(pid_t pid) {
  ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return exit_code_of(status);
}

int milliseconds_until(Clock::time_point deadline) {
  const auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left > 0 ? static_cast<int>(left) : 0;
}

/// Appends what is readable on `fd` to `into`; false at EOF.
bool read_available(int fd, std::string& into) {
  char buffer[4096];
  const ssize_t n = ::read(fd, buffer, sizeof buffer);
  if (n > 0) {
    into.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
  return n < 0 && (errno == EINTR || errno == EAGAIN);
}

std::string read_whole_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

std::string join_args(const std::vector<std::string>& args) {
  std::string joined = "jobmatch";
  for (const auto& arg : args) joined += " " + arg;
  return joined;
}

}  // namespace

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "jobmatch-it-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) fail_system("mkdtemp " + pattern);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

fs::path fixture_path(std::string_view name) { return fs::path(JOBMATCH_FIXTURES_DIR) / name; }

CommandResult run_jobmatch(const std::vector<std::string>& args, const EnvVars& env) {
  Pipe out = make_pipe();
  Pipe err = make_pipe();
  const pid_t pid = spawn_jobmatch(args, env, out.write_end.get(), err.write_end.get());
  out.write_end.reset();
  err.write_end.reset();

  CommandResult result;
  const auto deadline = Clock::now() + kCommandTimeout;
  bool out_open = true;
  bool err_open = true;
  while ((out_open || err_open) && Clock::now() < deadline) {
    pollfd fds[2] = {{out_open ? out.read_end.get() : -1, POLLIN, 0},
                     {err_open ? err.read_end.get() : -1, POLLIN, 0}};
    if (::poll(fds, 2, milliseconds_until(deadline)) < 0 && errno != EINTR) fail_system("poll");
    if (fds[0].revents != 0) out_open = read_available(fds[0].fd, result.out);
    if (fds[1].revents != 0) err_open = read_available(fds[1].fd, result.err);
  }
  if (out_open || err_open) {
    result.exit_code = kill_and_reap(pid);
    result.err += "\n[test harness] " + join_args(args) + " did not finish within 30 s; killed";
    return result;
  }
  const auto code = wait_for_exit(pid, kCommandTimeout);
  result.exit_code = code ? *code : kill_and_reap(pid);
  return result;
}

ServerProcess::ServerProcess(const ServerOptions& options)
    : db_path_(dir_.path() / "jobmatch.db"), stderr_path_(dir_.path() / "server.stderr.log") {
  // A server that dies mid-request must fail one test, not kill the whole test binary.
  std::signal(SIGPIPE, SIG_IGN);
  for (const auto& file : options.import_files) import_file(file);
  if (!options.import_jsonl.empty()) {
    const fs::path file = dir_.path() / "inline.jsonl";
    std::ofstream(file, std::ios::binary) << options.import_jsonl;
    import_file(file);
  }

  Pipe out = make_pipe();
  FdGuard err_file(::open(stderr_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
  if (err_file.get() < 0) fail_system("open " + stderr_path_.string());
  pid_ = spawn_jobmatch({"serve", "--host", "127.0.0.1", "--port", "0", "--threads", "8", "--db",
                         db_path_.string(), "--uploads-dir", uploads_dir().string()},
                        options.env, out.write_end.get(), err_file.get());
  out.write_end.reset();
  stdout_fd_ = out.read_end.release();
  try {
    wait_until_listening();
  } catch (...) {
    stop();
    throw;
  }
}

ServerProcess::~ServerProcess() { stop(); }

void ServerProcess::import_file(const fs::path& file) {
  const std::vector<std::string> args = {"import", "jobs", file.string(), "--db",
                                         db_path_.string()};
  const CommandResult result = run_jobmatch(args);
  if (result.exit_code != 0) {
    throw std::runtime_error(join_args(args) + " exited with " + std::to_string(result.exit_code) +
                             "\nstdout:\n" + result.out + "\nstderr:\n" + result.err);
  }
  import_output_ += result.out;
}

void ServerProcess::wait_until_listening() {
  const auto deadline = Clock::now() + kStartTimeout;
  std::string out;
  auto failure = [&](const std::string& what) {
    return std::runtime_error("jobmatch serve " + what + "\nstdout:\n" + out + "\nstderr:\n" +
                              read_whole_file(stderr_path_));
  };
  while (true) {
    const auto start = out.find(kListeningPrefix);
    const auto end = start == std::string::npos ? start : out.find('\n', start);
    if (end != std::string::npos) {
      const std::string address = out.substr(start, end - start);
      port_ = std::atoi(address.substr(address.rfind(':') + 1).c_str());
      if (port_ <= 0) throw failure("printed an unreadable listening line: " + address);
      return;
    }
    if (Clock::now() >= deadline) throw failure("did not print its listening line within 15 s");
    pollfd fd = {stdout_fd_, POLLIN, 0};
    if (::poll(&fd, 1, milliseconds_until(deadline)) < 0 && errno != EINTR) fail_system("poll");
    if (fd.revents != 0 && !read_available(stdout_fd_, out)) {
      const auto code = wait_for_exit(pid_, kStopTimeout);
      if (code) pid_ = -1;
      throw failure("exited before listening (exit code " + std::to_string(code.value_or(-1)) +
                    ")");
    }
  }
}

httplib::Client ServerProcess::client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  client.set_write_timeout(10);
  return client;
}

std::string ServerProcess::server_log() const { return read_whole_file(stderr_path_); }

int ServerProcess::stop() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    const auto code = wait_for_exit(pid_, kStopTimeout);
    exit_code_ = code ? *code : kill_and_reap(pid_);
    pid_ = -1;
  }
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
  stdout_fd_ = -1;
  return exit_code_;
}

}  // namespace jobmatch::integration
