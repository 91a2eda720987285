// ATS engine benchmark (prints numbers; run by scripts/bench): taxonomy load, skill extraction
// throughput (MB/s) over the demo postings, applied-skill phrases (MB/s) and the phrase
// normaliser (build time, p50 per phrase), one CV x one posting from text (p50/p90), and one CV
// ranked against 10k and 100k precomputed postings (the /api/match core; p50 of 10 runs).
//
// Usage: ats_bench DATA_DIR CV_TEXT_FILE

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ats/ranking.hpp"
#include "skills/normalizer.hpp"
#include "skills/phrases.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace jobmatch;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))];
}

struct Posting {
  std::string title;
  std::string text;
};

std::vector<Posting> read_demo_postings(const std::string& path) {
  std::vector<Posting> postings;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return postings;
  std::string content;
  char buffer[1 << 16];
  int got = 0;
  while ((got = gzread(file, buffer, sizeof buffer)) > 0) content.append(buffer, got);
  gzclose(file);
  std::istringstream lines(content);
  std::string line;
  while (std::getline(lines, line)) {
    const auto record = nlohmann::json::parse(line, nullptr, false);
    if (!record.is_object()) continue;
    postings.push_back({record.value("title", ""), record.value("description", "")});
  }
  return postings;
}

}  // namespace

/// Applied-skill phrases over the demo postings, then the ESCO normaliser on the first 2,000
/// phrases found (what `skills --phrases` and `--closest` cost).
void bench_phrases(const skills::SkillExtractor& extractor, const std::vector<Posting>& postings) {
  auto start = Clock::now();
  const skills::PhraseFinder finder(extractor.taxonomy());
  std::printf("phrase finder: %zu verb forms built in %.0f ms\n", finder.verb_form_count(),
              ms_since(start));
  std::size_t bytes = 0;
  std::vector<std::string> phrases;
  start = Clock::now();
  for (const Posting& posting : postings) {
    bytes += posting.text.size();
    for (const skills::SkillPhrase& phrase : finder.find(posting.text)) {
      if (phrases.size() < 2000)
        phrases.push_back(posting.text.substr(phrase.start, phrase.end - phrase.start));
    }
  }
  const double find_ms = ms_since(start);
  std::printf("phrases: %.1f MB in %.0f ms: %.1f MB/s\n", bytes / 1e6, find_ms,
              bytes / 1e3 / find_ms);
  start = Clock::now();
  const skills::SkillNormalizer normalizer(extractor.shared_taxonomy(), "esco");
  std::printf("normaliser: ESCO index built in %.0f ms\n", ms_since(start));
  std::vector<double> closest_ms;
  for (const std::string& phrase : phrases) {
    start = Clock::now();
    (void)normalizer.closest(phrase);
    closest_ms.push_back(ms_since(start));
  }
  if (closest_ms.empty()) return;
  std::sort(closest_ms.begin(), closest_ms.end());
  std::printf("closest ESCO skill of a phrase: p50 %.2f ms, p90 %.2f ms (%zu phrases)\n",
              closest_ms[closest_ms.size() / 2], closest_ms[closest_ms.size() * 9 / 10],
              closest_ms.size());
}

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: ats_bench DATA_DIR CV_TEXT_FILE\n");
    return 2;
  }
  const std::string data_dir = argv[1];
  std::ifstream cv_file(argv[2], std::ios::binary);
  std::stringstream cv_stream;
  cv_stream << cv_file.rdbuf();
  const std::string cv_text = cv_stream.str();

  auto start = Clock::now();
  auto loaded = skills::load_extractor(data_dir);
  if (!loaded) {
    std::fprintf(stderr, "error: %s\n", loaded.error().message.c_str());
    return 2;
  }
  const skills::SkillExtractor& extractor = **loaded;
  const skills::Taxonomy& taxonomy = extractor.taxonomy();
  std::printf("taxonomy: %zu skills loaded and indexed in %.0f ms\n", taxonomy.size(),
              ms_since(start));

  const std::vector<Posting> postings = read_demo_postings(data_dir + "/demo/jobs.jsonl.gz");
  if (postings.empty()) {
    std::fprintf(stderr, "error: no postings in %s/demo/jobs.jsonl.gz\n", data_dir.c_str());
    return 2;
  }
  std::size_t bytes = 0;
  std::size_t mentions = 0;
  start = Clock::now();
  for (const Posting& posting : postings) {
    bytes += posting.text.size();
    mentions += extractor.extract(posting.text).size();
  }
  const double extract_ms = ms_since(start);
  std::printf("extraction: %zu postings, %.1f MB, %zu mentions in %.0f ms: %.1f MB/s\n",
              postings.size(), bytes / 1e6, mentions, extract_ms, bytes / 1e3 / extract_ms);

  bench_phrases(extractor, postings);

  cv::CvProfile profile = cv::parse_cv_profile(cv_text, {}, cv::profile_options_for_today());
  const ats::CvFacts cv = ats::read_cv_facts(extractor, cv_text, std::move(profile));
  std::vector<double> pair_ms;
  const std::size_t pairs = std::min<std::size_t>(postings.size(), 2000);
  for (std::size_t i = 0; i < pairs; ++i) {
    start = Clock::now();
    const ats::JobRequirements job =
        ats::read_job_requirements(extractor, postings[i].title, postings[i].text);
    const nlohmann::json report = ats::build_report(taxonomy, cv, job);
    pair_ms.push_back(ms_since(start));
  }
  std::printf(
      "one CV x one posting from text (requirements + full report): p50 %.2f ms, "
      "p90 %.2f ms, max %.2f ms over %zu pairs\n",
      percentile(pair_ms, 0.5), percentile(pair_ms, 0.9), percentile(pair_ms, 1.0), pair_ms.size());

  std::vector<ats::IndexedJob> index;
  index.reserve(100'000);
  for (std::size_t i = 0; i < postings.size(); ++i) {
    const ats::JobRequirements job =
        ats::read_job_requirements(extractor, postings[i].title, postings[i].text);
    ats::IndexedJob entry{
        static_cast<std::int64_t>(i + 1), "demo",
        ats::requirements_from_storage(taxonomy, ats::requirements_to_storage(taxonomy, job))};
    index.push_back(std::move(entry));
  }
  while (index.size() < 100'000) {  // the demo postings replicated, as scripts/bench does
    ats::IndexedJob copy = index[index.size() % postings.size()];
    copy.id = static_cast<std::int64_t>(index.size() + 1);
    index.push_back(std::move(copy));
  }
  for (const std::size_t count : {std::size_t{10'000}, std::size_t{100'000}}) {
    std::vector<const ats::IndexedJob*> candidates;
    for (std::size_t i = 0; i < count; ++i) candidates.push_back(&index[i]);
    std::vector<double> runs;
    for (int run = 0; run < 10; ++run) {
      start = Clock::now();
      const auto ranked = ats::rank_jobs(taxonomy, cv, candidates);
      runs.push_back(ms_since(start));
    }
    std::printf("rank one CV against %zu postings: p50 %.1f ms, max %.1f ms (10 runs)\n", count,
                percentile(runs, 0.5), percentile(runs, 1.0));
  }
  return 0;
}
