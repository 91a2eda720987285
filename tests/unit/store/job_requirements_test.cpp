#include <gtest/gtest.h>

#include <algorithm>

#include "store/job_store.hpp"
#include "support/temp_dir.hpp"

namespace jobmatch::store {
namespace {

core::JobPosting posting(std::string external_id, std::string title, std::string contrat) {
  core::JobPosting job;
  job.external_id = std::move(external_id);
  job.title = std::move(title);
  job.source = "linkedin";
  job.contrat = std::move(contrat);
  job.date = "2025-03-10";
  job.description = job.description_text = "Offre : " + job.title;
  return job;
}

class JobRequirementsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = open_sqlite_job_store(dir_.file("jobs.db"));
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    const std::vector<core::JobPosting> jobs = {posting("a:1", "Développeur Java", "CDI"),
                                                posting("a:2", "Data analyst", "CDD"),
                                                posting("a:3", "Développeur Python", "CDD")};
    ASSERT_TRUE(store_->insert_jobs(jobs));
  }

  std::vector<std::int64_t> missing(std::string_view version) {
    auto postings = store_->find_postings_without_requirements(version, 100, 0);
    EXPECT_TRUE(postings) << postings.error().message;
    std::vector<std::int64_t> ids;
    for (const auto& p : postings.value_or(std::vector<PostingText>{})) ids.push_back(p.id);
    return ids;
  }

  testing::TempDir dir_;
  std::unique_ptr<JobStore> store_;
};

TEST_F(JobRequirementsTest, NewPostingsLackRequirementsUntilSaved) {
  EXPECT_EQ(missing("v1"), (std::vector<std::int64_t>{1, 2, 3}));
  const std::vector<StoredRequirements> rows = {{1, "", "{\"s\":[]}"}, {2, "", "{}"}};
  ASSERT_TRUE(store_->save_requirements(rows, "v1"));
  EXPECT_EQ(missing("v1"), (std::vector<std::int64_t>{3}));
  auto loaded = store_->load_requirements("v1", 0);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].job_id, 1);
  EXPECT_EQ((*loaded)[0].source, "linkedin");
  EXPECT_EQ((*loaded)[0].data, "{\"s\":[]}");
}

TEST_F(JobRequirementsTest, ReadsOnlyThePostingsAfterAnId) {
  const std::vector<StoredRequirements> rows = {{1, "", "{}"}, {2, "", "{}"}};
  ASSERT_TRUE(store_->save_requirements(rows, "v1"));
  auto postings = store_->find_postings_without_requirements("v1", 100, 2);
  ASSERT_TRUE(postings);
  ASSERT_EQ(postings->size(), 1u);
  EXPECT_EQ((*postings)[0].id, 3);
  EXPECT_TRUE(store_->find_postings_without_requirements("v1", 100, 3)->empty());
  auto after_one = store_->load_requirements("v1", 1);
  ASSERT_TRUE(after_one);
  ASSERT_EQ(after_one->size(), 1u);
  EXPECT_EQ((*after_one)[0].job_id, 2);
}

TEST_F(JobRequirementsTest, AnotherEngineVersionMakesThemMissingAgain) {
  const std::vector<StoredRequirements> rows = {{1, "", "{}"}, {2, "", "{}"}, {3, "", "{}"}};
  ASSERT_TRUE(store_->save_requirements(rows, "v1"));
  EXPECT_TRUE(missing("v1").empty());
  EXPECT_EQ(missing("v2").size(), 3u);
  EXPECT_TRUE(store_->load_requirements("v2", 0)->empty());
}

TEST_F(JobRequirementsTest, SavingDoesNotChangeTheCatalogueVersion) {
  const auto before = store_->catalogue_version();
  const std::vector<StoredRequirements> rows = {{1, "", "{}"}};
  ASSERT_TRUE(store_->save_requirements(rows, "v1"));
  EXPECT_EQ(*store_->catalogue_version(), *before);
}

TEST_F(JobRequirementsTest, DeletingAPostingDeletesItsRequirementsAndLateSavesAreSkipped) {
  const std::vector<StoredRequirements> rows = {{1, "", "{}"}};
  ASSERT_TRUE(store_->save_requirements(rows, "v1"));
  ASSERT_TRUE(store_->delete_job(1));
  ASSERT_TRUE(store_->delete_job(2));
  const std::vector<StoredRequirements> late = {{2, "", "{}"}};
  ASSERT_TRUE(store_->save_requirements(late, "v1"));
  EXPECT_TRUE(store_->load_requirements("v1", 0)->empty());
}

TEST_F(JobRequirementsTest, MatchingIdsFollowTheSearchFilters) {
  SearchQuery query;
  query.today = "2025-03-15";
  auto all = store_->find_matching_ids(query);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 3u);
  query.contrat = "CDD";
  auto cdd = store_->find_matching_ids(query);
  ASSERT_TRUE(cdd);
  std::sort(cdd->begin(), cdd->end());
  EXPECT_EQ(*cdd, (std::vector<std::int64_t>{2, 3}));
  query.keyword = "développeur";
  auto words = store_->find_matching_ids(query);
  ASSERT_TRUE(words);
  EXPECT_EQ(*words, (std::vector<std::int64_t>{3}));
}

}  // namespace
}  // namespace jobmatch::store
