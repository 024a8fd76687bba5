// Tests of styles from the command line: --style NAME|FILE, repeated --set, and the error lines.
#include "style/style_file.h"

#include <doctest/doctest.h>

#include <set>

#include "cli_runner.h"

namespace chronoline {
namespace {

using testing::run_cli;
using testing::scratch_dir;
using testing::slurp;

const std::string kTimeline = "examples/lisbon-metro.json";

// Width and height from a PNG's IHDR.
std::pair<uint32_t, uint32_t> png_size(const std::string& png) {
  auto be32 = [&](size_t at) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return v;
  };
  return {be32(16), be32(20)};
}

// Renders kTimeline with a style file holding `style_text`; returns the CLI result and the file name.
std::pair<testing::CliResult, std::string> render_with(const std::string& style_text) {
  auto dir = scratch_dir("style-file");
  std::string style = (dir / "mystyle.json").string();
  std::ofstream(style, std::ios::binary) << style_text;
  return {run_cli({"render", kTimeline, "-o", (dir / "out.svg").string(), "--style", style}), style};
}

TEST_CASE("an unknown key exits 2 naming the file and key path, with the nearest key") {
  auto [r, style] = render_with("{\n  // my style\n  \"canvas\": {\"widht\": 1200}\n}\n");
  CHECK(r.status == 2);
  CHECK(r.err == "chronoline: " + style + ": canvas.widht: unknown key; did you mean canvas.width?\n");
}

TEST_CASE("a wrong type or an out-of-range value names what is allowed") {
  CHECK(render_with(R"({"canvas": {"width": "wide"}})").first.err.ends_with(
      ": canvas.width: expected a number from 200 to 20000, got \"wide\"\n"));
  CHECK(render_with(R"({"canvas": {"width": 50}})").first.err.ends_with(
      ": canvas.width: expected a number from 200 to 20000, got 50\n"));
  CHECK(render_with(R"({"show": {"title": "yes"}})").first.err.ends_with(": show.title: expected true or false, got \"yes\"\n"));
  CHECK(render_with(R"({"markers": {"shape": "star"}})").first.err.ends_with(
      ": markers.shape: expected one of circle | diamond | square, got \"star\"\n"));
  CHECK(render_with(R"({"canvas": 3})").first.err.ends_with(
      ": canvas: a group of keys, not a value; set one of canvas.width, canvas.height, canvas.background, "
      "canvas.margin_top, canvas.margin_right, canvas.margin_bottom, canvas.margin_left inside an object, "
      "e.g. \"canvas\": {\"width\": ...}; got 3\n"));
  CHECK(render_with(R"({"canvas": {"width": "wide"}})").first.status == 2);
}

TEST_CASE("a JSON syntax error gives file:line:col") {
  auto [r, style] = render_with("{\n  \"canvas\": {\"width\": 1200,}\n}\n");
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("chronoline: " + style + ":2:28: invalid JSON: syntax error while parsing object key"));
}

TEST_CASE("extends: an unknown parent and a loop are clear errors") {
  auto [unknown, style] = render_with(R"({"extends": "drak"})");
  CHECK(unknown.status == 2);
  CHECK(unknown.err == "chronoline: " + style +
                           ": extends: style 'drak': no such built-in style or file; did you mean dark? "
                           "(built-in: compact, dark, default, print, report, vertical)\n");
  auto [loop, self] = render_with(R"({"extends": "mystyle.json"})");
  CHECK(loop.status == 2);
  CHECK(loop.err == "chronoline: " + self + ": extends: styles extend each other in a loop (" + self + " -> " + self +
                        "); remove one of the \"extends\"\n");
}

TEST_CASE("--set overrides keys, may be repeated, and reports bad keys and values") {
  auto dir = scratch_dir("style-set");
  std::string out = (dir / "t.png").string();
  auto r = run_cli({"render", kTimeline, "-o", out, "--style", "compact", "--set", "canvas.width=700", "--set",
                    "canvas.height=400", "--set", "canvas.background=#fafafa"});
  REQUIRE(r.status == 0);
  CHECK(png_size(slurp(out)) == std::pair<uint32_t, uint32_t>{700, 400});
  auto bad = run_cli({"render", kTimeline, "-o", out, "--set", "fonts.famly=DejaVu Serif"});
  CHECK(bad.status == 2);
  CHECK(bad.err == "chronoline: --set: fonts.famly: unknown key; did you mean fonts.family?\n");
}

TEST_CASE("built-in styles load by name from any directory and each gives a different image") {
  auto dir = scratch_dir("style-names");
  std::string timeline = (testing::source_dir() / kTimeline).string();
  std::set<std::string> images;
  for (const std::string& name : builtin_style_names()) {
    CAPTURE(name);
    std::string out = (dir / (name + ".png")).string();
    std::string cmd = "cd / && " + testing::shell_quote(testing::binary().string()) + " render " +
                      testing::shell_quote(timeline) + " -o " + testing::shell_quote(out) + " --style " + name;
    REQUIRE(std::system(cmd.c_str()) == 0);
    images.insert(slurp(out));
  }
  CHECK(images.size() == builtin_style_names().size());
  auto r = run_cli({"render", kTimeline, "-o", (dir / "x.svg").string(), "--style", "drak"});
  CHECK(r.status == 2);
  CHECK(r.err == "chronoline: style 'drak': no such built-in style or file; did you mean dark? "
                 "(built-in: compact, dark, default, print, report, vertical)\n");
}

TEST_CASE("regression: a number too large for a double is an input error, not a crash (found by style_fuzzer)") {
  auto s = parse_style("{\n  \"canvas\": {\"width\": 33e333}}", "big.json");
  REQUIRE_FALSE(s);
  CHECK(s.error().kind == ErrorKind::kInput);
  CHECK(s.error().message == "big.json:2:23: invalid JSON: number overflow parsing '33e333'; fix the number");
}

TEST_CASE("the style file shown in README.md loads") {
  std::string readme = slurp(testing::source_dir() / "README.md");
  size_t start = readme.find("```jsonc\n// mystyle.json\n");
  REQUIRE(start != std::string::npos);
  start = readme.find('\n', start) + 1;
  auto style = parse_style(readme.substr(start, readme.find("```", start) - start), "README.md");
  REQUIRE_MESSAGE(style, (style ? "" : style.error().message));
  CHECK(style->canvas.width == 1200);
  CHECK(style->markers.shape == MarkerShape::kDiamond);
}

TEST_CASE("regression: --set with invalid UTF-8 is an input error, not a crash (found by style_fuzzer)") {
  Style style = default_style();
  Status st = apply_override(style, "fonts.family=Deja\xa7Vu");
  REQUIRE_FALSE(st);
  CHECK(st.error().message == "--set fonts.family=Deja\xef\xbf\xbdVu: the value is not valid UTF-8");
  CHECK_FALSE(apply_override(style, "canvas.width=12\xa7\xa7"));
}

TEST_CASE("parse_style reads the text of a style file") {
  auto s = parse_style("// c\n{\"extends\": \"print\", \"canvas\": {\"width\": 640}}", "inline.json");
  REQUIRE(s);
  CHECK(s->canvas.width == 640);
  CHECK(s->fonts.family == "DejaVu Serif");
  CHECK(parse_style("[]", "x.json").error().message ==
        "x.json:1:1: not a style file, which is a JSON object { ... }; give a style JSON file or a built-in style "
        "(compact, dark, default, print, report, vertical)");
  CHECK(parse_style(R"({"extends": "/"})", "x.json").error().message ==
        "x.json: extends: style '/': is a directory; give a style JSON file or a built-in style "
        "(compact, dark, default, print, report, vertical)");
}

}  // namespace
}  // namespace chronoline
