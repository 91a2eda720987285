#pragma once
// Locating the repository's shipped folders (data/, web/) from the running executable, so the
// binary works from any current directory.

#include <filesystem>

namespace jobmatch::core {

/// The project root: the nearest ancestor of `executable` holding both `data/` and `web/`,
/// else the source tree the binary was built from.
std::filesystem::path find_project_root(const std::filesystem::path& executable);

/// Absolute path of the running executable (/proc/self/exe), or empty when unknown.
std::filesystem::path current_executable();

}  // namespace jobmatch::core
