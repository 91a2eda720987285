#include "ats/words.hpp"

#include <algorithm>
#include <iterator>

#include "text/unicode.hpp"

namespace jobmatch::ats::detail {

namespace {

// Words that say nothing about the role: French and English function words, gender and
// contract marks that titles carry ("H/F", "F/H/X", "m/w/d", "CDI"). Single letters are
// dropped before ("E.Leclerc", "d'", "H/F").
constexpr std::string_view kIgnoredWords[] = {
    "au",  "aux", "de",  "des",  "du",   "en", "et", "la",  "le",  "les", "pour",  "par",
    "sur", "un",  "une", "avec", "dans", "hf", "fh", "nb",  "the", "of",  "and",   "for",
    "an",  "to",  "in",  "with", "at",   "or", "ou", "cdi", "cdd", "job", "poste", "offre"};

bool ignored(std::string_view word) {
  return std::find(std::begin(kIgnoredWords), std::end(kIgnoredWords), word) !=
         std::end(kIgnoredWords);
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

void add_word(std::string_view word, std::vector<std::string>& out) {
  if (word.size() < 2 || ignored(word)) return;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  if (word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's') {
    word.remove_suffix(1);
  }
  out.emplace_back(word);
}

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
  const std::string folded = text::fold_for_matching(text);
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && is_alnum(folded[i])) continue;
    add_word(std::string_view(folded).substr(start, i - start), out);
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
