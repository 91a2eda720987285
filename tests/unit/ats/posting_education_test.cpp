#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ats/posting.hpp"

namespace jobmatch::ats {
namespace {

/// The level found in `text`, "" when none.
std::string level_in(std::string_view text) {
  const std::optional<EducationRequirement> found = find_required_education(text);
  return found ? found->level : "";
}

std::string span_of(std::string_view text) {
  const std::optional<EducationRequirement> found = find_required_education(text);
  if (!found) return "";
  return std::string(text.substr(found->span.start, found->span.end - found->span.start));
}

TEST(PostingEducation, ReadsBacPlusForms) {
  EXPECT_EQ(level_in("Diplômé(e) d'un Bac+5 en informatique."), "bac+5");
  EXPECT_EQ(level_in("Formation Bac + 3 minimum."), "bac+3");
  EXPECT_EQ(level_in("Titulaire d'un bac+4/5, vous aimez la technique."), "bac+4");
  EXPECT_EQ(level_in("Formation : niveau Bac"), "bac");
  EXPECT_EQ(level_in("Vous avez un Bac pro ou un BTS en maintenance."), "bac");
  EXPECT_EQ(level_in("Formation Bac+2 à Bac+5 en supply chain."), "bac+2");
  EXPECT_EQ(level_in("Bac+8 en biologie"), "bac+8");
}

TEST(PostingEducation, TheLowestOfAlternativesIsKept) {
  constexpr std::string_view kText = "Profil : BAC +2/3 en informatique";
  EXPECT_EQ(level_in(kText), "bac+2");
  EXPECT_EQ(span_of(kText), "BAC +2/3");
  EXPECT_EQ(level_in("Vous êtes de formation BTS/DUT électrotechnique."), "bac+2");
  EXPECT_EQ(level_in("BS/MS in Computer Science"), "bac+3");
  EXPECT_EQ(level_in("Master ou diplôme d'ingénieur, ou Licence avec expérience"), "bac+3");
}

TEST(PostingEducation, ReadsFrenchDegreeNames) {
  EXPECT_EQ(level_in("Vous êtes titulaire d'un diplôme d'ingénieur."), "bac+5");
  EXPECT_EQ(level_in("Issu(e) d'une école d'ingénieurs, vous ..."), "bac+5");
  EXPECT_EQ(level_in("Ingénieur de formation, vous aimez le terrain."), "bac+5");
  EXPECT_EQ(level_in("Diplômé d'une grande école de commerce."), "bac+5");
  EXPECT_EQ(level_in("Vous préparez un Master 2 en statistiques."), "bac+5");
  EXPECT_EQ(level_in("Étudiant en Master 1 ou M1 MIAGE."), "bac+4");
  EXPECT_EQ(level_in("Licence professionnelle en réseaux."), "bac+3");
  EXPECT_EQ(level_in("Doctorat en chimie apprécié"), "bac+8");
  EXPECT_EQ(level_in("DUT / BUT informatique"), "bac+2");
}

TEST(PostingEducation, ReadsEnglishDegreeNames) {
  EXPECT_EQ(level_in("Master's degree in Statistics"), "bac+5");
  EXPECT_EQ(level_in("Master\xc2\x92s degree from an accredited university"), "bac+5");
  EXPECT_EQ(level_in("Bachelor's degree in Information Technology"), "bac+3");
  EXPECT_EQ(level_in("Ph.D. in Physics or a related field"), "bac+8");
  EXPECT_EQ(level_in("MBA required"), "bac+5");
  EXPECT_EQ(level_in("M.Sc. in Computer Science"), "bac+5");
  EXPECT_EQ(level_in("Associate degree in accounting"), "bac+2");
  EXPECT_EQ(level_in("High school diploma or equivalent"), "bac");
  EXPECT_EQ(level_in("A degree in Computer Science or related field"), "bac+3");
  EXPECT_EQ(level_in("Graduate degree in Economics"), "bac+5");
}

TEST(PostingEducation, JobTitlesAndLookalikesAreNoDegree) {
  EXPECT_EQ(level_in("Ingénieur DevOps (H/F)\n\nVous rejoignez l'équipe cloud."), "");
  EXPECT_EQ(level_in("Ingénieur / Ingénieure data scientist (H/F)"), "");
  EXPECT_EQ(level_in("Certified Scrum Master wanted"), "");
  EXPECT_EQ(level_in("Experience with master data management"), "");
  EXPECT_EQ(level_in("Self-motivated to learn and master new technologies"), "");
  EXPECT_EQ(level_in("Maîtrise de Python et de SQL"), "");
  EXPECT_EQ(level_in("Advanced MS Office skills"), "");
  EXPECT_EQ(level_in("Location: Needham, MA"), "");
  EXPECT_EQ(level_in("2-3 yrs experience in a BA role"), "");
  EXPECT_EQ(level_in("Possess a high degree of flexibility"), "");
  EXPECT_EQ(level_in("A 360-degree view of the customer"), "");
  EXPECT_EQ(level_in("Déploiement dans un bac à sable"), "");
  EXPECT_EQ(level_in("Gestion des licences Microsoft 365"), "");
  EXPECT_EQ(level_in("Créer et gérer les masters et les Task Sequences"), "");
  EXPECT_EQ(level_in("BUT WE ARE HIRING"), "");
}

TEST(PostingEducation, ARequiredDegreeBeatsAPreferredOne) {
  constexpr std::string_view kGoogleLike =
      "Minimum qualifications:\nBachelor's degree in Computer Science.\n\n"
      "Preferred qualifications:\nPhD in Machine Learning.\n";
  EXPECT_EQ(level_in(kGoogleLike), "bac+3");
  const std::optional<EducationRequirement> found =
      find_required_education("Master's degree required, PhD preferred.");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->level, "bac+5");
  EXPECT_EQ(found->importance, Importance::kRequired);
}

TEST(PostingEducation, AnOnlyPreferredDegreeIsNiceToHave) {
  const std::optional<EducationRequirement> found =
      find_required_education("Nice to have\n- PhD in Statistics\n");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->level, "bac+8");
  EXPECT_EQ(found->importance, Importance::kNiceToHave);
}

TEST(PostingEducation, IgnoresCompanyTextAndDenials) {
  EXPECT_EQ(level_in("Qui sommes-nous ?\nUne équipe de 40 PhD et ingénieurs diplômés.\n"), "");
  EXPECT_EQ(level_in("No work experience or college degree is required."), "");
  EXPECT_EQ(level_in("Pas de diplôme requis, Bac non exigé."), "");
}

TEST(PostingEducation, NeverFailsOnOddInput) {
  EXPECT_EQ(level_in(""), "");
  EXPECT_EQ(level_in("Bac+"), "");
  EXPECT_EQ(level_in("Bac+99999999999"), "");
  EXPECT_EQ(level_in("\xff Bac+5 \xc3"), "bac+5");
}

}  // namespace
}  // namespace jobmatch::ats
