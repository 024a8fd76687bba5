// Tests for the style struct, its key-path table and style files.
#include "style/style_file.h"
#include "style/style_docs.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "style/style_file.h"
#include "test_support.h"

namespace chronoline {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string error_of(std::string_view name, std::vector<std::string> overrides = {}) {
  auto r = load_style(name, overrides);
  return r ? "ok" : r.error().message;
}

// A temporary folder of style files, removed at the end of the test.
struct TempDir {
  fs::path path =
      fs::temp_directory_path() / ("chronoline_style_test_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
};

TEST_CASE("every style field has a unique dotted key, a doc line and accessors of its type") {
  std::set<std::string_view> keys;
  for (const StyleField& f : style_fields()) {
    CAPTURE(f.key);
    CHECK(keys.insert(f.key).second);
    CHECK(f.key.find('.') != std::string_view::npos);
    CHECK_FALSE(f.doc.empty());
    int accessors = (f.number != nullptr) + (f.integer != nullptr) + (f.boolean != nullptr) +
                    (f.string != nullptr) + (f.color != nullptr) + (f.color_list != nullptr) +
                    (f.get_enum != nullptr);
    CHECK(accessors == 1);
  }
  CHECK(find_style_field("canvas.width") != nullptr);
  CHECK(find_style_field("canvas.widht") == nullptr);
}

TEST_CASE("styles/default.json lists every field with the defaults in style.h") {
  CHECK(read_file(testing::source_dir() / "styles/default.json") == default_style_file());
}

TEST_CASE("every field survives a round trip through style JSON") {
  auto json = style_to_json(load_style("dark").value());
  Style back = default_style();
  REQUIRE(apply_style_json(back, nlohmann::json::parse(json.dump()), "x").ok());
  CHECK(style_to_json(back) == json);
}

TEST_CASE("built-in styles load and extend the default") {
  CHECK(builtin_style_names() == std::vector<std::string>{"compact", "dark", "default", "print", "report", "vertical"});
  for (const std::string& name : builtin_style_names()) CHECK(error_of(name) == "ok");
  CHECK(load_style("dark")->canvas.background == Color::rgb(0x0b1120));
  CHECK(load_style("dark")->canvas.width == 1600);
  CHECK(load_style("vertical")->layout.orientation == Orientation::kVertical);
  CHECK(load_style("")->canvas.width == 1600);
}

TEST_CASE("--set overrides take JSON values or plain strings") {
  auto s =
      load_style("default", {"canvas.width=1200", "fonts.family=DejaVu Serif", "axis.breaks=false",
                             "colors.text=#123456", "layout.orientation=vertical",
                             "colors.palette=[\"#ff0000\",\"#00ff00\"]", "labels.max_lines=2"});
  REQUIRE(s);
  CHECK(s->canvas.width == 1200);
  CHECK(s->fonts.family == "DejaVu Serif");
  CHECK_FALSE(s->axis.breaks);
  CHECK(s->colors.text == Color::rgb(0x123456));
  CHECK(s->layout.orientation == Orientation::kVertical);
  CHECK(s->colors.palette.size() == 2);
  CHECK(s->labels.max_lines == 2);
}

TEST_CASE("style errors name the place, the key and what to do") {
  TempDir dir;
  std::string bad_key = dir.write("mystyle.json", R"({"canvas": {"widht": 1200}})");
  CHECK(error_of(bad_key) == bad_key + ": canvas.widht: unknown key; did you mean canvas.width?");
  std::string bad_value = dir.write("v.json", "// comment\n{\"canvas\": {\"width\": \"wide\"}}");
  CHECK(error_of(bad_value) ==
        bad_value + ": canvas.width: expected a number from 200 to 20000, got \"wide\"");
  std::string bad_enum = dir.write("e.json", R"({"layout": {"orientation": "diagonal"}})");
  CHECK(error_of(bad_enum) ==
        bad_enum + ": layout.orientation: expected one of horizontal | vertical, got \"diagonal\"");
  std::string bad_color = dir.write("c.json", R"({"colors": {"text": "red"}})");
  CHECK(error_of(bad_color) ==
        bad_color + ": colors.text: expected a colour \"#rgb\", \"#rrggbb\" or \"#rrggbbaa\", got \"red\"");
  std::string bad_json = dir.write("j.json", "{\"canvas\": }");
  CHECK(error_of(bad_json).rfind(bad_json + ":1:12: invalid JSON: syntax error while parsing value", 0) == 0);
  CHECK(error_of("drak") == "style 'drak': no such built-in style or file; did you mean dark? (built-in: compact, dark, "
                            "default, print, report, vertical)");
  CHECK(error_of("default", {"canvas.widht=3"}) == "--set: canvas.widht: unknown key; did you mean canvas.width?");
  CHECK(error_of("default", {"canvas.width=abc"}) ==
        "--set canvas.width=abc: expected a number from 200 to 20000, got \"abc\"");
  CHECK(error_of("default", {"labels.max_lines=2.5"}) ==
        "--set labels.max_lines=2.5: expected an integer from 1 to 20, got 2.5");
  CHECK(error_of("default", {"canvas"}) ==
        "--set canvas: expected key.path=value, e.g. canvas.width=1200");
}

TEST_CASE("extends follows files relative to the extending file and stops loops") {
  TempDir dir;
  dir.write("base.json", R"({"extends": "dark", "canvas": {"width": 1000}})");
  std::string child = dir.write(
      "child.json", "{\"extends\": \"base.json\", /* wider */ \"canvas\": {\"height\": 700}}");
  auto s = load_style(child);
  REQUIRE_MESSAGE(s, (s ? "" : s.error().message));
  CHECK(s->canvas.width == 1000);
  CHECK(s->canvas.height == 700);
  CHECK(s->canvas.background == Color::rgb(0x0b1120));
  std::string a = dir.write("a.json", R"({"extends": "b.json"})");
  dir.write("b.json", R"({"extends": "a.json"})");
  CHECK(error_of(a) == dir.path.string() + "/b.json: extends: styles extend each other in a loop (" + a + " -> " +
                          dir.path.string() + "/b.json -> " + a + "); remove one of the \"extends\"");
  std::string typo = dir.write("t.json", R"({"extends": "drak"})");
  CHECK(error_of(typo) == typo + ": extends: style 'drak': no such built-in style or file; did you mean dark? (built-in: "
                                 "compact, dark, default, print, report, vertical)");
}

TEST_CASE("colours parse and format as #rrggbb[aa]") {
  CHECK(parse_color("#fff") == Color::rgb(0xffffff));
  CHECK(parse_color("#2a6f9759") == Color::rgb(0x2a6f97, 0x59));
  CHECK_FALSE(parse_color("2a6f97"));
  CHECK_FALSE(parse_color("#12345"));
  CHECK_FALSE(parse_color("#gggggg"));
  CHECK(format_color(Color::rgb(0x2a6f97, 0x59)) == "#2a6f9759");
  CHECK(format_color(Color::rgb(0x010203)) == "#010203");
}

}  // namespace
}  // namespace chronoline
