#include "web/rate_limiter.hpp"

namespace jobmatch::web {

ClientRateLimiter::ClientRateLimiter(int max_events, std::chrono::seconds window,
                                     std::size_t max_clients)
    : max_events_(max_events), window_(window), max_clients_(max_clients) {}

bool ClientRateLimiter::is_limited(const std::string& client) {
  std::lock_guard lock(mutex_);
  const auto found = windows_.find(client);
  if (found == windows_.end()) return false;
  if (std::chrono::steady_clock::now() - found->second.start > window_) {
    windows_.erase(found);
    return false;
  }
  return found->second.count >= max_events_;
}

void ClientRateLimiter::record(const std::string& client) {
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (windows_.size() >= max_clients_) {
    std::erase_if(windows_, [&](const auto& entry) { return now - entry.second.start > window_; });
  }
  auto& window = windows_[client];
  if (window.count == 0 || now - window.start > window_) window = {0, now};
  ++window.count;
}

void ClientRateLimiter::forget(const std::string& client) {
  std::lock_guard lock(mutex_);
  windows_.erase(client);
}

}  // namespace jobmatch::web
