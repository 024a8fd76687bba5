// libFuzzer target: the timeline JSON reader, and the writer round-trip of what it accepts.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "timeline/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto timeline = chronoline::timeline_from_json(text, "fuzz.json");
  if (!timeline) return 0;
  std::string written = chronoline::timeline_to_json(*timeline);
  auto again = chronoline::timeline_from_json(written, "again.json");
  if (!again || chronoline::timeline_to_json(*again) != written) __builtin_trap();
  return 0;
}
