// Cutting a posting into parts: sections from headings, then nice-to-have sentences inside
// them.

#include <algorithm>

#include "ats/posting.hpp"
#include "ats/posting_headings.hpp"
#include "ats/posting_text.hpp"

namespace jobmatch::ats {
namespace {

using detail::PostingText;
using detail::Token;

/// Appends consecutive byte ranges, merging a range into the previous segment of the same part.
class SegmentList {
 public:
  void add(std::size_t start, std::size_t end, PostingPart part) {
    if (start >= end) return;
    if (!segments_.empty() && segments_.back().part == part && segments_.back().span.end == start) {
      segments_.back().span.end = end;
      return;
    }
    segments_.push_back(PostingSegment{TextSpan{start, end}, part});
  }

  /// The segments, the last one stretched to `total` (the text beyond the reading cap).
  std::vector<PostingSegment> finish(std::size_t total) && {
    if (segments_.empty() && total > 0) {
      segments_.push_back({TextSpan{0, total}, PostingPart::kOther});
    }
    if (!segments_.empty()) segments_.back().span.end = total;
    return std::move(segments_);
  }

 private:
  std::vector<PostingSegment> segments_;
};

/// A heading followed by content on its line sets the part for the lines below only when it
/// opens a list ("Profil : ..."); "Salaire : 40 k€" or "Lieu : Paris" are key-value lines, and
/// the text under them still belongs to the part before.
bool opens_section(PostingPart part) {
  return part == PostingPart::kRequirements || part == PostingPart::kNiceToHave ||
         part == PostingPart::kResponsibilities;
}

/// Company and benefits sections often end without a heading: the job's description follows
/// after a blank line.
bool ends_at_job_paragraph(PostingPart part) {
  return part == PostingPart::kCompany || part == PostingPart::kBenefits;
}

/// The line after the paragraph starting at `first` (the next blank line or the end).
std::size_t paragraph_end(const PostingText& text, std::size_t first) {
  std::size_t end = first;
  while (end < text.line_count() && !text.tokens(end).empty()) ++end;
  return end;
}

/// The token ending the first sentence from `from`, or tokens.size() when the line holds one.
std::size_t first_sentence_end(std::span<const Token> tokens, std::size_t from) {
  for (std::size_t i = from; i + 1 < tokens.size(); ++i) {
    if (detail::ends_sentence(tokens, i)) return i;
  }
  return tokens.size();
}

/// Adds line `line_index` from token `first` (raw offset `start`) to `end`, sentence by sentence:
/// those with an optional wording become nice-to-have, the others take `part`. The tokens read
/// stop before `stop` (the line's end by default).
void add_sentences(const PostingText& text, std::size_t line_index, std::size_t first,
                   std::size_t start, std::size_t end, PostingPart part, SegmentList& out,
                   std::size_t stop = static_cast<std::size_t>(-1)) {
  if (part == PostingPart::kCompany || part == PostingPart::kBenefits ||
      part == PostingPart::kNiceToHave) {
    out.add(start, end, part);
    return;
  }
  const std::span<const Token> tokens =
      text.tokens(line_index).first(std::min(stop, text.tokens(line_index).size()));
  std::size_t sentence_begin = first;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    const bool last = i + 1 == tokens.size();
    if (!last && !detail::ends_sentence(tokens, i)) continue;
    const std::size_t sentence_end = last ? end : text.raw_offset(line_index, tokens[i].end);
    for (const detail::TokenRange optional :
         detail::optional_parts(tokens, {sentence_begin, i + 1})) {
      const bool whole = optional.begin == sentence_begin && optional.end == i + 1;
      const std::size_t from =
          whole ? start : text.raw_offset(line_index, tokens[optional.begin].begin);
      const std::size_t to =
          whole ? sentence_end : text.raw_offset(line_index, tokens[optional.end - 1].end);
      out.add(start, from, part);
      out.add(from, to, PostingPart::kNiceToHave);
      start = to;
    }
    out.add(start, sentence_end, part);
    start = sentence_end;
    sentence_begin = i + 1;
  }
  out.add(start, end, part);  // a line without tokens, or its trailing newline
}

/// The part in force while reading lines, and whether its heading has text under it yet.
struct Section {
  PostingPart part = PostingPart::kOther;  // text before any heading is kOther
  bool has_text = false;
};

/// Adds line `line` from token `first` (raw offset `start`) to its end under `section`, cut
/// into sections by the headings glued inside it (a posting flattened from HTML).
void add_line_rest(const PostingText& text, std::size_t line, std::size_t first, std::size_t start,
                   Section& section, SegmentList& out) {
  for (const detail::GluedHeading& heading : detail::find_glued_headings(text, line)) {
    if (heading.start < start || heading.first_token < first) continue;
    // In a list of perks or about the company, "Education: learning budget" is a label.
    if (heading.before_colon && heading.single_word && !opens_section(section.part) &&
        section.part != PostingPart::kOther) {
      continue;
    }
    const bool starts_inside =
        text.raw_offset(line, text.tokens(line)[heading.first_token].begin) < heading.start;
    add_sentences(text, line, first, start, heading.start, section.part, out,
                  heading.first_token + (starts_inside ? 1 : 0));
    out.add(heading.start, heading.end, heading.part);
    section = Section{heading.part, true};
    first = heading.content_token;
    start = heading.end;
  }
  add_sentences(text, line, first, start, text.line_end_with_newline(line), section.part, out);
}

void add_body_line(const PostingText& text, std::size_t line, Section& section, SegmentList& out) {
  const bool blank = text.tokens(line).empty();
  if (!blank && line > 0 && text.tokens(line - 1).empty() && section.has_text &&
      ends_at_job_paragraph(section.part) &&
      detail::speaks_of_the_job(text, line, paragraph_end(text, line))) {
    section.part = PostingPart::kOther;
  }
  section.has_text = section.has_text || !blank;
  add_line_rest(text, line, 0, text.line(line).start, section, out);
}

void add_heading_line(const PostingText& text, std::size_t line,
                      const detail::HeadingMatch& heading, Section& section, SegmentList& out) {
  const std::size_t start = text.line(line).start;
  const std::size_t end = text.line_end_with_newline(line);
  if (!heading.has_inline_content()) {
    section = Section{heading.part, false};
    out.add(start, end, heading.part);
    return;
  }
  const std::span<const Token> tokens = text.tokens(line);
  const std::size_t content = text.raw_offset(line, tokens[heading.content_token].begin);
  out.add(start, content, heading.part);
  if (opens_section(heading.part)) {
    section = Section{heading.part, true};
    add_line_rest(text, line, heading.content_token, content, section, out);
    return;
  }
  // A key-value line covers its first sentence: a posting glued into one line ("About the
  // Company: ... Requirements: ...") must not become company text as a whole.
  const std::size_t first_end = first_sentence_end(tokens, heading.content_token);
  const std::size_t value_end =
      first_end < tokens.size() ? text.raw_offset(line, tokens[first_end].end) : end;
  out.add(content, value_end, heading.part);
  if (first_end < tokens.size()) add_line_rest(text, line, first_end + 1, value_end, section, out);
}

}  // namespace

PostingPart PostingStructure::part_at(std::size_t offset) const {
  const auto it = std::upper_bound(
      segments.begin(), segments.end(), offset,
      [](std::size_t value, const PostingSegment& segment) { return value < segment.span.end; });
  return it == segments.end() ? PostingPart::kOther : it->part;
}

std::optional<Importance> importance_at(const PostingStructure& structure, std::size_t offset) {
  switch (structure.part_at(offset)) {
    case PostingPart::kCompany:
    case PostingPart::kBenefits:
      return std::nullopt;
    case PostingPart::kNiceToHave:
      return Importance::kNiceToHave;
    default:
      return Importance::kRequired;
  }
}

PostingStructure read_posting_structure(std::string_view text) {
  const PostingText posting(text);
  SegmentList segments;
  Section section;
  for (std::size_t i = 0; i < posting.line_count(); ++i) {
    const std::optional<detail::HeadingMatch> heading =
        posting.tokens(i).empty() ? std::nullopt : detail::match_heading(posting, i, section.part);
    if (heading) {
      add_heading_line(posting, i, *heading, section, segments);
    } else {
      add_body_line(posting, i, section, segments);
    }
  }
  return PostingStructure{std::move(segments).finish(text.size())};
}

}  // namespace jobmatch::ats
