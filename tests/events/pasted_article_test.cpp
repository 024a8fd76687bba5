// Articles as users paste them: web-page furniture, wire notes, agency leads, converted clock times.
#include <algorithm>

#include <doctest/doctest.h>

#include "events/events.h"
#include "events/fixtures.h"

namespace chronoline {
namespace {

using testing::tagger;
using testing::values;

TEST_CASE("a clock time restated in brackets in another zone is one event, and the story stays on its day") {
  std::string text =
      "Nov 27, 2026 11:20 UTC\n\nQuake strikes off Tonga\n\nA magnitude 7.1 earthquake struck at 03:14 "
      "UTC on Friday (10:14 p.m. Thursday local time), the USGS said.\n\nThe largest aftershock, a "
      "5.8, followed at 05:02 UTC.\n";
  auto t = extract_timeline(text, "quake.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2026-11-27T03:14 2026-11-27T05:02");
}

TEST_CASE("regression: a pasted web page with furniture gives its date and all its story") {
  std::string text =
      "Home > World > Europe\n\nTunnel reopens\n\nPublished 27 November 2026, 08:15 GMT\nUpdated 3 "
      "hours ago\n\nBy Clara Neumann and Tomas Aguilar\n5 min read\n\nShare this article\n\nThe "
      "tunnel reopened on Thursday.\n\nAdvertisement\n\nRead more: How a rockfall closed it\n\n"
      "Passenger trains return on 14 December.\n\nRelated stories\nRockfall shuts tunnel - 12 "
      "September 2025\n";
  auto t = extract_timeline(text, "page.txt", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(t->title == "Tunnel reopens");
  CHECK(values(*t) == "2026-11-26 2026-12-14");
}

TEST_CASE("a photo caption's day is no day the story goes on about") {
  std::string text =
      "Nov 27, 2026 08:15\n\nTunnel reopens\n\nThe tunnel reopened to freight on Thursday.\n\n(Photo: "
      "Jana Roth/Agency)\nEngineers inspect the portal on Wednesday.\n\nThe first train left the yard "
      "at 05:40.\n";
  auto t = extract_timeline(text, "tunnel.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2026-11-26 2026-11-25 2026-11-26T05:40");
}

TEST_CASE("clock times beside a recurrence are a timetable, no event") {
  std::string text =
      "Nov 27, 2026\n\nNew terminal\n\nTrains will run every 10 minutes from 6am to 1am. The clinics "
      "stay open until 8 p.m. every day through December 20. The first train leaves at 6am on "
      "Monday.\n";
  auto t = extract_timeline(text, "terminal.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2026-12-20 2026-11-30T06:00");
}

TEST_CASE("the hour a place will close at from now on is no event") {
  std::string text =
      "Nov 14, 2026\n\nLibrary reopens\n\nOpening hours will be extended to 8pm from December 1. The "
      "pool will stay open until 10 p.m. from Monday. The mayor will speak at 6pm on Friday.\n";
  auto t = extract_timeline(text, "library.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2026-12-01 2026-11-16 2026-11-20T18:00");
}

TEST_CASE("a year a later date is compared with is no event") {
  std::string text =
      "Dec 2, 2026\n\nAwards\n\nThe ceremony is on March 15, a week later than last year because of a "
      "clash with the Olympics.\n";
  auto t = extract_timeline(text, "awards.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2027-03-15");
}

// Review: the closing-hour rule dropped "The shop stayed open until 2am on Saturday" and "Talks
// over opening hours went on until 9pm last night": a day is joined to the time, or the clause tells
// what happened. A comma ends the clause the rule looks back into.
TEST_CASE("a closing hour with a day joined or in the past is an event") {
  std::string text =
      "Nov 25, 2026\n\nLate nights\n\nThe shop stayed open until 2am on Saturday as crowds queued. Talks "
      "over opening hours went on until 9pm last night. The museum stayed open until 8pm. The library is "
      "open, and the reading will run to 7pm.\n";
  auto t = extract_timeline(text, "late.txt", tagger(), {});
  REQUIRE(t.ok());
  // The last two are clock times without a day: whichever evening the tagger gives them, an event.
  std::string v = values(*t);
  CHECK(v.starts_with("2026-11-21T02:00 2026-11-24T21:00 "));
  CHECK(std::count(v.begin(), v.end(), ' ') == 3);
}

TEST_CASE("regression: no-break spaces inside dates and times of a CRLF file") {
  std::string text =
      "Nov. 27, 2026\r\n\r\nBoard meets\r\n\r\nThe next meeting is Dec.\u00A08 at 7\u00A0p.m. at the "
      "district office.\r\n";
  auto t = extract_timeline(text, "board.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2026-12-08T19:00");
}

TEST_CASE("a wire dateline without a year is dated in the last year its day has come, when today is known") {
  const std::string text =
      "EU clears merger\n\nBRUSSELS, Nov 18 (Reuters) - The European Commission on Wednesday approved the deal.\n";
  std::vector<std::string> warnings;
  ExtractOptions options;
  options.warn = [&](const std::string& w) { warnings.push_back(w); };
  options.today = date::sys_days{date::year{2026} / 11 / 29};
  auto t = extract_timeline(text, "a05.txt", tagger(), options);
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(t->published->day == date::sys_days{date::year{2026} / 11 / 18});
  REQUIRE(t->events.size() == 1);
  CHECK(t->events[0].value == "2026-11-18");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "a05.txt: the dateline's date \"Nov 18\" has no year; took 2026-11-18, its last day up to today; pass "
        "--pub-date YYYY-MM-DD to choose");
  // Read before that day has come this year: last year's.
  options.today = date::sys_days{date::year{2026} / 11 / 10};
  auto before = extract_timeline(text, "a05.txt", tagger(), options);
  REQUIRE(before.ok());
  CHECK(before->published->day == date::sys_days{date::year{2025} / 11 / 18});
  // A day ahead is allowed (a dateline east of the reader), and New Year's Day read on 31 December
  // is the one about to come.
  options.today = date::sys_days{date::year{2026} / 11 / 17};
  CHECK(extract_timeline(text, "a05.txt", tagger(), options)->published->day ==
        date::sys_days{date::year{2026} / 11 / 18});
  options.today = date::sys_days{date::year{2026} / 12 / 31};
  auto new_year = extract_timeline("Fireworks\n\nTOKYO, Jan 1 (Reuters) - Crowds gathered at midnight.\n",
                                   "ny.txt", tagger(), options);
  REQUIRE(new_year.ok());
  CHECK(new_year->published->day == date::sys_days{date::year{2027} / 1 / 1});
  // A day-first form and the agency lead of Indian wires read the same.
  options.today = date::sys_days{date::year{2026} / 11 / 29};
  auto pti = extract_timeline("Plan cleared\n\nNew Delhi, Nov 27 (PTI) The Cabinet on Friday approved it.\n",
                              "pti.txt", tagger(), options);
  REQUIRE(pti.ok());
  CHECK(pti->published->day == date::sys_days{date::year{2026} / 11 / 27});
  auto day_first =
      extract_timeline("Storm\n\nLONDON, 29 February (Reuters) - Flights were cancelled.\n", "feb.txt", tagger(), options);
  REQUIRE(day_first.ok());
  CHECK(day_first->published->day == date::sys_days{date::year{2024} / 2 / 29});  // the last 29 February
  // A dateline with its year, or --pub-date, is no guess and says nothing.
  warnings.clear();
  auto dated = extract_timeline("Deal\n\nBRUSSELS, Nov 18, 2024 (Reuters) - The Commission approved it.\n",
                                "b.txt", tagger(), options);
  REQUIRE(dated.ok());
  CHECK(dated->published->day == date::sys_days{date::year{2024} / 11 / 18});
  options.published = DateTime{date::sys_days{date::year{2023} / 11 / 18}, std::nullopt};
  CHECK(extract_timeline(text, "a05.txt", tagger(), options)->published->day ==
        date::sys_days{date::year{2023} / 11 / 18});
  CHECK(warnings.empty());
}

TEST_CASE("an agency lead without a year asks for the publication date by naming its date") {
  auto t = extract_timeline("Plan cleared\n\nNew Delhi, Nov 27 (PTI) The Cabinet on Friday approved it.\n",
                            "pti.txt", tagger(), {});
  REQUIRE(!t.ok());
  CHECK(t.error().message == "pti.txt: the dateline's date \"Nov 27\" has no year; pass --pub-date YYYY-MM-DD");
  ExtractOptions dated;
  dated.published = DateTime{date::sys_days{date::year{2026} / 11 / 27}, std::nullopt};
  auto d = extract_timeline("Plan cleared\n\nNew Delhi, Nov 27 (PTI) The Cabinet on Friday approved it.\n",
                            "pti.txt", tagger(), dated);
  REQUIRE(d.ok());
  REQUIRE(d->events.size() == 1);
  CHECK(d->events[0].label == "Cabinet approved it");
}

// A wire story with no date above it ("COPIAPO, Chile (AP) \u2014 ...") that closes with a note in
// sentences, "This story was first published on Nov. 27, 2026. It was updated on Nov. 28, 2026, to
// correct ...", was an input error: no publication date.
TEST_CASE("a closing note that the story was first published on a date dates the story and is no event") {
  std::string story = "Miners reached\n\nCOPIAPO, Chile (AP) \u2014 Rescuers reached the miners on Friday, "
                      "officials said.\n\nThe inquiry will report by March 31.\n\n___\n\n";
  auto t = extract_timeline(story + "This story was first published on Nov. 27, 2026. It was updated on Nov. 28, "
                                    "2026, to correct the age of a miner.\n",
                            "m.txt", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(t->published->day == date::sys_days{date::year{2026} / 11 / 27});
  CHECK(values(*t) == "2026-11-27 2027-03-31");
  auto one = extract_timeline(story + "This article was originally published on 27 November 2026.\n", "o.txt",
                              tagger(), {});
  REQUIRE(one.ok());
  CHECK(values(*one) == "2026-11-27 2027-03-31");
  // Near misses: a note that names no publication, or a later sentence that is prose, is the
  // story's; "It was updated ..." alone opens no note.
  for (std::string tail : {"This story was first reported by the Gazette on Nov. 27, 2026.\n",
                           "This story was first published on Nov. 27, 2026. It was read by millions.\n",
                           "It was updated on Nov. 28, 2026.\n"}) {
    CAPTURE(tail);
    auto n = extract_timeline(story + tail, "n.txt", tagger(), {});
    CHECK(!n.ok());
  }
}

// "Title / Adelaide, 27 November 2026 / ..." and "Hobart, 24 November 2026" over the title: a
// header dateline's place said nothing of the hemisphere, so "this summer" in Adelaide was June to
// August.
TEST_CASE("a header dateline's southern place gives the story southern seasons") {
  auto over = [](const std::string& header, bool title_first) {
    std::string body = "Growers expect this summer's harvest to be small.\n";
    auto t = extract_timeline(title_first ? "Vintage down\n\n" + header + "\n\n" + body
                                          : header + "\n\nVintage down\n\n" + body,
                              "h.txt", tagger(), {});
    REQUIRE(t.ok());
    REQUIRE(t->events.size() == 1);
    return date::format("%F", t->events[0].span.start) + (t->hemisphere == Hemisphere::kSouth ? " south" : " north");
  };
  CHECK(over("Adelaide, 27 November 2026", true) == "2026-12-01 south");
  CHECK(over("Hobart, 24 November 2026", false) == "2026-12-01 south");
  CHECK(over("By Ana Ruiz\nWellington, 27 November 2026", true) == "2026-12-01 south");
  // Near misses: a northern place, a weekday before the date, a date alone stay northern.
  CHECK(over("London, 27 November 2026", true) == "2026-06-01 north");
  CHECK(over("Friday, 27 November 2026", true) == "2026-06-01 north");
  CHECK(over("27 November 2026", false) == "2026-06-01 north");
}

// "Correction, 24 November: an earlier version of this article gave the date of the special meeting
// as Wednesday. It is on Thursday." gave two junk events (24 November and last Wednesday): the
// note's date between its label and the colon hid the label.
TEST_CASE("an editor's note with its date before the colon is no text") {
  std::string story = "Monday 23 November 2026\n\nCouncil hacked\n\nThe council's systems are down.\n\nCouncillors "
                      "will meet on Thursday.\n\n";
  for (std::string note : {"Correction, 24 November: an earlier version of this article gave the date of the meeting "
                           "as Wednesday. It is on Thursday.\n",
                           "Clarification (Nov. 24): an earlier version said the meeting was on Wednesday.\n",
                           "Correction: an earlier version said the meeting was on Wednesday.\n"}) {
    CAPTURE(note);
    auto t = extract_timeline(story + note, "c.txt", tagger(), {});
    REQUIRE(t.ok());
    CHECK(values(*t) == "2026-11-26");
  }
  // Near misses: a label with no date before its colon, a sentence that opens with the word, and
  // other colon markers with a date (review32: "Watch, 12 December: ..." is text).
  for (std::string line : {"Correction to the rota: shifts start on Wednesday.\n",
                           "Correction officers said on Wednesday that the jail was full.\n",
                           "Watch, 12 December: the union's ballot closes on Wednesday.\n",
                           "Related, 2024: a strike closed twelve courts on Wednesday.\n"}) {
    CAPTURE(line);
    auto n = extract_timeline(story + line, "n.txt", tagger(), {});
    REQUIRE(n.ok());
    CHECK(values(*n).size() > std::string("2026-11-26").size());
  }
}

}  // namespace

// A data-breach story with no dateline told its day in its first sentence ("the insurer said on
// Thursday, Dec. 3, 2026, in a filing"); it was an input error, and its first line was read as a
// title.
TEST_CASE("a news lead without a dateline that tells its day with the weekday is published that day") {
  const std::string text =
      "Hackers stole the data of 2.3 million customers of Harbor Mutual, the insurer said on Thursday, "
      "Dec. 3, 2026, in a filing.\n\nIntruders first got in on Sept. 21. Letters will go out on Monday.\n";
  auto t = extract_timeline(text, "b.txt", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(t->published->day == date::sys_days{date::year{2026} / 12 / 3});
  CHECK(t->title.empty());
  CHECK(testing::values(*t) == "2026-12-03 2026-09-21 2026-12-07");
  // Under a title, and the British order, read the same.
  auto b = extract_timeline("Pay deal agreed\n\nNurses accepted the offer, their union said on Tuesday 1 "
                            "December 2026.\n\nThe rise is paid from April.\n",
                            "n.txt", tagger(), {});
  REQUIRE(b.ok());
  REQUIRE(b->published);
  CHECK(b->published->day == date::sys_days{date::year{2026} / 12 / 1});
  CHECK(b->title == "Pay deal agreed");
  // The first date told after a verb of reporting counts, whatever its weekday.
  auto first = extract_timeline("The board said on Friday, Dec. 4, 2026, and told staff on Monday, Nov. 30, "
                                "2026, that the plant would close.\n\nMore later.\n",
                                "f.txt", tagger(), {});
  REQUIRE(first.ok());
  REQUIRE(first->published);
  CHECK(first->published->day == date::sys_days{date::year{2026} / 12 / 4});
  // Near misses: a weekday that disagrees with the date, a date without its weekday, a weekday
  // date only in a later sentence, a weekday date after any word but a verb of reporting (what
  // happened, not when it was told), and a narrative (which counts from its first full date) give
  // no publication date.
  for (const char* miss :
       {"Hackers stole the data, the insurer said on Friday, Dec. 3, 2026, in a filing.\n\nMore later.\n",
        "The jazz festival will open on Friday, June 4, 2027, its organisers said.\n\nMore later.\n",
        "Residents who lost homes in the fire of Sunday, Aug. 9, 2026, may return next week.\n\nMore.\n",
        "A jury on Friday, Dec. 4, 2026, convicted a man of a robbery.\n\nMore later.\n",
        "Hackers stole the data, the insurer said on Dec. 3, 2026, in a filing.\n\nMore later.\n",
        "Data stolen\n\nHackers stole the data, the insurer said. It filed on Thursday, Dec. 3, 2026.\n\nMore.\n"}) {
    auto m = extract_timeline(miss, "m.txt", tagger(), {});
    CHECK(!m.ok());
  }
  // A headline ending with a full stop that tells an older weekday date stays the title over a
  // dateline, whose date is the publication date.
  auto h = extract_timeline("Millbrook marks five years since the flood of Monday, July 12, 2021.\n\n"
                            "MILLBROOK, England, July 12, 2026 (Reuters) - Residents gathered on Sunday. A "
                            "memorial opens next month.\n",
                            "h.txt", tagger(), {});
  REQUIRE(h.ok());
  REQUIRE(h->published);
  CHECK(h->published->day == date::sys_days{date::year{2026} / 7 / 12});
  CHECK(h->title == "Millbrook marks five years since the flood of Monday, July 12, 2021.");
  ExtractOptions narrative;
  narrative.tag.doc_type = DocType::kNarrative;
  auto n = extract_timeline(text, "b.txt", tagger(), narrative);
  REQUIRE(n.ok());
  CHECK(!n->published);
}

// A housing report's "Title / OTTAWA, Nov. 16, 2026 \u2014 Home sales fell ... said Monday ... / Updated
// Nov. 16, 2026 at 3:40 p.m. ET / ..." lost its lead: one line ending in a full stop above a dated
// line was taken for a standfirst.
TEST_CASE("a lead that opens with a dateline above an Updated line is the story, the line no event") {
  auto t = extract_timeline("Home sales slip\n\nOTTAWA, Nov. 16, 2026 \u2014 Home sales fell 2.1 per cent in "
                            "October, the association said Monday.\n\nUpdated Nov. 16, 2026 at 3:40 p.m. ET\n\n"
                            "Its November figures are due on Dec. 15.\n",
                            "h.txt", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(t->published->day == date::sys_days{date::year{2026} / 11 / 16});
  CHECK(t->title == "Home sales slip");
  CHECK(testing::values(*t) == "2026-10 2026-12-15");
  // Near miss: a standfirst that is a sentence with no dateline above a dated line stays header
  // matter.
  auto s = extract_timeline("Home sales slip\n\nBuyers are waiting for a rate cut.\n\nUpdated Nov. 16, 2026 at "
                            "3:40 p.m. ET\n\nIts November figures are due on Dec. 15.\n",
                            "s.txt", tagger(), {});
  REQUIRE(s.ok());
  CHECK(testing::values(*s) == "2026-12-15");
}

}  // namespace chronoline
