#include "text/encoding.hpp"

#include "text/unicode.hpp"
#include "text/utf8_scan.hpp"

namespace jobmatch::text {

namespace {

// Code points of bytes 0x80-0x9F in Windows-1252; 0 where the byte is undefined.
constexpr char32_t kHighControls[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/// True when at least one well-formed multi-byte UTF-8 sequence occurs.
bool has_utf8_multibyte_sequence(std::string_view input) {
  for (std::size_t pos = 0; pos < input.size();) {
    const auto decoded = detail::decode_utf8_at(input, pos);
    if (decoded.valid && decoded.length > 1) return true;
    pos += decoded.length;
  }
  return false;
}

}  // namespace

std::string decode_windows_1252(std::string_view input) {
  std::string out;
  out.reserve(input.size() + input.size() / 2);
  for (unsigned char byte : input) {
    if (byte >= 0x80 && byte < 0xA0) {
      const char32_t mapped = kHighControls[byte - 0x80];
      append_utf8(out, mapped ? mapped : 0xFFFD);
    } else {
      append_utf8(out, byte);
    }
  }
  return out;
}

std::string decode_to_utf8(std::string_view input) {
  if (is_valid_utf8(input)) return std::string(input);
  if (!has_utf8_multibyte_sequence(input)) return decode_windows_1252(input);
  return repair_utf8(input);
}

}  // namespace jobmatch::text
