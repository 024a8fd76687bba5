// Article forms met on unseen articles, end to end: Markdown posts, newsletters, a dateline at the
// foot of the story, headings in capitals, opening hours.
#include <doctest/doctest.h>

#include "events/events.h"
#include "events/fixtures.h"

namespace chronoline {
namespace {

using testing::tagger;
using testing::values;

TEST_CASE("a Markdown blog post: its title, its 'Posted on' line, prose without markup, no date from a link") {
  std::string text =
      "# Why we rewrote our sync engine\n\n*Posted on 2026-11-25 by Mira Tanaka*\n\n**TL;DR:** version 4.0 "
      "of [Quillnote](https://quillnote.example.com) ships next Tuesday.\n\n## Where we started\n\nWe "
      "launched Quillnote in **April 2021**. See our [roadmap](https://quillnote.example.com/roadmap/2027).\n";
  auto t = extract_timeline(text, "post.md", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(t->title == "Why we rewrote our sync engine");
  CHECK(values(*t) == "2026-12-01 2021-04");
  REQUIRE(t->events.size() == 2);
  CHECK(t->events[1].label == "We launched Quillnote");
}

TEST_CASE("a newsletter: headings in capitals are not labels, its furniture and footer are no events") {
  std::string text =
      "View in browser\n\nTHE CIVIC LEDGER\nFriday, November 27, 2026\n\nCOUNCIL PASSES BUDGET\nThe council "
      "passed the budget on Tuesday.\n\nYou are receiving this because you signed up on March 3, 2025.\n"
      "Unsubscribe | Update your preferences\n";
  auto t = extract_timeline(text, "letter.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(t->title == "THE CIVIC LEDGER");
  REQUIRE(t->events.size() == 1);
  CHECK(t->events[0].value == "2026-11-24");
  CHECK(t->events[0].label == "Council passed the budget");
}

TEST_CASE("a 'Published' line at the foot of the story gives the date and no event") {
  std::string text =
      "Walking halves dementia risk, study finds\n\nThe study was published on Wednesday in Nature "
      "Medicine.\n\nA follow-up trial starts in January.\n\nPublished 26/11/2026, 14:05\n";
  auto t = extract_timeline(text, "study.txt", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(values(*t) == "2026-11-25 2027-01");
}

TEST_CASE("opening hours with a rate of days or a recurrence after a comma are a timetable, no event") {
  std::string text =
      "Nov 25, 2026\n\nRecall\n\nCall 0800 123 4567, open 8am to 8pm, seven days a week. The desk is open "
      "from 9am to 5pm, every day. Staff work 24 hours a day. Shipping starts at 9am on Monday.\n";
  auto t = extract_timeline(text, "recall.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2026-11-30T09:00");
}

TEST_CASE("a wire story's correction note and its closing update line with a reason are no events") {
  std::string text =
      "UPDATED 4:12 p.m. ET Nov. 27, 2026\n\nPort strike ends\n\nBALTIMORE, Nov. 27 (Eastwire) - Dockworkers "
      "voted on Friday to accept a new contract.\n\nThe strike began on Nov. 16.\n\nCORRECTION: An earlier "
      "version of this story said the strike began on Nov. 15. It began on Nov. 16.\n\n(Editing by Tom Hale)"
      "\n\nUPDATED Nov. 27, 2026 to add union vote figures\n";
  auto t = extract_timeline(text, "wire.txt", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(values(*t) == "2026-11-27 2026-11-16");
}

TEST_CASE("a launch that slipped to a weekday is ahead of the story, not behind it") {
  std::string text =
      "Nov. 26, 2026\n\nLaunch slips\n\nThe launch of the satellite slipped a day to Friday after engineers "
      "found a leaking valve, the company said.\n";
  auto t = extract_timeline(text, "launch.txt", tagger(), {});
  REQUIRE(t.ok());
  CHECK(values(*t) == "2026-11-27");
}

// The long label of "..., the company said on Tuesday" was cut at the first "and" and read
// "Company said: The U.S. Food".
TEST_CASE("regression: a long label is not cut inside a name joined by 'and'") {
  std::string text =
      "Nov. 25, 2026\n\nFiling accepted\n\nThe U.S. Food and Drug Administration has accepted Calder "
      "Therapeutics' application for its Alzheimer's drug, the company said on Tuesday.\n";
  auto t = extract_timeline(text, "drug.txt", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->events.size() == 1);
  CHECK(t->events[0].label.starts_with("Company said: The U.S. Food and Drug Administration has accepted"));
}

}  // namespace
}  // namespace chronoline
