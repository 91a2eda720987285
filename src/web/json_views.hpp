#pragma once
// JSON shapes of the API (docs/api.md), with the seed's field names.

#include <nlohmann/json.hpp>

#include "core/job_posting.hpp"
#include "store/job_store.hpp"

namespace jobmatch::web {

/// A search result: the posting's card fields and a plain-text snippet.
nlohmann::json job_summary_json(const core::JobPosting& job);

/// Everything about one posting, with `description_html` safe to insert into a page.
nlohmann::json job_detail_json(const core::JobPosting& job);

/// The "stats" object of a page of results: total_jobs, total_pages, current_page, per_page.
nlohmann::json paging_stats_json(std::int64_t total, const store::SearchQuery& query);

/// `{"success":true,"jobs":[...],"stats":{...}}` for one page of results.
nlohmann::json search_page_json(const store::SearchPage& page, const store::SearchQuery& query);

nlohmann::json facets_json(const store::Facets& facets);

nlohmann::json stats_json(const store::CatalogueStats& stats);

/// `[{"label":..,"count":..}]`
nlohmann::json label_counts_json(const std::vector<store::LabelCount>& counts);

}  // namespace jobmatch::web
