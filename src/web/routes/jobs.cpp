#include <limits>

#include "web/http_io.hpp"
#include "web/json_views.hpp"
#include "web/routes/handlers.hpp"
#include "web/search_params.hpp"

namespace jobmatch::web {

namespace {

core::Result<std::int64_t> read_job_id(const Request& request) {
  return parse_bounded_int("l'identifiant de l'offre", request.matches[1].str(), 1,
                           std::numeric_limits<std::int64_t>::max());
}

}  // namespace

void get_job_page(const Request& request, Response& response, RouteContext& context) {
  auto id = read_job_id(request);
  if (!id) return send_page(response, context, "404.html", 404);
  auto job = context.store.find_job(*id);
  if (!job) {
    const bool missing = job.error().code == core::ErrorCode::kNotFound;
    return send_page(response, context, "404.html", missing ? 404 : 503);
  }
  send_page(response, context, "job.html");
}

void get_api_job(const Request& request, Response& response, RouteContext& context) {
  auto id = read_job_id(request);
  if (!id) return send_error(response, id.error());
  auto job = context.store.find_job(*id);
  if (!job) return send_error(response, job.error());
  send_json(response, {{"success", true}, {"job", job_detail_json(*job)}});
}

}  // namespace jobmatch::web
