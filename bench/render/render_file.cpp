// render_file: renders a timeline JSON file to SVG/PNG/PDF (for eyeballing and timing by hand).
//   render_file TIMELINE.json OUT.(svg|png|pdf) [--style NAME|FILE] [key.path=value ...]
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "render/render.h"
#include "style/style_file.h"
#include "timeline/json.h"

using namespace chronoline;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: render_file TIMELINE.json OUT.(svg|png|pdf) [--style NAME|FILE] [key.path=value ...]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream text;
  text << in.rdbuf();
  auto timeline = timeline_from_json(text.str(), argv[1]);
  if (!timeline) return std::cerr << timeline.error().message << "\n", 2;
  std::string style_name = "default";
  std::vector<std::string> overrides;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--style" && i + 1 < argc) style_name = argv[++i];
    else overrides.push_back(a);
  }
  auto style = load_style(style_name, overrides);
  if (!style) return std::cerr << style.error().message << "\n", 2;
  auto format = format_for_path(argv[2]);
  if (!format) return std::cerr << "unknown output format\n", 2;
  auto t0 = std::chrono::steady_clock::now();
  auto bytes = render_timeline(*timeline, *style, *format, {});
  auto t1 = std::chrono::steady_clock::now();
  if (!bytes) return std::cerr << bytes.error().message << "\n", bytes.error().exit_status();
  std::ofstream(argv[2], std::ios::binary) << *bytes;
  std::cerr << std::chrono::duration<double>(t1 - t0).count() << " s\n";
  return 0;
}
