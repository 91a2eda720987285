#pragma once
// Random tokens and digests as lower-case hex: session ids, CSRF tokens, stored file names.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace jobmatch::web {

/// `bytes` random bytes from libsodium as lower-case hex (two digits per byte).
std::string random_hex_token(std::size_t bytes);

/// Lower-case hex of binary data.
std::string to_lower_hex(std::span<const unsigned char> data);

/// True when `text` is not empty and only lower-case hex digits.
bool is_lower_hex(std::string_view text);

}  // namespace jobmatch::web
