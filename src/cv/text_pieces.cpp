#include "cv/text_pieces.hpp"

#include "cv/cv_text.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr std::size_t kMaxFragmentBytes = 200;
constexpr std::string_view kEdgePunctuation = " |-,:;[]*/\\>_=~+\"'.!?#";

/// Code point of a UTF-8 sequence (0 when malformed); `length` gets its byte length.
char32_t code_point_at(std::string_view s, std::size_t pos, std::size_t& length) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (pos + length > s.size()) {
    length = 1;
    return 0;
  }
  if (length == 1) return lead < 0x80 ? lead : 0;
  char32_t cp = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (s[pos + i] & 0x3F);
  return cp;
}

/// Symbols that decorate CVs: Latin-1 punctuation, general punctuation, arrows, shapes and
/// dingbats, icon fonts (Private Use Area), emoji, the replacement character, malformed bytes.
bool is_decoration(char32_t cp) {
  return cp == 0 || (cp >= 0xA0 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
         cp == 0xFE0F || cp >= 0xF0000;
}

bool is_icon(char32_t cp) { return cp >= 0xE000 && cp <= 0xF8FF; }

/// Brackets are trimmed only when unbalanced: "(2019)" goes, "Cours B1-B2 (Busuu)" stays.
bool is_unpaired_bracket(std::string_view s, char c) {
  if (c == '(') return s.find(')') == std::string_view::npos;
  if (c == ')') return s.find('(') == std::string_view::npos;
  return false;
}

std::size_t edge_length_front(std::string_view s) {
  if (kEdgePunctuation.find(s.front()) != std::string_view::npos) return 1;
  if (is_unpaired_bracket(s, s.front())) return 1;
  std::size_t length = 1;
  const char32_t cp = code_point_at(s, 0, length);
  return static_cast<unsigned char>(s.front()) >= 0x80 && is_decoration(cp) ? length : 0;
}

std::size_t edge_length_back(std::string_view s) {
  if (kEdgePunctuation.find(s.back()) != std::string_view::npos) return 1;
  if (is_unpaired_bracket(s, s.back())) return 1;
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t length = 1;
  const char32_t cp = code_point_at(s, start, length);
  if (start + length != s.size()) return 1;  // a stray continuation byte
  return static_cast<unsigned char>(s[start]) >= 0x80 && is_decoration(cp) ? length : 0;
}

/// `s` up to the first icon-font glyph after some text: icons start a new field ("edX  ").
std::string_view cut_at_icon(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t length = 1;
    const char32_t cp = code_point_at(s, pos, length);
    if (is_icon(cp) && has_letter(s.substr(0, pos))) return s.substr(0, pos);
    pos += length;
  }
  return s;
}

}  // namespace

std::string clean_fragment(std::string_view raw) {
  const std::string collapsed = collapse_spaces(raw);
  std::string_view s = cut_at_icon(collapsed);
  while (!s.empty()) {
    const std::size_t n = edge_length_front(s);
    if (n == 0) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    const std::size_t n = edge_length_back(s);
    if (n == 0) break;
    s.remove_suffix(n);
  }
  return std::string(truncate_utf8(s, kMaxFragmentBytes));
}

bool list_contains(std::string_view list, std::string_view word, char separator) {
  while (!list.empty()) {
    const std::size_t end = list.find(separator);
    if (list.substr(0, end) == word) return true;
    list = end == std::string_view::npos ? std::string_view() : list.substr(end + 1);
  }
  return false;
}

bool has_letter(std::string_view s) {
  for (const char c : s) {
    if (is_ascii_lower(c) || is_ascii_upper(c) || static_cast<unsigned char>(c) >= 0xC3) {
      return true;
    }
  }
  return false;
}

std::size_t word_count(std::string_view s) {
  std::size_t count = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

std::string_view truncate_utf8(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut);
}

std::vector<std::string_view> split_cells(std::string_view raw_line) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  const auto push = [&](std::size_t end) {
    const std::string_view cell = trim_spaces(raw_line.substr(start, end - start));
    if (!cell.empty()) cells.push_back(cell);
  };
  for (std::size_t i = 0; i < raw_line.size();) {
    const std::string_view rest = raw_line.substr(i);
    std::size_t separator = 0;
    if (rest.starts_with("   ")) {
      separator = rest.find_first_not_of(' ');
      if (separator == std::string_view::npos) separator = rest.size();
    } else if (rest.front() == '\t') {
      separator = 1;
    } else if (rest.starts_with(" | ")) {
      separator = 3;
    } else if (rest.starts_with(" \xE2\x80\xA2 ") || rest.starts_with(" \xC2\xB7 ")) {
      separator = rest[1] == '\xE2' ? 5 : 4;  // " • ", " · "
    }
    if (separator == 0) {
      ++i;
      continue;
    }
    push(i);
    i += separator;
    start = i;
  }
  push(raw_line.size());
  return cells;
}

std::vector<ColumnCell> split_columns(std::string_view raw_line) {
  std::vector<ColumnCell> cells;
  std::size_t i = 0;
  while (i < raw_line.size()) {
    while (i < raw_line.size() && (raw_line[i] == ' ' || raw_line[i] == '\t')) ++i;
    if (i >= raw_line.size()) break;
    std::size_t end = i;
    while (end < raw_line.size() && raw_line[end] != '\t' && raw_line.compare(end, 3, "   ") != 0) {
      ++end;
    }
    cells.push_back(
        ColumnCell{trim_spaces(raw_line.substr(i, end - i)), count_columns(raw_line.substr(0, i))});
    i = end;
  }
  return cells;
}

std::size_t count_columns(std::string_view s) {
  std::size_t count = 0;
  for (const char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace jobmatch::cv::detail
