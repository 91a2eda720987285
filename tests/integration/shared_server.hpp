#pragma once
// A gtest fixture base that starts one jobmatch server per test suite. `Suite` provides
// `static ServerOptions server_options()`; a server that fails to start fails every test of
// the suite with the server's own output.

#include <gtest/gtest.h>

#include <exception>
#include <iostream>
#include <memory>
#include <string>

#include "http_json.hpp"
#include "server_process.hpp"

namespace jobmatch::integration {

template <typename Suite, typename Base = ::testing::Test>
class WithSharedServer : public Base {
 public:
  static void SetUpTestSuite() {
    start_error_.clear();
    try {
      server_ = std::make_unique<ServerProcess>(Suite::server_options());
    } catch (const std::exception& e) {
      start_error_ = e.what();
    }
  }

  static void TearDownTestSuite() {
    const auto* suite = ::testing::UnitTest::GetInstance()->current_test_suite();
    if (server_ && suite && suite->Failed()) print_log_tail();
    server_.reset();
  }

 protected:
  void SetUp() override {
    ASSERT_NE(server_, nullptr) << "the jobmatch server did not start:\n" << start_error_;
  }

  static ServerProcess& server() { return *server_; }

  /// A fresh client per call: tests never depend on a kept-alive connection.
  static httplib::Client client() { return server_->client(); }

  static ApiAnswer get_json(const std::string& target, const httplib::Headers& headers = {}) {
    auto http = client();
    return get(http, target, headers);
  }

 private:
  static void print_log_tail() {
    constexpr std::size_t kTailBytes = 4000;
    const std::string log = server_->server_log();
    std::cerr << "--- end of the jobmatch server log ---\n"
              << log.substr(log.size() > kTailBytes ? log.size() - kTailBytes : 0) << "---\n";
  }

  static inline std::unique_ptr<ServerProcess> server_;
  static inline std::string start_error_;
};

/// Options of a server over tests/fixtures/jobs_small.jsonl (60 postings, 9 sources).
inline ServerOptions small_catalogue(EnvVars env = {}) {
  ServerOptions options;
  options.import_files = {fixture_path("jobs_small.jsonl")};
  options.env = std::move(env);
  return options;
}

}  // namespace jobmatch::integration
