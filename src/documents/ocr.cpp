// Tesseract is costly to start (~0.3 s, tens of MB of models for eng+fra) and an engine is not
// thread-safe. Engines are kept in a pool: a recognition borrows one and gives it back, so the
// process holds as many as recognitions ever ran at once (the CV service runs one per core),
// not one per server thread.

#include "documents/ocr.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string_view>
#include <vector>

#include "documents/documents.hpp"

namespace jobmatch::documents {
namespace {

constexpr const char* kLanguages = "eng+fra";

void silence_leptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

std::unique_ptr<tesseract::TessBaseAPI> start_engine() {
  auto engine = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract's own messages ("Estimating resolution...") go to its debug file, not stderr.
  if (engine->Init(nullptr, kLanguages, tesseract::OEM_DEFAULT) != 0) return nullptr;
  engine->SetVariable("debug_file", "/dev/null");
  engine->SetPageSegMode(tesseract::PSM_AUTO);
  return engine;
}

class EnginePool {
 public:
  /// An engine for the caller alone, started if none is free; null when tesseract cannot start.
  std::unique_ptr<tesseract::TessBaseAPI> borrow() {
    {
      std::lock_guard lock(mutex_);
      if (!free_.empty()) {
        auto engine = std::move(free_.back());
        free_.pop_back();
        return engine;
      }
    }
    silence_leptonica();
    return start_engine();
  }

  void give_back(std::unique_ptr<tesseract::TessBaseAPI> engine) {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(engine));
  }

 private:
  std::mutex mutex_;
  std::vector<std::unique_ptr<tesseract::TessBaseAPI>> free_;
};

EnginePool& engine_pool() {
  static EnginePool pool;
  return pool;
}

/// Returns the borrowed engine to the pool however recognition ends.
class EngineLease {
 public:
  EngineLease() : engine_(engine_pool().borrow()) {}
  ~EngineLease() {
    if (engine_) engine_pool().give_back(std::move(engine_));
  }
  EngineLease(const EngineLease&) = delete;
  EngineLease& operator=(const EngineLease&) = delete;
  tesseract::TessBaseAPI* get() const { return engine_.get(); }

 private:
  std::unique_ptr<tesseract::TessBaseAPI> engine_;
};

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// One-letter words of English and French: never glued to a neighbour.
bool is_one_letter_word(char c) { return c == 'a' || c == 'y' || c == 'A' || c == 'I' || c == 'Y'; }

bool is_word(std::string_view token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
    return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::vector<std::string_view> split_on_spaces(std::string_view line) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  while (start <= line.size()) {
    const std::size_t end = std::min(line.find(' ', start), line.size());
    tokens.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

std::string rejoin_line(std::string_view line) {
  const std::vector<std::string_view> tokens = split_on_spaces(line);
  std::string out;
  bool glue_to_next = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view token = tokens[i];
    const bool lone_tail = token.size() == 1 && is_lower(token[0]) &&
                           !is_one_letter_word(token[0]) && i > 0 && tokens[i - 1].size() > 1 &&
                           is_word(tokens[i - 1]);
    if (i > 0 && !glue_to_next && !lone_tail) out += ' ';
    out += token;
    // Only where a word starts a line or follows a symbol: "Plan B and" keeps its "B".
    const bool starts_phrase = i == 0 || !is_word(tokens[i - 1]);
    glue_to_next = starts_phrase && token.size() == 1 && is_upper(token[0]) &&
                   !is_one_letter_word(token[0]) && i + 1 < tokens.size() &&
                   tokens[i + 1].size() > 1 && is_lower(tokens[i + 1][0]);
  }
  return out;
}

}  // namespace

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

PixPtr make_gray_pix(int width, int height, int stride, const char* data) {
  silence_leptonica();
  PixPtr pix(pixCreate(width, height, 8));
  if (!pix) return pix;
  const l_int32 words_per_line = pixGetWpl(pix.get());
  l_uint32* lines = pixGetData(pix.get());
  for (int y = 0; y < height; ++y) {
    l_uint32* line = lines + static_cast<std::ptrdiff_t>(y) * words_per_line;
    const auto* row =
        reinterpret_cast<const unsigned char*>(data) + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

std::string rejoin_split_letters(std::string_view ocr_text) {
  std::string out;
  out.reserve(ocr_text.size());
  std::size_t start = 0;
  while (start <= ocr_text.size()) {
    const std::size_t end = std::min(ocr_text.find('\n', start), ocr_text.size());
    if (start > 0) out += '\n';
    out += rejoin_line(ocr_text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool ocr_available() {
  // Tried once: whether the language data is installed does not change while we run.
  static const bool available = EngineLease().get() != nullptr;
  return available;
}

core::Result<OcrPage> recognise_text(Pix* image, int dpi, std::chrono::milliseconds timeout) {
  const EngineLease lease;
  tesseract::TessBaseAPI* engine = lease.get();
  if (engine == nullptr) {
    return core::fail(core::ErrorCode::kUnavailable,
                      "La reconnaissance de texte (OCR) n'est pas disponible sur ce serveur.",
                      "tesseract could not start with eng+fra language data");
  }
  engine->SetImage(image);
  // Without a resolution tesseract guesses one and says so; 300 dpi is the scanning default.
  engine->SetSourceResolution(dpi > 0 ? dpi : 300);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<int32_t>(timeout.count()));
  OcrPage page;
  engine->Recognize(&monitor);
  page.timed_out = monitor.deadline_exceeded();
  const std::unique_ptr<char[]> text(engine->GetUTF8Text());
  if (text) page.text = rejoin_split_letters(text.get());
  engine->Clear();
  return page;
}

}  // namespace jobmatch::documents
