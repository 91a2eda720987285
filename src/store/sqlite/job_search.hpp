#pragma once
// Catalogue search on SQLite: counting matches, one page of results ranked by relevance within
// the rank window (search_sql.hpp), and facet counts.

#include "core/error.hpp"
#include "store/job_store.hpp"
#include "store/sqlite/connection.hpp"

namespace jobmatch::store::sqlite {

/// One page of postings matching `query` and the number of all matches.
core::Result<SearchPage> search_catalogue(Connection& connection, const SearchQuery& query);

/// Counts per source, contract and working time for `query`, each leaving out its own filter.
core::Result<Facets> count_catalogue_facets(Connection& connection, const SearchQuery& query);

}  // namespace jobmatch::store::sqlite
