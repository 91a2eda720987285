#include "cv/experience.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "cv/date_ranges.hpp"
#include "cv/sections.hpp"
#include "cv/text_pieces.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr int kMaxPeriodMonths = 50 * 12;
constexpr std::size_t kMaxEntries = 500;
constexpr std::size_t kMaxTitleWords = 15;
constexpr std::size_t kTitleLookBack = 3;  // non-blank lines above that may name the job

/// [begin, end) in months counted from year 0.
struct MonthInterval {
  int begin = 0;
  int end = 0;
};

std::optional<MonthInterval> to_interval(const DateRange& range, int reference_end) {
  MonthInterval interval;
  interval.begin = range.start.year * 12 + (range.start.month ? range.start.month - 1 : 0);
  if (range.current) {
    interval.end = reference_end;
  } else if (range.end.month) {
    interval.end = range.end.year * 12 + range.end.month;  // the end month is worked in full
  } else {
    // "2019 - 2023" is four years; "2020 - 2020" one.
    interval.end = range.end.year * 12;
    if (interval.end <= interval.begin) interval.end = (range.end.year + 1) * 12;
  }
  if (interval.begin >= reference_end || interval.end <= interval.begin ||
      interval.end - interval.begin > kMaxPeriodMonths) {
    return std::nullopt;
  }
  interval.end = std::min(interval.end, reference_end);  // a planned end is counted up to today
  return interval;
}

std::string format_year_month(YearMonth date) {
  std::string out = std::to_string(date.year);
  if (date.month) {
    out += date.month < 10 ? "-0" : "-";
    out += std::to_string(date.month);
  }
  return out;
}

double union_years(std::vector<MonthInterval> intervals) {
  std::sort(intervals.begin(), intervals.end(),
            [](const MonthInterval& a, const MonthInterval& b) { return a.begin < b.begin; });
  int months = 0;
  int covered_until = 0;
  for (const MonthInterval& interval : intervals) {
    const int from = std::max(interval.begin, covered_until);
    if (interval.end > from) months += interval.end - from;
    covered_until = std::max(covered_until, interval.end);
  }
  return months / 12.0;
}

/// Bullet lines describe tasks, not jobs.
bool starts_with_bullet(std::string_view raw) {
  const std::string_view s = trim_spaces(raw);
  constexpr std::string_view kBullets[] = {"-",
                                           "*",
                                           "o ",
                                           "\xE2\x80\xA2",
                                           "\xE2\x97\x8F",
                                           "\xE2\x96\xAA",
                                           "\xE2\x80\xBA",
                                           "\xE2\x96\xBA",
                                           "\xE2\x96\xA0",
                                           "\xE2\x97\xA6",
                                           "\xE2\x9E\xA2",
                                           "\xE2\x97\x8B"};  // • ● ▪ › ► ■ ◦ ➢ ○
  return std::any_of(std::begin(kBullets), std::end(kBullets),
                     [&](std::string_view b) { return s.starts_with(b); });
}

/// A job title for a line that holds only dates: the closest line above that is not a bullet,
/// stopping at a heading or at another period.
std::string title_above(const CvText& text, std::span<const CvSection> sections,
                        std::size_t index) {
  std::size_t looked_at = 0;
  for (std::size_t back = 1; back <= index && looked_at < kTitleLookBack; ++back) {
    const Line& above = text.lines()[index - back];
    if (is_heading_line(text, sections, index - back)) break;
    const std::string_view raw = text.raw_line(above);
    std::string candidate = clean_fragment(raw);
    if (candidate.empty()) continue;  // blank lines between blocks do not count
    ++looked_at;
    if (starts_with_bullet(raw)) continue;
    if (!find_date_ranges(text.folded_line(above)).empty()) break;
    if (has_letter(candidate) && word_count(candidate) <= kMaxTitleWords) return candidate;
    break;
  }
  return {};
}

/// The line around the dates, without them: "Senior Engineer | TechCorp | 2020 - Present" gives
/// "Senior Engineer | TechCorp". A line holding only dates, or a task bullet, takes the job
/// from the lines above.
std::string title_for(const CvText& text, std::span<const CvSection> sections, std::size_t index,
                      const std::vector<DateRange>& ranges) {
  const Line& line = text.lines()[index];
  std::string rest;
  std::size_t from = line.start;
  for (const DateRange& range : ranges) {
    const std::size_t begin = text.raw_offset(line.folded_start + range.begin);
    rest.append(text.raw().substr(from, begin - from));
    rest += ' ';
    from = text.raw_offset(line.folded_start + range.end_pos);
  }
  rest.append(text.raw().substr(from, line.end - from));
  std::string title = clean_fragment(rest);
  if (!starts_with_bullet(text.raw_line(line)) && has_letter(title) &&
      word_count(title) <= kMaxTitleWords) {
    return title;
  }
  return title_above(text, sections, index);
}

/// "2021 –" opening a line whose end went to the next line, as narrow date columns wrap it
/// ("2021 – Engineer, Acme" then "Present Leading a team..."): the period read across the two
/// lines. Offsets stay within the first line (up to its dash).
std::vector<DateRange> range_across_lines(const CvText& text, std::size_t index) {
  constexpr std::size_t kMaxStartBytes = 24;  // "septembre 2021 -" and the like
  constexpr std::size_t kMaxEndBytes = 32;
  if (index + 1 >= text.lines().size()) return {};
  const std::string_view folded = text.folded_line(text.lines()[index]);
  const std::size_t dash = folded.find('-');
  if (dash == std::string_view::npos || dash > kMaxStartBytes) return {};
  std::string joined(folded.substr(0, dash + 1));
  joined += ' ';
  joined += text.folded_line(text.lines()[index + 1]).substr(0, kMaxEndBytes);
  std::vector<DateRange> ranges = find_date_ranges(joined);
  std::erase_if(ranges,
                [&](const DateRange& r) { return r.begin > dash || r.end_pos <= dash + 1; });
  if (ranges.size() > 1) ranges.resize(1);
  for (DateRange& range : ranges) range.end_pos = dash + 1;
  return ranges;
}

/// Periods of the lines `indices`, except those in education sections.
ExperienceSummary collect_periods(const CvText& text, std::span<const CvSection> sections,
                                  const std::vector<std::size_t>& indices, int reference_end) {
  ExperienceSummary summary;
  std::vector<MonthInterval> intervals;
  for (const std::size_t index : indices) {
    const Line& line = text.lines()[index];
    const std::string_view folded = text.folded_line(line);
    const bool has_digit = std::any_of(folded.begin(), folded.end(), is_ascii_digit);
    if (!has_digit || in_section(sections, SectionKind::kEducation, line.start)) continue;
    std::vector<DateRange> ranges = find_date_ranges(folded);
    if (ranges.empty()) ranges = range_across_lines(text, index);
    if (ranges.empty()) continue;
    const std::string title = title_for(text, sections, index, ranges);
    for (const DateRange& range : ranges) {
      const std::optional<MonthInterval> interval = to_interval(range, reference_end);
      if (!interval || summary.entries.size() >= kMaxEntries) continue;
      ExperienceEntry entry;
      entry.title = title;
      entry.start = format_year_month(range.start);
      entry.current = range.current;
      if (!range.current) entry.end = format_year_month(range.end);
      entry.years = (interval->end - interval->begin) / 12.0;
      entry.offset = text.raw_offset(line.folded_start + range.begin);
      summary.entries.push_back(std::move(entry));
      intervals.push_back(*interval);
    }
  }
  summary.total_years = union_years(std::move(intervals));
  return summary;
}

}  // namespace

ExperienceSummary extract_experience(const CvText& text, std::span<const CvSection> sections,
                                     const ProfileOptions& options) {
  const int reference_end =
      options.reference_year * 12 + std::clamp(options.reference_month, 1, 12);
  if (has_section(sections, SectionKind::kExperience)) {
    ExperienceSummary summary = collect_periods(
        text, sections, lines_in_sections(text, sections, SectionKind::kExperience), reference_end);
    if (!summary.entries.empty()) return summary;
  }
  // No experience section, or one without periods: columns read in the wrong order can put
  // the jobs under another heading. Sections that are surely not jobs stay out.
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < text.lines().size(); ++i) {
    const std::size_t start = text.lines()[i].start;
    if (!in_section(sections, SectionKind::kProjects, start) &&
        !in_section(sections, SectionKind::kCertifications, start)) {
      indices.push_back(i);
    }
  }
  return collect_periods(text, sections, indices, reference_end);
}

}  // namespace jobmatch::cv::detail
