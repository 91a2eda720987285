#pragma once
// OCR of page images with tesseract (English + French); internal to the documents module.

#include <chrono>
#include <memory>
#include <string>

#include "core/error.hpp"

struct Pix;  // leptonica's image type

namespace jobmatch::documents {

struct PixDeleter {
  void operator()(Pix* pix) const;
};
/// Owning leptonica image.
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

/// An 8-bit grey image copied from rows of `width` bytes spaced `stride` bytes apart.
PixPtr make_gray_pix(int width, int height, int stride, const char* data);

/// What tesseract read on one image.
struct OcrPage {
  std::string text;
  bool timed_out = false;  // the deadline stopped recognition; text may be partial
};

/// Joins the letters OCR splits off letter-spaced words (large CV names and headings): a lone
/// capital before a lower-case word ("H arvey" -> "Harvey") and a lone lower-case letter after
/// a word ("Den t" -> "Dent"), except letters that are words themselves (a, à, y, A, I, Y, À).
std::string rejoin_split_letters(std::string_view ocr_text);

/// Recognises the text of `image` (`dpi` 0 when unknown) within `timeout`. kUnavailable when
/// the engine cannot start.
core::Result<OcrPage> recognise_text(Pix* image, int dpi, std::chrono::milliseconds timeout);

}  // namespace jobmatch::documents
