// libFuzzer target: style files, and the round trip of what they accept through style_to_json.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "style/style_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto style = chronoline::parse_style(text, "fuzz.json");
  if (!style) {
    if (style.error().message.empty()) __builtin_trap();
    return 0;
  }
  std::string written = chronoline::style_to_json(*style).dump();
  auto again = chronoline::parse_style(written, "again.json");
  if (!again || chronoline::style_to_json(*again).dump() != written) __builtin_trap();
  return 0;
}
