// pango_baseline: a bare pangocairo program drawing N wrapped labels to an SVG file, the yardstick
// for render speed (chronoline must stay within 3x of it at 10,000 events).
//   pango_baseline [N=10000] [OUT=/tmp/pango_baseline.svg]
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10000;
  const char* out = argc > 2 ? argv[2] : "/tmp/pango_baseline.svg";
  auto t0 = std::chrono::steady_clock::now();
  cairo_surface_t* surface = cairo_svg_surface_create(out, 1600, 900);
  cairo_t* cr = cairo_create(surface);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans 10");
  pango_layout_set_font_description(layout, font);
  pango_layout_set_width(layout, 200 * PANGO_SCALE);
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  const char* words[] = {"talks", "summit", "troops", "border", "minister", "agree", "deal", "vote"};
  for (int i = 0; i < n; ++i) {
    std::string text = "Event " + std::to_string(i);
    for (int w = 0; w < 2 + i % 7; ++w) text += std::string(" ") + words[(i * 7 + w) % 8];
    pango_layout_set_text(layout, text.c_str(), -1);
    cairo_move_to(cr, (i * 37) % 1400, (i * 53) % 850);
    pango_cairo_show_layout(cr, layout);
  }
  pango_font_description_free(font);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  auto t1 = std::chrono::steady_clock::now();
  std::fprintf(stderr, "%d labels: %.3f s\n", n, std::chrono::duration<double>(t1 - t0).count());
  return 0;
}
