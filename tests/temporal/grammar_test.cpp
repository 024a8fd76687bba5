// Tests for loading rule and lexicon data: the embedded grammar loads, and bad data gives located
// errors.
#include "temporal/grammar.h"
#include "temporal/pattern.h"

#include <doctest/doctest.h>

#include <string>

namespace chronoline::temporal {
namespace {

std::string load_error(std::string_view lexicon, std::string_view rules) {
  auto g = load_grammar_from({{"xx/lexicon/months.tsv", lexicon}, {"xx/rules/dates.rules", rules}});
  return g ? "ok" : g.error().message;
}

constexpr std::string_view kMonths = "#! lexicon value=int:1:12 tense=known\njanuary\t1\n";
constexpr std::string_view kRules = "#! rules\nmonth: month:<months> => month\n";

TEST_CASE("the embedded English grammar loads") {
  auto g = load_grammar("en");
  REQUIRE_MESSAGE(g.ok(), (g.ok() ? "" : g.error().message));
  CHECK((*g)->rules.size() > 50);
}

// TenseCues::ending_role and singular_ending compare folded bytes instead of looking the ending up
// in the lexicon: every string of two or three bytes from letters of both cases, digits, an
// apostrophe, a dot and bytes that fold onto those (0x07, 0x10, 0x0E, 0xC5) gets the answer the
// lookup gives.
TEST_CASE("an ending's tense role and singular ending are the lexicon lookup's") {
  auto g = load_grammar("en");
  REQUIRE(g.ok());
  const Lexicon& lex = (*g)->lexicon;
  const TenseCues& cues = (*g)->cues;
  REQUIRE(!cues.ending_keys.empty());
  REQUIRE(cues.singular_endings >= 0);
  std::string bytes = "\x07\x0E\x10\xC5.'09";
  for (char c = 'a'; c <= 'z'; ++c) bytes += {c, static_cast<char>(c - 'a' + 'A')};
  size_t roles = 0, singular = 0;
  std::string differ;  // the strings whose answers differ
  auto check = [&](const std::string& s) {
    uint32_t id = lex.find(s);
    TenseRole want = id < cues.endings.size() ? cues.endings[id] : TenseRole::kNone;
    bool want_singular = id && lex.entry(id, static_cast<uint16_t>(cues.singular_endings));
    if (cues.ending_role(s) != want || cues.singular_ending(s) != want_singular) differ += s + " ";
    roles += want != TenseRole::kNone;
    singular += want_singular;
  };
  for (char a : bytes)
    for (char b : bytes) {
      check(std::string{a, b});
      for (char c : bytes) check(std::string{a, b, c});
    }
  CHECK(differ == "");
  CHECK(roles >= 3 * 2 * 2);  // "ed", "ly", "ing" in any case: not a test of nothing
  CHECK(singular >= 3);
}

// The tokenizer's lookup (a word inside a text, `readable` bytes) skips the shape test that the
// plain lookup makes: both find every word of the English lexicon in any case, and agree on
// strings of letters that are no word.
TEST_CASE("a word inside a text is found as the plain lookup finds it") {
  auto g = load_grammar("en");
  REQUIRE(g.ok());
  const Lexicon& lex = (*g)->lexicon;
  std::string differ;
  size_t known = 0;
  auto check = [&](const std::string& w, uint32_t want) {
    std::string text = w + " and more text after it";  // readable past the word
    uint32_t got = lex.find(std::string_view(text.data(), w.size()), text.size());
    if (got != want || lex.find(w) != want) differ += w + " ";
    known += want != 0;
  };
  for (uint32_t id = 1; id < lex.word_count(); ++id) {
    std::string w(lex.word(id));
    if (w.empty() || w.size() > WordKey::kMaxLen) continue;
    check(w, id);
    std::string upper = w, cap = w;
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    cap[0] = upper[0];
    check(upper, id);
    check(cap, id);
  }
  uint32_t seed = 34;
  for (int k = 0; k < 20000; ++k) {
    std::string w;
    size_t n = 1 + k % 12;
    for (size_t i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      w += static_cast<char>('a' + (seed >> 16) % 26);
    }
    check(w, lex.find(w));
  }
  CHECK(differ == "");
  CHECK(known > 3 * 2000);
}

TEST_CASE("an unknown language names the available ones") {
  auto g = load_grammar("tlh");
  REQUIRE_FALSE(g.ok());
  CHECK(g.error().message == "unknown language \"tlh\"; available: en");
}

TEST_CASE("lexicon errors name the file and line") {
  CHECK(load_error(kMonths, kRules) == "ok");
  CHECK(load_error("january\t1\n", kRules) ==
        "xx/lexicon/months.tsv:1: first line must be a header \"#! lexicon "
        "value=int:LO:HI|enum:A,B|text tense=known|guessed\"");
  CHECK(load_error("#! lexicon value=int:1:12 tense=known\njanuary\t13\n", kRules) ==
        "xx/lexicon/months.tsv:2: value \"13\" is not an integer in 1..12");
  CHECK(load_error("#! lexicon value=int:1:12 tense=known\njanuary\t1\nJanuary\t1\n", kRules) ==
        "xx/lexicon/months.tsv:3: \"january\" is listed twice");
  CHECK(load_error("#! lexicon value=int:1:12 tense=known\nmay\t5\tcapital\n", kRules) ==
        "xx/lexicon/months.tsv:2: unknown flag \"capital\"; use cap, ambiguous or abbrev");
}

TEST_CASE("a lexicon header must say what its words are to the tense model") {
  CHECK(load_error("#! lexicon value=int:1:12\njanuary\t1\n", kRules) ==
        "xx/lexicon/months.tsv:1: tense= is missing from the header; it is \"#! lexicon "
        "value=int:LO:HI|enum:A,B|text tense=known|guessed\"");
  CHECK(load_error("#! lexicon value=int:1:12 tense=maybe\njanuary\t1\n", kRules) ==
        "xx/lexicon/months.tsv:1: unknown or repeated header field \"tense=maybe\"; the header is "
        "\"#! lexicon value=int:LO:HI|enum:A,B|text tense=known|guessed\"");
  CHECK(load_error("#! lexicon tense=known tense=known value=text\njanuary\t1\n", kRules) ==
        "xx/lexicon/months.tsv:1: unknown or repeated header field \"tense=known\"; the header is "
        "\"#! lexicon value=int:LO:HI|enum:A,B|text tense=known|guessed\"");
  CHECK(load_error("#! lexicon tense=guessed value=int:1:12\njanuary\t1\n", kRules) == "ok");
}

TEST_CASE("the tense model guesses the ending of a word only a tense=guessed class lists") {
  Lexicon lex;
  REQUIRE(lex.load_file("xx/lexicon/verbs.tsv", "#! lexicon value=text tense=guessed\nhosted\t-\n"));
  REQUIRE(lex.load_file("xx/lexicon/words.tsv", "#! lexicon value=text tense=known\nwed\t-\n"));
  CHECK(lex.tense_guessed(static_cast<uint16_t>(lex.class_id("verbs"))));
  CHECK_FALSE(lex.tense_guessed(static_cast<uint16_t>(lex.class_id("words"))));
}

TEST_CASE("a word is found in every class of a lexicon of more than 128 classes") {
  // Classes below 128 are found through a bitmask per word, later ones by a search.
  Lexicon lex;
  for (int c = 0; c < 140; ++c) {
    std::string name = "xx/lexicon/c" + std::to_string(1000 + c) + ".tsv";
    REQUIRE(lex.load_file(name, "#! lexicon value=text tense=known\nword" + std::to_string(c % 3) +
                                    "\t-\n"));
  }
  for (int c = 0; c < 140; ++c) {
    int cls = lex.class_id("c" + std::to_string(1000 + c));
    REQUIRE(cls >= 0);
    for (int w = 0; w < 3; ++w) {
      uint32_t id = lex.intern("word" + std::to_string(w));
      CHECK((lex.entry(id, static_cast<uint16_t>(cls)) != nullptr) == (w == c % 3));
    }
  }
}

TEST_CASE("a tense role the model does not know is a located error") {
  auto g =
      load_grammar_from({{"xx/lexicon/months.tsv", kMonths},
                         {"xx/lexicon/tense_roles.tsv",
                          "#! lexicon value=enum:FUTURE,SOONISH tense=known\nwill\tFUTURE\nanon\tSOONISH\n"},
                         {"xx/rules/dates.rules", kRules}});
  REQUIRE_FALSE(g.ok());
  CHECK(g.error().message ==
        "xx/lexicon/tense_roles.tsv:3: role \"SOONISH\" is unknown to the tense model");
}

TEST_CASE("rule errors name the file and line") {
  CHECK(load_error(kMonths, "#! rules\nm: month:<mnths> => month\n") ==
        "xx/rules/dates.rules:2: unknown class <mnths>");
  CHECK(load_error(kMonths, "#! rules\nm: month:<months> => moth\n") ==
        "xx/rules/dates.rules:2: unknown op \"moth\"");
  CHECK(load_error(kMonths, "#! rules\nm: hour:<months> => month\n") ==
        "xx/rules/dates.rules:2: op month takes no \"hour\"");
  CHECK(load_error(kMonths, "#! rules\nm: <months> => month\nm: <months> => month\n") ==
        "xx/rules/dates.rules:3: rule \"m\" already defined at xx/rules/dates.rules:2");
  CHECK(load_error(kMonths, "#! rules\nm: <months>\n") ==
        "xx/rules/dates.rules:2: expected \"NAME: PATTERN => OP [KEY=VALUE]...\"");
  CHECK(load_error(kMonths, "#! rules\nm: of [in] <months> => month\n") ==
        "xx/rules/dates.rules:2: context elements [..] must be at the start or the end");
  CHECK(load_error(kMonths, "#! rules\nm: last month:<months> => month dir=back\n") ==
        "xx/rules/dates.rules:2: \"back\" is not a number");
  CHECK(load_error(kMonths, "#! rules\nm: next <months> => shift unit=lustrum\n") ==
        "xx/rules/dates.rules:2: unknown unit \"lustrum\"; use Y, M, W, D, H, MIN, S, Q, DE, CE or "
        "FN");
  CHECK(load_error(kMonths, "#! rules\nm: month:<months> => month mode=query\n") ==
        "xx/rules/dates.rules:2: unknown mode \"query\"; use forward or prose");
  CHECK(load_error(kMonths, "#! rules\nm: year:<int> => year era=CE\n") ==
        "xx/rules/dates.rules:2: unknown era \"CE\"; use BC or AD");
  CHECK(load_error(kMonths, "#! rules\nm: weekday:<int> => weekday tense=past\n") ==
        "xx/rules/dates.rules:2: tense is -1 (past) or 1 (future), not \"past\"");
}

TEST_CASE("a sentence start and a line start parse and a bare or tripled caret is an error") {
  Lexicon lex;
  auto rules = parse_rules("xx/rules/r.rules",
                           "#! rules\ns: ^^in <int> => year\nl: ^in <int> => year\n", lex);
  REQUIRE(rules.ok());
  REQUIRE(rules->size() == 2);
  CHECK((*rules)[0].elems[0].sentence_start);
  CHECK_FALSE((*rules)[0].elems[0].line_start);
  CHECK_FALSE((*rules)[1].elems[0].sentence_start);
  CHECK((*rules)[1].elems[0].line_start);
  CHECK(load_error(kMonths, "#! rules\nm: ^^ <months> => month\n") ==
        "xx/rules/dates.rules:2: \"^^\": ^^ (a sentence start) or ^ (a line start) goes before an "
        "element");
  CHECK(load_error(kMonths, "#! rules\nm: ^^^in <months> => month\n") ==
        "xx/rules/dates.rules:2: \"^^^in\": ^^ (a sentence start) or ^ (a line start) goes before "
        "an element");
}

TEST_CASE("holiday specs are checked at load") {
  auto g = load_grammar_from(
      {{"xx/lexicon/holidays.tsv", "#! lexicon value=text tense=known\nxmas\t12-25\nbad\t13-40\n"},
       {"xx/rules/h.rules", "#! rules\nh: holiday:<holidays> => holiday\n"}});
  REQUIRE_FALSE(g.ok());
  CHECK(g.error().message ==
        "xx/lexicon/holidays.tsv:3: malformed holiday spec \"13-40\"; see the file's header");
}

}  // namespace
}  // namespace chronoline::temporal
