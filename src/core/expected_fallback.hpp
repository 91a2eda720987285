#pragma once
// A small stand-in for std::expected, used by core/error.hpp only when the standard library
// does not provide it. Why it exists: the fuzz build (tests/fuzz, docs/fuzzing.md) needs clang
// 14 for libFuzzer, and libstdc++ 12's <expected> is hidden from clang 14 (it requires
// __cpp_concepts >= 202002L). tl::expected is not packaged in Debian 12 and we copy no
// third-party code, so this covers exactly the subset our modules use: construction from a value
// or an Unexpected, has_value / operator bool, operator* / operator->, value(), error(),
// value_or, and Expected<void, E>. GCC 12 builds keep std::expected; the unit tests
// (tests/unit/core/expected_fallback_test.cpp) instantiate this directly so GCC checks it too.
//
// Storage is a std::variant: it gives correct copy/move/assignment for both states (and deletes
// copying for move-only values) without hand-written union bookkeeping.

#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace jobmatch::core::fallback {

/// The error side of an Expected, as std::unexpected: `return Unexpected(error);`.
template <typename E>
class Unexpected {
 public:
  template <typename G = E>
  requires std::is_constructible_v<E, G>
  constexpr explicit Unexpected(G&& error) : error_(std::forward<G>(error)) {}

  constexpr const E& error() const& noexcept { return error_; }
  constexpr E& error() & noexcept { return error_; }
  constexpr E&& error() && noexcept { return std::move(error_); }

 private:
  E error_;
};

template <typename E>
Unexpected(E) -> Unexpected<E>;

/// Thrown by value() on an Expected that holds an error, as std::bad_expected_access.
template <typename E>
class BadExpectedAccess : public std::exception {
 public:
  explicit BadExpectedAccess(E error) : error_(std::move(error)) {}
  const char* what() const noexcept override { return "bad access to Expected without value"; }
  const E& error() const noexcept { return error_; }

 private:
  E error_;
};

namespace detail {
template <typename T>
struct IsUnexpected : std::false_type {};
template <typename E>
struct IsUnexpected<Unexpected<E>> : std::true_type {};

// What the converting constructor of Expected<T, ...> (Self) accepts as a value: anything T
// can be built from, except Self, the in_place tag and an Unexpected (those have their own).
template <typename U, typename T, typename Self>
concept ValueArgument =
    !std::is_same_v<std::remove_cvref_t<U>, Self> &&
    !std::is_same_v<std::remove_cvref_t<U>, std::in_place_t> &&
    !IsUnexpected<std::remove_cvref_t<U>>::value && std::is_constructible_v<T, U>;
}  // namespace detail

/// Either a T or an E, as std::expected<T, E>. Index 0 of the variant is the value.
template <typename T, typename E>
class Expected {
 public:
  using value_type = T;
  using error_type = E;

  constexpr Expected() requires std::is_default_constructible_v<T>
      : state_(std::in_place_index<0>) {}

  /// From a value (implicit when U converts to T, as std::expected).
  template <detail::ValueArgument<T, Expected> U = T>
  constexpr explicit(!std::is_convertible_v<U, T>) Expected(U&& value)
      : state_(std::in_place_index<0>, std::forward<U>(value)) {}

  /// In-place construction of the value: `Expected<Foo, E>(std::in_place, a, b)`.
  template <typename... Args>
  constexpr explicit Expected(std::in_place_t, Args&&... args)
      : state_(std::in_place_index<0>, std::forward<Args>(args)...) {}

  template <typename G>
  requires std::is_constructible_v<E, const G&>
  constexpr explicit(!std::is_convertible_v<const G&, E>) Expected(const Unexpected<G>& error)
      : state_(std::in_place_index<1>, error.error()) {}

  template <typename G>
  requires std::is_constructible_v<E, G>
  constexpr explicit(!std::is_convertible_v<G, E>) Expected(Unexpected<G>&& error)
      : state_(std::in_place_index<1>, std::move(error).error()) {}

  constexpr bool has_value() const noexcept { return state_.index() == 0; }
  constexpr explicit operator bool() const noexcept { return has_value(); }

  // Unchecked access, as std::expected: the caller has tested has_value().
  constexpr T& operator*() & noexcept { return *std::get_if<0>(&state_); }
  constexpr const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
  constexpr T&& operator*() && noexcept { return std::move(*std::get_if<0>(&state_)); }
  constexpr T* operator->() noexcept { return std::get_if<0>(&state_); }
  constexpr const T* operator->() const noexcept { return std::get_if<0>(&state_); }

  // Checked access: throws BadExpectedAccess<E> holding a copy of the error.
  constexpr T& value() & { return (check(), **this); }
  constexpr const T& value() const& { return (check(), **this); }
  constexpr T&& value() && { return (check(), std::move(**this)); }

  constexpr E& error() & noexcept { return *std::get_if<1>(&state_); }
  constexpr const E& error() const& noexcept { return *std::get_if<1>(&state_); }
  constexpr E&& error() && noexcept { return std::move(*std::get_if<1>(&state_)); }

  template <typename U>
  constexpr T value_or(U&& other) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(other));
  }
  template <typename U>
  constexpr T value_or(U&& other) && {
    return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(other));
  }

 private:
  constexpr void check() const {
    if (!has_value()) throw BadExpectedAccess<E>(error());
  }

  std::variant<T, E> state_;
};

/// Success without a value, or an E: the shape of Result<void>.
template <typename E>
class Expected<void, E> {
 public:
  using value_type = void;
  using error_type = E;

  constexpr Expected() noexcept = default;

  template <typename G>
  requires std::is_constructible_v<E, const G&>
  constexpr explicit(!std::is_convertible_v<const G&, E>) Expected(const Unexpected<G>& error)
      : state_(std::in_place_index<1>, error.error()) {}

  template <typename G>
  requires std::is_constructible_v<E, G>
  constexpr explicit(!std::is_convertible_v<G, E>) Expected(Unexpected<G>&& error)
      : state_(std::in_place_index<1>, std::move(error).error()) {}

  constexpr bool has_value() const noexcept { return state_.index() == 0; }
  constexpr explicit operator bool() const noexcept { return has_value(); }
  constexpr void operator*() const noexcept {}

  constexpr void value() const {
    if (!has_value()) throw BadExpectedAccess<E>(error());
  }

  constexpr E& error() & noexcept { return *std::get_if<1>(&state_); }
  constexpr const E& error() const& noexcept { return *std::get_if<1>(&state_); }
  constexpr E&& error() && noexcept { return std::move(*std::get_if<1>(&state_)); }

 private:
  std::variant<std::monostate, E> state_;
};

}  // namespace jobmatch::core::fallback
