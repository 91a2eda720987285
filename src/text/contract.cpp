#include "text/contract.hpp"

#include <array>
#include <string>
#include <vector>

#include "text/unicode.hpp"

namespace jobmatch::text {
namespace {

/// A weak phrase only decides when no strong phrase is present: "Contract" alone means a
/// freelance engagement, but "Permanent contract" is a CDI and "Temporary internship" a Stage.
enum class Strength { kStrong, kWeak };

/// Consecutive folded words (separated by one space in `words`) that name a value.
template <typename T>
struct Phrase {
  std::string_view words;
  T value;
  Strength strength = Strength::kStrong;
};

using ContractPhrase = Phrase<ContractType>;
using TimePhrase = Phrase<WorkingTime>;

constexpr std::array kContractTypes{ContractType::kCdi,       ContractType::kCdd,
                                    ContractType::kStage,     ContractType::kAlternance,
                                    ContractType::kFreelance, ContractType::kInterim};

constexpr std::array kWorkingTimes{WorkingTime::kFullTime, WorkingTime::kPartTime};

// French (France Travail, Tunisian and Moroccan boards) and English wordings, and the
// employment_type codes of schema.org JobPosting (split on '_' into words).
constexpr std::array kContractPhrases{
    ContractPhrase{"cdi", ContractType::kCdi},
    ContractPhrase{"duree indeterminee", ContractType::kCdi},
    ContractPhrase{"permanent", ContractType::kCdi},
    ContractPhrase{"open ended", ContractType::kCdi},
    ContractPhrase{"cdd", ContractType::kCdd},
    ContractPhrase{"duree determinee", ContractType::kCdd},
    ContractPhrase{"fixed term", ContractType::kCdd},
    ContractPhrase{"saisonnier", ContractType::kCdd},
    ContractPhrase{"seasonal", ContractType::kCdd},
    ContractPhrase{"temporary", ContractType::kCdd, Strength::kWeak},
    ContractPhrase{"temporaire", ContractType::kCdd, Strength::kWeak},
    ContractPhrase{"stage", ContractType::kStage},
    ContractPhrase{"stagiaire", ContractType::kStage},
    ContractPhrase{"internship", ContractType::kStage},
    ContractPhrase{"intern", ContractType::kStage},
    ContractPhrase{"trainee", ContractType::kStage},
    ContractPhrase{"traineeship", ContractType::kStage},
    ContractPhrase{"sivp", ContractType::kStage},
    ContractPhrase{"pfe", ContractType::kStage},
    ContractPhrase{"alternance", ContractType::kAlternance},
    ContractPhrase{"alternant", ContractType::kAlternance},
    ContractPhrase{"apprentissage", ContractType::kAlternance},
    ContractPhrase{"apprenti", ContractType::kAlternance},
    ContractPhrase{"apprentice", ContractType::kAlternance},
    ContractPhrase{"apprenticeship", ContractType::kAlternance},
    ContractPhrase{"professionnalisation", ContractType::kAlternance},
    ContractPhrase{"contrat pro", ContractType::kAlternance},
    ContractPhrase{"work study", ContractType::kAlternance},
    ContractPhrase{"freelance", ContractType::kFreelance},
    ContractPhrase{"freelancer", ContractType::kFreelance},
    ContractPhrase{"free lance", ContractType::kFreelance},
    ContractPhrase{"independant", ContractType::kFreelance},
    ContractPhrase{"independent contractor", ContractType::kFreelance},
    ContractPhrase{"self employed", ContractType::kFreelance},
    ContractPhrase{"auto entrepreneur", ContractType::kFreelance},
    ContractPhrase{"portage salarial", ContractType::kFreelance},
    ContractPhrase{"profession liberale", ContractType::kFreelance},
    ContractPhrase{"prestataire", ContractType::kFreelance},
    ContractPhrase{"contractor", ContractType::kFreelance},
    // A franchisee runs their own business: the nearest vocabulary entry is Freelance.
    ContractPhrase{"franchise", ContractType::kFreelance, Strength::kWeak},
    ContractPhrase{"contract", ContractType::kFreelance, Strength::kWeak},
    ContractPhrase{"interim", ContractType::kInterim},
    ContractPhrase{"interimaire", ContractType::kInterim},
    ContractPhrase{"travail temporaire", ContractType::kInterim},
};

constexpr std::array kTimePhrases{
    TimePhrase{"full time", WorkingTime::kFullTime},
    TimePhrase{"fulltime", WorkingTime::kFullTime},
    TimePhrase{"plein temps", WorkingTime::kFullTime},
    TimePhrase{"temps plein", WorkingTime::kFullTime},
    TimePhrase{"temps complet", WorkingTime::kFullTime},
    TimePhrase{"part time", WorkingTime::kPartTime},
    TimePhrase{"parttime", WorkingTime::kPartTime},
    TimePhrase{"temps partiel", WorkingTime::kPartTime},
    TimePhrase{"mi temps", WorkingTime::kPartTime},
    TimePhrase{"half time", WorkingTime::kPartTime},
};

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80;
}

/// Appends `word`, first splitting off a glued "sivp": a Tunisian board's scraper concatenates
/// the SIVP eligibility flag to the contract ("CDISIVP", "IntérimSIVP").
void push_word(std::vector<std::string_view>& words, std::string_view word) {
  constexpr std::string_view kGluedSuffix = "sivp";
  if (word.size() > kGluedSuffix.size() && word.ends_with(kGluedSuffix)) {
    push_word(words, word.substr(0, word.size() - kGluedSuffix.size()));
    word = word.substr(word.size() - kGluedSuffix.size());
  }
  words.push_back(word);
}

/// Words of folded text; anything but letters and digits separates ("CDD - 12 Mois",
/// "FULL_TIME", "d'apprentissage").
std::vector<std::string_view> split_words(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && is_word_byte(folded[i])) continue;
    if (i > start) push_word(words, folded.substr(start, i - start));
    start = i + 1;
  }
  return words;
}

/// Number of words of `phrase` when they match the words starting at `at`, else 0.
std::size_t match_length(std::string_view phrase, std::span<const std::string_view> words,
                         std::size_t at) {
  std::size_t count = 0;
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    if (at + count >= words.size() || words[at + count] != word) return 0;
    ++count;
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
  }
  return count;
}

/// The value of the first phrase in reading order among those of `strength` (the longest one
/// when several start at the same word): sources list the main value first ("CDI, CDD &
/// Stage", "CDD Insertion").
template <typename T, std::size_t N>
std::optional<T> find_first_phrase(std::span<const std::string_view> words,
                                   const std::array<Phrase<T>, N>& phrases, Strength strength) {
  for (std::size_t at = 0; at < words.size(); ++at) {
    std::optional<T> best;
    std::size_t best_length = 0;
    for (const Phrase<T>& phrase : phrases) {
      if (phrase.strength != strength) continue;
      const std::size_t length = match_length(phrase.words, words, at);
      if (length > best_length) {
        best = phrase.value;
        best_length = length;
      }
    }
    if (best) return best;
  }
  return std::nullopt;
}

template <typename T, std::size_t N>
std::optional<T> parse_with_phrases(std::string_view raw, const std::array<Phrase<T>, N>& phrases) {
  const std::string folded = fold_for_matching(raw);
  const std::vector<std::string_view> words = split_words(folded);
  if (auto strong = find_first_phrase(words, phrases, Strength::kStrong); strong) return strong;
  return find_first_phrase(words, phrases, Strength::kWeak);
}

}  // namespace

std::string_view contract_label(ContractType type) {
  switch (type) {
    case ContractType::kCdi:
      return "CDI";
    case ContractType::kCdd:
      return "CDD";
    case ContractType::kStage:
      return "Stage";
    case ContractType::kAlternance:
      return "Alternance";
    case ContractType::kFreelance:
      return "Freelance";
    case ContractType::kInterim:
      return "Intérim";
  }
  return "";
}

std::string_view working_time_label(WorkingTime time) {
  switch (time) {
    case WorkingTime::kFullTime:
      return "Temps plein";
    case WorkingTime::kPartTime:
      return "Temps partiel";
  }
  return "";
}

std::span<const ContractType> all_contract_types() { return kContractTypes; }

std::span<const WorkingTime> all_working_times() { return kWorkingTimes; }

std::optional<ContractType> parse_contract_type(std::string_view raw) {
  return parse_with_phrases(raw, kContractPhrases);
}

std::optional<WorkingTime> parse_working_time(std::string_view raw) {
  return parse_with_phrases(raw, kTimePhrases);
}

}  // namespace jobmatch::text
