#include "documents/docx_xml.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace jobmatch::documents {
namespace {

constexpr std::string_view kWordTransitional =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMarkupCompatibility =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Local name when `qualified` carries one of `prefixes`, else "".
std::string_view local_if_prefixed(std::string_view qualified,
                                   const std::vector<std::string>& prefixes) {
  const std::size_t colon = qualified.find(':');
  const std::string_view prefix =
      colon == std::string_view::npos ? std::string_view{} : qualified.substr(0, colon);
  const bool bound = std::find(prefixes.begin(), prefixes.end(), prefix) != prefixes.end();
  if (!bound) return {};
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

}  // namespace

core::Result<std::unique_ptr<pugi::xml_document>> parse_xml_part(std::string_view part_name,
                                                                 std::string_view xml) {
  auto document = std::make_unique<pugi::xml_document>();
  // parse_ws_pcdata_single keeps `<w:t xml:space="preserve"> </w:t>`, the space Word puts
  // between two runs. DOCTYPE is not parsed (no parse_doctype) and pugixml never loads external
  // entities, so a hostile part cannot expand or fetch anything.
  const pugi::xml_parse_result parsed = document->load_buffer(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    return core::fail(
        core::ErrorCode::kUnprocessable,
        "Le fichier DOCX est corrompu : une de ses parties n'est pas du XML valide. "
        "Réenregistrez-le avec Word (ou LibreOffice) ou envoyez-le en PDF.",
        fmt::format("{}: {} at offset {}", part_name, parsed.description(), parsed.offset));
  }
  return document;
}

OoxmlNames::OoxmlNames(pugi::xml_node root) {
  for (const pugi::xml_attribute attribute : root.attributes()) {
    const std::string_view name = attribute.name();
    const std::string_view value = attribute.value();
    if (name != "xmlns" && !name.starts_with("xmlns:")) continue;
    const std::string prefix(name == "xmlns" ? std::string_view{} : name.substr(6));
    if (value == kWordTransitional || value == kWordStrict) word_prefixes_.push_back(prefix);
    if (value == kMarkupCompatibility) compat_prefixes_.push_back(prefix);
  }
  // A part without declarations on its root is unusual; assume the conventional prefixes.
  if (word_prefixes_.empty()) word_prefixes_.emplace_back("w");
  if (compat_prefixes_.empty()) compat_prefixes_.emplace_back("mc");
}

std::string_view OoxmlNames::word(pugi::xml_node node) const {
  if (node.type() != pugi::node_element) return {};
  return local_if_prefixed(node.name(), word_prefixes_);
}

std::string_view OoxmlNames::compat(pugi::xml_node node) const {
  if (node.type() != pugi::node_element) return {};
  return local_if_prefixed(node.name(), compat_prefixes_);
}

pugi::xml_node OoxmlNames::child(pugi::xml_node node, std::string_view local) const {
  for (const pugi::xml_node candidate : node.children()) {
    if (word(candidate) == local) return candidate;
  }
  return {};
}

std::string_view local_name(std::string_view qualified) {
  const std::size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::string_view attribute_value(pugi::xml_node node, std::string_view local) {
  for (const pugi::xml_attribute attribute : node.attributes()) {
    if (local_name(attribute.name()) == local) return attribute.value();
  }
  return {};
}

bool is_on(pugi::xml_node property) {
  if (!property) return false;
  const std::string_view value = attribute_value(property, "val");
  return value != "0" && value != "false" && value != "off" && value != "none";
}

}  // namespace jobmatch::documents
