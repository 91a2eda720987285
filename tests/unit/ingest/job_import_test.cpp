#include "ingest/job_import.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>

#include "ingest/line_reader.hpp"
#include "support/temp_dir.hpp"

namespace jobmatch::ingest {
namespace {

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

void write_gzip(const std::string& path, const std::string& content) {
  gzFile file = gzopen(path.c_str(), "wb");
  gzwrite(file, content.data(), static_cast<unsigned>(content.size()));
  gzclose(file);
}

std::vector<std::string> read_all_lines(const std::string& path, std::size_t max_bytes = 1000) {
  auto reader = LineReader::open(path, max_bytes);
  std::vector<std::string> lines;
  while (auto line = reader->next_line())
    lines.push_back(*line ? **line : "<" + line->error().message + ">");
  return lines;
}

TEST(LineReader, ReadsPlainAndGzipFilesAlike) {
  testing::TempDir dir;
  const std::string content = "one\r\ntwo\n\nthree";
  write_file(dir.file("a.jsonl"), content);
  write_gzip(dir.file("a.jsonl.gz"), content);
  const std::vector<std::string> expected = {"one", "two", "", "three"};
  EXPECT_EQ(read_all_lines(dir.file("a.jsonl")), expected);
  EXPECT_EQ(read_all_lines(dir.file("a.jsonl.gz")), expected);
}

TEST(LineReader, SkipsAnOverlongLineAndGoesOn) {
  testing::TempDir dir;
  write_file(dir.file("a.jsonl"), "short\n" + std::string(200'000, 'x') + "\nafter\n");
  auto lines = read_all_lines(dir.file("a.jsonl"), 100);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "short");
  EXPECT_NE(lines[1].find("longer than 100 bytes"), std::string::npos);
  EXPECT_EQ(lines[2], "after");
}

TEST(LineReader, ReportsATruncatedGzip) {
  testing::TempDir dir;
  write_gzip(dir.file("full.gz"), std::string(100'000, 'y') + "\n");
  std::ifstream full(dir.file("full.gz"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(full)), {});
  write_file(dir.file("cut.gz"), bytes.substr(0, bytes.size() / 2));
  auto lines = read_all_lines(dir.file("cut.gz"), 1'000'000);
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(lines.back().find("corrupt or truncated"), std::string::npos);
}

TEST(LineReader, RefusesUtf16Text) {
  testing::TempDir dir;
  write_file(dir.file("u16.jsonl"), std::string("\xFF\xFE{\0\"\0", 6));
  auto reader = LineReader::open(dir.file("u16.jsonl"), 100);
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, core::ErrorCode::kUnsupportedType);
  EXPECT_NE(reader.error().message.find("UTF-16"), std::string::npos);
}

TEST(LineReader, RefusesADirectory) {
  testing::TempDir dir;
  auto reader = LineReader::open(dir.path().string(), 100);
  ASSERT_FALSE(reader);
  EXPECT_NE(reader.error().message.find("not a regular file"), std::string::npos);
}

TEST(JobImport, AcceptsAUtf8ByteOrderMark) {
  testing::TempDir dir;
  write_file(dir.file("bom.jsonl"), "\xEF\xBB\xBF{\"title\":\"T\"}\n");
  auto store = store::open_sqlite_job_store(dir.file("db")).value();
  auto report = import_jobs_file(dir.file("bom.jsonl"), *store);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->inserted, 1);
}

TEST(LineReader, MissingFileIsNotFound) {
  auto reader = LineReader::open("/nonexistent/jobs.jsonl", 100);
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, core::ErrorCode::kNotFound);
}

class JobImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(store::open_sqlite_job_store(dir_.file("db")).value());
  }
  testing::TempDir dir_;
  std::unique_ptr<store::JobStore> store_;
};

TEST_F(JobImportTest, CountsInsertedDuplicateAndRejectedLines) {
  write_file(dir_.file("in.jsonl"), R"({"id":"s:1","title":"Un"})"
                                    "\n"
                                    "garbage\n"
                                    "\n"
                                    R"({"id":"s:1","title":"Un encore"})"
                                    "\n"
                                    R"({"id":"s:2","title":"Deux"})"
                                    "\n");
  ImportOptions options;
  options.batch_size = 2;
  auto report = import_jobs_file(dir_.file("in.jsonl"), *store_, options);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->inserted, 2);
  EXPECT_EQ(report->duplicates, 1);
  EXPECT_EQ(report->rejected, 1);
  ASSERT_EQ(report->rejections.size(), 1u);
  EXPECT_EQ(report->rejections[0].line, 2);
  EXPECT_EQ(store_->count_jobs().value(), 2);
}

TEST_F(JobImportTest, ImportingTheSameFileTwiceInsertsNothingTheSecondTime) {
  write_file(dir_.file("in.jsonl"), R"({"id":"s:1","title":"Un"})"
                                    "\n"
                                    R"({"title":"Sans id"})"
                                    "\n");
  ASSERT_EQ(import_jobs_file(dir_.file("in.jsonl"), *store_)->inserted, 2);
  auto again = import_jobs_file(dir_.file("in.jsonl"), *store_);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->inserted, 0);
  EXPECT_EQ(again->duplicates, 2);
}

TEST_F(JobImportTest, ReportsProgressUpToTheFileSize) {
  write_file(dir_.file("in.jsonl"), R"({"id":"s:1","title":"Un"})"
                                    "\n");
  std::int64_t last_done = -1, last_total = -2;
  ImportOptions options;
  options.on_progress = [&](std::int64_t done, std::int64_t total) {
    last_done = done;
    last_total = total;
  };
  ASSERT_TRUE(import_jobs_file(dir_.file("in.jsonl"), *store_, options));
  EXPECT_GT(last_total, 0);
  EXPECT_EQ(last_done, last_total);
}

}  // namespace
}  // namespace jobmatch::ingest
