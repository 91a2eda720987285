#include "web/cv_service.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <fstream>

#include "store/session_store.hpp"
#include "support/temp_dir.hpp"

namespace jobmatch::web {
namespace {

namespace fs = std::filesystem;
using core::ErrorCode;

const std::string kSession = std::string(64, 'c');
const std::string kCvText =
    "Jeanne Martin\nDéveloppeuse C++\n\nExpérience\n2019 - 2023 Ingénieure logiciel, Acme\n\n"
    "Formation\n2018 Master informatique\n";

std::size_t files_in(const fs::path& dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

class CvServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    auto sessions = store::open_sqlite_session_store(dir_.file("jobmatch.db"));
    ASSERT_TRUE(sessions) << sessions.error().message;
    sessions_ = std::move(*sessions);
    service_ = make_service(std::chrono::hours(24));
  }

  std::unique_ptr<CvService> make_service(std::chrono::seconds ttl) {
    CvServiceOptions options;
    options.uploads_dir = uploads_;
    options.session_ttl = ttl;
    options.limits.allow_ocr = false;
    auto service = CvService::create(options, *sessions_);
    EXPECT_TRUE(service) << service.error().message;
    return service ? std::move(*service) : nullptr;
  }

  testing::TempDir dir_;
  fs::path uploads_ = dir_.path() / "uploads";
  std::unique_ptr<store::SessionStore> sessions_;
  std::unique_ptr<CvService> service_;
};

TEST_F(CvServiceTest, StoresAnUploadUnderARandomNameWithItsProfile) {
  const auto cv = service_->upload(kSession, "mon cv.txt", kCvText);
  ASSERT_TRUE(cv) << cv.error().message;
  EXPECT_EQ(cv->display_name, "mon cv.txt");
  EXPECT_EQ(cv->document_type, "txt");
  EXPECT_TRUE(UploadDirectory::is_stored_name(cv->stored_name)) << cv->stored_name;
  EXPECT_TRUE(fs::exists(uploads_ / cv->stored_name));
  EXPECT_EQ(fs::status(uploads_ / cv->stored_name).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_NE(cv->profile_json.find("\"experience\""), std::string::npos);
  const auto found = service_->find(kSession);
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->text, cv->text);
}

TEST_F(CvServiceTest, ReplacingDeletesThePreviousFile) {
  const auto first = service_->upload(kSession, "a.txt", kCvText);
  const auto second = service_->upload(kSession, "b.txt", kCvText + "Langues\nAnglais C1\n");
  ASSERT_TRUE(first && second);
  EXPECT_FALSE(fs::exists(uploads_ / first->stored_name));
  EXPECT_TRUE(fs::exists(uploads_ / second->stored_name));
  EXPECT_EQ(files_in(uploads_), 1u);
}

TEST_F(CvServiceTest, ARefusedUploadLeavesNothingOnDiskAndKeepsThePreviousCv) {
  ASSERT_TRUE(service_->upload(kSession, "a.txt", kCvText));
  const auto refused = service_->upload(kSession, "court.txt", "Jeanne Martin");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kUnprocessable);
  EXPECT_EQ(files_in(uploads_), 1u);
  EXPECT_EQ(service_->find(kSession).value()->display_name, "a.txt");
}

TEST_F(CvServiceTest, RemovingDeletesTheFileAndSaysWhetherThereWasOne) {
  const auto cv = service_->upload(kSession, "a.txt", kCvText);
  ASSERT_TRUE(cv);
  EXPECT_TRUE(service_->remove(kSession).value());
  EXPECT_FALSE(fs::exists(uploads_ / cv->stored_name));
  EXPECT_FALSE(service_->remove(kSession).value());
}

TEST_F(CvServiceTest, CleanupDeletesExpiredSessionsWithTheirFiles) {
  auto short_lived = make_service(std::chrono::seconds(0));
  const auto cv = short_lived->upload(kSession, "a.txt", kCvText);
  ASSERT_TRUE(cv);
  EXPECT_FALSE(short_lived->find(kSession).value());
  const CleanupReport report = short_lived->clean_up();
  EXPECT_EQ(report.expired_sessions_files, 1u);
  EXPECT_FALSE(fs::exists(uploads_ / cv->stored_name));
}

TEST_F(CvServiceTest, CleanupDeletesOldOrphanFilesOnly) {
  const auto kept = service_->upload(kSession, "a.txt", kCvText);
  ASSERT_TRUE(kept);
  const fs::path orphan = uploads_ / (std::string(32, 'f') + ".pdf");
  const fs::path recent_orphan = uploads_ / (std::string(32, 'e') + ".pdf");
  const fs::path foreign = uploads_ / "notes.txt";
  for (const auto& path : {orphan, recent_orphan, foreign}) std::ofstream(path) << "x";
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(2);
  fs::last_write_time(orphan, old);
  fs::last_write_time(foreign, old);
  fs::last_write_time(uploads_ / kept->stored_name, old);

  EXPECT_EQ(service_->clean_up().orphan_files, 1u);
  EXPECT_FALSE(fs::exists(orphan));
  EXPECT_TRUE(fs::exists(recent_orphan));
  EXPECT_TRUE(fs::exists(foreign));
  EXPECT_TRUE(fs::exists(uploads_ / kept->stored_name));
}

TEST_F(CvServiceTest, UsingTheCvRenewsAnAgeingSession) {
  ASSERT_TRUE(service_->upload(kSession, "a.txt", kCvText));
  const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
  ASSERT_TRUE(sessions_->touch_session(kSession, now + 60));  // about to expire
  const auto found = service_->find(kSession);
  ASSERT_TRUE(found && *found);
  EXPECT_GE((*found)->expires_at, now + 24 * 3600);
  EXPECT_TRUE(sessions_->delete_expired_sessions(now + 120).value().empty());
}

TEST(UploadDirectoryOpen, RestrictsAFolderItCreatesButNotAnExistingOne) {
  testing::TempDir dir;
  const fs::path shared = dir.path() / "shared";
  fs::create_directory(shared);
  fs::permissions(shared, fs::perms::all, fs::perm_options::replace);
  ASSERT_TRUE(UploadDirectory::open(shared));
  EXPECT_EQ(fs::status(shared).permissions() & fs::perms::all, fs::perms::all);
  const fs::path fresh = dir.path() / "fresh" / "uploads";
  ASSERT_TRUE(UploadDirectory::open(fresh));
  EXPECT_EQ(fs::status(fresh).permissions() & fs::perms::all, fs::perms::owner_all);
}

TEST(SanitiseDisplayName, RefusesPathsAndControlCharacters) {
  for (const char* name : {"../../etc/passwd.pdf", "C:\\Users\\cv.pdf", "cv\x01.pdf", "cv\n.pdf"}) {
    const auto sanitised = sanitise_display_name(name, ".pdf");
    ASSERT_FALSE(sanitised) << name;
    EXPECT_EQ(sanitised.error().code, ErrorCode::kInvalidInput);
  }
}

TEST(SanitiseDisplayName, NamesAnUnnamedFileAfterItsType) {
  EXPECT_EQ(sanitise_display_name("", ".docx").value(), "cv.docx");
  EXPECT_EQ(sanitise_display_name("..", ".pdf").value(), "cv.pdf");
}

TEST(SanitiseDisplayName, KeepsAccentsInComposedFormAndRefusesVeryLongNames) {
  EXPECT_EQ(sanitise_display_name("CV  Ge\xCC\x81rard.pdf", ".pdf").value(), "CV Gérard.pdf");
  EXPECT_FALSE(sanitise_display_name(std::string(201, 'a'), ".pdf"));
}

TEST(UploadDirectoryNames, OnlyRandomNamesWithAKnownExtensionAreStoredNames) {
  EXPECT_TRUE(UploadDirectory::is_stored_name(std::string(32, 'a') + ".pdf"));
  EXPECT_TRUE(UploadDirectory::is_stored_name(".partial-" + std::string(32, '0') + ".docx"));
  EXPECT_FALSE(UploadDirectory::is_stored_name("../" + std::string(32, 'a') + ".pdf"));
  EXPECT_FALSE(UploadDirectory::is_stored_name(std::string(32, 'A') + ".pdf"));
  EXPECT_FALSE(UploadDirectory::is_stored_name(std::string(32, 'a') + ".exe"));
  EXPECT_FALSE(UploadDirectory::is_stored_name("passwd"));
}

}  // namespace
}  // namespace jobmatch::web
