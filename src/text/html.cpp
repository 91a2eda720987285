#include "text/html.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

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

constexpr std::string_view kLinkAttributes =
    R"( rel="nofollow noopener noreferrer" target="_blank")";

// Longest HTML tag name worth looking up in looks_like_html ("blockquote", "figcaption").
constexpr std::size_t kMaxTagNameLength = 10;

/// Name under which an allowed element is re-emitted, or nullopt when it is not allowed.
std::optional<std::string_view> allowed_display_name(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
      return "h3";  // the page owns h1/h2
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_A:
      return gumbo_normalized_tagname(tag);
    default:
      return std::nullopt;
  }
}

bool is_inline_display_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_A:
      return true;
    default:
      return false;
  }
}

bool starts_with_ignoring_case(std::string_view text, std::string_view lower_prefix) {
  if (text.size() < lower_prefix.size()) return false;
  return std::equal(lower_prefix.begin(), lower_prefix.end(), text.begin(), [](char p, char c) {
    return p == ((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  });
}

/// The href to keep, or nullopt. gumbo has already decoded entities ("jav&#x61;script:").
/// Browsers ignore tabs and newlines inside a URL and trim control characters and spaces at
/// its ends, so the scheme is checked on the URL as a browser would read it.
std::optional<std::string> safe_link_target(std::string_view href) {
  std::string url;
  url.reserve(href.size());
  for (const char c : href) {
    if (c != '\t' && c != '\n' && c != '\r') url += c;
  }
  const auto is_trimmed = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!url.empty() && is_trimmed(url.back())) url.pop_back();
  const auto first = std::find_if_not(url.begin(), url.end(), is_trimmed);
  url.erase(url.begin(), first);
  for (const std::string_view scheme : {"http://", "https://", "mailto:"}) {
    if (starts_with_ignoring_case(url, scheme) && url.size() > scheme.size()) return url;
  }
  return std::nullopt;
}

void append_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

/// Re-emits the allowed subset of a parsed fragment. Only tags and text it writes itself reach
/// the output, so whatever the input, the result is balanced and escaped.
class DisplaySanitizer {
 public:
  bool enter(const GumboNode& node) {
    switch (node.type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        write_inline_start();
        inline_since_block_ = true;
        append_escaped(out_, node.v.text.text);
        return false;
      case GUMBO_NODE_WHITESPACE:
        append_escaped(out_, node.v.text.text);
        return false;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        return enter_element(node);
      default:
        return false;  // comments and the document node carry nothing to display
    }
  }

  void leave(const GumboNode&) {
    const OpenElement element = std::move(open_elements_.back());
    open_elements_.pop_back();
    if (element.layout_block) {
      break_pending_ = true;
    } else if (!element.closing_tag.empty()) {
      out_ += element.closing_tag;
      if (!element.inline_tag) mark_block_boundary();
    }
  }

  std::string take_output() { return std::move(out_); }

 private:
  /// What leaving an element descended into must do.
  struct OpenElement {
    std::string closing_tag;    // empty for unwrapped and void elements
    bool inline_tag = false;    // an allowed inline element (no block boundary on close)
    bool layout_block = false;  // an unwrapped block: a line break is owed after it
  };

  bool enter_element(const GumboNode& node) {
    if (is_dropped_element(node)) return false;
    const GumboTag tag = node.v.element.tag;
    std::optional<std::string_view> name = allowed_display_name(tag);
    std::optional<std::string> href;
    if (tag == GUMBO_TAG_A) {
      const GumboAttribute* attribute = gumbo_get_attribute(&node.v.element.attributes, "href");
      if (attribute != nullptr) href = safe_link_target(attribute->value);
      if (!href) name.reset();  // a link to nowhere safe keeps only its text
    }
    if (!name) {
      const bool layout_block = is_layout_block(tag);
      if (layout_block) break_pending_ = true;
      open_elements_.push_back(
          {.closing_tag = {}, .inline_tag = false, .layout_block = layout_block});
      return true;
    }
    open_allowed(tag, *name, href);
    return true;
  }

  void open_allowed(GumboTag tag, std::string_view name, const std::optional<std::string>& href) {
    const bool is_inline = is_inline_display_tag(tag);
    if (is_inline) {
      write_inline_start();
    } else {
      mark_block_boundary();
    }
    out_ += '<';
    out_ += name;
    if (href) {
      out_ += R"( href=")";
      append_escaped(out_, *href);
      out_ += '"';
      out_ += kLinkAttributes;
    }
    out_ += '>';
    if (tag == GUMBO_TAG_BR) {
      open_elements_.push_back({});  // void element: nothing to close
      return;
    }
    open_elements_.push_back({.closing_tag = "</" + std::string(name) + ">",
                              .inline_tag = is_inline,
                              .layout_block = false});
  }

  /// Called before text or an inline tag: pays a line break owed by an unwrapped block, if
  /// text precedes it on the same line.
  void write_inline_start() {
    if (break_pending_ && inline_since_block_) out_ += "<br>";
    break_pending_ = false;
  }

  void mark_block_boundary() {
    break_pending_ = false;
    inline_since_block_ = false;
  }

  std::string out_;
  std::vector<OpenElement> open_elements_;  // one per element descended into
  bool break_pending_ = false;
  bool inline_since_block_ = false;  // text written since the last block boundary
};

std::string_view trim_ascii_spaces(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

bool is_blank(std::string_view line) {
  for (std::size_t pos = 0; pos < line.size();) {
    const std::size_t space = detail::space_length_at(line, pos);
    if (space == 0) return false;
    pos += space;
  }
  return true;
}

}  // namespace

bool looks_like_html(std::string_view input) {
  for (std::size_t lt = input.find('<'); lt != std::string_view::npos;
       lt = input.find('<', lt + 1)) {
    std::string_view rest = input.substr(lt + 1);
    if (rest.starts_with("!--")) return true;
    if (rest.starts_with('/')) rest.remove_prefix(1);
    std::size_t length = 0;
    while (length < rest.size() && length <= kMaxTagNameLength &&
           std::isalnum(static_cast<unsigned char>(rest[length]))) {
      ++length;
    }
    if (length == 0 || length > kMaxTagNameLength || length == rest.size()) continue;
    if (!std::isalpha(static_cast<unsigned char>(rest[0]))) continue;
    const char after = rest[length];
    if (after != '>' && after != '/' && after != ' ' && after != '\t' && after != '\n') continue;
    if (gumbo_tagn_enum(rest.data(), static_cast<unsigned>(length)) != GUMBO_TAG_UNKNOWN) {
      return true;
    }
  }
  return false;
}

std::string sanitize_html(std::string_view html) {
  if (detail::has_no_markup(html)) return escape_html(repair_utf8(html));
  const ParsedFragment fragment(html);
  DisplaySanitizer sanitizer;
  walk_descendants(fragment.root(), sanitizer);
  return sanitizer.take_output();
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped(out, text);
  return out;
}

std::string text_to_html(std::string_view text) {
  std::string out;
  std::vector<std::string_view> paragraph;
  const auto flush_paragraph = [&] {
    if (paragraph.empty()) return;
    out += "<p>";
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
      if (i > 0) out += "<br>";
      append_escaped(out, paragraph[i]);
    }
    out += "</p>";
    paragraph.clear();
  };
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim_ascii_spaces(text.substr(start, end - start));
    if (is_blank(line)) {
      flush_paragraph();
    } else {
      paragraph.push_back(line);
    }
    if (text.substr(end).starts_with("\r\n")) ++end;
    start = end + 1;
  }
  flush_paragraph();
  return out;
}

}  // namespace jobmatch::text
