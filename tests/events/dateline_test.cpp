// Datelines: the publication date read from the lines above the body, in the forms news sites use.
#include <doctest/doctest.h>

#include "events/events.h"
#include "events/fixtures.h"

namespace chronoline {
namespace {

using testing::tagger;

std::string published(std::string_view line) {
  auto d = parse_dateline(line, tagger());
  if (!d) return "-";
  std::string out = date::format("%F", d->day);
  if (d->time_of_day) out += date::format("T%H:%M", d->day + *d->time_of_day);
  return out;
}

TEST_CASE("datelines in US, ISO and day-first numeric forms give the publication date") {
  CHECK(published("January 25, 2022, 5:49 AM") == "2022-01-25T05:49");
  CHECK(published("2022-01-25 05:49") == "2022-01-25T05:49");
  CHECK(published("25.01.2022 10:30") == "2022-01-25T10:30");
  CHECK(published("Published 25.01.2022") == "2022-01-25");
  CHECK(published("Updated: 03.02.2022, 10:30") == "2022-02-03T10:30");
  CHECK(published("2022/01/25") == "2022-01-25");
  CHECK(published("25/01/2022") == "2022-01-25");
  CHECK(published("1/25/2022") == "2022-01-25");
  CHECK(published("2022-01-25T05:49:00Z") == "2022-01-25T05:49");
  CHECK(published("Last updated: 2022-01-25T17:49:00+01:00") == "2022-01-25T17:49");
  CHECK(published("Updated 10:30 AM ET, Tue January 25, 2022") == "2022-01-25T10:30");
  CHECK(published("25 January 2022 | 05:49") == "2022-01-25T05:49");
  // British sites write the time with a dot.
  CHECK(published("Tue 25 Jan 2022 14.05 GMT") == "2022-01-25T14:05");
  CHECK(published("25 January 2022 09.30") == "2022-01-25T09:30");
  CHECK(published("25 January 2022 14.055") == "2022-01-25");
  CHECK(published("Last modified on 25 January 2022 14:05") == "2022-01-25T14:05");
  CHECK(published("Last modified on Tue 25 Jan 2022 14.05 GMT") == "2022-01-25T14:05");
}

TEST_CASE("a weekday before a slashed date picks the order of its numbers") {
  // 12 May 2026 is a Tuesday and 5 December 2026 a Saturday; Australian and Canadian sites write
  // the day first.
  CHECK(published("Tuesday 12/05/2026 19:30 AEST") == "2026-05-12T19:30");
  CHECK(published("Saturday, 12/05/2026") == "2026-12-05");
  CHECK(published("12/05/2026") == "2026-12-05");
}

TEST_CASE("a header line of fields between bars gives the date of the field that is one") {
  CHECK(published("KYODO NEWS - Nov 27, 2026 - 19:45 | Japan, Politics") == "2026-11-27T19:45");
  CHECK(published("Department of Public Health | Weekly Respiratory Virus Update | Nov. 27, 2026") ==
        "2026-11-27");
  CHECK(published("Sports | Monday") == "-");
  CHECK(published("Officials said the talks began. | Nov. 27, 2026") == "-");
}

TEST_CASE("a line that only mentions a date, or a relative one, is no dateline") {
  CHECK(published("The ministers met on Wednesday.") == "-");
  CHECK(published("Officials said the talks that began on 25.01.2022 in Geneva would resume.") == "-");
  CHECK(published("yesterday") == "-");
  // A headline that holds a date.
  CHECK(published("Storm closes schools on 27 November 2026") == "-");
  CHECK(published("Storm Closes Schools on 27 November 2026") == "-");
  CHECK(published("DW, 27.11.2026") == "2026-11-27");
  CHECK(published("CBC News \u00B7 Posted: Nov 27, 2026 6:00 AM CT | Last Updated: 2 hours ago") == "2026-11-27T06:00");
}

TEST_CASE("a narrative without a dateline counts from its first date that needs no anchor") {
  std::string bio =
      "Ingrid Solberg\n\nIngrid Solberg (born 4 March 1946) is a Norwegian sprinter. In 1968 she ran in "
      "Mexico City. The following year she won the national title.\n";
  ExtractOptions narrative;
  narrative.tag.doc_type = DocType::kNarrative;
  auto t = extract_timeline(bio, "bio.txt", tagger(), narrative);
  REQUIRE(t.ok());
  CHECK(!t->published);
  REQUIRE(t->events.size() == 3);
  CHECK(t->events[2].value == "1969");
  // News still needs the publication date: its relative dates count from it.
  auto news = extract_timeline(bio, "bio.txt", tagger(), {});
  REQUIRE(!news.ok());
  CHECK(news.error().message == "bio.txt: no publication date found; pass --pub-date YYYY-MM-DD");
}

TEST_CASE("a narrative's first date is looked for in its story, not in furniture between paragraphs") {
  // The "Read more:" link is furniture the reader leaves out; its 2019 is no anchor for "March".
  std::string bio =
      "The life of Ada Byron\n\nAda Byron was a mathematician and writer, known for her notes on an "
      "engine.\n\nIn March she moved to Paris with her mother, and in June she returned.\n\n"
      "Read more: Letters sold at auction on 3 May 2019\n\nShe had been born on 10 December 1815 in "
      "London, the only child of the poet.\n";
  ExtractOptions narrative;
  narrative.tag.doc_type = DocType::kNarrative;
  auto t = extract_timeline(bio, "bio.txt", tagger(), narrative);
  REQUIRE(t.ok());
  REQUIRE(t->events.size() == 3);
  CHECK(t->events[0].value == "1815-03");
  CHECK(t->events[1].value == "1815-06");
}

TEST_CASE("a narrative counted from its first date takes every year from the story, not from tense near it") {
  // The anchor (the spring of 1712) is no "now": "August" after it is 1712's, not the August
  // before; "on Monday" after Saturday 12 October 2019 is the 14th; "Today" is the writer's
  // present, no event.
  std::string war =
      "The Varnholt War\n\nThe war began in the spring of 1712. That summer the defenders regrouped, "
      "and in August they won at Tornby.\n\nOn 12 October 2019 engineers found a leak. The evacuation "
      "was finished by 2 a.m. on Monday.\n\nToday the town is known for its old quarter.\n";
  ExtractOptions narrative;
  narrative.tag.doc_type = DocType::kNarrative;
  auto t = extract_timeline(war, "war.txt", tagger(), narrative);
  REQUIRE(t.ok());
  std::vector<std::string> values;
  for (const auto& e : t->events) values.push_back(e.value);
  CHECK(values == std::vector<std::string>{"1712-SP", "1712-SU", "1712-08", "2019-10-12",
                                           "2019-10-14T02:00"});
}

TEST_CASE("a narrative counted from its first date lends a year or a season to a day named after it") {
  std::string war =
      "Operation Granite\n\nThe invasion began on 22 June 1941. In the autumn of 1941 the front moved "
      "east. On 7 December, Japan attacked. In mid-1944 the landings began, and on 5 June troops went "
      "ashore.\n";
  ExtractOptions narrative;
  narrative.tag.doc_type = DocType::kNarrative;
  auto t = extract_timeline(war, "war.txt", tagger(), narrative);
  REQUIRE(t.ok());
  std::vector<std::string> values;
  for (const auto& e : t->events) values.push_back(e.value);
  CHECK(values == std::vector<std::string>{"1941-06-22", "1941-FA", "1941-12-07", "1944", "1944-06-05"});
}

TEST_CASE("a narrative's month night counts from the last year and a month later from a range's end") {
  std::string story =
      "The Winter of the Mill\n\nThe mill opened in 1951. Workers remember that January night, when the "
      "boiler failed.\n\nThe battle lasted from 1 to 3 July 1916. A month later, the regiment returned to "
      "the front.\n\nOn 12 December 1923 the river froze. In January, the ferry stopped running.\n";
  ExtractOptions narrative;
  narrative.tag.doc_type = DocType::kNarrative;
  auto t = extract_timeline(story, "story.txt", tagger(), narrative);
  REQUIRE(t.ok());
  REQUIRE(t->events.size() == 6);
  CHECK(t->events[1].value == "1951-01");
  CHECK(t->events[1].text == "that January night");
  CHECK(t->events[1].label == "Boiler failed");  // was "Workers remember that night"
  // "Later" than 1-3 July is later than its end: a month after the battle was over.
  CHECK(t->events[3].value == "1916-08-03");
  // A bare January after a December of the same story is in the next year.
  CHECK(t->events[5].value == "1924-01");
}

}  // namespace
}  // namespace chronoline
