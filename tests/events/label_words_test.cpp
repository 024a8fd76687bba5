// Tests for the labeler's word classes (data files in src/events/lang/en/).
#include "events/label_words.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "temporal/embedded.h"

namespace chronoline {
namespace {

TEST_CASE("every word class the labeler uses loads from its data file") {
  REQUIRE_MESSAGE(check_label_words(), check_label_words().error().message);
  CHECK(kTimePrepositions.size() > 0);
  CHECK(kDeictic.size() > 0);
  CHECK(kTimeModifiers.size() > 0);
  CHECK(kFrontedStarters.size() > 0);
  CHECK(kDiscourse.size() > 0);
  CHECK(kDropAdverbs.size() > 0);
  CHECK(kAuxiliaries.size() > 0);
  CHECK(kReportingVerbs.size() > 0);
  CHECK(kRelatives.size() > 0);
  CHECK(kSubordinators.size() > 0);
  CHECK(kConjunctions.size() > 0);
  CHECK(kParticiples.size() > 0);
  CHECK(kArticles.size() > 0);
  CHECK(kPossessives.size() > 0);
  CHECK(kPronouns.size() > 0);
  CHECK(kCutWords.size() > 0);
  CHECK(kIrregularPast.size() > 0);
  CHECK(kTitles.size() > 0);
  CHECK(kTitleModifiers.size() > 0);
  CHECK(kStopBeforeNoun.size() > 0);
  CHECK(kAmbiguousVerbs.contains("cut"));
  CHECK_FALSE(kIrregularPast.contains("cut"));  // each form in one class
  CHECK(kBoundPrepositions.contains("since"));
  CHECK(kClauseConjunctions.contains("until"));
  CHECK(kMaleTitles.contains("mr"));
  CHECK(kFemaleTitles.contains("ms"));
  CHECK(kMalePronouns.contains("his"));
  CHECK(kFemalePronouns.contains("her"));
  CHECK(kTitles.contains("president"));
  CHECK_FALSE(kTitles.contains("wednesday"));
  CHECK(kRelativePronouns.contains("which"));
  CHECK(kHeadPrepositions.contains("of"));
  CHECK(kAddressPrepositions.contains("at"));
  CHECK(kLooseSubordinators.contains("as"));
  CHECK(kAmountUnits.contains("million"));
  CHECK(kCurrencySigns.contains("#"));  // written "\#" in its file
  CHECK(kCurrencySigns.contains("\u00A3"));
  CHECK(kNegations.contains("not"));
  CHECK(kSubjectPronouns.contains("we"));
  CHECK(expectation_participle("expects") == "expected");
  CHECK(expectation_participle("forecast") == "forecast");
  CHECK(expectation_participle("expected").empty());
  CHECK(present_of_ing("falling") == "falls");
  CHECK(present_of_ing("stopping") == "stops");
  CHECK(present_of_ing("approaching") == "approaches");
  CHECK(present_of_ing("studying") == "studies");
  CHECK(present_of_ing("looming") == "looms");
  CHECK(present_of_ing("giving") == "gives");
  CHECK(present_of_ing("settling") == "settles");
  // Near misses: "rise" or "ris", "open" or "opene", "change" or "chang" cannot be told apart.
  CHECK(present_of_ing("rising").empty());
  CHECK(present_of_ing("opening").empty());
  CHECK(present_of_ing("changing").empty());
  CHECK(present_of_ing("rain").empty());
  CHECK(past_of_ing("winning") == "won");
  CHECK(past_of_ing("graduating") == "graduated");
  CHECK(past_of_ing("studying") == "studied");
  CHECK(past_of_ing("planning") == "planned");
  CHECK(past_of_ing("agreeing") == "agreed");
  CHECK(past_of_ing("king").empty());
  CHECK(kAspectVerbs.contains("starting"));
  CHECK(kPeriodVerbs.contains("ends"));
  CHECK(kTimeNouns.contains("close"));
  CHECK(kModifierIdioms.contains("break even"));
  CHECK(kPrepositionalParticles.contains("in"));
  CHECK(kCountingPrepositions.contains("within"));
  CHECK(kWeekdays.contains("friday"));
  CHECK(kSeasons.contains("fall"));
  CHECK(kClauseOpeners.contains("whether"));
  CHECK(label_word_class("no-such-class").size() == 0);
}

// The tagger's tense code and the labeler both read a plain present after a group noun ("The choir
// sing in York on Friday"): the tagger looks ahead, the labeler writes "Choir sings". Each module
// keeps its own copy of the nouns (src/temporal/lang/en/lexicon/collective_nouns.tsv and
// src/events/lang/en/collective-nouns.txt); this keeps the two copies the same list.
TEST_CASE("the tagger and the labeler list the same group nouns") {
  std::string_view tsv;
  for (const EmbeddedFile& f : embedded_files())
    if (f.path == "en/lexicon/collective_nouns.tsv") tsv = f.content;
  REQUIRE(!tsv.empty());
  std::istringstream in{std::string(tsv)};
  size_t words = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::string word = line.substr(0, line.find('\t'));
    CHECK_MESSAGE(kCollectiveNouns.contains(word), word);
    ++words;
  }
  CHECK(words > 0);
  CHECK(words == kCollectiveNouns.size());
}

TEST_CASE("word lists are validated with located errors") {
  CHECK(parse_word_list("# header\nthe\n\na\n", "w.txt")->size() == 2);
  CHECK(parse_word_list("the\na\nthe\n", "w.txt").error().message ==
        "w.txt:3: duplicate entry \"the\"; list each word once");
  CHECK(parse_word_list("may\nMay\n", "w.txt").error().message ==
        "w.txt:2: \"May\" is not lower-case; list each word once, in lower case");
  CHECK(*parse_word_list("related posts\n", "w.txt") == std::vector<std::string>{"related posts"});
  CHECK(*parse_word_list("# signs\n$\n\\#\n", "w.txt") == std::vector<std::string>{"$", "#"});
}

}  // namespace
}  // namespace chronoline
