#include "ats/words.hpp"

#include <algorithm>
#include <iterator>

#include "text/unicode.hpp"

namespace jobmatch::ats::detail {

namespace {

// Words that say nothing about the role: French and English function words, gender and
// contract marks that titles carry ("H/F", "F/H/X", "m/w/d", "CDI") and the endings of inclusive
// writing ("Sportif(ve)", "Technicien(ne)", "Administrateur.trice", "Conseiller(ère)"). Single
// letters are dropped before ("E.Leclerc", "d'", "H/F", "Chargé(e)").
constexpr std::string_view kIgnoredWords[] = {
    "au",  "aux", "de",  "des",   "du",   "en",  "et",   "la",  "le",  "les", "pour",  "par",
    "sur", "un",  "une", "avec",  "dans", "hf",  "fh",   "nb",  "the", "of",  "and",   "for",
    "an",  "to",  "in",  "with",  "at",   "or",  "ou",   "cdi", "cdd", "job", "poste", "offre",
    "ne",  "ve",  "se",  "trice", "euse", "ere", "iere", "ive", "eure"};

bool ignored(std::string_view word) {
  return std::find(std::begin(kIgnoredWords), std::end(kIgnoredWords), word) !=
         std::end(kIgnoredWords);
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// French feminine endings of job titles and their masculine form, longest first. Both sides of
// a match go through them, so a woman's "Développeuse" meets "Développeur (H/F)" (at title
// weight 17 she used to lose those points); two distinct words merged by mistake ("carrière",
// "carrier") cost little, as both sides are folded the same way.
struct Ending {
  std::string_view feminine;
  std::string_view masculine;
};
constexpr Ending kFeminineEndings[] = {
    {"ienne", "ien"},  // technicienne, informaticienne
    {"euse", "eur"},   // développeuse, serveuse, vendeuse
    {"eure", "eur"},   // ingénieure, professeure
    {"rice", "eur"},   // directrice, administratrice, conductrice
    {"ere", "er"},     // infirmière, conseillère, boulangère
    {"ante", "ant"},   // consultante, assistante
    {"ente", "ent"},   // agente, présidente
    {"ale", "al"},     // commerciale
    {"ee", "e"},       // chargée, employée
};
constexpr std::size_t kMinStemForGender = 2;  // "agente" -> "agent"; "vente" stays

std::string_view masculine_stem(std::string_view word, std::string& buffer) {
  for (const Ending& ending : kFeminineEndings) {
    if (word.size() >= ending.feminine.size() + kMinStemForGender &&
        word.ends_with(ending.feminine)) {
      buffer.assign(word.substr(0, word.size() - ending.feminine.size()));
      buffer.append(ending.masculine);
      return buffer;
    }
  }
  return word;
}

void add_word(std::string_view word, const skills::Taxonomy& taxonomy,
              std::vector<std::string>& out) {
  if (word.size() < 2 || ignored(word)) return;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  if (word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's') {
    word.remove_suffix(1);
  }
  std::string buffer;
  out.emplace_back(taxonomy.title_word(masculine_stem(word, buffer)));
}

}  // namespace

std::vector<std::string> content_words(std::string_view text, const skills::Taxonomy& taxonomy) {
  const std::string folded = text::fold_for_matching(text);
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && is_alnum(folded[i])) continue;
    add_word(std::string_view(folded).substr(start, i - start), taxonomy, out);
    start = i + 1;
  }
  return out;
}

void sort_unique(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

bool contains_word(const std::vector<std::string>& sorted_words, std::string_view word) {
  return std::binary_search(sorted_words.begin(), sorted_words.end(), word);
}

}  // namespace jobmatch::ats::detail
