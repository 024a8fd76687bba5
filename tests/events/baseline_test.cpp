// Dates that make no event: the baseline of a compared figure, a date before the noun it
// modifies, the period a superlative ranks over.
#include <doctest/doctest.h>

#include "fixtures.h"

namespace chronoline {
namespace {

using testing::tagger;

Timeline extract_body(const std::string& body) {
  auto t = extract_timeline("December 2, 2026\n\nA Title\n\n" + body, "test.txt", tagger(), {});
  REQUIRE(t.ok());
  return *t;
}

bool has_value(const Timeline& t, const std::string& value) {
  for (const Event& e : t.events)
    if (e.value == value) return true;
  return false;
}

TEST_CASE("the baseline a figure is compared with is no event") {
  CHECK_FALSE(has_value(extract_body("Sales rose 4.1% on Friday, up from a year earlier."), "2025"));
  CHECK_FALSE(has_value(extract_body("Visits on Friday fell 3% from last year, the group said."), "2025"));
  CHECK_FALSE(has_value(extract_body("The firm said on Monday it would hire 9,000 people, down from 12,000 two years ago."), "2024"));
  CHECK_FALSE(has_value(extract_body("Members paid $40 on Monday, compared with $31 last year and $28 in 2023."), "2023"));
  CHECK_FALSE(has_value(extract_body("Tickets sold on Monday were fewer than in 2019, the club said."), "2019"));
  CHECK_FALSE(has_value(extract_body("The group said on Tuesday it expects sales to grow 3% over 2025."), "2025"));
  CHECK_FALSE(has_value(extract_body("Attendance reached 9,400 on Saturday, up about 1,200 from a year earlier."), "2025"));
  CHECK_FALSE(has_value(extract_body("He said profit would reach 4.5 billion francs on Monday, up from 633.8 million francs last year."), "2025"));
}

// An inflation story's "Consumer prices rose 2.9% in October from a year earlier" gave a 2025-10
// event beside October's: the month between the figure and "from" hid the comparison.
TEST_CASE("a baseline after the compared date and 'from' is no event") {
  auto t = extract_body("Consumer prices rose 2.9% in October from a year earlier.");
  CHECK(has_value(t, "2026-10"));
  CHECK_FALSE(has_value(t, "2025-10"));
  CHECK_FALSE(has_value(extract_body("Sales fell 4% in the third quarter from a year earlier."), "2025-Q3"));
  // An owned baseline after the date too: "from last year's level".
  auto r = extract_body("Fares went up in January from last year's level, the council said.");
  CHECK(has_value(r, "2026-01"));
  CHECK_FALSE(has_value(r, "2025"));
  // Near misses: a stretch or a move "from" one date to another after a date keeps both.
  auto m = extract_body("The vote was moved in March from May to June.");
  CHECK(has_value(m, "2026-03"));
  CHECK(has_value(m, "2026-05/2026-06"));
  auto x = extract_body("The exhibition ran in 2025 from March to May, the museum said on Monday.");
  CHECK(has_value(x, "2025"));
  CHECK(has_value(x, "2026-03/2026-05"));
}

// A season preview's "The Boxing Day derby against Millstone is away, and the return fixture is on
// Easter Monday, 29 March 2027" lost the derby: a match is a happening its date dates.
TEST_CASE("a holiday before a match noun dates that match though the sentence has another date") {
  auto t = extract_body("The Boxing Day derby against Millstone is away, and the return fixture is on 29 March 2027.");
  CHECK(has_value(t, "2026-12-26"));
  CHECK(has_value(t, "2027-03-29"));
  // Near miss: a holiday before a noun that names no happening says which sales.
  auto n = extract_body("The Boxing Day sales start early this year, and the shop opens on 29 March 2027.");
  CHECK_FALSE(has_value(n, "2026-12-26"));
}

// An anniversary piece's "Half a century ago this week, at 2.15am on 10 November 1976, the dam
// gave way" gave the publication's week an event labelled with the dam.
TEST_CASE("the week right after a span back from now names an anniversary, no event") {
  auto t = extract_body("Half a century ago this week, the dam above the village gave way. The village remembers.");
  CHECK(has_value(t, "1976"));
  CHECK_FALSE(has_value(t, "2026-W49"));
  // Near miss: a week of its own after the span is an event.
  auto n = extract_body("The plant closed two years ago and reopens this week, the owners said.");
  CHECK(has_value(n, "2026-W49"));
}

// "up 6 percent from the same point last year" gave last year an event labelled "Same point".
TEST_CASE("a baseline at the same point of another period is no event") {
  CHECK_FALSE(has_value(extract_body("Ridership stands at 4.2 million, up 6 percent from the same point last year."), "2025"));
  CHECK_FALSE(has_value(extract_body("Profit rose 18 percent from a year earlier, the firm said on Friday."), "2025"));
  // Near misses: "the same point" with no change before "from" is no comparison, nor a date after
  // a figure that is where the change goes.
  CHECK(has_value(extract_body("The march set off from the same point last year, on the harbour."), "2025"));
  CHECK(has_value(extract_body("The levy will rise to 10 percent from the same point in 2027."), "2027"));
}

TEST_CASE("a comparison word that opens no baseline keeps its event") {
  // A range, a start date after a change, a deadline, a baseline dated for a clause of its own.
  auto t = extract_body("He moved the office from March to May 2026.");
  CHECK(testing::labelled(t).find("2026-03") != std::string::npos);
  CHECK(has_value(extract_body("The levy will rise from 8% to 10% from 1 January 2027."), "2027-01-01"));
  CHECK(has_value(extract_body("Forms must be filed no later than May 1, 2027."), "2027-05-01"));
  CHECK(has_value(extract_body("Turnout reached 61% this year, up from 55% in 2022, when Ruiz lost the race."), "2022"));
  CHECK(has_value(extract_body("Revenue grew 5% over 2025."), "2025"));
}

// "The vote was moved up from Friday to Monday" kept only Monday: "up" read as a change in a figure
// made Friday a comparison's baseline. After a verb that moves a date it is the verb's particle.
TEST_CASE("up after a verb that moves a date opens no baseline") {
  auto t = extract_body("The vote was moved up from Friday to Monday.");
  CHECK(has_value(t, "2026-12-04"));
  CHECK(has_value(t, "2026-11-30"));
  // Near miss: "up" after a figure's verb still does.
  CHECK_FALSE(has_value(extract_body("Prices on Friday were up from a year earlier."), "2025"));
}

// "Household energy bills will rise from 1 January, Ofgem announced" made no event at 1 January:
// "from" after a change word read as a baseline even after "will".
TEST_CASE("a change told ahead from a date starts then and is no baseline") {
  CHECK(has_value(extract_body("Bills will rise from 1 January. The council met on Monday."), "2027-01-01"));
  CHECK(has_value(extract_body("The price cap will go up from 1 January. The council met on Monday."), "2027-01-01"));
  CHECK(has_value(extract_body("Tuition is due to rise from September. The council met on Monday."), "2027-09"));
  // Near misses: a past change, a "be" before the change word, a perfect, a figure, and an owned
  // baseline stay baselines.
  CHECK_FALSE(has_value(extract_body("Sales rose from March. The council met on Monday."), "2026-03"));
  CHECK_FALSE(has_value(extract_body("Sales would be down from last year. The council met on Monday."), "2025"));
  CHECK_FALSE(has_value(extract_body("Profits would have risen from March. The council met on Monday."), "2026-03"));
  CHECK_FALSE(has_value(extract_body("Fares will rise 3% from last year. The council met on Monday."), "2025"));
  CHECK_FALSE(has_value(extract_body("Profits will fall from last year's level. The council met on Monday."), "2025"));
}

// "Charges increase from April" made no event at April: a plain present of change before "from"
// read as a baseline, where only a modal or "to" before it made the date the change's start.
TEST_CASE("a change from a date still to come starts then, in a timetable present too") {
  CHECK(has_value(extract_body("The council met on Monday. Charges increase from April."), "2027-04"));
  CHECK(has_value(extract_body("The council met on Monday. Bus fares rise from January."), "2027-01"));
  CHECK(has_value(extract_body("The council met on Monday. Fares go up from March."), "2027-03"));
  // Near misses: a date gone is a baseline whatever the verb's form; so is one with a figure
  // before "from", or one a noun owns.
  CHECK_FALSE(has_value(extract_body("The council met on Monday. Sales rise from a year earlier."), "2025"));
  CHECK_FALSE(has_value(extract_body("The council met on Monday. Sales rose from March."), "2026-03"));
  CHECK_FALSE(has_value(extract_body("The council met on Monday. Rents rise 3% from last year."), "2025"));
  CHECK_FALSE(has_value(extract_body("The council met on Monday. Fares rise from next year's level."), "2027"));
}

TEST_CASE("a month or year before the noun it modifies is no event when the sentence has another date") {
  CHECK_FALSE(has_value(extract_body("The agency releases the November jobs report on Friday, Dec. 4."), "2026-11"));
  CHECK_FALSE(has_value(extract_body("Ardent will report its 2026 accounts on March 3, 2027."), "2026"));
  // Alone it dates the happening; after a preposition of time it is a time of its own.
  CHECK(has_value(extract_body("Okafor won the 2024 election."), "2024"));
  CHECK(has_value(extract_body("Ministers hope it will pass before the summer recess, which begins on 21/07/2027."), "2027-SU"));
  CHECK(has_value(extract_body("The board voted on Monday to put the levy on the November 2027 ballot."), "2027-11"));
}

// "followed next week by minutes of the Federal Reserve's November meeting on Tuesday" lost its
// November event: a month before a noun that names a happening dates that happening.
TEST_CASE("a month before a happening noun makes its event beside another date") {
  CHECK(has_value(extract_body("Traders read minutes of the central bank's November meeting on Tuesday."), "2026-11"));
  CHECK(has_value(extract_body("Ministers discussed the October summit on Monday."), "2026-10"));
  CHECK(has_value(extract_body("The bank's September policy meeting was reviewed on Monday."), "2026-09"));
  CHECK(has_value(extract_body("The union's October strike vote ended in a walkout on Monday."), "2026-10"));
  CHECK(has_value(extract_body("Officials said on Monday that they had called off the November talks."), "2026-11"));
  // A document or figure named by its period, or by the happening's period, is no event.
  CHECK_FALSE(has_value(extract_body("The committee published the October meeting minutes on Thursday."), "2026-10"));
  CHECK_FALSE(has_value(extract_body("The firm's October sales figures came out on Monday."), "2026-10"));
  CHECK_FALSE(has_value(extract_body("The agency releases the November vote tally on Friday, Dec. 4."), "2026-11"));
}

TEST_CASE("a month before a happening noun stays in the label of the sentence's other date") {
  CHECK(testing::labelled(extract_body("Traders read minutes of the central bank's November meeting on Tuesday.")) ==
        "2026-11 Traders read minutes of the central bank's meeting\n"
        "2026-12-01 Traders read minutes of the central bank's November meeting\n");
}

// "the King will lay a wreath at the 9/11 memorial" made an event at 2001-09-11: a day named
// without its year that the tagger dates years away, before a noun that names a thing, is that
// thing's name.
TEST_CASE("a day that names a thing is no event") {
  CHECK_FALSE(has_value(extract_body("The King laid a wreath at the 9/11 memorial and met first responders."), "2001-09-11"));
  CHECK_FALSE(has_value(extract_body("Visitors to the 9/11 museum rose on Monday."), "2001-09-11"));
  // A happening after it, no noun after it, or a year written: the day's event.
  CHECK(has_value(extract_body("The mayor said on Monday that the 9/11 attacks changed the city."), "2001-09-11"));
  CHECK(has_value(extract_body("Security has been tighter since 9/11, the mayor said."), "2001-09-11"));
  CHECK(has_value(extract_body("Prices have not recovered from the 2008 crash."), "2008"));
  CHECK(has_value(extract_body("The council approved the Dec. 15 deadline on Monday."), "2026-12-15"));
}

TEST_CASE("a day that names a thing stays in its sentence's label") {
  CHECK(testing::labelled(extract_body("Visitors to the 9/11 museum rose on Monday.")) ==
        "2026-11-30 Visitors to the 9/11 museum rose\n");
}

// "releases the November jobs report on Friday, Dec. 4" was labelled "... releases the jobs report":
// the month that makes no event was also left out of the other date's label.
TEST_CASE("a date that only modifies a noun stays in the label of the sentence's event") {
  CHECK(testing::labelled(extract_body("The agency releases the November jobs report on Friday, Dec. 4.")) ==
        "2026-12-04 Agency releases the November jobs report\n");
  CHECK(testing::labelled(extract_body("Ardent will report its 2026 accounts on March 3, 2027.")) ==
        "2027-03-03 Ardent will report its 2026 accounts\n");
}

// "The Christmas period will be decided in the last ten days before the holiday" made two events
// labelled "Decided before the holiday": a holiday named before a noun says which period.
TEST_CASE("a holiday before the noun it modifies is no event when the sentence has another date") {
  auto t = extract_body("The Christmas period will be decided in the first week of December.");
  CHECK_FALSE(has_value(t, "2026-12-25"));
  CHECK(testing::labelled(t) == "2026-W50 Christmas period will be decided\n");
  CHECK(has_value(extract_body("The Christmas party was held on Dec. 1."), "2026-12-01"));
  CHECK_FALSE(has_value(extract_body("The Christmas party was held on Dec. 1."), "2026-12-25"));
  // A timetable's clock time dates nothing ("9 am on hot Saturdays"), so the holiday keeps its event.
  CHECK(has_value(extract_body("Clubs agreed to start at 9 am on hot Saturdays, and the Boxing Day fixture will be played "
                               "under a heat policy."),
                  "2026-12-26"));
  // A weekday before a noun is that day's ("the Friday meeting").
  CHECK(has_value(extract_body("The Friday meeting was moved to Dec. 9."), "2026-11-27"));
}

// "The operator's 2026-27 season started in August" was labelled "Operator's started ..." twice:
// a span written as one word after a noun's possessive modifies the noun too.
TEST_CASE("a season span after a possessive modifies its noun") {
  auto t = extract_body("The ferry operator's 2026-27 season started in August with two new vessels.");
  CHECK(testing::labelled(t) == "2026-08 Ferry operator's 2026-27 season started with two new vessels\n");
}

TEST_CASE("the period a superlative ranks over is no event past a compound noun") {
  CHECK_FALSE(has_value(extract_body("Cyber Monday will be the biggest online shopping day of the year, Adobe said on Friday."), "2026"));
  CHECK_FALSE(has_value(extract_body("Tuesday was the hottest day of the summer, the office said on Wednesday."), "2026-SU"));
  CHECK_FALSE(has_value(extract_body("June was the driest in the region since 1976, the agency said on Friday."), "1976"));
  CHECK(has_value(extract_body("The council met in the summer of 2026 to plan the road."), "2026-SU"));
  CHECK_FALSE(has_value(extract_body("The stock rose to a high for the year of $42 in June from $29 in March."), "2026"));
}

TEST_CASE("the period a forecast's subject covers is no event when the forecast has its own date") {
  auto t = extract_body("The federation said on Tuesday that it expects holiday sales in November and December to grow 3%.");
  CHECK_FALSE(has_value(t, "2026-11"));
  CHECK_FALSE(has_value(t, "2026-12"));
  CHECK(has_value(t, "2026-12-01"));
  CHECK_FALSE(has_value(extract_body("Analysts on Monday forecast prices in 2027 to fall 4%."), "2027"));
  // Near misses: no other date, the verb's own "to", a "that" clause with its own verb.
  CHECK(has_value(extract_body("Analysts forecast prices in 2027 to fall 4%."), "2027"));
  CHECK(has_value(extract_body("She said on Monday she expects to leave in May to join Apple."), "2027-05"));
  CHECK(extract_body("The firm said on Monday it expects that sales in March rose.").events.size() == 2);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("most of a season is a portion of it and keeps its event") {
  auto t = extract_timeline(
      "December 2, 2026\n\nA Title\n\nThe bill spent most of the summer in committee, where members heard 16 witnesses.",
      "test.txt", testing::tagger(), {});
  REQUIRE(t.ok());
  bool summer = false;
  for (const Event& e : t->events) summer = summer || e.value == "2026-SU";
  CHECK(summer);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("a quarter before its figure keeps its event when the other date is only a baseline") {
  auto t = extract_timeline(
      "December 2, 2026\n\nA Title\n\nArdent posted a third-quarter net loss of $2.3 million, versus net income of "
      "$5.3 million a year earlier.",
      "test.txt", testing::tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->events.size() == 1);
  CHECK(t->events[0].value.ends_with("Q3"));
  auto aside = extract_timeline(
      "December 2, 2026\n\nA Title\n\nArdent posted a third-quarter net loss of $2.3 million, or 68 cents a share, "
      "versus net income of $5.3 million, or $1.61 a share, a year earlier.",
      "test.txt", testing::tagger(), {});
  REQUIRE(aside.ok());
  REQUIRE(aside->events.size() == 1);
  CHECK(aside->events[0].value.ends_with("Q3"));
}

// British and Canadian copy writes "per cent": "fell 2.1 per cent in October from September" gave a
// junk September event, "up 1.4 per cent from October 2025" a junk October 2025 one, where
// "percent" gave none.
TEST_CASE("a figure in per cent is compared with its baseline as one in percent is") {
  CHECK_FALSE(has_value(extract_body("Home sales fell 2.1 per cent in October from September."), "2026-09"));
  CHECK(has_value(extract_body("Home sales fell 2.1 per cent in October from September."), "2026-10"));
  CHECK_FALSE(has_value(extract_body("The average price was $684,300 on Monday, up 1.4 per cent from October 2025."),
                        "2025-10"));
  CHECK_FALSE(has_value(extract_body("Rates fell to 84 per cent in the 2025-26 school year, down from 91 per cent "
                                     "five years earlier."),
                        "2021"));
  // Near misses: a change that starts on a date still to come ("will rise 5 per cent from 1
  // January", which "percent" lost too) and a figure with no comparison ("84 per cent in 2021")
  // keep their events.
  CHECK(has_value(extract_body("Fares will rise 5 per cent from 1 January."), "2027-01-01"));
  CHECK(has_value(extract_body("Fares will rise 5 percent from 1 January."), "2027-01-01"));
  CHECK(has_value(extract_body("Turnout was 84 per cent in 2021."), "2021"));
}

}  // namespace
}  // namespace chronoline
