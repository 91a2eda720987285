#include "cv/certifications.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "cv/date_ranges.hpp"
#include "cv/sections.hpp"
#include "cv/text_pieces.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr std::size_t kMaxLineBytes = 300;
constexpr std::size_t kMaxSectionLineWords = 25;
constexpr std::size_t kMaxKeywordLineWords = 14;
constexpr std::size_t kMaxEntries = 50;

constexpr std::string_view kCertificationWords[] = {"certified", "certification", "certifie",
                                                    "certifiee", "certificate",   "certificat"};
// Exams whose acronym alone names a certification; only trusted in capitals.
constexpr std::string_view kExamAcronyms[] = {
    "pmp",   "capm", "ccna",   "ccnp", "ccie", "cissp", "cisa", "cism", "psm",   "pspo",
    "csm",   "itil", "togaf",  "ceh",  "oscp", "cka",   "ckad", "mcsa", "mcse",  "comptia",
    "istqb", "safe", "prince", "acca", "cfa",  "pmi",   "lpic", "rhce", "rhcsa", "ocjp"};
constexpr std::string_view kLanguageTests[] = {"toeic", "toiec", "toefl", "ielts"};

bool is_one_of(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

/// A raw fragment with its folded copy and the map between them.
struct Fragment {
  std::string_view raw;
  std::vector<std::uint32_t> origin;  // declared before `folded`, which fills it
  std::string folded;
  std::vector<Token> tokens;

  explicit Fragment(std::string_view r) : raw(r), folded(fold_with_offsets(r, &origin)) {
    tokens = tokenize(folded);
  }
  std::string_view raw_of(const Token& t) const {
    return raw.substr(origin[t.begin], origin[t.end] - origin[t.begin]);
  }
};

bool names_certification(const Fragment& f) {
  return std::any_of(f.tokens.begin(), f.tokens.end(), [&](const Token& t) {
    if (t.kind != TokenKind::kWord) return false;
    if (is_one_of(kCertificationWords, singular(t.text))) return true;
    const std::string_view raw = f.raw_of(t);
    return is_one_of(kExamAcronyms, t.text) && std::none_of(raw.begin(), raw.end(), is_ascii_lower);
  });
}

bool names_language_test(const Fragment& f) {
  return std::any_of(f.tokens.begin(), f.tokens.end(), [](const Token& t) {
    return t.kind == TokenKind::kWord && is_one_of(kLanguageTests, t.text);
  });
}

/// "Architect (2022)" loses its year to the name, then the brackets that held it.
std::string without_empty_brackets(std::string text) {
  for (std::size_t open = text.find('('); open != std::string::npos;
       open = text.find('(', open + 1)) {
    const std::size_t close = text.find_first_not_of(' ', open + 1);
    if (close != std::string::npos && text[close] == ')') {
      text.erase(open, close - open + 1);
      open = open > 0 ? open - 1 : 0;
    }
  }
  return text;
}

/// The fragment without its periods and years, and the last year.
CertificationEntry entry_from(const Fragment& f, std::size_t offset) {
  std::vector<std::pair<std::size_t, std::size_t>> cut;  // folded spans to drop
  for (const DateRange& range : find_date_ranges(f.folded))
    cut.emplace_back(range.begin, range.end_pos);
  CertificationEntry entry;
  for (const Token& t : f.tokens) {
    const int value =
        t.kind == TokenKind::kNumber && t.text.size() == 4 ? parse_small_number(t.text) : 0;
    if (value < 1950 || value > 2100) continue;
    entry.year = value;
    cut.emplace_back(t.begin, t.end);
  }
  std::sort(cut.begin(), cut.end());
  std::string rest;
  std::size_t from = 0;
  for (const auto& [begin, end] : cut) {
    if (f.origin[begin] < from) continue;  // a year inside a period already cut
    rest.append(f.raw.substr(from, f.origin[begin] - from));
    rest += ' ';
    from = f.origin[end];
  }
  rest.append(f.raw.substr(from));
  entry.name = clean_fragment(without_empty_brackets(rest));
  entry.offset = offset;
  return entry;
}

void add_entry(std::vector<CertificationEntry>& entries, CertificationEntry entry) {
  if (!has_letter(entry.name) || entries.size() >= kMaxEntries) return;
  const std::string key = fold_with_offsets(entry.name, nullptr);
  for (const CertificationEntry& existing : entries) {
    if (fold_with_offsets(existing.name, nullptr) == key) return;
  }
  entries.push_back(std::move(entry));
}

/// In a two-column layout the section's lines also carry the other column: keep the cell that
/// sits under the heading.
std::string_view cell_under_heading(const CvText& text, const CvSection& section,
                                    std::string_view raw_line) {
  const std::vector<ColumnCell> cells = split_columns(raw_line);
  if (cells.size() < 2) return raw_line;
  const Line& heading_line = text.lines()[text.line_index_at(section.heading_start)];
  const std::size_t heading_column = count_columns(
      text.raw().substr(heading_line.start, section.heading_start - heading_line.start));
  const auto distance = [&](const ColumnCell& c) {
    return c.column > heading_column ? c.column - heading_column : heading_column - c.column;
  };
  return std::min_element(
             cells.begin(), cells.end(),
             [&](const ColumnCell& a, const ColumnCell& b) { return distance(a) < distance(b); })
      ->text;
}

/// Cheap filter before the word-level test: a "certif..." word or a run of 3+ capitals.
bool may_name_certification(const CvText& text, const Line& line) {
  if (text.folded_line(line).find("certif") != std::string_view::npos) return true;
  std::size_t capitals = 0;
  for (const char c : text.raw_line(line)) {
    capitals = is_ascii_upper(c) ? capitals + 1 : 0;
    if (capitals >= 3) return true;
  }
  return false;
}

bool starts_in_lower_case(std::string_view raw) {
  const std::string_view trimmed = trim_spaces(raw);
  return !trimmed.empty() && is_ascii_lower(trimmed.front());
}

}  // namespace

std::vector<CertificationEntry> extract_certifications(const CvText& text,
                                                       std::span<const CvSection> sections) {
  std::vector<CertificationEntry> entries;
  std::size_t previous_section_line = std::string::npos;
  for (std::size_t index = 0; index < text.lines().size(); ++index) {
    const Line& line = text.lines()[index];
    const std::string_view raw = text.raw_line(line);
    if (raw.size() > kMaxLineBytes || is_heading_line(text, sections, index)) continue;
    if (const CvSection* section = section_at(sections, SectionKind::kCertifications, line.start)) {
      const Fragment cell(cell_under_heading(text, *section, raw));
      if (cell.tokens.empty() || names_language_test(cell) ||
          word_count(cell.raw) > kMaxSectionLineWords) {
        continue;
      }
      // A wrapped name: the continuation starts in lower case right below.
      if (previous_section_line + 1 == index && starts_in_lower_case(cell.raw) &&
          !entries.empty()) {
        CertificationEntry& last = entries.back();
        last.name = clean_fragment(last.name + " " + std::string(cell.raw));
      } else {
        add_entry(entries,
                  entry_from(cell, static_cast<std::size_t>(cell.raw.data() - text.raw().data())));
      }
      previous_section_line = index;
      continue;
    }
    // Narrative sections mention certifications they are not ("led the ISO certification"),
    // language lists mention language certificates.
    const bool elsewhere = in_section(sections, SectionKind::kExperience, line.start) ||
                           in_section(sections, SectionKind::kProjects, line.start) ||
                           in_section(sections, SectionKind::kLanguages, line.start);
    if (elsewhere || word_count(raw) > kMaxKeywordLineWords ||
        !may_name_certification(text, line)) {
      continue;
    }
    const Fragment whole(raw);
    if (names_certification(whole) && !names_language_test(whole)) {
      add_entry(entries, entry_from(whole, line.start));
    }
  }
  return entries;
}

}  // namespace jobmatch::cv::detail
