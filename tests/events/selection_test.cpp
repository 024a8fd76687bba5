// Which dates of an article are events: comparisons, frames and life spans.
#include <doctest/doctest.h>

#include "fixtures.h"

namespace chronoline {
namespace {

using testing::labelled;
using testing::tagger;

Timeline extract(const std::string& body, const std::string& title = "A Title",
                 const std::string& published = "December 2, 2026") {
  auto t = extract_timeline(published + "\n\n" + title + "\n\n" + body, "test.txt", tagger(), {});
  REQUIRE(t.ok());
  return *t;
}

TEST_CASE("a superlative compared with the time since a date is no event at that date") {
  auto t = extract(
      "The council approved a 4.5% rise on Monday, the largest increase since 2011.\n\n"
      "Prices rose 3.1% in October, their fastest pace since March 2020.\n\n"
      "Exports fell for the first time since 1998 in the third quarter.\n\n"
      "The bridge, closed since 2023, reopened on Friday. The mill has been run by the family since 1850.\n\n"
      "Funds have seen $161 million flow out since early September.");
  std::string got = labelled(t);
  CHECK(got.find("2011") == std::string::npos);
  CHECK(got.find("2020-03") == std::string::npos);
  CHECK(got.find("1998") == std::string::npos);
  CHECK(got.find("2023 Bridge closed") != std::string::npos);
  CHECK(got.find("1850 ") != std::string::npos);
  CHECK(got.find("2026-09 ") != std::string::npos);
}

TEST_CASE("a superlative further back than five words still compares with the time since a date") {
  auto t = extract(
      "The King arrives on Monday for a visit, the first by a British monarch to the United States since 2007.\n\n"
      "Shares posted their biggest gain of the month in October and have risen since March.\n\n"
      "It is the most important change since the 1990s, when the network last doubled in size.");
  std::string got = labelled(t);
  CHECK(got.find("2007") == std::string::npos);
  CHECK(got.find("2026-03 ") != std::string::npos);  // a conjunction between: no comparison
  CHECK(got.find("199 Network last doubled") != std::string::npos);  // a "when" clause tells of then
}

// A tour story's "their first headline tour of the UK and Ireland since 2021" gave 2021 an event:
// the "and" between the two names read as a second clause's.
TEST_CASE("an and between two names does not stop a superlative from comparing with a date") {
  auto t = extract(
      "The band will play their first headline tour of the UK and Ireland since 2021 next spring.\n\n"
      "Shares posted their biggest gain in October and Rovers rose since March.");
  std::string got = labelled(t);
  CHECK(got.find("2021") == std::string::npos);
  CHECK(got.find("2027-SP ") != std::string::npos);
  // Near miss: "and" before a lower-case word still opens a clause of its own.
  CHECK(got.find("2026-03 ") != std::string::npos);
}

TEST_CASE("a speaker named twice before said and a colon says the quote after it") {
  auto t = extract(
      "Its current chief executive, Anita Shah, said on Thursday: \"The sentence cannot give back what was "
      "taken.\"\n\n"
      "Tom Reid, its chairman, said on Friday: \"We will rebuild.\"");
  std::string got = labelled(t);
  CHECK(got.find("2026-11-26 Anita Shah said: The sentence cannot give back what was taken") != std::string::npos);
  CHECK(got.find("2026-11-27 Tom Reid said: We will rebuild") != std::string::npos);
}

TEST_CASE("the horizon of a forecast is no event at that date") {
  auto t = extract(
      "The bank cut its growth outlook on Monday, with forecasts running to 2029.\n\n"
      "Its projections stretch through 2031, the report said.\n\n"
      "The treasury published an outlook to 2035.\n\n"
      "The new plant will open in 2029. The lease runs to 2033.");
  std::string got = labelled(t);
  CHECK(got.find("2026-11-30 ") != std::string::npos);  // Monday: past, not the coming one
  CHECK(got.find("2031") == std::string::npos);
  CHECK(got.find("2035") == std::string::npos);
  CHECK(got.find("2029 New plant will open") != std::string::npos);
  CHECK(got.find("2033 ") != std::string::npos);  // a lease is no forecast
}

TEST_CASE("a superlative's stretch back over some years is no event over them") {
  auto t = extract(
      "Mortgage rates hit their highest level in 15 years on Monday.\n\n"
      "For the first time in a decade, the ferry ran at a loss in October.\n\n"
      "The town will open its largest park within two years.\n\n"
      "Officials want the first buses to run within 10 days.\n\n"
      "Sales fell over the past three years.\n\n"
      "They were the first club to win the cup in 30 years.");
  CHECK(testing::values(t) ==
        "2026-11-30 2026-10 2026-12-02/2028-12-02 2026-12-02/2026-12-12 2023-12-02/2026-12-02");
}

TEST_CASE("a date coordinated with the one a label leaves out goes with it") {
  auto t = extract(
      "The floods of 1987 and 1990 forced planners to act.\n\n"
      "Warplanes helped end the war in 1995 and now are poised to intervene.");
  CHECK(labelled(t) ==
        "1987 Floods forced planners to act\n1990 Floods forced planners to act\n"
        "1995 Warplanes helped end the war and now are poised to intervene\n");
}

TEST_CASE("a quoted title that opens a label keeps its quotes and article") {
  auto t = extract(
      "\"An Enemy of the People\" runs until Jan. 10.\n\n"
      "\"We will open on time,\" the director said on Monday.");
  std::string got = labelled(t);
  CHECK(got.find("2027-01-10 \"An Enemy of the People\" runs until Jan. 10\n") != std::string::npos);
  CHECK(got.find("2026-11-30 Director said") != std::string::npos);
}

TEST_CASE("an ordinal's stretch back is no event over it") {
  auto t = extract(
      "It was the second time in three years that the levy failed.\n\n"
      "It is the third major disruption at the airport in three months.\n\n"
      "The plant will reopen in three months.");
  CHECK(testing::values(t) == "2026-12-02/2027-03-02");
}

TEST_CASE("the period a superlative ranks over is no event") {
  auto t = extract(
      "Reviewers called the Velora X2 the best bike of the year.\n\n"
      "It was the port's biggest sales day of the month.\n\n"
      "The striker scored his worst miss of the season.\n\n"
      "The bike goes on sale in the spring of next year.\n\n"
      "The plant will close at the end of the year.");
  CHECK(testing::values(t) == "2027-SP 2026");
}

TEST_CASE("a year or month that frames the article is no event") {
  auto t = extract(
      "It was a year few will forget. Here is how 2026 unfolded, month by month.\n\n"
      "Here's how 2026 went for the club.\n\n"
      "Investors head into the final stretch of the year with a crowded calendar.\n\n"
      "Sales rose 5% this year, the company said. In 2026 the club won the league.");
  CHECK(testing::values(t) == "2026 2026");
  CHECK(t.events[0].label == "Sales rose 5%");
}

TEST_CASE("a life span in brackets after a name is a birth and a death, said once") {
  auto t = extract(
      "Eleanor Voss (March 3, 1932 - Nov. 24, 2026), a physicist, died on Tuesday at her home in "
      "Boulder. She was 94.\n\nShe retired in 1995.\n\n",
      "Eleanor Voss, physicist, dies at 94", "November 28, 2026");
  CHECK(labelled(t) == "1932-03-03 Eleanor Voss born\n2026-11-24 Eleanor Voss died\n1995 Voss retired\n");
  auto later = extract(
      "Mary Lane (May 1, 1950 - Nov. 20, 2026), who taught for 40 years at the village school in "
      "Leeds, has died.\n\nShe died on Nov. 20 at home.",
      "Mary Lane, teacher, dies");
  CHECK(testing::values(later) == "1950-05-01 2026-11-20");
}

TEST_CASE("another person's death on the day of a life span's end is an event of its own") {
  auto t = extract(
      "Eleanor Voss (March 3, 1932 - Nov. 24, 2026) was a physicist who flew detectors on balloons.\n\n"
      "She died on Tuesday at her home in Boulder, her daughter said.\n\n"
      "Her brother, Paul Lind, died on Tuesday in Denver.",
      "Obituary: Eleanor Voss, physicist, dies at 94", "November 28, 2026");
  CHECK(testing::values(t) == "1932-03-03 2026-11-24 2026-11-24");
  REQUIRE(t.events.size() == 3);
  CHECK(t.events[2].label.find("Paul Lind") != std::string::npos);
}

TEST_CASE("a range in brackets after a name is no life span without a death") {
  auto t = extract("The plan was led by Prime Minister Jane Roe (2019-2021) and cut taxes.");
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].value == "2019/2021");
}

TEST_CASE("a transcript's date-only answer takes its label from the question") {
  auto t = extract(
      "Q: When will the bridge reopen? A: In May.\n\n"
      "Q: When does the museum open?\n\nA: On March 3.\n\n"
      "Q: When will Acme Corp ship the phone? A: On Friday.\n\n"
      "Q: Why did you leave? A: Last year.\n\n"
      "Q: Did you meet him? A: Yes, last Thursday.");
  // The dates are the tagger's (an answer's "In May" has no tense of its own); the labels are
  // what this tests.
  CHECK(labelled(t) ==
        "2026-05 Bridge will reopen\n2027-03-03 When does the museum open?\n2026-11-27 Acme Corp will ship the phone\n");
}

TEST_CASE("a paragraph holding only a name and a life span is an obituary's heading") {
  // Under a title with no word of death, and as the title itself (the reader keeps it as text).
  auto t = extract("John Smith (1932-2026)\n\nJohn Smith served as mayor of Dalbury for 20 years.",
                   "Remembering a Mayor", "March 4, 2026");
  CHECK(labelled(t) == "1932 John Smith born\n2026 John Smith died\n");
  auto u = extract_timeline("March 4, 2026\n\nJohn Smith (1932\u20132026)\n\nJohn Smith served as mayor of "
                            "Dalbury for 20 years. He was elected in 1970.",
                            "test.txt", tagger(), {});
  REQUIRE(u.ok());
  CHECK(u->title == "John Smith (1932\u20132026)");
  CHECK(labelled(*u) == "1932 John Smith born\n2026 John Smith died\n1970 Smith was elected\n");
  // Lines of a list of office holders stay terms, each with its own name (was "John Smith Mary
  // Jones" for both).
  auto v = extract("Past mayors:\n\nJohn Smith (1970-1990)\nMary Jones (1990-2002)", "Mayors", "March 4, 2026");
  CHECK(labelled(v) == "1970/1990 John Smith\n1990/2002 Mary Jones\n");
  // The heading on the line above the story: "He" is still the man it names.
  auto w = extract("John Smith (1932-2026)\nJohn Smith served as mayor of Dalbury. He was elected in 1970.",
                   "Former Mayor Dies", "March 4, 2026");
  CHECK(labelled(w) == "1932 John Smith born\n2026 John Smith died\n1970 Smith was elected\n");
}

TEST_CASE("an obituary's life under its title or as its title is a birth and a death") {
  // The heading right under the dateline, no blank line: the title; the story's "died on
  // Tuesday" dates the year-only death to the day (was one bar 1932/2026 and a second death).
  auto t = extract_timeline("November 25, 2026\nJohn Smith (1932-2026)\n\nJohn Smith, a carpenter who "
                            "built the town hall, died on Tuesday.",
                            "test.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(labelled(*t) == "1932 John Smith born\n2026-11-24 John Smith died\n");
  auto u = extract("John Smith (1932-2026)\n\nJohn Smith, a carpenter, died on Tuesday.",
                   "Carpenter dies at 94", "November 25, 2026");
  CHECK(labelled(u) == "1932 John Smith born\n2026-11-24 John Smith died\n");
  // Full dates in the heading under a title with a word of death: the life, not a dateline
  // (the birth was lost as header matter).
  auto v = extract("Eleanor Voss (March 3, 1932 - Nov. 24, 2026)\n\nEleanor Voss, a physicist, died "
                   "on Tuesday at her home in Boston.",
                   "Physicist dies at 94", "November 25, 2026");
  CHECK(labelled(v) == "1932-03-03 Eleanor Voss born\n2026-11-24 Eleanor Voss died\n");
}

TEST_CASE("an obituary's bare he or she is its person by surname") {
  // Was "He opened his first workshop": no one named in the last two sentences.
  auto t = extract("John Smith (1932-2026), a carpenter, died on Tuesday at his home. He was 94.\n\nHe opened "
                   "his first workshop in 1958.\n\nHis wife, Mary Smith, kept the books. She died in 2015.\n\n"
                   "He closed the workshop in 2005.",
                   "Carpenter dies at 94", "November 25, 2026");
  CHECK(labelled(t) ==
        "1932 John Smith born\n2026-11-24 John Smith died\n1958 Smith opened his first workshop\n2015 Mary "
        "Smith died\n2005 Smith closed the workshop\n");
  // "She" right after a daughter is named is still the obituary's woman (was "Ines Berg retired").
  auto u = extract("Marta Lindqvist (1941-2026), a harbour pilot, died on Sunday at her home.\n\nHer daughter, "
                   "Ines Berg, joined the service in 1990.\n\nShe retired in 2001.",
                   "Harbour pilot dies at 85", "November 25, 2026");
  CHECK(labelled(u) ==
        "1941 Marta Lindqvist born\n2026-11-22 Marta Lindqvist died\n1990 Ines Berg joined the service\n2001 "
        "Lindqvist retired\n");
  // A story with no life in brackets keeps its pronoun.
  auto v = extract("The bridge will cost 12 million pounds.\n\nThe old one closed last year.\n\nHe will open "
                   "the bridge in 2028.",
                   "Council approves bridge", "November 25, 2026");
  CHECK(labelled(v) == "2025 Old one closed\n2028 He will open the bridge\n");
}

TEST_CASE("a fronted period with a which-clause gives the main clause and its end as two events") {
  auto t = extract("Halvard Corp. reported results on Wednesday.\n\n"
                   "For the second quarter, which ends Dec. 31, it expects revenue of about $1.9 billion.",
                   "Halvard posts results", "October 29, 2026");
  // Labels only: what "the second quarter" resolves to is the tagger's business.
  std::vector<std::string> got;
  for (const Event& e : t.events) got.push_back(e.label);
  CHECK(got == std::vector<std::string>{"Halvard Corp. reported results",
                                        "Halvard Corp. expects revenue of about $1.9 billion",
                                        "Second quarter ends"});
}

TEST_CASE("a list's field line dates what its label names and a date in the label is no event") {
  auto t = extract(
      "The company confirmed its financial calendar for 2027:\n\n"
      "Annual report 2026: 2027-03-25\nAnnual general meeting: 2027-06-10\nHalf-year report 2027: 2027-08-05");
  CHECK(labelled(t) ==
        "2027 Company confirmed its financial calendar\n2027-03-25 Annual report 2026\n"
        "2027-06-10 Annual general meeting\n2027-08-05 Half-year report 2027\n");
}

TEST_CASE("a bulleted field line dates what its label names, its bullet left out") {
  auto t = extract(
      "The band will play:\n\n- Belfast, SSE Arena: Saturday 17 April\n- Manchester, AO Arena: 23 and 24 April\n"
      "* Cardiff: 1 May\n\nTickets go on sale on Friday.",
      "Tour dates", "November 16, 2026");
  CHECK(labelled(t) ==
        "2027-04-17 Belfast, SSE Arena\n2027-04-24 Manchester, AO Arena\n2027-05-01 Cardiff\n"
        "2026-11-20 Tickets go on sale\n");
  // Near misses: a bullet before a sentence with a verb, and days that are not only days before
  // the month ("23 or 24 April"), are no field lines.
  auto v = extract("- The band plays Glasgow on 20 April.\n- Bristol: maybe 24 April", "Tour dates",
                   "November 16, 2026");
  CHECK(labelled(v) == "2027-04-20 Band plays Glasgow\n");
}

// "The council named the days: December 11 and December 18." gave no event: a field line's value
// was one date, or days before one month ("23 and 24 April").
TEST_CASE("a short line whose colon is followed by a list of dates dates each with what comes before the colon") {
  auto t = extract("The council named the days: December 11 and December 18.", "Strike", "November 28, 2026");
  CHECK(labelled(t) == "2026-12-11 The council named the days\n2026-12-18 The council named the days\n");
  auto l = extract("New hearing dates: December 11, December 18, and December 21.", "Trial", "November 28, 2026");
  CHECK(labelled(l) == "2026-12-11 New hearing dates\n2026-12-18 New hearing dates\n2026-12-21 New hearing dates\n");
  // Near miss: words between the dates ("Monday, then December 18") make no list (and, as before,
  // no field line).
  auto v = extract("Hearings: Monday, then December 18.", "Trial", "November 28, 2026");
  CHECK(labelled(v) == "");
}

// A clinic list's "- Dec. 7 and Dec. 8: Seven Oaks hall" gave no event at all, and "- Thursday,
// Dec. 3 and Friday, Dec. 4: Health Sciences Centre, 9 a.m. to 5 p.m." none for the Thursday:
// only a single date opened a list item before its colon.
TEST_CASE("a list item opened by dates joined with and before its colon dates what follows, each day") {
  auto t = extract("The province will run clinics:\n\n- Tuesday, Dec. 1: St. Vital library\n- Dec. 7 and Dec. 8: "
                   "Seven Oaks hall\n- Thursday, Dec. 10 and Friday, Dec. 11: Health Sciences Centre",
                   "Clinics", "November 28, 2026");
  CHECK(labelled(t) ==
        "2026-12-01 St. Vital library\n2026-12-07 Seven Oaks hall\n2026-12-08 Seven Oaks hall\n"
        "2026-12-10 Health Sciences Centre\n2026-12-11 Health Sciences Centre\n");
  // Near misses: dates joined with and in a sentence, with no colon after them, keep its clause.
  auto v = extract("Dec. 7 and Dec. 8 are the clinic days, officials said.", "Clinics", "November 28, 2026");
  CHECK(labelled(v) == "2026-12-07 Clinic days\n2026-12-08 Clinic days\n");
}

// A volcano story's "Keruak erupted for nearly three months in 2021, from January to April" gave a
// 2021 event and a January-April one, both "Keruak erupted for nearly three months".
TEST_CASE("a stretch of months inside a year told in the same clause is one event, at the months") {
  auto t = extract("Keruak erupted for nearly three months in 2021, from January to April, killing four people.",
                   "Volcano", "November 27, 2026");
  CHECK(labelled(t) == "2021-01/2021-04 Keruak erupted for nearly three months\n");
  // Near misses: a stretch in another year, and a year whose clause says something else, stay.
  auto v = extract("The mine opened in 2019 and was shut from March to June 2020. The plant ran in 2021, and "
                   "workers struck from January to April.",
                   "Mine", "November 27, 2026");
  CHECK(labelled(v) == "2019 Mine opened\n2020-03/2020-06 Mine was shut\n2021 Plant ran\n"
                       "2021-01/2021-04 Workers struck\n");
}

// A season preview's "before a midweek trip to Portmere on Tuesday 18 August (7.45pm kick-off)"
// gave the day and the time two events, the time's labelled with the words around the brackets;
// a results release's "5:00 p.m. Eastern Time (2:00 p.m. Pacific Time)" two times.
TEST_CASE("a clock time in brackets after its day, or after a time and its zone, is no second event") {
  auto t = extract("Rovers visit Portmere on Tuesday 18 August (7.45pm kick-off).", "Fixtures", "July 31, 2026");
  CHECK(labelled(t) == "2026-08-18T19:45 Rovers visit Portmere\n");
  auto z = extract("The company will host a call at 5:00 p.m. Eastern Time (2:00 p.m. Pacific Time) today.",
                   "Results", "November 5, 2026");
  REQUIRE(z.events.size() == 1);
  CHECK(z.events[0].value == "2026-11-05T17:00");
  // Near misses: a time outside brackets, and a bracket after another date, stay events.
  auto n = extract("Rovers visit Portmere on Tuesday 18 August and train at 7.45pm on Friday.", "Fixtures",
                   "July 31, 2026");
  CHECK(n.events.size() == 2);
  auto m = extract("The company will host a call at 5:00 p.m. today and a webcast at 2:00 p.m. Friday.",
                   "Results", "November 5, 2026");
  CHECK(m.events.size() == 2);
}

TEST_CASE("a clock time restated in a which-is clause in another zone is no second event") {
  auto t = extract("The race starts at 10 p.m. on Saturday, which is 6 a.m. on Sunday in London.");
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].value == "2026-12-05T22:00");
}

}  // namespace


// A strike story listed its days under "... will walk out on:", each bullet only a date: the days
// made no events, having no words of their own.
TEST_CASE("a list item that is only a date takes the label of the sentence leading into the list") {
  auto t = extract(
      "Drivers at three rail firms will walk out on:\n\n- Friday 11 December\n- Monday 14 and Tuesday 15 "
      "December\n\nTalks resume on Tuesday.",
      "Strikes", "December 1, 2026");
  CHECK(labelled(t) ==
        "2026-12-11 Drivers at three rail firms will walk out\n2026-12-14 Drivers at three rail firms will walk out\n"
        "2026-12-15 Drivers at three rail firms will walk out\n2026-12-01 Talks resume\n");
  // Near misses: a lead-in that ends as a sentence does, and dated items under a colon, keep
  // their own (or no) labels.
  auto n = extract("Drivers will walk out next week.\n\n- Friday 11 December\n\nTalks resume on Tuesday.",
                   "Strikes", "December 1, 2026");
  CHECK(labelled(n) == "2026-W50 Drivers will walk out\n2026-12-01 Talks resume\n");
  auto f = extract("The band will play:\n\n- Cardiff, Utilita Arena: Saturday 1 May", "Tour", "November 16, 2026");
  REQUIRE(f.events.size() == 1);
  CHECK(f.events[0].label == "Cardiff, Utilita Arena");
}

}  // namespace chronoline
