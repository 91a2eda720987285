#include "core/paths.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace jobmatch::core {
namespace {

TEST(FindProjectRoot, FindsTheNearestAncestorWithDataAndWeb) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "data");
  std::filesystem::create_directories(dir.path() / "web");
  std::filesystem::create_directories(dir.path() / "build" / "src" / "app");
  const auto root = find_project_root(dir.path() / "build" / "src" / "app" / "jobmatch");
  EXPECT_EQ(std::filesystem::canonical(root), std::filesystem::canonical(dir.path()));
}

TEST(FindProjectRoot, FallsBackOnTheSourceTree) {
  testing::TempDir dir;
  const auto root = find_project_root(dir.path() / "jobmatch");
  EXPECT_TRUE(std::filesystem::is_directory(root / "data"));
  EXPECT_TRUE(std::filesystem::is_directory(root / "web"));
}

TEST(CurrentExecutable, NamesThisTestBinary) {
  EXPECT_EQ(current_executable().filename(), "core_unit_tests");
}

}  // namespace
}  // namespace jobmatch::core
