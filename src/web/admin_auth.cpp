#include "web/admin_auth.hpp"

#include <sodium.h>

#include "web/hex_token.hpp"

namespace jobmatch::web {

using core::ErrorCode;
using core::Result;

namespace {

// 256-bit session and CSRF tokens.
std::string random_token() { return random_hex_token(32); }

std::string hash_token(std::string_view token) {
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return std::string(reinterpret_cast<const char*>(hash), sizeof hash);
}

}  // namespace

core::Error AdminAuth::disabled_error() {
  return {ErrorCode::kForbidden,
          "l'espace d'administration est désactivé : pour l'activer, démarrez jobmatch avec la "
          "variable d'environnement JOBMATCH_ADMIN_PASSWORD définie",
          {}};
}

Result<AdminAuth> AdminAuth::with_password(std::string_view password) {
  if (password.size() < 8) {
    return core::fail(ErrorCode::kInvalidInput,
                      "JOBMATCH_ADMIN_PASSWORD doit contenir au moins 8 caractères");
  }
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return core::fail(
        ErrorCode::kInternal,
        "impossible de hacher le mot de passe d'administration (mémoire insuffisante)");
  }
  AdminAuth auth;
  auth.password_hash_ = hash;
  return auth;
}

AdminAuth::AdminAuth(AdminAuth&& other) noexcept
    : password_hash_(std::move(other.password_hash_)),
      sessions_(std::move(other.sessions_)),
      failures_(std::move(other.failures_)) {}

void AdminAuth::drop_expired_sessions() {
  const auto now = std::chrono::steady_clock::now();
  std::erase_if(sessions_, [now](const auto& entry) { return entry.second.expires <= now; });
}

Result<AdminSession> AdminAuth::log_in(std::string_view password, const std::string& client) {
  if (!enabled()) return std::unexpected(disabled_error());
  if (failures_->is_limited(client)) {
    return core::fail(ErrorCode::kTooManyRequests,
                      "trop de tentatives de connexion échouées depuis votre adresse : "
                      "patientez une minute avant de réessayer");
  }
  // Verification takes ~0.1 s of argon2id work; keep it outside the lock.
  const bool right =
      crypto_pwhash_str_verify(password_hash_.c_str(), password.data(), password.size()) == 0;
  if (!right) {
    failures_->record(client);
    return core::fail(ErrorCode::kUnauthorized, "mot de passe incorrect");
  }
  failures_->forget(client);
  std::lock_guard lock(mutex_);
  drop_expired_sessions();
  if (sessions_.size() >= kMaxSessions) sessions_.erase(sessions_.begin());
  AdminSession session{random_token(), random_token()};
  sessions_[hash_token(session.token)] = {session.csrf_token,
                                          std::chrono::steady_clock::now() + kSessionLifetime};
  return session;
}

Result<AdminSession> AdminAuth::find_session(std::string_view token) {
  if (!enabled()) return std::unexpected(disabled_error());
  std::lock_guard lock(mutex_);
  const auto found = token.empty() ? sessions_.end() : sessions_.find(hash_token(token));
  if (found == sessions_.end() || found->second.expires <= std::chrono::steady_clock::now()) {
    return core::fail(ErrorCode::kUnauthorized,
                      "connectez-vous d'abord à l'espace d'administration");
  }
  return AdminSession{std::string(token), found->second.csrf_token};
}

Result<void> AdminAuth::check_csrf(const AdminSession& session, std::string_view csrf_token) const {
  const bool same =
      csrf_token.size() == session.csrf_token.size() &&
      sodium_memcmp(csrf_token.data(), session.csrf_token.data(), csrf_token.size()) == 0;
  if (!same) {
    return core::fail(
        ErrorCode::kForbidden,
        "jeton CSRF absent ou incorrect : envoyez l'en-tête X-CSRF-Token reçu à la connexion");
  }
  return {};
}

void AdminAuth::log_out(std::string_view token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(hash_token(token));
}

}  // namespace jobmatch::web
