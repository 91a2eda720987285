#pragma once
// Versioned schema of the SQLite catalogue. PRAGMA user_version holds the version reached;
// each migration runs once, in its own transaction, in order.

#include "core/error.hpp"
#include "store/sqlite/connection.hpp"

namespace jobmatch::store::sqlite {

/// Version the code expects after migrating.
int latest_schema_version();

/// Brings the database up to latest_schema_version(); refuses a database from a newer jobmatch.
core::Result<int> migrate(Connection& connection);

}  // namespace jobmatch::store::sqlite
