// The command line: `jobmatch import jobs` reports, `--if-empty`, `--version`, `serve --help`,
// and the serve process's start-up and shutdown.

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "server_process.hpp"

namespace jobmatch::integration {
namespace {

class ImportCommand : public ::testing::Test {
 protected:
  CommandResult import(const std::string& fixture, const std::vector<std::string>& flags = {}) {
    std::vector<std::string> args = {"import", "jobs", fixture_path(fixture).string(), "--db",
                                     db_path()};
    args.insert(args.end(), flags.begin(), flags.end());
    return run_jobmatch(args);
  }

  std::string db_path() const { return (dir_.path() / "catalogue.db").string(); }

  TempDir dir_;
};

TEST_F(ImportCommand, EdgeCasesFileReportsInsertedDuplicatesAndRejected) {
  const CommandResult result = import("jobs_edge_cases.jsonl");

  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("3 inserted, 1 duplicates, 4 rejected"), std::string::npos)
      << result.out;
}

TEST_F(ImportCommand, EdgeCasesFileListsEachRejectedLineWithItsReason) {
  const CommandResult result = import("jobs_edge_cases.jsonl");

  EXPECT_NE(result.out.find("line 3 rejected: not valid JSON"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("line 4 rejected: missing title"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("line 5 rejected: field 'title' must be a string"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("line 6 rejected: a record must be a JSON object"), std::string::npos)
      << result.out;
}

TEST_F(ImportCommand, SmallFixtureInsertsEveryPosting) {
  const CommandResult result = import("jobs_small.jsonl");

  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("60 inserted, 0 duplicates, 0 rejected"), std::string::npos)
      << result.out;
}

TEST_F(ImportCommand, ReimportingTheSameFileInsertsNothing) {
  ASSERT_EQ(import("jobs_small.jsonl").exit_code, 0);

  const CommandResult again = import("jobs_small.jsonl");

  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 inserted, 60 duplicates, 0 rejected"), std::string::npos)
      << again.out;
}

TEST_F(ImportCommand, MissingFileExitsNonZeroNamingTheFile) {
  const std::string missing = (dir_.path() / "no-such-file.jsonl").string();

  const CommandResult result = run_jobmatch({"import", "jobs", missing, "--db", db_path()});

  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find(missing), std::string::npos) << result.err;
}

TEST_F(ImportCommand, FileWithNoPostingAtAllExitsOne) {
  const std::string not_jsonl = (dir_.path() / "notes.txt").string();
  std::ofstream(not_jsonl) << "first line\nsecond line\n";

  const CommandResult result = run_jobmatch({"import", "jobs", not_jsonl, "--db", db_path()});

  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("0 inserted, 0 duplicates, 2 rejected"), std::string::npos)
      << result.out;
  EXPECT_NE(result.err.find("no line of"), std::string::npos) << result.err;
}

TEST_F(ImportCommand, Utf16FileIsRefusedWithHowToConvertIt) {
  const std::string utf16 = (dir_.path() / "utf16.jsonl").string();
  std::ofstream(utf16, std::ios::binary) << std::string("\xFF\xFE{\0}\0\n\0", 8);

  const CommandResult result = run_jobmatch({"import", "jobs", utf16, "--db", db_path()});

  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("UTF-16"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("iconv"), std::string::npos) << result.err;
}

TEST_F(ImportCommand, IfEmptySkipsACatalogueThatHoldsPostings) {
  ASSERT_EQ(import("jobs_small.jsonl").exit_code, 0);

  const CommandResult result = import("jobs_edge_cases.jsonl", {"--if-empty"});

  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("already holds 60 postings"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("inserted"), std::string::npos) << result.out;
}

TEST_F(ImportCommand, IfEmptyImportsIntoAnEmptyCatalogue) {
  const CommandResult result = import("jobs_small.jsonl", {"--if-empty"});

  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("60 inserted"), std::string::npos) << result.out;
}

TEST(JobmatchCommand, VersionFlagPrintsTheProjectVersion) {
  const CommandResult result = run_jobmatch({"--version"});

  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, std::string("jobmatch ") + JOBMATCH_VERSION + "\n");
}

TEST(JobmatchCommand, ServeHelpExitsZeroAndListsThePortOption) {
  const CommandResult result = run_jobmatch({"serve", "--help"});

  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("--port"), std::string::npos) << result.out;
}

TEST(JobmatchCommand, MissingSubcommandExitsNonZero) {
  const CommandResult result = run_jobmatch({});

  EXPECT_NE(result.exit_code, 0);
}

TEST(ServeCommand, RefusesAnUploadsFolderInsideTheServedWebFolder) {
  TempDir dir;
  const auto web = dir.path() / "web";
  const CommandResult result =
      run_jobmatch({"serve", "--port", "0", "--db", (dir.path() / "jobmatch.db").string(),
                    "--web-dir", web.string(), "--uploads-dir", (web / "static" / "cv").string()});

  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("inside the web folder"), std::string::npos) << result.err;
}

TEST(ServeCommand, StopsWithExitCodeZeroOnSigterm) {
  ServerProcess server(ServerOptions{});
  auto http = server.client();
  ASSERT_TRUE(http.Get("/healthz"));

  EXPECT_EQ(server.stop(), 0);
}

// A supervisor may stop the server as soon as it announced itself. The race this looks for
// (SIGTERM before the accept loop runs) hits about one start in 40, hence the attempts.
TEST(ServeCommand, SigtermSentRightAfterTheListeningLineStopsTheServer) {
  constexpr int kAttempts = 60;
  for (int attempt = 1; attempt <= kAttempts; ++attempt) {
    ServerProcess server(ServerOptions{});

    const int exit_code = server.stop();

    ASSERT_EQ(exit_code, 0) << "attempt " << attempt
                            << ": still running 5 s after SIGTERM, killed (137 = SIGKILL)";
  }
}

TEST(ServeCommand, ServesAnEmptyCatalogue) {
  ServerProcess server(ServerOptions{});
  auto http = server.client();

  const auto answer = http.Get("/healthz");

  ASSERT_TRUE(answer) << httplib::to_string(answer.error());
  EXPECT_EQ(answer->status, 200);
  EXPECT_NE(answer->body.find("\"jobs\":0"), std::string::npos) << answer->body;
}

TEST(ServeCommand, AdminPasswordShorterThanEightCharactersIsRefusedAtStartup) {
  TempDir dir;

  const CommandResult result =
      run_jobmatch({"serve", "--port", "0", "--db", (dir.path() / "db.sqlite").string()},
                   {{"JOBMATCH_ADMIN_PASSWORD", "short"}});

  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("au moins 8 caractères"), std::string::npos) << result.err;
  EXPECT_EQ(result.out.find("listening"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace jobmatch::integration
