#include "ats/posting_headings.hpp"

#include <string_view>
#include <vector>

#include "ats/posting_heading_phrases.hpp"

namespace jobmatch::ats::detail {
namespace {

using cv::detail::singular;

/// The words of `tokens[0, end)`, singular, without punctuation and numbers.
std::vector<std::string_view> heading_words(std::span<const Token> tokens, std::size_t end) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < end; ++i) {
    if (tokens[i].kind == TokenKind::kWord) words.push_back(singular(tokens[i].text));
  }
  return words;
}

/// Number of words of `words` from `at` that spell `phrase`, 0 when they do not.
std::size_t phrase_length(std::span<const std::string_view> words, std::size_t at,
                          std::string_view phrase) {
  std::size_t i = at;
  for (std::size_t pos = 0; pos < phrase.size(); ++i) {
    std::size_t space = phrase.find(' ', pos);
    if (space == std::string_view::npos) space = phrase.size();
    if (i >= words.size() || words[i] != singular(phrase.substr(pos, space - pos))) return 0;
    pos = space + 1;
  }
  return i - at;
}

/// Whether `tail` may follow key words of kind `kind`; after a comma only generic words may
/// ("DIPLÔMES, COMPÉTENCES REQUISES" is a heading, "À propos, nous ..." is not).
bool tail_allowed(std::span<const std::string_view> tail, Tail kind, bool has_comma) {
  if (kind == Tail::kExact) return tail.empty();
  // An open tail names something ("About Atlassian", "Pourquoi rejoindre cette entreprise");
  // longer, it is a sentence ("About 50% travel is required").
  if (kind == Tail::kOpen && !has_comma && tail.size() <= 3) return true;
  if (tail.size() > 5) return false;
  static const WordSet kGeneric(kHeadingGenericWords);
  for (std::string_view w : tail) {
    if (!kGeneric.contains(w)) return false;
  }
  return true;
}

/// The heading phrase `words` spell from `at`, if its key words start there.
const HeadingPhrase* phrase_named(std::span<const std::string_view> words, std::size_t at,
                                  bool has_comma) {
  const HeadingPhrase* best = nullptr;
  std::size_t best_length = 0;
  for (const HeadingPhrase& phrase : kHeadingPhrases) {
    const std::size_t length = phrase_length(words, at, phrase.words);
    if (length > best_length && tail_allowed(words.subspan(at + length), phrase.tail, has_comma)) {
      best = &phrase;
      best_length = length;
    }
  }
  return best;
}

bool is_bullet_heading(std::span<const std::string_view> words) {
  for (std::string_view heading : kBulletHeadings) {
    if (phrase_length(words, 0, heading) == words.size() && !words.empty()) return true;
  }
  return false;
}

bool is_bullet_start(std::span<const Token> tokens) {
  const Token& first = tokens.front();
  if (first.kind != TokenKind::kPunct) return false;
  if (first.text == "-" || first.text == "+") return true;
  // "**Profil**" is bold, "* Python" a bullet.
  if (first.text == "*") return tokens.size() < 2 || tokens[1].text != "*";
  return ends_sentence(tokens, 0);  // a bullet character
}

// A heading's own words come before this many tokens; the content after its ':' may be long.
constexpr std::size_t kMaxHeadingTokens = 30;

/// Index of the ':' that ends the heading part of the line, or tokens.size() when none.
std::size_t heading_colon(std::span<const Token> tokens) {
  for (std::size_t i = 0; i < tokens.size() && i < kMaxHeadingTokens; ++i) {
    if (cv::detail::is_punct(tokens[i], ':')) return i;
  }
  return tokens.size();
}

/// Whether tokens [first word, colon) read as a sentence rather than a title: a full stop
/// inside ("Missions. Vous ..."); a final '?' or '!' is fine ("Pourquoi nous rejoindre ?").
bool reads_as_sentence(std::span<const Token> tokens, std::size_t colon) {
  std::size_t first = 0;
  while (first < colon && tokens[first].kind == TokenKind::kPunct) ++first;
  for (std::size_t i = first; i < colon; ++i) {
    if (ends_sentence(tokens, i)) {
      const bool final_mark = i + 1 == colon && (tokens[i].text == "?" || tokens[i].text == "!");
      if (!final_mark) return true;
    }
  }
  return false;
}

bool has_comma(std::span<const Token> tokens, std::size_t colon) {
  for (std::size_t i = 0; i < colon; ++i) {
    if (cv::detail::is_punct(tokens[i], ',')) return true;
  }
  return false;
}

bool contains_phrase(std::span<const std::string_view> words, std::string_view phrase) {
  for (std::size_t at = 0; at < words.size(); ++at) {
    if (phrase_length(words, at, phrase) > 0) return true;
  }
  return false;
}

}  // namespace

bool speaks_of_the_job(const PostingText& text, std::size_t first, std::size_t end) {
  for (std::size_t line = first; line < end; ++line) {
    const std::span<const Token> tokens = text.tokens(line);
    const std::vector<std::string_view> words = heading_words(tokens, tokens.size());
    for (std::string_view phrase : kJobParagraphPhrases) {
      if (contains_phrase(words, phrase)) return true;
    }
  }
  return false;
}

std::optional<PostingPart> heading_part(std::span<const std::string_view> words, bool has_comma,
                                        PostingPart current) {
  std::size_t start = 0;
  while (start < words.size() && is_one_of(words[start], kHeadingLeadingWords)) ++start;
  const HeadingPhrase* phrase =
      start < words.size() ? phrase_named(words, start, has_comma) : nullptr;
  if (phrase == nullptr && start > 0) phrase = phrase_named(words, 0, has_comma);  // "Required"
  if (phrase == nullptr) return std::nullopt;
  if (current == PostingPart::kBenefits && phrase->words.starts_with("bonus")) {
    return std::nullopt;
  }
  return phrase->part;
}

std::optional<HeadingMatch> match_heading(const PostingText& text, std::size_t line_index,
                                          PostingPart current) {
  const std::span<const Token> tokens = text.tokens(line_index);
  if (tokens.empty()) return std::nullopt;
  const std::size_t colon = heading_colon(tokens);
  if (colon == tokens.size() && tokens.size() > kMaxHeadingTokens) return std::nullopt;
  std::size_t content = colon + 1;
  while (content < tokens.size() && tokens[content].kind == TokenKind::kPunct) ++content;
  const bool has_content = content < tokens.size();
  if (!has_content) content = 0;
  if (reads_as_sentence(tokens, colon)) return std::nullopt;
  const std::vector<std::string_view> words = heading_words(tokens, colon);
  if (words.empty() || words.size() > 8) return std::nullopt;
  // "- Formation des équipes" in a list of missions is not a heading; "- Profil :" is.
  if (is_bullet_start(tokens) && (colon == tokens.size() || has_content) &&
      !(colon == tokens.size() && is_bullet_heading(words))) {
    return std::nullopt;
  }
  const std::optional<PostingPart> part = heading_part(words, has_comma(tokens, colon), current);
  if (!part) return std::nullopt;
  return HeadingMatch{*part, content};
}

}  // namespace jobmatch::ats::detail
