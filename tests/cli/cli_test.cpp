// Golden and error tests of the chronoline command line.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "cli_runner.h"
#include "render/pango_text.h"
#include "style/style.h"

namespace chronoline {
namespace {

using testing::run_cli;
using testing::scratch_dir;
using testing::slurp;

TEST_CASE("golden: extract on each example article gives its committed timeline JSON") {
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_dir() / "examples")) {
    if (entry.path().extension() != ".txt") continue;
    auto golden = entry.path();
    golden.replace_extension(".json");
    CAPTURE(entry.path());
    REQUIRE(std::filesystem::exists(golden));
    auto r = run_cli({"extract", entry.path().string()});
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(r.out == slurp(golden));
  }
}

TEST_CASE("extract on the seed article via stdin and -o" * doctest::skip(!testing::has_shared(testing::kSeed))) {
  std::string seed = slurp(testing::shared_dir() / testing::kSeed);
  auto r = run_cli({"extract", "-"}, seed);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["published"] == "2022-01-25T05:49");
  CHECK(j["events"].size() >= 14);
  auto dir = scratch_dir("extract-o");
  auto out = (dir / "t.json").string();
  CHECK(run_cli({"extract", "-", "-o", out}, seed).status == 0);
  CHECK(slurp(out) == r.out);
}

TEST_CASE("render writes byte-identical SVG and PNG and a PDF, for articles and timeline JSON") {
  auto dir = scratch_dir("render");
  auto article = (testing::source_dir() / "examples" / "lisbon-metro.txt").string();
  auto json = (testing::source_dir() / "examples" / "lisbon-metro.json").string();
  for (const char* ext : {"svg", "png", "pdf"}) {
    CAPTURE(ext);
    auto a = (dir / (std::string("a.") + ext)).string();
    auto b = (dir / (std::string("b.") + ext)).string();
    REQUIRE(run_cli({"render", article, "-o", a}).status == 0);
    REQUIRE(run_cli({"render", json, "-o", b}).status == 0);
    if (std::string(ext) != "pdf") CHECK(slurp(a) == slurp(b));
  }
  CHECK(slurp(dir / "a.png").substr(1, 3) == "PNG");
  CHECK(slurp(dir / "a.pdf").substr(0, 5) == "%PDF-");
  CHECK(std::system(("xmllint --noout " + testing::shell_quote((dir / "a.svg").string())).c_str()) == 0);
  CHECK(std::system(("pdfinfo " + testing::shell_quote((dir / "a.pdf").string()) + " > /dev/null").c_str()) == 0);
}

TEST_CASE("render -o - writes each format to stdout") {
  auto json = (testing::source_dir() / "examples" / "lisbon-metro.json").string();
  auto svg = run_cli({"render", json, "-o", "-", "--format", "svg"});
  CHECK(svg.status == 0);
  CHECK(svg.out.find("<svg") != std::string::npos);
  auto png = run_cli({"render", json, "-o", "-", "--format", "png"});
  CHECK(png.status == 0);
  CHECK(png.out.substr(1, 3) == "PNG");
}

TEST_CASE("an article with no dated events warns on stderr but still succeeds") {
  auto dir = scratch_dir("no-events");
  const std::string article = "March 3, 2024\n\nQuiet day\n\nThe cat sat on the mat. Nobody came.\n";
  const std::string warning =
      "chronoline: warning: <stdin>: no dated events found; the timeline holds only the publication date\n";
  auto extract = run_cli({"extract", "-"}, article);
  CHECK(extract.status == 0);
  CHECK(extract.err == warning);
  CHECK(nlohmann::json::parse(extract.out)["events"].empty());
  auto render = run_cli({"render", "-", "-o", (dir / "t.svg").string()}, article);
  CHECK(render.status == 0);
  CHECK(render.err == warning);
  CHECK(std::filesystem::exists(dir / "t.svg"));
  auto dated = run_cli({"extract", "-"}, "March 3, 2024\n\nBusy day\n\nThe mayor spoke on Friday.\n");
  CHECK(dated.err == "");
}

TEST_CASE("extract, render and tag take a wire dateline's missing year from today's date, with a warning") {
  const std::string article = "EU clears merger\n\nBRUSSELS, Nov 18 (Reuters) - The Commission approved the deal on Wednesday.\n";
  auto extract = run_cli({"extract", "-"}, article);
  CHECK(extract.status == 0);
  CHECK(extract.err.starts_with("chronoline: warning: <stdin>: the dateline's date \"Nov 18\" has no year; took "));
  CHECK(extract.err.find("pass --pub-date YYYY-MM-DD to choose") != std::string::npos);
  auto published = nlohmann::json::parse(extract.out)["published"].get<std::string>();
  CHECK(published.ends_with("-11-18"));
  auto tag = run_cli({"tag", "-"}, article);
  CHECK(tag.status == 0);
  CHECK(tag.err == extract.err);
  auto dated = run_cli({"extract", "-", "--pub-date", "2025-11-18"}, article);
  CHECK(dated.status == 0);
  CHECK(dated.err == "");
}

// DejaVu has no CJK: a Japanese label drew as a row of boxes with no word said.
TEST_CASE("text in no installed font warns naming the field and the characters, and the figure is written" *
          doctest::skip(missing_glyphs(default_style(), "\u6771").empty())) {
  auto dir = scratch_dir("missing-glyphs");
  const std::string timeline = R"({"title": "Tokyo \u6771\u4eac", "events": [
    {"value": "2024-03-01", "label": "Ο δήμαρχος, Мэр, Zürich"},
    {"value": "2024-04-01", "label": "\u6771\u4eac\u90fd \u6771 governor"}]})";
  auto r = run_cli({"render", "-", "-o", (dir / "t.png").string()}, timeline);
  CHECK(r.status == 0);
  const std::string tail =
      " in no installed font, drawn as boxes; install a font that has them (fonts-noto-cjk for Chinese, "
      "Japanese and Korean, fonts-noto-color-emoji for emoji) or leave them out\n";
  CHECK(r.err == "chronoline: warning: <stdin>: title: 2 characters (\u6771 \u4eac)" + tail +
                     "chronoline: warning: <stdin>: events[1].label: 3 characters (\u6771 \u4eac \u90fd)" + tail);
  CHECK(std::filesystem::exists(dir / "t.png"));
  // Greek, Cyrillic and accented Latin are in DejaVu: no warning.
  auto fine = run_cli({"render", "-", "-o", (dir / "u.svg").string()},
                      R"({"events": [{"value": "2024-03-01", "label": "Ο δήμαρχος, Мэр, Zürich, São Tomé"}]})");
  CHECK(fine.status == 0);
  CHECK(fine.err == "");
}

TEST_CASE("normalize prints the value") {
  auto r = run_cli({"normalize", "last month", "--anchor", "2022-01-25"});
  CHECK(r.status == 0);
  CHECK(r.out == "2021-12\n");
}

TEST_CASE("tag on a narrative without a dateline counts from its first full date, as extract does") {
  std::string bio = "Ada Vell\n\nAda Vell was born on 3 May 1843. In August she was baptised.\n";
  auto r = run_cli({"tag", "-", "--doc-type", "narrative"}, bio);
  CHECK(r.status == 0);
  CHECK(r.out.find("\"value\": \"1843-08\"") != std::string::npos);
  auto news = run_cli({"tag", "-"}, bio);
  CHECK(news.status == 2);
  CHECK(news.err == "chronoline: <stdin>: no publication date found; pass --pub-date YYYY-MM-DD\n");
}

// The values of a tag run's timexes, joined by spaces.
std::string values_of(const std::string& tag_json) {
  std::string out;
  for (const auto& t : nlohmann::json::parse(tag_json)) out += (out.empty() ? "" : " ") + t["value"].get<std::string>();
  return out;
}

TEST_CASE("a southern dateline gives seasons their southern months, --hemisphere overrides it") {
  std::string story = "Dry Summer Ahead\n\nWELLINGTON, New Zealand, 25 November 2026 \u2014 This summer will be hot, "
                      "the forecaster said. Last winter was the wettest on record. Farmers expect rain in autumn.\n";
  auto south = run_cli({"tag", "-"}, story);
  REQUIRE_MESSAGE(south.status == 0, south.err);
  // tag reads the whole text: the title's summer, the dateline's date (a range to this summer).
  CHECK(values_of(south.out) == "2026-SU 2026-11-25 2026-SU 2026-WI 2027-FA");
  auto north = run_cli({"tag", "-", "--hemisphere", "north"}, story);
  CHECK(values_of(north.out) == "2026-SU 2026-11-25 2026-SU 2025-WI 2026-FA");
  auto told = run_cli({"tag", "-", "--hemisphere", "south"}, "Dry Summer\n\nThis summer will be hot.\n");
  CHECK(told.status == 2);  // no dateline, no date: the option gives no publication date
  auto extract = run_cli({"extract", "-"}, story);
  REQUIRE_MESSAGE(extract.status == 0, extract.err);
  auto timeline = nlohmann::json::parse(extract.out);
  CHECK(timeline["hemisphere"] == "south");
  CHECK(timeline["events"][0]["value"] == "2026-SU");
  CHECK(timeline["events"][0]["start"] == "2026-12-01");
  CHECK(timeline["events"][0]["end"] == "2027-02-28");
  auto forced = nlohmann::json::parse(run_cli({"extract", "-", "--hemisphere", "north"}, story).out);
  CHECK_FALSE(forced.contains("hemisphere"));
  CHECK(forced["events"][0]["start"] == "2026-06-01");
}

TEST_CASE("render draws a southern article and its extracted timeline JSON alike") {
  auto dir = scratch_dir("southern");
  auto article = (testing::source_dir() / "examples" / "hawkesbury-fire-season.txt").string();
  auto json = (testing::source_dir() / "examples" / "hawkesbury-fire-season.json").string();
  auto a = (dir / "a.svg").string(), b = (dir / "b.svg").string(), c = (dir / "c.svg").string();
  REQUIRE(run_cli({"render", article, "-o", a}).status == 0);
  REQUIRE(run_cli({"render", json, "-o", b}).status == 0);
  CHECK(slurp(a) == slurp(b));
  // Without the JSON's hemisphere its summers would be read as June to August, and the written
  // start and end, which disagree, would make them ranges of days: another figure.
  std::string text = slurp(json);
  text.erase(text.find("  \"hemisphere\": \"south\",\n"), std::string("  \"hemisphere\": \"south\",\n").size());
  REQUIRE(run_cli({"render", "-", "-o", c, "--format", "svg"}, text).status == 0);
  CHECK(slurp(c) != slurp(b));
}

struct BadCase {
  std::vector<std::string> args;
  std::string stdin_text;
  int status;
  std::string message;
};

TEST_CASE("bad input and usage give one clear line and exit status 2") {
  const std::vector<BadCase> cases = {
      {{"extract", "no/such/file.txt"}, "", 2,
       "chronoline: no/such/file.txt: cannot open: No such file or directory; check the path\n"},
      {{"extract", "-"}, "Just a title\n\nNo dateline here.\n", 2,
       "chronoline: <stdin>: no publication date found; pass --pub-date YYYY-MM-DD\n"},
      {{"extract", "-", "--pub-date", "2022-02-30"}, "x\n", 2,
       "chronoline: --pub-date 2022-02-30: February 2022 has 28 days; give a day that exists\n"},
      {{"extract", "-"}, "", 2, "chronoline: <stdin>: the article is empty; give a dateline, a title and a body\n"},
      {{"render", "-", "-o", "out.gif"}, "{\"events\": []}", 2,
       "chronoline: out.gif: chronoline does not write .gif files; use a .svg, .png or .pdf file name, or --format\n"},
      {{"render", "-", "-o", "-", "--format", "svg"}, "{\"events\": [{\"lable\": \"x\", \"value\": \"2022\"}]}", 2,
       "chronoline: <stdin>: events[0].lable: unknown key; did you mean label?\n"},
      {{"tag", "--jsonl"}, "{\"doc\": \"a\", \"text\": \"on Monday\"}\n", 2,
       "chronoline: <stdin>: line 1: missing string field \"dct\"; each line must be {\"doc\": ..., \"dct\": "
       "\"YYYY-MM-DD\", \"text\": \"...\"}\n"},
      {{"normalize", "banana", "--anchor", "2022-01-25"}, "", 2, ""},
      {{"frobnicate"}, "", 2, ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.args[0]);
    CAPTURE(c.stdin_text);
    auto r = run_cli(c.args, c.stdin_text);
    CHECK(r.status == c.status);
    CHECK(r.out == "");
    if (!c.message.empty()) CHECK(r.err == c.message);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.starts_with("chronoline: "));
  }
}

TEST_CASE("a failed render leaves an existing output untouched and creates nothing") {
  auto dir = scratch_dir("atomic");
  auto out = dir / "keep.svg";
  std::ofstream(out) << "previous";
  auto r = run_cli({"render", "-", "-o", out.string()}, "{\"events\": [{\"label\": \"x\", \"value\": \"P3D\"}]}");
  CHECK(r.status == 2);
  CHECK(slurp(out) == "previous");
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
  auto fresh = dir / "new.png";
  CHECK(run_cli({"render", "-", "-o", fresh.string()}, "{broken").status == 2);
  CHECK_FALSE(std::filesystem::exists(fresh));
}

TEST_CASE("an output that names the input file is refused and the input kept") {
  auto dir = scratch_dir("output-is-input");
  auto article = dir / "article.txt";
  std::filesystem::copy_file(testing::source_dir() / "examples" / "lisbon-metro.txt", article);
  std::string before = slurp(article);
  auto r = run_cli({"extract", article.string(), "-o", article.string()});
  CHECK(r.status == 2);
  CHECK(r.err == "chronoline: " + article.string() + ": is the input file; give -o another name so the input is kept\n");
  auto json = dir / "t.json";
  std::filesystem::copy_file(testing::source_dir() / "examples" / "lisbon-metro.json", json);
  auto via_link = dir / "link.json";
  std::filesystem::create_symlink(json, via_link);
  r = run_cli({"render", json.string(), "-o", via_link.string(), "--format", "svg"});
  CHECK(r.status == 2);
  CHECK(slurp(article) == before);
  CHECK(slurp(json) == slurp(testing::source_dir() / "examples" / "lisbon-metro.json"));
}

TEST_CASE("a read-only output file or directory is named, and left alone" * doctest::skip(::geteuid() == 0)) {
  auto dir = scratch_dir("read-only");
  auto json = (testing::source_dir() / "examples" / "lisbon-metro.json").string();
  auto kept = dir / "kept.svg";
  std::ofstream(kept) << "previous";
  std::filesystem::permissions(kept, std::filesystem::perms::owner_read);
  auto r = run_cli({"render", json, "-o", kept.string()});
  CHECK(r.status == 1);
  CHECK(r.err == "chronoline: " + kept.string() +
                     ": the file is read-only (Permission denied); make it writable or choose another name\n");
  CHECK(slurp(kept) == "previous");
  auto locked = dir / "locked";
  std::filesystem::create_directory(locked);
  std::filesystem::permissions(locked, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  r = run_cli({"render", json, "-o", (locked / "t.svg").string()});
  CHECK(r.status == 1);
  CHECK(r.err == "chronoline: " + (locked / "t.svg").string() + ": cannot write in directory " + locked.string() +
                     ": Permission denied; choose a directory you can write to\n");
  std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
}

TEST_CASE("without the built-in styles' font, render exits 1 naming the package, a missing font the user names is exit 2") {
  auto dir = scratch_dir("no-fonts");
  std::ofstream(dir / "fonts.conf") << "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n";
  auto json = (testing::source_dir() / "examples" / "lisbon-metro.json").string();
  ::setenv("FONTCONFIG_FILE", (dir / "fonts.conf").c_str(), 1);
  auto r = run_cli({"render", json, "-o", (dir / "t.png").string()});
  ::unsetenv("FONTCONFIG_FILE");
  CHECK(r.status == 1);
  CHECK(r.err == "chronoline: font 'DejaVu Sans' of the built-in styles is not installed on this machine; install the "
                 "package fonts-dejavu-core (apt-get install fonts-dejavu-core), or set fonts.family to an installed "
                 "font\n");
  CHECK_FALSE(std::filesystem::exists(dir / "t.png"));
  // A font the user names (with --set or a style file) that the machine lacks is a style error.
  ::setenv("FONTCONFIG_FILE", (dir / "fonts.conf").c_str(), 1);
  r = run_cli({"render", json, "-o", (dir / "t.png").string(), "--set", "fonts.family=No Such Font"});
  ::unsetenv("FONTCONFIG_FILE");
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("chronoline: --set fonts.family=No Such Font: fonts.family: font 'No Such Font' not found"));
  CHECK(r.err.ends_with("; install it or set fonts.family to an installed font (fc-list : family lists them)\n"));
  std::ofstream(dir / "mine.json") << "{\"extends\": \"dark\", \"fonts\": {\"family\": \"No Such Font\"}}\n";
  r = run_cli({"render", json, "-o", (dir / "t.png").string(), "--style", (dir / "mine.json").string()});
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("chronoline: --style " + (dir / "mine.json").string() +
                          ": fonts.family: font 'No Such Font' not found"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "t.png"));
}

TEST_CASE("'chronoline help COMMAND' prints the command's help, and no command at all says what to give") {
  auto r = run_cli({"help", "render"});
  CHECK(r.status == 0);
  CHECK(r.out.find("Examples:\n  chronoline render") != std::string::npos);
  CHECK(run_cli({"help"}).out.find("Subcommands:") != std::string::npos);
  r = run_cli({});
  CHECK(r.status == 2);
  CHECK(r.err == "chronoline: give a command: extract, render, tag or normalize (chronoline render article.txt -o "
                 "timeline.svg); run 'chronoline --help' for usage\n");
}

TEST_CASE("no test name holds a semicolon, which ctest's discovery splits into two tests that run nothing") {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(testing::source_dir() / "tests")) {
    if (entry.path().extension() != ".cpp") continue;
    std::string text = slurp(entry.path());
    for (size_t p = 0; (p = text.find("TEST_CASE(\"", p)) != std::string::npos; p += 11) {
      std::string name = text.substr(p + 11, text.find('"', p + 11) - p - 11);
      CAPTURE(entry.path().string());
      CAPTURE(name);
      CHECK(name.find(';') == std::string::npos);
    }
  }
}

TEST_CASE("a test process removes its scratch folders when it exits, and those of test processes that were killed") {
  auto tmp = scratch_dir("tmpdir");
  std::filesystem::create_directories(tmp / "chronoline-test-4999999" / "left");  // above any pid_max
  std::filesystem::create_directories(tmp / "other-tool-1");
  std::string cmd = "TMPDIR=" + testing::shell_quote(tmp.string()) + " /proc/" + std::to_string(::getpid()) +
                    "/exe '--test-case=a failed render leaves an existing output untouched and creates nothing' "
                    "> /dev/null 2>&1";
  CHECK(std::system(cmd.c_str()) == 0);
  std::vector<std::string> left;
  for (const auto& entry : std::filesystem::directory_iterator(tmp)) left.push_back(entry.path().filename().string());
  CHECK(left == std::vector<std::string>{"other-tool-1"});
}

TEST_CASE("each command's --help has examples, and README documents every option it lists") {
  std::string readme = slurp(testing::source_dir() / "README.md");
  for (const char* command : {"extract", "render", "tag", "normalize"}) {
    CAPTURE(command);
    auto r = run_cli({command, "--help"});
    CHECK(r.status == 0);
    CHECK(r.out.find("Examples:\n  chronoline " + std::string(command)) != std::string::npos);
    for (size_t p = 0; (p = r.out.find("--", p)) != std::string::npos;) {
      size_t end = r.out.find_first_not_of("abcdefghijklmnopqrstuvwxyz-", p + 2);
      std::string option = r.out.substr(p, end - p);
      p = end;
      if (option == "--" || option == "--help") continue;
      CAPTURE(option);
      CHECK(readme.find("chronoline " + std::string(command)) != std::string::npos);
      CHECK(readme.find("`" + option) != std::string::npos);
    }
  }
}

TEST_CASE("tag --jsonl names stdout when it cannot write there" * doctest::skip(!std::filesystem::exists("/dev/full"))) {
  auto dir = scratch_dir("jsonl-full");
  std::ofstream(dir / "in.jsonl") << "{\"doc\": \"a\", \"dct\": \"2022-01-25\", \"text\": \"on Monday\"}\n";
  std::string cmd = testing::shell_quote(testing::binary().string()) + " tag --jsonl < " +
                    testing::shell_quote((dir / "in.jsonl").string()) + " > /dev/full 2> " +
                    testing::shell_quote((dir / "err").string());
  int raw = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(raw) == 1);
  CHECK(slurp(dir / "err") == "chronoline: <stdout>: cannot write output after input line 1\n");
}

}  // namespace
}  // namespace chronoline
