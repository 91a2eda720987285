// A hello-world cpp-httplib server configured like `jobmatch serve` except for the two settings
// under test: TCP_NODELAY and the size of the thread pool. run.sh loads it with wrk to show why
// jobmatch turns TCP_NODELAY on and uses 32 threads (docs/performance.md, "HTTP server choice").
//
// Usage: hello_server [--nodelay on|off] [--threads N]
// Prints "hello_server listening on http://127.0.0.1:<port>" once it accepts connections.

#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

struct HelloOptions {
  bool nodelay = true;
  int threads = 32;
};

[[noreturn]] void exit_with_usage() {
  std::fprintf(stderr, "usage: hello_server [--nodelay on|off] [--threads N]\n");
  std::exit(2);
}

HelloOptions parse_options(int argc, char** argv) {
  HelloOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (i + 1 >= argc) exit_with_usage();
    const std::string_view value = argv[++i];
    if (flag == "--nodelay" && (value == "on" || value == "off")) {
      options.nodelay = value == "on";
    } else if (flag == "--threads") {
      options.threads = std::atoi(argv[i]);
      if (options.threads < 1 || options.threads > 1024) exit_with_usage();
    } else {
      exit_with_usage();
    }
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const HelloOptions options = parse_options(argc, argv);
  httplib::Server server;
  server.set_tcp_nodelay(options.nodelay);
  const int threads = options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // The keep-alive settings of src/web/server.cpp, so only the two flags above differ.
  server.set_keep_alive_max_count(1000);
  server.set_keep_alive_timeout(5);
  server.Get("/hello", [](const httplib::Request&, httplib::Response& response) {
    response.set_content("Hello, World!\n", "text/plain");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  if (port < 0) {
    std::fprintf(stderr, "hello_server: cannot bind 127.0.0.1\n");
    return 1;
  }
  std::printf("hello_server listening on http://127.0.0.1:%d (nodelay=%s threads=%d)\n", port,
              options.nodelay ? "on" : "off", options.threads);
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}
