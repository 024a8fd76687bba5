// Tests for the Cairo renderer: formats, repeatable bytes, font errors.
#include "render/render.h"

#include <doctest/doctest.h>

#include "layout/fixtures.h"
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
  CHECK(render_timeline(t, default_style(), OutputFormat::kSvg, {})->find("<svg") != std::string::npos);
  CHECK(render_timeline(t, default_style(), OutputFormat::kPng, {})->substr(1, 3) == "PNG");
  auto pdf = render_timeline(t, default_style(), OutputFormat::kPdf, {});
  CHECK(pdf->substr(0, 5) == "%PDF-");
  CHECK(pdf->find("/Title <FEFF0050007500740069006E002C") != std::string::npos);  // "Putin," in UTF-16
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

}  // namespace
}  // namespace chronoline
