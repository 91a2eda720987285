#include "store/sqlite/migrations.hpp"

#include <array>
#include <string>

namespace jobmatch::store::sqlite {

namespace {

// Version 1: the seed's `jobs` columns (title, company, location, description, job_url UNIQUE,
// date, job_type, salary, contrat, source, created_at) plus what the demo data carries, and an
// FTS5 index kept in sync by triggers. remove_diacritics 2 makes "developpeur" find
// "Développeur"; unicode61 folds case for every script.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  company TEXT,
  location TEXT,
  job_url TEXT UNIQUE,
  date TEXT,
  job_type TEXT,
  salary TEXT,
  contrat TEXT,
  source TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  external_id TEXT UNIQUE,
  country TEXT,
  language TEXT,
  source_id TEXT,
  contract_raw TEXT,
  remote TEXT,
  experience TEXT,
  skills TEXT NOT NULL DEFAULT '[]',
  -- Filter values as index tokens (search_sql.hpp, search_tag) so that a keyword search with
  -- filters is answered by the FTS index alone.
  search_tags TEXT NOT NULL DEFAULT '',
  -- The long texts come last: SQLite reads a row's columns in order and a 2-3 kB description
  -- spills to overflow pages, so filters and result cards never have to read past it.
  description TEXT,
  description_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_jobs_date ON jobs(date, id);
-- Serves the source filter and, covering, the facet counts' GROUP BY when no words are given.
CREATE INDEX idx_jobs_facets ON jobs(source, contrat, job_type);
CREATE INDEX idx_jobs_contrat ON jobs(contrat);
CREATE INDEX idx_jobs_job_type ON jobs(job_type);
CREATE INDEX idx_jobs_location ON jobs(location);
CREATE INDEX idx_jobs_company ON jobs(company);

-- One row whose version changes with every write to the catalogue, so that caches in any
-- process can tell their copies are stale (store/cached_job_store.hpp).
CREATE TABLE catalogue_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO catalogue_meta (id, version) VALUES (1, 0);

CREATE VIRTUAL TABLE jobs_fts USING fts5(
  title, company, location, description_text, search_tags,
  content='jobs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN
  INSERT INTO jobs_fts(rowid, title, company, location, description_text, search_tags)
  VALUES (new.id, new.title, new.company, new.location, new.description_text, new.search_tags);
END;
CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN
  INSERT INTO jobs_fts(jobs_fts, rowid, title, company, location, description_text, search_tags)
  VALUES ('delete', old.id, old.title, old.company, old.location, old.description_text, old.search_tags);
END;
CREATE TRIGGER jobs_fts_update AFTER UPDATE ON jobs BEGIN
  INSERT INTO jobs_fts(jobs_fts, rowid, title, company, location, description_text, search_tags)
  VALUES ('delete', old.id, old.title, old.company, old.location, old.description_text, old.search_tags);
  INSERT INTO jobs_fts(rowid, title, company, location, description_text, search_tags)
  VALUES (new.id, new.title, new.company, new.location, new.description_text, new.search_tags);
END;
)sql";

// Version 2: job seekers' sessions (store/session_store.hpp) and the CV attached to each.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,        -- hex SHA-256 of the cookie value, never the value itself
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX idx_sessions_expiry ON sessions(expires_at);
CREATE TABLE session_cvs (
  session_hash TEXT PRIMARY KEY,
  stored_name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  document_type TEXT NOT NULL,
  uploaded_at INTEGER NOT NULL,
  document_json TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  text TEXT NOT NULL
);
)sql";

// Version 3: what the ATS engine reads from each posting (skills required or nice-to-have,
// years, degree, languages), computed at import so ranking every posting for a CV needs no
// text processing. Deleting a posting deletes its row.
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE job_requirements (
  job_id INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
  engine_version TEXT NOT NULL,
  data TEXT NOT NULL
);
)sql";

constexpr std::array<const char*, 3> kMigrations = {kSchemaV1, kSchemaV2, kSchemaV3};

core::Result<int> read_user_version(Connection& connection) {
  auto statement = connection.prepare("PRAGMA user_version");
  if (!statement) return std::unexpected(statement.error());
  auto row = statement->step();
  if (!row) return std::unexpected(row.error());
  return static_cast<int>(statement->column_int(0));
}

}  // namespace

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

core::Result<int> migrate(Connection& connection) {
  auto version = read_user_version(connection);
  if (!version) return version;
  if (*version > latest_schema_version()) {
    return core::fail(core::ErrorCode::kConflict,
                      "the database is at schema version " + std::to_string(*version) +
                          ", newer than this jobmatch understands (" +
                          std::to_string(latest_schema_version()) + "); upgrade jobmatch");
  }
  for (int next = *version + 1; next <= latest_schema_version(); ++next) {
    auto transaction = Transaction::begin(connection);
    if (!transaction) return std::unexpected(transaction.error());
    // Another process may have applied this step between our read and our write lock.
    auto current = read_user_version(connection);
    if (!current) return current;
    if (*current >= next) continue;
    const std::string sql = std::string(kMigrations[next - 1]) +
                            "\nPRAGMA user_version = " + std::to_string(next) + ";";
    if (auto applied = connection.execute(sql); !applied) return std::unexpected(applied.error());
    if (auto committed = transaction->commit(); !committed) {
      return std::unexpected(committed.error());
    }
  }
  return latest_schema_version();
}

}  // namespace jobmatch::store::sqlite
