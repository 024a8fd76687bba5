// Grammar: one language's lexicons and rules, loaded from the embedded data and validated.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "temporal/holidays.h"
#include "temporal/lexicon.h"
#include "temporal/matcher.h"
#include "temporal/pattern.h"
#include "temporal/tense.h"
#include "util/result.h"

namespace chronoline::temporal {

// A language is a folder of data: LANG/lexicon/*.tsv (one word class per file) and
// LANG/rules/*.rules (rules, tried in file-name then line order); every language also loads the
// feast tables of tables/*.tsv.
struct Grammar {
  Lexicon lexicon;
  std::vector<Rule> rules;
  std::unique_ptr<Matcher> matcher;
  TenseCues cues;
  HolidayBook holidays;  // the tables and every holiday spec of the lexicon and rules, compiled
  int number_words = -1;  // class folded into number tokens by the tokenizer
  // Class of words that make the date after them a bound ("since 2015"), not its clause's time.
  int interval_bounds = -1;
  // Classes of verbs that report ("said in March") and of words that join a clause after a comma
  // (", and in June"): see ResolveContext.
  int reporting_verbs = -1, clause_links = -1;
  // Class of words that make a bare "first half" a half year ("profit for the first half").
  int half_year_cues = -1;
  int figures = -1;  // "results", "earnings": what a period's figures are
  int habitual_adverbs = -1;
  // Class of words that open a comparison's second term ("than last year"): see ResolveContext.
  int comparison_links = -1;
  // Classes of holiday_as_subject: see ResolveContext.
  int holiday_making_verbs = -1, holiday_verb_fillers = -1;
  int lunar_new_year_names = -1;  // "Lunar New Year", "Spring Festival": a story of that New Year
  int record_nouns = -1;
  int account_nouns = -1;  // "minutes", "figures": a month after one and its link is past
  int share_words = -1;   // "percent", "cent" (share_words.tsv)
  int move_particles = -1;  // "back", "up": between a date_moves verb and "from" (move_particles.tsv)
  int date_moves = -1;    // "postponed", "pushed": "from X to Y" after one is no range (date_moves.tsv)
  int figure_verbs = -1;  // "report", "publish" (figure_verbs.tsv)
  int release_day_links = -1;  // "on": "results on Feb. 25" (release_day_links.tsv)
  // Class of superlatives, after which "in 20 years" reaches back ("the highest in 20 years").
  int superlatives = -1;
  // Class of words before a colon reading that make it a time taken ("won in 3:28").
  int elapsed_cues = -1;
  int race_cues = -1;  // "ran", "record": a one-digit-hour h:mm:ss after one is a time taken
  // Classes that tell a quoted title in title case ("This Week", "The Day After Tomorrow") from a
  // quoted time: the words it may leave in lower case, and the time nouns speech would not
  // capitalise after a quote's first word (units, their plurals, days named relative to today,
  // parts of the day).
  int title_minor_words = -1;
  int day_followers = -1;  // words that may follow a bare "the 15th" that is a day
  int name_titles = -1;    // "Mrs", "Dr": before a month that may be a surname, the person
  int place_prepositions = -1;  // "in", "across": a capitalised word after one is a place
  int day_name_nouns = -1;      // "bombings", "memorial": "the 7/7 bombings" names no date
  int unit_plurals = -1;        // "years", "days": a four-digit number before one is a count
  int prepositions = -1;        // "for", "of": a span after one qualifies a noun (stated_opens_subject)
  int ordinal_words = -1;  // "first", "second": spelled-out ordinals
  std::vector<int> time_nouns;
  // Class of words that end a street's name, after which a number is a house number.
  int street_suffixes = -1;
  int law_names = -1;
  int season_times = -1;
  int month_nouns = -1;  // nouns a month before them dates ("the March strike")
  int count_nouns = -1;  // "people", "victims": nouns of things counted
  int noun_determiners = -1;
  // Class of words before a date that only ends a stretch in a narrative ("until February"): the
  // story does not move on to it.
  int story_bounds = -1;
  // Classes the resolvers and the tagger ask about per match: month and weekday names, "payable",
  // "fiscal" (looked up here once rather than by name in every resolve).
  int months = -1, weekdays = -1, due_words = -1, fiscal_year_words = -1;
};

// Loads `language` from the embedded files. Errors name the file and line, or say which
// languages exist.
Result<std::unique_ptr<Grammar>> load_grammar(std::string_view language);

// Loads a grammar from explicit (path, content) files; for tests of validation messages.
Result<std::unique_ptr<Grammar>> load_grammar_from(
    const std::vector<std::pair<std::string_view, std::string_view>>& files);

}  // namespace chronoline::temporal
