#include "text/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <new>

#include "text/utf8_scan.hpp"

namespace jobmatch::text {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

bool is_ascii(std::string_view input) {
  return std::all_of(input.begin(), input.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// Runs utf8proc_map on well-formed UTF-8. utf8proc only fails on invalid input (ruled out by
/// the callers' repair step) or when out of memory, which is treated as fatal.
std::string map_with_utf8proc(std::string_view valid_utf8, utf8proc_option_t options) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid_utf8.data()),
                   static_cast<utf8proc_ssize_t>(valid_utf8.size()), &mapped, options);
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  if (length < 0) throw std::bad_alloc();
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

/// Expands the ligatures French writers type for "oe"/"ae" ("œuvre"), which Unicode does not
/// decompose, so that a search for "oeuvre" finds them.
std::string expand_latin_ligatures(std::string folded) {
  if (folded.find('\xC5') == std::string::npos && folded.find('\xC3') == std::string::npos) {
    return folded;
  }
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const std::string_view rest = std::string_view(folded).substr(i);
    if (rest.starts_with("\xC5\x93")) {  // U+0153 œ
      out += "oe";
      ++i;
    } else if (rest.starts_with("\xC3\xA6")) {  // U+00E6 æ
      out += "ae";
      ++i;
    } else {
      out += folded[i];
    }
  }
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view input) {
  for (std::size_t pos = 0; pos < input.size();) {
    const detail::DecodedChar decoded = detail::decode_utf8_at(input, pos);
    if (!decoded.valid) return false;
    pos += decoded.length;
  }
  return true;
}

std::string repair_utf8(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  for (std::size_t pos = 0; pos < input.size();) {
    const detail::DecodedChar decoded = detail::decode_utf8_at(input, pos);
    if (decoded.valid) {
      out.append(input.substr(pos, decoded.length));
    } else {
      out.append(kReplacementCharacter);
    }
    pos += decoded.length;
  }
  return out;
}

std::string normalize_nfc(std::string_view input) {
  if (is_ascii(input)) return std::string(input);
  return map_with_utf8proc(repair_utf8(input),
                           static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
}

std::string fold_for_matching(std::string_view input) {
  if (is_ascii(input)) {
    std::string out(input);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return out;
  }
  // LUMP maps typographic apostrophes, dashes and spaces to ASCII ("d’apprentissage"), which
  // matters as much as accents when matching French text typed on different keyboards.
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_COMPOSE | UTF8PROC_STABLE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_LUMP);
  return expand_latin_ligatures(map_with_utf8proc(repair_utf8(input), options));
}

std::string_view trim_spaces(std::string_view s) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_glued_full_stop(std::string_view text, std::size_t dot) {
  if (dot == 0 || dot + 2 >= text.size() || text[dot] != '.') return false;
  // Before: a word of two characters or more ("SQL.Docker", "2019.We", "activité.Nous"); one
  // letter is an initial or a degree ("M.Sc", "B.Tech", "J.Doe").
  const auto word_byte = [&](std::size_t at) {
    return is_ascii_alnum(text[at]) || static_cast<unsigned char>(text[at]) >= 0x80;
  };
  std::size_t word_start = dot;
  while (word_start > 0 && dot - word_start < 3 && word_byte(word_start - 1)) --word_start;
  if (dot - word_start < 2) return false;
  if (!is_ascii_upper(text[dot + 1]) || !is_ascii_lower(text[dot + 2])) return false;
  std::size_t end = dot + 1;
  while (end < text.size() && (is_ascii_lower(text[end]) || is_ascii_upper(text[end]))) ++end;
  const std::string_view next = text.substr(dot + 1, end - dot - 1);
  return next != "Net" && next != "Js" && next != "Io";
}

std::string collapse_whitespace(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < input.size();) {
    if (const std::size_t space = detail::space_length_at(input, pos); space > 0) {
      pending_space = !out.empty();
      pos += space;
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += input[pos];
    ++pos;
  }
  return out;
}

std::size_t count_code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  return count;
}

void append_utf8(std::string& out, char32_t code_point) {
  if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) code_point = 0xFFFD;
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

Utf8Char decode_utf8_char(std::string_view input, std::size_t pos) {
  const auto decoded = detail::decode_utf8_at(input, pos);
  return {decoded.code_point, decoded.length, decoded.valid};
}

std::u32string decode_utf8(std::string_view input) {
  std::u32string out;
  out.reserve(input.size());
  for (std::size_t pos = 0; pos < input.size();) {
    const auto decoded = detail::decode_utf8_at(input, pos);
    out += decoded.valid ? decoded.code_point : char32_t{0xFFFD};
    pos += decoded.length;
  }
  return out;
}

std::size_t count_visible_code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    const bool space = byte == ' ' || (byte >= '\t' && byte <= '\r');
    count += (byte & 0xC0) != 0x80 && !space;
  }
  return count;
}

}  // namespace jobmatch::text
