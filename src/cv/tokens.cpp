#include "cv/tokens.hpp"

#include "cv/cv_text.hpp"

namespace jobmatch::cv::detail {

std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> tokens;
  bool space = false;
  for (std::size_t pos = 0; pos < line.size();) {
    const char c = line[pos];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      ++pos;
      continue;
    }
    std::size_t end = pos + 1;
    TokenKind kind = TokenKind::kPunct;
    if (is_ascii_lower(c)) {
      kind = TokenKind::kWord;
      while (end < line.size() && is_ascii_lower(line[end])) ++end;
    } else if (is_ascii_digit(c)) {
      kind = TokenKind::kNumber;
      while (end < line.size() && is_ascii_digit(line[end])) ++end;
    }
    tokens.push_back(Token{kind, line.substr(pos, end - pos), pos, end, space || pos == 0});
    space = false;
    pos = end;
  }
  return tokens;
}

std::string_view singular(std::string_view word) {
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') {
    word.remove_suffix(1);
  }
  return word;
}

}  // namespace jobmatch::cv::detail
