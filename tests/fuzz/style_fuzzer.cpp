// libFuzzer target: the style reader (a style file, its extends chain, and one --set override),
// and the round trip of what it accepts through style_to_json.
#include <cstddef>
#include <cstdint>
#include <string>

#include "style/style_file.h"

// The input's first line is a --set override (none when empty); the rest is the style file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t newline = input.find('\n');
  std::string override_line = newline == std::string::npos ? "" : input.substr(0, newline);
  std::string text = newline == std::string::npos ? input : input.substr(newline + 1);
  auto style = chronoline::parse_style(text, "fuzz.json");
  if (!style) {
    if (style.error().message.empty()) __builtin_trap();
    return 0;
  }
  if (!override_line.empty() && !chronoline::apply_override(*style, override_line)) return 0;
  if (style->canvas.width <= 0 || style->canvas.height <= 0) __builtin_trap();
  std::string written = chronoline::style_to_json(*style).dump();
  auto again = chronoline::parse_style(written, "again.json");
  if (!again || chronoline::style_to_json(*again).dump() != written) __builtin_trap();
  return 0;
}
