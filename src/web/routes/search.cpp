#include "web/http_io.hpp"
#include "web/json_views.hpp"
#include "web/routes/handlers.hpp"
#include "web/search_params.hpp"

namespace jobmatch::web {

core::Result<store::SearchQuery> read_search_query(const Request& request) {
  const ParamLookup lookup = [&request](std::string_view name) -> std::optional<std::string> {
    const std::string key(name);
    if (!request.has_param(key)) return std::nullopt;
    return request.get_param_value(key);
  };
  return parse_search_query(lookup, today_utc());
}

void get_search_page(const Request&, Response& response, RouteContext& context) {
  // The page reads its filters from the URL and calls /api/search, which validates them.
  send_page(response, context, "index.html");
}

void get_api_search(const Request& request, Response& response, RouteContext& context) {
  auto query = read_search_query(request);
  if (!query) return send_error(response, query.error());
  auto page = context.store.search_jobs(*query);
  if (!page) return send_error(response, page.error());
  send_json(response, search_page_json(*page, *query));
}

void get_api_facets(const Request& request, Response& response, RouteContext& context) {
  auto query = read_search_query(request);
  if (!query) return send_error(response, query.error());
  auto facets = context.store.count_facets(*query);
  if (!facets) return send_error(response, facets.error());
  send_json(response, facets_json(*facets));
}

}  // namespace jobmatch::web
