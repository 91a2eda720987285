#include "skills/phrases.hpp"

#include <initializer_list>
#include <unordered_map>
#include <unordered_set>

#include "skills/match_tokens.hpp"
#include "text/unicode.hpp"

namespace jobmatch::skills {

namespace {

using detail::MatchToken;
using detail::MatchTokens;

// A phrase longer than this many words is a sentence, not a skill.
constexpr std::size_t kMaxPhraseTokens = 10;
// A preposition ends the phrase once its object has this many content words: "respond to
// stakeholder queries | in a timely manner", but "operating in an online retail business".
constexpr std::size_t kContentWordsBeforePreposition = 2;

using WordSet = std::unordered_set<std::string>;

/// Folded keys as the tokenizer makes them (plural endings dropped: "does" -> "doe").
WordSet word_set(std::initializer_list<std::string_view> words) {
  WordSet out;
  for (const std::string_view word : words) out.emplace(detail::without_plural(word));
  return out;
}

// Words that may sit inside a phrase but never end it ("of the", "de la").
const WordSet& linking_words() {
  static const WordSet words = word_set(
      {"the",   "a",      "an",    "and",   "or",   "of",    "to",    "in",   "for",  "with",
       "on",    "at",     "by",    "your",  "our",  "their", "all",   "as",   "from", "into",
       "its",   "this",   "these", "those", "any",  "other", "both",  "such", "le",   "la",
       "les",   "l",      "un",    "une",   "des",  "de",    "du",    "d",    "et",   "ou",
       "au",    "aux",    "en",    "pour",  "avec", "sur",   "dans",  "par",  "vos",  "nos",
       "leur",  "leurs",  "ses",   "son",   "sa",   "ce",    "cette", "ces",  "tout", "tous",
       "toute", "toutes", "se",    "s"});
  return words;
}

// Words that end a phrase: clause starters, auxiliaries and pronouns of a new clause.
const WordSet& clause_words() {
  static const WordSet words = word_set(
      {"during",    "while",  "when",   "where",   "which",   "who",   "that",       "whilst",
       "including", "etc",    "please", "if",      "because", "so",    "throughout", "through",
       "alongside", "within", "across", "whereas", "whether", "is",    "are",        "was",
       "were",      "will",   "can",    "may",     "should",  "must",  "would",      "could",
       "be",        "being",  "been",   "has",     "have",    "had",   "do",         "does",
       "we",        "you",    "they",   "i",       "he",      "she",   "it",         "qui",
       "que",       "qu",     "dont",   "lorsque", "quand",   "afin",  "pendant",    "durant",
       "est",       "sont",   "sera",   "seront",  "etre",    "avoir", "vous",       "nous",
       "ils",       "elles",  "il",     "elle",    "on",      "selon", "notamment",  "si",
       "car",       "comme",  "jusqu",  "lorsqu",  "puisqu"});
  return words;
}

// Prepositions: they end a phrase whose object is already said (kContentWordsBeforePreposition).
const WordSet& prepositions() {
  static const WordSet words =
      word_set({"in",   "on",   "at",   "for",    "from", "by", "over", "under", "via",
                "into", "per",  "to",   "with",   "as",   "en", "sur",  "pour",  "par",
                "avec", "dans", "chez", "aupres", "a",    "au", "aux"});
  return words;
}

// After a determiner a verb form is a noun ("the planning", "la formation").
const WordSet& determiners() {
  static const WordSet words =
      word_set({"the",   "a",     "an", "our", "your", "their", "its", "his", "her",   "this",
                "these", "those", "le", "la",  "les",  "l",     "un",  "une", "ce",    "cette",
                "ces",   "son",   "sa", "ses", "leur", "leurs", "nos", "vos", "notre", "votre"});
  return words;
}

bool is_coordination(std::string_view key) {
  return key == "and" || key == "or" || key == "et" || key == "ou";
}

bool is_purpose(std::string_view key) { return key == "to" || key == "pour"; }

bool is_function_word(const std::string& key) {
  return linking_words().contains(key) || clause_words().contains(key) ||
         prepositions().contains(key) || determiners().contains(key);
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/// English inflections of a base verb, as tokenizer keys: manage -> managing, managed; plan ->
/// planning, planned; apply -> applied, applie(s). The third person "manages" already folds to
/// "manage" (plural rule).
std::vector<std::string> english_inflections(const std::string& base) {
  std::vector<std::string> out{base + "ing", base + "ed"};
  const char last = base.back();
  if (last == 'e') {
    out.push_back(base.substr(0, base.size() - 1) + "ing");
    out.push_back(base + "d");
  }
  if (last == 'y' && base.size() > 2 && !is_vowel(base[base.size() - 2])) {
    const std::string stem = base.substr(0, base.size() - 1);
    out.push_back(stem + "ied");
    out.emplace_back(detail::without_plural(stem + "ies"));
  }
  // Consonant-vowel-consonant endings double: plan -> planning. Harmless when they do not
  // (develop -> "developping" is simply never met).
  const std::size_t n = base.size();
  if (n >= 3 && !is_vowel(base[n - 3]) && is_vowel(base[n - 2]) &&
      std::string_view("bdgklmnprt").find(last) != std::string_view::npos) {
    out.push_back(base + last + "ing");
    out.push_back(base + last + "ed");
  }
  return out;
}

bool counts_as_skill_label(SkillKind kind) {
  return kind == SkillKind::kHard || kind == SkillKind::kSoft;
}

bool counts_as_knowledge_label(SkillKind kind) {
  return kind == SkillKind::kKnowledge || kind == SkillKind::kTool;
}

/// True when the text between two tokens is one space or word-internal joiners ("cross-
/// functional", "customer's", "R&D"); anything else (a comma, a full stop, a new line, a
/// slash, a bracket) is a boundary, and so is a run of spaces: flattened HTML separates its
/// blocks that way ("Position Overview   The Consumer ...").
bool joined(std::string_view gap) {
  std::size_t spaces = 0;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == ' ' || c == '\t') {
      ++spaces;
      continue;
    }
    if (c == '-' || c == '\'' || c == '&') continue;
    if (gap.substr(i).starts_with("\xE2\x80\x99")) {  // ’
      i += 2;
      continue;
    }
    if (gap.substr(i).starts_with("\xC2\xA0")) {  // no-break space
      ++spaces;
      i += 1;
      continue;
    }
    return false;
  }
  return spaces <= 1;
}

/// A sentence glued to the previous one by its full stop ("demand.We", "results.Collect"): the
/// tokenizer keeps ".We" as a word (as it keeps ".NET"); a capital then a small letter after the
/// dot is a sentence start.
bool glued_sentence_start(std::string_view word) {
  return word.size() >= 3 && word[0] == '.' && text::is_ascii_upper(word[1]) &&
         text::is_ascii_lower(word[2]);
}

bool starts_with_capital(std::string_view word) {
  return !word.empty() && text::is_ascii_upper(word.front());
}

/// True when the token is written in capitals (an acronym or a heading, not a task).
bool all_capitals(std::string_view word) {
  std::size_t letters = 0;
  for (const char c : word) {
    if (text::is_ascii_lower(c)) return false;
    if (text::is_ascii_upper(c)) ++letters;
  }
  return letters >= 2;
}

bool has_capital(std::string_view word) {
  return word.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
}

/// Which labels' verbs a text is read with: French infinitives such as "former", "installer"
/// or "programmer" are English nouns, so each language keeps its own verbs.
enum class Language { kEnglish, kFrench };

/// English unless French function words are the more frequent.
Language guess_language(const MatchTokens& tokens) {
  static const WordSet english = word_set({"the", "and", "of", "to", "with", "for", "you", "will",
                                           "is", "are", "in", "our", "we", "a", "an"});
  static const WordSet french = word_set({"le", "la", "les", "des", "et", "de", "du", "vous",
                                          "pour", "avec", "est", "une", "un", "nous", "au"});
  std::size_t en = 0;
  std::size_t fr = 0;
  for (const MatchToken& token : tokens.tokens) {
    const std::string key(tokens.key(token));
    en += english.contains(key) ? 1 : 0;
    fr += french.contains(key) ? 1 : 0;
  }
  return fr > en ? Language::kFrench : Language::kEnglish;
}

using VerbForms = std::unordered_map<std::string, std::string>;  // verb form -> base form

/// First words of multi-word ESCO labels in one language: how many skill labels and how many
/// knowledge or tool labels each starts.
struct FirstWordCounts {
  std::unordered_map<std::string, std::size_t> skill_labels;
  std::unordered_map<std::string, std::size_t> knowledge_labels;

  void add(const std::string& label, SkillKind kind) {
    const std::vector<std::string> keys = detail::form_keys(label);
    if (keys.size() < 2) return;
    if (counts_as_skill_label(kind)) ++skill_labels[keys.front()];
    if (counts_as_knowledge_label(kind)) ++knowledge_labels[keys.front()];
  }

  std::vector<std::string> verbs(const PhraseLexiconOptions& options) const {
    std::vector<std::string> out;
    for (const auto& [word, count] : skill_labels) {
      const auto knowledge = knowledge_labels.find(word);
      const double noun_uses = knowledge == knowledge_labels.end() ? 0.0 : knowledge->second;
      if (count < options.min_skill_labels || word.size() < 2 || is_function_word(word)) continue;
      if (noun_uses > options.max_knowledge_share * static_cast<double>(count)) continue;
      out.push_back(word);
    }
    return out;
  }
};

}  // namespace

struct PhraseFinder::Lexicon {
  VerbForms english;
  VerbForms french;

  const VerbForms& verbs(Language language) const {
    return language == Language::kFrench ? french : english;
  }
};

PhraseFinder::PhraseFinder(const Taxonomy& taxonomy, PhraseLexiconOptions options)
    : lexicon_(std::make_unique<Lexicon>()) {
  FirstWordCounts english;
  FirstWordCounts french;
  for (SkillIndex index = 0; index < taxonomy.size(); ++index) {
    const Skill& skill = taxonomy.skill(index);
    if (!skill.id.starts_with("esco:")) continue;
    english.add(skill.label_en, skill.kind);
    french.add(skill.label_fr, skill.kind);
  }
  const std::vector<std::string> english_bases = english.verbs(options);
  // Base forms first, so that an inflection equal to another verb ("need" + "ed") never
  // replaces that verb.
  for (const std::string& base : english_bases) lexicon_->english[base] = base;
  for (const std::string& base : english_bases) {
    for (std::string& form : english_inflections(base)) {
      lexicon_->english.try_emplace(std::move(form), base);
    }
  }
  for (const std::string& base : french.verbs(options)) lexicon_->french[base] = base;
}

PhraseFinder::~PhraseFinder() = default;
PhraseFinder::PhraseFinder(PhraseFinder&&) noexcept = default;
PhraseFinder& PhraseFinder::operator=(PhraseFinder&&) noexcept = default;

std::size_t PhraseFinder::verb_form_count() const {
  return lexicon_->english.size() + lexicon_->french.size();
}

namespace {

struct Scan {
  std::string_view text;
  const MatchTokens& tokens;
  std::string_view key(std::size_t i) const { return tokens.key(tokens.tokens[i]); }
  std::string_view word(std::size_t i) const {
    const MatchToken& t = tokens.tokens[i];
    return text.substr(t.start, t.end - t.start);
  }
  /// Token `i` follows token `i - 1` in the same clause.
  bool joined_to_previous(std::size_t i) const {
    if (i == 0) return false;
    const std::size_t from = tokens.tokens[i - 1].end;
    return joined(text.substr(from, tokens.tokens[i].start - from));
  }
  bool in(const WordSet& set, std::size_t i) const { return set.contains(std::string(key(i))); }
};

/// True when every content word from `first` to `last` starts with a capital: a heading or a
/// name ("Position Overview", "Test Analyst"), not a task.
bool title_case(const Scan& scan, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k <= last; ++k) {
    if (!scan.in(linking_words(), k) && !starts_with_capital(scan.word(k))) return false;
  }
  return true;
}

/// True when a coordination ("and", "et"...) sits strictly between tokens `from` and `to`.
bool coordination_since(const Scan& scan, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k) {
    if (is_coordination(scan.key(k))) return true;
  }
  return false;
}

}  // namespace

std::vector<SkillPhrase> PhraseFinder::find(std::string_view text) const {
  const MatchTokens tokens = detail::tokenize_for_matching(text);
  const Scan scan{text, tokens};
  const std::size_t count = tokens.tokens.size();
  const VerbForms& verbs = lexicon_->verbs(guess_language(tokens));
  const auto is_verb = [&verbs](std::string_view key) { return verbs.contains(std::string(key)); };
  const auto verb_at = [&](std::size_t i) { return i < count && is_verb(scan.key(i)); };
  std::vector<SkillPhrase> phrases;
  std::size_t i = 0;
  while (i < count) {
    const bool after_determiner = scan.joined_to_previous(i) && scan.in(determiners(), i - 1);
    if (!verb_at(i) || all_capitals(scan.word(i)) || after_determiner) {
      ++i;
      continue;
    }
    std::size_t last = i;
    std::size_t content_words = 0;
    for (std::size_t j = i + 1; j < count && j - i < kMaxPhraseTokens; ++j) {
      if (!scan.joined_to_previous(j) || scan.in(clause_words(), j)) break;
      if (glued_sentence_start(scan.word(j))) break;
      const std::string_view key = scan.key(j);
      const bool next_is_verb = verb_at(j + 1) && scan.joined_to_previous(j + 1);
      if (is_coordination(key) && next_is_verb) break;  // "... and driving ..."
      // "gérer les relations et d'assurer ...": a verb after a coordination and an elided "d'"
      // starts the next task; the phrase ends at its last content word.
      if (is_verb(key) && content_words > 0 && coordination_since(scan, last, j)) break;
      if (is_purpose(key) && next_is_verb && j > i + 1) break;  // "... to ensure ..."
      if (scan.in(prepositions(), j) && content_words >= kContentWordsBeforePreposition) break;
      if (!scan.in(linking_words(), j)) {
        last = j;
        ++content_words;
      }
    }
    if (last == i || title_case(scan, i, last)) {
      ++i;
      continue;
    }
    // An adverb in front belongs to the task: "proactively selling".
    std::size_t first = i;
    if (i > 0 && scan.joined_to_previous(i) && scan.key(i - 1).ends_with("ly") &&
        !has_capital(scan.word(i - 1))) {
      first = i - 1;
    }
    phrases.push_back(SkillPhrase{tokens.tokens[first].start, tokens.tokens[last].end,
                                  verbs.at(std::string(scan.key(i)))});
    i = last + 1;
  }
  return phrases;
}

}  // namespace jobmatch::skills
