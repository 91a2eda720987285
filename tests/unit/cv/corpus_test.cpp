// Robustness and section coverage on the shared resume corpus (real CVs, read in place and never
// copied into the repository).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "cv/profile.hpp"
#include "cv_test_files.hpp"
#include "text/unicode.hpp"

namespace jobmatch::cv {
namespace {

const std::filesystem::path kResumes = std::filesystem::path(JOBMATCH_SHARED_DIR) / "data/resumes";

/// Files of `format` listed in the corpus index.
std::vector<std::filesystem::path> corpus_files(const std::string& format) {
  std::vector<std::filesystem::path> files;
  std::ifstream index(kResumes / "index.jsonl");
  for (std::string line; std::getline(index, line);) {
    const nlohmann::json entry = nlohmann::json::parse(line, nullptr, false);
    if (entry.is_object() && entry.value("format", "") == format) {
      files.push_back(kResumes / entry.value("file", ""));
    }
  }
  return files;
}

TEST(CvCorpus, ParsesEveryTextResumeAndFindsSections) {
  if (!std::filesystem::exists(kResumes / "index.jsonl")) {
    GTEST_SKIP() << "shared resume corpus not found at " << kResumes;
  }
  const std::vector<std::filesystem::path> files = corpus_files("txt");
  ASSERT_FALSE(files.empty());
  std::size_t with_two_sections = 0;
  for (const std::filesystem::path& file : files) {
    const auto raw = testing_support::read_file(file.string());
    ASSERT_TRUE(raw) << file;
    // The documents module hands over NFC text; the corpus keeps the source's bytes.
    const CvProfile profile = parse_cv_profile(text::normalize_nfc(*raw), {}, {2025, 6});
    EXPECT_NO_THROW(profile_to_json(profile, ContactVisibility::kOwner).dump()) << file;
    with_two_sections += profile.sections.size() >= 2;
  }
  const double ratio = static_cast<double>(with_two_sections) / static_cast<double>(files.size());
  std::cout << "[ corpus   ] " << with_two_sections << "/" << files.size()
            << " txt resumes with >= 2 sections (ratio " << ratio << ")\n";
  testing::Test::RecordProperty("txt_two_section_ratio", std::to_string(ratio));
  EXPECT_GE(ratio, 0.6);
}

}  // namespace
}  // namespace jobmatch::cv
