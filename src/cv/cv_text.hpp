#pragma once
// Internal to the cv module: the CV text split into lines, with a folded copy (lower case,
// accents and typographic punctuation stripped) that the recognisers match against, and a map
// from folded bytes back to offsets in the original text.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.hpp"

namespace jobmatch::cv::detail {

/// Lower-case ASCII copy of `raw` for matching: Latin accented letters lose their accents
/// (œ -> oe, ß -> ss, the "fi"/"fl" ligatures are split), typographic dashes become '-',
/// apostrophes '\'', Unicode spaces ' '. Other characters are copied as they are and invalid
/// UTF-8 bytes become '?', so every output byte comes from exactly one input character.
/// When `origin` is given, it receives for each output byte the offset of its source character,
/// plus one final entry equal to raw.size().
std::string fold_with_offsets(std::string_view raw, std::vector<std::uint32_t>* origin);

/// One line of the text: [start, end) in the raw text and in the folded text, without '\n'.
struct Line {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t folded_start = 0;
  std::size_t folded_end = 0;
};

/// The text being parsed and its folded view, built once per CV.
class CvText {
 public:
  explicit CvText(std::string_view raw);

  std::string_view raw() const { return raw_; }
  std::string_view folded() const { return folded_; }
  const std::vector<Line>& lines() const { return lines_; }

  std::string_view raw_line(const Line& line) const {
    return raw_.substr(line.start, line.end - line.start);
  }
  std::string_view folded_line(const Line& line) const {
    return std::string_view(folded_).substr(line.folded_start, line.folded_end - line.folded_start);
  }
  /// Offset in the raw text of the character that produced folded byte `folded_pos`.
  std::size_t raw_offset(std::size_t folded_pos) const {
    return folded_pos < origin_.size() ? origin_[folded_pos] : raw_.size();
  }
  /// First folded byte whose source character starts at or after raw offset `offset`.
  std::size_t folded_offset(std::size_t offset) const;
  /// Index of the line holding raw offset `offset` (the last line for offsets past the end).
  std::size_t line_index_at(std::size_t offset) const;

 private:
  std::string_view raw_;
  std::string folded_;
  std::vector<std::uint32_t> origin_;
  std::vector<Line> lines_;
};

/// Copy of `raw` with surrounding whitespace trimmed and inner runs collapsed to one space.
std::string collapse_spaces(std::string_view raw);

using text::trim_spaces;

using text::is_ascii_alnum;
using text::is_ascii_digit;
using text::is_ascii_lower;
using text::is_ascii_upper;

/// Value of a run of at most 9 ASCII digits (no overflow, no exceptions); -1 when `digits` is
/// empty, too long or holds anything else.
int parse_small_number(std::string_view digits);

}  // namespace jobmatch::cv::detail
