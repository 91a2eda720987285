#pragma once
// Authentication of the admin area: one password (JOBMATCH_ADMIN_PASSWORD) hashed with
// argon2id at start-up, server-side sessions with a CSRF token each, and a per-address limit
// on failed logins. Tokens are random 256-bit values; only their hashes are kept.

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "web/rate_limiter.hpp"

namespace jobmatch::web {

/// A logged-in admin session as the client knows it.
struct AdminSession {
  std::string token;       // cookie value
  std::string csrf_token;  // to send back in X-CSRF-Token on state-changing requests
};

class AdminAuth {
 public:
  /// Admin disabled: every check answers kForbidden with how to enable it.
  AdminAuth() = default;
  /// Admin enabled with this password, hashed at once (argon2id); the plain text is not kept.
  static core::Result<AdminAuth> with_password(std::string_view password);

  AdminAuth(AdminAuth&& other) noexcept;

  bool enabled() const { return !password_hash_.empty(); }

  /// A new session when `password` is right; kUnauthorized otherwise, kTooManyRequests after
  /// too many failures from `client` within a minute, kForbidden when disabled.
  core::Result<AdminSession> log_in(std::string_view password, const std::string& client);

  /// The live session for a cookie token, or kUnauthorized / kForbidden.
  core::Result<AdminSession> find_session(std::string_view token);

  /// kForbidden unless `csrf_token` is the session's token (constant-time comparison).
  core::Result<void> check_csrf(const AdminSession& session, std::string_view csrf_token) const;

  void log_out(std::string_view token);

  /// The 403 error given while the admin area is disabled.
  static core::Error disabled_error();

  static constexpr std::chrono::hours kSessionLifetime{8};
  static constexpr int kMaxFailuresPerMinute = 5;
  static constexpr std::size_t kMaxSessions = 1000;
  static constexpr std::size_t kMaxTrackedClients = 10'000;

 private:
  struct StoredSession {
    std::string csrf_token;
    std::chrono::steady_clock::time_point expires;
  };
  void drop_expired_sessions();

  std::string password_hash_;
  std::mutex mutex_;
  std::map<std::string, StoredSession> sessions_;  // key: hash of the session token
  // Failed logins per client address (a pointer: the limiter holds a mutex, AdminAuth moves).
  std::unique_ptr<ClientRateLimiter> failures_ = std::make_unique<ClientRateLimiter>(
      kMaxFailuresPerMinute, std::chrono::minutes(1), kMaxTrackedClients);
};

}  // namespace jobmatch::web
