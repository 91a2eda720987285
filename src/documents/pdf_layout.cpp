#include "documents/pdf_layout.hpp"

#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "text/unicode.hpp"

namespace jobmatch::documents {
namespace {

constexpr std::size_t kMaxHeadingBytes = 80;
constexpr double kLargerFontRatio = 1.15;

struct LayoutLine {
  std::string text;
  double top = 0;
  double height = 0;
  double max_font_size = 0;
  std::size_t chars = 0;
  std::size_t bold_chars = 0;
};

bool is_bold_font(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* marker : {"bold", "black", "heavy", "semibold", "demi"}) {
    if (name.find(marker) != std::string::npos) return true;
  }
  return false;
}

// Word boxes come in reading order; a new line starts when a box leaves the current line's band.
std::vector<LayoutLine> group_lines(const std::vector<poppler::text_box>& boxes) {
  std::vector<LayoutLine> lines;
  bool space_pending = false;
  for (const auto& box : boxes) {
    const poppler::rectf r = box.bbox();
    const std::string word = poppler_to_utf8(box.text().to_utf8());
    const bool same_line = !lines.empty() && std::abs(r.top() - lines.back().top) <
                                                 0.5 * std::max(r.height(), lines.back().height);
    if (!same_line) {
      lines.push_back({});
      lines.back().top = r.top();
      lines.back().height = r.height();
    } else if (space_pending) {
      lines.back().text += ' ';
    }
    LayoutLine& line = lines.back();
    line.text += word;
    const std::size_t n = text::count_code_points(word);
    line.chars += n;
    if (box.has_font_info()) {
      line.max_font_size = std::max(line.max_font_size, box.get_font_size());
      if (is_bold_font(box.get_font_name())) line.bold_chars += n;
    }
    space_pending = box.has_space_after();
  }
  return lines;
}

// The size most characters are set in, i.e. the body text's.
double body_font_size(const std::vector<LayoutLine>& lines) {
  std::map<long, std::size_t> chars_by_size;
  for (const auto& line : lines) chars_by_size[std::lround(line.max_font_size * 10)] += line.chars;
  long best = 0;
  std::size_t best_chars = 0;
  for (const auto& [size, chars] : chars_by_size) {
    if (chars > best_chars) best = size, best_chars = chars;
  }
  return static_cast<double>(best) / 10.0;
}

bool has_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0xC0;
  });
}

}  // namespace

std::string poppler_to_utf8(const std::vector<char>& bytes) {
  return std::string(bytes.begin(), bytes.end());
}

bool is_unreadable_text_layer(std::string_view text) {
  std::size_t visible = 0, unreadable = 0;
  for (const char32_t c : text::decode_utf8(text)) {
    if (c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' || c == U'\f') continue;
    ++visible;
    unreadable += (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || c < 0x20;
  }
  return visible > 0 && unreadable * 10 > visible * 3;  // more than 30 %
}

std::vector<std::string> find_heading_lines(const poppler::page& page) {
  const std::vector<LayoutLine> lines =
      group_lines(page.text_list(poppler::page::text_list_include_font));
  std::size_t all_chars = 0, all_bold = 0;
  for (const auto& line : lines) all_chars += line.chars, all_bold += line.bold_chars;
  const double body_size = body_font_size(lines);
  const bool body_is_bold = all_chars > 0 && all_bold * 2 > all_chars;
  std::vector<std::string> headings;
  for (const auto& line : lines) {
    if (line.text.size() > kMaxHeadingBytes || !has_letter(line.text)) continue;
    const bool larger = body_size > 0 && line.max_font_size >= body_size * kLargerFontRatio;
    const bool bold = !body_is_bold && line.chars > 0 && line.bold_chars == line.chars;
    if (larger || bold) headings.push_back(line.text);
  }
  return headings;
}

}  // namespace jobmatch::documents
