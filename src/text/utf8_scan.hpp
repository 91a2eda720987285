#pragma once
// Internal to the text module: byte-level UTF-8 decoding shared by the Unicode and HTML units.
// Not part of the module's API; other modules use text/unicode.hpp.

#include <cstddef>
#include <string_view>

namespace jobmatch::text::detail {

/// One step of decoding: the code point at a position, or an invalid sequence to replace.
struct DecodedChar {
  char32_t code_point = 0;
  std::size_t length = 1;  // bytes consumed; for invalid input, the maximal ill-formed subpart
  bool valid = false;
};

/// Decodes the character starting at `pos` (< input.size()). Follows Unicode Table 3-7
/// (no overlongs, no surrogates, nothing above U+10FFFF) so that an invalid sequence is cut
/// at its "maximal subpart", the granularity at which U+FFFD substitution is recommended.
inline DecodedChar decode_utf8_at(std::string_view input, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(input[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1, true};

  std::size_t needed = 0;
  char32_t code_point = 0;
  // Bounds for the second byte; later continuation bytes are always 0x80..0xBF.
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 2;
    code_point = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 3;
    code_point = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return {0, 1, false};
  }

  std::size_t length = 1;
  for (; length <= needed; ++length) {
    if (pos + length >= input.size()) return {0, length, false};
    const unsigned char next = byte(pos + length);
    const bool in_range =
        length == 1 ? (next >= low && next <= high) : (next >= 0x80 && next <= 0xBF);
    if (!in_range) return {0, length, false};
    code_point = (code_point << 6) | (next & 0x3F);
  }
  return {code_point, length, true};
}

/// True for the characters scraped text uses as spaces: ASCII whitespace and the Unicode
/// space separators, notably U+00A0 and U+202F, which French typography puts before ":" or
/// inside "40 000 €".
inline bool is_unicode_space(char32_t c) {
  switch (c) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

/// Byte length of the whitespace character at `pos`, or 0 when there is none.
inline std::size_t space_length_at(std::string_view input, std::size_t pos) {
  const unsigned char lead = static_cast<unsigned char>(input[pos]);
  if (lead < 0x80) return is_unicode_space(lead) ? 1 : 0;
  const DecodedChar decoded = decode_utf8_at(input, pos);
  return decoded.valid && is_unicode_space(decoded.code_point) ? decoded.length : 0;
}

}  // namespace jobmatch::text::detail
