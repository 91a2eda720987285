#pragma once
// Plain-text detection and decoding; internal to the documents module.

#include <string>
#include <string_view>

namespace jobmatch::documents {

/// How a plain-text file is encoded, as far as its bytes tell.
enum class TextEncoding { kUtf8, kUtf16Le, kUtf16Be, kLegacy8Bit };

/// UTF-16 is recognised by its byte-order mark or, without one, by the zero bytes of its
/// ASCII characters; otherwise UTF-8 unless it does not decode as UTF-8 at all.
TextEncoding detect_text_encoding(std::string_view bytes);

/// True for bytes a person would call a text file: UTF-16, or no NUL byte and almost no
/// control characters in the first 64 KB.
bool looks_like_text(std::string_view bytes);

/// UTF-16 code units as UTF-8; unpaired surrogates become U+FFFD, a trailing odd byte is dropped.
std::string decode_utf16(std::string_view bytes, bool little_endian);

}  // namespace jobmatch::documents
