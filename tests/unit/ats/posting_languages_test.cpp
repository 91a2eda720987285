#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ats/posting.hpp"

namespace jobmatch::ats {
namespace {

/// "code/cefr[/nice]" per language found, joined with ';'.
std::string languages_in(std::string_view text) {
  std::string out;
  for (const LanguageRequirement& l : find_required_languages(text, read_posting_structure(text))) {
    out += l.code + "/" + l.cefr + (l.importance == Importance::kNiceToHave ? "/nice" : "") + ";";
  }
  return out;
}

TEST(PostingLanguages, ReadsLevelWordsInFrenchAndEnglish) {
  EXPECT_EQ(languages_in("Anglais courant exigé."), "en/;");
  EXPECT_EQ(languages_in("Vous parlez couramment anglais."), "en/;");
  EXPECT_EQ(languages_in("Fluent English is a must."), "en/;");
  EXPECT_EQ(languages_in("Bon niveau d'anglais écrit et oral."), "en/;");
  EXPECT_EQ(languages_in("Maîtrise de l'anglais technique (lu, écrit, parlé)."), "en/;");
  EXPECT_EQ(languages_in("Bilingue français/anglais."), "fr/;en/;");
  EXPECT_EQ(languages_in("Excellent written and verbal communication skills in English"), "en/;");
  EXPECT_EQ(languages_in("Bonne maîtrise de la langue anglaise."), "en/;");
  EXPECT_EQ(languages_in("Maîtrise de la langue italienne souhaitée."), "it//nice;");
}

TEST(PostingLanguages, ReadsCefrLevels) {
  EXPECT_EQ(languages_in("Anglais B2 minimum."), "en/B2;");
  EXPECT_EQ(languages_in("Un niveau C1 en anglais est demandé."), "en/C1;");
  EXPECT_EQ(languages_in("English (C2) and German (B1)."), "en/C2;de/B1;");
  EXPECT_EQ(languages_in("Anglais : niveau B2B indispensable"), "en/;");
}

TEST(PostingLanguages, TheSpanCoversTheNameAndItsLevel) {
  constexpr std::string_view kText = "Profil : anglais B2, rigueur.";
  const auto found = find_required_languages(kText, read_posting_structure(kText));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(kText.substr(found[0].span.start, found[0].span.end - found[0].span.start),
            "anglais B2");
  EXPECT_EQ(found[0].name, "anglais");
}

TEST(PostingLanguages, OptionalWordingMakesALanguageNiceToHave) {
  EXPECT_EQ(languages_in("L'anglais est un plus."), "en//nice;");
  EXPECT_EQ(languages_in("Fluent English, Spanish is a plus."), "en/;es//nice;");
  EXPECT_EQ(languages_in("Anglais courant, allemand serait un plus."), "en/;de//nice;");
  EXPECT_EQ(languages_in("Nice to have\n- German\n"), "de//nice;");
  EXPECT_EQ(languages_in("La maîtrise de l'anglais est un atout indispensable."), "en/;");
}

TEST(PostingLanguages, ARequirementsListIsCueEnough) {
  EXPECT_EQ(languages_in("Profil recherché :\n- Python\n- Anglais\n"), "en/;");
  EXPECT_EQ(languages_in("Requirements\n- SQL\n- Spanish\n"), "es/;");
}

TEST(PostingLanguages, ANationalityOrACompanyIsNoLanguage) {
  EXPECT_EQ(languages_in("Rejoignez une entreprise française en croissance."), "");
  EXPECT_EQ(languages_in("Venez rejoindre le leader Français de la boulangerie."), "");
  EXPECT_EQ(languages_in("We are a French company based in Lyon."), "");
  EXPECT_EQ(languages_in("Profil\nVous suivez nos clients français et allemands.\n"), "");
  EXPECT_EQ(languages_in("Profil\nExpérience sur le marché allemand.\n"), "");
  EXPECT_EQ(languages_in("Nationalité : Française\n"), "");
  EXPECT_EQ(languages_in("Implantés en Amérique latine depuis 2010."), "");
  EXPECT_EQ(languages_in("Deutsche Bank recrute un analyste."), "");
}

TEST(PostingLanguages, APostingWrittenInALanguageDoesNotAskForIt) {
  EXPECT_EQ(languages_in("Please attach your resume in English."), "");
  EXPECT_EQ(languages_in("Postulez avec un CV en français et en anglais."), "");
  EXPECT_EQ(languages_in("Fluent English required (CVs must be submitted in English)."), "en/;");
  EXPECT_EQ(languages_in("Exigences linguistiques :\n- Français non requis\n"), "");
}

TEST(PostingLanguages, ProgrammingLanguagesAreNotSpokenOnes) {
  EXPECT_EQ(languages_in("Profil\nMaîtrise du langage Python et du langage C.\n"), "");
}

TEST(PostingLanguages, CompanyAndBenefitsTextIsIgnored) {
  EXPECT_EQ(languages_in("Avantages\n- Cours d'anglais offerts\n"), "");
  EXPECT_EQ(languages_in("Qui sommes-nous ?\nUne équipe bilingue français anglais.\n"), "");
}

TEST(PostingLanguages, EachLanguageComesOnceAndARequiredMentionWins) {
  EXPECT_EQ(languages_in("L'anglais est un plus.\nProfil\n- Anglais courant (C1)\n"), "en/C1;");
  EXPECT_EQ(languages_in("Anglais courant.\nAnglais B2 apprécié.\n"), "en/;");
}

TEST(PostingLanguages, NeverFailsOnOddInput) {
  EXPECT_EQ(languages_in(""), "");
  EXPECT_EQ(languages_in("anglais"), "");
  EXPECT_EQ(languages_in("\xff anglais courant \xc3"), "en/;");
}

}  // namespace
}  // namespace jobmatch::ats
