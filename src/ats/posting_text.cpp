#include "ats/posting_text.hpp"

#include <algorithm>
#include <array>

#include "text/unicode.hpp"

namespace jobmatch::ats::detail {
namespace {

// Sentences longer than this many tokens on each side of a mention are cut: a posting pasted
// as one huge line must not make every lookup quadratic.
constexpr std::size_t kMaxSentenceReach = 200;

// Bullets written in the middle of a line (lists pasted into one line), as folded bytes: the
// folding keeps these characters as they are and the tokenizer makes each byte a token.
constexpr std::array<std::string_view, 10> kBullets = {
    "\xE2\x80\xA2", "\xC2\xB7",     "\xE2\x96\xAA", "\xE2\x97\x8F", "\xE2\x96\xBA",
    "\xE2\x9E\xA2", "\xE2\x9C\x94", "\xE2\x9C\x93", "\xE2\x97\x8B", "\xE2\x97\xA6",
};

/// Length in tokens of the bullet character starting at token `i`, 0 when none starts there.
std::size_t bullet_at(std::span<const Token> tokens, std::size_t i) {
  if (tokens[i].kind != TokenKind::kPunct || static_cast<unsigned char>(tokens[i].text[0]) < 0x80) {
    return 0;
  }
  for (std::string_view bullet : kBullets) {
    if (i + bullet.size() > tokens.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < bullet.size() && same; ++k) {
      const Token& t = tokens[i + k];
      same = t.text.size() == 1 && t.text[0] == bullet[k] && (k == 0 || !t.space_before);
    }
    if (same) return bullet.size();
  }
  return 0;
}

bool is_bullet_byte(std::span<const Token> tokens, std::size_t i) {
  for (std::size_t back = 0; back < 3 && back <= i; ++back) {
    if (bullet_at(tokens, i - back) > back) return true;
  }
  return false;
}

/// Abbreviations whose final '.' does not end a sentence ("e.g. Python", "cf. annexe").
bool is_abbreviation(std::string_view word) {
  return word.size() == 1 || is_one_of(word, "eg ie ex cf vs etc approx env mr mme dr st inc nb");
}

/// Clauses end at punctuation and at the conjunctions that join two demands ("Bachelor's
/// required and Master's preferred", "anglais courant et allemand apprécié").
bool is_clause_break(const Token& t) {
  if (t.kind == TokenKind::kWord) return is_one_of(t.text, "and et but mais while");
  const char c = t.text[0];
  return c == ',' || c == '(' || c == ')' || c == '/' || c == ':' || c == '[' || c == ']';
}

/// "un plus", "a plus", "un vrai plus", "is a plus" ending at the word "plus" (token `i`).
bool is_plus_cue(std::span<const Token> tokens, std::size_t i) {
  const std::string_view prev = word_at(tokens, i - 1);
  if (i >= 2 && is_one_of(prev,
                          "vrai reel gros grand veritable petit enorme big huge real definite "
                          "strong great major significant nice bel")) {
    return is_one_of(word_at(tokens, i - 2), "un a");
  }
  if (i == 0 || !is_one_of(prev, "un a")) return false;
  // "à plus de 50 km", "un plus grand nombre": only a copula before or nothing after is a cue.
  const bool copula = i >= 2 && is_one_of(word_at(tokens, i - 2),
                                          "est serait sera sont seraient constitue constituerait "
                                          "represente is be are definitely considered considere");
  const bool ends = i + 1 >= tokens.size() || tokens[i + 1].kind != TokenKind::kWord;
  return copula || ends;
}

bool is_nice_cue_at(std::span<const Token> tokens, std::size_t i) {
  static const WordSet kOptionalWords(
      "atout atouts apprecie appreciee apprecies appreciees appreciable souhaite souhaitee "
      "souhaites souhaitees souhaitable souhaitables idealement ideally preferably preferred "
      "preferable preference desirable desired");
  const std::string_view w = word_at(tokens, i);
  if (w.empty()) return false;
  if (kOptionalWords.contains(w)) {
    // "un atout indispensable" insists; "Profil souhaité" is the French for the requirements;
    // "the desired metrics", "your preferred method of contact" are no extras.
    const std::string_view next = word_at(tokens, i + 1);
    return !is_one_of(next,
                      "indispensable essentiel essentielle metric metrics method methods "
                      "partner partners vendor vendors provider providers outcome outcomes "
                      "result results state location name pronoun pronouns way customer "
                      "employer destination contact") &&
           !(w.starts_with("souhait") && i > 0 && word_at(tokens, i - 1) == "profil");
  }
  if (w == "plus") return is_plus_cue(tokens, i);
  if (w == "nice") {
    std::size_t k = i + 1;
    while (k < tokens.size() && tokens[k].kind == TokenKind::kPunct && tokens[k].text == "-") ++k;
    if (word_at(tokens, k) != "to") return false;
    ++k;
    while (k < tokens.size() && tokens[k].kind == TokenKind::kPunct && tokens[k].text == "-") ++k;
    return word_at(tokens, k) == "have";
  }
  if (w == "bonus") {
    // "Salaire + bonus" is pay; "a bonus", "bonus points", "(bonus)", "Bonus :" are extras.
    if (i > 0 && is_one_of(word_at(tokens, i - 1), "a un en as added")) return true;
    if (is_one_of(word_at(tokens, i + 1), "point points if si")) return true;
    return i + 1 < tokens.size() &&
           (cv::detail::is_punct(tokens[i + 1], ':') || cv::detail::is_punct(tokens[i + 1], ')'));
  }
  if (w == "advantage") return i > 0 && word_at(tokens, i - 1) == "an";
  if (w == "avantage") {
    return i >= 2 && word_at(tokens, i - 1) == "un" &&
           is_one_of(word_at(tokens, i - 2), "est serait sera constitue constituerait represente");
  }
  return false;
}

}  // namespace

std::string_view capped_posting(std::string_view text) {
  if (text.size() <= kMaxPostingBytes) return text;
  std::size_t cut = kMaxPostingBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

PostingText::PostingText(std::string_view text) : text_(capped_posting(text)) {
  tokens_.reserve(text_.lines().size());
  for (const cv::detail::Line& line : text_.lines()) {
    tokens_.push_back(cv::detail::tokenize(text_.folded_line(line)));
  }
  separate_glued_sentences();
}

void PostingText::separate_glued_sentences() {
  // Folding lost the letter case that tells "domain.Strong" (two sentences) from "Node.js":
  // the raw text decides, and the next sentence's first token is marked as spaced.
  for (std::size_t line_index = 0; line_index < tokens_.size(); ++line_index) {
    std::vector<Token>& tokens = tokens_[line_index];
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::kPunct || tokens[i].text != "." ||
          tokens[i + 1].space_before) {
        continue;
      }
      if (text::is_glued_full_stop(raw(), raw_offset(line_index, tokens[i].begin))) {
        tokens[i + 1].space_before = true;
      }
    }
  }
}

std::size_t PostingText::raw_offset(std::size_t line_index, std::size_t folded_in_line) const {
  return text_.raw_offset(line(line_index).folded_start + folded_in_line);
}

TextSpan PostingText::raw_span(std::size_t line_index, std::size_t first, std::size_t last) const {
  const std::span<const Token> t = tokens(line_index);
  return TextSpan{raw_offset(line_index, t[first].begin), raw_offset(line_index, t[last].end)};
}

std::string_view PostingText::raw_token(std::size_t line_index, std::size_t token) const {
  const TextSpan span = raw_span(line_index, token, token);
  return raw().substr(span.start, span.end - span.start);
}

std::size_t PostingText::line_end_with_newline(std::size_t line_index) const {
  return line_index + 1 < line_count() ? line(line_index + 1).start : raw().size();
}

bool ends_sentence(std::span<const Token> tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kPunct) return false;
  if (is_bullet_byte(tokens, i)) return true;
  const char c = t.text[0];
  if (c != '.' && c != '!' && c != '?' && c != ';') return false;
  if (i + 1 < tokens.size() && !tokens[i + 1].space_before) return false;  // "1.5", "Node.js"
  if (c == '.' && i > 0 && tokens[i - 1].kind == TokenKind::kWord && !tokens[i - 1].space_before) {
    return !is_abbreviation(tokens[i - 1].text);
  }
  return true;
}

TokenRange sentence_around(std::span<const Token> tokens, std::size_t i) {
  std::size_t begin = i;
  while (begin > 0 && i - begin < kMaxSentenceReach && !ends_sentence(tokens, begin - 1)) --begin;
  std::size_t end = i + 1;
  while (end < tokens.size() && end - i < kMaxSentenceReach && !ends_sentence(tokens, end)) ++end;
  return TokenRange{begin, end};
}

TokenRange clause_around(std::span<const Token> tokens, std::size_t i) {
  const TokenRange sentence = sentence_around(tokens, i);
  std::size_t begin = i;
  while (begin > sentence.begin && !is_clause_break(tokens[begin - 1])) --begin;
  std::size_t end = i + 1;
  while (end < sentence.end && !is_clause_break(tokens[end])) ++end;
  return TokenRange{begin, end};
}

bool has_nice_to_have_cue(std::span<const Token> tokens, TokenRange range) {
  for (std::size_t i = range.begin; i < range.end && i < tokens.size(); ++i) {
    if (is_nice_cue_at(tokens, i)) return true;
  }
  return false;
}

namespace {

/// Parentheses of `sentence` as token ranges, '(' and ')' included; an unclosed one runs to
/// the end of the sentence.
std::vector<TokenRange> parentheses(std::span<const Token> tokens, TokenRange sentence) {
  std::vector<TokenRange> groups;
  for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
    if (!cv::detail::is_punct(tokens[i], '(')) continue;
    std::size_t close = i + 1;
    while (close < sentence.end && !cv::detail::is_punct(tokens[close], ')')) ++close;
    groups.push_back({i, std::min(close + 1, sentence.end)});
    i = close;
  }
  return groups;
}

/// Whether the words of tokens[group] only say "optional" ("(a plus)", "(preferred)").
bool only_optional_wording(std::span<const Token> tokens, TokenRange group) {
  static const WordSet kLinkWords(
      "is a an un une est serait sera would be are sont plus strongly highly fortement tres "
      "very vivement but mais not pas obligatoire required mandatory nice to have bonus big huge "
      "real vrai gros definite definitely point points");
  for (std::size_t i = group.begin; i < group.end; ++i) {
    const std::string_view w = word_at(tokens, i);
    if (!w.empty() && !kLinkWords.contains(w) && !is_nice_cue_at(tokens, i)) return false;
  }
  return true;
}

}  // namespace

std::vector<TokenRange> optional_parts(std::span<const Token> tokens, TokenRange sentence) {
  const std::vector<TokenRange> groups = parentheses(tokens, sentence);
  std::vector<TokenRange> parts;
  for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
    if (!is_nice_cue_at(tokens, i)) continue;
    const auto group = std::find_if(groups.begin(), groups.end(),
                                    [i](const TokenRange& g) { return g.begin < i && i < g.end; });
    if (group == groups.end() || only_optional_wording(tokens, *group)) return {sentence};
    if (parts.empty() || parts.back().begin != group->begin) parts.push_back(*group);
  }
  return parts;
}

bool has_firm_cue(std::span<const Token> tokens, TokenRange range) {
  static const WordSet kFirmWords(
      "requis requise requises exige exigee exiges exigees indispensable indispensables "
      "obligatoire obligatoires imperatif imperative necessaire required must mandatory "
      "essential minimum");
  for (std::size_t i = range.begin; i < range.end && i < tokens.size(); ++i) {
    if (kFirmWords.contains(word_at(tokens, i))) return true;
  }
  return false;
}

WordSet::WordSet(std::string_view words) {
  for (std::size_t pos = 0; pos < words.size();) {
    std::size_t space = words.find(' ', pos);
    if (space == std::string_view::npos) space = words.size();
    if (space > pos) words_.insert(words.substr(pos, space - pos));
    pos = space + 1;
  }
}

bool is_one_of(std::string_view w, std::string_view words) {
  if (w.empty()) return false;
  for (std::size_t pos = 0; pos < words.size();) {
    std::size_t space = words.find(' ', pos);
    if (space == std::string_view::npos) space = words.size();
    if (words.substr(pos, space - pos) == w) return true;
    pos = space + 1;
  }
  return false;
}

std::string_view word_at(std::span<const Token> tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord) return {};
  return tokens[i].text;
}

std::optional<Importance> mention_importance(const PostingText& text,
                                             const PostingStructure& structure,
                                             std::size_t line_index, std::size_t i,
                                             bool firm_clause) {
  const std::span<const Token> tokens = text.tokens(line_index);
  const std::size_t offset = text.raw_offset(line_index, tokens[i].begin);
  const PostingPart part = structure.part_at(offset);
  if (part == PostingPart::kCompany || part == PostingPart::kBenefits) return std::nullopt;
  if (part != PostingPart::kNiceToHave) return Importance::kRequired;
  // Without an optional wording in the sentence, the whole section is the nice-to-have part.
  if (!has_nice_to_have_cue(tokens, sentence_around(tokens, i))) return Importance::kNiceToHave;
  if (has_nice_to_have_cue(tokens, clause_around(tokens, i))) return Importance::kNiceToHave;
  return firm_clause ? Importance::kRequired : Importance::kNiceToHave;
}

}  // namespace jobmatch::ats::detail
