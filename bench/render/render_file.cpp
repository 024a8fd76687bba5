// render_file: renders a timeline JSON file to SVG/PNG/PDF (for eyeballing and timing by hand).
//   render_file TIMELINE.json OUT.(svg|png|pdf) [key=value ...]   (e.g. layout.orientation=vertical)
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "render/render.h"
#include "timeline/json.h"

using namespace chronoline;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: render_file TIMELINE.json OUT.(svg|png|pdf) [orientation=vertical] [width=N] [height=N]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream text;
  text << in.rdbuf();
  auto timeline = timeline_from_json(text.str(), argv[1]);
  if (!timeline) return std::cerr << timeline.error().message << "\n", 2;
  Style style = default_style();
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "orientation=vertical") style.layout.orientation = Orientation::kVertical;
    else if (a.rfind("width=", 0) == 0) style.canvas.width = std::stod(a.substr(6));
    else if (a.rfind("height=", 0) == 0) style.canvas.height = std::stod(a.substr(7));
  }
  auto format = format_for_path(argv[2]);
  if (!format) return std::cerr << "unknown output format\n", 2;
  auto t0 = std::chrono::steady_clock::now();
  auto bytes = render_timeline(*timeline, style, *format, {});
  auto t1 = std::chrono::steady_clock::now();
  if (!bytes) return std::cerr << bytes.error().message << "\n", bytes.error().exit_status();
  std::ofstream(argv[2], std::ios::binary) << *bytes;
  std::cerr << std::chrono::duration<double>(t1 - t0).count() << " s\n";
  return 0;
}
