#include "cv/profile.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "cv_test_files.hpp"

namespace jobmatch::cv {
namespace {

const ProfileOptions kJune2025{2025, 6};

CvProfile parse_fixture(const std::string& name) {
  const auto text = testing_support::read_file(std::string(JOBMATCH_FIXTURES_DIR) + "/cv/" + name);
  EXPECT_TRUE(text.has_value()) << name;
  return parse_cv_profile(text.value_or(""), {}, kJune2025);
}

std::vector<std::string> kinds_of(const CvProfile& profile) {
  std::vector<std::string> kinds;
  for (const CvSection& s : profile.sections) kinds.emplace_back(section_kind_name(s.kind));
  return kinds;
}

TEST(CvProfile, ReadsTheFrenchFixture) {
  const CvProfile p = parse_fixture("cv_fr.txt");
  EXPECT_EQ(p.language, "fr");
  EXPECT_EQ(kinds_of(p), (std::vector<std::string>{"summary", "experience", "education", "skills",
                                                   "languages", "certifications", "interests"}));
  EXPECT_EQ(p.contact.name, "Camille Exemple");
  EXPECT_EQ(p.contact.emails, std::vector<std::string>{"camille.exemple@example.fr"});
  EXPECT_EQ(p.contact.phones, std::vector<std::string>{"06 12 34 56 78"});
  EXPECT_EQ(p.contact.links, std::vector<std::string>{"linkedin.com/in/camille-exemple"});
  EXPECT_EQ(p.contact.location, "12 rue des Lilas, 69003 Lyon");
  ASSERT_EQ(p.experience.size(), 3u);
  EXPECT_EQ(p.experience[0].title, "Développeuse backend senior – Société Exemple, Lyon");
  EXPECT_TRUE(p.experience[0].current);
  EXPECT_NEAR(p.total_experience_years, 89 / 12.0, 1e-9);
  EXPECT_EQ(p.highest_education_level, "bac+5");
  ASSERT_EQ(p.education.size(), 3u);
  EXPECT_EQ(p.education[0].label, "Diplôme d'ingénieur");
  EXPECT_EQ(p.education[0].year, 2018);
  ASSERT_EQ(p.languages.size(), 3u);
  EXPECT_EQ(p.languages[1].code, "en");
  EXPECT_EQ(p.languages[1].cefr, "B2");
  EXPECT_EQ(p.languages[1].level, "courant");
  ASSERT_EQ(p.certifications.size(), 2u);
  EXPECT_EQ(p.certifications[0].name, "Certified Kubernetes Administrator (CKA)");
  EXPECT_EQ(p.certifications[0].year, 2022);
  EXPECT_EQ(p.skills_section_lines, (std::vector<std::string>{"Langages : Go, Java, Python, SQL",
                                                              "Outils : Docker, Kubernetes, Git"}));
}

TEST(CvProfile, ReadsTheEnglishFixture) {
  const CvProfile p = parse_fixture("cv_en.txt");
  EXPECT_EQ(p.language, "en");
  EXPECT_EQ(kinds_of(p), (std::vector<std::string>{"summary", "experience", "education", "skills",
                                                   "languages", "certifications", "interests"}));
  EXPECT_EQ(p.contact.name, "JOHN A. SAMPLE");
  EXPECT_EQ(p.contact.location, "San Francisco, CA");
  EXPECT_EQ(p.contact.phones, std::vector<std::string>{"+1 (555) 123-4567"});
  ASSERT_EQ(p.experience.size(), 3u);
  EXPECT_EQ(p.experience[2].title, "Analyst Intern | Placeholder LLC");
  EXPECT_NEAR(p.total_experience_years, 126 / 12.0, 1e-9);
  EXPECT_EQ(p.highest_education_level, "bac+5");
  ASSERT_EQ(p.education.size(), 2u);
  EXPECT_EQ(p.education[0].label, "Master of Science");
  EXPECT_EQ(p.education[1].label, "Bachelor of Science");
  ASSERT_EQ(p.languages.size(), 3u);
  EXPECT_EQ(p.languages[0].level, "natif");
  EXPECT_EQ(p.languages[1].cefr, "B2");
  EXPECT_EQ(p.languages[2].level, "notions");
  ASSERT_EQ(p.certifications.size(), 2u);
  EXPECT_EQ(p.certifications[0].name, "Google Professional Data Engineer");
  EXPECT_EQ(p.certifications[0].year, 2020);
  EXPECT_EQ(p.certifications[1].name, "PMP");
}

TEST(CvProfile, DetectsTheDominantLanguage) {
  const auto language_of = [](std::string_view text) {
    return parse_cv_profile(text, {}, kJune2025).language;
  };
  EXPECT_EQ(language_of("Je travaille sur des projets pour la ville et ses habitants."), "fr");
  EXPECT_EQ(language_of("I work on the projects of the city and for its people."), "en");
  EXPECT_EQ(language_of("Python Java SQL"), "en");
  EXPECT_EQ(language_of("Développeur Python"), "fr");
}

TEST(CvProfile, UsesLayoutHeadingHints) {
  const std::string text = "Jean Exemple\nMes réalisations marquantes\nRefonte du site\n";
  EXPECT_TRUE(parse_cv_profile(text, {}, kJune2025).sections.empty());
  const std::vector<std::string> hints{"Mes réalisations marquantes"};
  const CvProfile p = parse_cv_profile(text, hints, kJune2025);
  ASSERT_EQ(p.sections.size(), 1u);
  EXPECT_EQ(p.sections[0].kind, SectionKind::kProjects);
}

TEST(CvProfile, GivesTheSameProfileForTheSameText) {
  const auto text =
      testing_support::read_file(std::string(JOBMATCH_FIXTURES_DIR) + "/cv/cv_fr.txt");
  ASSERT_TRUE(text);
  EXPECT_EQ(profile_to_json(parse_cv_profile(*text, {}, kJune2025), ContactVisibility::kOwner),
            profile_to_json(parse_cv_profile(*text, {}, kJune2025), ContactVisibility::kOwner));
}

TEST(CvProfile, SurvivesGarbageAndInvalidUtf8) {
  std::mt19937 random(42);
  for (int round = 0; round < 200; ++round) {
    std::string text(static_cast<std::size_t>(random() % 3000), '\0');
    for (char& c : text) c = static_cast<char>(random() % 256);
    const std::vector<std::string> hints{text.substr(0, 20)};
    const CvProfile p = parse_cv_profile(text, hints, kJune2025);
    EXPECT_NO_THROW(profile_to_json(p, ContactVisibility::kOwner).dump());
  }
  const std::string tricky = "\xC3\n\xE2\x80\nExp\xC3\xA9rience\xFF\n2019 - \xF0\x9F\nM\xC3";
  EXPECT_NO_THROW(
      profile_to_json(parse_cv_profile(tricky, {}, kJune2025), ContactVisibility::kOwner).dump());
}

TEST(CvProfile, ParsesATwentyPageCvInAFewMilliseconds) {
  const auto page =
      testing_support::read_file(std::string(JOBMATCH_FIXTURES_DIR) + "/cv/cv_fr.txt");
  ASSERT_TRUE(page);
  std::string text;
  while (text.size() < 100'000) text += *page;  // ~20 pages of text
  const auto start = std::chrono::steady_clock::now();
  const CvProfile p = parse_cv_profile(text, {}, kJune2025);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_FALSE(p.sections.empty());
  // Generous bound for sanitizer and debug builds; an optimised build takes a few ms.
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 500);
}

TEST(CvProfile, StaysBoundedOnPathologicalInput) {
  const std::string huge_line(3'000'000, 'x');
  const CvProfile p = parse_cv_profile(huge_line, {}, kJune2025);
  EXPECT_TRUE(p.sections.empty());
  std::string many_headings;
  for (int i = 0; i < 20'000; ++i) many_headings += "Skills\n";
  EXPECT_LE(parse_cv_profile(many_headings, {}, kJune2025).sections.size(), 200u);
}

}  // namespace
}  // namespace jobmatch::cv
