// MatchService over a real SQLite catalogue and the shipped taxonomy: the index follows the
// catalogue (new postings ranked, deleted ones gone, a reload ranking like a fresh load) and
// ranking stays correct while another thread changes the catalogue.

#include "web/match_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "cv/profile.hpp"
#include "support/temp_dir.hpp"

namespace jobmatch::web {
namespace {

core::JobPosting posting(const std::string& external_id, const std::string& title,
                         const std::string& description) {
  core::JobPosting job;
  job.external_id = external_id;
  job.title = title;
  job.source = "linkedin";
  job.date = "2025-03-10";
  job.description = job.description_text = description;
  return job;
}

class MatchServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::open_sqlite_job_store(dir_.file("jobs.db"));
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    add("a:1", "Développeur Python", "Python, Django et PostgreSQL.");
    add("a:2", "Développeur Java", "Java, Spring et Oracle.");
    service_ = std::make_unique<MatchService>(*store_, JOBMATCH_DATA_DIR);
    auto extractor = service_->extractor();
    ASSERT_TRUE(extractor) << extractor.error().message;
    const std::string text = "Développeur Python\nCompétences : Python, Django, PostgreSQL";
    cv_ = std::make_shared<const ats::CvFacts>(ats::read_cv_facts(
        **extractor, text, cv::parse_cv_profile(text, {}, cv::profile_options_for_today())));
  }

  void add(const std::string& id, const std::string& title, const std::string& description) {
    ASSERT_TRUE(store_->insert_jobs(std::vector{posting(id, title, description)}));
  }

  MatchPage rank() {
    store::SearchQuery query;
    query.per_page = 100;
    auto page = service_->rank(*cv_, query);
    EXPECT_TRUE(page) << page.error().message;
    return page.value_or(MatchPage{});
  }

  testing::TempDir dir_;
  std::unique_ptr<store::JobStore> store_;
  std::unique_ptr<MatchService> service_;
  std::shared_ptr<const ats::CvFacts> cv_;
};

TEST_F(MatchServiceTest, TheIndexFollowsTheCatalogue) {
  MatchPage page = rank();
  ASSERT_EQ(page.total, 2);
  EXPECT_EQ(page.jobs.front().id, 1);  // the Python posting first for a Python CV

  add("a:3", "Data engineer Python", "Python et Django, PostgreSQL.");
  page = rank();
  EXPECT_EQ(page.total, 3);

  ASSERT_TRUE(store_->delete_job(1));
  page = rank();
  EXPECT_EQ(page.total, 2);
  EXPECT_TRUE(std::none_of(page.jobs.begin(), page.jobs.end(),
                           [](const ats::RankedJob& job) { return job.id == 1; }));
}

TEST_F(MatchServiceTest, AReloadAfterChangesRanksLikeAFreshLoad) {
  ASSERT_EQ(rank().total, 2);  // the first load reads every posting
  add("c:1", "Data engineer Python", "Python, Airflow et PostgreSQL.");
  add("c:2", "Développeur Django", "Django et Python.");
  ASSERT_TRUE(store_->delete_job(2));
  add("c:3", "Comptable", "Comptabilité, Excel.");
  const MatchPage reloaded = rank();  // reads only what was added since, drops what was deleted

  MatchService fresh(*store_, JOBMATCH_DATA_DIR);
  store::SearchQuery query;
  query.per_page = 100;
  const auto full = fresh.rank(*cv_, query);
  ASSERT_TRUE(full) << full.error().message;
  ASSERT_EQ(reloaded.total, 4);
  ASSERT_EQ(reloaded.jobs.size(), full->jobs.size());
  for (std::size_t i = 0; i < reloaded.jobs.size(); ++i) {
    EXPECT_EQ(reloaded.jobs[i].id, full->jobs[i].id) << i;
    EXPECT_DOUBLE_EQ(reloaded.jobs[i].score, full->jobs[i].score) << i;
  }
}

TEST_F(MatchServiceTest, RankingStaysCorrectWhileTheCatalogueChanges) {
  ASSERT_EQ(rank().total, 2);
  constexpr int kAdded = 15;
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) {
    readers.emplace_back([&] {
      std::int64_t last_total = 0;
      while (!done) {
        store::SearchQuery query;
        auto page = service_->rank(*cv_, query);
        // Postings are only added: a reader may see the previous index, never a smaller one.
        if (!page || page->total < last_total || page->total > 2 + kAdded) ++failures;
        if (page) last_total = page->total;
      }
    });
  }
  for (int i = 0; i < kAdded; ++i) {
    add("b:" + std::to_string(i), "Développeur Python " + std::to_string(i), "Python.");
  }
  done = true;
  for (std::thread& reader : readers) reader.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(rank().total, 2 + kAdded);  // once the writes are over, every posting is ranked
}

}  // namespace
}  // namespace jobmatch::web
