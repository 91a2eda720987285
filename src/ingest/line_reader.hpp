#pragma once
// Reads a text file line by line, transparently gunzipping `.gz` input (zlib detects the gzip
// header itself, so a compressed file without the suffix works too).

#include <zlib.h>

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"

namespace jobmatch::ingest {

/// Sequential reader of lines; lines longer than the limit are skipped and reported.
class LineReader {
 public:
  /// Opens `path`; fails for a missing file, a directory, or UTF-16 text (not JSON Lines).
  static core::Result<LineReader> open(const std::string& path, std::size_t max_line_bytes);
  LineReader(LineReader&& other) noexcept;
  LineReader(const LineReader&) = delete;
  ~LineReader();

  /// The next line without its end-of-line, nullopt at the end of the file, or an Error for an
  /// unreadable file. A too-long line yields kTooLarge; reading can go on after it.
  std::optional<core::Result<std::string>> next_line();

  /// Number of the line returned last (1-based).
  std::int64_t line_number() const { return line_number_; }
  /// Bytes of the file consumed so far and the file's size, for progress display.
  std::int64_t bytes_read() const;
  std::int64_t file_size() const { return file_size_; }

 private:
  LineReader(gzFile file, std::size_t max_line_bytes, std::int64_t file_size);
  bool fill_buffer();
  /// Reads the first chunk and tells whether it starts with a UTF-16 byte order mark.
  bool starts_with_utf16_mark();

  gzFile file_;
  std::size_t max_line_bytes_;
  std::int64_t file_size_;
  std::int64_t line_number_ = 0;
  std::string buffer_;
  std::size_t position_ = 0;
  bool end_of_file_ = false;
  bool failed_ = false;
};

}  // namespace jobmatch::ingest
