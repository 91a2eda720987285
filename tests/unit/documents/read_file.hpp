#pragma once
// Whole-file reads for the document tests.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace jobmatch::documents::testing {

inline std::string read_binary_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::filesystem::path fixture(const std::string& name) {
  return std::filesystem::path(JOBMATCH_FIXTURES_DIR) / "documents" / name;
}

}  // namespace jobmatch::documents::testing
