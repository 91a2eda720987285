// SQLite implementation of SessionStore. Each change is one transaction, so a CV replaced
// while another request reads the session is seen either whole before or whole after.

#include "store/session_store.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/migrations.hpp"

namespace jobmatch::store::sqlite {
namespace {

using core::Result;

constexpr const char* kUpsertSessionSql = R"sql(
INSERT INTO sessions (id_hash, created_at, expires_at)
VALUES (?1, strftime('%s', 'now'), ?2)
ON CONFLICT (id_hash) DO UPDATE SET expires_at = excluded.expires_at
)sql";

constexpr const char* kFindCvSql = R"sql(
SELECT c.stored_name, c.display_name, c.document_type, c.text, c.document_json, c.profile_json,
       c.uploaded_at, s.expires_at
FROM session_cvs c JOIN sessions s ON s.id_hash = c.session_hash
WHERE c.session_hash = ?1 AND s.expires_at > ?2
)sql";

constexpr const char* kReplaceCvSql = R"sql(
INSERT OR REPLACE INTO session_cvs (session_hash, stored_name, display_name, document_type,
                                    uploaded_at, document_json, profile_json, text)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
)sql";

Result<std::optional<std::string>> stored_name_of(Connection& connection,
                                                  std::string_view id_hash) {
  auto statement =
      connection.prepare("SELECT stored_name FROM session_cvs WHERE session_hash = ?1");
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, id_hash);
  auto row = statement->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(statement->column_text(0));
}

Result<void> run_with_id(Connection& connection, const char* sql, std::string_view id_hash) {
  auto statement = connection.prepare(sql);
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, id_hash);
  return statement->run();
}

Result<void> upsert_session(Connection& connection, std::string_view id_hash,
                            std::int64_t expires_at) {
  auto statement = connection.prepare(kUpsertSessionSql);
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, id_hash).bind(2, expires_at);
  return statement->run();
}

class SqliteSessionStore final : public SessionStore {
 public:
  explicit SqliteSessionStore(std::string path) : pool_(std::move(path)) {}

  Result<void> initialise() {
    auto connection = pool_.acquire();
    if (!connection) return std::unexpected(connection.error());
    auto migrated = migrate(**connection);
    if (!migrated) return std::unexpected(migrated.error());
    return {};
  }

  Result<void> touch_session(std::string_view id_hash, std::int64_t expires_at) override {
    auto connection = pool_.acquire();
    if (!connection) return std::unexpected(connection.error());
    return upsert_session(**connection, id_hash, expires_at);
  }

  Result<std::optional<SessionCv>> find_cv(std::string_view id_hash, std::int64_t now) override {
    auto connection = pool_.acquire();
    if (!connection) return std::unexpected(connection.error());
    auto statement = (*connection)->prepare(kFindCvSql);
    if (!statement) return std::unexpected(statement.error());
    statement->bind(1, id_hash).bind(2, now);
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<SessionCv>();
    return std::optional<SessionCv>(SessionCv{statement->column_text(0), statement->column_text(1),
                                              statement->column_text(2), statement->column_text(3),
                                              statement->column_text(4), statement->column_text(5),
                                              statement->column_int(6), statement->column_int(7)});
  }

  Result<std::optional<std::string>> attach_cv(std::string_view id_hash, const SessionCv& cv,
                                               std::int64_t expires_at) override {
    auto connection = pool_.acquire();
    if (!connection) return std::unexpected(connection.error());
    auto transaction = Transaction::begin(**connection);
    if (!transaction) return std::unexpected(transaction.error());
    if (auto upserted = upsert_session(**connection, id_hash, expires_at); !upserted) {
      return std::unexpected(upserted.error());
    }
    auto previous = stored_name_of(**connection, id_hash);
    if (!previous) return previous;
    auto statement = (*connection)->prepare(kReplaceCvSql);
    if (!statement) return std::unexpected(statement.error());
    statement->bind(1, id_hash)
        .bind(2, cv.stored_name)
        .bind(3, cv.display_name)
        .bind(4, cv.document_type)
        .bind(5, cv.uploaded_at)
        .bind(6, cv.document_json)
        .bind(7, cv.profile_json)
        .bind(8, cv.text);
    if (auto stored = statement->run(); !stored) return std::unexpected(stored.error());
    if (auto committed = transaction->commit(); !committed) {
      return std::unexpected(committed.error());
    }
    return previous;
  }

  Result<std::optional<std::string>> detach_cv(std::string_view id_hash) override {
    auto connection = pool_.acquire();
    if (!connection) return std::unexpected(connection.error());
    auto transaction = Transaction::begin(**connection);
    if (!transaction) return std::unexpected(transaction.error());
    auto previous = stored_name_of(**connection, id_hash);
    if (!previous) return previous;
    if (auto deleted =
            run_with_id(**connection, "DELETE FROM session_cvs WHERE session_hash = ?1", id_hash);
        !deleted) {
      return std::unexpected(deleted.error());
    }
    if (auto committed = transaction->commit(); !committed) {
      return std::unexpected(committed.error());
    }
    return previous;
  }

  Result<std::vector<std::string>> delete_expired_sessions(std::int64_t now) override {
    auto connection = pool_.acquire();
    if (!connection) return std::unexpected(connection.error());
    auto transaction = Transaction::begin(**connection);
    if (!transaction) return std::unexpected(transaction.error());
    auto select = (*connection)
                      ->prepare(
                          "SELECT c.stored_name FROM session_cvs c JOIN sessions s "
                          "ON s.id_hash = c.session_hash WHERE s.expires_at <= ?1");
    if (!select) return std::unexpected(select.error());
    select->bind(1, now);
    std::vector<std::string> names;
    for (;;) {
      auto row = select->step();
      if (!row) return std::unexpected(row.error());
      if (!*row) break;
      names.push_back(select->column_text(0));
    }
    for (const char* sql : {"DELETE FROM session_cvs WHERE session_hash IN "
                            "(SELECT id_hash FROM sessions WHERE expires_at <= ?1)",
                            "DELETE FROM sessions WHERE expires_at <= ?1"}) {
      auto statement = (*connection)->prepare(sql);
      if (!statement) return std::unexpected(statement.error());
      statement->bind(1, now);
      if (auto done = statement->run(); !done) return std::unexpected(done.error());
    }
    if (auto committed = transaction->commit(); !committed) {
      return std::unexpected(committed.error());
    }
    return names;
  }

  Result<bool> is_stored_name_in_use(std::string_view stored_name) override {
    auto connection = pool_.acquire();
    if (!connection) return std::unexpected(connection.error());
    auto statement = (*connection)->prepare("SELECT 1 FROM session_cvs WHERE stored_name = ?1");
    if (!statement) return std::unexpected(statement.error());
    statement->bind(1, stored_name);
    return statement->step();
  }

 private:
  ConnectionPool pool_;
};

}  // namespace
}  // namespace jobmatch::store::sqlite

namespace jobmatch::store {

core::Result<std::unique_ptr<SessionStore>> open_sqlite_session_store(const std::string& path) {
  auto store = std::make_unique<sqlite::SqliteSessionStore>(path);
  if (auto ready = store->initialise(); !ready) return std::unexpected(ready.error());
  return std::unique_ptr<SessionStore>(std::move(store));
}

}  // namespace jobmatch::store
