#include <spdlog/spdlog.h>

#include "core/version.hpp"
#include "web/http_io.hpp"
#include "web/json_views.hpp"
#include "web/routes/handlers.hpp"

namespace jobmatch::web {

void get_stats_page(const Request&, Response& response, RouteContext& context) {
  send_page(response, context, "stats.html");
}

void get_api_stats(const Request&, Response& response, RouteContext& context) {
  auto stats = context.store.compute_stats();
  if (!stats) return send_error(response, stats.error());
  send_json(response, stats_json(*stats));
}

void get_healthz(const Request&, Response& response, RouteContext& context) {
  auto jobs = context.store.count_jobs();
  if (!jobs) {
    spdlog::error("event=health_check_failed message=\"{}\" details=\"{}\"", jobs.error().message,
                  jobs.error().details);
    return send_json(response, {{"status", "unavailable"}}, 503);
  }
  send_json(response, {{"status", "ok"}, {"version", core::kVersion}, {"jobs", *jobs}});
}

}  // namespace jobmatch::web
