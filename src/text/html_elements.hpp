#pragma once
// Internal to the text module: how the HTML sanitiser and the plain-text renderer classify
// gumbo elements and text. Not part of the module's API.

#include <gumbo.h>

#include <array>
#include <initializer_list>
#include <string_view>

#include "text/utf8_scan.hpp"

namespace jobmatch::text::detail {

/// Membership table indexed by GumboTag, for constant-time lookups while walking large pages.
using TagSet = std::array<bool, GUMBO_TAG_LAST + 1>;

constexpr TagSet make_tag_set(std::initializer_list<GumboTag> tags) {
  TagSet set{};
  for (const GumboTag tag : tags) set[tag] = true;
  return set;
}

// Elements whose content is code, embedded media, forms or metadata: never shown, never
// indexed, whatever they contain.
inline constexpr TagSet kDroppedTags = make_tag_set({
    GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_IFRAME,   GUMBO_TAG_OBJECT,
    GUMBO_TAG_EMBED,    GUMBO_TAG_FORM,     GUMBO_TAG_SVG,      GUMBO_TAG_TEMPLATE,
    GUMBO_TAG_MATH,     GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_SELECT,
    GUMBO_TAG_APPLET,   GUMBO_TAG_FRAME,    GUMBO_TAG_FRAMESET, GUMBO_TAG_NOEMBED,
    GUMBO_TAG_NOFRAMES, GUMBO_TAG_TITLE,    GUMBO_TAG_HEAD,     GUMBO_TAG_BASE,
    GUMBO_TAG_LINK,     GUMBO_TAG_META,     GUMBO_TAG_PARAM,    GUMBO_TAG_AUDIO,
    GUMBO_TAG_VIDEO,    GUMBO_TAG_CANVAS,   GUMBO_TAG_BUTTON,   GUMBO_TAG_DATALIST,
});

// Layout blocks outside the sanitiser's allow-list: unwrapping them must not glue the text
// of neighbouring blocks together ("<div>a</div><div>b</div>").
inline constexpr TagSet kLayoutBlockTags = make_tag_set({
    GUMBO_TAG_DIV,     GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,    GUMBO_TAG_HEADER,
    GUMBO_TAG_FOOTER,  GUMBO_TAG_MAIN,    GUMBO_TAG_ASIDE,      GUMBO_TAG_NAV,
    GUMBO_TAG_ADDRESS, GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_DL,
    GUMBO_TAG_DT,      GUMBO_TAG_DD,      GUMBO_TAG_HR,         GUMBO_TAG_CENTER,
    GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_FIELDSET,   GUMBO_TAG_CAPTION,
    GUMBO_TAG_HGROUP,  GUMBO_TAG_LISTING, GUMBO_TAG_XMP,        GUMBO_TAG_PLAINTEXT,
    GUMBO_TAG_MENU,    GUMBO_TAG_DIR,     GUMBO_TAG_LEGEND,
});

/// True for elements dropped with their content. Anything outside the HTML namespace (inside
/// <svg> or <math>) goes with them.
inline bool is_dropped_element(const GumboNode& node) {
  return node.v.element.tag_namespace != GUMBO_NAMESPACE_HTML || kDroppedTags[node.v.element.tag];
}

inline bool is_layout_block(GumboTag tag) { return kLayoutBlockTags[tag]; }

/// Characters the parser rewrites in text: CR (newline normalisation), and controls and
/// noncharacters, which gumbo replaces with U+FFFD.
inline bool is_rewritten_by_parser(char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\f') return false;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/// True when parsing `html` would yield one text node equal to the (repaired) input: no tag,
/// comment or entity can start without '<' or '&'. Most scraped descriptions are plain text,
/// and this lets them skip the parser.
inline bool has_no_markup(std::string_view html) {
  for (std::size_t pos = 0; pos < html.size();) {
    const DecodedChar decoded = decode_utf8_at(html, pos);
    pos += decoded.length;
    if (!decoded.valid) continue;  // repaired to U+FFFD on both paths
    const char32_t c = decoded.code_point;
    if (c == U'<' || c == U'&' || is_rewritten_by_parser(c)) return false;
  }
  return true;
}

}  // namespace jobmatch::text::detail
