#include "store/cached_job_store.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace jobmatch::store {
namespace {

core::JobPosting make_posting(const std::string& external_id, const std::string& title) {
  core::JobPosting job;
  job.external_id = external_id;
  job.title = title;
  job.source = "linkedin";
  job.description_text = title;
  return job;
}

SearchQuery keyword_query(const std::string& keyword, std::int64_t page = 1) {
  SearchQuery query;
  query.keyword = keyword;
  query.page = page;
  query.today = "2026-01-01";
  return query;
}

class CachedJobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { open_cache(100); }

  void open_cache(std::size_t entries) {
    cache_ = with_result_cache(open_sqlite_job_store(path()).value(), entries);
  }
  std::string path() const { return dir_.file("jobs.db"); }
  void insert(JobStore& store, const core::JobPosting& job) {
    ASSERT_TRUE(store.insert_jobs(std::vector{job}));
  }

  testing::TempDir dir_;
  std::unique_ptr<CachedJobStore> cache_;
};

TEST_F(CachedJobStoreTest, RepeatedSearchIsAnsweredFromMemory) {
  insert(*cache_, make_posting("a:1", "Data analyst"));
  const auto first = cache_->search_jobs(keyword_query("data"));
  const auto second = cache_->search_jobs(keyword_query("data"));
  ASSERT_TRUE(first && second);
  EXPECT_EQ(second->total, 1);
  EXPECT_EQ(second->jobs.at(0).title, "Data analyst");
  EXPECT_EQ(cache_->counters().misses, 1);
  EXPECT_EQ(cache_->counters().hits, 1);
}

TEST_F(CachedJobStoreTest, SeesPostingsAddedByAnotherProcess) {
  insert(*cache_, make_posting("a:1", "Data analyst"));
  ASSERT_EQ(cache_->search_jobs(keyword_query("data"))->total, 1);
  auto other_process = open_sqlite_job_store(path()).value();
  insert(*other_process, make_posting("a:2", "Data engineer"));
  EXPECT_EQ(cache_->search_jobs(keyword_query("data"))->total, 2);
  EXPECT_EQ(cache_->compute_stats()->total_jobs, 2);
}

TEST_F(CachedJobStoreTest, SeesItsOwnDeletions) {
  insert(*cache_, make_posting("a:1", "Data analyst"));
  const auto page = cache_->search_jobs(keyword_query("data")).value();
  ASSERT_TRUE(cache_->delete_job(page.jobs.at(0).id));
  EXPECT_EQ(cache_->search_jobs(keyword_query("data"))->total, 0);
}

TEST_F(CachedJobStoreTest, KeepsEachPageAndEachKindOfAnswerApart) {
  insert(*cache_, make_posting("a:1", "Data analyst"));
  ASSERT_EQ(cache_->search_jobs(keyword_query("data", 1))->jobs.size(), 1u);
  EXPECT_TRUE(cache_->search_jobs(keyword_query("data", 2))->jobs.empty());
  ASSERT_TRUE(cache_->count_facets(keyword_query("data", 1)));
  EXPECT_EQ(cache_->counters().hits, 0);
  EXPECT_EQ(cache_->counters().entries, 3u);
}

TEST_F(CachedJobStoreTest, DropsTheLeastRecentlyUsedEntryBeyondItsSize) {
  open_cache(2);
  ASSERT_TRUE(cache_->search_jobs(keyword_query("a")));
  ASSERT_TRUE(cache_->search_jobs(keyword_query("b")));
  ASSERT_TRUE(cache_->search_jobs(keyword_query("a")));  // hit: "b" is now the oldest
  ASSERT_TRUE(cache_->search_jobs(keyword_query("c")));
  EXPECT_EQ(cache_->counters().entries, 2u);
  ASSERT_TRUE(cache_->search_jobs(keyword_query("a")));
  EXPECT_EQ(cache_->counters().hits, 2);
  ASSERT_TRUE(cache_->search_jobs(keyword_query("b")));
  EXPECT_EQ(cache_->counters().hits, 2) << "b was dropped";
}

TEST_F(CachedJobStoreTest, SizeZeroKeepsNothing) {
  open_cache(0);
  ASSERT_TRUE(cache_->search_jobs(keyword_query("a")));
  ASSERT_TRUE(cache_->search_jobs(keyword_query("a")));
  EXPECT_EQ(cache_->counters().hits, 0);
  EXPECT_EQ(cache_->counters().entries, 0u);
}

}  // namespace
}  // namespace jobmatch::store
