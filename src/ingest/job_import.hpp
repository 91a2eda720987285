#pragma once
// Importing a JSON Lines feed of postings (plain or gzip) into the catalogue: each line is
// parsed and normalised, stored in batches, and counted as inserted, duplicate or rejected.
// A bad line is reported and skipped; it never stops the import.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "ingest/posting_record.hpp"
#include "store/job_store.hpp"

namespace jobmatch::ingest {

/// A line that was not imported, and why.
struct RejectedLine {
  std::int64_t line = 0;
  std::string reason;
};

/// What an import did.
struct ImportReport {
  std::int64_t inserted = 0;
  std::int64_t duplicates = 0;
  std::int64_t rejected = 0;
  std::vector<RejectedLine> rejections;  // the first kMaxRejectionsKept of them
  static constexpr std::size_t kMaxRejectionsKept = 1000;
};

struct ImportOptions {
  std::size_t batch_size = 1000;         // postings per transaction
  std::size_t max_line_bytes = 1 << 20;  // longer lines are rejected
  RecordLimits limits;
  /// Called after each batch with bytes consumed and file size (for a progress bar).
  std::function<void(std::int64_t done, std::int64_t total)> on_progress;
};

/// Imports every line of `path` into `store`. Fails only when the file cannot be read or the
/// store fails; batches already committed stay committed.
core::Result<ImportReport> import_jobs_file(const std::string& path, store::JobStore& store,
                                            const ImportOptions& options = {});

}  // namespace jobmatch::ingest
