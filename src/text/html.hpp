#pragma once
// HTML handling for scraped postings (gumbo HTML5 parser): an allow-list sanitiser for display
// and a plain-text rendering for indexing.

#include <string>
#include <string_view>

namespace jobmatch::text {

/// True when `input` looks like HTML markup (known tags such as <p>, <br>, <li>, <div>...), not
/// merely text that contains a '<' character ("salaire < 40k").
bool looks_like_html(std::string_view input);

/// Safe HTML for display. Keeps only p, br, ul, ol, li, strong, b, em, i, u, h3-h6 (h1/h2
/// demoted to h3), blockquote, pre, code, table, thead, tbody, tr, th, td, a; drops script,
/// style, iframe, object, embed, form, svg, template and everything inside them; unwraps other
/// elements (their text is kept); keeps no attribute except href on <a>, and only http(s) and
/// mailto URLs, to which rel="nofollow noopener noreferrer" and target="_blank" are added.
/// Text and attribute values are re-escaped on output. Output is well-formed.
std::string sanitize_html(std::string_view html);

/// Readable plain text of an HTML fragment: block elements and <br> become line breaks, list
/// items start with "- ", entities decoded, scripts/styles dropped, whitespace collapsed
/// within lines, at most one blank line in a row.
std::string html_to_text(std::string_view html);

/// `input` with its character references replaced by their characters in UTF-8: numeric ones
/// (128-159 read as Windows-1252, as browsers do; invalid ones as U+FFFD), the XML five, the
/// Latin-1 names and common punctuation; "&nbsp;" becomes a space. Unknown names and a lone
/// '&' stay as they are. For text that is not markup (html_to_text decodes markup's own).
std::string decode_character_references(std::string_view input);

/// Escapes &, <, >, " and ' for HTML text or attribute context.
std::string escape_html(std::string_view text);

/// Safe HTML for plain text: escaped, blank-line-separated paragraphs in <p>, single line
/// breaks as <br>.
std::string text_to_html(std::string_view text);

}  // namespace jobmatch::text
