#pragma once
// Server-side records of job seekers' browser sessions and the CV attached to each. The cookie
// holds a random id; only its SHA-256 reaches the store, so a copy of the database does not
// give anyone a live session.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace jobmatch::store {

/// A CV attached to a session: where the file is, how to show it, and what was read from it.
struct SessionCv {
  std::string stored_name;       // random file name in the uploads directory
  std::string display_name;      // the uploader's file name, sanitised, for display only
  std::string document_type;     // "pdf", "docx", "txt", "png", "jpeg", "tiff"
  std::string text;              // extracted, normalised text
  std::string document_json;     // extraction facts: pages, OCR, headings, warnings
  std::string profile_json;      // the CV profile (cv::profile_to_json, owner view)
  std::int64_t uploaded_at = 0;  // unix seconds
  std::int64_t expires_at = 0;   // the session's expiry (set by attach_cv, read by find_cv)
};

/// Times are unix seconds, passed in so that callers (and tests) own the clock.
class SessionStore {
 public:
  virtual ~SessionStore() = default;

  /// Creates the session or moves its expiry to `expires_at`.
  virtual core::Result<void> touch_session(std::string_view id_hash, std::int64_t expires_at) = 0;

  /// The CV of a session alive at `now`; nullopt when the session is unknown, expired or has
  /// no CV.
  virtual core::Result<std::optional<SessionCv>> find_cv(std::string_view id_hash,
                                                         std::int64_t now) = 0;

  /// Attaches `cv` to the session (created if needed), replacing its previous CV in one
  /// transaction. Returns the stored name of the replaced file, which the caller deletes.
  virtual core::Result<std::optional<std::string>> attach_cv(std::string_view id_hash,
                                                             const SessionCv& cv,
                                                             std::int64_t expires_at) = 0;

  /// Detaches the session's CV; returns its stored name, nullopt when there was none.
  virtual core::Result<std::optional<std::string>> detach_cv(std::string_view id_hash) = 0;

  /// Deletes the sessions expired at `now` and their CV records; returns the stored names of
  /// their files, which the caller deletes.
  virtual core::Result<std::vector<std::string>> delete_expired_sessions(std::int64_t now) = 0;

  /// Whether a record refers to this stored file name (to tell orphan files after a crash).
  virtual core::Result<bool> is_stored_name_in_use(std::string_view stored_name) = 0;
};

/// Opens (creating or migrating) the SQLite database at `path`; it may be the job store's file.
core::Result<std::unique_ptr<SessionStore>> open_sqlite_session_store(const std::string& path);

}  // namespace jobmatch::store
