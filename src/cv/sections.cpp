#include "cv/sections.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "cv/heading_vocabulary.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr std::size_t kMaxHeadingLineBytes = 2000;  // longer: only a glued heading at the end
constexpr std::size_t kMaxHeadingCoreBytes = 80;
constexpr std::size_t kMaxHeadingWords = 7;
constexpr std::size_t kMaxGluedHeadingBytes = 60;
constexpr std::size_t kLostBreaksLineBytes = 300;  // longer lines are paragraphs run together
constexpr std::size_t kMaxHints = 1000;
constexpr std::size_t kMaxSections = 200;  // a CV has a few dozen; bounds work on junk input

/// [begin, end) in the folded text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct HeadingHit {
  SectionKind kind = SectionKind::kOther;
  Span core;
  std::size_t line_index = 0;
  bool strong = false;  // ALL CAPS or flagged by the layout
};

using HintSet = std::unordered_set<std::string>;

bool is_roman_numeral(std::string_view w) {
  return w == "i" || w == "ii" || w == "iii" || w == "iv" || w == "v" || w == "vi" || w == "vii" ||
         w == "viii" || w == "ix" || w == "x";
}

bool is_numbering_mark(char c) { return c == '.' || c == ')' || c == '-' || c == ':'; }

/// Start of the heading words after bullets, icons and numbering ("1.", "II -"), or
/// nullopt when the line starts with a number that is not numbering ("2019 Experience").
std::optional<std::size_t> skip_heading_prefix(std::string_view f, std::size_t b, std::size_t e) {
  while (b < e) {
    const char c = f[b];
    if (is_ascii_lower(c)) {
      std::size_t w = b;
      while (w < e && is_ascii_lower(f[w])) ++w;
      std::size_t mark = w;
      while (mark < e && f[mark] == ' ') ++mark;
      if (mark < e && is_numbering_mark(f[mark]) && is_roman_numeral(f.substr(b, w - b))) {
        b = mark + 1;
        continue;
      }
      return b;
    }
    if (is_ascii_digit(c)) {
      while (b < e && is_ascii_digit(f[b])) ++b;
      while (b < e && f[b] == ' ') ++b;
      if (b >= e || !is_numbering_mark(f[b])) return std::nullopt;
      ++b;
      continue;
    }
    ++b;  // spaces, bullets, icons (non-ASCII bytes), punctuation
  }
  return b;
}

bool is_trailing_junk(char c) {
  return c == ' ' || c == '\t' || c == ':' || c == '-' || c == '*' || c == '|' || c == '>' ||
         c == '_' || c == '=' || c == '~' || static_cast<unsigned char>(c) >= 0x80;
}

/// Letters, spaces and the separators headings use ("Langues & loisirs", "Skills / Outils");
/// "(s)" is the French optional plural ("Expérience(s)").
bool has_only_heading_characters(std::string_view core) {
  for (std::size_t i = 0; i < core.size(); ++i) {
    const char c = core[i];
    if (core.substr(i).starts_with("(s)")) {
      i += 2;
      continue;
    }
    const bool ok = is_ascii_lower(c) || c == ' ' || c == '&' || c == '/' || c == '-' ||
                    c == '\'' || c == '|' || static_cast<unsigned char>(c) >= 0x80;
    if (!ok) return false;
  }
  return true;
}

std::vector<std::string_view> heading_words(std::string_view core) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < core.size();) {
    if (!is_ascii_lower(core[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < core.size() && is_ascii_lower(core[end])) ++end;
    const bool optional_plural = i > 0 && core[i - 1] == '(' && core.substr(i, end - i) == "s";
    if (!optional_plural) words.push_back(core.substr(i, end - i));
    i = end;
  }
  return words;
}

/// Letter-spaced text ("E X P E R I E N C E", "Pro j e t s"): mostly one- or two-letter chunks.
bool is_letter_spaced(std::string_view core) {
  std::size_t chunks = 0;
  std::size_t short_chunks = 0;
  for (std::size_t i = 0; i < core.size();) {
    if (core[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t end = core.find(' ', i);
    if (end == std::string_view::npos) end = core.size();
    ++chunks;
    short_chunks += (end - i) <= 2;
    i = end;
  }
  return chunks >= 4 && short_chunks * 10 >= chunks * 6;
}

std::optional<SectionKind> classify_core(std::string_view core, bool lenient) {
  if (is_letter_spaced(core)) {
    std::string letters;
    for (const char c : core) {
      if (is_ascii_lower(c)) letters += c;
    }
    return classify_compact_heading(letters);
  }
  const std::vector<std::string_view> words = heading_words(core);
  if (words.empty() || words.size() > kMaxHeadingWords) return std::nullopt;
  const bool may_have_extra_word = lenient && words.size() <= 4;
  return classify_heading_words(words, may_have_extra_word ? 1 : 0);
}

/// ALL CAPS headings are a strong layout signal: no lower-case ASCII letter, 3+ capitals.
bool is_all_caps(std::string_view raw) {
  std::size_t upper = 0;
  for (const char c : raw) {
    if (is_ascii_lower(c)) return false;
    upper += is_ascii_upper(c);
  }
  return upper >= 3;
}

std::string fold_for_hint(std::string_view raw) {
  return collapse_spaces(fold_with_offsets(raw, nullptr));
}

/// The heading in folded text [b, e), if that text is one.
std::optional<HeadingHit> detect_heading(const CvText& text, Span span, const HintSet& hints,
                                         bool lenient_allowed) {
  const std::string_view f = text.folded();
  const std::optional<std::size_t> begin = skip_heading_prefix(f, span.begin, span.end);
  if (!begin) return std::nullopt;
  std::size_t end = span.end;
  while (end > *begin && is_trailing_junk(f[end - 1])) --end;
  const std::string_view core = f.substr(*begin, end - *begin);
  if (core.empty() || core.size() > kMaxHeadingCoreBytes || !has_only_heading_characters(core)) {
    return std::nullopt;
  }
  const std::string_view raw_core =
      text.raw().substr(text.raw_offset(*begin), text.raw_offset(end) - text.raw_offset(*begin));
  const bool strong = is_all_caps(raw_core) ||
                      hints.contains(collapse_spaces(f.substr(span.begin, span.end - span.begin)));
  const std::optional<SectionKind> kind = classify_core(core, lenient_allowed && strong);
  if (!kind) return std::nullopt;
  return HeadingHit{*kind, Span{*begin, end}, 0, strong};
}

/// Cells of a two-column line: text separated by runs of 3+ spaces.
std::vector<Span> column_cells(std::string_view f, Span line) {
  std::vector<Span> cells;
  std::size_t i = line.begin;
  while (i < line.end) {
    while (i < line.end && f[i] == ' ') ++i;
    if (i >= line.end) break;
    const std::size_t gap = f.substr(0, line.end).find("   ", i);
    const std::size_t end = gap == std::string_view::npos ? line.end : gap;
    cells.push_back(Span{i, end});
    i = end;
  }
  return cells;
}

/// Where a lost line break may hide before position `p` of a raw line: an upper-case letter
/// stuck to a lower-case letter, digit or closing punctuation ("monthsCompany"), to an acronym
/// ("SPSSEducation"), or following a sentence end and a space ("Development. Education"); in a
/// paragraph-long line, which has lost its breaks for sure, after any space.
bool is_glue_point(std::string_view raw, std::size_t p) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(raw[i]); };
  const bool upper = is_ascii_upper(raw[p]) || (at(p) == 0xC3 && p + 1 < raw.size() &&
                                                at(p + 1) >= 0x80 && at(p + 1) <= 0x9E);
  if (!upper) return false;
  const char before = raw[p - 1];
  if (is_ascii_lower(before) || is_ascii_digit(before) || before == '.' || before == ')')
    return true;
  if (is_ascii_upper(before)) return p + 1 < raw.size() && is_ascii_lower(raw[p + 1]);
  if (before != ' ') return false;
  return raw.size() > kLostBreaksLineBytes ||
         (p >= 2 && (raw[p - 2] == '.' || raw[p - 2] == '!' || raw[p - 2] == '?'));
}

/// A heading stuck to the end of a line whose break was lost in extraction ("...monthsCompany
/// Details"): see is_glue_point, then heading words to the end of the line. One word is only
/// trusted right after a sentence end ("...learning.Education") or in capitals ("... SKILLS").
std::optional<HeadingHit> detect_glued_heading(const CvText& text, const Line& line,
                                               const HintSet& hints) {
  const std::string_view raw = text.raw_line(line);
  const std::size_t from =
      raw.size() > kMaxGluedHeadingBytes ? raw.size() - kMaxGluedHeadingBytes : 1;
  for (std::size_t p = std::max<std::size_t>(from, 1); p < raw.size(); ++p) {
    if (!is_glue_point(raw, p)) continue;
    const std::size_t folded_begin = text.folded_offset(line.start + p);
    std::optional<HeadingHit> hit =
        detect_heading(text, Span{folded_begin, line.folded_end}, hints, false);
    if (!hit || hit->core.begin != folded_begin) continue;
    const std::string_view core =
        text.folded().substr(hit->core.begin, hit->core.end - hit->core.begin);
    const bool glued_to_sentence_end = raw[p - 1] == '.' || raw[p - 1] == ')';
    const bool caps_after_sentence = raw[p - 1] == ' ' && hit->strong;
    if (core.find(' ') != std::string_view::npos || glued_to_sentence_end || caps_after_sentence) {
      return hit;
    }
  }
  return std::nullopt;
}

/// Headings among the cells of a two-column line; false when the line is not one or when they
/// are not headings. The first cell alone counts when ALL CAPS, hinted or at the left margin:
/// a heading of the left column beside body text of the right one.
bool detect_cell_headings(const CvText& text, std::size_t index, const HintSet& hints,
                          std::vector<HeadingHit>& hits) {
  const Line& line = text.lines()[index];
  const std::vector<Span> cells =
      column_cells(text.folded(), Span{line.folded_start, line.folded_end});
  if (cells.size() < 2) return false;
  std::vector<HeadingHit> cell_hits;
  for (const Span& cell : cells) {
    if (auto hit = detect_heading(text, cell, hints, true)) cell_hits.push_back(*hit);
  }
  const bool all_cells = cell_hits.size() == cells.size();
  constexpr std::size_t kLeftMargin = 4;
  const bool first_is_heading = !cell_hits.empty() && cell_hits.front().core.begin < cells[0].end;
  const bool strong_first = first_is_heading && (cell_hits.front().strong ||
                                                 cells[0].begin - line.folded_start <= kLeftMargin);
  if (!all_cells && !strong_first) return false;
  for (HeadingHit& hit : cell_hits) {
    hit.line_index = index;
    hits.push_back(hit);
    if (!all_cells) break;
  }
  return true;
}

/// Headings found on one line: its column cells, else the whole line, else a glued tail.
void detect_line_headings(const CvText& text, std::size_t index, const HintSet& hints,
                          std::vector<HeadingHit>& hits) {
  const Line& line = text.lines()[index];
  if (line.end == line.start) return;
  if (line.end - line.start > kMaxHeadingLineBytes) {
    // Only the tail of a pathological line is looked at: bounded work.
    if (auto hit = detect_glued_heading(text, line, hints)) {
      hit->line_index = index;
      hits.push_back(*hit);
    }
    return;
  }
  const Span whole{line.folded_start, line.folded_end};
  // Cells first: "COORDONNÉES      EXPÉRIENCES PRO" is two headings side by side, not one.
  if (detect_cell_headings(text, index, hints, hits)) return;
  if (auto hit = detect_heading(text, whole, hints, true)) {
    hit->line_index = index;
    hits.push_back(*hit);
    return;
  }
  if (auto hit = detect_glued_heading(text, line, hints)) {
    hit->line_index = index;
    hits.push_back(*hit);
  }
}

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

/// Headings stacked with nothing between them ("Expérience professionnelle" then
/// "Publications") come from two columns read one after the other: which text belongs to which
/// is unknown, so they share the body below the last one.
void share_bodies_of_stacked_headings(std::string_view raw, std::vector<CvSection>& sections) {
  for (std::size_t i = sections.size(); i-- > 1;) {
    CvSection& section = sections[i - 1];
    const CvSection& below = sections[i];
    if (below.heading_start < section.body_start) continue;  // same line: already shared
    if (!is_blank(raw.substr(section.body_start, section.body_end - section.body_start))) continue;
    section.body_start = below.body_start;
    section.body_end = below.body_end;
  }
}

HintSet fold_hints(std::span<const std::string> hints) {
  HintSet set;
  for (std::size_t i = 0; i < hints.size() && i < kMaxHints; ++i) {
    if (hints[i].size() <= kMaxHeadingLineBytes) set.insert(fold_for_hint(hints[i]));
  }
  return set;
}

}  // namespace

std::vector<CvSection> find_sections(const CvText& text, std::span<const std::string> hints) {
  const HintSet hint_set = fold_hints(hints);
  std::vector<HeadingHit> hits;
  for (std::size_t i = 0; i < text.lines().size() && hits.size() < kMaxSections; ++i) {
    detect_line_headings(text, i, hint_set, hits);
  }
  if (hits.size() > kMaxSections) hits.resize(kMaxSections);

  std::vector<CvSection> sections;
  sections.reserve(hits.size());
  for (const HeadingHit& hit : hits) {
    const Line& line = text.lines()[hit.line_index];
    CvSection section;
    section.kind = hit.kind;
    section.heading_start = text.raw_offset(hit.core.begin);
    const std::size_t heading_end = text.raw_offset(hit.core.end);
    section.heading = collapse_spaces(
        text.raw().substr(section.heading_start, heading_end - section.heading_start));
    section.body_start = std::min(line.end + 1, text.raw().size());
    sections.push_back(section);
  }
  // A body ends at the next heading that starts after it; headings sharing a line (two
  // columns) share the body below them.
  std::size_t next = 0;
  for (CvSection& section : sections) {
    while (next < sections.size() && sections[next].heading_start < section.body_start) ++next;
    section.body_end = next < sections.size() ? sections[next].heading_start : text.raw().size();
  }
  share_bodies_of_stacked_headings(text.raw(), sections);
  return sections;
}

std::vector<std::size_t> lines_in_sections(const CvText& text, std::span<const CvSection> sections,
                                           SectionKind kind) {
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < text.lines().size(); ++i) {
    if (in_section(sections, kind, text.lines()[i].start)) indices.push_back(i);
  }
  return indices;
}

// Sections come in text order: bodies are disjoint and sorted, except that headings sharing a
// line share one body. Both lookups below are binary searches over that order.

const CvSection* section_at(std::span<const CvSection> sections, SectionKind kind,
                            std::size_t offset) {
  auto it =
      std::upper_bound(sections.begin(), sections.end(), offset,
                       [](std::size_t value, const CvSection& s) { return value < s.body_start; });
  if (it == sections.begin()) return nullptr;
  const std::size_t body_start = std::prev(it)->body_start;
  while (it != sections.begin() && std::prev(it)->body_start == body_start) {
    --it;
    if (it->kind == kind && offset < it->body_end) return &*it;
  }
  return nullptr;
}

bool in_section(std::span<const CvSection> sections, SectionKind kind, std::size_t offset) {
  return section_at(sections, kind, offset) != nullptr;
}

bool has_section(std::span<const CvSection> sections, SectionKind kind) {
  return std::any_of(sections.begin(), sections.end(),
                     [&](const CvSection& s) { return s.kind == kind; });
}

bool is_heading_line(const CvText& text, std::span<const CvSection> sections, std::size_t index) {
  const Line& line = text.lines()[index];
  const auto it = std::lower_bound(
      sections.begin(), sections.end(), line.start,
      [](const CvSection& s, std::size_t value) { return s.heading_start < value; });
  return it != sections.end() && it->heading_start < std::max(line.end, line.start + 1);
}

}  // namespace jobmatch::cv::detail
