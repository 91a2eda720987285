#pragma once
// The CV of a job seeker's session: upload (extract, profile, store the file, attach it),
// lookup, removal, and the cleanup of expired sessions. No HTTP here: the routes call it.

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <semaphore>
#include <string>
#include <string_view>
#include <thread>

#include "core/error.hpp"
#include "documents/documents.hpp"
#include "store/session_store.hpp"
#include "web/upload_directory.hpp"

namespace jobmatch::web {

struct CvServiceOptions {
  std::filesystem::path uploads_dir;
  std::chrono::seconds session_ttl{24 * 3600};
  documents::ExtractionLimits limits;
  std::size_t min_text_chars = 50;   // less than this cannot be a CV (the seed's rule)
  int max_parallel_extractions = 2;  // OCR takes whole cores: more uploads wait their turn
};

/// What a cleanup pass removed.
struct CleanupReport {
  std::size_t expired_sessions_files = 0;
  std::size_t orphan_files = 0;
};

class CvService {
 public:
  static core::Result<std::unique_ptr<CvService>> create(CvServiceOptions options,
                                                         store::SessionStore& sessions);
  ~CvService();

  /// Reads the upload, checks it is a usable CV, stores it and attaches it to the session,
  /// replacing any previous CV atomically. Nothing stays on disk when it fails.
  core::Result<store::SessionCv> upload(std::string_view session_hash,
                                        std::string_view client_filename, std::string_view bytes);

  /// The session's CV, nullopt when none. Using the CV keeps the session alive: its expiry
  /// moves to a full session_ttl from now (written at most once an hour).
  core::Result<std::optional<store::SessionCv>> find(std::string_view session_hash);

  /// Removes the session's CV and its file; false when there was none.
  core::Result<bool> remove(std::string_view session_hash);

  /// Deletes expired sessions with their files, and files no record refers to (left by a crash)
  /// older than an hour.
  CleanupReport clean_up();

  /// Runs clean_up() now and then every `interval` on a background thread until destruction.
  void start_periodic_cleanup(std::chrono::seconds interval);

  std::chrono::seconds session_ttl() const { return options_.session_ttl; }
  const CvServiceOptions& options() const { return options_; }

 private:
  CvService(CvServiceOptions options, store::SessionStore& sessions, UploadDirectory uploads);

  CvServiceOptions options_;
  store::SessionStore& sessions_;
  UploadDirectory uploads_;
  std::counting_semaphore<> extraction_slots_;
  std::mutex cleanup_mutex_;
  std::condition_variable cleanup_wake_;
  bool stopping_ = false;
  std::thread cleanup_thread_;
};

/// The uploader's file name as safe display text: NFC, at most 200 characters. A name with a
/// path separator or a control character is refused (kInvalidInput); an empty one becomes
/// "cv" plus the type's extension.
core::Result<std::string> sanitise_display_name(std::string_view client_filename,
                                                std::string_view extension);

}  // namespace jobmatch::web
