#include "web/visitor_session.hpp"

#include <sodium.h>

#include <array>

#include "web/hex_token.hpp"
#include "web/http_io.hpp"

namespace jobmatch::web {
namespace {

constexpr std::size_t kIdBytes = 16;

}  // namespace

std::string new_visitor_session_id() { return random_hex_token(kIdBytes); }

bool is_well_formed_visitor_session_id(std::string_view id) {
  return id.size() == kIdBytes * 2 && is_lower_hex(id);
}

std::string hash_visitor_session_id(std::string_view id) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(id.data()), id.size());
  return to_lower_hex(digest);
}

std::string read_visitor_session_id(const httplib::Request& request) {
  std::string id = read_cookie(request, kVisitorCookieName);
  return is_well_formed_visitor_session_id(id) ? id : std::string();
}

std::string visitor_session_cookie(std::string_view id, bool secure, std::chrono::seconds max_age) {
  std::string cookie =
      std::string(kVisitorCookieName) + "=" + std::string(id) +
      "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age.count());
  if (secure) cookie += "; Secure";
  return cookie;
}

}  // namespace jobmatch::web
