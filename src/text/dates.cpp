#include "text/dates.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <span>
#include <vector>

#include "text/unicode.hpp"

namespace jobmatch::text {
namespace {

constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;

struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

struct MonthName {
  std::string_view name;
  int month;
};

// Folded (lower-case, unaccented) French and English names and the abbreviations the
// sources use ("26-mars-22", "Feb 20, 2025", "20 févr. 2025").
constexpr std::array kMonthNames{
    MonthName{"janvier", 1},   MonthName{"janv", 1},      MonthName{"january", 1},
    MonthName{"jan", 1},       MonthName{"fevrier", 2},   MonthName{"fevr", 2},
    MonthName{"fev", 2},       MonthName{"february", 2},  MonthName{"feb", 2},
    MonthName{"mars", 3},      MonthName{"march", 3},     MonthName{"mar", 3},
    MonthName{"avril", 4},     MonthName{"avr", 4},       MonthName{"april", 4},
    MonthName{"apr", 4},       MonthName{"mai", 5},       MonthName{"may", 5},
    MonthName{"juin", 6},      MonthName{"june", 6},      MonthName{"jun", 6},
    MonthName{"juillet", 7},   MonthName{"juil", 7},      MonthName{"july", 7},
    MonthName{"jul", 7},       MonthName{"aout", 8},      MonthName{"august", 8},
    MonthName{"aug", 8},       MonthName{"septembre", 9}, MonthName{"september", 9},
    MonthName{"sept", 9},      MonthName{"sep", 9},       MonthName{"octobre", 10},
    MonthName{"october", 10},  MonthName{"oct", 10},      MonthName{"novembre", 11},
    MonthName{"november", 11}, MonthName{"nov", 11},      MonthName{"decembre", 12},
    MonthName{"december", 12}, MonthName{"dec", 12},
};

// Weekday names may precede a date ("Thu, 20 Feb 2025", "jeudi 20 février 2025").
constexpr std::array<std::string_view, 21> kWeekdayNames{
    "lundi",  "mardi",   "mercredi",  "jeudi",    "vendredi", "samedi",   "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday",   "saturday", "sunday",
    "mon",    "tue",     "wed",       "thu",      "fri",      "sat",      "sun",
};

// Zone designators that may follow a time; the written local date is kept, not converted.
constexpr std::array<std::string_view, 7> kZoneNames{"z",    "utc", "gmt", "cet",
                                                     "cest", "est", "pst"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

/// Two-digit years are 20YY: the sources only publish recent postings.
int expand_year(std::string_view digits) {
  const int year = to_int(digits);
  return digits.size() == 2 ? 2000 + year : year;
}

bool is_year_field(std::string_view s) { return all_digits(s) && (s.size() == 2 || s.size() == 4); }

bool is_day_or_month_field(std::string_view s) {
  return all_digits(s) && !s.empty() && s.size() <= 2;
}

std::optional<std::string> format_if_valid(CalendarDate date) {
  if (date.year < kMinYear || date.year > kMaxYear) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{date.year},
                                        std::chrono::month{static_cast<unsigned>(date.month)},
                                        std::chrono::day{static_cast<unsigned>(date.day)}};
  if (date.month < 1 || date.day < 1 || !ymd.ok()) return std::nullopt;
  std::string iso = "0000-00-00";
  const auto put_digits = [&iso](std::size_t end, int value) {
    for (std::size_t i = end; value > 0; --i, value /= 10) {
      iso[i] = static_cast<char>('0' + value % 10);
    }
  };
  put_digits(3, date.year);
  put_digits(6, date.month);
  put_digits(9, date.day);
  return iso;
}

bool is_zone_name(std::string_view word) {
  return std::find(kZoneNames.begin(), kZoneNames.end(), word) != kZoneNames.end();
}

/// "HH:MM", "HH:MM:SS" or "HH:MM:SS.fff", with a plausible clock value.
bool is_clock_time(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view hours = s.substr(0, colon);
  std::string_view rest = s.substr(colon + 1);
  if (!is_day_or_month_field(hours) || to_int(hours) > 23) return false;
  if (rest.size() < 2 || !all_digits(rest.substr(0, 2)) || to_int(rest.substr(0, 2)) > 59) {
    return false;
  }
  rest.remove_prefix(2);
  if (rest.empty()) return true;
  if (rest[0] != ':' || rest.size() < 3 || !all_digits(rest.substr(1, 2))) return false;
  rest.remove_prefix(3);
  if (rest.empty()) return true;
  return rest[0] == '.' && all_digits(rest.substr(1));
}

/// What may follow a date: nothing, or a time (after 'T' or a space) with an optional zone
/// ("T13:26:04.059Z", " 09:42:16", "T10:00:00+01:00").
bool is_time_suffix(std::string_view s) {
  if (s.empty()) return true;
  if (s[0] != 't' && s[0] != ' ') return false;
  s.remove_prefix(1);
  std::size_t end = 0;
  while (end < s.size() && (is_digit(s[end]) || s[end] == ':' || s[end] == '.')) ++end;
  if (!is_clock_time(s.substr(0, end))) return false;
  std::string_view zone = s.substr(end);
  while (!zone.empty() && zone.front() == ' ') zone.remove_prefix(1);
  if (zone.empty()) return true;
  if (is_zone_name(zone)) return true;
  if (zone[0] != '+' && zone[0] != '-') return false;
  zone.remove_prefix(1);
  if (zone.size() == 5 && zone[2] == ':') {
    return all_digits(zone.substr(0, 2)) && all_digits(zone.substr(3));
  }
  return zone.size() == 4 && all_digits(zone);
}

/// Numeric dates: "2025-02-20[T...]", "2025/02/20", "20/02/2025", "20-02-25", "20.02.2025".
/// A four-digit first field means year-first; otherwise day-first (European sources).
std::optional<std::string> parse_numeric_date(std::string_view s) {
  std::array<std::string_view, 3> fields;
  char separator = 0;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::size_t start = pos;
    while (pos < s.size() && is_digit(s[pos])) ++pos;
    fields[i] = s.substr(start, pos - start);
    if (i == fields.size() - 1) break;
    if (pos >= s.size()) return std::nullopt;
    const char c = s[pos];
    if (c != '-' && c != '/' && c != '.') return std::nullopt;
    if (separator != 0 && c != separator) return std::nullopt;
    separator = c;
    ++pos;
  }
  if (!is_time_suffix(s.substr(pos))) return std::nullopt;

  if (fields[0].size() == 4 && all_digits(fields[0])) {
    if (!is_day_or_month_field(fields[1]) || !is_day_or_month_field(fields[2])) {
      return std::nullopt;
    }
    return format_if_valid({to_int(fields[0]), to_int(fields[1]), to_int(fields[2])});
  }
  if (!is_day_or_month_field(fields[0]) || !is_day_or_month_field(fields[1]) ||
      !is_year_field(fields[2])) {
    return std::nullopt;
  }
  return format_if_valid({expand_year(fields[2]), to_int(fields[1]), to_int(fields[0])});
}

/// Splits folded text into words; spaces, commas, dots, dashes and slashes separate them.
std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const bool separator = i == s.size() || s[i] == ' ' || s[i] == ',' || s[i] == '.' ||
                           s[i] == '-' || s[i] == '/' || s[i] == '\t';
    if (separator && start != std::string_view::npos) {
      words.push_back(s.substr(start, i - start));
      start = std::string_view::npos;
    } else if (!separator && start == std::string_view::npos) {
      start = i;
    }
  }
  return words;
}

std::optional<int> month_from_name(std::string_view word) {
  for (const MonthName& entry : kMonthNames) {
    if (entry.name == word) return entry.month;
  }
  return std::nullopt;
}

/// Day of month with an optional ordinal suffix: "20", "1er", "1st", "22nd", "3rd", "4th".
std::optional<int> day_from_word(std::string_view word) {
  for (const std::string_view suffix : {"er", "st", "nd", "rd", "th"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  if (!is_day_or_month_field(word)) return std::nullopt;
  return to_int(word);
}

bool is_weekday(std::string_view word) {
  for (const std::string_view name : kWeekdayNames) {
    if (name == word) return true;
  }
  return false;
}

/// Words allowed after the date: an optional clock time and an optional zone.
bool is_trailing_time(std::span<const std::string_view> words) {
  if (words.empty()) return true;
  if (!is_clock_time(words[0]) || words.size() > 2) return false;
  if (words.size() == 1) return true;
  const std::string_view zone = words[1];
  if (is_zone_name(zone)) return true;
  const std::string_view offset = zone.starts_with('+') ? zone.substr(1) : zone;
  return offset.size() == 4 && all_digits(offset);
}

/// "20 février 2025", "26-mars-22", "1er mars 2025", "Feb 20, 2025", "Thu, 20 Feb 2025 10:00".
std::optional<std::string> parse_named_month_date(std::string_view s) {
  std::vector<std::string_view> words = split_words(s);
  std::span<const std::string_view> rest(words);
  if (!rest.empty() && is_weekday(rest[0])) rest = rest.subspan(1);
  if (rest.size() < 3 || !is_year_field(rest[2]) || !is_trailing_time(rest.subspan(3))) {
    return std::nullopt;
  }
  const int year = expand_year(rest[2]);
  if (const auto month = month_from_name(rest[1]); month) {
    if (const auto day = day_from_word(rest[0]); day) return format_if_valid({year, *month, *day});
  }
  if (const auto month = month_from_name(rest[0]); month) {
    if (const auto day = day_from_word(rest[1]); day) return format_if_valid({year, *month, *day});
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> parse_date_to_iso(std::string_view raw) {
  const std::string folded = collapse_whitespace(fold_for_matching(raw));
  if (folded.empty()) return std::nullopt;
  if (is_digit(folded[0])) {
    if (auto numeric = parse_numeric_date(folded); numeric) return numeric;
  }
  return parse_named_month_date(folded);
}

bool is_iso_date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  const std::string_view year = iso.substr(0, 4);
  const std::string_view month = iso.substr(5, 2);
  const std::string_view day = iso.substr(8, 2);
  if (!all_digits(year) || !all_digits(month) || !all_digits(day)) return false;
  const std::chrono::year_month_day ymd{std::chrono::year{to_int(year)},
                                        std::chrono::month{static_cast<unsigned>(to_int(month))},
                                        std::chrono::day{static_cast<unsigned>(to_int(day))}};
  return ymd.ok();
}

}  // namespace jobmatch::text
