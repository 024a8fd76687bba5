// libFuzzer target: the style reader (a style file, its extends chain, and one --set override).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "style/style_file.h"

// The input's first line is a --set override; the rest is the style file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/chronoline-style-fuzz-" + std::to_string(::getpid()) + ".json";
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t newline = input.find('\n');
  std::string override_line = newline == std::string::npos ? "" : input.substr(0, newline);
  {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << (newline == std::string::npos ? input : input.substr(newline + 1));
  }
  std::vector<std::string> overrides;
  if (!override_line.empty()) overrides.push_back(override_line);
  auto style = chronoline::load_style(path, overrides);
  if (style && (style->canvas.width <= 0 || style->canvas.height <= 0)) __builtin_trap();
  return 0;
}
