// The job seeker's CV: upload, check, profile, removal (the seed's "Endpoints CV") and the
// "Mon CV" page. The CV belongs to the browser session of the visitor_session cookie.

#include <nlohmann/json.hpp>

#include "ats/ats.hpp"
#include "web/cv_service.hpp"
#include "web/http_io.hpp"
#include "web/match_service.hpp"
#include "web/routes/cv_access.hpp"
#include "web/routes/handlers.hpp"
#include "web/visitor_session.hpp"

namespace jobmatch::web {
namespace {

using core::ErrorCode;
constexpr std::string_view kFileField = "cv_file";

core::Result<const httplib::MultipartFormData*> single_cv_file(const Request& request) {
  if (!request.is_multipart_form_data()) {
    return core::fail(ErrorCode::kUnsupportedType,
                      "envoyez le CV en multipart/form-data, dans le champ de fichier "
                      "« cv_file »");
  }
  const auto fields = request.files.count(std::string(kFileField));
  std::size_t files = 0;
  for (const auto& [name, part] : request.files)
    files += !part.filename.empty() || name == kFileField;
  if (fields == 0) {
    return core::fail(ErrorCode::kInvalidInput,
                      "aucun fichier dans le champ « cv_file » : choisissez votre CV puis "
                      "envoyez-le à nouveau");
  }
  if (fields > 1 || files > 1) {
    return core::fail(ErrorCode::kInvalidInput,
                      "un seul fichier à la fois : envoyez uniquement votre CV dans le champ "
                      "« cv_file »");
  }
  return &request.files.find(std::string(kFileField))->second;
}

nlohmann::json parse_stored_json(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? nlohmann::json::object() : parsed;
}

std::string iso_time(std::int64_t unix_seconds) {
  const std::chrono::sys_seconds time{std::chrono::seconds(unix_seconds)};
  const auto day = std::chrono::floor<std::chrono::days>(time);
  const std::chrono::year_month_day date(day);
  const std::chrono::hh_mm_ss clock(time - day);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<long>(clock.hours().count()),
                static_cast<long>(clock.minutes().count()),
                static_cast<long long>(clock.seconds().count()));
  return buffer;
}

}  // namespace

// Cross-site form posts are refused: browsers send Origin on POST, and a page of another site
// must not replace someone's CV. Same-origin requests and non-browser clients pass.
core::Result<void> check_same_origin(const Request& request) {
  const std::string origin = request.get_header_value("Origin");
  if (origin.empty() || origin == "null") return {};
  const auto scheme_end = origin.find("://");
  const std::string origin_host =
      scheme_end == std::string::npos ? std::string() : origin.substr(scheme_end + 3);
  // Behind a reverse proxy the browser's host arrives in X-Forwarded-Host.
  for (const char* header : {"Host", "X-Forwarded-Host"}) {
    const std::string host = request.get_header_value(header);
    if (!host.empty() && origin_host == host) return {};
  }
  return core::fail(ErrorCode::kForbidden,
                    "requête refusée : elle vient d'un autre site (" + origin + ")");
}

/// The session's CV; using it renews the session, so the cookie is renewed with it.
core::Result<store::SessionCv> session_cv_or_404(const Request& request, Response& response,
                                                 RouteContext& context) {
  const std::string id = read_visitor_session_id(request);
  if (!id.empty()) {
    auto found = context.cvs.find(hash_visitor_session_id(id));
    if (!found) return core::forward_error(std::move(found));
    if (*found) {
      response.set_header("Set-Cookie", visitor_session_cookie(id, context.cookie_secure,
                                                               context.cvs.session_ttl()));
      return std::move(**found);
    }
  }
  return core::fail(ErrorCode::kNotFound,
                    "aucun CV n'est associé à votre session : envoyez votre CV d'abord");
}

void post_upload_cv(const Request& request, Response& response, RouteContext& context) {
  if (auto same = check_same_origin(request); !same) return send_error(response, same.error());
  // Every attempt counts: reading a document (OCR above all) costs far more than refusing it.
  if (context.upload_limiter.is_limited(request.remote_addr)) {
    return send_error(response, core::Error{ErrorCode::kTooManyRequests,
                                            "trop de CV envoyés depuis votre adresse : "
                                            "patientez une minute avant de réessayer",
                                            ""});
  }
  context.upload_limiter.record(request.remote_addr);
  auto file = single_cv_file(request);
  if (!file) return send_error(response, file.error());
  std::string id = read_visitor_session_id(request);
  if (id.empty()) id = new_visitor_session_id();
  auto stored =
      context.cvs.upload(hash_visitor_session_id(id), (*file)->filename, (*file)->content);
  if (!stored) return send_error(response, stored.error());
  response.set_header("Set-Cookie",
                      visitor_session_cookie(id, context.cookie_secure, context.cvs.session_ttl()));
  send_json(response, {{"success", true},
                       {"message", "CV uploadé avec succès"},
                       {"filename", stored->display_name},
                       {"document_type", stored->document_type}});
}

void post_remove_cv(const Request& request, Response& response, RouteContext& context) {
  if (auto same = check_same_origin(request); !same) return send_error(response, same.error());
  const std::string id = read_visitor_session_id(request);
  if (!id.empty()) {
    auto removed = context.cvs.remove(hash_visitor_session_id(id));
    if (!removed) return send_error(response, removed.error());
    if (*removed) {
      return send_json(response, {{"success", true}, {"message", "CV supprimé avec succès"}});
    }
  }
  send_error(response,
             core::Error{ErrorCode::kNotFound,
                         "aucun CV n'est associé à votre session : rien à supprimer", ""});
}

void get_check_cv(const Request& request, Response& response, RouteContext& context) {
  auto cv = session_cv_or_404(request, response, context);
  if (!cv && cv.error().code != ErrorCode::kNotFound) return send_error(response, cv.error());
  response.set_header("Cache-Control", "no-store");
  send_json(response, {{"cv_uploaded", cv.has_value()},
                       {"cv_filename", cv ? nlohmann::json(cv->display_name) : nullptr}});
}

void get_api_cv_profile(const Request& request, Response& response, RouteContext& context) {
  auto cv = session_cv_or_404(request, response, context);
  if (!cv) return send_error(response, cv.error());
  const nlohmann::json facts = parse_stored_json(cv->document_json);
  nlohmann::json profile = parse_stored_json(cv->profile_json);
  // Skills come from the ATS engine's reading of the CV; without the taxonomy the list stays
  // empty and the rest of the profile is still shown.
  if (auto skills = context.matches.cv_facts(*cv); skills) {
    const auto extractor = context.matches.extractor();
    if (extractor) profile["skills"] = ats::cv_skills_json((*extractor)->taxonomy(), **skills);
  }
  response.set_header("Cache-Control", "no-store");
  send_json(response, {{"filename", cv->display_name},
                       {"document_type", cv->document_type},
                       {"uploaded_at", iso_time(cv->uploaded_at)},
                       {"pages", facts.value("pages", 1)},
                       {"used_ocr", facts.value("used_ocr", false)},
                       {"warnings", facts.value("warnings", nlohmann::json::array())},
                       {"profile", std::move(profile)},
                       {"text", cv->text}});
}

void get_my_cv_page(const Request&, Response& response, RouteContext& context) {
  send_page(response, context, "mon-cv.html");
}

}  // namespace jobmatch::web
