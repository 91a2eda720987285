#include "cv/sections.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobmatch::cv::detail {
namespace {

std::vector<CvSection> sections_of(std::string_view text, std::vector<std::string> hints = {}) {
  const CvText cv_text(text);
  return find_sections(cv_text, hints);
}

std::vector<SectionKind> kinds_of(std::string_view text, std::vector<std::string> hints = {}) {
  std::vector<SectionKind> kinds;
  for (const CvSection& s : sections_of(text, std::move(hints))) kinds.push_back(s.kind);
  return kinds;
}

using enum SectionKind;

TEST(CvSections, FindsFrenchAndEnglishHeadings) {
  const std::string text =
      "Expériences professionnelles\nx\nParcours professionnel\nx\nWork experience\nx\n"
      "Employment History\nx\nFormations\nx\nÉtudes\nx\nAcademic background\nx\n"
      "Compétences techniques\nx\nTechnical skills\nx\nLangues\nx\nLanguages\nx\n"
      "Certificats\nx\nLicenses & certifications\nx\nProjets\nx\nCentres d'intérêt\nx\n"
      "Loisirs\nx\nHobbies\nx\nProfil\nx\nAbout me\nx\nObjective\nx\nRéférences\nx\n"
      "Coordonnées\nx\n";
  EXPECT_EQ(kinds_of(text),
            (std::vector<SectionKind>{
                kExperience,     kExperience, kExperience, kExperience, kEducation, kEducation,
                kEducation,      kSkills,     kSkills,     kLanguages,  kLanguages, kCertifications,
                kCertifications, kProjects,   kInterests,  kInterests,  kInterests, kSummary,
                kSummary,        kSummary,    kReferences, kContact}));
}

TEST(CvSections, AcceptsAllCapsTrailingColonBulletsAndNumbering) {
  EXPECT_EQ(kinds_of("EXPÉRIENCE PROFESSIONNELLE\nx\nSkills:\nx\n• Langues :\nx\n"
                     "2. Formation\nx\nIV. Projects\nx\nII - Compétences\nx\n"
                     "Expérience(s) professionnelle(s)\nx\n"),
            (std::vector<SectionKind>{kExperience, kSkills, kLanguages, kEducation, kProjects,
                                      kSkills, kExperience}));
}

TEST(CvSections, CollapsesLetterSpacedHeadings) {
  EXPECT_EQ(kinds_of("E X P E R I E N C E\nx\nC O M P É T E N C E S   T E C H N I Q U E S\nx\n"),
            (std::vector<SectionKind>{kExperience, kSkills}));
}

TEST(CvSections, IgnoresHeadingWordsInsideSentences) {
  EXPECT_TRUE(kinds_of("Experience in managing teams of ten.\n"
                       "J'ai suivi une formation en gestion de projet.\n"
                       "Skills in Python\nProject Manager\nFormation, 2019\n")
                  .empty());
}

TEST(CvSections, BodyRunsToTheNextHeading) {
  const std::string text = "Jean\nSkills\nPython\nLanguages\nFrench\n";
  const std::vector<CvSection> sections = sections_of(text);
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].heading, "Skills");
  EXPECT_EQ(sections[0].heading_start, text.find("Skills"));
  EXPECT_EQ(sections[0].body_start, text.find("Python"));
  EXPECT_EQ(sections[0].body_end, text.find("Languages"));
  EXPECT_EQ(sections[1].body_end, text.size());
}

TEST(CvSections, StackedHeadingsShareTheBodyBelowThem) {
  const std::string text = "Expérience professionnelle\n\nPublications\nIngénieur 2020 - 2022\n";
  const std::vector<CvSection> sections = sections_of(text);
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].heading_start, 0u);
  EXPECT_EQ(sections[0].body_start, text.find("Ingénieur"));
  EXPECT_EQ(sections[0].body_end, text.size());
  EXPECT_EQ(sections[1].body_start, sections[0].body_start);
}

TEST(CvSections, LayoutHintsAllowOneExtraWord) {
  const std::string text = "Projets universitaires marquants\nx\n";
  EXPECT_TRUE(kinds_of(text).empty());
  EXPECT_EQ(kinds_of(text, {"Projets universitaires marquants"}),
            (std::vector<SectionKind>{kProjects}));
}

TEST(CvSections, SplitsHeadingsSideBySideInTwoColumns) {
  EXPECT_EQ(kinds_of("   COORDONNÉES                      EXPÉRIENCES PRO\nx\n"),
            (std::vector<SectionKind>{kContact, kExperience}));
}

TEST(CvSections, FindsAHeadingGluedToTheEndOfALine) {
  const std::string text = "Skills * Python, SQL and Deep learning.Education Details \nB.E\n";
  const std::vector<CvSection> sections = sections_of(text);
  ASSERT_EQ(sections.size(), 1u);
  EXPECT_EQ(sections[0].kind, kEducation);
  EXPECT_EQ(sections[0].heading, "Education Details");
  EXPECT_EQ(sections[0].heading_start, text.find("Education"));
}

TEST(CvSections, ReadsHeadingsWithDecomposedAccents) {
  EXPECT_EQ(kinds_of("Expe\xCC\x81rience professionnelle\nx\n"),
            (std::vector<SectionKind>{kExperience}));
}

TEST(CvSections, NeverTreatsAHugeLineAsAHeading) {
  std::string text(5000, 'a');
  text += " Skills\nx\n";
  EXPECT_TRUE(kinds_of(text).empty());
}

TEST(CvSections, NamesEveryKind) {
  EXPECT_EQ(section_kind_name(kSummary), "summary");
  EXPECT_EQ(section_kind_name(kCertifications), "certifications");
  EXPECT_EQ(section_kind_name(kOther), "other");
}

}  // namespace
}  // namespace jobmatch::cv::detail
