#pragma once
// Reading fixture files for the cv tests.

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace jobmatch::cv::testing_support {

/// Whole content of a file, nullopt when it cannot be opened.
inline std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace jobmatch::cv::testing_support
