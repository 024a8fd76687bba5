// UTF-8 helpers: validation, code-point counting and byte <-> code-point offsets.
#include "util/utf8.h"

#include <algorithm>

namespace chronoline::utf8 {
namespace {

// Length of the valid sequence at s[i], or 0 when it is invalid.
size_t sequence_length(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  // Reject overlong forms, surrogates and code points above U+10FFFF.
  if (c == 0xE0 && b(i + 1) < 0xA0) return 0;
  if (c == 0xED && b(i + 1) > 0x9F) return 0;
  if (c == 0xF0 && b(i + 1) < 0x90) return 0;
  if (c == 0xF4 && b(i + 1) > 0x8F) return 0;
  return n;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

size_t find_invalid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::string sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

size_t length(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation(c); }));
}

OffsetMap::OffsetMap(std::string_view text) : size_(text.size()) {
  cp_to_byte_.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i)
    if (!is_continuation(text[i])) cp_to_byte_.push_back(i);
  cp_to_byte_.push_back(text.size());
}

size_t OffsetMap::to_codepoint(size_t byte) const {
  auto it = std::lower_bound(cp_to_byte_.begin(), cp_to_byte_.end(), std::min(byte, size_));
  return static_cast<size_t>(it - cp_to_byte_.begin());
}

size_t OffsetMap::to_byte(size_t codepoint) const {
  return codepoint < cp_to_byte_.size() ? cp_to_byte_[codepoint] : size_;
}

std::string truncate(std::string_view s, size_t max_codepoints) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_continuation(s[i])) continue;
    if (count == max_codepoints) {
      // Leave room for the ellipsis by dropping the last kept code point.
      size_t cut = i;
      do { --cut; } while (cut > 0 && is_continuation(s[cut]));
      return std::string(s.substr(0, max_codepoints == 0 ? 0 : cut)) + "\xE2\x80\xA6";
    }
    ++count;
  }
  return std::string(s);
}

}  // namespace chronoline::utf8
