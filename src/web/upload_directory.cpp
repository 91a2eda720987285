#include "web/upload_directory.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "web/hex_token.hpp"

namespace jobmatch::web {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kPartialPrefix = ".partial-";
constexpr std::size_t kRandomHexDigits = 32;

core::Result<void> write_all_synced(const fs::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    return core::fail(core::ErrorCode::kUnavailable, "le fichier n'a pas pu être enregistré",
                      "open " + path.string() + ": " + std::strerror(errno));
  }
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  const bool synced = written == bytes.size() && ::fsync(fd) == 0;
  const int saved_errno = errno;
  ::close(fd);
  if (!synced) {
    std::error_code ignored;
    fs::remove(path, ignored);
    return core::fail(core::ErrorCode::kUnavailable, "le fichier n'a pas pu être enregistré",
                      "write " + path.string() + ": " + std::strerror(saved_errno));
  }
  return {};
}

}  // namespace

core::Result<UploadDirectory> UploadDirectory::open(fs::path dir) {
  std::error_code error;
  const bool created = fs::create_directories(dir, error);
  if (error || !fs::is_directory(dir)) {
    return core::fail(core::ErrorCode::kUnavailable,
                      "uploads directory " + dir.string() +
                          " cannot be created: " + (error ? error.message() : "not a directory"));
  }
  // Only a folder we made is restricted: an existing one given by the operator (even /tmp)
  // keeps its permissions; the files themselves are always owner-only (0600).
  if (created) fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, error);
  return UploadDirectory(std::move(dir));
}

core::Result<std::string> UploadDirectory::store(std::string_view bytes,
                                                 std::string_view extension) const {
  const std::string name = random_hex_token(kRandomHexDigits / 2) + std::string(extension);
  const fs::path partial = dir_ / (std::string(kPartialPrefix) + name);
  if (auto written = write_all_synced(partial, bytes); !written) {
    return core::forward_error(std::move(written));
  }
  std::error_code error;
  fs::rename(partial, dir_ / name, error);
  if (error) {
    fs::remove(partial, error);
    return core::fail(core::ErrorCode::kUnavailable, "le fichier n'a pas pu être enregistré",
                      "rename in " + dir_.string() + " failed");
  }
  return name;
}

void UploadDirectory::remove(std::string_view stored_name) const noexcept {
  if (!is_stored_name(stored_name)) return;
  std::error_code ignored;
  fs::remove(dir_ / std::string(stored_name), ignored);
}

std::vector<std::string> UploadDirectory::list_files_older_than(fs::file_time_type cutoff) const {
  std::vector<std::string> names;
  std::error_code error;
  for (fs::directory_iterator it(dir_, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code time_error;
    const auto modified = it->last_write_time(time_error);
    if (is_stored_name(name) && !time_error && modified < cutoff) names.push_back(name);
  }
  return names;
}

bool UploadDirectory::is_stored_name(std::string_view name) {
  if (name.starts_with(kPartialPrefix)) name.remove_prefix(kPartialPrefix.size());
  const auto dot = name.find('.');
  if (dot != kRandomHexDigits || !is_lower_hex(name.substr(0, dot))) return false;
  const std::string_view extension = name.substr(dot);
  for (std::string_view known : {".pdf", ".docx", ".txt", ".png", ".jpg", ".tif"}) {
    if (extension == known) return true;
  }
  return false;
}

}  // namespace jobmatch::web
