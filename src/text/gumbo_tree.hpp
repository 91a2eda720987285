#pragma once
// Internal to the text module: an owned gumbo parse of an HTML fragment and a depth-first walk
// over it. Not part of the module's API.

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.hpp"

namespace jobmatch::text::detail {

/// A posting's HTML parsed as the content of a <div> (the HTML5 fragment algorithm), so that
/// stray <html>/<head>/<body> tags are ignored and everything lands under one root.
class ParsedFragment {
 public:
  explicit ParsedFragment(std::string_view html)
      // gumbo keeps pointers into the buffer and expects UTF-8, hence an owned, repaired copy.
      : buffer_(repair_utf8(html)), options_(make_options()) {
    output_ = gumbo_parse_with_options(&options_, buffer_.data(), buffer_.size());
  }
  ~ParsedFragment() { gumbo_destroy_output(&options_, output_); }
  ParsedFragment(const ParsedFragment&) = delete;
  ParsedFragment& operator=(const ParsedFragment&) = delete;

  /// The synthetic root element whose children are the fragment's top-level nodes.
  const GumboNode& root() const { return *output_->root; }

 private:
  static GumboOptions make_options() {
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_DIV;
    options.max_errors = 0;  // parse errors are not used; recording them costs memory
    return options;
  }

  std::string buffer_;
  GumboOptions options_;
  GumboOutput* output_ = nullptr;
};

inline const GumboVector* children_of(const GumboNode& node) {
  if (node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE) {
    return &node.v.element.children;
  }
  if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
  return nullptr;
}

/// Visits the descendants of `root` in document order. `visitor.enter(node)` returns whether to
/// descend into the node; `visitor.leave(node)` is called after the children of every node
/// descended into. Iterative, because scraped pages can nest elements thousands deep.
template <typename Visitor>
void walk_descendants(const GumboNode& root, Visitor& visitor) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  std::vector<Frame> stack{{&root, 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector* children = children_of(*frame.node);
    if (children == nullptr || frame.next_child >= children->length) {
      const GumboNode* finished = frame.node;
      stack.pop_back();
      if (!stack.empty()) visitor.leave(*finished);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
    if (visitor.enter(*child)) stack.push_back({child, 0});
  }
}

}  // namespace jobmatch::text::detail
