#pragma once
// The folder of uploaded files (var/uploads by default), outside every static root. Files get
// random names; a file appears under its final name only once completely written and synced.

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace jobmatch::web {

class UploadDirectory {
 public:
  /// Creates the folder if needed (owner-only permissions).
  static core::Result<UploadDirectory> open(std::filesystem::path dir);

  /// Writes `bytes` under a new random name ending in `extension` (".pdf"...); returns the name.
  core::Result<std::string> store(std::string_view bytes, std::string_view extension) const;

  /// Deletes a stored file; names this class could not have made are ignored, so a tampered
  /// record can never point outside the folder.
  void remove(std::string_view stored_name) const noexcept;

  /// Stored files and leftover partial writes last modified before `cutoff`.
  std::vector<std::string> list_files_older_than(std::filesystem::file_time_type cutoff) const;

  const std::filesystem::path& path() const { return dir_; }

  /// True for names made by store(): 32 hex digits and a known extension, or a partial write.
  static bool is_stored_name(std::string_view name);

 private:
  explicit UploadDirectory(std::filesystem::path dir) : dir_(std::move(dir)) {}
  std::filesystem::path dir_;
};

}  // namespace jobmatch::web
