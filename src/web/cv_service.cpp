#include "web/cv_service.hpp"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "cv/profile.hpp"
#include "text/unicode.hpp"

namespace jobmatch::web {
namespace {

using core::ErrorCode;
using Clock = std::chrono::system_clock;

// Files younger than this are never orphans: an upload writes its file before its record.
constexpr std::chrono::hours kOrphanGrace{1};
constexpr std::size_t kMaxDisplayNameChars = 200;
constexpr std::chrono::seconds kRenewalStep{3600};

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(Clock::now().time_since_epoch()).count();
}

std::string document_facts_json(const documents::ExtractedDocument& doc) {
  return nlohmann::json{{"pages", doc.pages},
                        {"used_ocr", doc.used_ocr},
                        {"headings", doc.headings},
                        {"warnings", doc.warnings}}
      .dump();
}

bool has_path_or_control_char(std::string_view name) {
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '/' || c == '\\' || byte < 0x20 || byte == 0x7F) return true;
  }
  return false;
}

// Waits for one of the extraction slots and gives it back when done.
class SlotGuard {
 public:
  explicit SlotGuard(std::counting_semaphore<>& slots) : slots_(slots) { slots_.acquire(); }
  ~SlotGuard() { slots_.release(); }
  SlotGuard(const SlotGuard&) = delete;
  SlotGuard& operator=(const SlotGuard&) = delete;

 private:
  std::counting_semaphore<>& slots_;
};

}  // namespace

core::Result<std::string> sanitise_display_name(std::string_view client_filename,
                                                std::string_view extension) {
  if (has_path_or_control_char(client_filename)) {
    return core::fail(ErrorCode::kInvalidInput,
                      "Nom de fichier refusé : il ne doit contenir ni chemin (/ ou \\) ni "
                      "caractère de contrôle. Renommez le fichier puis envoyez-le à nouveau.");
  }
  std::string name = text::collapse_whitespace(text::normalize_nfc(client_filename));
  if (name.empty() || name == "." || name == "..") return "cv" + std::string(extension);
  if (text::count_code_points(name) > kMaxDisplayNameChars) {
    return core::fail(ErrorCode::kInvalidInput,
                      "Nom de fichier trop long (plus de 200 caractères) : renommez le fichier.");
  }
  return name;
}

core::Result<std::unique_ptr<CvService>> CvService::create(CvServiceOptions options,
                                                           store::SessionStore& sessions) {
  auto uploads = UploadDirectory::open(options.uploads_dir);
  if (!uploads) return core::forward_error(std::move(uploads));
  return std::unique_ptr<CvService>(
      new CvService(std::move(options), sessions, std::move(*uploads)));
}

CvService::CvService(CvServiceOptions options, store::SessionStore& sessions,
                     UploadDirectory uploads)
    : options_(std::move(options)),
      sessions_(sessions),
      uploads_(std::move(uploads)),
      extraction_slots_(std::max(options_.max_parallel_extractions, 1)) {}

CvService::~CvService() {
  {
    std::lock_guard lock(cleanup_mutex_);
    stopping_ = true;
  }
  cleanup_wake_.notify_all();
  if (cleanup_thread_.joinable()) cleanup_thread_.join();
}

core::Result<store::SessionCv> CvService::upload(std::string_view session_hash,
                                                 std::string_view client_filename,
                                                 std::string_view bytes) {
  const auto type = documents::sniff_document_type(bytes);
  if (!type) return core::forward_error(std::move(type));
  auto display_name =
      sanitise_display_name(client_filename, documents::document_type_extension(*type));
  if (!display_name) return core::forward_error(std::move(display_name));

  auto doc = [&] {
    SlotGuard slot(extraction_slots_);
    return documents::extract_document(bytes, options_.limits);
  }();
  if (!doc) return core::forward_error(std::move(doc));
  if (const std::size_t chars = text::count_visible_code_points(doc->text);
      chars < options_.min_text_chars) {
    return core::fail(ErrorCode::kUnprocessable,
                      "Le texte extrait du CV ne compte que " + std::to_string(chars) +
                          " caractères (il en faut au moins " +
                          std::to_string(options_.min_text_chars) +
                          ") : vérifiez que le fichier n'est pas vide, ou envoyez une version "
                          "exportée depuis votre traitement de texte plutôt qu'un scan.");
  }
  const cv::CvProfile profile =
      cv::parse_cv_profile(doc->text, doc->headings, cv::profile_options_for_today());

  store::SessionCv record;
  record.display_name = std::move(*display_name);
  record.document_type = std::string(documents::document_type_name(doc->type));
  record.document_json = document_facts_json(*doc);
  record.profile_json = cv::profile_to_json(profile, cv::ContactVisibility::kOwner).dump();
  record.uploaded_at = unix_now();
  record.text = std::move(doc->text);

  auto stored = uploads_.store(bytes, documents::document_type_extension(*type));
  if (!stored) return core::forward_error(std::move(stored));
  record.stored_name = *stored;
  auto replaced =
      sessions_.attach_cv(session_hash, record, record.uploaded_at + options_.session_ttl.count());
  if (!replaced) {
    uploads_.remove(record.stored_name);
    return core::forward_error(std::move(replaced));
  }
  if (*replaced) uploads_.remove(**replaced);
  return record;
}

core::Result<std::optional<store::SessionCv>> CvService::find(std::string_view session_hash) {
  const std::int64_t now = unix_now();
  auto found = sessions_.find_cv(session_hash, now);
  if (!found || !*found) return found;
  // Sliding expiry without a write per page view: renew once the session is an hour old.
  const std::int64_t renewed = now + options_.session_ttl.count();
  if ((*found)->expires_at + kRenewalStep.count() <= renewed) {
    if (auto touched = sessions_.touch_session(session_hash, renewed); !touched) {
      spdlog::warn("session renewal failed: {}", touched.error().details);
    } else {
      (*found)->expires_at = renewed;
    }
  }
  return found;
}

core::Result<bool> CvService::remove(std::string_view session_hash) {
  auto detached = sessions_.detach_cv(session_hash);
  if (!detached) return core::forward_error(std::move(detached));
  if (!*detached) return false;
  uploads_.remove(**detached);
  return true;
}

CleanupReport CvService::clean_up() {
  CleanupReport report;
  if (auto expired = sessions_.delete_expired_sessions(unix_now())) {
    for (const auto& name : *expired) uploads_.remove(name);
    report.expired_sessions_files = expired->size();
  } else {
    spdlog::warn("session cleanup failed: {}", expired.error().details);
  }
  const auto cutoff = std::filesystem::file_time_type::clock::now() - kOrphanGrace;
  for (const auto& name : uploads_.list_files_older_than(cutoff)) {
    auto in_use = sessions_.is_stored_name_in_use(name);
    if (in_use && !*in_use) {
      uploads_.remove(name);
      ++report.orphan_files;
    }
  }
  return report;
}

void CvService::start_periodic_cleanup(std::chrono::seconds interval) {
  cleanup_thread_ = std::thread([this, interval] {
    std::unique_lock lock(cleanup_mutex_);
    while (!stopping_) {
      lock.unlock();
      const CleanupReport report = clean_up();
      if (report.expired_sessions_files + report.orphan_files > 0) {
        spdlog::info("session cleanup: {} expired CV files, {} orphan files removed",
                     report.expired_sessions_files, report.orphan_files);
      }
      lock.lock();
      cleanup_wake_.wait_for(lock, interval, [this] { return stopping_; });
    }
  });
}

}  // namespace jobmatch::web
