#include "ingest/job_import.hpp"

#include "ingest/line_reader.hpp"

namespace jobmatch::ingest {

namespace {

void record_rejection(ImportReport& report, std::int64_t line, std::string reason) {
  ++report.rejected;
  if (report.rejections.size() < ImportReport::kMaxRejectionsKept) {
    report.rejections.push_back({line, std::move(reason)});
  }
}

core::Result<void> store_batch(store::JobStore& store, std::vector<core::JobPosting>& batch,
                               ImportReport& report) {
  if (batch.empty()) return {};
  auto outcomes = store.insert_jobs(batch);
  if (!outcomes) return std::unexpected(outcomes.error());
  for (auto outcome : *outcomes) {
    ++(outcome == store::InsertOutcome::kInserted ? report.inserted : report.duplicates);
  }
  batch.clear();
  return {};
}

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

}  // namespace

core::Result<ImportReport> import_jobs_file(const std::string& path, store::JobStore& store,
                                            const ImportOptions& options) {
  auto reader = LineReader::open(path, options.max_line_bytes);
  if (!reader) return std::unexpected(reader.error());
  ImportReport report;
  std::vector<core::JobPosting> batch;
  batch.reserve(options.batch_size);
  while (auto line = reader->next_line()) {
    if (!*line) {
      record_rejection(report, reader->line_number(), line->error().message);
      continue;
    }
    if (is_blank(**line)) continue;
    auto posting = parse_posting_record(**line, options.limits);
    if (!posting) {
      record_rejection(report, reader->line_number(), posting.error().message);
      continue;
    }
    batch.push_back(std::move(*posting));
    if (batch.size() >= options.batch_size) {
      if (auto stored = store_batch(store, batch, report); !stored) {
        return std::unexpected(stored.error());
      }
      if (options.on_progress) options.on_progress(reader->bytes_read(), reader->file_size());
    }
  }
  if (auto stored = store_batch(store, batch, report); !stored) {
    return std::unexpected(stored.error());
  }
  if (options.on_progress) options.on_progress(reader->file_size(), reader->file_size());
  return report;
}

}  // namespace jobmatch::ingest
