// `jobmatch extract FILE [--profile] [--json]` on real documents and refused ones.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "server_process.hpp"

namespace jobmatch::integration {
namespace {

std::string document(const std::string& name) { return fixture_path("documents/" + name).string(); }

TEST(ExtractCommand, PrintsTheTextOfAPdf) {
  const CommandResult result = run_jobmatch({"extract", document("harvey_dent_mle.pdf")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("Harvey Dent\n")) << result.out.substr(0, 100);
  EXPECT_NE(result.out.find("Machine Learning Engineer"), std::string::npos);
}

TEST(ExtractCommand, PrintsTheProfileAsJson) {
  const CommandResult result =
      run_jobmatch({"extract", document("harvey_dent_mle.pdf"), "--profile", "--json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_TRUE(json.is_object()) << result.out;
  EXPECT_EQ(json["document_type"], "pdf");
  EXPECT_EQ(json["pages"], 1);
  EXPECT_TRUE(json["profile"]["sections"].is_array());
  EXPECT_GT(json["profile"]["experience"]["total_years"].get<double>(), 0.0);
}

TEST(ExtractCommand, PrintsAReadableProfile) {
  const CommandResult result =
      run_jobmatch({"extract", document("harvey_dent_mle.pdf"), "--profile"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("experience: "), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("sections:"), std::string::npos) << result.out;
}

TEST(ExtractCommand, ExitsWithOneAndSaysWhyForARefusedDocument) {
  TempDir dir;
  const auto binary = dir.path() / "cv.pdf";
  std::ofstream(binary, std::ios::binary) << std::string(
                                                 "\x7F"
                                                 "ELF\x02\x01\x01",
                                                 7)
                                          << std::string(100, '\0');
  const CommandResult result = run_jobmatch({"extract", binary.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("error: "), std::string::npos) << result.err;
  const CommandResult encrypted = run_jobmatch({"extract", document("harvey_dent_encrypted.pdf")});
  EXPECT_EQ(encrypted.exit_code, 1);
  EXPECT_NE(encrypted.err.find("mot de passe"), std::string::npos) << encrypted.err;
}

TEST(ExtractCommand, ExitsWithTwoForAMissingFile) {
  const CommandResult result = run_jobmatch({"extract", "/nonexistent/cv.pdf"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/nonexistent/cv.pdf"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace jobmatch::integration
