#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ats/posting.hpp"

namespace jobmatch::ats {
namespace {

/// The years found in `text`, -1 when none.
double years_in(std::string_view text) {
  const std::optional<YearsRequirement> found = find_required_years(text);
  return found ? found->years : -1;
}

/// The text the found span covers, "" when nothing is found.
std::string span_of(std::string_view text) {
  const std::optional<YearsRequirement> found = find_required_years(text);
  if (!found) return "";
  return std::string(text.substr(found->span.start, found->span.end - found->span.start));
}

TEST(PostingYears, ReadsFrenchWordings) {
  EXPECT_EQ(years_in("Vous avez 3 ans d'expérience en développement."), 3);
  EXPECT_EQ(years_in("Expérience de 2 ans minimum sur un poste similaire."), 2);
  EXPECT_EQ(years_in("Vous justifiez d'au moins 5 ans dans la gestion de projet."), 5);
  EXPECT_EQ(years_in("Minimum 2 ans en administration Linux."), 2);
  EXPECT_EQ(years_in("5 ans minimum en tant que chef de projet."), 5);
  EXPECT_EQ(years_in("Une EXPÉRIENCE de trois ans est attendue."), 3);
  EXPECT_EQ(years_in("Expérience : + de 10 ans en analyse RH"), 10);
  EXPECT_EQ(years_in("Expérience requise : Minimum 4/5 ans d'expertise"), 4);
  EXPECT_EQ(years_in("Expérience : 1 an"), 1);
  EXPECT_EQ(years_in("Une première expérience de 6 mois (stage accepté)."), 0.5);
}

TEST(PostingYears, KeepsTheLowerBoundOfARange) {
  EXPECT_EQ(years_in("Séniorité : Junior (2 à 3 ans d'expérience)."), 2);
  EXPECT_EQ(years_in("Expérience confirmée (3-5 ans) en tant que Data Engineer."), 3);
  EXPECT_EQ(years_in("1-3 years of experience as a data analyst"), 1);
  EXPECT_EQ(years_in("Qualifications: 7 – 10 (3 years min relevant experience)"), 3);
  EXPECT_EQ(years_in("Experience: 1-5+ years of data analyst, analyst, or business experience"), 1);
}

TEST(PostingYears, ReadsEnglishWordings) {
  EXPECT_EQ(years_in("- 5+ years of experience with Python"), 5);
  EXPECT_EQ(years_in("At least 3 years in a similar role."), 3);
  EXPECT_EQ(years_in("2+ yrs setting up distributed systems"), 2);
  EXPECT_EQ(years_in("Minimum of five years of relevant work experience."), 5);
  EXPECT_EQ(years_in("More than 7 years of experience in uArch definitions"), 7);
  EXPECT_EQ(years_in("5+ years project management experience."), 5);
  EXPECT_EQ(years_in("Experience:\nJava: 3 years (Required)\n"), 3);
}

TEST(PostingYears, ReadsFranceTravailWordings) {
  constexpr std::string_view kText = "Poste en CDI.\nExpérience exigée de 2 An(s)\n";
  EXPECT_EQ(years_in(kText), 2);
  EXPECT_EQ(span_of(kText), "2 An(s)");
  EXPECT_EQ(years_in("Expérience exigée de 36 Mois"), 3);
  EXPECT_EQ(years_in("Expérience requise :\n6 mois à 1 an\n"), 0.5);
  EXPECT_EQ(years_in("Niveau d'expérience min. requis\n\n1 an ou plus\n"), 1);
}

TEST(PostingYears, BeginnersWelcomeMeansNoYears) {
  constexpr std::string_view kText = "Poste ouvert à tous.\nDébutant accepté\n";
  EXPECT_EQ(years_in(kText), 0);
  EXPECT_EQ(span_of(kText), "Débutant accepté");
  EXPECT_EQ(years_in("Débutant(e) accepté(e)"), 0);
  EXPECT_EQ(years_in("Débutants acceptés."), 0);
  EXPECT_EQ(years_in("No experience required, we train you."), 0);
  EXPECT_EQ(years_in("Aucune expérience n'est requise."), 0);
}

TEST(PostingYears, IgnoresDurationsThatAreNotExperience) {
  EXPECT_EQ(years_in("CDD de 6 mois, 35 heures par semaine, Bac+5 exigé."), -1);
  EXPECT_EQ(years_in("Contrat : CDD 6 mois renouvelable. Expérience dans la vente."), -1);
  EXPECT_EQ(years_in("Créée il y a 20 ans, notre PME a une forte expérience métier."), -1);
  EXPECT_EQ(years_in("Fort de 25 ans d'expérience, notre cabinet recrute."), -1);
  EXPECT_EQ(years_in("Présent depuis plus de 30 ans sur le marché."), -1);
  EXPECT_EQ(years_in("For over 25 years, we have been leading the industry."), -1);
  EXPECT_EQ(years_in("Mission d'intérim de 12 mois."), -1);
  EXPECT_EQ(years_in("Must be at least 18 years old."), -1);
  EXPECT_EQ(years_in("Salary: $29,000 - $40,000 a year"), -1);
  EXPECT_EQ(years_in("Duration: 12 Months contract"), -1);
  EXPECT_EQ(years_in("Company match after 12 months of tenure."), -1);
}

TEST(PostingYears, IgnoresCompanyAndBenefitsText) {
  EXPECT_EQ(years_in("Qui sommes-nous ?\nUne équipe avec 15 ans d'expérience minimum.\n"), -1);
  EXPECT_EQ(years_in("Avantages\nPrime après 2 ans d'ancienneté\n"), -1);
}

TEST(PostingYears, PrefersTheRequirementsPart) {
  constexpr std::string_view kText =
      "Le poste\nVous encadrerez des juniors de 1 an d'expérience.\n\n"
      "Profil recherché\n- 5 ans d'expérience minimum\n";
  EXPECT_EQ(years_in(kText), 5);
}

TEST(PostingYears, PrefersARequiredDurationToAnOptionalOne) {
  const std::optional<YearsRequirement> found =
      find_required_years("Idéalement 5 ans d'expérience.\nMinimum 2 ans d'expérience.\n");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->years, 2);
  EXPECT_EQ(found->importance, Importance::kRequired);
  const std::optional<YearsRequirement> optional =
      find_required_years("Une expérience de 2 ans serait un plus.");
  ASSERT_TRUE(optional);
  EXPECT_EQ(optional->importance, Importance::kNiceToHave);
}

TEST(PostingYears, AnOptionalWordElsewhereInTheSentenceKeepsTheDurationRequired) {
  const std::optional<YearsRequirement> found = find_required_years(
      "Bachelor's degree preferred and a minimum of 3 years of relevant experience.");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->years, 3);
  EXPECT_EQ(found->importance, Importance::kRequired);
}

TEST(PostingYears, NeverFailsOnOddInput) {
  EXPECT_EQ(years_in(""), -1);
  EXPECT_EQ(years_in("\xff\xfe 3 ans \xc3"), -1);
  EXPECT_EQ(years_in("99999999999999999999 years of experience"), -1);
  EXPECT_EQ(years_in("40 years of experience"), -1);
  EXPECT_EQ(years_in("3 ans d'expérience \xe2\x80"), 3);
}

}  // namespace
}  // namespace jobmatch::ats
