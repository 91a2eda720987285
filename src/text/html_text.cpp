// html_to_text: the plain-text rendering of postings used for indexing and matching.

#include "text/html.hpp"

#include <gumbo.h>

#include <algorithm>
#include <string>

#include "text/gumbo_tree.hpp"
#include "text/html_elements.hpp"
#include "text/unicode.hpp"
#include "text/utf8_scan.hpp"

namespace jobmatch::text {
namespace {

using detail::is_dropped_element;
using detail::is_layout_block;
using detail::ParsedFragment;
using detail::walk_descendants;

/// Accumulates plain text: whitespace collapses to one space inside a line, line breaks are
/// requested rather than written so that runs of them never exceed one blank line and the
/// text never starts or ends with one.
class PlainTextWriter {
 public:
  /// Appends text, collapsing its whitespace (including no-break spaces) into single spaces.
  void write_text(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
      if (const std::size_t space = detail::space_length_at(text, pos); space > 0) {
        space_pending_ = true;
        pos += space;
        continue;
      }
      start_content();
      out_ += text[pos++];
    }
  }

  /// Appends a line prefix such as a list bullet; the text after it is separated by a space.
  void write_marker(std::string_view marker) {
    space_pending_ = false;
    start_content();
    out_ += marker;
    space_pending_ = true;
  }

  /// Appends `separator` between two pieces of content on the same line (table cells).
  void write_separator(std::string_view separator) {
    if (line_is_empty() || breaks_pending_ > 0) return;
    space_pending_ = false;
    out_ += separator;
  }

  /// Ends the current line (1) or paragraph (2).
  void request_break(int count) { breaks_pending_ = std::max(breaks_pending_, count); }

  std::string take_text() { return std::move(out_); }

 private:
  bool line_is_empty() const { return out_.empty() || out_.back() == '\n'; }

  void start_content() {
    if (breaks_pending_ > 0 && !out_.empty()) {
      out_.append(static_cast<std::size_t>(breaks_pending_), '\n');
      space_pending_ = false;
    }
    breaks_pending_ = 0;
    if (space_pending_ && !line_is_empty()) out_ += ' ';
    space_pending_ = false;
  }

  std::string out_;
  int breaks_pending_ = 0;
  bool space_pending_ = false;
};

/// Line breaks an element asks for around its content: 0 inline, 1 a line, 2 a paragraph.
int breaks_around(GumboTag tag, int list_depth) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_HR:
      return 2;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
      return list_depth > 0 ? 1 : 2;  // a nested list stays attached to its item
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_CAPTION:
      return 1;
    default:
      return is_layout_block(tag) ? 1 : 0;
  }
}

/// Renders a parsed fragment as indexable plain text.
class PlainTextRenderer {
 public:
  bool enter(const GumboNode& node) {
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_CDATA ||
        node.type == GUMBO_NODE_WHITESPACE) {
      write_text_node(node.v.text.text);
      return false;
    }
    if (node.type != GUMBO_NODE_ELEMENT || is_dropped_element(node)) return false;
    const GumboTag tag = node.v.element.tag;
    writer_.request_break(breaks_around(tag, list_depth_));
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) ++list_depth_;
    if (tag == GUMBO_TAG_PRE) ++preformatted_depth_;
    if (tag == GUMBO_TAG_LI) writer_.write_marker("-");
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) writer_.write_separator(" | ");
    return true;
  }

  void leave(const GumboNode& node) {
    const GumboTag tag = node.v.element.tag;
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) --list_depth_;
    if (tag == GUMBO_TAG_PRE) --preformatted_depth_;
    writer_.request_break(breaks_around(tag, list_depth_));
  }

  std::string take_text() { return writer_.take_text(); }

 private:
  /// Inside <pre>, line breaks are content; elsewhere they are whitespace.
  void write_text_node(std::string_view text) {
    if (preformatted_depth_ == 0) {
      writer_.write_text(text);
      return;
    }
    for (std::size_t start = 0; start <= text.size();) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      writer_.write_text(text.substr(start, end - start));
      if (end < text.size()) writer_.request_break(1);
      start = end + 1;
    }
  }

  PlainTextWriter writer_;
  int list_depth_ = 0;
  int preformatted_depth_ = 0;
};

}  // namespace

std::string html_to_text(std::string_view html) {
  if (detail::has_no_markup(html)) return collapse_whitespace(repair_utf8(html));
  const ParsedFragment fragment(html);
  PlainTextRenderer renderer;
  walk_descendants(fragment.root(), renderer);
  return renderer.take_text();
}

}  // namespace jobmatch::text
