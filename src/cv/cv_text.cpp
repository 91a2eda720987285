#include "cv/cv_text.hpp"

#include <algorithm>

#include "text/unicode.hpp"

namespace jobmatch::cv::detail {
namespace {

// Folded form of U+00C0..U+017F. Digits are markers: '0' keep the character, '1' "ae",
// '2' "ss", '3' "th", '4' "oe". A table rather than utf8proc because the recognisers need a
// byte-exact map back to the original text and must stay fast on long CVs.
constexpr std::string_view kLatinFold =
    "aaaaaa1ceeeeiiiidnooooo0ouuuuy32"
    "aaaaaa1ceeeeiiiidnooooo0ouuuuy3y"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooo44rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinFold.size() == 0x17F - 0xC0 + 1);

bool is_space_code_point(char32_t c) {
  return c == 0xA0 || c == 0x202F || c == 0x205F || c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
}

bool is_dash_code_point(char32_t c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

bool is_apostrophe_code_point(char32_t c) {
  return c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x02BC || c == 0xB4 || c == 0x2032;
}

/// Soft hyphens, zero-width characters and combining accents (left by PDF text that is not in
/// NFC: "e" + U+0301) carry nothing for matching.
bool is_invisible_code_point(char32_t c) {
  return c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF ||
         (c >= 0x300 && c <= 0x36F);
}

/// The folded text of one non-ASCII character, or an empty view to copy its bytes unchanged.
std::string_view fold_code_point(char32_t c, bool& drop) {
  drop = false;
  if (is_space_code_point(c)) return " ";
  if (is_dash_code_point(c)) return "-";
  if (is_apostrophe_code_point(c)) return "'";
  if (c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB) return "\"";
  if (c == 0xFFFD) return "?";
  if (c == 0xFB00) return "ff";
  if (c == 0xFB01) return "fi";
  if (c == 0xFB02) return "fl";
  if (c == 0xFB03) return "ffi";
  if (c == 0xFB04) return "ffl";
  if (is_invisible_code_point(c)) {
    drop = true;
    return {};
  }
  if (c < 0xC0 || c > 0x17F) return {};
  const std::size_t index = c - 0xC0;
  switch (kLatinFold[index]) {
    case '0':
      return {};
    case '1':
      return "ae";
    case '2':
      return "ss";
    case '3':
      return "th";
    case '4':
      return "oe";
    default:
      return kLatinFold.substr(index, 1);
  }
}

}  // namespace

std::string fold_with_offsets(std::string_view raw, std::vector<std::uint32_t>* origin) {
  std::string out;
  out.reserve(raw.size());
  if (origin) {
    origin->clear();
    origin->reserve(raw.size() + 1);
  }
  const auto emit = [&](std::string_view bytes, std::size_t from) {
    out.append(bytes);
    if (origin) origin->insert(origin->end(), bytes.size(), static_cast<std::uint32_t>(from));
  };
  for (std::size_t pos = 0; pos < raw.size();) {
    const char c = raw[pos];
    if (static_cast<unsigned char>(c) < 0x80) {  // the common case, kept cheap
      out.push_back(is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
      if (origin) origin->push_back(static_cast<std::uint32_t>(pos));
      ++pos;
      continue;
    }
    const text::Utf8Char decoded = text::decode_utf8_char(raw, pos);
    if (!decoded.valid) {
      emit("?", pos);
      pos += 1;
      continue;
    }
    bool drop = false;
    const std::string_view folded = fold_code_point(decoded.code_point, drop);
    if (!drop) emit(folded.empty() ? raw.substr(pos, decoded.length) : folded, pos);
    pos += decoded.length;
  }
  if (origin) origin->push_back(static_cast<std::uint32_t>(raw.size()));
  return out;
}

CvText::CvText(std::string_view raw) : raw_(raw) {
  folded_ = fold_with_offsets(raw_, &origin_);
  // Lines are cut on the folded text ('\n' folds to itself) so both views stay aligned.
  std::size_t folded_start = 0;
  while (folded_start <= folded_.size()) {
    std::size_t folded_end = folded_.find('\n', folded_start);
    if (folded_end == std::string::npos) folded_end = folded_.size();
    Line line;
    line.folded_start = folded_start;
    line.folded_end = folded_end;
    line.start = raw_offset(folded_start);
    line.end = raw_offset(folded_end);
    lines_.push_back(line);
    folded_start = folded_end + 1;
  }
}

std::size_t CvText::folded_offset(std::size_t offset) const {
  const auto it = std::lower_bound(origin_.begin(), origin_.end(), offset);
  return std::min(static_cast<std::size_t>(it - origin_.begin()), folded_.size());
}

std::size_t CvText::line_index_at(std::size_t offset) const {
  const auto it =
      std::upper_bound(lines_.begin(), lines_.end(), offset,
                       [](std::size_t value, const Line& l) { return value < l.start; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

std::string collapse_spaces(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool pending = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    // U+00A0 and U+202F are the non-breaking spaces French typography puts before ':'.
    std::size_t space = (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') ? 1 : 0;
    if (raw.substr(i).starts_with("\xC2\xA0")) space = 2;
    if (raw.substr(i).starts_with("\xE2\x80\xAF")) space = 3;
    if (space > 0) {
      pending = !out.empty();
      i += space - 1;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

int parse_small_number(std::string_view digits) {
  if (digits.empty() || digits.size() > 9) return -1;
  int value = 0;
  for (const char c : digits) {
    if (!is_ascii_digit(c)) return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace jobmatch::cv::detail
