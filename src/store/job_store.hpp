#pragma once
// Storage of the job catalogue behind one interface, so the SQLite backend used on a single
// machine and a PostgreSQL backend for scale-out answer the same calls the same way.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/job_posting.hpp"

namespace jobmatch::store {

/// How far back the `date_range` filter reaches.
enum class DateRange { kAll, kOneDay, kOneWeek, kOneMonth, kThreeMonths, kThisYear };

/// A catalogue search: every non-empty filter must hold. Filters are already validated.
struct SearchQuery {
  std::string keyword;   // free words, matched in title, company, location, description
  std::string location;  // words that must appear in the location
  std::string company;   // words that must appear in the company
  std::string contrat;   // exact contract label (CDI, CDD, ...) or empty
  std::string job_type;  // exact working-time label (Temps plein, ...) or empty
  std::string source;    // exact source id or empty
  DateRange date_range = DateRange::kAll;
  std::string today;      // ISO date the date range counts back from
  std::int64_t page = 1;  // 1-based
  std::int64_t per_page = 20;
};

/// One page of results and the number of all matching postings.
struct SearchPage {
  std::vector<core::JobPosting> jobs;  // description fields trimmed to a snippet
  std::int64_t total = 0;
};

/// A value and how many postings have it.
struct LabelCount {
  std::string label;
  std::int64_t count = 0;
};

/// Counts per value of the filters, over the postings matching a query.
struct Facets {
  std::vector<LabelCount> sources;
  std::vector<LabelCount> contrats;
  std::vector<LabelCount> job_types;
};

/// Figures for the statistics dashboard.
struct CatalogueStats {
  std::int64_t total_jobs = 0;
  std::int64_t total_companies = 0;
  std::int64_t total_sources = 0;
  std::vector<LabelCount> by_source;
  std::vector<LabelCount> top_companies;
  std::vector<LabelCount> top_locations;
  std::vector<LabelCount> by_contract;
  std::vector<LabelCount> by_working_time;
  std::vector<LabelCount> per_week;  // label = Monday of the week, oldest first
};

/// What the ATS engine read from a posting, stored as computed at import (opaque JSON for the
/// store) with the engine version that produced it.
struct StoredRequirements {
  std::int64_t job_id = 0;
  std::string source;  // the posting's source, for per-source statistics
  std::string data;
};

/// A posting whose requirements are missing or from another engine version.
struct PostingText {
  std::int64_t id = 0;
  std::string title;
  std::string description_text;
  std::string experience;  // the structured field, "" when absent
};

/// What became of one posting offered to the store.
enum class InsertOutcome { kInserted, kDuplicate };

/// The job catalogue. Implementations are safe to call from many threads at once.
class JobStore {
 public:
  virtual ~JobStore() = default;

  /// Inserts postings in one transaction: either all outcomes are recorded or none is.
  /// A posting whose job_url or external_id is already stored is a duplicate, not an error.
  virtual core::Result<std::vector<InsertOutcome>> insert_jobs(
      std::span<const core::JobPosting> jobs) = 0;

  /// The posting with this id, or kNotFound.
  virtual core::Result<core::JobPosting> find_job(std::int64_t id) = 0;

  /// Deletes one posting; kNotFound when there is none.
  virtual core::Result<void> delete_job(std::int64_t id) = 0;

  /// One page of postings matching `query`, best first (relevance, then date).
  virtual core::Result<SearchPage> search_jobs(const SearchQuery& query) = 0;

  /// Counts per source, contract and working time over the postings matching `query`.
  virtual core::Result<Facets> count_facets(const SearchQuery& query) = 0;

  /// Dashboard figures over the whole catalogue.
  virtual core::Result<CatalogueStats> compute_stats() = 0;

  /// A number that changes whenever postings are added or removed, by this process or any
  /// other sharing the database; caches compare it to know their copies are current.
  virtual core::Result<std::int64_t> catalogue_version() = 0;

  /// Number of postings stored.
  virtual core::Result<std::int64_t> count_jobs() = 0;

  /// Version of the schema the database is at.
  virtual core::Result<int> schema_version() = 0;

  /// Ids of every posting matching the filters of `query` (page and per_page ignored), in no
  /// particular order: the candidates /api/match ranks.
  virtual core::Result<std::vector<std::int64_t>> find_matching_ids(const SearchQuery& query) = 0;
  /// Up to `limit` postings with an id above `after_id` and no requirements of
  /// `engine_version` yet, lowest id first (`after_id` 0: every posting).
  virtual core::Result<std::vector<PostingText>> find_postings_without_requirements(
      std::string_view engine_version, std::int64_t limit, std::int64_t after_id) = 0;
  /// Stores (or replaces) the requirements of postings, in one transaction. Rows of postings
  /// deleted meanwhile are skipped. Does not change the catalogue version.
  virtual core::Result<void> save_requirements(std::span<const StoredRequirements> rows,
                                               std::string_view engine_version) = 0;
  /// The stored requirements rows of `engine_version` of postings with an id above `after_id`
  /// (0: every one), by id. Ids only grow, so a reader that has the rows up to some id reads
  /// the new postings' rows alone.
  virtual core::Result<std::vector<StoredRequirements>> load_requirements(
      std::string_view engine_version, std::int64_t after_id) = 0;
  /// Short backend name for operators: "sqlite".
  virtual std::string backend_name() const = 0;
};

/// Opens (creating and migrating when needed) the SQLite catalogue at `path`.
core::Result<std::unique_ptr<JobStore>> open_sqlite_job_store(const std::string& path);

}  // namespace jobmatch::store
