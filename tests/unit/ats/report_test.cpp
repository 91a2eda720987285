#include <gtest/gtest.h>

#include "ats_test_support.hpp"
#include "text/unicode.hpp"

namespace jobmatch::ats {
namespace {

using testing::cv_from;
using testing::extractor;
using testing::job_from;

/// The characters [start, end) of UTF-8 `text`, counted in code points as the API does.
std::string code_point_slice(std::string_view text, std::size_t start, std::size_t end) {
  const std::u32string all = text::decode_utf8(text);
  std::string out;
  for (std::size_t i = start; i < end && i < all.size(); ++i) text::append_utf8(out, all[i]);
  return out;
}

TEST(AtsReport, EvidenceOffsetsPointAtTheMentionInBothTexts) {
  const JobRequirements job =
      job_from("Ingénieur données", "Compétences requises : PostgreSQL et Docker.");
  const CvFacts cv = cv_from("Élève ingénieure\nCompétences : Docker, Postgres\n");
  const nlohmann::json report = build_report(extractor().taxonomy(), cv, job);
  ASSERT_EQ(report["matched_skills"].size(), 2u);
  for (const auto& skill : report["matched_skills"]) {
    const auto& in_job = skill["job_evidence"];
    const auto& in_cv = skill["cv_evidence"];
    EXPECT_EQ(code_point_slice(job.text, in_job["start"], in_job["end"]), in_job["text"]);
    EXPECT_EQ(code_point_slice(cv.text, in_cv["start"], in_cv["end"]), in_cv["text"]);
  }
  EXPECT_EQ(report["matched_skills"][0]["cv_evidence"]["text"], "Postgres");
}

bool suggests_title(const nlohmann::json& report) {
  for (const auto& suggestion : report["suggestions"]) {
    if (suggestion.get<std::string>().find("L'intitulé de l'offre") != std::string::npos) {
      return true;
    }
  }
  return false;
}

TEST(AtsReport, ACvOfTheTradeIsToldToStateTheRoleInItsHeadline) {
  const JobRequirements job = job_from("Data engineer", "Python, Docker et PostgreSQL.");
  const auto report_for = [&](std::string cv) {
    return build_report(extractor().taxonomy(), cv_from(std::move(cv)), job);
  };
  const nlohmann::json unstated = report_for("Jeanne Martin\nCompétences : Python, Docker\n");
  EXPECT_TRUE(suggests_title(unstated)) << unstated["suggestions"].dump();
  EXPECT_FALSE(suggests_title(report_for("Data engineer\nCompétences : Python, Docker\n")));
  // A CV from another trade is not told to claim this one.
  EXPECT_FALSE(suggests_title(report_for("Boulanger\nPain et viennoiseries\n")));
}

TEST(AtsReport, MissingSkillsCarryTheirImportanceAndPostingEvidence) {
  const JobRequirements job =
      job_from("Dev", "Profil recherché :\nPython\nNice to have\nKubernetes\n");
  const nlohmann::json report = build_report(extractor().taxonomy(), cv_from("Java"), job);
  ASSERT_EQ(report["missing_skills"].size(), 2u);
  EXPECT_EQ(report["missing_skills"][0]["label"], "Python");
  EXPECT_EQ(report["missing_skills"][0]["importance"], "required");
  EXPECT_EQ(report["missing_skills"][1]["importance"], "nice_to_have");
  EXPECT_TRUE(report["missing_skills"][1]["cv_evidence"].is_null());
  EXPECT_FALSE(report["suggestions"].empty());
}

TEST(AtsReport, BreakdownPointsAddUpToTheScore) {
  const JobRequirements job =
      job_from("Développeur Python", "Python, Docker. 3 ans d'expérience. Bac+5. Anglais B2.");
  const nlohmann::json report =
      build_report(extractor().taxonomy(), cv_from("Python\nMaster 2020\n2021 - 2023"), job);
  double sum = 0;
  double max = 0;
  for (const auto& [name, category] : report["breakdown"].items()) {
    sum += category["points"].get<double>();
    max += category["max"].get<double>();
    EXPECT_FALSE(category["explanation"].get<std::string>().empty()) << name;
  }
  EXPECT_NEAR(sum, report["score"].get<double>(), 0.5);
  EXPECT_NEAR(max, 100, 0.5);
  EXPECT_EQ(report["breakdown"].size(), kCategoryCount);
  EXPECT_EQ(report["engine_version"], std::string(kEngineVersion) + " (taxonomie test.1)");
}

TEST(AtsReport, ExplanationsNameWhatWasFoundAndWhatIsMissing) {
  const JobRequirements job =
      job_from("Développeur Python",
               "Profil recherché :\nAnglais courant exigé.\nAllemand apprécié.\nBac+5");
  const CvFacts cv = cv_from("Développeur\nLangues\nAnglais : C1\nFormation\nLicence, 2019\n");
  const nlohmann::json report = build_report(extractor().taxonomy(), cv, job);
  const std::string languages = report["breakdown"]["languages"]["explanation"];
  EXPECT_NE(languages.find("anglais"), std::string::npos) << languages;
  EXPECT_NE(languages.find("dans le CV"), std::string::npos) << languages;
  EXPECT_NE(languages.find("absent du CV"), std::string::npos) << languages;
  const std::string title = report["breakdown"]["title"]["explanation"];
  EXPECT_NE(title.find("developpeur"), std::string::npos) << title;
  EXPECT_NE(title.find("absents : python"), std::string::npos) << title;
  const std::string education = report["breakdown"]["education"]["explanation"];
  EXPECT_NE(education.find("bac+5"), std::string::npos) << education;
}

TEST(AtsReport, RelatedMatchesNameTheCvSkillTheyComeFrom) {
  const JobRequirements job = job_from("", "SQL");
  const nlohmann::json report = build_report(extractor().taxonomy(), cv_from("PostgreSQL"), job);
  ASSERT_EQ(report["matched_skills"].size(), 1u);
  EXPECT_EQ(report["matched_skills"][0]["match"], "related");
  EXPECT_EQ(report["matched_skills"][0]["via"]["label"], "PostgreSQL");
}

}  // namespace
}  // namespace jobmatch::ats
