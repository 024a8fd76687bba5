// Tests for the sentence-end decision the article reader and the tagger share.
#include "text/sentence_end.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "article/sentences.h"
#include "temporal/grammar.h"
#include "temporal/tokenizer.h"
#include "text/text_data.h"
#include "util/word_list.h"

namespace chronoline::text {
namespace {

// Whether a sentence ends at the last character of the first `after` in `s`.
bool ends_at(std::string_view s, std::string_view after) {
  size_t at = s.find(after);
  REQUIRE(at != std::string_view::npos);
  return sentence_break_at(s, at + after.size() - 1).has_value();
}

TEST_CASE("the sentence-end word lists load from their data files") {
  REQUIRE_MESSAGE(check_sentence_words(), check_sentence_words().error().message);
}

TEST_CASE("a full stop ends a sentence before a capital, digit or opening quote") {
  CHECK(ends_at("They met. Talks went on.", "met."));
  CHECK(ends_at("They met. 20 people came.", "met."));
  CHECK(ends_at("They met. ``It went well,'' he said.", "met."));
  CHECK(ends_at("They met!\" Then they left.", "met!"));
  CHECK_FALSE(ends_at("They met. then they left.", "met."));
  CHECK_FALSE(ends_at("It cost 3.5 million.", "3."));
  CHECK_FALSE(ends_at("They met.", "met."));  // nothing follows
  auto b = sentence_break_at("It ends at 2 p.m. On Friday, they met.", 16);
  REQUIRE(b);
  CHECK(b->end == 17);
  CHECK(b->next == 18);
}

TEST_CASE("a clock's p.m. before a name or noun ends the sentence but not before a day or zone") {
  CHECK(ends_at("It returned a verdict shortly after 3 p.m. Anstey showed no reaction.", "p.m."));
  CHECK(ends_at("A session runs from 3 p.m. to 7 p.m. Updates will be posted online.", "7 p.m."));
  CHECK_FALSE(ends_at("Polls closed at 8 p.m. Tuesday in most counties.", "p.m."));
  CHECK_FALSE(ends_at("Trading resumes at 9:30 a.m. ET on Monday.", "a.m."));
  CHECK_FALSE(ends_at("Markets shut at 4 p.m. New York time on Friday.", "p.m."));
  CHECK_FALSE(ends_at("Pre-orders open at 6 a.m. Pacific time.", "a.m."));
  CHECK_FALSE(ends_at("The vote is at 2 p.m. Nov. 3 in the hall.", "p.m."));
}

TEST_CASE("abbreviations end a sentence only when they often do and a sentence starter follows") {
  CHECK_FALSE(ends_at("Mr. Smith left.", "Mr."));
  CHECK_FALSE(ends_at("J. R. Doe left.", "J."));
  CHECK_FALSE(ends_at("It opens Jan. 5 in Kelbrook.", "Jan."));
  CHECK_FALSE(ends_at("It opens at 2 p.m. Friday.", "p.m."));
  CHECK_FALSE(ends_at("Officials in the U.S. Senate agreed.", "U.S."));
  CHECK(ends_at("The vote was at 2 p.m. On Friday the council met.", "p.m."));
  CHECK(ends_at("Envoys flew to the U.S. They met on Friday.", "U.S."));
  CHECK(ends_at("The meeting ran past 11 p.m. More than 60 people spoke.", "p.m."));
  CHECK(ends_at("It closed at 5 p.m. After that, crews arrived.", "p.m."));
  CHECK(ends_at("The plant is in Fresno, Calif. It opened in May.", "Calif."));
  CHECK_FALSE(ends_at("Fresno, Calif. Gov. Ana Ruiz spoke.", "Calif."));
  CHECK_FALSE(period_ends_sentence("at 2 p.m.", 8, ""));
  CHECK(period_ends_sentence("They met.", 8, ""));
}

// period_ends_sentence turns a word away by its first two letters and length before looking it up
// among the abbreviations: every abbreviation of abbreviations.txt, in lower case, upper case and
// capitalised, is still one (no sentence ends after it with nothing after), and words of an
// abbreviation's length and first letters that are none ("mrs" is one, "mrx" not) still end one.
TEST_CASE("every listed abbreviation in any case is found before its full stop") {
  auto lists = load_word_lists(text_data_files(), "src/text/lang/");
  auto it = lists.lists.find("abbreviations");
  REQUIRE(it != lists.lists.end());
  std::string missed;
  size_t checked = 0;
  for (const std::string& a : it->second) {
    std::string upper = a, cap = a;
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    cap[0] = upper[0];
    for (const std::string& w : {a, upper, cap}) {
      std::string text = "They met in " + w + ".";
      if (period_ends_sentence(text, text.size() - 1, "")) missed += w + " ";
      ++checked;
    }
  }
  CHECK(missed == "");
  CHECK(checked > 3 * 50);
  CHECK(period_ends_sentence("They met in Mrx.", 15, ""));
  CHECK(period_ends_sentence("They met in Aux.", 15, ""));
  CHECK(period_ends_sentence("They met in Capts.", 17, ""));
  CHECK_FALSE(period_ends_sentence("They met in CAPT.", 16, ""));
}

// The word before the dot starts after a space, tab, line break, '(', '"', '-', '/' or a byte of a
// multi-byte character (word_before reads one table per byte): "Aug" is an abbreviation after
// each of them, and "11Aug" or "x.Aug" is no abbreviation.
TEST_CASE("the word before a full stop starts after a space, bracket, quote, dash, slash or non-ASCII") {
  for (std::string before : {" ", "\t", "\n", "\r", "(", "\"", "-", "/", "\u2013", "11-", "x/"}) {
    std::string text = "It runs June" + before + "Aug.";
    CHECK_MESSAGE(!period_ends_sentence(text, text.size() - 1, ""), text);
  }
  for (std::string before : {"11", "x.", "'", ","}) {
    std::string text = "It runs June " + before + "Aug.";
    CHECK_MESSAGE(period_ends_sentence(text, text.size() - 1, ""), text);
  }
}

// The tagger's tokens end sentences (Token::ends_sentence) exactly where the reader's sentences
// end.
TEST_CASE("a short heading over a paragraph's long first line of prose") {
  std::string prose = "Dock workers at the port returned to work on Tuesday after a nine-day stoppage.";
  std::string text = "Port strike ends\n" + prose;
  CHECK(heading_over_prose(text, 0, 16, 17));
  CHECK_FALSE(heading_over_prose("Port strike ends\nDock workers returned.", 0, 16, 17));  // short next line
  CHECK_FALSE(heading_over_prose("port strike ends\n" + prose, 0, 16, 17));             // no capital
  CHECK_FALSE(heading_over_prose("Port strike ends.\n" + prose, 0, 17, 18));            // a full stop
  CHECK_FALSE(heading_over_prose("Port strike ends\ndock workers at the port returned to work on Tuesday after a stop.",
                                 0, 16, 17));  // the next line goes on in lower case
}

// Review: prose wrapped after a verb before a weekday, after a date, or a title right over its
// dateline was split as a heading over prose.
TEST_CASE("wrapped prose before a date or a dateline is no heading over prose") {
  std::string a = "The committee meets\nThursday to decide whether the plant, closed since March, should reopen.";
  CHECK_FALSE(heading_over_prose(a, 0, 19, 20));
  std::string b = "Speaking on Monday\nMr Reid told reporters that the council would publish its budget in the spring.";
  CHECK_FALSE(heading_over_prose(b, 0, 18, 19));
  std::string c = "Council sets out budget\nLONDON, 25 November 2026 - The council set out its budget for next year.";
  CHECK_FALSE(heading_over_prose(c, 0, 23, 24));
  std::string d = "Talks resumed after\nThe union and the port agreed to meet again once the new rosters were drawn up.";
  CHECK_FALSE(heading_over_prose(d, 0, 19, 20));
  std::string f = "Mr Reid has said on Monday\nThat the plant, closed since March, would reopen in the new year.";
  CHECK_FALSE(heading_over_prose(f, 0, 26, 27));
  // Near misses: a headline ending in a verb or a date over prose that starts with a name is
  // still a heading.
  std::string e = "Port strike ends\nDock workers at the port returned to work on Tuesday after a nine-day stoppage.";
  CHECK(heading_over_prose(e, 0, 16, 17));
  std::string g = "Port strike ends on Friday\nDock workers at the port returned to work after a nine-day stoppage.";
  CHECK(heading_over_prose(g, 0, 26, 27));
  std::string h = "Rising prices hit shoppers\nFamilies in the region paid a fifth more for food this autumn than last.";
  CHECK(heading_over_prose(h, 0, 26, 27));
}

TEST_CASE("the tagger ends a heading's line where the article reader does") {
  std::string text =
      "Port strike ends\nDock workers at the port returned to work on Tuesday after a nine-day stoppage.";
  auto grammar = temporal::load_grammar("en");
  REQUIRE(grammar);
  auto toks = temporal::tokenize(text, (*grammar)->lexicon, (*grammar)->number_words);
  REQUIRE(toks.size() > 3);
  CHECK(toks[3].break_before);  // "Dock"
  CHECK_FALSE(toks[1].break_before);
  CHECK(split_sentences(text, {0, text.size()}).size() == 2);
}

TEST_CASE("the tagger ends sentences where the article reader does") {
  std::string text =
      "The vote was at 2 p.m. On Friday the council met in the U.S. Senate chamber. Mr. Smith "
      "left at 5 p.m. Friday. Sales rose 3.5 percent in Fresno, Calif. It was a record! Was it? "
      "Yes. The firm moved to the U.S. in May. Its chief, J. R. Doe, stayed.";
  auto grammar = temporal::load_grammar("en");
  REQUIRE(grammar);
  std::vector<size_t> tagger_ends;
  for (const temporal::Token& t :
       temporal::tokenize(text, (*grammar)->lexicon, (*grammar)->number_words))
    if (t.ends_sentence) tagger_ends.push_back(t.end);
  std::vector<size_t> reader_ends;
  for (const TextRange& r : split_sentences(text, {0, text.size()})) reader_ends.push_back(r.end);
  reader_ends.pop_back();  // the text's end ends its last sentence
  CHECK(reader_ends.size() == 8);
  CHECK(tagger_ends == reader_ends);
}

}  // namespace
}  // namespace chronoline::text
