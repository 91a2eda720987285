#include <gtest/gtest.h>

#include "ats_test_support.hpp"

namespace jobmatch::ats {
namespace {

using testing::extractor;
using testing::job_from;

std::string label_of(const SkillDemand& demand) {
  return extractor().taxonomy().skill(demand.skill).label_en;
}

TEST(JobRequirements, SkillsOfTheTitleAreRequired) {
  const JobRequirements job = job_from("Développeur Java", "Nice to have\nDocker");
  ASSERT_EQ(job.skills.size(), 2u);
  EXPECT_EQ(label_of(job.skills[0]), "Java");
  EXPECT_EQ(job.skills[0].importance, Importance::kRequired);
  EXPECT_EQ(job.skills[1].importance, Importance::kNiceToHave);
}

TEST(JobRequirements, ARequiredMentionWinsOverANiceToHaveOne) {
  const JobRequirements job =
      job_from("Dev", "Nice to have\nDocker\n\nProfil recherché\nDocker et Python\n");
  ASSERT_EQ(job.skills.size(), 2u);
  EXPECT_EQ(label_of(job.skills[0]), "Docker");
  EXPECT_EQ(job.skills[0].importance, Importance::kRequired);
}

TEST(JobRequirements, SpokenLanguagesAreNotSkillDemands) {
  const JobRequirements job = job_from("Dev", "Anglais courant exigé. Python.");
  ASSERT_EQ(job.skills.size(), 1u);
  EXPECT_EQ(label_of(job.skills[0]), "Python");
}

TEST(JobRequirements, TitleWordsDropGenderMarksAndFunctionWords) {
  const JobRequirements job = job_from("Développeurs Java H/F - CDI", "");
  EXPECT_EQ(job.title_words, (std::vector<std::string>{"developpeur", "java"}));
  // A single letter is no role word: "E.Leclerc" used to match any CV through its "e".
  EXPECT_EQ(job_from("E.Leclerc - Employé commercial (F/H/X)", "").title_words,
            (std::vector<std::string>{"commercial", "employe", "leclerc"}));
  // Nor are the endings of inclusive writing.
  EXPECT_EQ(job_from("Coach sportif(ve), Technicien(ne), Administrateur.trice", "").title_words,
            (std::vector<std::string>{"administrateur", "coach", "sportif", "technicien"}));
}

TEST(JobRequirements, FeminineTitlesMeetTheirMasculineForm) {
  const JobRequirements feminine = job_from(
      "Développeuse, ingénieure, chargée, consultante, technicienne, directrice, infirmière, "
      "agente, commerciale",
      "");
  const JobRequirements masculine = job_from(
      "Développeur, ingénieur, chargé, consultant, technicien, directeur, infirmier, agent, "
      "commercial",
      "");
  EXPECT_EQ(feminine.title_words, masculine.title_words);
  EXPECT_EQ(masculine.title_words.size(), 9u);
  // Short words and other endings stay as they are.
  EXPECT_EQ(job_from("Data analyste, responsable des ventes", "").title_words,
            (std::vector<std::string>{"analyste", "data", "responsable", "vente"}));
}

TEST(JobRequirements, EvidenceSpansPointIntoTheJobText) {
  const JobRequirements job = job_from("Data engineer", "Stack : Kubernetes (k8s)");
  ASSERT_EQ(job.skills.size(), 1u);
  const TextSpan span = job.skills[0].evidence;
  EXPECT_EQ(job.text.substr(span.start, span.end - span.start), "Kubernetes");
}

TEST(JobRequirements, APostingPastedAsHtmlIsReadAsTheTextItRendersTo) {
  const std::string text = pasted_posting_text(
      "<h3>Profil recherch\xC3\xA9</h3><ul><li>Python</li></ul><p>Docker est un plus.</p>");
  EXPECT_EQ(text.find('<'), std::string::npos) << text;
  const JobRequirements job = job_from("", text);
  ASSERT_EQ(job.skills.size(), 2u);
  EXPECT_EQ(job.skills[0].importance, Importance::kRequired);
  EXPECT_EQ(job.skills[1].importance, Importance::kNiceToHave);
  // A tag name in plain text is not markup.
  EXPECT_EQ(pasted_posting_text("C++ <template> et Python"), "C++ <template> et Python");
}

}  // namespace
}  // namespace jobmatch::ats
