#pragma once
// What the DOCX reader needs from word/styles.xml: which paragraph styles are headings, bold or
// numbered lists. Internal to documents.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

namespace jobmatch::documents {

/// Styles by styleId. Lookups follow w:basedOn, as Word does, for inherited properties.
class DocxStyles {
 public:
  DocxStyles() = default;  // no styles.xml: only the styleId conventions are known

  /// Reads the w:style elements of a parsed styles.xml.
  explicit DocxStyles(const pugi::xml_document& styles_xml);

  /// Heading1..9, Titre1..9, Title, Titre (the localised ids Word writes), a style whose name
  /// starts with "heading", "titre" or "title" (names are English even in a French Word), or
  /// one with an outline level (how custom and other-language heading styles are marked).
  bool is_heading(std::string_view style_id) const;

  /// Whether the style (or one it is based on) sets bold; nullopt when none says.
  std::optional<bool> bold(std::string_view style_id) const;

  /// Whether the style attaches a list numbering (List Bullet and the like).
  bool is_numbered(std::string_view style_id) const;

 private:
  struct Style {
    std::string name;  // lower-case
    std::string based_on;
    std::optional<bool> bold;
    std::optional<bool> numbered;
    std::optional<int> outline_level;
  };

  /// Walks `style_id` and its ancestors until `get` returns a value.
  template <typename Get>
  auto inherited(std::string_view style_id, Get get) const -> decltype(get(Style{}));

  std::unordered_map<std::string, Style> styles_;
};

}  // namespace jobmatch::documents
