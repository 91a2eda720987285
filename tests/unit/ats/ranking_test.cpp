#include "ats/ranking.hpp"

#include <gtest/gtest.h>

#include "ats_test_support.hpp"

namespace jobmatch::ats {
namespace {

using testing::cv_from;
using testing::job_from;
using testing::taxonomy;

/// `count` postings cycling over a few different requirements, ids 1..count.
std::vector<IndexedJob> catalogue(std::size_t count) {
  const std::vector<JobRequirements> kinds = {
      job_from("Développeur Python", "Python, Django, PostgreSQL et Docker. 3 ans d'expérience."),
      job_from("Développeur Java", "Java, Spring, Oracle."),
      job_from("Data analyst", "SQL, Power BI, Excel. Anglais courant."),
      job_from("Boulanger", "Pain et viennoiseries.")};
  std::vector<IndexedJob> jobs;
  jobs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    jobs.push_back({static_cast<std::int64_t>(i + 1), "linkedin", kinds[i % kinds.size()]});
  }
  return jobs;
}

std::vector<const IndexedJob*> pointers(const std::vector<IndexedJob>& jobs) {
  std::vector<const IndexedJob*> out;
  for (const IndexedJob& job : jobs) out.push_back(&job);
  return out;
}

TEST(RankJobs, BestFirstThenNewestAndEveryScoreIsTheReportsScore) {
  const CvFacts cv = cv_from("Développeur Python\nCompétences\nPython, Django, Docker");
  const auto jobs = catalogue(8);
  const auto ranked = rank_jobs(taxonomy(), cv, pointers(jobs));
  ASSERT_EQ(ranked.size(), 8u);
  EXPECT_EQ(ranked[0].id, 5);  // the newer of the two Python postings
  EXPECT_EQ(ranked[1].id, 1);
  for (std::size_t i = 1; i < ranked.size(); ++i) {
    EXPECT_TRUE(ranked[i - 1].score > ranked[i].score ||
                (ranked[i - 1].score == ranked[i].score && ranked[i - 1].id > ranked[i].id));
  }
  for (const RankedJob& entry : ranked) {
    EXPECT_DOUBLE_EQ(entry.score,
                     compute_score(taxonomy(), cv, jobs[entry.id - 1].requirements).score);
  }
}

TEST(RankJobs, ALargeCatalogueScoredOnSeveralThreadsGivesTheSameRanking) {
  // 30,000 postings are scored on several threads; each must get its own score, in the
  // same order a single thread would give.
  const CvFacts cv = cv_from("Data analyst\nCompétences\nSQL, Excel\nAnglais C1");
  const auto jobs = catalogue(30'000);
  const auto ranked = rank_jobs(taxonomy(), cv, pointers(jobs));
  ASSERT_EQ(ranked.size(), jobs.size());
  std::vector<double> expected_by_kind;
  for (std::size_t k = 0; k < 4; ++k) {
    expected_by_kind.push_back(compute_score(taxonomy(), cv, jobs[k].requirements).score);
  }
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const auto& entry = ranked[i];
    ASSERT_DOUBLE_EQ(entry.score, expected_by_kind[(entry.id - 1) % 4]) << "id " << entry.id;
    if (i > 0) {
      ASSERT_TRUE(ranked[i - 1].score > entry.score ||
                  (ranked[i - 1].score == entry.score && ranked[i - 1].id > entry.id));
    }
  }
  EXPECT_EQ(ranked.front().id, 29'999);  // the newest data-analyst posting (id % 4 == 3)
}

}  // namespace
}  // namespace jobmatch::ats
