// Document extraction throughput on the shared resume corpus (../shared/data/resumes): PDF pages
// per second, DOCX and TXT files per second, and OCR seconds per page on a scanned page.
// Usage: extract_bench [RESUMES_DIR] [SCAN_JPEG]. Prints one line per measure.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "documents/documents.hpp"

namespace {

namespace fs = std::filesystem;
namespace documents = jobmatch::documents;
using Clock = std::chrono::steady_clock;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Totals {
  int files = 0;
  int pages = 0;
  std::size_t bytes = 0;
  double seconds = 0;
};

// Extracts every file of the corpus index `rounds` times, per format, with OCR off so that the
// text-layer readers are measured alone.
std::map<std::string, Totals> measure_corpus(const fs::path& dir, int rounds) {
  std::map<std::string, Totals> totals;
  documents::ExtractionLimits limits;
  limits.allow_ocr = false;
  std::ifstream index(dir / "index.jsonl");
  std::vector<std::pair<std::string, std::string>> files;  // format, bytes
  for (std::string line; std::getline(index, line);) {
    const auto row = nlohmann::json::parse(line);
    files.emplace_back(row.at("format"), read_file(dir / row.at("file").get<std::string>()));
  }
  for (int round = 0; round < rounds; ++round) {
    for (const auto& [format, bytes] : files) {
      const auto start = Clock::now();
      const auto doc = documents::extract_document(bytes, limits);
      Totals& t = totals[format];
      t.seconds += std::chrono::duration<double>(Clock::now() - start).count();
      t.files += 1;
      t.pages += doc ? doc->pages : 0;
      t.bytes += bytes.size();
    }
  }
  return totals;
}

void measure_ocr(const fs::path& scan) {
  if (!documents::ocr_available()) {
    std::printf("ocr: skipped (tesseract eng+fra not installed)\n");
    return;
  }
  const std::string bytes = read_file(scan);
  documents::extract_document(bytes);  // warm-up: engine start-up is not per page
  constexpr int kRuns = 3;
  const auto start = Clock::now();
  for (int i = 0; i < kRuns; ++i) documents::extract_document(bytes);
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count() / kRuns;
  std::printf("ocr: %.2f s per page (%s, mean of %d)\n", seconds, scan.filename().c_str(), kRuns);
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path dir = argc > 1 ? argv[1] : "../shared/data/resumes";
  const fs::path scan = argc > 2 ? argv[2] : "tests/fixtures/documents/harvey_dent_scan.jpg";
  if (!fs::exists(dir / "index.jsonl")) {
    std::fprintf(stderr, "extract_bench: %s/index.jsonl not found\n", dir.c_str());
    return 1;
  }
  constexpr int kRounds = 3;
  for (const auto& [format, t] : measure_corpus(dir, kRounds)) {
    std::printf("%s: %d files, %d pages, %.1f MB in %.2f s: %.0f files/s, %.0f pages/s\n",
                format.c_str(), t.files, t.pages, t.bytes / 1e6, t.seconds, t.files / t.seconds,
                t.pages / t.seconds);
  }
  if (fs::exists(scan)) measure_ocr(scan);
  return 0;
}
