#pragma once
// Internal to the ats module: recognising the section headings of a job posting ("Profil
// recherché", "VOS MISSIONS :", "## Requirements", "Nice to have", "Qui sommes-nous ?").

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ats/posting.hpp"
#include "ats/posting_text.hpp"

namespace jobmatch::ats::detail {

struct HeadingMatch {
  PostingPart part = PostingPart::kOther;
  /// First token of the content written after the heading on the same line ("Profil : Bac+5,
  /// ..."); 0 when the heading fills its line.
  std::size_t content_token = 0;
  bool has_inline_content() const { return content_token > 0; }
};

/// The heading line `line_index` starts, if it is one: a short line (at most 8 words before an
/// optional ':') whose words name a known part, possibly after a determiner ("Vos missions",
/// "Key responsibilities") and followed only by generic words ("Compétences techniques
/// requises", "Vos missions seront les suivantes"). A bullet line is a heading only when it
/// ends with ':'. Headings that name no part we track ("Informations complémentaires",
/// "Location", "EEO statement") are kOther: they end the previous part. `current` is the part
/// in force before the line ("Bonus" inside a benefits list is pay, not a nice-to-have).
std::optional<HeadingMatch> match_heading(const PostingText& text, std::size_t line_index,
                                          PostingPart current);

/// The part named by the words of a heading (folded, singular, without punctuation), if they
/// spell one: optional leading words ("Key", "Vos"), key words, then a tail their phrase allows.
/// `has_comma`: the heading holds a comma, so only generic words may follow its key words.
std::optional<PostingPart> heading_part(std::span<const std::string_view> words, bool has_comma,
                                        PostingPart current);

/// A heading glued inside a line by a posting flattened from HTML ("...outcomes.Basic
/// QualificationsMaster's degree...", "About UsWe build..."): Title Case words, the last one
/// running into the capital that starts the content. Offsets are raw bytes.
struct GluedHeading {
  std::size_t start = 0;
  std::size_t end = 0;            // where the content starts
  std::size_t first_token = 0;    // the token holding `start`
  std::size_t content_token = 0;  // the token holding `end` (the glued word)
  PostingPart part = PostingPart::kOther;
  bool single_word = false;   // "Education", not "Preferred Qualifications"
  bool before_colon = false;  // "...teams. Responsibilities: build..." rather than glued
};

/// The glued headings of line `line_index`, in order, not overlapping; a heading ending with ':'
/// inside the line counts when it starts a sentence and opens a list of demands or tasks.
std::vector<GluedHeading> find_glued_headings(const PostingText& text, std::size_t line_index);

/// Whether lines [first, end) speak of the job or the candidate rather than of the company or
/// its perks ("en tant que", "vous êtes titulaire", "responsible for", "years of experience"):
/// company and benefits sections whose end has no heading stop at such a paragraph.
bool speaks_of_the_job(const PostingText& text, std::size_t first, std::size_t end);

}  // namespace jobmatch::ats::detail
