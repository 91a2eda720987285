#pragma once
// Legacy 8-bit text made UTF-8. Feeds exported from spreadsheets or older French and Tunisian
// job boards are often Windows-1252; replacing their accents with U+FFFD would lose them.

#include <string>
#include <string_view>

namespace jobmatch::text {

/// Windows-1252 bytes as UTF-8 (a superset of Latin-1: 0x80-0x9F hold €, ‘ ’ “ ” – — œ ...;
/// the five undefined bytes map to U+FFFD).
std::string decode_windows_1252(std::string_view input);

/// UTF-8 for text of unknown 8-bit encoding: valid UTF-8 is kept; text with bytes above 0x7F
/// and no valid multi-byte UTF-8 sequence at all is read as Windows-1252; anything else is
/// UTF-8 with its invalid sequences replaced by U+FFFD.
std::string decode_to_utf8(std::string_view input);

}  // namespace jobmatch::text
