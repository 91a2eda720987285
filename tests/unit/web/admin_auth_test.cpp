#include "web/admin_auth.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

namespace jobmatch::web {
namespace {

class AdminAuthTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_GE(sodium_init(), 0); }
  AdminAuth auth_ = AdminAuth::with_password("correct horse").value();
};

TEST(AdminAuthDisabled, AnswersForbiddenWithHowToEnable) {
  AdminAuth auth;
  EXPECT_FALSE(auth.enabled());
  auto session = auth.log_in("anything", "127.0.0.1");
  ASSERT_FALSE(session);
  EXPECT_EQ(session.error().code, core::ErrorCode::kForbidden);
  EXPECT_NE(session.error().message.find("JOBMATCH_ADMIN_PASSWORD"), std::string::npos);
  EXPECT_EQ(auth.find_session("x").error().code, core::ErrorCode::kForbidden);
}

TEST(AdminAuthSetup, RefusesShortPasswords) {
  auto auth = AdminAuth::with_password("short");
  ASSERT_FALSE(auth);
  EXPECT_EQ(auth.error().code, core::ErrorCode::kInvalidInput);
}

TEST_F(AdminAuthTest, RightPasswordOpensASessionWithDistinctTokens) {
  auto session = auth_.log_in("correct horse", "127.0.0.1");
  ASSERT_TRUE(session);
  EXPECT_EQ(session->token.size(), 64u);
  EXPECT_NE(session->token, session->csrf_token);
  auto found = auth_.find_session(session->token);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->csrf_token, session->csrf_token);
}

TEST_F(AdminAuthTest, WrongPasswordIsUnauthorized) {
  auto session = auth_.log_in("wrong horse", "127.0.0.1");
  ASSERT_FALSE(session);
  EXPECT_EQ(session.error().code, core::ErrorCode::kUnauthorized);
}

TEST_F(AdminAuthTest, UnknownOrEmptyTokenIsUnauthorized) {
  EXPECT_EQ(auth_.find_session("").error().code, core::ErrorCode::kUnauthorized);
  EXPECT_EQ(auth_.find_session(std::string(64, 'a')).error().code, core::ErrorCode::kUnauthorized);
}

TEST_F(AdminAuthTest, CsrfCheckNeedsTheExactToken) {
  auto session = auth_.log_in("correct horse", "127.0.0.1").value();
  EXPECT_TRUE(auth_.check_csrf(session, session.csrf_token));
  EXPECT_EQ(auth_.check_csrf(session, "").error().code, core::ErrorCode::kForbidden);
  std::string altered = session.csrf_token;
  altered.back() = altered.back() == 'a' ? 'b' : 'a';
  EXPECT_FALSE(auth_.check_csrf(session, altered));
}

TEST_F(AdminAuthTest, LogOutEndsTheSession) {
  auto session = auth_.log_in("correct horse", "127.0.0.1").value();
  auth_.log_out(session.token);
  EXPECT_FALSE(auth_.find_session(session.token));
}

TEST_F(AdminAuthTest, TooManyFailuresFromOneAddressAreThrottled) {
  for (int i = 0; i < AdminAuth::kMaxFailuresPerMinute; ++i) {
    EXPECT_EQ(auth_.log_in("nope", "10.0.0.1").error().code, core::ErrorCode::kUnauthorized);
  }
  EXPECT_EQ(auth_.log_in("correct horse", "10.0.0.1").error().code,
            core::ErrorCode::kTooManyRequests);
  EXPECT_TRUE(auth_.log_in("correct horse", "10.0.0.2")) << "other addresses are not affected";
}

}  // namespace
}  // namespace jobmatch::web
