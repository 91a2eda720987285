// The fallback Expected is only the Result type under clang (the fuzz build); these tests
// instantiate it directly so the GCC test suite checks it as well.
#include "core/expected_fallback.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "core/error.hpp"

namespace {

using jobmatch::core::Error;
using jobmatch::core::ErrorCode;
using jobmatch::core::fallback::BadExpectedAccess;
using jobmatch::core::fallback::Expected;
using jobmatch::core::fallback::Unexpected;

using StringResult = Expected<std::string, Error>;
using VoidResult = Expected<void, Error>;
using PointerResult = Expected<std::unique_ptr<int>, Error>;

Unexpected<Error> not_found() { return Unexpected(Error{ErrorCode::kNotFound, "no such job", ""}); }

StringResult greet(bool ok) {
  if (!ok) return not_found();
  return "hello";  // implicit conversion of the value, as with std::expected
}

VoidResult check(bool ok) {
  if (!ok) return not_found();
  return {};
}

TEST(ExpectedFallback, AValueIsHeldAndReadable) {
  StringResult result = greet(true);
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(static_cast<bool>(result));
  EXPECT_EQ(*result, "hello");
  EXPECT_EQ(result->size(), 5u);
  EXPECT_EQ(result.value(), "hello");
}

TEST(ExpectedFallback, AnErrorIsHeldAndReadable) {
  StringResult result = greet(false);
  ASSERT_FALSE(result.has_value());
  EXPECT_FALSE(static_cast<bool>(result));
  EXPECT_EQ(result.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(result.error().message, "no such job");
}

TEST(ExpectedFallback, ValueOnAnErrorThrowsWithTheError) {
  StringResult result = greet(false);
  try {
    (void)result.value();
    FAIL() << "value() returned on an error";
  } catch (const BadExpectedAccess<Error>& thrown) {
    EXPECT_EQ(thrown.error().code, ErrorCode::kNotFound);
  }
}

TEST(ExpectedFallback, ValueOrGivesTheFallbackOnlyOnError) {
  EXPECT_EQ(greet(true).value_or("other"), "hello");
  EXPECT_EQ(greet(false).value_or("other"), "other");
  const StringResult held = greet(true);
  EXPECT_EQ(held.value_or("other"), "hello");
}

TEST(ExpectedFallback, DefaultConstructionValueInitialises) {
  Expected<int, Error> result;
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(*result, 0);
}

TEST(ExpectedFallback, InPlaceConstructsTheValue) {
  StringResult result(std::in_place, 3u, 'x');
  EXPECT_EQ(*result, "xxx");
}

TEST(ExpectedFallback, VoidResultSucceedsOrCarriesAnError) {
  VoidResult ok = check(true);
  EXPECT_TRUE(ok.has_value());
  EXPECT_NO_THROW(ok.value());

  VoidResult failed = check(false);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::kNotFound);
  EXPECT_THROW(failed.value(), BadExpectedAccess<Error>);
}

TEST(ExpectedFallback, VoidResultCopiesAndMovesBothStates) {
  VoidResult failed = check(false);
  VoidResult copied = failed;
  EXPECT_EQ(copied.error().message, "no such job");
  VoidResult moved = std::move(copied);
  EXPECT_EQ(moved.error().message, "no such job");
  moved = check(true);
  EXPECT_TRUE(moved.has_value());
}

TEST(ExpectedFallback, CopyKeepsBothStatesIndependent) {
  StringResult value = greet(true);
  StringResult value_copy = value;
  value_copy->append("!");
  EXPECT_EQ(*value, "hello");
  EXPECT_EQ(*value_copy, "hello!");

  StringResult error = greet(false);
  StringResult error_copy = error;
  EXPECT_EQ(error_copy.error().message, "no such job");
  EXPECT_EQ(error.error().message, "no such job");
}

TEST(ExpectedFallback, AssignmentSwitchesBetweenStates) {
  StringResult result = greet(true);
  result = greet(false);
  EXPECT_FALSE(result.has_value());
  result = std::string("again");
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(*result, "again");
  const StringResult error = greet(false);
  result = error;  // copy assignment from the error state
  EXPECT_FALSE(result.has_value());
}

TEST(ExpectedFallback, MoveTransfersTheValueAndTheError) {
  StringResult value = greet(true);
  StringResult moved_value = std::move(value);
  EXPECT_EQ(*moved_value, "hello");
  std::string taken = *std::move(moved_value);
  EXPECT_EQ(taken, "hello");

  StringResult error = greet(false);
  StringResult moved_error = std::move(error);
  Error taken_error = std::move(moved_error).error();
  EXPECT_EQ(taken_error.message, "no such job");
}

TEST(ExpectedFallback, HoldsAMoveOnlyValue) {
  static_assert(!std::is_copy_constructible_v<PointerResult>);
  static_assert(std::is_nothrow_move_constructible_v<PointerResult>);
  PointerResult result = std::make_unique<int>(7);
  PointerResult moved = std::move(result);
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(**moved, 7);
  std::unique_ptr<int> owned = std::move(moved).value();
  EXPECT_EQ(*owned, 7);

  PointerResult failed = not_found();
  PointerResult moved_failed = std::move(failed);
  EXPECT_EQ(moved_failed.error().code, ErrorCode::kNotFound);
}

TEST(ExpectedFallback, ErrorConvertsFromAnotherUnexpectedType) {
  // An Unexpected of a type E is constructible from (here a plain message) converts.
  Expected<int, std::string> result = Unexpected("bad input");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error(), "bad input");
}

TEST(ForwardError, PassesTheErrorToAResultOfAnotherType) {
  // Exercises core::forward_error with whichever Result type this compiler uses.
  auto parse = [](bool ok) -> jobmatch::core::Result<int> {
    if (!ok) return jobmatch::core::fail(ErrorCode::kInvalidInput, "not a number");
    return 4;
  };
  auto twice = [&](bool ok) -> jobmatch::core::Result<std::string> {
    auto parsed = parse(ok);
    if (!parsed) return jobmatch::core::forward_error(std::move(parsed));
    return std::to_string(*parsed * 2);
  };
  EXPECT_EQ(*twice(true), "8");
  EXPECT_EQ(twice(false).error().message, "not a number");
  auto failed = parse(false);
  jobmatch::core::Result<void> copied = jobmatch::core::forward_error(failed);
  EXPECT_EQ(copied.error().code, ErrorCode::kInvalidInput);
  jobmatch::core::Result<void> spelled = jobmatch::core::Unexpected(failed.error());
  EXPECT_EQ(spelled.error().message, "not a number");
}

}  // namespace
