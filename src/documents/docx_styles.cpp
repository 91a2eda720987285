#include "documents/docx_styles.hpp"

#include <array>
#include <cctype>
#include <charconv>

#include "documents/docx_xml.hpp"

namespace jobmatch::documents {
namespace {

/// basedOn chains are short in practice; the bound also stops a cycle in a hostile file.
constexpr int kMaxStyleDepth = 16;

std::string lower_ascii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

/// "Heading3" with stem "heading" (compared lower-case): the stem then one digit 1-9.
bool is_stem_and_level(std::string_view id, std::string_view stem) {
  return id.size() == stem.size() + 1 && id.starts_with(stem) && id.back() >= '1' &&
         id.back() <= '9';
}

bool is_heading_id(std::string_view style_id) {
  const std::string id = lower_ascii(style_id);
  return id == "title" || id == "titre" || is_stem_and_level(id, "heading") ||
         is_stem_and_level(id, "titre");
}

bool is_heading_name(std::string_view lower_name) {
  constexpr std::array<std::string_view, 3> kStems = {"heading", "titre", "title"};
  for (const std::string_view stem : kStems) {
    if (lower_name.starts_with(stem)) return true;
  }
  return false;
}

}  // namespace

DocxStyles::DocxStyles(const pugi::xml_document& styles_xml) {
  const pugi::xml_node root = styles_xml.document_element();
  const OoxmlNames names(root);
  for (const pugi::xml_node node : root.children()) {
    if (names.word(node) != "style") continue;
    Style style;
    style.name = lower_ascii(attribute_value(names.child(node, "name"), "val"));
    style.based_on = attribute_value(names.child(node, "basedOn"), "val");
    if (const pugi::xml_node bold = names.child(names.child(node, "rPr"), "b")) {
      style.bold = is_on(bold);
    }
    const pugi::xml_node paragraph = names.child(node, "pPr");
    if (const pugi::xml_node numbering = names.child(paragraph, "numPr")) {
      const std::string_view num_id = attribute_value(names.child(numbering, "numId"), "val");
      style.numbered = !num_id.empty() && num_id != "0";  // numId 0 removes inherited numbering
    }
    const std::string_view level = attribute_value(names.child(paragraph, "outlineLvl"), "val");
    int value = 0;
    if (std::from_chars(level.data(), level.data() + level.size(), value).ec == std::errc{}) {
      style.outline_level = value;
    }
    styles_.insert_or_assign(std::string(attribute_value(node, "styleId")), std::move(style));
  }
}

template <typename Get>
auto DocxStyles::inherited(std::string_view style_id, Get get) const -> decltype(get(Style{})) {
  std::string id(style_id);
  for (int depth = 0; depth < kMaxStyleDepth && !id.empty(); ++depth) {
    const auto found = styles_.find(id);
    if (found == styles_.end()) break;
    if (auto value = get(found->second)) return value;
    id = found->second.based_on;
  }
  return {};
}

bool DocxStyles::is_heading(std::string_view style_id) const {
  if (style_id.empty()) return false;
  if (is_heading_id(style_id)) return true;
  const auto found = styles_.find(std::string(style_id));
  if (found != styles_.end() && is_heading_name(found->second.name)) return true;
  // Outline level 9 means "body text"; 0-8 are the levels shown in the navigation pane.
  const std::optional<int> level =
      inherited(style_id, [](const Style& style) { return style.outline_level; });
  return level && *level >= 0 && *level <= 8;
}

std::optional<bool> DocxStyles::bold(std::string_view style_id) const {
  return inherited(style_id, [](const Style& style) { return style.bold; });
}

bool DocxStyles::is_numbered(std::string_view style_id) const {
  return inherited(style_id, [](const Style& style) { return style.numbered; }).value_or(false);
}

}  // namespace jobmatch::documents
