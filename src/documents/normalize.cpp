#include "documents/normalize.hpp"

#include <vector>

#include "text/unicode.hpp"

namespace jobmatch::documents {
namespace {

using text::is_ascii_lower;

bool is_line_break(char32_t c) {
  return c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Characters with no visible effect that split words when kept: controls, soft hyphens (PDF
// producers emit them at line breaks), zero-width joiners and the byte-order mark.
bool is_invisible(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
         c == 0x2060 || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F);
}

// Latin ligatures U+FB00..U+FB06 as the letters they stand for.
std::u32string_view ligature_letters(char32_t c) {
  switch (c) {
    case 0xFB00:
      return U"ff";
    case 0xFB01:
      return U"fi";
    case 0xFB02:
      return U"fl";
    case 0xFB03:
      return U"ffi";
    case 0xFB04:
      return U"ffl";
    case 0xFB05:
    case 0xFB06:
      return U"st";
    default:
      return {};
  }
}

// Word and PDF exports of Symbol/Wingdings bullets land in the private use area; CV templates
// also use icon fonts (phone, mail) there. Bullets become '•', other icons a space.
char32_t private_use_replacement(char32_t c) {
  switch (c) {
    case 0xF0B7:
    case 0xF0A7:
    case 0xF076:
    case 0xF0D8:
    case 0xF0FC:
    case 0xF06C:
    case 0xF06E:
      return U'•';
    default:
      return U' ';
  }
}

bool is_private_use(char32_t c) { return c >= 0xE000 && c <= 0xF8FF; }

// First pass, per code point: line breaks unified, spaces unified, invisible characters
// dropped, ligatures and private-use glyphs replaced.
std::string map_code_points(std::string_view raw) {
  const std::u32string cps = text::decode_utf8(raw);
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    if (c == U'\r' && i + 1 < cps.size() && cps[i + 1] == U'\n') continue;
    if (is_line_break(c)) {
      out += '\n';
    } else if (is_space(c)) {
      out += ' ';
    } else if (is_invisible(c)) {
      continue;
    } else if (const auto letters = ligature_letters(c); !letters.empty()) {
      for (const char32_t l : letters) text::append_utf8(out, l);
    } else if (is_private_use(c)) {
      text::append_utf8(out, private_use_replacement(c));
    } else {
      text::append_utf8(out, c);
    }
  }
  return out;
}

std::string collapse_spaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (const char c : line) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    lines.push_back(collapse_spaces(text.substr(start, stop - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

// Lower-case letters of Latin-1 Supplement and Latin Extended-A start with these lead bytes in
// UTF-8; a word continuing with "é" or "œ" is still a continuation.
bool starts_with_lowercase(std::string_view line) {
  if (line.empty()) return false;
  if (is_ascii_lower(line[0])) return true;
  const std::u32string first = text::decode_utf8(line.substr(0, 4));
  return !first.empty() && first[0] >= 0xDF && first[0] <= 0x17F && first[0] != 0xF7;
}

// "déve-" + "loppement" -> "développement": a letter before the hyphen and a lower-case letter
// starting the next line. "Jean-" + "Pierre" stays as it is.
bool ends_with_split_word(std::string_view line) {
  if (line.size() < 3 || line.back() != '-') return false;
  const char before = line[line.size() - 2];
  return before != ' ' && before != '-' && !(before >= '0' && before <= '9');
}

std::string join_lines(std::vector<std::string>& lines) {
  std::string out;
  bool pending_blank = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string& line = lines[i];
    if (line.empty()) {
      pending_blank = !out.empty();
      continue;
    }
    while (ends_with_split_word(line) && i + 1 < lines.size() &&
           starts_with_lowercase(lines[i + 1])) {
      line.pop_back();
      const std::string& next = lines[i + 1];
      const std::size_t word_end = next.find(' ');
      line += next.substr(0, word_end);
      lines[i + 1] = word_end == std::string::npos ? std::string() : next.substr(word_end + 1);
      if (!lines[i + 1].empty()) break;
      ++i;  // the next line was only the end of the word
    }
    if (!out.empty()) out += pending_blank ? "\n\n" : "\n";
    pending_blank = false;
    out += line;
  }
  return out;
}

}  // namespace

std::string normalize_extracted_text(std::string_view raw) {
  const std::string nfc = text::normalize_nfc(map_code_points(raw));
  std::vector<std::string> lines = split_lines(nfc);
  for (auto& line : lines) {
    if (line.starts_with(' ')) line.erase(0, 1);
  }
  return join_lines(lines);
}

std::string normalize_extracted_line(std::string_view raw) {
  std::string nfc = text::normalize_nfc(map_code_points(raw));
  for (char& c : nfc) {
    if (c == '\n') c = ' ';
  }
  std::string line = collapse_spaces(nfc);
  if (line.starts_with(' ')) line.erase(0, 1);
  return line;
}

}  // namespace jobmatch::documents
