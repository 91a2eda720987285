// The shared resume corpus (../shared/data/resumes: 397 real PDF, DOCX and TXT CVs): every file
// extracts, and the PDF and DOCX exports of the same CV read alike.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "documents/documents.hpp"
#include "read_file.hpp"
#include "text/unicode.hpp"

namespace jobmatch::documents {
namespace {

namespace fs = std::filesystem;

const fs::path kResumes = fs::path(JOBMATCH_SHARED_DIR) / "data" / "resumes";

// Files that cannot give 50 characters, and why (documented in the corpus's SOURCE.md).
const std::map<std::string, std::string> kKnownWithoutText = {
    {"pdf_kaggle_livecareer/BUSINESS-DEVELOPMENT/12632728.pdf",
     "a blank one-page PDF in the upstream dataset"},
};

struct CorpusEntry {
  std::string file;
  std::string format;
  std::string pair_id;
};

std::vector<CorpusEntry> read_index() {
  std::vector<CorpusEntry> entries;
  std::ifstream in(kResumes / "index.jsonl");
  for (std::string line; std::getline(in, line);) {
    const auto row = nlohmann::json::parse(line);
    entries.push_back(
        {row.at("file"), row.at("format"),
         row.contains("pair_id") && row["pair_id"].is_string() ? row["pair_id"] : ""});
  }
  return entries;
}

std::set<std::string> word_tokens(const std::string& text) {
  std::set<std::string> tokens;
  std::string token;
  for (const char c : text::fold_for_matching(text) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      token += c;
    } else if (!token.empty()) {
      tokens.insert(token);
      token.clear();
    }
  }
  return tokens;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t shared = 0;
  for (const auto& token : a) shared += b.count(token);
  const std::size_t all = a.size() + b.size() - shared;
  return all == 0 ? 1.0 : static_cast<double>(shared) / static_cast<double>(all);
}

class ResumeCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kResumes / "index.jsonl")) {
      GTEST_SKIP() << kResumes << " is absent: the shared resume corpus is not on this machine";
    }
  }
};

TEST_F(ResumeCorpus, EveryCvExtractsAtLeastFiftyCharactersOrHasADocumentedReason) {
  std::map<std::string, int> read_by_format;
  for (const auto& entry : read_index()) {
    const auto doc = extract_document(testing::read_binary_file(kResumes / entry.file));
    const std::size_t chars = doc ? text::count_visible_code_points(doc->text) : 0;
    if (kKnownWithoutText.count(entry.file)) {
      EXPECT_LT(chars, 50u) << entry.file << " was expected to have no text";
      continue;
    }
    EXPECT_TRUE(doc.has_value()) << entry.file << ": " << (doc ? "" : doc.error().message);
    EXPECT_GE(chars, 50u) << entry.file;
    if (doc && doc->used_ocr) ADD_FAILURE() << entry.file << " has a text layer but went to OCR";
    if (chars >= 50) ++read_by_format[entry.format];
  }
  for (const auto& [format, count] : read_by_format) {
    RecordProperty(format, count);
    std::cout << "[ corpus   ] " << format << ": " << count << " files read\n";
  }
}

TEST_F(ResumeCorpus, PdfAndDocxExportsOfTheSameCvReadAlike) {
  std::map<std::string, std::map<std::string, std::string>> pairs;  // pair -> format -> file
  for (const auto& entry : read_index()) {
    if (!entry.pair_id.empty()) pairs[entry.pair_id][entry.format] = entry.file;
  }
  ASSERT_FALSE(pairs.empty());
  for (const auto& [pair, files] : pairs) {
    if (!files.count("pdf") || !files.count("docx")) continue;
    const auto pdf = extract_document(testing::read_binary_file(kResumes / files.at("pdf")));
    const auto docx = extract_document(testing::read_binary_file(kResumes / files.at("docx")));
    ASSERT_TRUE(pdf && docx) << pair;
    const double similarity = jaccard(word_tokens(pdf->text), word_tokens(docx->text));
    std::cout << "[ pairs    ] " << pair << ": token Jaccard " << similarity << "\n";
    EXPECT_GE(similarity, 0.8) << pair;
  }
}

}  // namespace
}  // namespace jobmatch::documents
