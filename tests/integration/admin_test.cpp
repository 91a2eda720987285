// The admin area with JOBMATCH_ADMIN_PASSWORD set: login, session cookie, CSRF-protected
// deletion, logout and the login rate limit.

#include <gtest/gtest.h>

#include <string>

#include "shared_server.hpp"

namespace jobmatch::integration {
namespace {

using nlohmann::json;

constexpr const char* kPassword = "correct horse battery";

ServerOptions admin_catalogue() {
  return small_catalogue({{"JOBMATCH_ADMIN_PASSWORD", kPassword}});
}

ApiAnswer log_in(httplib::Client& http, const std::string& password) {
  json body = {{"password", password}};
  return to_answer(http.Post("/api/admin/login", body.dump(), "application/json"));
}

/// The `name=value` part of the session cookie set by a login answer.
std::string session_cookie(const ApiAnswer& login) {
  const std::string set_cookie = login.header("Set-Cookie");
  return set_cookie.substr(0, set_cookie.find(';'));
}

class Admin : public WithSharedServer<Admin> {
 public:
  static ServerOptions server_options() { return admin_catalogue(); }

 protected:
  /// Logs in with the right password and keeps the session cookie and CSRF token.
  void log_in_as_admin() {
    auto http = client();
    const ApiAnswer answer = log_in(http, kPassword);
    ASSERT_EQ(answer.status, 200) << answer.raw_body;
    cookie_ = session_cookie(answer);
    csrf_token_ = answer.body.value("csrf_token", "");
    ASSERT_FALSE(cookie_.empty());
    ASSERT_FALSE(csrf_token_.empty());
  }

  ApiAnswer post_with_session(const std::string& path, const httplib::Headers& extra = {}) {
    httplib::Headers headers = extra;
    headers.emplace("Cookie", cookie_);
    auto http = client();
    return to_answer(http.Post(path, headers, "", "application/json"));
  }

  ApiAnswer get_with_session(const std::string& path) {
    return get_json(path, {{"Cookie", cookie_}});
  }

  /// The first posting of a source: the tests that delete and those that must not use
  /// different sources, whatever order they run in.
  static std::int64_t first_job_of(const std::string& source) {
    const ApiAnswer answer = get_json(with_query("/api/search", {{"source", source}}));
    const auto ids = job_ids(answer.body);
    return ids.empty() ? -1 : ids.front();
  }

  static std::string delete_path(std::int64_t id) {
    return "/api/admin/jobs/" + std::to_string(id) + "/delete";
  }

  std::string cookie_;
  std::string csrf_token_;
};

TEST_F(Admin, WrongPasswordIsUnauthorized) {
  auto http = client();
  const ApiAnswer answer = log_in(http, "not the password");

  EXPECT_TRUE(is_json_error(answer, 401, "unauthorized"));
  EXPECT_EQ(answer.header("Set-Cookie"), "");
}

TEST_F(Admin, LoginThatIsNotJsonIsUnsupportedMediaType) {
  auto http = client();
  const ApiAnswer answer =
      to_answer(http.Post("/api/admin/login", std::string(kPassword), "text/plain"));

  EXPECT_TRUE(is_json_error(answer, 415, "unsupported_type"));
}

TEST_F(Admin, LoginWithoutPasswordFieldIsInvalidInput) {
  auto http = client();
  const ApiAnswer answer =
      to_answer(http.Post("/api/admin/login", R"({"pass": "x"})", "application/json"));

  EXPECT_TRUE(is_json_error(answer, 400, "invalid_input"));
}

TEST_F(Admin, RightPasswordGivesACsrfTokenAndAStrictHttpOnlyCookie) {
  auto http = client();
  const ApiAnswer answer = log_in(http, kPassword);

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["success"], true);
  EXPECT_GE(answer.body.value("csrf_token", "").size(), 32u);
  const std::string set_cookie = answer.header("Set-Cookie");
  EXPECT_TRUE(set_cookie.starts_with("jobmatch_admin=")) << set_cookie;
  EXPECT_NE(set_cookie.find("; HttpOnly"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("; SameSite=Strict"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("; Path=/"), std::string::npos) << set_cookie;
}

TEST_F(Admin, SessionWithoutCookieIsNotAuthenticated) {
  const ApiAnswer answer = get_json("/api/admin/session");

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["authenticated"], false);
  EXPECT_FALSE(answer.body.contains("csrf_token"));
}

TEST_F(Admin, SessionWithCookieIsAuthenticatedAndRepeatsTheCsrfToken) {
  log_in_as_admin();

  const ApiAnswer answer = get_with_session("/api/admin/session");

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["authenticated"], true);
  EXPECT_EQ(answer.body["csrf_token"], csrf_token_);
}

TEST_F(Admin, OverviewWithoutCookieIsUnauthorized) {
  const ApiAnswer answer = get_json("/api/admin/overview");

  EXPECT_TRUE(is_json_error(answer, 401, "unauthorized"));
}

TEST_F(Admin, OverviewWithForgedCookieIsUnauthorized) {
  const ApiAnswer answer =
      get_json("/api/admin/overview", {{"Cookie", "jobmatch_admin=" + std::string(64, 'f')}});

  EXPECT_TRUE(is_json_error(answer, 401, "unauthorized"));
}

TEST_F(Admin, OverviewWithCookieDescribesTheCatalogue) {
  log_in_as_admin();

  const ApiAnswer answer = get_with_session("/api/admin/overview");
  const ApiAnswer health = get_json("/healthz");

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  json& overview = answer.body["overview"];
  EXPECT_EQ(overview["total_jobs"], health.body["jobs"]);
  EXPECT_EQ(overview["database"], "sqlite");
  EXPECT_TRUE(overview["schema_version"].is_number_integer());
  EXPECT_TRUE(overview["by_source"].is_array());
}

TEST_F(Admin, AdminPageIsServedWhenEnabled) {
  const ApiAnswer answer = get_json("/admin/");

  EXPECT_EQ(answer.status, 200);
  EXPECT_TRUE(answer.header("Content-Type").starts_with("text/html"));
}

TEST_F(Admin, DeleteWithoutCsrfTokenIsForbiddenAndKeepsThePosting) {
  log_in_as_admin();
  const std::int64_t id = first_job_of("the_muse");
  ASSERT_GT(id, 0);

  const ApiAnswer answer = post_with_session(delete_path(id));

  EXPECT_TRUE(is_json_error(answer, 403, "forbidden"));
  EXPECT_EQ(get_json("/api/jobs/" + std::to_string(id)).status, 200);
}

TEST_F(Admin, DeleteWithWrongCsrfTokenIsForbiddenAndKeepsThePosting) {
  log_in_as_admin();
  const std::int64_t id = first_job_of("the_muse");
  ASSERT_GT(id, 0);

  const ApiAnswer answer =
      post_with_session(delete_path(id), {{"X-CSRF-Token", std::string(64, '0')}});

  EXPECT_TRUE(is_json_error(answer, 403, "forbidden"));
  EXPECT_EQ(get_json("/api/jobs/" + std::to_string(id)).status, 200);
}

TEST_F(Admin, DeleteWithCsrfTokenButWithoutSessionIsUnauthorized) {
  log_in_as_admin();
  const std::int64_t id = first_job_of("the_muse");
  ASSERT_GT(id, 0);
  auto http = client();

  const ApiAnswer answer =
      to_answer(http.Post(delete_path(id), {{"X-CSRF-Token", csrf_token_}}, "", "text/plain"));

  EXPECT_TRUE(is_json_error(answer, 401, "unauthorized"));
  EXPECT_EQ(get_json("/api/jobs/" + std::to_string(id)).status, 200);
}

TEST_F(Admin, DeleteWithSessionAndCsrfTokenRemovesThePosting) {
  log_in_as_admin();
  const std::int64_t id = first_job_of("adzuna");
  ASSERT_GT(id, 0);

  const ApiAnswer answer = post_with_session(delete_path(id), {{"X-CSRF-Token", csrf_token_}});

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.body["success"], true);
  EXPECT_TRUE(is_json_error(get_json("/api/jobs/" + std::to_string(id)), 404, "not_found"));
}

TEST_F(Admin, DeleteOfAnUnknownIdIsNotFound) {
  log_in_as_admin();

  const ApiAnswer answer = post_with_session(delete_path(999999), {{"X-CSRF-Token", csrf_token_}});

  EXPECT_TRUE(is_json_error(answer, 404, "not_found"));
}

TEST_F(Admin, LogoutWithoutCsrfTokenIsForbiddenAndKeepsTheSession) {
  log_in_as_admin();

  const ApiAnswer answer = post_with_session("/api/admin/logout");

  EXPECT_TRUE(is_json_error(answer, 403, "forbidden"));
  EXPECT_EQ(get_with_session("/api/admin/overview").status, 200);
}

TEST_F(Admin, LogoutInvalidatesTheSession) {
  log_in_as_admin();

  const ApiAnswer answer = post_with_session("/api/admin/logout", {{"X-CSRF-Token", csrf_token_}});

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_NE(answer.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_TRUE(is_json_error(get_with_session("/api/admin/overview"), 401, "unauthorized"));
  EXPECT_EQ(get_with_session("/api/admin/session").body["authenticated"], false);
}

class AdminBehindHttps : public WithSharedServer<AdminBehindHttps> {
 public:
  static ServerOptions server_options() {
    return small_catalogue(
        {{"JOBMATCH_ADMIN_PASSWORD", kPassword}, {"JOBMATCH_COOKIE_SECURE", "1"}});
  }
};

TEST_F(AdminBehindHttps, CookieSecureSettingMarksTheSessionCookieSecure) {
  auto http = client();
  const ApiAnswer answer = log_in(http, kPassword);

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_NE(answer.header("Set-Cookie").find("; Secure"), std::string::npos)
      << answer.header("Set-Cookie");
}

TEST_F(Admin, CookieIsNotMarkedSecureByDefault) {
  auto http = client();
  const ApiAnswer answer = log_in(http, kPassword);

  ASSERT_EQ(answer.status, 200) << answer.raw_body;
  EXPECT_EQ(answer.header("Set-Cookie").find("Secure"), std::string::npos);
}

// The limit counts failures per client address, and every test connects from 127.0.0.1: each
// rate-limit test gets a server of its own so no other test's failures count.
class AdminLoginRateLimit : public WithSharedServer<AdminLoginRateLimit> {
 public:
  static ServerOptions server_options() { return admin_catalogue(); }
};

TEST_F(AdminLoginRateLimit, SixthWrongLoginInAMinuteIsTooManyRequests) {
  auto http = client();
  for (int attempt = 1; attempt <= 5; ++attempt) {
    EXPECT_TRUE(is_json_error(log_in(http, "wrong password"), 401, "unauthorized"))
        << "attempt " << attempt;
  }

  const ApiAnswer sixth = log_in(http, "wrong password");

  EXPECT_TRUE(is_json_error(sixth, 429, "too_many_requests"));
}

class AdminLockout : public WithSharedServer<AdminLockout> {
 public:
  static ServerOptions server_options() { return admin_catalogue(); }
};

TEST_F(AdminLockout, RightPasswordIsRefusedWhileTheAddressIsLockedOut) {
  auto http = client();
  for (int attempt = 1; attempt <= 6; ++attempt) log_in(http, "wrong password");

  const ApiAnswer answer = log_in(http, kPassword);

  EXPECT_TRUE(is_json_error(answer, 429, "too_many_requests"));
  EXPECT_EQ(answer.header("Set-Cookie"), "");
}

}  // namespace
}  // namespace jobmatch::integration
