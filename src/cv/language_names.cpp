#include "cv/language_names.hpp"

#include "cv/natural_languages.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

struct LevelPhrase {
  std::string_view words;  // folded; plural 's' ignored
  std::string_view level;
};

// Longer phrases first, so that "très bien" is fluent before "bien" is fair, and LinkedIn's
// "Native or bilingual proficiency" is bilingual rather than native.
constexpr LevelPhrase kLevelPhrases[] = {
    {"native or bilingual", "bilingue"},
    {"notions de base", "notions"},
    {"lu ecrit parle", "courant"},
    {"langue maternelle", "natif"},
    {"mother tongue", "natif"},
    {"native speaker", "natif"},
    {"first language", "natif"},
    {"langue natale", "natif"},
    {"full professional", "courant"},
    {"professional working", "professionnel"},
    {"working proficiency", "professionnel"},
    {"competence professionnelle", "professionnel"},
    {"limited working", "intermédiaire"},
    {"upper intermediate", "intermédiaire"},
    {"tres bien", "courant"},
    {"tres bon", "courant"},
    {"bon niveau", "intermédiaire"},
    {"de base", "notions"},
    {"niveau bac", "notions"},
    {"natif", "natif"},
    {"native", "natif"},
    {"maternelle", "natif"},
    {"bilingue", "bilingue"},
    {"bilingual", "bilingue"},
    {"courant", "courant"},
    {"fluent", "courant"},
    {"fluently", "courant"},
    {"fluency", "courant"},
    {"fluide", "courant"},
    {"couramment", "courant"},
    {"advanced", "courant"},
    {"avance", "courant"},
    {"excellent", "courant"},
    {"professionnel", "professionnel"},
    {"professionnelle", "professionnel"},
    {"professional", "professionnel"},
    {"operationnel", "professionnel"},
    {"operational", "professionnel"},
    {"business", "professionnel"},
    {"intermediaire", "intermédiaire"},
    {"intermediate", "intermédiaire"},
    {"moyen", "intermédiaire"},
    {"conversational", "intermédiaire"},
    {"good", "intermédiaire"},
    {"bon", "intermédiaire"},
    {"bien", "intermédiaire"},
    {"correct", "intermédiaire"},
    {"notion", "notions"},
    {"basic", "notions"},
    {"basique", "notions"},
    {"debutant", "notions"},
    {"beginner", "notions"},
    {"scolaire", "notions"},
    {"elementary", "notions"},
    {"elementaire", "notions"},
    {"limited", "notions"},
    {"rudiment", "notions"},
    {"faible", "notions"},
};

/// The first CEFR level whose minimum `score` reaches, from the top; thresholds in descending
/// order, one per level of `levels`.
std::string_view level_by_threshold(int score, const int (&minimums)[5]) {
  constexpr std::string_view kLevels[] = {"C2", "C1", "B2", "B1", "A2"};
  for (int i = 0; i < 5; ++i) {
    if (minimums[i] > 0 && score >= minimums[i]) return kLevels[i];
  }
  return "A1";
}

}  // namespace

std::optional<NaturalLanguage> natural_language_named(std::string_view folded_word) {
  return find_natural_language(folded_word);
}

// Score-to-CEFR tables, all scores times ten. Sources: ETS "Mapping the TOEIC tests on the
// CEFR" (Listening+Reading minimums: A2 225, B1 550, B2 785, C1 945; C2 not measured), ETS
// TOEFL iBT/CEFR mapping (B1 42, B2 72, C1 95, C2 114) and TOEFL ITP (A2 337, B1 460, B2 543,
// C1 627), Cambridge's IELTS band alignment (B1 4.0, B2 5.5, C1 7.0, C2 8.5). Rough on purpose:
// a CV states a score, not which sub-test it was.
std::string_view cefr_for_test_score(std::string_view test, int score_tenths) {
  if (score_tenths <= 0) return "";
  if (test == "toeic" || test == "toiec") {
    if (score_tenths > 9900 || score_tenths < 100) return "";
    constexpr int kToeic[5] = {0, 9450, 7850, 5500, 2250};
    return level_by_threshold(score_tenths, kToeic);
  }
  if (test == "toefl") {
    if (score_tenths <= 1200) {
      constexpr int kIbt[5] = {1140, 950, 720, 420, 1};
      return score_tenths >= 10 ? level_by_threshold(score_tenths, kIbt) : "";
    }
    if (score_tenths < 3100 || score_tenths > 6770) return "";
    constexpr int kItp[5] = {0, 6270, 5430, 4600, 3370};
    return level_by_threshold(score_tenths, kItp);
  }
  if (test == "ielts") {
    if (score_tenths > 90) return "";
    constexpr int kIelts[5] = {85, 70, 55, 40, 1};
    return level_by_threshold(score_tenths, kIelts);
  }
  return "";
}

std::size_t match_level_phrase(std::span<const Token> t, std::size_t at, std::size_t to,
                               std::string_view& level) {
  for (const LevelPhrase& phrase : kLevelPhrases) {
    std::string_view words = phrase.words;
    std::size_t i = at;
    while (!words.empty()) {
      const std::size_t space = words.find(' ');
      if (i >= to || t[i].kind != TokenKind::kWord ||
          singular(t[i].text) != singular(words.substr(0, space))) {
        break;
      }
      ++i;
      words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
    }
    if (words.empty()) {
      level = phrase.level;
      return i - at;
    }
  }
  return 0;
}

std::string_view level_for_cefr(std::string_view cefr) {
  if (cefr == "A1" || cefr == "A2") return "notions";
  if (cefr == "B1" || cefr == "B2") return "intermédiaire";
  if (cefr == "C1") return "courant";
  if (cefr == "C2") return "bilingue";
  return "";
}

}  // namespace jobmatch::cv::detail
