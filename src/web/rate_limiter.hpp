#pragma once
// Counting events per client address over a fixed window: failed admin logins, CV uploads.
// The table is bounded so that many addresses cannot fill memory.

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace jobmatch::web {

class ClientRateLimiter {
 public:
  ClientRateLimiter(int max_events, std::chrono::seconds window, std::size_t max_clients = 10'000);

  /// True when `client` has had max_events events in its current window.
  bool is_limited(const std::string& client);
  /// Counts one event of `client`.
  void record(const std::string& client);
  /// Forgets `client`'s events (a successful login clears its failures).
  void forget(const std::string& client);

  int max_events() const { return max_events_; }

 private:
  struct Window {
    int count = 0;
    std::chrono::steady_clock::time_point start;
  };

  const int max_events_;
  const std::chrono::seconds window_;
  const std::size_t max_clients_;
  std::mutex mutex_;
  std::map<std::string, Window> windows_;
};

}  // namespace jobmatch::web
