#include <gtest/gtest.h>

#include "ats/words.hpp"
#include "ats_test_support.hpp"

namespace jobmatch::ats {
namespace {

using testing::cv_from;
using testing::job_from;
using testing::taxonomy;

constexpr std::string_view kPosting =
    "Nous recherchons un développeur pour notre équipe.\n"
    "Profil recherché\n"
    "- Python, Docker et PostgreSQL\n"
    "- 3 ans d'expérience minimum\n"
    "- Anglais courant\n"
    "Nice to have\n"
    "- C++\n";

const CategoryScore& category(const ScoreSheet& sheet, Category c) {
  return sheet.categories[static_cast<std::size_t>(c)];
}

TEST(AtsScore, ACvWithEverythingScoresFarAboveAnEmptyOne) {
  const JobRequirements job = job_from("Développeur Python", kPosting);
  const ScoreSheet strong = compute_score(
      taxonomy(),
      cv_from("Développeur Python\nCompétences\nPython, Docker, PostgreSQL, Kubernetes\n"
              "Expérience\n2019 - 2024 Développeur Python chez Acme\nLangues\nAnglais courant\n"),
      job);
  const ScoreSheet weak =
      compute_score(taxonomy(), cv_from("Boulanger\nPain et viennoiseries\n"), job);
  EXPECT_GE(strong.score, 85);
  EXPECT_LE(weak.score, 10);
}

TEST(AtsScore, AddingARequiredSkillNeverLowersTheScore) {
  const JobRequirements job = job_from("Développeur Python", kPosting);
  const std::string base = "Développeuse\nCompétences\nJava\nExpérience\n2022 - 2024 Acme\n";
  double previous = compute_score(taxonomy(), cv_from(base), job).score;
  std::string cv = base;
  for (const char* skill : {"Python", "Docker", "PostgreSQL", "C++", "Kubernetes", "SQL"}) {
    cv += std::string(", ") + skill;
    const double score = compute_score(taxonomy(), cv_from(cv), job).score;
    EXPECT_GE(score, previous) << "after adding " << skill;
    previous = score;
  }
}

TEST(AtsScore, RelatedSkillEarnsHalfCreditShownAsRelated) {
  const JobRequirements job = job_from("Analyste", "Compétences requises : SQL, Java, Python");
  const ScoreSheet sheet =
      compute_score(taxonomy(), cv_from("Compétences\nPostgreSQL, Java, Python\n"), job);
  ASSERT_EQ(sheet.skills.size(), 3u);
  EXPECT_TRUE(sheet.skills[0].related);
  EXPECT_DOUBLE_EQ(sheet.skills[0].credit, 0.5);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kHardSkills).earned, 2.5 / 3);
}

TEST(AtsScore, NiceToHaveSkillsWeighHalfARequiredOne) {
  const JobRequirements job = job_from("Dev", kPosting);
  // Python, Docker, PostgreSQL required (1 each), C++ nice-to-have (0.5).
  const ScoreSheet only_nice = compute_score(taxonomy(), cv_from("C++"), job);
  EXPECT_NEAR(category(only_nice, Category::kHardSkills).earned, 0.5 / 3.5, 1e-9);
}

TEST(AtsScore, CategoriesThePostingIgnoresGiveTheirPointsToTheOthers) {
  // A first line this long is not read as a title: only skills are assessed.
  const JobRequirements job = job_from(
      "", "Nous utilisons Python, Java et SQL chaque jour dans une équipe de vingt personnes.");
  const ScoreSheet sheet = compute_score(taxonomy(), cv_from("Python, Java, SQL"), job);
  EXPECT_TRUE(category(sheet, Category::kHardSkills).assessed);
  EXPECT_FALSE(category(sheet, Category::kExperience).assessed);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kHardSkills).max, 100);
  EXPECT_DOUBLE_EQ(sheet.score, 100);
}

TEST(AtsScore, ExperienceCountsInProportionUpToWhatIsAsked) {
  const JobRequirements job = job_from("", "Expérience : 4 ans minimum");
  ASSERT_TRUE(job.years.has_value());
  const ScoreSheet half =
      compute_score(taxonomy(), cv_from("Expérience\nJanvier 2022 - Décembre 2023 Acme\n"), job);
  EXPECT_NEAR(category(half, Category::kExperience).earned, 0.5, 0.05);
}

TEST(AtsScore, APastedPostingsFirstShortLineStandsForItsTitle) {
  const JobRequirements job = job_from("", "Data Engineer (H/F)\nPython et SQL.");
  EXPECT_EQ(job.title_words, (std::vector<std::string>{"data", "engineer"}));
  const ScoreSheet sheet = compute_score(taxonomy(), cv_from("Data engineer\nPython"), job);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kTitle).earned, 1.0);
}

TEST(AtsScore, ALabelledFirstLineGivesItsValueAsTheTitle) {
  EXPECT_EQ(job_from("", "Title: Data Analyst\nCompany: Acme\nSQL.").title_words,
            (std::vector<std::string>{"analyst", "data"}));
  EXPECT_EQ(job_from("", "Intitulé du poste : Comptable\nLyon").title_words,
            (std::vector<std::string>{"comptable"}));
  // A colon further in is part of the title, not a label.
  EXPECT_EQ(job_from("", "Senior engineer: platform team\nGo.").title_words,
            (std::vector<std::string>{"engineer", "platform", "senior", "team"}));
}

TEST(AtsScore, TheStructuredExperienceFieldOfAPostingGivesItsYears) {
  EXPECT_EQ(analysed_description("Administrer le réseau.", ""), "Administrer le réseau.");
  const std::string text = analysed_description("Administrer le réseau.", " 36 Mois ");
  EXPECT_EQ(text, "Administrer le réseau.\n\nExpérience : 36 Mois");
  const JobRequirements job = job_from("Administrateur réseau", text);
  ASSERT_TRUE(job.years.has_value());
  EXPECT_DOUBLE_EQ(job.years->years, 3.0);
  EXPECT_EQ(job.text.substr(job.years->span.start, job.years->span.end - job.years->span.start),
            "36 Mois");
  // A field that names itself is not labelled twice.
  EXPECT_EQ(analysed_description("x", "Expérience exigée de 2 An(s)"),
            "x\n\nExpérience exigée de 2 An(s)");
}

TEST(AtsScore, APostingThatNamesNoSkillIsJudgedOnItsRole) {
  const JobRequirements job = job_from("Boulanger", "Rejoignez notre boulangerie de quartier.");
  ASSERT_TRUE(job.skills.empty());
  const ScoreSheet baker = compute_score(taxonomy(), cv_from("Boulanger\nPain"), job);
  EXPECT_TRUE(category(baker, Category::kHardSkills).assessed);
  EXPECT_DOUBLE_EQ(category(baker, Category::kHardSkills).earned, 1.0);
  EXPECT_GE(baker.score, 90);
  // The word elsewhere in a CV (past its headline) is no claim of the role.
  const ScoreSheet other = compute_score(
      taxonomy(), cv_from("Développeur\nPython\nJava\nSQL\nDocker\nGit\nLoisirs : boulanger"), job);
  EXPECT_DOUBLE_EQ(category(other, Category::kHardSkills).earned, 0);
  EXPECT_LE(other.score, 20);
  const std::string explanation = build_report(taxonomy(), cv_from("Boulanger\nPain"),
                                               job)["breakdown"]["hard_skills"]["explanation"];
  EXPECT_NE(explanation.find("jugé sur l'intitulé du poste"), std::string::npos) << explanation;
}

TEST(AtsScore, APostingNamingOnlyQualitiesCannotBeCheckedOnItsTrade) {
  // A waiter's post that asks for team spirit and takes beginners: a programmer's years and
  // team spirit used to fill 100 % of the points that were left (82/100 on such a post).
  const JobRequirements job = job_from("Serveur", "Vous avez l'esprit d'équipe. Débutant accepté.");
  const std::string programmer =
      "Développeur\nExpérience\n2015 - 2024 Développeur chez Acme\nPython, esprit d'équipe\n";
  const ScoreSheet sheet = compute_score(taxonomy(), cv_from(programmer), job);
  EXPECT_TRUE(category(sheet, Category::kHardSkills).assessed);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kHardSkills).earned, 0);
  EXPECT_LE(sheet.score, 25);
  const nlohmann::json report = build_report(taxonomy(), cv_from(programmer), job);
  const std::string hard = report["breakdown"]["hard_skills"]["explanation"];
  EXPECT_NE(hard.find("aucune compétence technique ni aucun outil"), std::string::npos) << hard;
  const std::string years = report["breakdown"]["experience"]["explanation"];
  EXPECT_NE(years.find("accepte les débutants"), std::string::npos) << years;
}

TEST(AtsScore, WhatEveryTradeAsksIsNoEvidenceOfThisOne) {
  const JobRequirements job = job_from(
      "Assistant administratif", "Maîtrise du Pack Office, permis B. 2 ans d'expérience exigés.");
  const std::string programmer =
      "Développeur\nExpérience\n2015 - 2024 Développeur chez Acme\nPack Office, permis B\n";
  const ScoreSheet sheet = compute_score(taxonomy(), cv_from(programmer), job);
  // Both generic demands are met, yet they neither prove the trade nor fill the technical share.
  EXPECT_DOUBLE_EQ(category(sheet, Category::kTools).earned, 1);
  EXPECT_TRUE(sheet.other_field);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kExperience).earned, 0);
  EXPECT_LT(category(sheet, Category::kHardSkills).earned, 0.5);
  EXPECT_LE(sheet.score, 40);
  const std::string hard =
      build_report(taxonomy(), cv_from(programmer), job)["breakdown"]["hard_skills"]["explanation"];
  EXPECT_NE(hard.find("tous les métiers"), std::string::npos) << hard;
  // The same CV with the trade's title scores more: the title is evidence, the suite is not.
  const ScoreSheet assistant = compute_score(
      taxonomy(),
      cv_from("Assistant administratif\nExpérience\n2015 - 2024 Assistant administratif chez "
              "Acme\nPack Office, permis B\n"),
      job);
  EXPECT_FALSE(assistant.other_field);
  EXPECT_GT(assistant.score, sheet.score + 15);
}

TEST(AtsScore, AGenericSkillTheTitleNamesIsTheTrade) {
  const JobRequirements job = job_from("Formateur Pack Office", "Animer des sessions en groupe.");
  const ScoreSheet sheet = compute_score(taxonomy(), cv_from("Formateur\nPack Office\n"), job);
  ASSERT_EQ(sheet.skills.size(), 1u);
  EXPECT_FALSE(sheet.skills[0].generic);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kTools).earned, 1);
}

TEST(AtsScore, GenericToolsDoNotFillTheTechnicalShare) {
  // Two tools of the trade: one technical demand is missing, and the office suite is no
  // substitute for it.
  const JobRequirements two = job_from("Analyste", "Power BI et Excel au quotidien.");
  const JobRequirements with_office =
      job_from("Analyste", "Power BI, Excel et Pack Office au quotidien.");
  const CvFacts cv = cv_from("Power BI, Excel, Pack Office");
  for (const JobRequirements* job : {&two, &with_office}) {
    const ScoreSheet sheet = compute_score(taxonomy(), cv, *job);
    EXPECT_DOUBLE_EQ(category(sheet, Category::kTools).earned, 1);
    EXPECT_TRUE(category(sheet, Category::kHardSkills).assessed);
    EXPECT_DOUBLE_EQ(category(sheet, Category::kHardSkills).earned, 0);
  }
  // A third demand of the trade completes the evidence: nothing is then missing.
  const ScoreSheet complete = compute_score(taxonomy(), cv_from("Power BI, Excel, Python"),
                                            job_from("", "Python, Power BI et Excel."));
  EXPECT_DOUBLE_EQ(category(complete, Category::kTools).earned, 1);
  EXPECT_GT(complete.score, compute_score(taxonomy(), cv, with_office).score);
}

TEST(AtsScore, OneSkillAmongToolsIsNotAFullTechnicalShare) {
  // "Développeur Sage X3": one technical skill and two tools; a CV holding only the skill
  // used to take the full hard-skills share (a civil engineer's "technical support", 52/100).
  const JobRequirements job =
      job_from("Développeur Sage X3", "Maintenance sous Power BI et Excel, projets Python.");
  const ScoreSheet sheet = compute_score(taxonomy(), cv_from("Ingénieur civil\nPython\n"), job);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kHardSkills).earned, 1.0 / 3);
}

TEST(AtsScore, MatchingTheOnlySkillNamedIsNotAPerfectFit) {
  const JobRequirements job = job_from(
      "",
      "Nous utilisons Python chaque jour dans une équipe de vingt personnes aux projets variés.");
  const ScoreSheet sheet = compute_score(taxonomy(), cv_from("Python"), job);
  EXPECT_DOUBLE_EQ(category(sheet, Category::kHardSkills).earned, 1.0 / 3);
  EXPECT_LT(sheet.score, 50);
}

TEST(AtsScore, PreferredExperienceWeighsHalfOfRequiredExperience) {
  const JobRequirements required = job_from("", "Python, Java, SQL. 5 ans d'expérience exigés.");
  const JobRequirements preferred =
      job_from("", "Python, Java, SQL. Idéalement 5 ans d'expérience.");
  ASSERT_TRUE(required.years.has_value());
  ASSERT_TRUE(preferred.years.has_value());
  ASSERT_EQ(preferred.years->importance, Importance::kNiceToHave);
  const CvFacts cv = cv_from("Expérience\nJanvier 2022 - Décembre 2022 Acme\nPython, Java, SQL");
  const double required_max =
      category(compute_score(taxonomy(), cv, required), Category::kExperience).max;
  const double preferred_max =
      category(compute_score(taxonomy(), cv, preferred), Category::kExperience).max;
  EXPECT_LT(preferred_max, required_max);
  EXPECT_GT(compute_score(taxonomy(), cv, preferred).score,
            compute_score(taxonomy(), cv, required).score);
}

TEST(AtsScore, ACvThatDatesNoPeriodIsNotScoredOnYears) {
  const JobRequirements job = job_from("", "Python, Java, SQL. 3 ans d'expérience exigés.");
  const ScoreSheet undated = compute_score(taxonomy(), cv_from("Développeur\nPython, Java"), job);
  EXPECT_FALSE(category(undated, Category::kExperience).assessed);
  const nlohmann::json report = build_report(taxonomy(), cv_from("Développeur\nPython, Java"), job);
  const std::string explanation = report["breakdown"]["experience"]["explanation"];
  EXPECT_NE(explanation.find("ne date aucune période"), std::string::npos) << explanation;
  bool asks_for_dates = false;
  for (const auto& suggestion : report["suggestions"]) {
    asks_for_dates |= suggestion.get<std::string>().find("datez") != std::string::npos;
  }
  EXPECT_TRUE(asks_for_dates) << report["suggestions"].dump();
  // Dated experience is scored, and a posting open to beginners is met by any CV.
  const ScoreSheet dated = compute_score(
      taxonomy(), cv_from("Expérience\nJanvier 2022 - Décembre 2023 Acme\nPython"), job);
  EXPECT_TRUE(category(dated, Category::kExperience).assessed);
  const ScoreSheet beginner =
      compute_score(taxonomy(), cv_from("Python"), job_from("", "Python. Débutant accepté."));
  EXPECT_TRUE(category(beginner, Category::kExperience).assessed);
  EXPECT_DOUBLE_EQ(category(beginner, Category::kExperience).earned, 1.0);
}

TEST(AtsScore, YearsAndDegreeFromAnotherTradeEarnNothing) {
  const JobRequirements job =
      job_from("Développeur Python", std::string(kPosting) + "Diplôme bac+5 exigé.\n");
  ASSERT_TRUE(job.years.has_value());
  ASSERT_TRUE(job.education.has_value());
  const std::string baker =
      "Boulanger\nExpérience\nJanvier 2012 - Décembre 2023 Boulanger chez Paul\n"
      "Formation\nMaster en gestion (bac+5)\n";
  const ScoreSheet other = compute_score(taxonomy(), cv_from(baker), job);
  EXPECT_TRUE(other.other_field);
  EXPECT_TRUE(category(other, Category::kExperience).assessed);
  EXPECT_DOUBLE_EQ(category(other, Category::kExperience).earned, 0);
  EXPECT_DOUBLE_EQ(category(other, Category::kEducation).earned, 0);
  const nlohmann::json report = build_report(taxonomy(), cv_from(baker), job);
  for (const char* name : {"experience", "education"}) {
    const std::string explanation = report["breakdown"][name]["explanation"];
    EXPECT_NE(explanation.find("autre métier"), std::string::npos) << explanation;
  }
  // One skill of the posting is enough for the same years and degree to count in full.
  const ScoreSheet same_trade = compute_score(taxonomy(), cv_from(baker + "Python\n"), job);
  EXPECT_FALSE(same_trade.other_field);
  EXPECT_DOUBLE_EQ(category(same_trade, Category::kExperience).earned, 1);
  EXPECT_DOUBLE_EQ(category(same_trade, Category::kEducation).earned, 1);
  EXPECT_GT(same_trade.score, other.score);
}

TEST(AtsScore, OnlySoftSkillsInCommonLeaveTheCvInAnotherTrade) {
  const JobRequirements job =
      job_from("Développeur", "Python et Docker, esprit d'équipe. 2 ans d'expérience exigés.");
  const ScoreSheet sheet =
      compute_score(taxonomy(), cv_from("Expérience\n2015 - 2024 Serveur\nEsprit d'équipe\n"), job);
  EXPECT_TRUE(sheet.other_field);
  // A posting that names neither a technical skill nor a title leaves nothing to compare.
  const ScoreSheet bare = compute_score(
      taxonomy(), cv_from("Expérience\n2015 - 2024 Serveur\n"),
      job_from("",
               "Rejoignez une équipe dynamique où l'on apprend chaque jour avec plaisir. 2 ans "
               "d'expérience."));
  EXPECT_FALSE(bare.other_field);
}

TEST(AtsScore, AWomansTitleEarnsTheTitlePointsOfAMasculineOne) {
  const JobRequirements job = job_from("Développeur Python H/F", kPosting);
  const ScoreSheet her = compute_score(
      taxonomy(), cv_from("Développeuse Python\nExpérience\n2019 - 2024 Développeuse chez Acme\n"),
      job);
  const ScoreSheet him = compute_score(
      taxonomy(), cv_from("Développeur Python\nExpérience\n2019 - 2024 Développeur chez Acme\n"),
      job);
  EXPECT_DOUBLE_EQ(category(her, Category::kTitle).earned, 1);
  EXPECT_DOUBLE_EQ(her.score, him.score);
}

TEST(AtsScore, AnEnglishTitleMeetsTheFrenchTitleItTranslates) {
  const JobRequirements job = job_from("Développeur logiciel (H/F)", kPosting);
  const CvFacts cv = cv_from("Software Developer\nPython, Docker\n");
  EXPECT_DOUBLE_EQ(category(compute_score(taxonomy(), cv, job), Category::kTitle).earned, 1);
  // Both sides are read the same way: an English posting still meets an English CV.
  const JobRequirements english = job_from("Software Developer", kPosting);
  EXPECT_DOUBLE_EQ(category(compute_score(taxonomy(), cv, english), Category::kTitle).earned, 1);
}

TEST(AtsScore, ASummarysProseIsNoRoleClaim) {
  // "applications de bureau" in a programmer's profile is no claim of "Responsable de bureau":
  // the summary counts for the title's points, not for judging a trade on its role.
  const CvFacts cv = cv_from(
      "Jean Martin\nDéveloppeur\nBordeaux\nLinux\nPermis B\nAnglais\n"
      "Profil\nJe développe des applications de bureau et des sites web.\n");
  EXPECT_TRUE(detail::contains_word(cv.headline_words, "bureau"));
  EXPECT_FALSE(detail::contains_word(cv.role_words, "bureau"));
  EXPECT_TRUE(detail::contains_word(cv.role_words, "developpeur"));
  const ScoreSheet sheet = compute_score(
      taxonomy(), cv, job_from("Responsable de bureau", "Vous maîtrisez le Pack Office."));
  EXPECT_DOUBLE_EQ(sheet.headline_title_share, 0);
}

TEST(AtsScore, ADatedLineAmongInterestsIsNoRole) {
  // A two-column layout can put a date beside an interests line, which the profile then takes
  // for a job ("Musique, arts, cuisine"): that line claims no role.
  const CvFacts cv = cv_from(
      "Ingénieur systèmes\nBordeaux\nthomas@example.org\nLinux\nPermis B\nAnglais\n"
      "Centres d’intérêt\nMusique, arts, cuisine\n\nJuin 2021 - Décembre 2021\n"
      "Mission chez Acme\nDéveloppeur (C++)\n");
  ASSERT_TRUE(std::any_of(cv.profile.experience.begin(), cv.profile.experience.end(),
                          [](const cv::ExperienceEntry& entry) {
                            return entry.title.find("cuisine") != std::string::npos;
                          }));
  EXPECT_FALSE(detail::contains_word(cv.headline_words, "cuisine"));
  EXPECT_TRUE(detail::contains_word(cv.headline_words, "ingenieur"));
  EXPECT_TRUE(detail::contains_word(cv.words, "cuisine"));  // still a word of the CV
}

TEST(AtsScore, IdenticalInputsGiveIdenticalReports) {
  const JobRequirements job = job_from("Développeur Python", kPosting);
  const CvFacts cv = cv_from("Python, SQL, Docker\nAnglais B2");
  EXPECT_EQ(build_report(taxonomy(), cv, job).dump(), build_report(taxonomy(), cv, job).dump());
}

TEST(AtsScore, ScoreStaysWithinZeroAndHundred) {
  for (const char* posting : {"", "x", "Python Python Python", "Bac+5, 10 ans, anglais C2"}) {
    const JobRequirements job = job_from("", posting);
    for (const char* cv : {"", "Python", "Master, bac+5, 2000 - 2024, anglais C2"}) {
      const double score = compute_score(taxonomy(), cv_from(cv), job).score;
      EXPECT_GE(score, 0);
      EXPECT_LE(score, 100);
    }
  }
}

}  // namespace
}  // namespace jobmatch::ats
