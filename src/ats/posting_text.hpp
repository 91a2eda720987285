#pragma once
// Internal to the ats module: a posting's text folded for matching (the cv module's folding,
// with its map back to raw offsets), cut into tokenised lines, and the sentence and clause
// boundaries the posting recognisers reason about.

#include <cstddef>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ats/posting.hpp"
#include "cv/cv_text.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::ats::detail {

using cv::detail::Token;
using cv::detail::TokenKind;

/// Longer postings are read only up to here: real ones are under 15 KB, so anything beyond is
/// pasted noise, and the recognisers must stay fast on hostile input.
inline constexpr std::size_t kMaxPostingBytes = 200 * 1024;

/// The first kMaxPostingBytes of `text`, cut on a UTF-8 character boundary.
std::string_view capped_posting(std::string_view text);

/// A token range [begin, end) of one line.
struct TokenRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The capped posting, folded, with each line's tokens.
class PostingText {
 public:
  explicit PostingText(std::string_view text);

  std::string_view raw() const { return text_.raw(); }
  std::size_t line_count() const { return text_.lines().size(); }
  const cv::detail::Line& line(std::size_t index) const { return text_.lines()[index]; }
  std::string_view folded_line(std::size_t index) const {
    return text_.folded_line(text_.lines()[index]);
  }
  std::span<const Token> tokens(std::size_t line_index) const { return tokens_[line_index]; }

  /// Raw offset where folded byte `folded_in_line` of line `line_index` comes from.
  std::size_t raw_offset(std::size_t line_index, std::size_t folded_in_line) const;
  /// Raw span of tokens [first, last] of a line.
  TextSpan raw_span(std::size_t line_index, std::size_t first, std::size_t last) const;
  /// The raw bytes a token was folded from (to look at letter case).
  std::string_view raw_token(std::size_t line_index, std::size_t token) const;
  /// Raw offset of the end of line `line_index`, its '\n' included.
  std::size_t line_end_with_newline(std::size_t line_index) const;

 private:
  void separate_glued_sentences();

  cv::detail::CvText text_;
  std::vector<std::vector<Token>> tokens_;
};

/// Whether token `i` ends a sentence: '.', '!', '?' or ';' followed by a space or the end of
/// the line (not "e.g.", "i.e.", "1.5"), or a bullet character in the middle of a line.
bool ends_sentence(std::span<const Token> tokens, std::size_t i);

/// The sentence of `tokens` holding token `i` (its end token excluded).
TokenRange sentence_around(std::span<const Token> tokens, std::size_t i);

/// The clause of the sentence holding token `i`: cut further at ',', '(', ')', '/' and ':'.
TokenRange clause_around(std::span<const Token> tokens, std::size_t i);

/// Whether tokens[range] say that something is optional: "un plus", "est un atout",
/// "souhaité", "apprécié", "idéalement", "nice to have", "is a plus", "preferred", "bonus"...
bool has_nice_to_have_cue(std::span<const Token> tokens, TokenRange range);

/// The parts of the sentence tokens[sentence] that are optional: none without optional
/// wording; the whole sentence when the wording is outside parentheses or alone in them
/// ("Docker (a plus)", "Linux (serait un plus)"); only the parentheses when they name something
/// themselves ("Python or C++ (Python preferred)", "3+ years (preferably with Java)").
std::vector<TokenRange> optional_parts(std::span<const Token> tokens, TokenRange sentence);

/// Whether tokens[range] insist that something is needed ("requis", "indispensable", "must",
/// "required", "minimum"...).
bool has_firm_cue(std::span<const Token> tokens, TokenRange range);

/// Whether word `w` (folded) is one of `words` (a space-separated list).
bool is_one_of(std::string_view w, std::string_view words);

/// A space-separated list of folded words as a hash set, for the lists looked up per token.
class WordSet {
 public:
  explicit WordSet(std::string_view words);
  bool contains(std::string_view word) const { return words_.contains(word); }

 private:
  std::unordered_set<std::string_view> words_;  // views into the (static) list
};

/// The word token at `i`, or "" when `i` is out of range or not a word.
std::string_view word_at(std::span<const Token> tokens, std::size_t i);

/// How much a mention at token `i` of line `line_index` counts: nullopt in company or benefits
/// text. In a nice-to-have sentence the mention is required when its own clause insists
/// (`firm_clause`) and the optional wording belongs to another clause ("anglais courant,
/// allemand serait un plus").
std::optional<Importance> mention_importance(const PostingText& text,
                                             const PostingStructure& structure,
                                             std::size_t line_index, std::size_t i,
                                             bool firm_clause);

}  // namespace jobmatch::ats::detail
