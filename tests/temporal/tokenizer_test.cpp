// Tests for the tokenizer's marks of where a token stands: at the start of a line, after spaces.
#include "temporal/tokenizer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "temporal/grammar.h"

namespace chronoline::temporal {
namespace {

// The tokens of `text` that start a line, as their text.
std::vector<std::string> line_starts(const std::string& text) {
  auto grammar = load_grammar("en");
  REQUIRE(grammar);
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, (*grammar)->lexicon, (*grammar)->number_words))
    if (t.line_start) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST_CASE("a token starts a line at the start of the text and after a line break of any kind") {
  using V = std::vector<std::string>;
  CHECK(line_starts("March: a\nMay: b") == V{"March", "May"});
  CHECK(line_starts("  March: a\n  \tMay: b") == V{"March", "May"});
  CHECK(line_starts("\n\nMarch: a\r\nMay: b") == V{"March", "May"});
  CHECK(line_starts("\u00A0March: a\n\u2009May: b") == V{"March", "May"});
  CHECK(line_starts("Theresa May: will you resign?") == V{"Theresa"});
  // A carriage return alone ends a line as the article reader has it (old Mac files).
  CHECK(line_starts("It was busy.\rMarch: a\r\rMay: b") == V{"It", "March", "May"});
}

}  // namespace
}  // namespace chronoline::temporal
