#pragma once
// The statistics dashboard's figures, computed over the whole catalogue.

#include "core/error.hpp"
#include "store/job_store.hpp"
#include "store/sqlite/connection.hpp"

namespace jobmatch::store::sqlite {

/// Totals, counts per source/contract/working time, top companies and locations, and postings
/// per week (the 52 most recent weeks with postings).
core::Result<CatalogueStats> query_catalogue_stats(Connection& connection);

}  // namespace jobmatch::store::sqlite
