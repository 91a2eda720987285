#pragma once
// Thin RAII layer over the SQLite C API: a connection with a cache of prepared statements, a
// statement cursor with typed binds, and a pool handing one connection to one thread at a time.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace jobmatch::store::sqlite {

/// A prepared statement in use: binds are 1-based, columns 0-based. Resets itself when the
/// cursor goes out of scope so the cached statement can be reused.
class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement();
  Statement(Statement&& other) noexcept : stmt_(std::exchange(other.stmt_, nullptr)) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  /// Binds NULL for an empty string, the text otherwise.
  Statement& bind_or_null(int index, std::string_view text);

  /// Advances to the next row: true on a row, false when done, an Error on failure.
  core::Result<bool> step();
  /// Runs a statement that returns no rows.
  core::Result<void> run();

  std::string column_text(int column) const;
  std::int64_t column_int(int column) const;
  bool column_is_null(int column) const;

 private:
  sqlite3_stmt* stmt_;
};

/// One open database connection; not shared between threads at the same time.
class Connection {
 public:
  /// Opens `path` (created when missing) with WAL, a busy timeout and foreign keys on.
  static core::Result<std::unique_ptr<Connection>> open(const std::string& path);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  /// A cursor over the cached prepared statement for `sql`.
  core::Result<Statement> prepare(const std::string& sql);
  /// Runs one or more statements without parameters (schema, pragmas).
  core::Result<void> execute(const std::string& sql);
  std::int64_t changes() const;
  std::int64_t last_insert_id() const;
  sqlite3* handle() const { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

/// An error for the last failure on `db`, with what we were doing.
core::Error sqlite_error(sqlite3* db, std::string_view doing);

/// A transaction: begin() takes the write lock (BEGIN IMMEDIATE); rolled back unless commit()
/// succeeded.
class Transaction {
 public:
  static core::Result<Transaction> begin(Connection& connection);
  /// BEGIN DEFERRED: a consistent snapshot for several reads (WAL readers never block writers);
  /// ends when the object goes out of scope.
  static core::Result<Transaction> begin_read(Connection& connection);
  Transaction(Transaction&& other) noexcept : connection_(other.connection_) {
    other.connection_ = nullptr;
  }
  Transaction(const Transaction&) = delete;
  ~Transaction();
  core::Result<void> commit();

 private:
  explicit Transaction(Connection& connection) : connection_(&connection) {}
  Connection* connection_;
};

/// Hands out connections so that each concurrent caller (thread) has its own; idle ones are
/// kept for reuse with their prepared statements.
class ConnectionPool {
 public:
  explicit ConnectionPool(std::string path) : path_(std::move(path)) {}

  /// A connection borrowed for the lifetime of the lease.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  core::Result<Lease> acquire();

 private:
  void give_back(std::unique_ptr<Connection> connection);

  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace jobmatch::store::sqlite
