#include "store/sqlite/catalogue_stats.hpp"

#include "store/sqlite/rows.hpp"

namespace jobmatch::store::sqlite {

using core::Result;

Result<CatalogueStats> query_catalogue_stats(Connection& connection) {
  CatalogueStats stats;
  const std::pair<std::int64_t*, const char*> totals[] = {
      {&stats.total_jobs, "SELECT count(*) FROM jobs"},
      {&stats.total_companies, "SELECT count(DISTINCT company) FROM jobs WHERE company <> ''"},
      {&stats.total_sources, "SELECT count(DISTINCT source) FROM jobs"},
  };
  for (const auto& [target, sql] : totals) {
    auto value = read_single_int(connection, sql);
    if (!value) return std::unexpected(value.error());
    *target = *value;
  }
  const std::pair<std::vector<LabelCount>*, const char*> lists[] = {
      {&stats.by_source,
       "SELECT source, count(*) FROM jobs WHERE source IS NOT NULL GROUP BY source "
       "ORDER BY count(*) DESC, source"},
      {&stats.top_companies,
       "SELECT company, count(*) FROM jobs WHERE company <> '' GROUP BY company "
       "ORDER BY count(*) DESC, company LIMIT 10"},
      {&stats.top_locations,
       "SELECT location, count(*) FROM jobs WHERE location <> '' GROUP BY location "
       "ORDER BY count(*) DESC, location LIMIT 10"},
      {&stats.by_contract,
       "SELECT coalesce(contrat, 'Non précisé'), count(*) FROM jobs GROUP BY 1 "
       "ORDER BY count(*) DESC, 1"},
      {&stats.by_working_time,
       "SELECT coalesce(job_type, 'Non précisé'), count(*) FROM jobs GROUP BY 1 "
       "ORDER BY count(*) DESC, 1"},
      // Weeks run Monday to Sunday: the Sunday on or after the date, minus six days.
      {&stats.per_week,
       "SELECT week, n FROM (SELECT date(date, 'weekday 0', '-6 days') AS week, count(*) AS n "
       "FROM jobs WHERE date IS NOT NULL GROUP BY week ORDER BY week DESC LIMIT 52) "
       "ORDER BY week"},
  };
  for (const auto& [target, sql] : lists) {
    auto values = read_label_counts(connection, sql);
    if (!values) return std::unexpected(values.error());
    *target = std::move(*values);
  }
  return stats;
}

}  // namespace jobmatch::store::sqlite
