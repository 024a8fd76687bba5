// Word classes the labeler uses to find clauses, time phrases, titles and phrase boundaries.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace chronoline {

// A set of lower-case words, written as one space-separated list.
class WordSet {
 public:
  explicit WordSet(std::string_view words) {
    size_t i = 0;
    while (i < words.size()) {
      size_t j = words.find(' ', i);
      if (j == std::string_view::npos) j = words.size();
      if (j > i) set_.emplace(words.substr(i, j - i));
      i = j + 1;
    }
  }
  bool contains(const std::string& w) const { return set_.count(w) > 0; }

 private:
  std::unordered_set<std::string> set_;
};

// Prepositions that introduce a time expression ("on Wednesday", "since 2012", "from 1996 until").
inline const WordSet kTimePrepositions{
    "on in at since over during for by from until till through throughout of before after around "
    "about within between as to into"};
// Time expressions starting with these take no preposition ("by the storm last week": "by" is not
// part of the time phrase).
inline const WordSet kDeictic{"last next this earlier later yesterday today tomorrow tonight recently"};
// Words that can open a fronted phrase ("On Wednesday,", "More recently,", "However,").
inline const WordSet kFrontedStarters{
    "on in at since over during for by from until after before within throughout earlier later last "
    "this next following more meanwhile however still now also separately instead then yesterday "
    "today recently previously initially first finally eventually since as"};
// Words dropped at the start of a label.
inline const WordSet kDiscourse{
    "however meanwhile still instead separately also now then earlier later recently previously "
    "moreover furthermore additionally so yet thus"};
// Adverbs that add nothing to a short label.
inline const WordSet kDropAdverbs{"also reportedly allegedly already just even tirelessly extensively"};
inline const WordSet kAuxiliaries{
    "has have had is are was were will would could can may might should must did does do be been "
    "being shall"};
// Verbs of a trailing reporting clause (", a spokeswoman said on Wednesday").
inline const WordSet kReportingVerbs{
    "said says told announced added stated reported wrote confirmed warned explained noted claimed "
    "insisted argued according"};
inline const WordSet kRelatives{"which who whom whose where when"};
inline const WordSet kSubordinators{"because while whereas although though as unless if once so"};
inline const WordSet kConjunctions{"and but or nor"};
inline const WordSet kParticiples{"including with adding saying amid despite leaving prompting following"};
inline const WordSet kArticles{"the a an"};
inline const WordSet kPossessives{"its his her their our my your"};
inline const WordSet kPronouns{"it they he she this that these those we you i"};
// Words a long label may be cut before (phrase boundaries).
inline const WordSet kCutWords{
    "in on at with for to after during via across into from through including by over under against "
    "amid within toward towards near ahead despite since before as while and or but that which who "
    "where when of along among between beyond behind beside without upon onto around about "
    "throughout until per like outside inside"};
// Common irregular past-tense verbs, so clauses like "the league grew quickly" read as clauses.
inline const WordSet kIrregularPast{
    "ate became began bought brought built came caught chose cut did drew drove fell felt fled flew "
    "fought found gave got grew had held hit kept knew led left lost made meant met paid put quit "
    "ran rose said sank sat saw sent set shot shut sold spent spoke stood struck swore taught "
    "thought threw told took tore understood went woke won wore wrote"};
// Titles before a person's name, dropped with the words that qualify them.
inline const WordSet kTitles{
    "president minister secretary chancellor premier king queen prince princess senator governor "
    "mayor general chief director chairman chairwoman chair leader commander spokesman spokeswoman "
    "spokesperson ambassador envoy judge justice pope ceo founder head official representative "
    "speaker adviser advisor prosecutor attorney sheikh emir ayatollah counterpart executive "
    "officer manager lawmaker economist analyst"};
inline const WordSet kTitleModifiers{"former deputy vice acting foreign prime interim then"};
// Words that end the noun phrase before ", which" or ", who".
inline const WordSet kStopBeforeNoun{
    "that which who and but or said says is are was were has have had in on at to for with by"};

}  // namespace chronoline
