#include "ingest/line_reader.hpp"

#include <filesystem>

namespace jobmatch::ingest {

namespace {
constexpr unsigned kChunkBytes = 1 << 16;

core::Result<std::string> line_too_long(std::size_t max_line_bytes) {
  return core::fail(core::ErrorCode::kTooLarge,
                    "line longer than " + std::to_string(max_line_bytes) + " bytes, skipped");
}
}  // namespace

core::Result<LineReader> LineReader::open(const std::string& path, std::size_t max_line_bytes) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return core::fail(core::ErrorCode::kNotFound, "cannot read " + path + ": no such file");
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    return core::fail(core::ErrorCode::kInvalidInput,
                      "cannot read " + path + ": not a regular file");
  }
  const auto size = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return core::fail(core::ErrorCode::kUnavailable, "cannot open " + path);
  gzbuffer(file, kChunkBytes);
  LineReader reader(file, max_line_bytes, ec ? 0 : size);
  if (reader.starts_with_utf16_mark()) {
    return core::fail(core::ErrorCode::kUnsupportedType,
                      path +
                          " is UTF-16 text; convert it to UTF-8 first, e.g. "
                          "iconv -f UTF-16 -t UTF-8");
  }
  return reader;
}

bool LineReader::starts_with_utf16_mark() {
  fill_buffer();
  return buffer_.starts_with("\xFF\xFE") || buffer_.starts_with("\xFE\xFF");
}

LineReader::LineReader(gzFile file, std::size_t max_line_bytes, std::int64_t file_size)
    : file_(file), max_line_bytes_(max_line_bytes), file_size_(file_size) {}

LineReader::LineReader(LineReader&& other) noexcept
    : file_(other.file_),
      max_line_bytes_(other.max_line_bytes_),
      file_size_(other.file_size_),
      line_number_(other.line_number_),
      buffer_(std::move(other.buffer_)),
      position_(other.position_),
      end_of_file_(other.end_of_file_),
      failed_(other.failed_) {
  other.file_ = nullptr;
}

LineReader::~LineReader() {
  if (file_) gzclose(file_);
}

std::int64_t LineReader::bytes_read() const { return file_ ? gzoffset(file_) : 0; }

bool LineReader::fill_buffer() {
  if (end_of_file_ || failed_) return false;
  buffer_.erase(0, position_);
  position_ = 0;
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunkBytes);
  const int got = gzread(file_, buffer_.data() + old_size, kChunkBytes);
  if (got < 0) {
    failed_ = true;
    buffer_.resize(old_size);
    return false;
  }
  buffer_.resize(old_size + static_cast<std::size_t>(got));
  if (got == 0) {
    // A gzip stream cut short reads as a plain end of file; zlib only tells through gzerror.
    int status = Z_OK;
    gzerror(file_, &status);
    failed_ = status != Z_OK;
    end_of_file_ = !failed_;
  }
  return got > 0;
}

std::optional<core::Result<std::string>> LineReader::next_line() {
  bool too_long = false;
  while (true) {
    const auto newline = buffer_.find('\n', position_);
    if (newline != std::string::npos) {
      ++line_number_;
      std::string line = buffer_.substr(position_, newline - position_);
      position_ = newline + 1;
      if (too_long || line.size() > max_line_bytes_) {
        return line_too_long(max_line_bytes_);
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return core::Result<std::string>(std::move(line));
    }
    if (buffer_.size() - position_ > max_line_bytes_) {
      // Drop what we hold of an oversized line; keep reading to find where it ends.
      too_long = true;
      buffer_.clear();
      position_ = 0;
    }
    if (!fill_buffer()) break;
  }
  if (failed_) {
    // What was read of a line cut by the corruption is not a record: drop it.
    failed_ = false;
    end_of_file_ = true;
    buffer_.clear();
    position_ = 0;
    return core::Result<std::string>(
        core::fail(core::ErrorCode::kUnprocessable, "the file is corrupt or truncated (gzip)"));
  }
  if (position_ < buffer_.size() || too_long) {  // last line without a final newline
    ++line_number_;
    std::string line = buffer_.substr(position_);
    buffer_.clear();
    position_ = 0;
    if (too_long || line.size() > max_line_bytes_) {
      return line_too_long(max_line_bytes_);
    }
    return core::Result<std::string>(std::move(line));
  }
  return std::nullopt;
}

}  // namespace jobmatch::ingest
