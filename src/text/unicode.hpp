#pragma once
// Unicode helpers over UTF-8 strings (utf8proc): validation, NFC, and the folding used for
// accent- and case-insensitive comparison.

#include <string>
#include <string_view>

namespace jobmatch::text {

/// True when `input` is well-formed UTF-8.
bool is_valid_utf8(std::string_view input);

/// Well-formed UTF-8 with every invalid byte sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view input);

/// NFC-normalised copy of `input` (invalid sequences repaired first).
std::string normalize_nfc(std::string_view input);

/// Lower-cased, accent-stripped, NFC copy for comparisons: "Écoute Été" -> "ecoute ete".
std::string fold_for_matching(std::string_view input);

/// Number of code points in UTF-8 text (continuation bytes are not counted).
std::size_t count_code_points(std::string_view utf8);

/// Number of code points other than ASCII whitespace: how much text there really is.
std::size_t count_visible_code_points(std::string_view utf8);

/// Appends one code point as UTF-8; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

/// One character of UTF-8 text: its code point and byte length, or an invalid sequence of
/// `length` bytes (its maximal ill-formed subpart, the unit U+FFFD replaces).
struct Utf8Char {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = false;
};

/// The character starting at byte `pos` (< input.size()).
Utf8Char decode_utf8_char(std::string_view input, std::size_t pos);

/// Code points of UTF-8 text; each invalid sequence becomes one U+FFFD.
std::u32string decode_utf8(std::string_view input);

/// Collapses runs of whitespace to one space and trims both ends.
std::string collapse_whitespace(std::string_view input);

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_alnum(char c) {
  return is_ascii_digit(c) || is_ascii_lower(c) || is_ascii_upper(c);
}

/// `s` without leading and trailing ASCII spaces, tabs, carriage returns and form feeds.
std::string_view trim_spaces(std::string_view s);

/// True when the '.' at byte `dot` ends a sentence glued to the next one, as in postings
/// flattened from HTML ("the Financial domain.Strong background", "Excel.Tableau experience"):
/// a word before the dot, a capital then a small letter after. Dotted names keep their dot:
/// "ASP.NET", "Node.js", "Socket.IO", and the spellings "Asp.Net", "Vue.Js", "Socket.Io".
bool is_glued_full_stop(std::string_view text, std::size_t dot);

}  // namespace jobmatch::text
