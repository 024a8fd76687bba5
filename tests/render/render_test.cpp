// Tests for the Cairo renderer: formats, repeatable bytes, font errors.
#include "render/render.h"

#include <cairo.h>
#include <doctest/doctest.h>

#include "layout/fixtures.h"
#include "layout/layout.h"
#include "render/pango_text.h"

namespace chronoline {
namespace {

TEST_CASE("format_for_path goes by extension, case-insensitively") {
  CHECK(format_for_path("out.svg") == OutputFormat::kSvg);
  CHECK(format_for_path("/tmp/a.b/OUT.PNG") == OutputFormat::kPng);
  CHECK(format_for_path("x.Pdf") == OutputFormat::kPdf);
  CHECK_FALSE(format_for_path("x.jpeg"));
  CHECK_FALSE(format_for_path("svg"));
  CHECK_FALSE(format_for_path("dir.svg/file"));
}

TEST_CASE("the same timeline renders to the same bytes") {
  Timeline t = testing::seed_timeline();
  for (OutputFormat f : {OutputFormat::kSvg, OutputFormat::kPng, OutputFormat::kPdf}) {
    auto a = render_timeline(t, default_style(), f, {});
    auto b = render_timeline(t, default_style(), f, {});
    REQUIRE_MESSAGE(a, (a ? "" : a.error().message));
    REQUIRE(b);
    CHECK(a->size() > 1000);
    CHECK(*a == *b);
  }
}

TEST_CASE("output files start with their format's signature") {
  Timeline t = testing::seed_timeline();
  CHECK(render_timeline(t, default_style(), OutputFormat::kSvg, {})->find("<svg") !=
        std::string::npos);
  CHECK(render_timeline(t, default_style(), OutputFormat::kPng, {})->substr(1, 3) == "PNG");
  auto pdf = render_timeline(t, default_style(), OutputFormat::kPdf, {});
  CHECK(pdf->substr(0, 5) == "%PDF-");
  CHECK(pdf->find("/Title <FEFF0050007500740069006E002C") !=
        std::string::npos);  // "Putin," in UTF-16
}

TEST_CASE("a font that does not resolve is a clear error, not boxes") {
  Style style = default_style();
  style.fonts.family = "No Such Font Family";
  auto r = render_timeline(testing::seed_timeline(), style, OutputFormat::kSvg, {});
  REQUIRE_FALSE(r);
  CHECK(r.error().message.rfind("font 'No Such Font Family' not found", 0) == 0);
  CHECK(check_font(default_style()).ok());
}

TEST_CASE("PNG scale multiplies the pixel size") {
  RenderOptions opts;
  opts.scale = 2;
  auto png = render_timeline(testing::seed_timeline(), default_style(), OutputFormat::kPng, opts);
  REQUIRE(png);
  auto be32 = [&](size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(png->data() + at);
    return (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
  };
  CHECK(be32(16) == 3200);
  CHECK(be32(20) == 1800);
}

// Alpha of the top-left pixel of a PNG.
int corner_alpha(const std::string& png) {
  struct Reader {
    const std::string* bytes;
    size_t at = 0;
  } reader{&png};
  auto read = [](void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->at + length > r->bytes->size()) return CAIRO_STATUS_READ_ERROR;
    std::copy_n(r->bytes->data() + r->at, length, data);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
  };
  cairo_surface_t* s = cairo_image_surface_create_from_png_stream(read, &reader);
  int alpha =
      cairo_surface_status(s) == CAIRO_STATUS_SUCCESS ? cairo_image_surface_get_data(s)[3] : -1;
  cairo_surface_destroy(s);
  return alpha;
}

TEST_CASE("--transparent leaves the background out") {
  Timeline t = testing::seed_timeline();
  RenderOptions clear;
  clear.transparent = true;
  CHECK(corner_alpha(*render_timeline(t, default_style(), OutputFormat::kPng, {})) == 255);
  CHECK(corner_alpha(*render_timeline(t, default_style(), OutputFormat::kPng, clear)) == 0);
}

TEST_CASE("a vertical list too tall for a PNG is an error that says what to do") {
  Style style = default_style();
  style.layout.orientation = Orientation::kVertical;
  auto png =
      render_timeline(testing::generated_timeline(3000, false), style, OutputFormat::kPng, {});
  REQUIRE_FALSE(png);
  CHECK(png.error().message.find(
            "more than PNG output allows (32767x32767); use a smaller scale, or SVG or PDF") !=
        std::string::npos);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// The layout properties again, measured with Pango as the CLI does.
TEST_CASE("with Pango measuring: no overlaps, every event accounted for, seed breaks give room") {
  Timeline seed = testing::seed_timeline();
  auto s = layout_for_render(seed, default_style());
  REQUIRE(s);
  CHECK(testing::first_overlap(*s) == "");
  CHECK(testing::accounting(*s, seed.events.size()) == "");
  CHECK(testing::inside_canvas(*s));
  for (bool clustered : {false, true}) {
    Timeline t = testing::generated_timeline(1000, clustered);
    auto g = layout_for_render(t, default_style());
    REQUIRE(g);
    CHECK(testing::first_overlap(*g) == "");
    CHECK(testing::accounting(*g, t.events.size()) == "");
    CHECK(testing::inside_canvas(*g));
  }
  Style vertical = default_style();
  vertical.layout.orientation = Orientation::kVertical;
  auto v = layout_for_render(seed, vertical);
  REQUIRE(v);
  CHECK(testing::first_overlap(*v) == "");
  CHECK(testing::accounting(*v, seed.events.size()) == "");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Regression: Cairo numbers SVG surfaces with a process-wide counter, so a second render in the
// same process used to say "surface6" where the first said "surface1".
TEST_CASE("svg_surface_ids: output does not depend on what was rendered before") {
  Timeline seed = testing::seed_timeline();
  auto first = render_timeline(seed, default_style(), OutputFormat::kSvg, {});
  REQUIRE(render_timeline(testing::generated_timeline(100, true), default_style(),
                          OutputFormat::kPdf, {}));
  REQUIRE(render_timeline(testing::generated_timeline(50, false), default_style(),
                          OutputFormat::kSvg, {}));
  auto again = render_timeline(seed, default_style(), OutputFormat::kSvg, {});
  REQUIRE(first);
  REQUIRE(again);
  CHECK(*first == *again);
  CHECK(first->find("id=\"surface1\"") != std::string::npos);
}


TEST_CASE("a bar's cut marks are holes in the bar, so they show on a transparent background") {
  Scene scene;
  scene.width = 200;
  scene.height = 100;
  scene.background = Color::rgb(0xffffff);
  RectPrim bar{Box{20, 40, 160, 10}, Color::rgb(0x2a6f97), Color{0, 0, 0, 0}, 0, 1, {100}};
  scene.draw.push_back(bar);
  RenderOptions clear;
  clear.transparent = true;
  auto png = render_scene(scene, default_style(), OutputFormat::kPng, clear);
  REQUIRE(png);
  struct Reader {
    const std::string* bytes;
    size_t at = 0;
  } reader{&*png};
  auto read = [](void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->at + length > r->bytes->size()) return CAIRO_STATUS_READ_ERROR;
    std::copy_n(r->bytes->data() + r->at, length, data);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
  };
  cairo_surface_t* s = cairo_image_surface_create_from_png_stream(read, &reader);
  REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
  const unsigned char* data = cairo_image_surface_get_data(s);
  int stride = cairo_image_surface_get_stride(s);
  auto alpha = [&](int x, int y) { return static_cast<int>(data[y * stride + 4 * x + 3]); };
  CHECK(alpha(60, 45) == 255);   // the bar
  CHECK(alpha(5, 5) == 0);       // the page
  int least = 255;
  for (int x = 92; x <= 108; ++x) least = std::min(least, alpha(x, 45));
  CHECK(least < 40);             // the cut lets the page through
  CHECK(alpha(100, 45) > 200);   // between its two strokes the bar remains
  cairo_surface_destroy(s);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Two events on the default 1600 px canvas drew 13 px labels in a mostly empty figure, about 5 px
// once the figure is shrunk into a page: one to four events get type 1.5 times larger (when it
// fits), and the drawing uses the sizes the layout measured.
TEST_CASE("a timeline of one to four events draws larger type, five or more the style's own") {
  using namespace date;
  for (size_t n : {1, 2, 4, 5, 12}) {
    CAPTURE(n);
    Timeline t;
    t.title = "Few events";
    t.published = DateTime{sys_days{year{2024} / 5 / 14}, std::nullopt};
    for (size_t i = 0; i < n; ++i)
      t.events.push_back(testing::day_event(sys_days{year{2024} / 1 / 10} + days{static_cast<int>(9 * i)},
                                            "Council voted on the plan for the new bridge"));
    auto scene = layout_for_render(t, default_style());
    REQUIRE(scene);
    double label_line = 0;
    for (const Prim& prim : scene->draw)
      if (const auto* text = std::get_if<TextPrim>(&prim); text && text->role == FontRole::kLabel)
        label_line = std::max(label_line, text->line_height);
    CHECK(scene->type_scale == doctest::Approx(n <= kFewEvents ? 1.5 : 1.0));
    // --dump-layout records the scale, so a reader of it knows the type is larger.
    CHECK(scene_to_json(*scene)["type_scale"].get<double>() == doctest::Approx(scene->type_scale));
    CHECK(label_line > (n <= kFewEvents ? 1.45 : 1.0) * default_style().fonts.label_size);
    CHECK(label_line < (n <= kFewEvents ? 1.5 * 1.4 : 1.4) * default_style().fonts.label_size);
    CHECK(testing::first_overlap(*scene) == "");
    CHECK(testing::accounting(*scene, n) == "");
    CHECK(testing::inside_canvas(*scene));
    // A list keeps its type: it grows with its events instead.
    Style list = default_style();
    list.layout.orientation = Orientation::kVertical;
    CHECK(layout_for_render(t, list)->type_scale == 1.0);
  }
}

}  // namespace
}  // namespace chronoline
