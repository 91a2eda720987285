#include "documents/docx_body.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "documents/docx_xml.hpp"
#include "text/unicode.hpp"

namespace jobmatch::documents {
namespace {

/// Real documents nest a few dozen levels (tables in text boxes in tables); the walk is
/// recursive, so a hostile part nesting millions of elements must stop here, not on the stack.
constexpr int kMaxDepth = 256;

/// The bold-paragraph heuristic only applies to short lines: a bold sentence is emphasis.
constexpr std::size_t kMaxBoldHeadingChars = 60;

/// Elements whose content is not visible text: properties, deleted or moved-away revisions,
/// field instructions and binary field data, ruby annotations.
bool is_skipped(std::string_view local) {
  constexpr std::array<std::string_view, 17> kSkipped = {
      "del",      "moveFrom", "delText", "instrText", "delInstrText", "rPr",     "pPr",
      "sectPr",   "tblPr",    "tblGrid", "trPr",      "tcPr",         "tblPrEx", "sdtPr",
      "sdtEndPr", "fldData",  "rt"};
  return std::find(kSkipped.begin(), kSkipped.end(), local) != kSkipped.end();
}

bool has_visible_text(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") != std::string_view::npos;
}

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

/// A w:sym character. Symbol-font characters are stored in the private-use area (U+F0xx) and
/// mean nothing without the font; the few glyphs CVs use (bullets, ticks, arrows, contact
/// icons) are mapped to their Unicode look-alikes, the others dropped.
char32_t symbol_character(pugi::xml_node sym) {
  const std::string_view hex = attribute_value(sym, "char");
  unsigned code = 0;
  if (std::from_chars(hex.data(), hex.data() + hex.size(), code, 16).ec != std::errc{}) return 0;
  if (code < 0xF000 || code > 0xF0FF) return code >= 0x20 ? code : 0;
  struct Glyph {
    bool wingdings;
    unsigned code;
    char32_t character;
  };
  constexpr std::array<Glyph, 13> kGlyphs = {{{false, 0xB7, U'•'},
                                              {true, 0x9F, U'•'},
                                              {true, 0xA7, U'▪'},
                                              {true, 0xA8, U'◻'},
                                              {true, 0x6C, U'●'},
                                              {true, 0x6E, U'■'},
                                              {true, 0x71, U'❑'},
                                              {true, 0x76, U'❖'},
                                              {true, 0xD8, U'➢'},
                                              {true, 0xFC, U'✓'},
                                              {true, 0xFB, U'✗'},
                                              {true, 0x28, U'☎'},
                                              {true, 0x2A, U'✉'}}};
  const bool wingdings = attribute_value(sym, "font").starts_with("Wingdings");
  for (const Glyph& glyph : kGlyphs) {
    if (glyph.wingdings == wingdings && glyph.code == code - 0xF000) return glyph.character;
  }
  return 0;
}

/// What a paragraph's runs produce before it becomes a line.
struct ParagraphText {
  std::string_view style_id;
  std::optional<bool> mark_bold;  // w:pPr/w:rPr/w:b, the paragraph mark's formatting
  std::string text;
  bool any_visible_run = false;
  bool all_runs_bold = true;
  std::vector<pugi::xml_node> text_boxes;  // written after the paragraph's own line
};

class PartWriter {
 public:
  PartWriter(const pugi::xml_document& part, const DocxStyles& styles)
      : names_(part.document_element()), styles_(styles) {}

  bool too_deep() const { return too_deep_; }

  /// Block-level content: paragraphs, tables, and containers of them (w:body, w:sdtContent,
  /// w:txbxContent, w:customXml, w:ins...).
  void write_blocks(pugi::xml_node parent, std::vector<DocxLine>& out, int depth) {
    if (!enter(depth)) return;
    for (const pugi::xml_node node : parent.children()) write_block(node, out, depth + 1);
  }

 private:
  bool enter(int depth) {
    if (depth > kMaxDepth) too_deep_ = true;
    return !too_deep_;
  }

  /// Word writes new features in mc:Choice and a copy for older readers in mc:Fallback; both
  /// hold the same text, so exactly one is read.
  pugi::xml_node chosen_branch(pugi::xml_node alternate) const {
    pugi::xml_node fallback;
    for (const pugi::xml_node branch : alternate.children()) {
      const std::string_view local = names_.compat(branch);
      if (local == "Choice") return branch;
      if (local == "Fallback" && !fallback) fallback = branch;
    }
    return fallback;
  }

  void write_block(pugi::xml_node node, std::vector<DocxLine>& out, int depth) {
    if (names_.compat(node) == "AlternateContent") {
      write_blocks(chosen_branch(node), out, depth);
      return;
    }
    const std::string_view local = names_.word(node);
    if (is_skipped(local)) return;
    if (local == "p") {
      write_paragraph(node, out, depth);
    } else if (local == "tbl") {
      write_table(node, out, depth);
    } else {
      write_blocks(node, out, depth);
    }
  }

  void write_paragraph(pugi::xml_node paragraph, std::vector<DocxLine>& out, int depth) {
    const pugi::xml_node properties = names_.child(paragraph, "pPr");
    ParagraphText content;
    content.style_id = attribute_value(names_.child(properties, "pStyle"), "val");
    if (const pugi::xml_node bold = names_.child(names_.child(properties, "rPr"), "b")) {
      content.mark_bold = is_on(bold);
    }
    for (const pugi::xml_node node : paragraph.children()) collect_inline(node, content, depth + 1);

    const bool styled_heading = is_heading(properties, content.style_id);
    const bool list_item = !styled_heading && is_list_item(properties, content.style_id);
    const std::string_view visible = trim(content.text);
    DocxLine line;
    if (!visible.empty()) {
      const bool has_bullet = visible.starts_with("•");
      line.text = list_item && !has_bullet ? "• " + content.text : std::move(content.text);
      line.heading =
          styled_heading || (!list_item && content.any_visible_run && content.all_runs_bold &&
                             text::count_code_points(visible) <= kMaxBoldHeadingChars);
    }
    out.push_back(std::move(line));
    for (const pugi::xml_node box : content.text_boxes) write_blocks(box, out, depth + 1);
  }

  bool is_heading(pugi::xml_node properties, std::string_view style_id) const {
    const std::string_view level = attribute_value(names_.child(properties, "outlineLvl"), "val");
    // Outline levels 0-8 are the heading levels of the navigation pane; 9 is body text.
    if (level.size() == 1 && level[0] >= '0' && level[0] <= '8') return true;
    return styles_.is_heading(style_id);
  }

  bool is_list_item(pugi::xml_node properties, std::string_view style_id) const {
    if (const pugi::xml_node numbering = names_.child(properties, "numPr")) {
      const std::string_view num_id = attribute_value(names_.child(numbering, "numId"), "val");
      if (!num_id.empty()) return num_id != "0";  // numId 0 removes the style's numbering
    }
    return styles_.is_numbered(style_id);
  }

  /// Inline content of a paragraph: runs and the containers around them (hyperlinks, fields,
  /// content controls, smart tags, insertions).
  void collect_inline(pugi::xml_node node, ParagraphText& content, int depth) {
    if (!enter(depth)) return;
    if (names_.compat(node) == "AlternateContent") {
      for (const pugi::xml_node child : chosen_branch(node).children()) {
        collect_inline(child, content, depth + 1);
      }
      return;
    }
    const std::string_view local = names_.word(node);
    if (is_skipped(local)) return;
    if (local == "t") {
      content.text += node.text().get();
    } else if (local == "tab" || local == "ptab") {
      content.text += '\t';
    } else if (local == "br" || local == "cr") {
      content.text += '\n';
    } else if (local == "noBreakHyphen") {
      content.text += '-';
    } else if (local == "sym") {
      if (const char32_t character = symbol_character(node)) {
        text::append_utf8(content.text, character);
      }
    } else if (local == "txbxContent") {
      content.text_boxes.push_back(node);
    } else if (local == "r") {
      collect_run(node, content, depth);
    } else {
      // Hyperlinks, fields, drawings (which may hold a text box)...: only their w:t are text.
      for (const pugi::xml_node child : node.children()) collect_inline(child, content, depth + 1);
    }
  }

  void collect_run(pugi::xml_node run, ParagraphText& content, int depth) {
    const std::size_t before = content.text.size();
    for (const pugi::xml_node child : run.children()) collect_inline(child, content, depth + 1);
    if (!has_visible_text(std::string_view(content.text).substr(before))) return;
    content.any_visible_run = true;
    if (!is_bold(run, content)) content.all_runs_bold = false;
  }

  /// Direct formatting wins over the run's character style, which wins over the paragraph's.
  /// A run with no properties at all takes the paragraph mark's bold: Word would not show it
  /// bold, but tools that rewrite runs (the anonymiser of a corpus we test on, some converters)
  /// drop run properties and leave the mark's, which still says how the line was formatted.
  bool is_bold(pugi::xml_node run, const ParagraphText& content) const {
    const pugi::xml_node properties = names_.child(run, "rPr");
    if (!properties && content.mark_bold) return *content.mark_bold;
    if (const pugi::xml_node bold = names_.child(properties, "b")) return is_on(bold);
    const std::string_view run_style = attribute_value(names_.child(properties, "rStyle"), "val");
    if (!run_style.empty()) {
      if (const std::optional<bool> bold = styles_.bold(run_style)) return *bold;
    }
    return styles_.bold(content.style_id).value_or(false);
  }

  void write_table(pugi::xml_node table, std::vector<DocxLine>& out, int depth) {
    if (!enter(depth)) return;
    for (const pugi::xml_node node : table.children()) {
      const std::string_view local = names_.word(node);
      if (is_skipped(local)) continue;
      if (local == "tr") {
        write_row(node, out, depth + 1);
      } else {
        write_table(node, out, depth + 1);  // rows wrapped in a content control or custom XML
      }
    }
  }

  void collect_cells(pugi::xml_node parent, std::vector<std::vector<DocxLine>>& cells, int depth) {
    if (!enter(depth)) return;
    for (const pugi::xml_node node : parent.children()) {
      const std::string_view local = names_.word(node);
      if (is_skipped(local)) continue;
      if (local == "tc") {
        write_blocks(node, cells.emplace_back(), depth + 1);
      } else {
        collect_cells(node, cells, depth + 1);
      }
    }
  }

  void write_row(pugi::xml_node row, std::vector<DocxLine>& out, int depth) {
    std::vector<std::vector<DocxLine>> cells;
    collect_cells(row, cells, depth);
    const auto non_empty = [](const std::vector<DocxLine>& cell) {
      return std::count_if(cell.begin(), cell.end(),
                           [](const DocxLine& line) { return !line.text.empty(); });
    };
    const bool one_line_per_cell =
        std::all_of(cells.begin(), cells.end(), [&](const std::vector<DocxLine>& cell) {
          return non_empty(cell) <= 1 &&
                 std::none_of(cell.begin(), cell.end(), [](const DocxLine& line) {
                   return line.text.find('\n') != std::string::npos;
                 });
        });
    if (!one_line_per_cell) {
      for (std::vector<DocxLine>& cell : cells)
        std::move(cell.begin(), cell.end(), std::back_inserter(out));
      return;
    }
    DocxLine joined;
    int filled = 0;
    for (const std::vector<DocxLine>& cell : cells) {
      for (const DocxLine& line : cell) {
        if (line.text.empty()) continue;
        if (filled++ > 0) joined.text += " | ";
        joined.text += line.text;
        joined.heading = line.heading;
      }
    }
    // A row with one filled cell is a layout line ("EXPERIENCE" in a banner); with several, the
    // joined line is data, not a heading.
    joined.heading = joined.heading && filled == 1;
    out.push_back(std::move(joined));
  }

  OoxmlNames names_;
  const DocxStyles& styles_;
  bool too_deep_ = false;
};

}  // namespace

core::Result<std::vector<DocxLine>> extract_part_lines(const pugi::xml_document& part,
                                                       const DocxStyles& styles) {
  PartWriter writer(part, styles);
  std::vector<DocxLine> lines;
  writer.write_blocks(part.document_element(), lines, 0);
  if (writer.too_deep()) {
    return core::fail(core::ErrorCode::kUnprocessable,
                      "Le document Word a une structure trop imbriquée pour être lue (plus de " +
                          std::to_string(kMaxDepth) +
                          " niveaux). Réenregistrez-le avec Word (ou LibreOffice) ou envoyez-le "
                          "en PDF.",
                      "xml nesting beyond the reader's depth limit");
  }
  return lines;
}

}  // namespace jobmatch::documents
