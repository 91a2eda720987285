#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>
#include <thread>

#include "store/job_store.hpp"
#include "store/sqlite/migrations.hpp"
#include "store/sqlite/search_sql.hpp"
#include "support/temp_dir.hpp"

namespace jobmatch::store {
namespace {

core::JobPosting make_posting(std::string external_id, std::string title) {
  core::JobPosting job;
  job.external_id = std::move(external_id);
  job.title = std::move(title);
  job.company = "Acme";
  job.location = "Paris";
  job.source = "linkedin";
  job.contrat = "CDI";
  job.job_type = "Temps plein";
  job.date = "2025-03-10";
  job.description = job.description_text = "Une offre pour " + job.title;
  return job;
}

class SqliteJobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = open_sqlite_job_store(dir_.file("jobs.db"));
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  std::vector<InsertOutcome> insert(std::vector<core::JobPosting> jobs) {
    auto outcomes = store_->insert_jobs(jobs);
    EXPECT_TRUE(outcomes) << outcomes.error().message;
    return outcomes.value_or(std::vector<InsertOutcome>{});
  }

  SearchPage search(SearchQuery query) {
    query.today = "2025-03-15";
    auto page = store_->search_jobs(query);
    EXPECT_TRUE(page) << page.error().message;
    return page.value_or(SearchPage{});
  }

  testing::TempDir dir_;
  std::unique_ptr<JobStore> store_;
};

TEST_F(SqliteJobStoreTest, NewDatabaseIsAtTheLatestSchemaVersion) {
  EXPECT_EQ(store_->schema_version().value(), sqlite::latest_schema_version());
}

TEST_F(SqliteJobStoreTest, SamePostingTwiceIsADuplicate) {
  EXPECT_EQ(insert({make_posting("a:1", "Data Analyst")})[0], InsertOutcome::kInserted);
  EXPECT_EQ(insert({make_posting("a:1", "Data Analyst")})[0], InsertOutcome::kDuplicate);
  EXPECT_EQ(store_->count_jobs().value(), 1);
}

TEST_F(SqliteJobStoreTest, SameUrlUnderAnotherIdIsADuplicate) {
  auto first = make_posting("a:1", "Data Analyst");
  first.job_url = "https://example.org/1";
  auto second = make_posting("b:9", "Data Analyst (repost)");
  second.job_url = "https://example.org/1";
  EXPECT_EQ(insert({first, second}),
            (std::vector<InsertOutcome>{InsertOutcome::kInserted, InsertOutcome::kDuplicate}));
}

TEST_F(SqliteJobStoreTest, FindsAStoredPostingWithAllItsFields) {
  auto job = make_posting("a:1", "Ingénieur logiciel");
  job.skills = {"C++", "SQL"};
  job.salary = "45k€";
  insert({job});
  auto page = search({});
  ASSERT_EQ(page.jobs.size(), 1u);
  auto found = store_->find_job(page.jobs[0].id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->title, "Ingénieur logiciel");
  EXPECT_EQ(found->skills, (std::vector<std::string>{"C++", "SQL"}));
  EXPECT_EQ(found->salary, "45k€");
  EXPECT_FALSE(found->created_at.empty());
}

TEST_F(SqliteJobStoreTest, UnknownIdIsNotFound) {
  auto found = store_->find_job(424242);
  ASSERT_FALSE(found);
  EXPECT_EQ(found.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(found.error().message, "aucune offre n'a l'identifiant 424242");
}

TEST_F(SqliteJobStoreTest, KeywordSearchIgnoresCaseAndAccents) {
  insert({make_posting("a:1", "Développeur Python"), make_posting("a:2", "Comptable")});
  SearchQuery query;
  query.keyword = "DEVELOPPEUR";
  auto page = search(query);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.jobs[0].title, "Développeur Python");
}

TEST_F(SqliteJobStoreTest, KeywordSearchFindsSingularAndPluralForms) {
  insert({make_posting("a:1", "Développeurs Java"), make_posting("a:2", "Data engineer")});
  SearchQuery query;
  query.keyword = "développeur";
  EXPECT_EQ(search(query).total, 1);
  query.keyword = "engineers";
  EXPECT_EQ(search(query).total, 1);
  query.keyword = "java développeur";
  EXPECT_EQ(search(query).total, 1);
}

TEST_F(SqliteJobStoreTest, TitleMatchesRankAboveDescriptionMatches) {
  auto in_description = make_posting("a:1", "Comptable");
  in_description.description_text = "Vous utiliserez python de temps en temps.";
  insert({in_description, make_posting("a:2", "Développeur Python")});
  SearchQuery query;
  query.keyword = "python";
  auto page = search(query);
  ASSERT_EQ(page.total, 2);
  EXPECT_EQ(page.jobs[0].title, "Développeur Python");
}

TEST_F(SqliteJobStoreTest, FiltersOnSourceContractAndDate) {
  auto old = make_posting("a:1", "Ancienne offre");
  old.date = "2024-01-01";
  auto other_source = make_posting("a:2", "Autre source");
  other_source.source = "indeed";
  auto cdd = make_posting("a:3", "Offre CDD");
  cdd.contrat = "CDD";
  insert({old, other_source, cdd, make_posting("a:4", "La bonne")});
  SearchQuery query;
  query.source = "linkedin";
  query.contrat = "CDI";
  query.date_range = DateRange::kOneMonth;
  auto page = search(query);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.jobs[0].title, "La bonne");
}

TEST_F(SqliteJobStoreTest, PagesDoNotOverlapAndAPageAfterTheLastIsEmpty) {
  std::vector<core::JobPosting> jobs;
  for (int i = 0; i < 25; ++i) jobs.push_back(make_posting("a:" + std::to_string(i), "Offre"));
  insert(jobs);
  SearchQuery query;
  query.per_page = 10;
  query.page = 3;
  auto last = search(query);
  EXPECT_EQ(last.total, 25);
  EXPECT_EQ(last.jobs.size(), 5u);
  query.page = 4;
  EXPECT_TRUE(search(query).jobs.empty());
}

TEST_F(SqliteJobStoreTest, KeywordAndExactFiltersCombine) {
  auto cdd = make_posting("a:1", "Data engineer");
  cdd.contrat = "CDD";
  auto other_source = make_posting("a:2", "Data engineer");
  other_source.source = "indeed";
  insert({cdd, other_source, make_posting("a:3", "Data engineer"), make_posting("a:4", "Chef")});
  SearchQuery query;
  query.keyword = "data";
  query.source = "linkedin";
  query.contrat = "CDI";
  auto page = search(query);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.jobs[0].title, "Data engineer");
  EXPECT_EQ(page.jobs[0].source, "linkedin");
  EXPECT_EQ(page.jobs[0].contrat, "CDI");
}

TEST_F(SqliteJobStoreTest, PagingAcrossTheRankWindowListsEveryMatchOnce) {
  std::vector<core::JobPosting> jobs;
  const int count = static_cast<int>(sqlite::kRankWindow) + 75;
  for (int i = 0; i < count; ++i) {
    jobs.push_back(make_posting("w:" + std::to_string(i), "Analyste " + std::to_string(i % 7)));
  }
  insert(jobs);
  SearchQuery query;
  query.keyword = "analyste";
  query.per_page = 30;  // does not divide the window: one page straddles it
  std::set<std::int64_t> seen;
  for (query.page = 1;; ++query.page) {
    auto page = search(query);
    ASSERT_EQ(page.total, count);
    if (page.jobs.empty()) break;
    for (const auto& job : page.jobs) EXPECT_TRUE(seen.insert(job.id).second) << job.id;
  }
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(count));
}

TEST_F(SqliteJobStoreTest, RecentPostingsComeFirstWithoutKeyword) {
  auto older = make_posting("a:1", "Older");
  older.date = "2025-01-01";
  auto undated = make_posting("a:2", "Undated");
  undated.date = "";
  insert({older, undated, make_posting("a:3", "Newer")});
  auto page = search({});
  ASSERT_EQ(page.jobs.size(), 3u);
  EXPECT_EQ(page.jobs[0].title, "Newer");
  EXPECT_EQ(page.jobs[2].title, "Undated");
}

TEST_F(SqliteJobStoreTest, FacetCountsLeaveOutTheirOwnFilter) {
  auto other_source = make_posting("a:2", "Autre");
  other_source.source = "indeed";
  insert({make_posting("a:1", "Une"), other_source});
  SearchQuery query;
  query.source = "linkedin";
  auto facets = store_->count_facets(query);
  ASSERT_TRUE(facets);
  EXPECT_EQ(facets->sources.size(), 2u);
  ASSERT_EQ(facets->contrats.size(), 1u);
  EXPECT_EQ(facets->contrats[0].count, 1);
}

TEST_F(SqliteJobStoreTest, FacetsOfAKeywordSearchCountEveryFilterButTheirOwn) {
  auto cdd_indeed = make_posting("a:1", "Data analyst");
  cdd_indeed.contrat = "CDD";
  cdd_indeed.source = "indeed";
  auto cdi_indeed = make_posting("a:2", "Data engineer");
  cdi_indeed.source = "indeed";
  auto unrelated = make_posting("a:3", "Comptable");
  insert({cdd_indeed, cdi_indeed, make_posting("a:4", "Data scientist"), unrelated});
  SearchQuery query;
  query.keyword = "data";
  query.contrat = "CDI";
  query.today = "2025-03-15";
  auto facets = store_->count_facets(query);
  ASSERT_TRUE(facets) << facets.error().message;
  // Sources among the CDI data postings: one on indeed, one on linkedin.
  EXPECT_EQ(facets->sources.size(), 2u);
  for (const auto& [label, count] : facets->sources) EXPECT_EQ(count, 1) << label;
  // Contracts among all data postings: CDI twice, CDD once; most frequent first.
  ASSERT_EQ(facets->contrats.size(), 2u);
  EXPECT_EQ(facets->contrats[0].label, "CDI");
  EXPECT_EQ(facets->contrats[0].count, 2);
  EXPECT_EQ(facets->contrats[1].label, "CDD");
  EXPECT_EQ(facets->contrats[1].count, 1);
  ASSERT_EQ(facets->job_types.size(), 1u);
  EXPECT_EQ(facets->job_types[0].count, 2);
}

TEST_F(SqliteJobStoreTest, DeletedPostingLeavesSearchAndIndex) {
  insert({make_posting("a:1", "Développeur Rust")});
  SearchQuery query;
  query.keyword = "rust";
  const auto id = search(query).jobs.at(0).id;
  ASSERT_TRUE(store_->delete_job(id));
  EXPECT_EQ(search(query).total, 0);
  EXPECT_EQ(store_->delete_job(id).error().code, core::ErrorCode::kNotFound);
}

TEST_F(SqliteJobStoreTest, StatsCountPerSourceAndWeek) {
  auto monday = make_posting("a:1", "Lundi");
  monday.date = "2025-03-10";
  auto sunday = make_posting("a:2", "Dimanche");
  sunday.date = "2025-03-16";
  auto next_monday = make_posting("a:3", "Lundi suivant");
  next_monday.date = "2025-03-17";
  insert({monday, sunday, next_monday});
  auto stats = store_->compute_stats();
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->total_jobs, 3);
  ASSERT_EQ(stats->per_week.size(), 2u);
  EXPECT_EQ(stats->per_week[0].label, "2025-03-10");
  EXPECT_EQ(stats->per_week[0].count, 2);
  EXPECT_EQ(stats->per_week[1].label, "2025-03-17");
}

TEST_F(SqliteJobStoreTest, CatalogueVersionChangesWithEveryWriteAndOnlyThen) {
  const auto start = store_->catalogue_version().value();
  insert({make_posting("a:1", "Une")});
  const auto after_insert = store_->catalogue_version().value();
  EXPECT_NE(after_insert, start);
  insert({make_posting("a:1", "Une")});  // a duplicate changes nothing
  EXPECT_EQ(store_->catalogue_version().value(), after_insert);
  ASSERT_TRUE(store_->delete_job(search({}).jobs.at(0).id));
  EXPECT_NE(store_->catalogue_version().value(), after_insert);
}

TEST_F(SqliteJobStoreTest, StatsFollowWritesOfThisProcess) {
  insert({make_posting("a:1", "Une")});
  EXPECT_EQ(store_->compute_stats()->total_jobs, 1);
  insert({make_posting("a:2", "Deux")});
  EXPECT_EQ(store_->compute_stats()->total_jobs, 2);
}

TEST_F(SqliteJobStoreTest, ConcurrentReadersAndAWriterAllSucceed) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  threads.emplace_back([&] {
    for (int i = 0; i < 50; ++i) {
      if (!store_->insert_jobs(std::vector{make_posting("w:" + std::to_string(i), "Offre")})) {
        ++failures;
      }
    }
  });
  for (int t = 0; t < 3; ++t) {
    threads.emplace_back([&] {
      SearchQuery query;
      query.keyword = "offre";
      query.today = "2025-03-15";
      for (int i = 0; i < 50; ++i) {
        if (!store_->search_jobs(query)) ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(store_->count_jobs().value(), 50);
}

TEST(SqliteJobStoreOpen, RefusesADatabaseFromANewerVersion) {
  testing::TempDir dir;
  const std::string path = dir.file("future.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto opened = open_sqlite_job_store(path);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, core::ErrorCode::kConflict);
  EXPECT_NE(opened.error().message.find("newer"), std::string::npos);
}

TEST(SqliteJobStoreOpen, ReportsAnUnwritableLocation) {
  auto opened = open_sqlite_job_store("/proc/definitely/not/here.db");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, core::ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace jobmatch::store
