// Photos and scans of a CV (PNG, JPEG, TIFF with one page per image) read by OCR.

#include <leptonica/allheaders.h>

#include <chrono>

#include "documents/ocr.hpp"
#include "documents/raw_text.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;
using Clock = std::chrono::steady_clock;

// Decoding allocates width x height x 4 bytes before anything else can be checked, so the
// declared size is checked first: 60 Mpixels is an A4 page scanned at 600 dpi, twice over.
constexpr double kMaxImagePixels = 60e6;

const auto* as_bytes(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

core::Result<void> check_declared_size(std::string_view bytes) {
  l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, iscmap = 0;
  if (pixReadHeaderMem(as_bytes(bytes), bytes.size(), &format, &width, &height, &bps, &spp,
                       &iscmap) != 0 ||
      width <= 0 || height <= 0) {
    return core::fail(ErrorCode::kUnprocessable,
                      "L'image est corrompue ou tronquée : elle ne peut pas être lue.");
  }
  if (static_cast<double>(width) * height > kMaxImagePixels) {
    return core::fail(ErrorCode::kTooLarge, "L'image mesure " + std::to_string(width) + " x " +
                                                std::to_string(height) +
                                                " pixels ; la limite est de 60 millions de "
                                                "pixels. Réduisez sa résolution.");
  }
  return {};
}

// Pages of the image: one for PNG and JPEG, each directory of a TIFF.
core::Result<std::vector<PixPtr>> decode_pages(std::string_view bytes, DocumentType type,
                                               const ExtractionLimits& limits) {
  std::vector<PixPtr> pages;
  if (type != DocumentType::kTiff) {
    PixPtr pix(pixReadMem(as_bytes(bytes), bytes.size()));
    if (pix) pages.push_back(std::move(pix));
  } else {
    std::size_t offset = 0;
    do {
      PixPtr pix(pixReadMemFromMultipageTiff(as_bytes(bytes), bytes.size(), &offset));
      if (!pix) break;
      if (static_cast<int>(pages.size()) == limits.max_pages) {
        return core::fail(ErrorCode::kTooLarge, "Le fichier TIFF compte plus de " +
                                                    std::to_string(limits.max_pages) +
                                                    " pages ; c'est la limite pour un CV.");
      }
      pages.push_back(std::move(pix));
    } while (offset != 0);
  }
  if (pages.empty()) {
    return core::fail(ErrorCode::kUnprocessable,
                      "L'image est corrompue ou tronquée : elle ne peut pas être lue.");
  }
  return pages;
}

}  // namespace

core::Result<RawText> read_image(std::string_view bytes, DocumentType type,
                                 const ExtractionLimits& limits) {
  if (!limits.allow_ocr || !ocr_available()) {
    return core::fail(ErrorCode::kUnprocessable,
                      "Les images ne peuvent pas être lues : la reconnaissance de texte (OCR) "
                      "n'est pas disponible. Envoyez votre CV en PDF, DOCX ou TXT.");
  }
  if (auto checked = check_declared_size(bytes); !checked) {
    return core::forward_error(std::move(checked));
  }
  auto pages = decode_pages(bytes, type, limits);
  if (!pages) return core::forward_error(std::move(pages));
  RawText raw;
  raw.pages = static_cast<int>(pages->size());
  raw.used_ocr = true;
  const auto deadline = Clock::now() + limits.ocr_total_timeout;
  for (std::size_t i = 0; i < pages->size(); ++i) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      raw.warnings.push_back("page " + std::to_string(i + 1) +
                             " : non lue, durée maximale de l'OCR atteinte");
      break;
    }
    Pix* pix = (*pages)[i].get();
    auto ocr = recognise_text(pix, pixGetXRes(pix), std::min(left, limits.ocr_page_timeout));
    if (!ocr) return core::forward_error(std::move(ocr));
    if (ocr->timed_out) {
      raw.warnings.push_back("page " + std::to_string(i + 1) +
                             " : OCR interrompu (durée maximale atteinte), texte partiel");
    }
    if (!raw.text.empty()) raw.text += "\n\n";
    raw.text += ocr->text;
  }
  return raw;
}

}  // namespace jobmatch::documents
