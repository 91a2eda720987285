#pragma once
// Internal to the cv module: periods written in CVs, in French and English ("2019–2023",
// "01/2019 - 06/2021", "Jan 2020 - Present", "janvier 2020 – aujourd'hui", "depuis 2021",
// "Sept. 2018 à juin 2020", "From 2017 to 2019", "Fév - Juil 2013").

#include <cstddef>
#include <string_view>
#include <vector>

namespace jobmatch::cv::detail {

struct YearMonth {
  int year = 0;
  int month = 0;  // 1..12, 0 when only the year is written
};

/// A period as written; validation against today is the caller's business.
struct DateRange {
  YearMonth start;
  YearMonth end;          // year 0 when open-ended
  bool current = false;   // "present", "aujourd'hui", "depuis 2021", "2013 -" at line end
  std::size_t begin = 0;  // folded offsets of the range in the line
  std::size_t end_pos = 0;
};

/// Month 1..12 of a folded month name or abbreviation ("sept", "fevr", "aou", "march"), 0 when
/// the word is not one or is ambiguous ("jui" is juin or juillet).
int month_from_word(std::string_view word);

/// All periods of a folded line, left to right. Years outside 1950..2100 are not dates.
std::vector<DateRange> find_date_ranges(std::string_view folded_line);

}  // namespace jobmatch::cv::detail
