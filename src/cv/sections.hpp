#pragma once
// Internal to the cv module: finds the section headings of a CV and the lines each governs.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "cv/cv_text.hpp"
#include "cv/profile.hpp"

namespace jobmatch::cv::detail {

/// Sections in text order. A heading is a short line made of heading words (see
/// heading_vocabulary.hpp), possibly numbered, bulleted, ALL CAPS, letter-spaced or ending with
/// a colon; also a heading cell of a two-column line and a heading glued to the end of a line
/// whose line break was lost ("...learning.Education Details"). `hints` (lines the layout
/// flagged as headings) allow one extra word. Headings side by side on a line, or stacked with
/// nothing between them (two columns read one after the other), share the body below them. Of a
/// line over 2,000 bytes only the end is looked at, for a glued heading.
std::vector<CvSection> find_sections(const CvText& text, std::span<const std::string> hints);

/// Indices of the lines that start inside the body of a section of `kind`, in order.
std::vector<std::size_t> lines_in_sections(const CvText& text, std::span<const CvSection> sections,
                                           SectionKind kind);

/// The first section of `kind` whose body holds raw offset `offset`, or nullptr.
const CvSection* section_at(std::span<const CvSection> sections, SectionKind kind,
                            std::size_t offset);

/// Whether raw offset `offset` lies in the body of a section of `kind`.
bool in_section(std::span<const CvSection> sections, SectionKind kind, std::size_t offset);

/// Whether any section is of `kind`.
bool has_section(std::span<const CvSection> sections, SectionKind kind);

/// Whether line `index` holds the start of a heading.
bool is_heading_line(const CvText& text, std::span<const CvSection> sections, std::size_t index);

}  // namespace jobmatch::cv::detail
