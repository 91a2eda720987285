// Spoken languages a posting asks for: "anglais courant", "Fluent English", "niveau B2 en
// allemand", "l'espagnol est un plus". A language name alone is often something else
// ("entreprise française", "French market", "resume in English"), so it counts only with a
// language or level word near it, or inside a requirements list.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "ats/posting.hpp"
#include "ats/posting_text.hpp"
#include "cv/natural_languages.hpp"

namespace jobmatch::ats {
namespace {

using detail::PostingText;
using detail::Token;
using detail::TokenKind;
using detail::TokenRange;
using detail::word_at;
using detail::WordSet;

// How far around a language name its level or a language word may be, in tokens.
constexpr std::size_t kReach = 6;

// Words that make a nearby language name a language skill.
constexpr std::string_view kLanguageCuesList =
    "courant couramment fluent fluently fluency bilingue bilingual natif native maternelle mother "
    "professionnel professionnelle professional business operationnel operational avance advanced "
    "intermediate intermediaire notion basique basic bon bonne good excellent excellente strong "
    "parfait parfaite perfect correct technique scientifique langue language linguistique parler "
    "parle parlez parlant parlee speak speaks speaking spoken speaker ecrit ecrite oral orale "
    "written verbal lu read write writing comprehension aise maitrise maitriser maitrisez "
    "maitrisant proficient proficiency command knowledge connaissance pratique level niveau "
    "toeic toefl ielts communication communiquer communicate echanger converser "
    "requis requise exige exigee indispensable obligatoire imperatif "
    "necessaire required mandatory must essential";

// Level words that insist on the language even in a sentence that makes something else
// optional ("anglais courant, allemand serait un plus").
constexpr std::string_view kFirmLevelsList =
    "courant couramment fluent fluently fluency bilingue bilingual natif native maternelle "
    "excellent excellente professionnel professional";

// Nouns a language name qualifies when it means a nationality or a place ("entreprise
// française", "French market", "nationalité française").
constexpr std::string_view kNotLanguageNounsList =
    "entreprise societe groupe group company companie firm market marche law droit citizen "
    "citizenship nationalite nationality government gouvernement territoire territory leader "
    "acteur startup tech cuisine client customer public state etat resident origine origin "
    "heritage culture food region amerique america pay cote";

// A request to apply in a language is not a language requirement ("resume in English").
constexpr std::string_view kApplicationWordsList =
    "cv cvs resume candidature application apply postuler postulez lettre cover submitted page "
    "site website selector";

constexpr std::string_view kDenialsList = "no not non aucun aucune pas sans";

/// The language whose French name is `stem` once its feminine ending is removed.
std::optional<cv::NaturalLanguage> french_language_named(std::string_view stem) {
  const std::optional<cv::NaturalLanguage> language = cv::find_natural_language(stem);
  if (!language) return std::nullopt;
  // "deutsche" is not a French adjective: the stem must be the French name ("anglais").
  const std::string name_fr = cv::detail::fold_with_offsets(language->name_fr, nullptr);
  return name_fr == stem ? language : std::nullopt;
}

/// The language `w` names, also as a French adjective ("anglaise", "italienne", "turque").
std::optional<cv::NaturalLanguage> language_named(std::string_view w) {
  if (w.size() < 4) return std::nullopt;
  if (auto language = cv::find_natural_language(w)) return language;
  if (w.ends_with("enne")) return french_language_named(w.substr(0, w.size() - 2));
  if (w == "turque") return cv::find_natural_language("turc");
  if (w == "grecque") return cv::find_natural_language("grec");
  if (w.ends_with('e')) return french_language_named(w.substr(0, w.size() - 1));
  return std::nullopt;
}

/// The window of up to kReach tokens on each side of `i`, inside its sentence.
TokenRange window_around(std::span<const Token> t, std::size_t i) {
  const TokenRange sentence = detail::sentence_around(t, i);
  return TokenRange{std::max(sentence.begin, i > kReach ? i - kReach : 0),
                    std::min(sentence.end, i + kReach + 1)};
}

bool any_word_in(std::span<const Token> t, TokenRange range, const WordSet& words) {
  for (std::size_t k = range.begin; k < range.end; ++k) {
    if (words.contains(cv::detail::singular(word_at(t, k)))) return true;
  }
  return false;
}

/// "B2" at token `k` (a level letter glued to 1 or 2, not "B2B").
bool is_cefr_at(std::span<const Token> t, std::size_t k) {
  const std::string_view w = word_at(t, k);
  if (w.size() != 1 || (w[0] != 'a' && w[0] != 'b' && w[0] != 'c')) return false;
  if (k + 1 >= t.size() || t[k + 1].space_before ||
      (t[k + 1].text != "1" && t[k + 1].text != "2")) {
    return false;
  }
  return k + 2 >= t.size() || t[k + 2].space_before || t[k + 2].kind != TokenKind::kWord;
}

/// The token of the CEFR level nearest to the language name at `i` in `window`, without
/// another language name in between; `window.end` when there is none.
std::size_t nearest_cefr(std::span<const Token> t, std::size_t i, TokenRange window) {
  std::size_t best = window.end;
  std::size_t best_distance = window.end;
  for (std::size_t k = window.begin; k < window.end; ++k) {
    if (!is_cefr_at(t, k)) continue;
    const std::size_t low = std::min(i, k);
    const std::size_t high = std::max(i, k);
    bool crossed = false;
    for (std::size_t m = low + 1; m < high && !crossed; ++m) {
      crossed = language_named(word_at(t, m)).has_value();
    }
    if (!crossed && high - low < best_distance) {
      best = k;
      best_distance = high - low;
    }
  }
  return best;
}

/// Whether the name at `i` qualifies a nationality or a place ("marché français").
bool qualifies_a_noun(std::span<const Token> t, std::size_t i) {
  static const WordSet kNotLanguageNouns(kNotLanguageNounsList);
  const TokenRange sentence = detail::sentence_around(t, i);
  const TokenRange near{std::max(sentence.begin, i > 2 ? i - 2 : 0), std::min(sentence.end, i + 3)};
  return any_word_in(t, near, kNotLanguageNouns);
}

/// The language requirement at token `i` of line `line`, if there is one.
std::optional<LanguageRequirement> requirement_at(const PostingText& text,
                                                  const PostingStructure& structure,
                                                  std::size_t line, std::size_t i) {
  static const WordSet kLanguageCues(kLanguageCuesList);
  static const WordSet kFirmLevels(kFirmLevelsList);
  static const WordSet kApplicationWords(kApplicationWordsList);
  static const WordSet kDenials(kDenialsList);
  const std::span<const Token> t = text.tokens(line);
  const std::optional<cv::NaturalLanguage> language = language_named(word_at(t, i));
  if (!language || qualifies_a_noun(t, i)) return std::nullopt;
  const TokenRange window = window_around(t, i);
  const TokenRange clause = detail::clause_around(t, i);
  const bool level_in_clause = any_word_in(t, clause, kFirmLevels);
  // "Postulez avec un CV en anglais", but "Fluent English required (CVs in English)".
  if (any_word_in(t, window, kApplicationWords) && !level_in_clause) return std::nullopt;
  if (any_word_in(t, clause, kDenials)) return std::nullopt;  // "Français non requis"
  const std::size_t cefr = nearest_cefr(t, i, window);
  const PostingPart part = structure.part_at(text.raw_offset(line, t[i].begin));
  const bool cued = cefr < window.end || any_word_in(t, window, kLanguageCues) ||
                    detail::has_nice_to_have_cue(t, window) || part == PostingPart::kRequirements ||
                    part == PostingPart::kNiceToHave;
  if (!cued) return std::nullopt;
  const bool firm = detail::has_firm_cue(t, clause) || level_in_clause ||
                    (cefr < window.end && cefr >= clause.begin && cefr < clause.end);
  const std::optional<Importance> importance =
      detail::mention_importance(text, structure, line, i, firm);
  if (!importance) return std::nullopt;  // company or benefits text
  LanguageRequirement requirement;
  requirement.code = std::string(language->code);
  requirement.name = std::string(language->name_fr);
  requirement.importance = *importance;
  requirement.span = text.raw_span(line, i, i);
  if (cefr < window.end) {
    requirement.cefr = {static_cast<char>(t[cefr].text[0] - 'a' + 'A'), t[cefr + 1].text[0]};
    requirement.span = text.raw_span(line, std::min(i, cefr), std::max(i, cefr + 1));
  }
  return requirement;
}

/// Adds `found` to `out`, once per language: a required mention replaces an optional one, a
/// CEFR level fills in a mention without one.
void merge_requirement(std::vector<LanguageRequirement>& out, LanguageRequirement found) {
  for (LanguageRequirement& known : out) {
    if (known.code != found.code) continue;
    if (known.importance == Importance::kNiceToHave && found.importance == Importance::kRequired) {
      if (found.cefr.empty()) found.cefr = known.cefr;
      known = std::move(found);
    } else if (known.cefr.empty() && !found.cefr.empty() && known.importance == found.importance) {
      known.cefr = found.cefr;
    }
    return;
  }
  out.push_back(std::move(found));
}

}  // namespace

std::vector<LanguageRequirement> find_required_languages(std::string_view text,
                                                         const PostingStructure& structure) {
  const PostingText posting(text);
  std::vector<LanguageRequirement> out;
  for (std::size_t line = 0; line < posting.line_count(); ++line) {
    const std::span<const Token> t = posting.tokens(line);
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i].kind != TokenKind::kWord || t[i].text.size() < 4) continue;
      if (std::optional<LanguageRequirement> found = requirement_at(posting, structure, line, i)) {
        merge_requirement(out, std::move(*found));
      }
    }
  }
  return out;
}

}  // namespace jobmatch::ats
