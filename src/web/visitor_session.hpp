#pragma once
// The job seeker's browser session: a random 128-bit id in an HttpOnly cookie. The server
// keeps only the id's SHA-256 (store/session_store.hpp).

#include <httplib.h>

#include <chrono>
#include <string>
#include <string_view>

namespace jobmatch::web {

inline constexpr std::string_view kVisitorCookieName = "jobmatch_session";

/// A fresh id: 16 random bytes from libsodium, as 32 lower-case hex digits.
std::string new_visitor_session_id();

/// True for ids new_visitor_session_id() could have made; anything else is ignored.
bool is_well_formed_visitor_session_id(std::string_view id);

/// Hex SHA-256 of the id, the key the store uses.
std::string hash_visitor_session_id(std::string_view id);

/// The well-formed session id of the request's cookie, or empty.
std::string read_visitor_session_id(const httplib::Request& request);

/// Set-Cookie value: HttpOnly, SameSite=Lax (sent on top-level navigation, not with
/// cross-site posts), Secure behind HTTPS, lasting `max_age`.
std::string visitor_session_cookie(std::string_view id, bool secure, std::chrono::seconds max_age);

}  // namespace jobmatch::web
