#pragma once
// One JSON record of a job feed (the format of data/demo/jobs.jsonl.gz, documented in
// data/demo/SOURCE.md) turned into a normalised JobPosting: UTF-8 (a Windows-1252 line is
// converted, stray invalid bytes become U+FFFD) and NFC, dates ISO,
// contract and working time in the catalogue's vocabulary, HTML sanitised, URLs checked.

#include <string_view>

#include "core/error.hpp"
#include "core/job_posting.hpp"

namespace jobmatch::ingest {

/// Limits on one record; a record beyond them is rejected with the reason.
struct RecordLimits {
  std::size_t max_title_chars = 500;
  std::size_t max_field_bytes = 2'000;  // company, location, salary, ...
  std::size_t max_description_bytes = 200'000;
  std::size_t max_skills = 200;
};

/// The posting described by one JSON line, or kInvalidInput with a reason a person can act on
/// ("missing title", "field 'company' must be a string", "not valid JSON: ...").
core::Result<core::JobPosting> parse_posting_record(std::string_view json_line,
                                                    const RecordLimits& limits = {});

}  // namespace jobmatch::ingest
