// UTF-8 helpers: validation, code-point counting and byte <-> code-point offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronoline::utf8 {

// Returns the byte offset of the first invalid UTF-8 sequence in `s`, or npos when valid.
size_t find_invalid(std::string_view s);

// Returns `s` with every invalid sequence replaced by U+FFFD.
std::string sanitize(std::string_view s);

// Number of code points in valid UTF-8 `s`.
size_t length(std::string_view s);

// Maps byte offsets of one text to code-point offsets, in O(1) per query after O(n) set-up.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // `byte` must be <= text size and on a code-point boundary (else the next boundary is used).
  size_t to_codepoint(size_t byte) const;
  // Inverse of to_codepoint; a code point past the end maps to the text size.
  size_t to_byte(size_t codepoint) const;

 private:
  std::vector<size_t> cp_to_byte_;  // one entry per code point, plus the end
  size_t size_ = 0;
};

// Truncates `s` to at most `max_codepoints` code points, appending "…" when cut.
std::string truncate(std::string_view s, size_t max_codepoints);

}  // namespace chronoline::utf8
