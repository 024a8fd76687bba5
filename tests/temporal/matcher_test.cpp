// Property tests of the matcher's token filters (matcher.cpp, "Token filter bits"): they only
// skip tries that cannot match, so match_base finds exactly what trying every base rule at every
// token finds. The filters' bits are shared and ranked by the data (class ranks per filter space,
// word bits by id), so a new rule or lexicon entry changes them: this pins that they stay sound.
#include "temporal/grammar.h"
#include "temporal/matcher.h"
#include "temporal/tokenizer.h"
#include "test_support.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace chronoline::temporal {
namespace {

using Key = std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>;  // rule, tb, te, extent

std::vector<Key> keys(const std::vector<Match>& ms) {
  std::vector<Key> out;
  for (const Match& m : ms) out.emplace_back(m.rule, m.tb, m.te, m.extent);
  std::sort(out.begin(), out.end());
  return out;
}

// The rules (by name and span) that one side matched and the other did not.
std::string missing(const Grammar& g, const std::vector<Key>& a, const std::vector<Key>& b) {
  std::vector<Key> d;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(d));
  std::string s;
  for (const auto& [r, tb, te, ex] : d)
    s += g.rules[r].name + "@" + std::to_string(tb) + "-" + std::to_string(te) + " ";
  return s;
}

void check_same(const Grammar& g, const std::string& what, std::string_view text) {
  std::vector<Token> toks = tokenize(text, g.lexicon, g.number_words);
  Matcher::TokenBits bits = g.matcher->token_bits(toks);
  for (bool lenient : {false, true}) {
    std::vector<Match> filtered, all;
    g.matcher->match_base(toks, bits, lenient, filtered);
    g.matcher->match_base_unfiltered(toks, lenient, all);
    std::vector<Key> f = keys(filtered), u = keys(all);
    INFO(what << (lenient ? " (forward)" : " (prose)"));
    CHECK_MESSAGE(f == u, "lost by the filters: " << missing(g, u, f)
                                                  << "; only filtered: " << missing(g, f, u));
  }
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("the token filters lose no base match: example articles and hard phrases") {
  auto g = load_grammar("en");
  REQUIRE(g.ok());
  const Grammar& grammar = **g;
  size_t articles = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::source_dir() / "examples"))
    if (e.path().extension() == ".txt") {
      check_same(grammar, e.path().filename().string(), read_file(e.path()));
      ++articles;
    }
  CHECK(articles >= 5);
  // Forms whose rules start at a class, a number, punctuation or a literal word, and take a
  // filter element several tokens on.
  check_same(grammar, "phrases",
             "On Friday at 6 a.m. Pacific time, and at 4:30 a.m. Singapore time on Tuesday, "
             "the winter of 2020-21 and the 2026-27 summer; Q3 2021, 2Q21, FY 2026-27, H1 2023. "
             "From 1996 until 2001, the late 90s, mid-March, 10.30am, 14.05 GMT, 0314 GMT. "
             "Twenty-four years ago, the week before last, Friday week, Boxing Day 2025. "
             "Every other Tuesday morning, twice a year, on weekday evenings, 9/11 and 12/1/2026. "
             "In three and a half years, a quarter century later, the first half of 2021.");
  // A word that ends the text has no next token, whose start bits match_base's next-token filter
  // (Matcher::word_next_) tests: the rules that can be one token long must still be tried there.
  for (std::string_view end : {"They met today", "He left in May", "It closed on Friday",
                               "Shares fell this week", "We will see you in the", "Sales rose last"})
    check_same(grammar, std::string(end), end);
}

TEST_CASE("the token filters lose no base match: tbaq documents") {
  if (!testing::has_shared("data/tbaq.jsonl")) return;  // ../shared absent: skipped
  auto g = load_grammar("en");
  REQUIRE(g.ok());
  std::ifstream in(testing::shared_dir() / "data/tbaq.jsonl");
  std::string line;
  // Every eighth document: enough forms, and quick (trying every rule everywhere is slow).
  for (int n = 0; std::getline(in, line); ++n) {
    if (n % 8) continue;
    nlohmann::json doc = nlohmann::json::parse(line);
    check_same(**g, doc["doc"].get<std::string>(), doc["text"].get<std::string>());
  }
}

}  // namespace
}  // namespace chronoline::temporal
