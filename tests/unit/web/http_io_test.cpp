#include "web/http_io.hpp"

#include <gtest/gtest.h>

namespace jobmatch::web {
namespace {

nlohmann::json body_of(const httplib::Response& response) {
  return nlohmann::json::parse(response.body);
}

TEST(SendError, PassesClientErrorsThroughWithTheirStatus) {
  httplib::Response response;
  send_error(response,
             core::Error{core::ErrorCode::kNotFound, "aucune offre n'a l'identifiant 7", ""});
  EXPECT_EQ(response.status, 404);
  const auto body = body_of(response);
  EXPECT_EQ(body["success"], false);
  EXPECT_EQ(body["error"]["code"], "not_found");
  EXPECT_EQ(body["error"]["message"], "aucune offre n'a l'identifiant 7");
}

TEST(SendError, KeepsServerInternalsOutOfTheAnswer) {
  httplib::Response response;
  send_error(response, core::Error{core::ErrorCode::kUnavailable,
                                   "database error while opening /srv/secret/jobs.db",
                                   "unable to open database file"});
  EXPECT_EQ(response.status, 503);
  const auto body = body_of(response);
  EXPECT_EQ(body["error"]["code"], "unavailable");
  const std::string message = body["error"]["message"];
  EXPECT_EQ(message.find("/srv/secret"), std::string::npos) << message;
  EXPECT_EQ(response.body.find("unable to open"), std::string::npos);
  EXPECT_FALSE(message.empty());
}

TEST(SendError, AnswersInternalErrorsWith500) {
  httplib::Response response;
  send_error(response, core::Error{core::ErrorCode::kInternal, "bug in x", ""});
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(body_of(response)["error"]["message"],
            "erreur interne du serveur ; elle a été journalisée");
}

TEST(HttpStatusFor, MapsEveryErrorFamily) {
  EXPECT_EQ(http_status_for(core::ErrorCode::kInvalidInput), 400);
  EXPECT_EQ(http_status_for(core::ErrorCode::kUnauthorized), 401);
  EXPECT_EQ(http_status_for(core::ErrorCode::kForbidden), 403);
  EXPECT_EQ(http_status_for(core::ErrorCode::kNotFound), 404);
  EXPECT_EQ(http_status_for(core::ErrorCode::kConflict), 409);
  EXPECT_EQ(http_status_for(core::ErrorCode::kTooLarge), 413);
  EXPECT_EQ(http_status_for(core::ErrorCode::kUnsupportedType), 415);
  EXPECT_EQ(http_status_for(core::ErrorCode::kUnprocessable), 422);
  EXPECT_EQ(http_status_for(core::ErrorCode::kTooManyRequests), 429);
  EXPECT_EQ(http_status_for(core::ErrorCode::kUnavailable), 503);
  EXPECT_EQ(http_status_for(core::ErrorCode::kInternal), 500);
}

}  // namespace
}  // namespace jobmatch::web
