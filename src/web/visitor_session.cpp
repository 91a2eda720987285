#include "web/visitor_session.hpp"

#include <sodium.h>

#include <array>
#include <cctype>

#include "web/http_io.hpp"

namespace jobmatch::web {
namespace {

constexpr std::size_t kIdBytes = 16;

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

}  // namespace

std::string new_visitor_session_id() {
  std::array<unsigned char, kIdBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return to_hex(bytes.data(), bytes.size());
}

bool is_well_formed_visitor_session_id(std::string_view id) {
  if (id.size() != kIdBytes * 2) return false;
  for (const char c : id) {
    if (!std::isxdigit(static_cast<unsigned char>(c)) ||
        std::isupper(static_cast<unsigned char>(c)))
      return false;
  }
  return true;
}

std::string hash_visitor_session_id(std::string_view id) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(id.data()), id.size());
  return to_hex(digest.data(), digest.size());
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
