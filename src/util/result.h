// Result<T>: a value or an Error that says what went wrong; the library never exits or prints.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace chronoline {

// What kind of failure an Error is; main maps it to the exit status.
enum class ErrorKind {
  kInput,     // bad input or usage: exit status 2
  kInternal,  // anything else (I/O, rendering, resources): exit status 1
};

// A one-line, user-facing message naming the place (file, line:col, key) and what to do next.
struct Error {
  ErrorKind kind = ErrorKind::kInput;
  std::string message;

  static Error input(std::string msg) { return {ErrorKind::kInput, std::move(msg)}; }
  static Error internal(std::string msg) { return {ErrorKind::kInternal, std::move(msg)}; }
  int exit_status() const { return kind == ErrorKind::kInput ? 2 : 1; }
  // Returns a copy whose message is prefixed with "where: ".
  Error at(const std::string& where) const { return {kind, where + ": " + message}; }
};

// Holds either a T or an Error.
//
// Example:
//   Result<int> parse(std::string_view s);
//   auto r = parse("12");
//   if (!r) return r.error();
//   use(*r);
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// A Result with no value: success, or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace chronoline
