// Plain-text CVs: UTF-8 (with or without BOM), UTF-16 (with BOM, or recognisable without), and
// the Windows-1252 / Latin-1 files older editors still write.

#include <cstdint>

#include "documents/raw_text.hpp"
#include "documents/text_sniff.hpp"
#include "text/encoding.hpp"
#include "text/unicode.hpp"

namespace jobmatch::documents {
namespace {

constexpr std::size_t kSniffWindow = 64 * 1024;

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// Share of zero bytes at even and odd offsets of the first 4 KB: ASCII text in UTF-16LE has
// zeros at odd offsets, in UTF-16BE at even ones.
struct ZeroProfile {
  double even = 0;
  double odd = 0;
};

ZeroProfile zero_profile(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 4) return {};
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  const double pairs = static_cast<double>(n / 2);
  return {even / pairs, odd / pairs};
}

}  // namespace

TextEncoding detect_text_encoding(std::string_view bytes) {
  if (starts_with(bytes, "\xFF\xFE")) return TextEncoding::kUtf16Le;
  if (starts_with(bytes, "\xFE\xFF")) return TextEncoding::kUtf16Be;
  const ZeroProfile zeros = zero_profile(bytes);
  if (zeros.odd > 0.4 && zeros.even < 0.05) return TextEncoding::kUtf16Le;
  if (zeros.even > 0.4 && zeros.odd < 0.05) return TextEncoding::kUtf16Be;
  if (starts_with(bytes, "\xEF\xBB\xBF") || text::is_valid_utf8(bytes)) {
    return TextEncoding::kUtf8;
  }
  return TextEncoding::kLegacy8Bit;
}

bool looks_like_text(std::string_view bytes) {
  const TextEncoding encoding = detect_text_encoding(bytes);
  if (encoding == TextEncoding::kUtf16Le || encoding == TextEncoding::kUtf16Be) return true;
  const std::string_view window = bytes.substr(0, kSniffWindow);
  std::size_t controls = 0;
  for (const char c : window) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) return false;
    const bool layout =
        byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v';
    if ((byte < 0x20 && !layout) || byte == 0x7F) ++controls;
  }
  // A stray escape byte happens in real exports; binary formats have them everywhere.
  return controls * 100 <= window.size();
}

std::string decode_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit_at = [&](std::size_t i) -> std::uint32_t {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return (static_cast<std::uint32_t>(hi) << 8) | lo;
  };
  constexpr std::uint32_t kReplacement = 0xFFFD;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    const std::uint32_t unit = unit_at(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      const std::uint32_t next = unit_at(i + 2);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        text::append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00));
        i += 2;
        continue;
      }
    }
    text::append_utf8(out, (unit >= 0xD800 && unit <= 0xDFFF) ? kReplacement : unit);
  }
  return out;
}

core::Result<RawText> read_text_file(std::string_view bytes, const ExtractionLimits&) {
  RawText raw;
  switch (detect_text_encoding(bytes)) {
    case TextEncoding::kUtf16Le:
      if (starts_with(bytes, "\xFF\xFE")) bytes.remove_prefix(2);
      raw.text = decode_utf16(bytes, true);
      break;
    case TextEncoding::kUtf16Be:
      if (starts_with(bytes, "\xFE\xFF")) bytes.remove_prefix(2);
      raw.text = decode_utf16(bytes, false);
      break;
    case TextEncoding::kUtf8:
    case TextEncoding::kLegacy8Bit:
      // decode_to_utf8 keeps UTF-8 (repairing stray bytes) and reads text without any valid
      // multi-byte sequence as Windows-1252, the superset of Latin-1 editors write.
      if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
      raw.text = text::decode_to_utf8(bytes);
      break;
  }
  return raw;
}

}  // namespace jobmatch::documents
