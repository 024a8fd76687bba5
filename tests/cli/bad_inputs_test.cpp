// The corpus of bad inputs (tests/cli/bad_inputs/cases.tsv): each gets its exact one-line message.
#include <doctest/doctest.h>

#include "cli_runner.h"

namespace chronoline {
namespace {

std::string substitute(std::string s, const std::string& in, const std::string& out) {
  for (auto [key, value] : {std::pair<std::string, std::string>{"{in}", in}, {"{out}", out}})
    for (size_t p; (p = s.find(key)) != std::string::npos;) s.replace(p, key.size(), value);
  return s;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  for (size_t j; (j = s.find(sep, i)) != std::string::npos; i = j + 1) out.push_back(s.substr(i, j - i));
  out.push_back(s.substr(i));
  return out;
}

TEST_CASE("every bad input in the corpus gets its message, exit status 2 and no output") {
  const std::string in = "tests/cli/bad_inputs";
  std::istringstream cases(testing::slurp(testing::source_dir() / in / "cases.tsv"));
  std::string line;
  int count = 0;
  while (std::getline(cases, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto out_dir = testing::scratch_dir("bad-" + std::to_string(count++));
    auto fields = split(substitute(line, in, out_dir.string()), '\t');
    REQUIRE(fields.size() == 3);
    CAPTURE(fields[0]);
    auto r = testing::run_cli(split(fields[0], ' '));
    CHECK(r.status == std::stoi(fields[1]));
    CHECK(r.err == "chronoline: " + fields[2] + "\n");
    CHECK(r.out.empty());
    CHECK(std::filesystem::is_empty(out_dir));
  }
  CHECK(count >= 20);
}

TEST_CASE("inputs that look odd but are valid are accepted") {
  const std::string in = (testing::source_dir() / "tests/cli/bad_inputs").string();
  auto out = testing::scratch_dir("odd-but-valid");
  auto bom = testing::run_cli({"extract", in + "/bom-crlf.txt"});
  CHECK(bom.status == 0);
  CHECK(bom.out.find("\"title\": \"Bridge Opens\"") != std::string::npos);
  CHECK(bom.out.find('\r') == std::string::npos);
  // A date with slashes in ISO order reads as the same date with dashes.
  auto dashes = testing::run_cli({"extract", in + "/no-dateline.txt", "--pub-date", "2022-01-05"});
  auto slashes = testing::run_cli({"extract", in + "/no-dateline.txt", "--pub-date", "2022/1/5"});
  CHECK(slashes.status == 0);
  CHECK(slashes.out == dashes.out);
  CHECK(slashes.out.find("\"published\": \"2022-01-05\"") != std::string::npos);
  CHECK(testing::run_cli({"normalize", "yesterday", "--anchor", "2022/01/25"}).out == "2022-01-24\n");
  // A flag takes true or false as its value, and nothing else (see cases.tsv).
  auto flag_on = testing::run_cli({"render", in + "/extreme-years.json", "-o", "-", "--format", "svg", "--transparent"});
  auto flag_true = testing::run_cli({"render", in + "/extreme-years.json", "-o", "-", "--format", "svg", "--transparent=true"});
  auto flag_false = testing::run_cli({"render", in + "/extreme-years.json", "-o", "-", "--format", "svg", "--transparent=false"});
  auto flag_off = testing::run_cli({"render", in + "/extreme-years.json", "-o", "-", "--format", "svg"});
  CHECK(flag_true.status == 0);
  CHECK(flag_false.status == 0);
  CHECK(flag_true.out == flag_on.out);
  CHECK(flag_false.out == flag_off.out);
  CHECK(flag_on.out != flag_off.out);
  for (const char* f : {"extreme-years.json", "rtl-emoji.json"}) {
    CAPTURE(f);
    auto r = testing::run_cli({"render", in + "/" + f, "-o", (out / "t.png").string()});
    CHECK(r.status == 0);
    // Hebrew and Arabic are in DejaVu; 🎉 and 🚇 are not, and drawn as boxes they are named.
    bool boxes_named = r.err.find(": events[0].label: 2 characters (\U0001F389 \U0001F687) in no installed font") !=
                       std::string::npos;
    CHECK((r.err == "" || (std::string(f) == "rtl-emoji.json" && boxes_named)));
  }
}

TEST_CASE("an article over the size limit is refused without reading it all") {
  auto dir = testing::scratch_dir("huge");
  auto path = dir / "huge.txt";
  {
    std::ofstream f(path, std::ios::binary);
    std::string line(1 << 20, 'a');
    for (int i = 0; i < 33; ++i) f << line;
  }
  auto r = testing::run_cli({"extract", path.string()});
  CHECK(r.status == 2);
  CHECK(r.err == "chronoline: " + path.string() + ": larger than the 32 MiB limit; split it into smaller files\n");
  auto rendered = testing::run_cli({"render", path.string(), "-o", (dir / "t.svg").string()});
  CHECK(rendered.status == 2);
  CHECK(rendered.err == r.err);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace chronoline
