#pragma once
// Error values for failures a caller must handle. Exceptions are kept for programming errors;
// everything a user can cause (bad input, unknown id, oversized request) travels as an Error.

#include <string>
#include <string_view>
#include <utility>
#include <version>

// std::expected when the standard library has it (GCC 12 with -std=c++2b); clang 14, used only
// for the fuzz build, cannot see libstdc++'s <expected>: see core/expected_fallback.hpp.
#if defined(__cpp_lib_expected)
#include <expected>
#else
#include "core/expected_fallback.hpp"
#endif

namespace jobmatch::core {

/// Families of expected failures; web/ maps each to one HTTP status in a single place.
enum class ErrorCode {
  kInvalidInput,     // malformed or out-of-range input (400)
  kNotFound,         // the thing asked for does not exist (404)
  kConflict,         // state does not allow it (409)
  kTooLarge,         // input above a configured limit (413)
  kUnsupportedType,  // a content type we do not handle (415)
  kUnprocessable,    // well-formed but unusable content (422)
  kUnauthorized,     // authentication missing or wrong (401)
  kForbidden,        // authenticated or not, not allowed (403)
  kTooManyRequests,  // rate limit hit (429)
  kUnavailable,      // a dependency (database, disk) failed (503)
  kInternal,         // a bug or an unexpected failure (500)
};

/// A failure with a stable machine code and a message written for the person who sees it.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string details;  // optional context for logs (never secrets or CV contents)
};

#if defined(__cpp_lib_expected)
/// Value or Error, the return type of every fallible operation.
template <typename T>
using Result = std::expected<T, Error>;

/// The error side of a Result. Spell it `core::Unexpected(error)` rather than
/// `std::unexpected(error)` in code the fuzz build compiles (core, text, documents, cv).
template <typename E>
using Unexpected = std::unexpected<E>;
#else
template <typename T>
using Result = fallback::Expected<T, Error>;

using fallback::Unexpected;
#endif

/// Builds the unexpected side of a Result: `return fail(ErrorCode::kNotFound, "...");`.
inline Unexpected<Error> fail(ErrorCode code, std::string message, std::string details = {}) {
  return Unexpected<Error>(Error{code, std::move(message), std::move(details)});
}

/// Passes the error of a failed Result up to a caller with another value type:
/// `if (!parsed) return core::forward_error(std::move(parsed));`.
template <typename R>
Unexpected<Error> forward_error(R&& failed) {
  return Unexpected<Error>(std::forward<R>(failed).error());
}

/// Stable snake_case name of an error code, used in JSON error bodies.
constexpr std::string_view error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return "invalid_input";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kTooLarge:
      return "too_large";
    case ErrorCode::kUnsupportedType:
      return "unsupported_type";
    case ErrorCode::kUnprocessable:
      return "unprocessable";
    case ErrorCode::kUnauthorized:
      return "unauthorized";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kTooManyRequests:
      return "too_many_requests";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

}  // namespace jobmatch::core
