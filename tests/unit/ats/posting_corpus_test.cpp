// The posting readers over the shared corpus of real job postings (France Travail, LinkedIn,
// Indeed, Glassdoor, Google Jobs, Rekrute...), read in place and never copied into the
// repository: robustness on every posting, and floors on how often the parts are found.

#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ats/posting.hpp"

namespace jobmatch::ats {
namespace {

const std::filesystem::path kJobs =
    std::filesystem::path(JOBMATCH_SHARED_DIR) / "data/jobs/jobs.jsonl.gz";

struct GzipCloser {
  void operator()(gzFile_s* file) const { gzclose(file); }
};

/// The whole decompressed content of a gzip file, nullopt when it cannot be read.
std::optional<std::string> read_gzip(const std::filesystem::path& path) {
  const std::unique_ptr<gzFile_s, GzipCloser> file(gzopen(path.c_str(), "rb"));
  if (!file) return std::nullopt;
  std::string out;
  std::vector<char> buffer(1 << 16);
  int read = 0;
  while ((read = gzread(file.get(), buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
    out.append(buffer.data(), static_cast<std::size_t>(read));
  }
  if (read < 0) return std::nullopt;
  return out;
}

struct CorpusPosting {
  std::string text;        // title, blank line, description: what the ATS reads
  std::string experience;  // France Travail's experience field, "" elsewhere
};

std::vector<CorpusPosting> parse_postings(const std::string& jsonl) {
  std::vector<CorpusPosting> postings;
  std::size_t start = 0;
  while (start < jsonl.size()) {
    std::size_t end = jsonl.find('\n', start);
    if (end == std::string::npos) end = jsonl.size();
    const nlohmann::json record =
        nlohmann::json::parse(jsonl.begin() + static_cast<std::ptrdiff_t>(start),
                              jsonl.begin() + static_cast<std::ptrdiff_t>(end), nullptr, false);
    start = end + 1;
    if (!record.is_object()) continue;
    postings.push_back({record.value("title", "") + "\n\n" + record.value("description", ""),
                        record.value("experience", "")});
  }
  return postings;
}

/// The corpus, read once for all tests; empty when it cannot be read.
const std::vector<CorpusPosting>& corpus_postings() {
  static const std::vector<CorpusPosting> postings = [] {
    const std::optional<std::string> jsonl = read_gzip(kJobs);
    return jsonl ? parse_postings(*jsonl) : std::vector<CorpusPosting>();
  }();
  return postings;
}

bool is_char_boundary(std::string_view text, std::size_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

/// Failures of the span invariants, as messages (empty when all hold).
std::string check_span(std::string_view text, TextSpan span, std::string_view what) {
  if (span.start > span.end || span.end > text.size()) return std::string(what) + " outside\n";
  if (!is_char_boundary(text, span.start) || !is_char_boundary(text, span.end)) {
    return std::string(what) + " not on a UTF-8 boundary\n";
  }
  return "";
}

std::string check_segments(std::string_view text, const PostingStructure& structure) {
  std::size_t end = 0;
  for (const PostingSegment& segment : structure.segments) {
    if (segment.span.start != end || segment.span.end <= segment.span.start) {
      return "segments do not follow each other\n";
    }
    if (const std::string error = check_span(text, segment.span, "segment"); !error.empty()) {
      return error;
    }
    end = segment.span.end;
  }
  return end == text.size() ? "" : "segments do not reach the end\n";
}

struct Shares {
  std::size_t postings = 0;
  std::size_t requirements = 0;
  std::size_t nice_to_have = 0;
  std::size_t years = 0;
  std::size_t education = 0;
  std::size_t languages = 0;

  double of(std::size_t count) const {
    return static_cast<double>(count) / static_cast<double>(postings);
  }
};

/// Runs the four readers over one posting; returns the broken invariants.
std::string read_posting(std::string_view text, Shares& shares) {
  std::string errors;
  const PostingStructure structure = read_posting_structure(text);
  errors += check_segments(text, structure);
  bool requirements = false;
  bool nice = false;
  for (const PostingSegment& segment : structure.segments) {
    requirements = requirements || segment.part == PostingPart::kRequirements;
    nice = nice || segment.part == PostingPart::kNiceToHave;
  }
  shares.requirements += requirements;
  shares.nice_to_have += nice;
  if (const auto years = find_required_years(text, structure)) {
    ++shares.years;
    errors += check_span(text, years->span, "years span");
    if (years->years < 0 || years->years > 25) errors += "years out of range\n";
  }
  if (const auto education = find_required_education(text, structure)) {
    ++shares.education;
    errors += check_span(text, education->span, "education span");
  }
  const std::vector<LanguageRequirement> languages = find_required_languages(text, structure);
  shares.languages += !languages.empty();
  for (const LanguageRequirement& language : languages) {
    errors += check_span(text, language.span, "language span");
    if (language.code.size() != 2) errors += "language code is not ISO 639-1\n";
  }
  return errors;
}

TEST(PostingCorpus, ReadsEveryRealPostingAndFindsItsParts) {
  if (!std::filesystem::exists(kJobs)) GTEST_SKIP() << "shared job corpus not found at " << kJobs;
  const std::vector<CorpusPosting>& postings = corpus_postings();
  ASSERT_GT(postings.size(), 10'000u) << "cannot read " << kJobs;

  Shares shares;
  std::size_t broken = 0;
  const auto started = std::chrono::steady_clock::now();
  for (const CorpusPosting& posting : postings) {
    ++shares.postings;
    std::string errors;
    try {
      errors = read_posting(posting.text, shares);
    } catch (const std::exception& e) {
      errors = std::string("threw ") + e.what() + "\n";
    }
    if (!errors.empty() && ++broken <= 5) {
      ADD_FAILURE() << errors << "in posting:\n" << posting.text.substr(0, 300);
    }
  }
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  EXPECT_EQ(broken, 0u);

  std::cout << "[ corpus   ] " << shares.postings << " postings in " << elapsed.count()
            << " ms: requirements part " << shares.of(shares.requirements) << ", nice-to-have "
            << shares.of(shares.nice_to_have) << ", years " << shares.of(shares.years)
            << ", education " << shares.of(shares.education) << ", languages "
            << shares.of(shares.languages) << "\n";
  // Floors a little under the shares measured when they were set (11,217 postings): 0.419
  // requirements part, 0.417 nice-to-have, 0.411 years, 0.463 education, 0.119 languages.
  // Many postings have no headings (France Travail free text) or no demand of their own.
  EXPECT_GE(shares.of(shares.requirements), 0.40);
  EXPECT_GE(shares.of(shares.nice_to_have), 0.39);
  EXPECT_GE(shares.of(shares.years), 0.39);
  EXPECT_GE(shares.of(shares.education), 0.44);
  EXPECT_GE(shares.of(shares.languages), 0.10);
}

TEST(PostingCorpus, ReadsFranceTravailExperienceFields) {
  if (!std::filesystem::exists(kJobs)) GTEST_SKIP() << "shared job corpus not found at " << kJobs;
  std::size_t fields = 0;
  std::size_t read = 0;
  for (const CorpusPosting& posting : corpus_postings()) {
    // "Expérience exigée de 2 An(s)", "3 An(s)", "12 Mois", "Débutant accepté".
    const bool has_duration = posting.experience.find("An(s)") != std::string::npos ||
                              posting.experience.find("Mois") != std::string::npos ||
                              posting.experience.starts_with("Débutant");
    if (!has_duration) continue;
    ++fields;
    const std::string line = "Expérience : " + posting.experience;
    if (find_required_years(line)) {
      ++read;
    } else if (fields - read <= 5) {
      ADD_FAILURE() << "no years in " << line;
    }
  }
  std::cout << "[ corpus   ] " << read << "/" << fields << " France Travail experience fields\n";
  EXPECT_GT(fields, 2'000u);
  EXPECT_EQ(read, fields);
}

}  // namespace
}  // namespace jobmatch::ats
