// Headings glued inside a line. Postings flattened from HTML join each block to the next without
// a space ("...outcomes.Basic QualificationsMaster's degree...", "About UsWe build..."): a
// third of the LinkedIn postings of the demo catalogue are one line with such headings. The
// join shows as a small letter running into a capital inside one word; the heading is the run of
// Title Case words that ends there, when those words spell a known heading.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "ats/posting_headings.hpp"
#include "cv/cv_text.hpp"

namespace jobmatch::ats::detail {
namespace {

using cv::detail::is_ascii_lower;
using cv::detail::is_ascii_upper;
using cv::detail::singular;

constexpr std::size_t kMaxGluedHeadingWords = 6;
constexpr std::size_t kNoFloor = static_cast<std::size_t>(-1);

/// Small words a Title Case heading keeps in lower case ("Roles and Responsibilities", "What
/// You'll Do").
bool is_inner_small_word(std::string_view word) {
  return is_one_of(word, "and of the to for with ll re s et de du des la le les d l");
}

/// Punctuation a heading may hold between its words ("Education / Work Experience").
bool is_inner_punct(const Token& token) {
  return token.kind == TokenKind::kPunct && token.text.size() == 1 &&
         std::string_view("/&-'").find(token.text[0]) != std::string_view::npos;
}

/// A place in a line: token `token`, byte `offset` into its folded text.
struct Position {
  std::size_t token = 0;
  std::size_t offset = 0;
};

/// The last junction of word token `i` before folded byte `before` where a small letter runs into
/// a capital ("QualificationsMaster" -> 14) or a word in capitals into a capitalised one
/// ("PhDExperience" -> 3, "SQLPreferred" -> 3); 0 when there is none. Only a token whose raw
/// bytes are its folded bytes (ASCII) is looked at, so that the offsets agree.
std::size_t junction_before(const PostingText& text, std::size_t line, std::size_t i,
                            std::size_t before) {
  const Token& token = text.tokens(line)[i];
  if (token.kind != TokenKind::kWord) return 0;
  const std::string_view raw = text.raw_token(line, i);
  if (raw.size() != token.text.size()) return 0;
  const std::size_t end = std::min(before, raw.size());
  for (std::size_t p = end; p > 1; --p) {
    if (is_ascii_lower(raw[p - 2]) && is_ascii_upper(raw[p - 1])) return p - 1;
    const bool capitals_end = p < end && is_ascii_upper(raw[p - 2]) && is_ascii_upper(raw[p - 1]) &&
                              is_ascii_lower(raw[p]);
    if (capitals_end) return p - 1;
  }
  return 0;
}

bool starts_with_capital(const PostingText& text, std::size_t line, Position at) {
  const std::string_view raw = text.raw_token(line, at.token);
  return at.offset < raw.size() && is_ascii_upper(raw[at.offset]);
}

/// A whole word may start a heading after punctuation, a number, a Title Case word or the line
/// start; after a small word it ends a running sentence ("years of relevant Experience").
bool may_start_heading(const PostingText& text, std::size_t line, std::size_t token) {
  if (token == 0) return true;
  const Token& previous = text.tokens(line)[token - 1];
  return previous.kind != TokenKind::kWord || starts_with_capital(text, line, {token - 1, 0});
}

/// Words of the Title Case run ending at junction `end_offset` of token `end_token`, last word
/// first, with where each candidate heading could start (same order).
struct TitleRun {
  std::vector<std::string_view> words;  // singular, last first
  std::vector<std::optional<Position>> starts;
};

TitleRun title_run_before(const PostingText& text, std::size_t line, std::size_t end_token,
                          std::size_t end_offset, std::size_t floor) {
  const std::span<const Token> tokens = text.tokens(line);
  TitleRun run;
  const std::size_t inner = junction_before(text, line, end_token, end_offset);
  run.words.push_back(singular(tokens[end_token].text.substr(inner, end_offset - inner)));
  const Position last{end_token, inner};
  const bool capital = starts_with_capital(text, line, last);
  run.starts.push_back(capital && (inner > 0 || may_start_heading(text, line, end_token))
                           ? std::optional<Position>(last)
                           : std::nullopt);
  if (inner > 0 || !capital) return run;
  std::size_t capitalised = 1;
  for (std::size_t j = end_token; j-- > 0 && (floor == kNoFloor || j > floor);) {
    if (run.words.size() >= kMaxGluedHeadingWords) break;
    const Token& token = tokens[j];
    if (is_inner_punct(token)) continue;
    if (token.kind != TokenKind::kWord) break;
    if (const std::size_t junction = junction_before(text, line, j, token.text.size())) {
      run.words.push_back(singular(token.text.substr(junction)));  // "dataMinimum"
      run.starts.emplace_back(Position{j, junction});
      break;
    }
    if (starts_with_capital(text, line, {j, 0})) {
      run.words.push_back(singular(token.text));
      ++capitalised;
      // Two capitalised words or more after a running sentence are a heading glued to it
      // ("...or SQL Preferred Qualifications"); one is a word of that sentence.
      const bool starts = may_start_heading(text, line, j) ||
                          (capitalised >= 2 && !starts_with_capital(text, line, {j - 1, 0}));
      run.starts.push_back(starts ? std::optional<Position>({j, 0}) : std::nullopt);
    } else if (is_inner_small_word(token.text)) {
      run.words.push_back(token.text);
      run.starts.emplace_back(std::nullopt);
    } else {
      break;
    }
  }
  return run;
}

/// The longest heading of the Title Case run ending at the junction, if its words spell one.
std::optional<GluedHeading> heading_ending_at(const PostingText& text, std::size_t line,
                                              std::size_t end_token, std::size_t end_offset,
                                              std::size_t floor) {
  const TitleRun run = title_run_before(text, line, end_token, end_offset, floor);
  for (std::size_t count = run.words.size(); count > 0; --count) {
    const std::optional<Position>& start = run.starts[count - 1];
    if (!start) continue;
    const std::vector<std::string_view> words(run.words.rend() - static_cast<std::ptrdiff_t>(count),
                                              run.words.rend());
    const std::optional<PostingPart> part = heading_part(words, false, PostingPart::kOther);
    if (!part) continue;
    const std::span<const Token> tokens = text.tokens(line);
    return GluedHeading{text.raw_offset(line, tokens[start->token].begin + start->offset),
                        text.raw_offset(line, tokens[end_token].begin + end_offset),
                        start->token,
                        end_token,
                        *part,
                        count == 1,
                        false};
  }
  return std::nullopt;
}

/// A heading that ends with ':' inside the line ("...teams.Required Qualifications: MS in..."),
/// when it opens a list of demands or tasks: "Location: Paris" or "Salary: ..." in the middle
/// of a sentence stay text.
std::optional<GluedHeading> heading_before_colon(const PostingText& text, std::size_t line,
                                                 std::size_t colon, std::size_t floor) {
  const std::span<const Token> tokens = text.tokens(line);
  if (colon == 0 || tokens[colon - 1].kind != TokenKind::kWord) return std::nullopt;
  auto heading = heading_ending_at(text, line, colon - 1, tokens[colon - 1].text.size(), floor);
  if (!heading ||
      (heading->part != PostingPart::kRequirements && heading->part != PostingPart::kNiceToHave &&
       heading->part != PostingPart::kResponsibilities)) {
    return std::nullopt;
  }
  // "Desired: MSc, PhD" marks its own clause, which the sentence reading already makes
  // nice-to-have; as a section it would make the rest of a flattened posting optional.
  if (heading->single_word && heading->part == PostingPart::kNiceToHave) return std::nullopt;
  // It starts a sentence: "perks: Challenge: ..." is a label of a list, not a heading.
  const std::size_t first = heading->first_token;
  const bool inside_word = text.raw_offset(line, tokens[first].begin) < heading->start;
  if (!inside_word && first > 0 && !ends_sentence(tokens, first - 1)) return std::nullopt;
  heading->before_colon = true;
  heading->end = text.raw_offset(line, tokens[colon].end);
  heading->content_token = colon + 1;
  return heading;
}

}  // namespace

std::vector<GluedHeading> find_glued_headings(const PostingText& text, std::size_t line_index) {
  std::vector<GluedHeading> headings;
  const std::span<const Token> tokens = text.tokens(line_index);
  const auto add = [&headings](const std::optional<GluedHeading>& heading) {
    if (heading && (headings.empty() || heading->start >= headings.back().end)) {
      headings.push_back(*heading);
    }
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const std::size_t floor = headings.empty() ? kNoFloor : headings.back().content_token;
    if (cv::detail::is_punct(token, ':')) {
      add(heading_before_colon(text, line_index, i, floor));
      continue;
    }
    if (token.kind != TokenKind::kWord || token.text.size() < 3) continue;
    const std::string_view raw = text.raw_token(line_index, i);
    if (raw.size() != token.text.size()) continue;
    for (std::size_t p = 2; p < raw.size(); ++p) {
      if (!is_ascii_lower(raw[p - 1]) || !is_ascii_upper(raw[p])) continue;
      add(heading_ending_at(text, line_index, i, p,
                            headings.empty() ? kNoFloor : headings.back().content_token));
    }
  }
  return headings;
}

}  // namespace jobmatch::ats::detail
