#include "cv/heading_vocabulary.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

struct HeadingPhrase {
  std::string_view words;  // folded, space-separated; plural 's' is ignored when comparing
  SectionKind kind;
};

using enum SectionKind;

// Longer phrases first: "programming languages" is a skills heading, "languages" alone is not.
// Multi-word entries exist where the words alone would be modifiers or ambiguous ("parcours").
constexpr std::array kPhrases = {
    HeadingPhrase{"a propos de moi", kSummary},
    HeadingPhrase{"centre d interet", kInterests},
    HeadingPhrase{"competence linguistique", kLanguages},
    HeadingPhrase{"programming language", kSkills},
    HeadingPhrase{"langage de programmation", kSkills},
    HeadingPhrase{"language skill", kLanguages},
    HeadingPhrase{"spoken language", kLanguages},
    HeadingPhrase{"langage parle", kLanguages},
    HeadingPhrase{"parcours professionnel", kExperience},
    HeadingPhrase{"parcours academique", kEducation},
    HeadingPhrase{"parcours scolaire", kEducation},
    HeadingPhrase{"parcours universitaire", kEducation},
    HeadingPhrase{"work history", kExperience},
    HeadingPhrase{"employment history", kExperience},
    HeadingPhrase{"career history", kExperience},
    HeadingPhrase{"professional background", kExperience},
    HeadingPhrase{"company detail", kExperience},
    HeadingPhrase{"academic background", kEducation},
    HeadingPhrase{"educational background", kEducation},
    HeadingPhrase{"academic qualification", kEducation},
    HeadingPhrase{"educational qualification", kEducation},
    HeadingPhrase{"technical background", kSkills},
    HeadingPhrase{"savoir faire", kSkills},
    HeadingPhrase{"savoir etre", kSkills},
    HeadingPhrase{"tech stack", kSkills},
    HeadingPhrase{"stack technique", kSkills},
    HeadingPhrase{"points fort", kSkills},
    HeadingPhrase{"formation certifiante", kCertifications},
    HeadingPhrase{"information personnelle", kContact},
    HeadingPhrase{"personal information", kContact},
    HeadingPhrase{"personal detail", kContact},
    HeadingPhrase{"personal data", kContact},
    HeadingPhrase{"etat civil", kContact},
    HeadingPhrase{"reseaux sociaux", kContact},
    HeadingPhrase{"about me", kSummary},
    HeadingPhrase{"a propos", kSummary},
    HeadingPhrase{"personal statement", kSummary},
    HeadingPhrase{"additional information", kOther},
    HeadingPhrase{"information complementaire", kOther},
    HeadingPhrase{"vie associative", kOther},
    HeadingPhrase{"engagement associatif", kOther},
    HeadingPhrase{"profil", kSummary},
    HeadingPhrase{"profile", kSummary},
    HeadingPhrase{"resume", kSummary},
    HeadingPhrase{"summary", kSummary},
    HeadingPhrase{"objective", kSummary},
    HeadingPhrase{"objectif", kSummary},
    HeadingPhrase{"presentation", kSummary},
    HeadingPhrase{"synthese", kSummary},
    HeadingPhrase{"experience", kExperience},
    HeadingPhrase{"employment", kExperience},
    HeadingPhrase{"internship", kExperience},
    HeadingPhrase{"stage", kExperience},
    HeadingPhrase{"formation", kEducation},
    HeadingPhrase{"education", kEducation},
    HeadingPhrase{"etude", kEducation},
    HeadingPhrase{"diplome", kEducation},
    HeadingPhrase{"cursus", kEducation},
    HeadingPhrase{"scolarite", kEducation},
    HeadingPhrase{"training", kEducation},
    HeadingPhrase{"competence", kSkills},
    HeadingPhrase{"skill", kSkills},
    HeadingPhrase{"expertise", kSkills},
    HeadingPhrase{"aptitude", kSkills},
    HeadingPhrase{"qualification", kSkills},
    HeadingPhrase{"connaissance", kSkills},
    HeadingPhrase{"technologie", kSkills},
    HeadingPhrase{"outil", kSkills},
    HeadingPhrase{"langage", kSkills},
    HeadingPhrase{"strength", kSkills},
    HeadingPhrase{"atout", kSkills},
    HeadingPhrase{"qualite", kSkills},
    HeadingPhrase{"langue", kLanguages},
    HeadingPhrase{"language", kLanguages},
    HeadingPhrase{"certification", kCertifications},
    HeadingPhrase{"certificat", kCertifications},
    HeadingPhrase{"certificate", kCertifications},
    HeadingPhrase{"accreditation", kCertifications},
    HeadingPhrase{"projet", kProjects},
    HeadingPhrase{"project", kProjects},
    HeadingPhrase{"portfolio", kProjects},
    HeadingPhrase{"realisation", kProjects},
    HeadingPhrase{"interet", kInterests},
    HeadingPhrase{"interest", kInterests},
    HeadingPhrase{"loisir", kInterests},
    HeadingPhrase{"hobby", kInterests},
    HeadingPhrase{"hobbie", kInterests},
    HeadingPhrase{"passion", kInterests},
    HeadingPhrase{"activite", kInterests},
    HeadingPhrase{"sport", kInterests},
    HeadingPhrase{"reference", kReferences},
    HeadingPhrase{"referee", kReferences},
    HeadingPhrase{"recommandation", kReferences},
    HeadingPhrase{"contact", kContact},
    HeadingPhrase{"coordonnee", kContact},
    HeadingPhrase{"lien", kContact},
    HeadingPhrase{"link", kContact},
    HeadingPhrase{"publication", kOther},
    HeadingPhrase{"award", kOther},
    HeadingPhrase{"honor", kOther},
    HeadingPhrase{"honour", kOther},
    HeadingPhrase{"prix", kOther},
    HeadingPhrase{"distinction", kOther},
    HeadingPhrase{"benevolat", kOther},
    HeadingPhrase{"volunteer", kOther},
    HeadingPhrase{"volunteering", kOther},
    HeadingPhrase{"achievement", kOther},
    HeadingPhrase{"accomplishment", kOther},
    HeadingPhrase{"conference", kOther},
    HeadingPhrase{"declaration", kOther},
    HeadingPhrase{"divers", kOther},
    HeadingPhrase{"patent", kOther},
    HeadingPhrase{"brevet", kOther},
};

// Words that qualify a heading without changing its kind, space-separated.
constexpr std::string_view kModifiers =
    "professionnel professionnelle professional pro technique technical tech key core main "
    "principal principale personnel personnelle personal perso academique academic scolaire "
    "universitaire work relevant additional complementaire other autre detail info "
    "information realise realisee selected recent side soft hard transversale generale "
    "specifique fonctionnelle comportementale extra obtenu obtenue history educational "
    "informatique numerique acquise cle domaine career license it linguistique parlee spoken "
    "programmation clef specialisee interpersonnelle extracurricular executive short brief "
    "associative associatif quelques research recherche";

constexpr std::string_view kConnectors =
    "et and de des du d l la le les of the my mes mon ma en a aux au ou";

// An unknown word is tolerated in a lenient heading, but not one of these: "PROJECT MANAGER"
// or "Stage ingenieur" are job titles, not headings.
constexpr std::string_view kJobNouns =
    "manager engineer ingenieur developer developpeur chef lead analyst analyste consultant "
    "assistant director directeur officer coordinator coordinateur specialist designer "
    "architect architecte administrator administrateur intern stagiaire responsable charge "
    "technicien technician scientist owner leader head expert president operateur operator";

/// Calls `visit` with each space-separated word of `list`.
template <typename Visit>
void for_each_word(std::string_view list, Visit visit) {
  while (!list.empty()) {
    const std::size_t space = list.find(' ');
    visit(list.substr(0, space));
    list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
  }
}

bool contains_singular(std::string_view list, std::string_view word) {
  const std::string_view s = singular(word);
  bool found = false;
  for_each_word(list, [&](std::string_view entry) { found = found || singular(entry) == s; });
  return found;
}

/// Number of words of `phrase` matched at `words[at]`, 0 when it does not match there.
std::size_t match_phrase(std::string_view phrase, std::span<const std::string_view> words,
                         std::size_t at) {
  std::size_t count = 0;
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    const std::string_view part = phrase.substr(0, space);
    if (at + count >= words.size() || singular(words[at + count]) != singular(part)) return 0;
    ++count;
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  }
  return count;
}

/// Every distinct word of the vocabulary, for cutting letter-spaced headings.
std::vector<std::string_view> vocabulary_words() {
  std::vector<std::string_view> words;
  const auto add = [&](std::string_view word) { words.push_back(word); };
  for_each_word(kModifiers, add);
  for_each_word(kConnectors, add);
  for (const HeadingPhrase& phrase : kPhrases) for_each_word(phrase.words, add);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace

std::optional<SectionKind> classify_heading_words(std::span<const std::string_view> words,
                                                  int allowed_unknown) {
  std::optional<SectionKind> kind;
  int unknown = 0;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t matched = 0;
    for (const HeadingPhrase& phrase : kPhrases) {
      matched = match_phrase(phrase.words, words, i);
      if (matched > 0) {
        if (!kind) kind = phrase.kind;
        break;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const std::string_view word = words[i];
    if (!contains_singular(kModifiers, word) && !contains_singular(kConnectors, word)) {
      if (contains_singular(kJobNouns, word) || ++unknown > allowed_unknown) return std::nullopt;
    }
    ++i;
  }
  return kind;
}

std::optional<SectionKind> classify_compact_heading(std::string_view letters) {
  static const std::vector<std::string_view> kWords = vocabulary_words();
  // Real letter-spaced headings are short ("E X P E R I E N C E S  P R O"); longer runs are
  // letter-spaced body text that happens to cut into vocabulary words.
  constexpr std::size_t kMaxLetters = 30;
  constexpr int kMaxPieces = 4;
  if (letters.empty() || letters.size() > kMaxLetters) return std::nullopt;
  // best[i]: fewest words covering letters[0, i); from[i] rebuilds the cut. A word may carry a
  // plural 's' the vocabulary does not store.
  constexpr int kNone = 1 << 20;
  std::array<int, kMaxLetters + 1> best{};
  std::array<std::size_t, kMaxLetters + 1> from{};
  best.fill(kNone);
  best[0] = 0;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (best[i] == kNone) continue;
    for (const std::string_view word : kWords) {
      if (letters.substr(i).starts_with(word)) {
        for (std::size_t end : {i + word.size(), i + word.size() + 1}) {
          if (end > letters.size() || (end != i + word.size() && letters[end - 1] != 's')) continue;
          if (best[i] + 1 < best[end]) {
            best[end] = best[i] + 1;
            from[end] = i;
          }
        }
      }
    }
  }
  if (best[letters.size()] > kMaxPieces) return std::nullopt;
  std::vector<std::string_view> cut;
  for (std::size_t end = letters.size(); end > 0; end = from[end]) {
    cut.push_back(letters.substr(from[end], end - from[end]));
  }
  std::reverse(cut.begin(), cut.end());
  return classify_heading_words(cut, 0);
}

}  // namespace jobmatch::cv::detail
