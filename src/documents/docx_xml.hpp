#pragma once
// XML helpers for the DOCX reader: parsing one part with pugixml, and matching WordprocessingML
// names whatever prefix the document bound to the namespace ("w" by convention only). Internal.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "core/error.hpp"

namespace jobmatch::documents {

/// Parses one part; kUnprocessable when it is not well-formed XML.
core::Result<std::unique_ptr<pugi::xml_document>> parse_xml_part(std::string_view part_name,
                                                                 std::string_view xml);

/// The prefixes a part binds to the WordprocessingML (transitional or strict) and
/// markup-compatibility namespaces, read from its root element.
class OoxmlNames {
 public:
  explicit OoxmlNames(pugi::xml_node root);

  /// Local name of `node` when it is in the WordprocessingML namespace ("p", "r"...), else "".
  std::string_view word(pugi::xml_node node) const;

  /// Local name when in the markup-compatibility namespace ("AlternateContent"...), else "".
  std::string_view compat(pugi::xml_node node) const;

  /// First WordprocessingML child of `node` called `local`, or an empty node.
  pugi::xml_node child(pugi::xml_node node, std::string_view local) const;

 private:
  std::vector<std::string> word_prefixes_;  // "" stands for the default namespace
  std::vector<std::string> compat_prefixes_;
};

/// Part after the colon of a qualified name ("w:val" -> "val").
std::string_view local_name(std::string_view qualified);

/// Value of the attribute whose local name is `local`, whatever its prefix; "" when absent.
/// Word always writes w:val, but a default-namespace document may carry unprefixed ones.
std::string_view attribute_value(pugi::xml_node node, std::string_view local);

/// Word's on/off properties (w:b, w:vanish...): on when present without w:val or with a value
/// other than 0/false/off. An empty node is off.
bool is_on(pugi::xml_node property);

}  // namespace jobmatch::documents
