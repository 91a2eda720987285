#pragma once
// Internal to the cv module: cleaning of the raw fragments the profile reports as written
// (job titles, certification names, headings), so they carry no bullets or dangling separators.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobmatch::cv::detail {

/// `raw` with whitespace collapsed and, at both ends, separators, bullets, icons (Private Use
/// Area glyphs), dashes and brackets removed; at most 200 bytes, cut on a character boundary.
std::string clean_fragment(std::string_view raw);

/// Whether `word` is one of the entries of `list`, which are separated by `separator`.
bool list_contains(std::string_view list, std::string_view word, char separator);

/// Whether `s` holds a letter (ASCII or the lead byte of a non-ASCII character).
bool has_letter(std::string_view s);

/// Number of space-separated words.
std::size_t word_count(std::string_view s);

/// `s` cut to at most `max_bytes` without splitting a UTF-8 sequence.
std::string_view truncate_utf8(std::string_view s, std::size_t max_bytes);

/// A cell of a line laid out in columns and the column (code points from the line start) where
/// it begins.
struct ColumnCell {
  std::string_view text;
  std::size_t column = 0;
};

/// The cells of a line separated by runs of 3+ spaces or tabs (text laid out in columns).
std::vector<ColumnCell> split_columns(std::string_view raw_line);

/// Number of characters (code points) of UTF-8 text.
std::size_t count_columns(std::string_view s);

/// The cells of a line laid out in columns or with inline separators: pieces between runs of
/// 3+ spaces, tabs, " | " and " • ".
std::vector<std::string_view> split_cells(std::string_view raw_line);

}  // namespace jobmatch::cv::detail
