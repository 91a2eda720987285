#include "store/sqlite/rows.hpp"

namespace jobmatch::store::sqlite {

using core::JobPosting;
using core::Result;

int read_common_columns(const Statement& row, JobPosting& job) {
  job.id = row.column_int(0);
  job.title = row.column_text(1);
  job.company = row.column_text(2);
  job.location = row.column_text(3);
  job.country = row.column_text(4);
  job.date = row.column_text(5);
  job.job_type = row.column_text(6);
  job.contrat = row.column_text(7);
  job.salary = row.column_text(8);
  job.source = row.column_text(9);
  job.language = row.column_text(10);
  job.remote = row.column_text(11);
  job.job_url = row.column_text(12);
  return 13;
}

void bind_all(Statement& statement, const std::vector<std::string>& binds, int first) {
  for (std::size_t i = 0; i < binds.size(); ++i) {
    statement.bind(first + static_cast<int>(i), binds[i]);
  }
}

Result<std::vector<LabelCount>> read_label_counts(Connection& connection, const std::string& sql,
                                                  const std::vector<std::string>& binds) {
  auto statement = connection.prepare(sql);
  if (!statement) return std::unexpected(statement.error());
  bind_all(*statement, binds);
  std::vector<LabelCount> counts;
  while (true) {
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    counts.push_back({statement->column_text(0), statement->column_int(1)});
  }
  return counts;
}

Result<std::int64_t> read_single_int(Connection& connection, const std::string& sql,
                                     const std::vector<std::string>& binds) {
  auto statement = connection.prepare(sql);
  if (!statement) return std::unexpected(statement.error());
  bind_all(*statement, binds);
  auto row = statement->step();
  if (!row) return std::unexpected(row.error());
  return *row ? statement->column_int(0) : 0;
}

}  // namespace jobmatch::store::sqlite
