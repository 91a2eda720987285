#pragma once
// Reading rows of the jobs table and small query helpers shared by the store's SQL units.

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/job_posting.hpp"
#include "store/job_store.hpp"
#include "store/sqlite/connection.hpp"

namespace jobmatch::store::sqlite {

// Columns shared by the detail and the result rows, in the order read_common_columns reads.
inline constexpr const char* kCommonColumns =
    "j.id, j.title, j.company, j.location, j.country, j.date, j.job_type, j.contrat, j.salary, "
    "j.source, j.language, j.remote, j.job_url";

/// Characters of description_text returned with a search result.
inline constexpr int kSnippetChars = 300;

/// Reads the kCommonColumns of the current row into `job`; returns the next column index.
int read_common_columns(const Statement& row, core::JobPosting& job);

/// Binds `binds` as text to consecutive placeholders starting at `first`.
void bind_all(Statement& statement, const std::vector<std::string>& binds, int first = 1);

/// Rows of (label, count).
core::Result<std::vector<LabelCount>> read_label_counts(Connection& connection,
                                                        const std::string& sql,
                                                        const std::vector<std::string>& binds = {});

/// The first column of the first row as an integer (0 when there is no row).
core::Result<std::int64_t> read_single_int(Connection& connection, const std::string& sql,
                                           const std::vector<std::string>& binds = {});

}  // namespace jobmatch::store::sqlite
