#pragma once
// Internal to the cv module: splits a folded line (see cv_text.hpp) into words, numbers and
// single punctuation characters, the unit every recogniser of the module works on.

#include <cstddef>
#include <string_view>
#include <vector>

namespace jobmatch::cv::detail {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  TokenKind kind = TokenKind::kPunct;
  std::string_view text;  // a view into the folded line
  std::size_t begin = 0;  // offsets in the folded line
  std::size_t end = 0;
  bool space_before = false;  // whitespace separates it from the previous token
};

/// Words are runs of ASCII letters, numbers runs of digits; any other non-space byte is its
/// own punctuation token (non-ASCII bytes left by folding are symbols, icons or other scripts).
std::vector<Token> tokenize(std::string_view folded_line);

inline bool is_word(const Token& t, std::string_view text) {
  return t.kind == TokenKind::kWord && t.text == text;
}

inline bool is_punct(const Token& t, char c) {
  return t.kind == TokenKind::kPunct && t.text.size() == 1 && t.text[0] == c;
}

/// A word without a plural 's' ("competences" -> "competence"); short words and "ss" endings
/// are kept ("plus", "class").
std::string_view singular(std::string_view word);

}  // namespace jobmatch::cv::detail
