#include <gtest/gtest.h>

#include "store/job_store.hpp"
#include "store/session_store.hpp"
#include "store/sqlite/migrations.hpp"
#include "support/temp_dir.hpp"

namespace jobmatch::store {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;
const std::string kSession = std::string(64, 'a');
const std::string kOtherSession = std::string(64, 'b');

SessionCv make_cv(std::string stored_name, std::string display_name) {
  SessionCv cv;
  cv.stored_name = std::move(stored_name);
  cv.display_name = std::move(display_name);
  cv.document_type = "pdf";
  cv.text = "Jean Dupont\nDéveloppeur";
  cv.document_json = R"({"pages":1})";
  cv.profile_json = R"({"language":"fr"})";
  cv.uploaded_at = kNow;
  return cv;
}

class SqliteSessionStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = open_sqlite_session_store(dir_.file("jobmatch.db"));
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  std::optional<SessionCv> find(const std::string& session, std::int64_t now = kNow) {
    auto found = store_->find_cv(session, now);
    EXPECT_TRUE(found) << found.error().message;
    return found.value_or(std::nullopt);
  }

  testing::TempDir dir_;
  std::unique_ptr<SessionStore> store_;
};

TEST_F(SqliteSessionStoreTest, KeepsEveryFieldOfAnAttachedCv) {
  ASSERT_TRUE(store_->attach_cv(kSession, make_cv("a.pdf", "mon cv.pdf"), kNow + 3600));
  const auto cv = find(kSession);
  ASSERT_TRUE(cv);
  EXPECT_EQ(cv->stored_name, "a.pdf");
  EXPECT_EQ(cv->display_name, "mon cv.pdf");
  EXPECT_EQ(cv->document_type, "pdf");
  EXPECT_EQ(cv->text, "Jean Dupont\nDéveloppeur");
  EXPECT_EQ(cv->document_json, R"({"pages":1})");
  EXPECT_EQ(cv->profile_json, R"({"language":"fr"})");
  EXPECT_EQ(cv->uploaded_at, kNow);
  EXPECT_FALSE(find(kOtherSession));
}

TEST_F(SqliteSessionStoreTest, ReplacingACvReturnsTheFileToDelete) {
  auto first = store_->attach_cv(kSession, make_cv("a.pdf", "a.pdf"), kNow + 3600);
  ASSERT_TRUE(first);
  EXPECT_FALSE(*first);
  auto second = store_->attach_cv(kSession, make_cv("b.pdf", "b.pdf"), kNow + 3600);
  ASSERT_TRUE(second);
  EXPECT_EQ(*second, std::optional<std::string>("a.pdf"));
  EXPECT_EQ(find(kSession)->stored_name, "b.pdf");
}

TEST_F(SqliteSessionStoreTest, DetachingReturnsTheFileOnce) {
  ASSERT_TRUE(store_->attach_cv(kSession, make_cv("a.pdf", "a.pdf"), kNow + 3600));
  EXPECT_EQ(store_->detach_cv(kSession).value(), std::optional<std::string>("a.pdf"));
  EXPECT_EQ(store_->detach_cv(kSession).value(), std::nullopt);
  EXPECT_FALSE(find(kSession));
}

TEST_F(SqliteSessionStoreTest, AnExpiredSessionHasNoCvAndIsCleanedUpWithItsFile) {
  ASSERT_TRUE(store_->attach_cv(kSession, make_cv("old.pdf", "old.pdf"), kNow + 10));
  ASSERT_TRUE(store_->attach_cv(kOtherSession, make_cv("new.pdf", "new.pdf"), kNow + 1000));
  EXPECT_FALSE(find(kSession, kNow + 10));
  const auto expired = store_->delete_expired_sessions(kNow + 10);
  ASSERT_TRUE(expired);
  EXPECT_EQ(*expired, std::vector<std::string>{"old.pdf"});
  EXPECT_FALSE(store_->is_stored_name_in_use("old.pdf").value());
  EXPECT_TRUE(store_->is_stored_name_in_use("new.pdf").value());
  EXPECT_TRUE(find(kOtherSession, kNow + 10));
}

TEST_F(SqliteSessionStoreTest, TouchingASessionExtendsItsLife) {
  ASSERT_TRUE(store_->attach_cv(kSession, make_cv("a.pdf", "a.pdf"), kNow + 10));
  ASSERT_TRUE(store_->touch_session(kSession, kNow + 100));
  EXPECT_TRUE(find(kSession, kNow + 50));
  EXPECT_TRUE(store_->delete_expired_sessions(kNow + 50).value().empty());
}

TEST_F(SqliteSessionStoreTest, SharesItsDatabaseFileWithTheJobStore) {
  auto jobs = open_sqlite_job_store(dir_.file("jobmatch.db"));
  ASSERT_TRUE(jobs) << jobs.error().message;
  EXPECT_EQ((*jobs)->schema_version().value(), sqlite::latest_schema_version());
  ASSERT_TRUE(store_->attach_cv(kSession, make_cv("a.pdf", "a.pdf"), kNow + 10));
}

}  // namespace
}  // namespace jobmatch::store
