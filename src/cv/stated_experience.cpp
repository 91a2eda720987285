#include "cv/stated_experience.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr double kMinYears = 0.5;
constexpr double kMaxYears = 50.0;
constexpr std::size_t kMaxGap = 4;  // tokens between the figure and "experience": "of work"

bool is_year_unit(const Token& t) {
  for (const std::string_view unit :
       {"year", "years", "yr", "yrs", "an", "ans", "annee", "annees"}) {
    if (is_word(t, unit)) return true;
  }
  return false;
}

bool is_experience_word(const Token& t) {
  return is_word(t, "experience") || is_word(t, "experiences") || is_word(t, "exp");
}

/// A figure of years starting at token `i` ("5", "5+", "2.5", "2,5") and the index of its unit.
std::optional<std::pair<double, std::size_t>> years_at(const std::vector<Token>& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::kNumber) return std::nullopt;
  // The decimals of "2,5" are not a figure of their own.
  if (i >= 2 && (is_punct(t[i - 1], '.') || is_punct(t[i - 1], ',')) && !t[i - 1].space_before &&
      t[i - 2].kind == TokenKind::kNumber) {
    return std::nullopt;
  }
  double value = 0;
  std::from_chars(t[i].text.data(), t[i].text.data() + t[i].text.size(), value);
  std::size_t j = i + 1;
  if (j + 1 < t.size() && (is_punct(t[j], '.') || is_punct(t[j], ',')) && !t[j].space_before &&
      t[j + 1].kind == TokenKind::kNumber && t[j + 1].text.size() == 1) {
    value += (t[j + 1].text[0] - '0') / 10.0;
    j += 2;
  }
  if (j < t.size() && is_punct(t[j], '+')) ++j;
  if (j >= t.size() || !is_year_unit(t[j])) return std::nullopt;
  return std::make_pair(value, j);
}

double stated_in_line(const std::vector<Token>& tokens) {
  double best = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // "5 years of experience": the figure, then "experience" within a few tokens.
    if (const auto years = years_at(tokens, i)) {
      const std::size_t last = std::min(tokens.size(), years->second + 1 + kMaxGap);
      for (std::size_t k = years->second + 1; k < last; ++k) {
        if (is_experience_word(tokens[k])) best = std::max(best, years->first);
      }
    }
    // "Expérience de 10 ans", "Experience: 4 years".
    if (is_experience_word(tokens[i])) {
      const std::size_t last = std::min(tokens.size(), i + 1 + kMaxGap);
      for (std::size_t k = i + 1; k < last; ++k) {
        if (const auto years = years_at(tokens, k)) best = std::max(best, years->first);
      }
    }
  }
  return best;
}

}  // namespace

double find_stated_experience_years(const CvText& text) {
  double best = 0;
  for (const Line& line : text.lines()) {
    const double stated = stated_in_line(tokenize(text.folded_line(line)));
    if (stated >= kMinYears && stated <= kMaxYears) best = std::max(best, stated);
  }
  return best;
}

}  // namespace jobmatch::cv::detail
