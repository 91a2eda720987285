#include "core/paths.hpp"

#include <system_error>

namespace jobmatch::core {

namespace {
bool holds_project_folders(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_directory(dir / "data", ec) &&
         std::filesystem::is_directory(dir / "web", ec);
}
}  // namespace

std::filesystem::path find_project_root(const std::filesystem::path& executable) {
  std::error_code ec;
  auto dir = std::filesystem::weakly_canonical(executable, ec).parent_path();
  while (!dir.empty()) {
    if (holds_project_folders(dir)) return dir;
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return JOBMATCH_SOURCE_DIR;
}

std::filesystem::path current_executable() {
  std::error_code ec;
  auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path{} : path;
}

}  // namespace jobmatch::core
