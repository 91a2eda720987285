#pragma once
// Reads the tab-separated tables under tests/fixtures/text/: one case per line, lines starting with
// "# " are comments. Kept as files so that real catalogue values can be refreshed without editing
// code.

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#ifndef JOBMATCH_TEXT_FIXTURE_DIR
#error "JOBMATCH_TEXT_FIXTURE_DIR must name tests/fixtures/text"
#endif

namespace jobmatch::text::testing_support {

struct FixtureRow {
  int line = 0;
  std::vector<std::string> columns;  // trailing empty columns are kept
};

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> columns;
  std::size_t start = 0;
  for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
    columns.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  columns.push_back(line.substr(start));
  return columns;
}

/// Rows of `name`; an unreadable file fails the calling test with the path it tried.
inline std::vector<FixtureRow> read_fixture_table(const std::string& name) {
  const std::string path = std::string(JOBMATCH_TEXT_FIXTURE_DIR) + "/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in.is_open()) << "cannot read fixture " << path;
  std::vector<FixtureRow> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.starts_with("# ")) continue;
    rows.push_back({number, split_tabs(line)});
  }
  return rows;
}

}  // namespace jobmatch::text::testing_support
