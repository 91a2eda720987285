#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ats/posting.hpp"

namespace jobmatch::ats {
namespace {

/// The part of `text` where `needle` starts (the needle must be there).
PostingPart part_of(std::string_view text, std::string_view needle) {
  const std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string_view::npos) << needle;
  return read_posting_structure(text).part_at(at);
}

void expect_segments_cover(std::string_view text) {
  const PostingStructure structure = read_posting_structure(text);
  std::size_t end = 0;
  for (const PostingSegment& segment : structure.segments) {
    EXPECT_EQ(segment.span.start, end);
    EXPECT_LT(segment.span.start, segment.span.end);
    end = segment.span.end;
  }
  EXPECT_EQ(end, text.size());
}

constexpr std::string_view kFrenchPosting =
    "Data Engineer (H/F)\n"
    "\n"
    "Qui sommes-nous ?\n"
    "Acteur majeur du conseil, nous utilisons Python depuis 10 ans.\n"
    "\n"
    "VOS MISSIONS :\n"
    "- Concevoir les pipelines Spark\n"
    "- Formation des utilisateurs\n"
    "\n"
    "Profil recherché\n"
    "- Bac+5 en informatique\n"
    "- Maîtrise de SQL\n"
    "- Une expérience sur Kafka serait un plus\n"
    "\n"
    "Avantages :\n"
    "- Tickets restaurant\n"
    "- Prime / bonus annuel\n";

TEST(PostingStructure, FrenchHeadingsSplitThePostingIntoParts) {
  EXPECT_EQ(part_of(kFrenchPosting, "Data Engineer"), PostingPart::kOther);
  EXPECT_EQ(part_of(kFrenchPosting, "Python"), PostingPart::kCompany);
  EXPECT_EQ(part_of(kFrenchPosting, "Spark"), PostingPart::kResponsibilities);
  EXPECT_EQ(part_of(kFrenchPosting, "SQL"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kFrenchPosting, "Tickets"), PostingPart::kBenefits);
}

TEST(PostingStructure, ABulletOfAListIsNotAHeading) {
  // "Formation" names the education requirement, but as a bullet among missions it is one.
  EXPECT_EQ(part_of(kFrenchPosting, "Formation des"), PostingPart::kResponsibilities);
  EXPECT_EQ(part_of("Profil :\n- Python\n- Savoir-être\n- Rigueur\n", "Rigueur"),
            PostingPart::kRequirements);
}

TEST(PostingStructure, AnOptionalSentenceInsideRequirementsIsNiceToHave) {
  EXPECT_EQ(part_of(kFrenchPosting, "Kafka"), PostingPart::kNiceToHave);
  constexpr std::string_view kText =
      "Requirements\nStrong Java. Experience with Kafka is a plus. Docker (preferred).\nGit\n";
  EXPECT_EQ(part_of(kText, "Java"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Kafka"), PostingPart::kNiceToHave);
  EXPECT_EQ(part_of(kText, "Docker"), PostingPart::kNiceToHave);
  EXPECT_EQ(part_of(kText, "Git"), PostingPart::kRequirements);
}

TEST(PostingStructure, AnOptionalSentenceEndsAtAFullStopGluedToTheNext) {
  // Flattened HTML glues sentences: "preferably" must not spill over to the next one.
  constexpr std::string_view kText =
      "Requirements\nWorked as a BA, preferably in the Financial domain.Strong background with "
      "SQL.Docker est un plus.Maîtrise de Python exigée.\n";
  EXPECT_EQ(part_of(kText, "SQL"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Docker"), PostingPart::kNiceToHave);
  EXPECT_EQ(part_of(kText, "Python"), PostingPart::kRequirements);
}

TEST(PostingStructure, HeadingsGluedInsideAFlattenedLineOpenTheirSections) {
  constexpr std::string_view kText =
      "About UsWe build rockets with Java.ResponsibilitiesWork with SQL every day.Preferred "
      "QualificationsDocker experience.Minimum QualificationsPython, 3 years of relevant "
      "ExperienceWe use Kafka.\n";
  EXPECT_EQ(part_of(kText, "Java"), PostingPart::kCompany);
  EXPECT_EQ(part_of(kText, "SQL"), PostingPart::kResponsibilities);
  EXPECT_EQ(part_of(kText, "Docker"), PostingPart::kNiceToHave);
  EXPECT_EQ(part_of(kText, "Python"), PostingPart::kRequirements);
  // After a small word, "Experience" ends a sentence rather than heading a section.
  EXPECT_EQ(part_of(kText, "Kafka"), PostingPart::kRequirements);
  expect_segments_cover(kText);
  // Names written in camel case are not headings.
  constexpr std::string_view kNames = "Requirements\nJavaScript, PowerPoint, YouTube, PhD.\n";
  EXPECT_EQ(read_posting_structure(kNames).segments.size(), 1u);
  EXPECT_EQ(part_of(kNames, "PhD"), PostingPart::kRequirements);
}

TEST(PostingStructure, HeadingsWithAColonInsideAFlattenedLineOpenTheirSections) {
  constexpr std::string_view kText =
      "About the company: we ship Java since 2001. Location: Paris. Responsibilities: build "
      "pipelines in Scala. Required Qualifications: SQL and Python.Preferred Qualifications: "
      "Docker.Benefits & PerksFree lunch. Education: a budget for Kubernetes courses.\n";
  EXPECT_EQ(part_of(kText, "Java"), PostingPart::kCompany);
  EXPECT_EQ(part_of(kText, "Paris"), PostingPart::kOther);  // a key-value, not a section
  EXPECT_EQ(part_of(kText, "Scala"), PostingPart::kResponsibilities);
  EXPECT_EQ(part_of(kText, "Python"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Docker"), PostingPart::kNiceToHave);
  // Among perks, "Education:" labels a perk; a label of a list is no heading either.
  EXPECT_EQ(part_of(kText, "Kubernetes"), PostingPart::kBenefits);
  EXPECT_EQ(part_of("We give you great perks: Challenge: Python every day.\n", "Python"),
            PostingPart::kOther);
  // "Desired:" covers its clause only, not the rest of the posting.
  constexpr std::string_view kDesired = "Degree: BSc. Desired: MSc, PhD. We build with Kafka.\n";
  EXPECT_EQ(part_of(kDesired, "PhD"), PostingPart::kNiceToHave);
  EXPECT_NE(part_of(kDesired, "Kafka"), PostingPart::kNiceToHave);
  // A heading glued to a word in capitals.
  constexpr std::string_view kCapitals =
      "Role: data. Desired: MSc, PhDExperience: 7 years with Kafka. Strong SQLPreferred "
      "Qualifications: Docker.\n";
  EXPECT_EQ(part_of(kCapitals, "Kafka"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kCapitals, "Docker"), PostingPart::kNiceToHave);
  expect_segments_cover(kText);
}

TEST(PostingStructure, OptionalWordingInParenthesesCoversWhatTheyName) {
  constexpr std::string_view kText =
      "Requirements\nStrong Python or C++ (Go is preferred).\nExperience with AWS (a plus)\n"
      "3+ years of experience (preferably with Java)\n";
  EXPECT_EQ(part_of(kText, "C++"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Go is"), PostingPart::kNiceToHave);
  EXPECT_EQ(part_of(kText, "AWS"), PostingPart::kNiceToHave);
  EXPECT_EQ(part_of(kText, "3+ years"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Java"), PostingPart::kNiceToHave);
}

TEST(PostingStructure, ProfilSouhaiteIsTheRequiredProfile) {
  EXPECT_EQ(part_of("- Profil souhaité Bac+5 en mécanique\n", "Bac+5"), PostingPart::kOther);
  EXPECT_EQ(part_of("Profil souhaité :\n- SolidWorks\n", "SolidWorks"), PostingPart::kRequirements);
}

TEST(PostingStructure, OptionalWordsInCompanyOrBenefitsTextChangeNothing) {
  EXPECT_EQ(part_of(kFrenchPosting, "bonus annuel"), PostingPart::kBenefits);
  EXPECT_EQ(part_of("À propos\nNos bureaux, idéalement situés, sont un plus.\n", "bureaux"),
            PostingPart::kCompany);
}

TEST(PostingStructure, LookalikesOfOptionalWordsAreNotNiceToHave) {
  EXPECT_EQ(part_of("Missions\nTournées à plus de 50 km.\n", "Tournées"),
            PostingPart::kResponsibilities);
  EXPECT_EQ(part_of("Missions\nVous souhaitez évoluer ? Gérer un plus grand parc.\n", "Gérer"),
            PostingPart::kResponsibilities);
  EXPECT_EQ(part_of("Profil\nSalaire fixe + bonus selon profil\n", "Salaire"),
            PostingPart::kRequirements);
  EXPECT_EQ(part_of("Profil\nLa maîtrise de SQL est un atout indispensable.\n", "SQL"),
            PostingPart::kRequirements);
}

TEST(PostingStructure, EnglishHeadingsInCapitalsMarkdownOrBold) {
  constexpr std::string_view kText =
      "About us\nWe build data tools.\n\n## What you'll do\n- Build ETL jobs\n\n"
      "**Minimum qualifications:**\n- Python\n\nNICE TO HAVE\n- Scala\n\n"
      "Benefits\n- 401(k)\n\nEqual opportunity employer\nWe welcome everyone.\n";
  EXPECT_EQ(part_of(kText, "data tools"), PostingPart::kCompany);
  EXPECT_EQ(part_of(kText, "ETL"), PostingPart::kResponsibilities);
  EXPECT_EQ(part_of(kText, "Python"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Scala"), PostingPart::kNiceToHave);
  EXPECT_EQ(part_of(kText, "401"), PostingPart::kBenefits);
  EXPECT_EQ(part_of(kText, "welcome"), PostingPart::kOther);
}

TEST(PostingStructure, AHeadingWithContentOnItsLineOpensTheSection) {
  constexpr std::string_view kText =
      "Missions principales : piloter les projets.\nProfil recherché : Bac+5 en statistiques.\n"
      "Maîtrise de R.\n";
  EXPECT_EQ(part_of(kText, "piloter"), PostingPart::kResponsibilities);
  EXPECT_EQ(part_of(kText, "Bac+5"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Maîtrise"), PostingPart::kRequirements);
}

TEST(PostingStructure, AKeyValueLineDoesNotCaptureTheLinesBelow) {
  constexpr std::string_view kText =
      "Profil :\n- Python\nSalaire : 40 k€ brut annuel\n- Docker\nLieu : Paris\n- Git\n";
  EXPECT_EQ(part_of(kText, "40 k"), PostingPart::kBenefits);
  EXPECT_EQ(part_of(kText, "Docker"), PostingPart::kRequirements);
  EXPECT_EQ(part_of(kText, "Git"), PostingPart::kRequirements);
}

TEST(PostingStructure, AGluedCompanyLineCoversOnlyItsFirstSentence) {
  constexpr std::string_view kText =
      "About the Company: Zebit offers credit. Requirements include SQL and Python.";
  EXPECT_EQ(part_of(kText, "Zebit"), PostingPart::kCompany);
  EXPECT_EQ(part_of(kText, "SQL"), PostingPart::kOther);
}

TEST(PostingStructure, ACompanySectionEndsAtAParagraphAboutTheJob) {
  constexpr std::string_view kText =
      "Pourquoi rejoindre cette entreprise ?\nUne entreprise engagée et stable.\n\n"
      "Vous serez responsable du suivi QHSE.\n- Suivre les indicateurs\n";
  EXPECT_EQ(part_of(kText, "engagée"), PostingPart::kBenefits);
  EXPECT_EQ(part_of(kText, "QHSE"), PostingPart::kOther);
  EXPECT_EQ(part_of(kText, "Suivre"), PostingPart::kOther);
}

TEST(PostingStructure, BonusInsideABenefitsListIsPay) {
  EXPECT_EQ(part_of("Avantages\nMutuelle\nBonus\nRTT\n", "RTT"), PostingPart::kBenefits);
  EXPECT_EQ(part_of("Requirements\nSQL\nBonus points\nLooker\n", "Looker"),
            PostingPart::kNiceToHave);
}

TEST(PostingStructure, ImportanceFollowsThePart) {
  const PostingStructure structure = read_posting_structure(kFrenchPosting);
  EXPECT_EQ(importance_at(structure, kFrenchPosting.find("Python")), std::nullopt);
  EXPECT_EQ(importance_at(structure, kFrenchPosting.find("Tickets")), std::nullopt);
  EXPECT_EQ(importance_at(structure, kFrenchPosting.find("Spark")), Importance::kRequired);
  EXPECT_EQ(importance_at(structure, kFrenchPosting.find("SQL")), Importance::kRequired);
  EXPECT_EQ(importance_at(structure, kFrenchPosting.find("Kafka")), Importance::kNiceToHave);
  EXPECT_EQ(importance_at(structure, kFrenchPosting.find("Data Engineer")), Importance::kRequired);
}

TEST(PostingStructure, SegmentsCoverAnyInputInOrder) {
  expect_segments_cover(kFrenchPosting);
  expect_segments_cover("");
  expect_segments_cover("\n\n\n");
  expect_segments_cover("Profil recherché :");
  expect_segments_cover("Profil :\xff\xfe invalide \xc3\n- Python est un plus\xe2\x80");
  expect_segments_cover("• Python • Java est un plus • Go ▪ Rust");
  EXPECT_TRUE(read_posting_structure("").segments.empty());
}

TEST(PostingStructure, ReadsTheFirst200KilobytesOfAHugePosting) {
  std::string text = "Profil\n";
  while (text.size() < 300 * 1024) text += "Python, SQL et Docker. Kafka est un plus. ";
  const PostingStructure structure = read_posting_structure(text);
  ASSERT_FALSE(structure.segments.empty());
  EXPECT_EQ(structure.segments.back().span.end, text.size());
  EXPECT_EQ(structure.part_at(text.size() - 1), structure.segments.back().part);
  EXPECT_EQ(structure.part_at(text.size()), PostingPart::kOther);
  expect_segments_cover(text);
}

}  // namespace
}  // namespace jobmatch::ats
