// Fails when the committed examples are stale: re-renders every example into a temporary folder and
// compares bytes. Run scripts/regen-examples.sh to bring them up to date.
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "style/style_file.h"

namespace chronoline {
namespace {

namespace fs = std::filesystem;
using testing::run_cli;
using testing::scratch_dir;
using testing::slurp;

const char* kRegen = "; run scripts/regen-examples.sh";

std::vector<std::string> article_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(testing::source_dir() / "examples"))
    if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Renders examples/NAME.json with `args` into a scratch file and compares it with examples/`committed`.
void check_render(const std::string& name, const std::vector<std::string>& args, const std::string& committed) {
  CAPTURE(committed);
  fs::path want = testing::source_dir() / "examples" / committed;
  std::string out = (scratch_dir("examples") / want.filename()).string();
  std::vector<std::string> all = {"render", "examples/" + name + ".json", "-o", out};
  all.insert(all.end(), args.begin(), args.end());
  auto r = run_cli(all);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  std::string why = "examples/" + committed + " is stale or missing" + kRegen;
  CHECK_MESSAGE(slurp(out) == slurp(want), why);
}

TEST_CASE("there are at least three example articles, each with a timeline of 6 to 15 events") {
  auto names = article_names();
  CHECK(names.size() >= 3);
  for (const auto& name : names) {
    CAPTURE(name);
    auto timeline = nlohmann::json::parse(slurp(testing::source_dir() / "examples" / (name + ".json")));
    CHECK(timeline["events"].size() >= 6);  // enough to show a style, few enough to read
    CHECK(timeline["events"].size() <= 15);
  }
}

TEST_CASE("examples: each article's figures in every built-in style are up to date") {
  for (const std::string& name : article_names()) {
    CAPTURE(name);
    auto extracted = run_cli({"extract", "examples/" + name + ".txt"});
    std::string why = "examples/" + name + ".json is stale" + kRegen;
    CHECK_MESSAGE(extracted.out == slurp(testing::source_dir() / "examples" / (name + ".json")), why);
    for (const std::string& style : builtin_style_names())
      check_render(name, {"--style", style}, name + "/" + style + ".png");
    check_render(name, {"--style", "report"}, name + "/report.svg");
    check_render(name, {"--style", "report"}, name + "/report.pdf");
  }
  check_render("lisbon-metro", {}, "lisbon-metro.png");
}

}  // namespace
}  // namespace chronoline
