// `jobmatch skills` and `jobmatch match --pairs`: the batch interfaces the evaluation scripts use.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "server_process.hpp"
#include "support/temp_dir.hpp"

namespace jobmatch::integration {
namespace {

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line, nullptr, false));
  return lines;
}

std::string write_file(const testing::TempDir& dir, const std::string& name,
                       const std::string& content) {
  const std::string path = dir.file(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(SkillsCommand, PrintsOneLinePerInputWithCodePointOffsets) {
  testing::TempDir dir;
  const std::string input =
      write_file(dir, "in.jsonl",
                 "{\"id\": \"a\", \"text\": \"Expérience en Python et PostgreSQL\"}\n"
                 "not json\n"
                 "{\"id\": 7, \"text\": \"Kubernetes (k8s)\"}\n");
  const CommandResult result = run_jobmatch({"skills", "--jsonl", input});
  EXPECT_EQ(result.exit_code, 1) << result.err;  // one line failed
  const auto lines = json_lines(result.out);
  ASSERT_EQ(lines.size(), 3u) << result.out;
  EXPECT_EQ(lines[0]["id"], "a");
  bool saw_python = false;
  for (const auto& skill : lines[0]["skills"]) {
    if (skill["text"] == "Python") {
      saw_python = true;
      EXPECT_EQ(skill["start"], 14);  // "Expérience en " is 14 characters, 15 bytes
      EXPECT_EQ(skill["end"], 20);
      EXPECT_FALSE(skill["skill_id"].get<std::string>().empty());
      EXPECT_FALSE(skill["kind"].get<std::string>().empty());
    }
  }
  EXPECT_TRUE(saw_python) << lines[0].dump();
  EXPECT_TRUE(lines[1].contains("error"));
  EXPECT_EQ(lines[2]["id"], 7);
  EXPECT_FALSE(lines[2]["skills"].empty());
}

TEST(SkillsCommand, ClosestNamesTheNearestSkillOfAPhrase) {
  testing::TempDir dir;
  const std::string input = write_file(
      dir, "in.jsonl", "{\"id\": 1, \"text\": \"JavaScript\"}\n{\"id\": 2, \"text\": \"zzzz\"}\n");
  const CommandResult result = run_jobmatch({"skills", "--jsonl", input, "--closest"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto lines = json_lines(result.out);
  ASSERT_EQ(lines.size(), 2u) << result.out;
  EXPECT_EQ(lines[0]["closest"]["label"], "JavaScript");
  EXPECT_DOUBLE_EQ(lines[0]["closest"]["similarity"].get<double>(), 1.0);
  EXPECT_TRUE(lines[1]["closest"].is_null());
}

TEST(SkillsCommand, PhrasesAddTheAppliedSkillsOfAText) {
  testing::TempDir dir;
  const std::string input = write_file(
      dir, "in.jsonl",
      "{\"id\": 1, \"text\": \"Vous serez chargé de gérer les relations avec les clients.\"}\n"
      "{\"id\": 2, \"text\": \"Python\"}\n");
  const CommandResult result = run_jobmatch({"skills", "--jsonl", input, "--phrases"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto lines = json_lines(result.out);
  ASSERT_EQ(lines.size(), 2u) << result.out;
  ASSERT_EQ(lines[0]["phrases"].size(), 1u) << lines[0].dump();
  const auto& phrase = lines[0]["phrases"][0];
  EXPECT_EQ(phrase["text"], "gérer les relations avec les clients");
  EXPECT_EQ(phrase["start"], 21);  // code points: "é" of "chargé" is one
  EXPECT_EQ(phrase["end"], 57);
  EXPECT_EQ(phrase["verb"], "gerer");
  EXPECT_TRUE(lines[1]["phrases"].empty());
  // Without the flag the output keeps its shape.
  const CommandResult plain = run_jobmatch({"skills", "--jsonl", input});
  EXPECT_FALSE(json_lines(plain.out)[0].contains("phrases"));
}

TEST(SkillsCommand, AMissingTaxonomyIsAClearError) {
  testing::TempDir dir;
  const std::string input = write_file(dir, "in.jsonl", "{\"id\": 1, \"text\": \"Python\"}\n");
  const CommandResult result =
      run_jobmatch({"skills", "--jsonl", input, "--data-dir", dir.file("no-data")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("taxonomy"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(MatchCommand, ScoresPairsWithTheEngine) {
  testing::TempDir dir;
  const std::string input = write_file(
      dir, "pairs.jsonl",
      "{\"id\": \"good\", \"resume_text\": \"Data engineer. Skills: Python, SQL, Spark, Kafka\", "
      "\"job_text\": \"Data Engineer. Requirements: Python, SQL, Spark, Kafka.\"}\n"
      "{\"id\": \"bad\", \"resume_text\": \"Pastry chef, bread and cakes\", "
      "\"job_text\": \"Data Engineer. Requirements: Python, SQL, Spark, Kafka.\"}\n"
      "{\"id\": \"broken\", \"resume_text\": 3}\n");
  const CommandResult result = run_jobmatch({"match", "--pairs", input});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const auto lines = json_lines(result.out);
  ASSERT_EQ(lines.size(), 3u) << result.out;
  EXPECT_EQ(lines[0]["id"], "good");
  EXPECT_GT(lines[0]["score"].get<double>(), lines[1]["score"].get<double>() + 40);
  EXPECT_TRUE(lines[2].contains("error"));
}

TEST(MatchCommand, ExplainsWithTheWholeReport) {
  testing::TempDir dir;
  const std::string input =
      write_file(dir, "pairs.jsonl",
                 "{\"id\": 1, \"resume_text\": \"Python\", \"job_text\": \"Python and Docker\"}\n");
  const CommandResult result = run_jobmatch({"match", "--pairs", input, "--explain"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto lines = json_lines(result.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["id"], 1);
  EXPECT_EQ(lines[0]["missing_skills"][0]["label"], "Docker");
}

}  // namespace
}  // namespace jobmatch::integration
