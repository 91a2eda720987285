// PDF text through poppler: the text layer in reading order (columns kept apart), headings from
// font sizes, and OCR for pages that are only a picture (scanned CVs).

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <mutex>

#include "documents/ocr.hpp"
#include "documents/pdf_layout.hpp"
#include "documents/raw_text.hpp"
#include "text/unicode.hpp"

namespace jobmatch::documents {
namespace {

using core::ErrorCode;
using Clock = std::chrono::steady_clock;

// A page with fewer visible characters than this is treated as a picture to OCR.
constexpr std::size_t kMinPageTextChars = 20;
// Rendering bound: an A4 page at 300 dpi is 8.7 Mpixels; absurd page sizes get a lower dpi.
constexpr double kMaxRenderPixels = 40e6;

void silence_poppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// Every complete PDF ends with "%%EOF" (incremental updates append another one); a download
// cut short does not, and poppler would silently read what is left.
bool has_end_marker(std::string_view bytes) {
  const std::size_t tail = std::min<std::size_t>(bytes.size(), 2048);
  return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

core::Result<std::unique_ptr<poppler::document>> open_pdf(std::string_view bytes,
                                                          const ExtractionLimits& limits) {
  if (!has_end_marker(bytes)) {
    return core::fail(ErrorCode::kUnprocessable,
                      "Le PDF est incomplet (fin de fichier absente) : il a sans doute été tronqué "
                      "pendant le téléchargement. Envoyez le fichier complet.");
  }
  silence_poppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    return core::fail(ErrorCode::kUnprocessable,
                      "Le PDF est corrompu ou illisible. Exportez-le à nouveau depuis votre "
                      "traitement de texte.");
  }
  if (doc->is_locked()) {
    return core::fail(ErrorCode::kUnprocessable,
                      "Le PDF est protégé par mot de passe. Enregistrez-le sans mot de passe puis "
                      "envoyez-le à nouveau.");
  }
  const int pages = doc->pages();
  if (pages <= 0) return core::fail(ErrorCode::kUnprocessable, "Le PDF ne contient aucune page.");
  if (pages > limits.max_pages) {
    return core::fail(ErrorCode::kTooLarge, "Le PDF compte " + std::to_string(pages) +
                                                " pages ; un CV en compte au plus " +
                                                std::to_string(limits.max_pages) + ".");
  }
  return doc;
}

std::string page_text(const poppler::page& page) {
  // non_raw_non_physical_layout is pdftotext's default: reading order with columns apart.
  return poppler_to_utf8(
      page.text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8());
}

// A page without text is a picture to OCR only if something is printed on it: blank pages and
// pages holding a lone page number are common at the end of exported CVs.
bool page_has_ink(const poppler::page& page) {
  constexpr double kPreviewDpi = 36.0;
  constexpr double kMinInkShare = 0.005;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, kPreviewDpi, kPreviewDpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) return false;
  std::size_t dark = 0;
  for (int y = 0; y < image.height(); ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(image.const_data()) +
                      static_cast<std::ptrdiff_t>(y) * image.bytes_per_row();
    for (int x = 0; x < image.width(); ++x) dark += row[x] < 160;
  }
  return static_cast<double>(dark) >
         kMinInkShare * static_cast<double>(image.width()) * image.height();
}

PixPtr render_for_ocr(const poppler::page& page, int dpi) {
  const poppler::rectf box = page.page_rect();
  double scale = dpi / 72.0;
  const double pixels = box.width() * scale * box.height() * scale;
  if (pixels > kMaxRenderPixels) scale *= std::sqrt(kMaxRenderPixels / pixels);
  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing |
                            poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, scale * 72.0, scale * 72.0);
  if (!image.is_valid()) return nullptr;
  return make_gray_pix(image.width(), image.height(), image.bytes_per_row(), image.const_data());
}

// Pages read by OCR, bounded by the per-page and per-document time limits.
class OcrBudget {
 public:
  explicit OcrBudget(const ExtractionLimits& limits)
      : limits_(limits), deadline_(Clock::now() + limits.ocr_total_timeout) {}

  core::Result<std::string> read_page(const poppler::page& page, int number, RawText& raw) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now());
    if (left.count() <= 0) {
      raw.warnings.push_back("page " + std::to_string(number) +
                             " : non lue, durée maximale de l'OCR atteinte");
      return std::string();
    }
    const PixPtr image = render_for_ocr(page, limits_.ocr_dpi);
    if (!image) return std::string();
    auto ocr =
        recognise_text(image.get(), limits_.ocr_dpi, std::min(left, limits_.ocr_page_timeout));
    if (!ocr) return core::forward_error(std::move(ocr));
    raw.used_ocr = true;
    if (ocr->timed_out) {
      raw.warnings.push_back("page " + std::to_string(number) +
                             " : OCR interrompu (durée maximale atteinte), texte partiel");
    }
    return std::move(ocr->text);
  }

 private:
  const ExtractionLimits& limits_;
  Clock::time_point deadline_;
};

}  // namespace

core::Result<RawText> read_pdf(std::string_view bytes, const ExtractionLimits& limits) {
  auto doc = open_pdf(bytes, limits);
  if (!doc) return core::forward_error(std::move(doc));
  RawText raw;
  raw.pages = (*doc)->pages();
  OcrBudget ocr(limits);
  const bool can_ocr = limits.allow_ocr && ocr_available();
  bool skipped_picture_page = false;
  for (int i = 0; i < raw.pages; ++i) {
    const std::unique_ptr<poppler::page> page((*doc)->create_page(i));
    if (!page) continue;
    std::string text = page_text(*page);
    const bool readable = !is_unreadable_text_layer(text);
    if (readable && text::count_visible_code_points(text) >= kMinPageTextChars) {
      for (auto& heading : find_heading_lines(*page)) raw.headings.push_back(std::move(heading));
    } else if (readable && !page_has_ink(*page)) {
      // Nothing to read beyond the few characters of the text layer.
    } else if (can_ocr) {
      // A scanned page, or glyphs without a Unicode map: read what is printed.
      auto read = ocr.read_page(*page, i + 1, raw);
      if (!read) return core::forward_error(std::move(read));
      text = std::move(*read);
    } else {
      if (!readable) text.clear();
      skipped_picture_page = true;
    }
    if (!raw.text.empty()) raw.text += "\n\n";
    raw.text += text;
  }
  if (skipped_picture_page && text::count_visible_code_points(raw.text) < kMinPageTextChars) {
    return core::fail(ErrorCode::kUnprocessable,
                      "Ce PDF ne contient pas de texte (document scanné) et la reconnaissance de "
                      "texte (OCR) n'est pas disponible. Envoyez un PDF exporté depuis votre "
                      "traitement de texte.");
  }
  return raw;
}

}  // namespace jobmatch::documents
