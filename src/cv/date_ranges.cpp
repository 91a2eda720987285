#include "cv/date_ranges.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "cv/cv_text.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr int kMinYear = 1950;
constexpr int kMaxYear = 2100;
constexpr std::size_t kMinMonthPrefix = 3;

constexpr std::pair<std::string_view, int> kMonthNames[] = {
    {"january", 1},   {"janvier", 1},   {"february", 2},  {"fevrier", 2},   {"march", 3},
    {"mars", 3},      {"april", 4},     {"avril", 4},     {"may", 5},       {"mai", 5},
    {"june", 6},      {"juin", 6},      {"july", 7},      {"juillet", 7},   {"august", 8},
    {"aout", 8},      {"september", 9}, {"septembre", 9}, {"october", 10},  {"octobre", 10},
    {"november", 11}, {"novembre", 11}, {"december", 12}, {"decembre", 12},
};

// One-word ends of an ongoing period; "aujourd'hui", "en cours", "ce jour" are handled apart.
constexpr std::string_view kPresentWords[] = {
    "present", "presente", "current",  "currently", "now",        "today",        "ongoing",
    "date",    "actuel",   "actuelle", "auj",       "maintenant", "actuellement",
};

/// A date as written, with the index of the token after it.
struct Point {
  YearMonth date;
  std::size_t next = 0;
};

int year_of(const Token& t) {
  if (t.kind != TokenKind::kNumber || t.text.size() != 4) return 0;
  const int year = parse_small_number(t.text);
  return year >= kMinYear && year <= kMaxYear ? year : 0;
}

/// Two-digit years are read in a 1951..2050 window ("18/05/18" is 2018).
int short_year_of(const Token& t) {
  if (t.kind != TokenKind::kNumber || t.text.size() != 2) return 0;
  const int value = parse_small_number(t.text);
  return value <= 50 ? 2000 + value : 1900 + value;
}

int number_of(const Token& t, std::size_t max_digits) {
  if (t.kind != TokenKind::kNumber || t.text.size() > max_digits) return -1;
  return parse_small_number(t.text);
}

class RangeParser {
 public:
  explicit RangeParser(const std::vector<Token>& tokens) : t_(tokens) {}

  /// The range starting at token `i`; `next` gets the token after what was consumed (after a
  /// lone date too, so that "06/12/2013" is not re-read as "12/2013").
  std::optional<DateRange> parse(std::size_t i, std::size_t& next) const;

 private:
  bool has(std::size_t i) const { return i < t_.size(); }
  bool tight(std::size_t i) const { return has(i) && !t_[i].space_before; }
  bool word(std::size_t i, std::string_view w) const { return has(i) && is_word(t_[i], w); }
  bool punct(std::size_t i, char c) const { return has(i) && is_punct(t_[i], c); }
  bool date_separator_at(std::size_t i) const {
    return tight(i) && (punct(i, '/') || punct(i, '.') || punct(i, '-'));
  }

  std::optional<Point> parse_date(std::size_t i) const;
  std::optional<Point> parse_numeric_date(std::size_t i) const;
  std::optional<Point> parse_month_date(std::size_t i) const;
  std::optional<std::size_t> parse_present(std::size_t i) const;
  std::optional<std::size_t> parse_separator(std::size_t i) const;
  bool only_punctuation_from(std::size_t i) const;

  const std::vector<Token>& t_;
};

std::optional<Point> RangeParser::parse_numeric_date(std::size_t i) const {
  if (const int year = year_of(t_[i])) {
    // ISO "2019-01"; only with a leading zero, so that "2011-12" stays a pair of years.
    if (date_separator_at(i + 1) && tight(i + 2) && t_[i + 2].text.size() == 2 &&
        t_[i + 2].text[0] == '0' && number_of(t_[i + 2], 2) >= 1) {
      return Point{{year, number_of(t_[i + 2], 2)}, i + 3};
    }
    return Point{{year, 0}, i + 1};
  }
  const int first = number_of(t_[i], 2);
  if (first < 1 || !date_separator_at(i + 1) || !tight(i + 2)) return std::nullopt;
  if (const int year = year_of(t_[i + 2]); year && first <= 12) {
    return Point{{year, first}, i + 3};  // MM/YYYY
  }
  const int month = number_of(t_[i + 2], 2);
  if (first > 31 || month < 1 || month > 12 || !date_separator_at(i + 3) || !tight(i + 4)) {
    return std::nullopt;
  }
  int year = year_of(t_[i + 4]);
  if (!year) year = short_year_of(t_[i + 4]);
  if (!year) return std::nullopt;
  return Point{{year, month}, i + 5};  // DD/MM/YYYY, DD/MM/YY
}

std::optional<Point> RangeParser::parse_month_date(std::size_t i) const {
  const int month = month_from_word(t_[i].text);
  if (!month) return std::nullopt;
  std::size_t j = i + 1;
  if (punct(j, '.')) ++j;
  const std::size_t after_month = j;
  if (punct(j, '\'')) ++j;  // "Jan '2012"
  if (has(j)) {
    if (const int year = year_of(t_[j])) return Point{{year, month}, j + 1};
  }
  return Point{{0, month}, after_month};  // "Aug - Sep 2025": the year comes later
}

std::optional<Point> RangeParser::parse_date(std::size_t i) const {
  if (!has(i)) return std::nullopt;
  if (t_[i].kind == TokenKind::kWord) return parse_month_date(i);
  if (t_[i].kind != TokenKind::kNumber) return std::nullopt;
  if (auto numeric = parse_numeric_date(i)) return numeric;
  // "1er janvier 2020", "15 March 2021": the day is dropped.
  const int day = number_of(t_[i], 2);
  std::size_t j = i + 1;
  if (word(j, "er")) ++j;
  if (day >= 1 && day <= 31 && has(j) && t_[j].kind == TokenKind::kWord) {
    if (auto point = parse_month_date(j); point && point->date.year) return point;
  }
  return std::nullopt;
}

std::optional<std::size_t> RangeParser::parse_present(std::size_t i) const {
  if (!has(i) || t_[i].kind != TokenKind::kWord) return std::nullopt;
  if (word(i, "aujourd")) return punct(i + 1, '\'') && word(i + 2, "hui") ? i + 3 : i + 1;
  if ((word(i, "en") && word(i + 1, "cours")) || (word(i, "ce") && word(i + 1, "jour")) ||
      (word(i, "on") && word(i + 1, "going"))) {
    return i + 2;
  }
  // "Still on going", "still working", or "still" alone.
  if (word(i, "still")) {
    if (const auto after = parse_present(i + 1)) return after;
    return word(i + 1, "working") ? i + 2 : i + 1;
  }
  for (const std::string_view w : kPresentWords) {
    if (t_[i].text == w) return i + 1;
  }
  return std::nullopt;
}

std::optional<std::size_t> RangeParser::parse_separator(std::size_t i) const {
  // A spaced slash separates two dates ("Fev 2023 / Aujourd'hui", "2019/2020"); a tight one
  // inside a date ("01/2019") was consumed by the date already.
  if (punct(i, '/')) return i + 1;
  if (punct(i, '-')) {
    while (punct(i, '-')) ++i;
    if (punct(i, '>')) ++i;
    return i;
  }
  if (word(i, "jusqu")) {
    ++i;
    if (punct(i, '\'')) ++i;
    if (word(i, "a") || word(i, "au") || word(i, "en")) ++i;
    return i;
  }
  for (const std::string_view w :
       {"to", "a", "au", "until", "till", "through", "thru", "et", "and"}) {
    if (word(i, w)) return i + 1;
  }
  return std::nullopt;
}

bool RangeParser::only_punctuation_from(std::size_t i) const {
  for (; i < t_.size(); ++i) {
    if (t_[i].kind != TokenKind::kPunct) return false;
  }
  return true;
}

std::optional<DateRange> RangeParser::parse(std::size_t i, std::size_t& next) const {
  next = i + 1;
  std::size_t j = i;
  // Not "dès": folded it is "des", far too common in French to open a period.
  const bool open_prefix = word(j, "depuis") || word(j, "since");
  if (open_prefix || word(j, "from") || word(j, "de") || word(j, "du") || word(j, "between") ||
      word(j, "entre")) {
    ++j;
  }
  std::optional<Point> first = parse_date(j);
  if (!first) return std::nullopt;
  next = first->next;
  DateRange range;
  range.start = first->date;
  range.begin = t_[i].begin;
  const auto finish = [&](std::size_t after) {
    next = after;
    range.end_pos = t_[after - 1].end;
    return range;
  };
  if (const std::optional<std::size_t> sep = parse_separator(first->next)) {
    if (const std::optional<std::size_t> present = parse_present(*sep);
        present && range.start.year) {
      range.current = true;
      return finish(*present);
    }
    const std::optional<Point> second = parse_date(*sep);
    if (second && second->date.year && (range.start.year || second->date.month)) {
      range.end = second->date;
      if (!range.start.year) {
        range.start.year = range.end.year - (range.start.month > range.end.month ? 1 : 0);
      }
      return finish(second->next);
    }
    // "Octobre 2013 -" closing the line: still going on.
    if (punct(first->next, '-') && range.start.year && only_punctuation_from(*sep)) {
      range.current = true;
      return finish(*sep);
    }
  }
  if (open_prefix && range.start.year) {
    range.current = true;
    return finish(first->next);
  }
  return std::nullopt;
}

}  // namespace

int month_from_word(std::string_view word) {
  if (word.size() < kMinMonthPrefix) return 0;
  int found = 0;
  for (const auto& [name, month] : kMonthNames) {
    if (!name.starts_with(word)) continue;
    if (found && found != month) return 0;
    found = month;
  }
  return found;
}

std::vector<DateRange> find_date_ranges(std::string_view folded_line) {
  const std::vector<Token> tokens = tokenize(folded_line);
  const RangeParser parser(tokens);
  std::vector<DateRange> ranges;
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t next = i + 1;
    if (std::optional<DateRange> range = parser.parse(i, next)) ranges.push_back(*range);
    i = std::max(next, i + 1);
  }
  return ranges;
}

}  // namespace jobmatch::cv::detail
