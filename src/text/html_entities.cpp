// HTML character references in text that is not markup: postings delivered as plain text still
// carry "exp&eacute;rience", "l&apos;autorit&eacute;" or escaped markup ("&lt;p&gt;"), which
// would otherwise split words for matching and show as such on pages.

#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/encoding.hpp"
#include "text/html.hpp"
#include "text/unicode.hpp"

namespace jobmatch::text {
namespace {

constexpr std::size_t kMaxReferenceLength = 10;  // "&#x10FFFF;" and "&thinsp;" fit

// The HTML 4 Latin-1 names, in code point order from U+00A0.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct NamedReference {
  std::string_view name;
  char32_t code_point;
};

// The XML five and the punctuation and letters postings use outside Latin-1.
constexpr std::array<NamedReference, 36> kOtherNames = {{
    {"amp", U'&'},         {"lt", U'<'},          {"gt", U'>'},          {"quot", U'"'},
    {"apos", U'\''},       {"OElig", U'\u0152'},  {"oelig", U'\u0153'},  {"Scaron", U'\u0160'},
    {"scaron", U'\u0161'}, {"Yuml", U'\u0178'},   {"circ", U'\u02C6'},   {"tilde", U'\u02DC'},
    {"ensp", U'\u2002'},   {"emsp", U'\u2003'},   {"thinsp", U'\u2009'}, {"ndash", U'\u2013'},
    {"mdash", U'\u2014'},  {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'},  {"sbquo", U'\u201A'},
    {"ldquo", U'\u201C'},  {"rdquo", U'\u201D'},  {"bdquo", U'\u201E'},  {"dagger", U'\u2020'},
    {"Dagger", U'\u2021'}, {"bull", U'\u2022'},   {"hellip", U'\u2026'}, {"permil", U'\u2030'},
    {"lsaquo", U'\u2039'}, {"rsaquo", U'\u203A'}, {"euro", U'\u20AC'},   {"trade", U'\u2122'},
    {"larr", U'\u2190'},   {"rarr", U'\u2192'},   {"check", U'\u2713'},  {"hyphen", U'\u2010'},
}};

/// The code point of a named reference ("eacute"), 0 when the name is unknown.
char32_t named_code_point(std::string_view name) {
  for (std::size_t i = 0; i < kLatin1Names.size(); ++i) {
    if (kLatin1Names[i] == name) return static_cast<char32_t>(0xA0 + i);
  }
  for (const NamedReference& reference : kOtherNames) {
    if (reference.name == name) return reference.code_point;
  }
  return 0;
}

/// The code point of a numeric reference body ("#233", "#x9C"), U+FFFD when out of range, 0
/// when it is not a number.
char32_t numeric_code_point(std::string_view body) {
  const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  const std::string_view digits = body.substr(hex ? 2 : 1);
  std::uint32_t value = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return 0;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  return value;
}

/// Appends the character of the reference `body` (between '&' and ';'); false when it is none.
bool append_reference(std::string_view body, std::string& out) {
  const char32_t code_point =
      body.starts_with('#') ? numeric_code_point(body) : named_code_point(body);
  if (code_point == 0) return false;
  if (code_point == 0xA0) {
    out.push_back(' ');  // a no-break space is a space for reading
  } else if (code_point >= 0x80 && code_point <= 0x9F) {
    // As browsers do: these numbers name the Windows-1252 characters ("&#x9C;" is "œ").
    out += decode_windows_1252(std::string(1, static_cast<char>(code_point)));
  } else {
    append_utf8(out, code_point);
  }
  return true;
}

}  // namespace

std::string decode_character_references(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  std::size_t done = 0;
  for (std::size_t amp = input.find('&'); amp != std::string_view::npos;
       amp = input.find('&', amp + 1)) {
    const std::size_t semicolon = input.substr(amp, kMaxReferenceLength + 2).find(';');
    if (semicolon == std::string_view::npos || semicolon < 2) continue;
    std::string decoded;
    if (!append_reference(input.substr(amp + 1, semicolon - 1), decoded)) continue;
    out.append(input.substr(done, amp - done));
    out += decoded;
    done = amp + semicolon + 1;
    amp = done - 1;
  }
  out.append(input.substr(done));
  return out;
}

}  // namespace jobmatch::text
