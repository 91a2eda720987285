#include "web/hex_token.hpp"

#include <sodium.h>

#include <algorithm>
#include <vector>

namespace jobmatch::web {

std::string to_lower_hex(std::span<const unsigned char> data) {
  std::string hex(data.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data.data(), data.size());
  hex.pop_back();  // the terminating NUL sodium writes
  return hex;
}

std::string random_hex_token(std::size_t bytes) {
  std::vector<unsigned char> random(bytes);
  randombytes_buf(random.data(), random.size());
  return to_lower_hex(random);
}

bool is_lower_hex(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  });
}

}  // namespace jobmatch::web
