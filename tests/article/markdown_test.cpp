// Tests for blanking Markdown markup in an article.
#include "article/markdown.h"

#include <doctest/doctest.h>

namespace chronoline {
namespace {

std::string blanked(std::string s) {
  blank_markdown(s);
  return s;
}

TEST_CASE("markdown headings, quotes and rules are blanked, one space for each character") {
  CHECK(blanked("# Why we rewrote it\n## Next ##\n> \"We'll keep it,\" he said.\n---\nText") ==
        "  Why we rewrote it\n   Next   \n  \"We'll keep it,\" he said.\n   \nText");
  CHECK(blanked("Why we rewrote it\n=================\nText") == "Why we rewrote it\n                 \nText");
  // A press release's end mark and a hashtag are no headings.
  CHECK(blanked("###\n#climate") == "###\n#climate");
}

TEST_CASE("markdown emphasis and code ticks are blanked in pairs only") {
  CHECK(blanked("In **April 2021** we launched; by *September* it worked, `sync` too.") ==
        "In   April 2021   we launched; by  September  it worked,  sync  too.");
  CHECK(blanked("a 5* hotel, snake_case_name, 2 * 3 * 4") == "a 5* hotel, snake_case_name, 2 * 3 * 4");
  CHECK(blanked("* a bullet\n- another") == "* a bullet\n- another");
}

TEST_CASE("a markdown link keeps its text, its address is blanked") {
  CHECK(blanked("See our [roadmap](https://example.com/roadmap/2027) now.") ==
        "See our  roadmap                                    now.");
  CHECK(blanked("![Chart](c.png \"2027 plan\")") == "  Chart                    ");
  CHECK(blanked("[a] (b) and [c](d e)") == "[a] (b) and [c](d e)");
}

// Each opening mark looked for its closing one to the end of the line, each "](" looked back for
// its "[" to the start of the file and for the end of its address to the end of the line: a
// line of 100 KB of "*a " or "[](" took minutes.
TEST_CASE("regression: a long line of unpaired marks or link brackets is blanked in linear time") {
  auto repeated = [](std::string_view unit) {
    std::string s;
    while (s.size() < 100000) s += unit;
    return s;
  };
  for (std::string_view unit : {"*a ", "**a ", "_a ", "__a ", "`a "}) {
    std::string line = repeated(unit);
    CHECK(blanked(line) == line);
  }
  std::string links = repeated("[](");
  CHECK(blanked(links) == links);
  std::string closes = repeated("a](b\n");
  CHECK(blanked(closes) == closes);
  // The first mark still pairs with the first one that closes, however far along the line.
  std::string pair = repeated("*a ") + "*b* c";
  std::string expected = pair;
  expected[0] = expected[expected.size() - 3] = ' ';
  CHECK(blanked(pair) == expected);
}

}  // namespace
}  // namespace chronoline
