#include "web/json_views.hpp"

#include "text/html.hpp"

namespace jobmatch::web {

using nlohmann::json;

namespace {

json card_fields(const core::JobPosting& job) {
  return {{"id", job.id},
          {"title", job.title},
          {"company", job.company},
          {"location", job.location},
          {"country", job.country},
          {"date", job.date},
          {"job_type", job.job_type},
          {"contrat", job.contrat},
          {"salary", job.salary},
          {"source", job.source},
          {"language", job.language},
          {"remote", job.remote},
          {"job_url", job.job_url}};
}

json value_counts_json(const std::vector<store::LabelCount>& counts) {
  json list = json::array();
  for (const auto& [label, count] : counts) list.push_back({{"value", label}, {"count", count}});
  return list;
}

}  // namespace

json job_summary_json(const core::JobPosting& job) {
  json summary = card_fields(job);
  summary["snippet"] = job.description_text;
  return summary;
}

json job_detail_json(const core::JobPosting& job) {
  json detail = card_fields(job);
  detail["contract_raw"] = job.contract_raw;
  detail["source_id"] = job.source_id;
  detail["experience"] = job.experience;
  detail["skills"] = job.skills;
  detail["created_at"] = job.created_at;
  detail["description"] = job.description;
  detail["description_text"] = job.description_text;
  // Stored descriptions are either sanitised at import (HTML) or plain text; plain text is
  // escaped here so the page can insert this one field as HTML.
  detail["description_html"] = text::looks_like_html(job.description)
                                   ? text::sanitize_html(job.description)
                                   : text::text_to_html(job.description);
  return detail;
}

json paging_stats_json(std::int64_t total, const store::SearchQuery& query) {
  return {{"total_jobs", total},
          {"total_pages", (total + query.per_page - 1) / query.per_page},
          {"current_page", query.page},
          {"per_page", query.per_page}};
}

json search_page_json(const store::SearchPage& page, const store::SearchQuery& query) {
  json jobs = json::array();
  for (const auto& job : page.jobs) jobs.push_back(job_summary_json(job));
  return {{"success", true},
          {"jobs", std::move(jobs)},
          {"stats", paging_stats_json(page.total, query)}};
}

json facets_json(const store::Facets& facets) {
  return {{"success", true},
          {"facets",
           {{"source", value_counts_json(facets.sources)},
            {"job_type", value_counts_json(facets.contrats)},
            {"contract_type", value_counts_json(facets.job_types)}}}};
}

json label_counts_json(const std::vector<store::LabelCount>& counts) {
  json list = json::array();
  for (const auto& [label, count] : counts) list.push_back({{"label", label}, {"count", count}});
  return list;
}

json stats_json(const store::CatalogueStats& stats) {
  json weeks = json::array();
  for (const auto& [week, count] : stats.per_week) {
    weeks.push_back({{"week", week}, {"count", count}});
  }
  return {{"success", true},
          {"stats",
           {{"total_jobs", stats.total_jobs},
            {"total_companies", stats.total_companies},
            {"total_sources", stats.total_sources},
            {"by_source", label_counts_json(stats.by_source)},
            {"top_companies", label_counts_json(stats.top_companies)},
            {"top_locations", label_counts_json(stats.top_locations)},
            {"by_contract", label_counts_json(stats.by_contract)},
            {"by_working_time", label_counts_json(stats.by_working_time)},
            {"per_week", std::move(weeks)}}}};
}

}  // namespace jobmatch::web
