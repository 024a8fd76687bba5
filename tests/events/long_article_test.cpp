// Long articles: finding events stays linear in the article's length.
#include <doctest/doctest.h>

#include "events/events.h"

namespace chronoline {
namespace {

// Each time phrase was checked against every photo credit of the article: 50,000 captioned
// paragraphs took many seconds, and a 32 MiB article minutes.
TEST_CASE("regression: many photo credits are looked up in logarithmic time") {
  static const Tagger tagger = *Tagger::load("en");
  std::string article = "September 17, 2025, 11:05\n\nA Title\n\n";
  for (int i = 0; i < 50000; ++i) article += "AFP 2021 / JANE DOE The quay opened on Monday.\n\n";
  auto timeline = extract_timeline(article, "test.txt", tagger, {});
  REQUIRE(timeline.ok());
  REQUIRE(timeline->events.size() == 50000);
  CHECK(timeline->events.back().label == "Quay opened");
}

// Each new event was compared with every event before it for a one-word label that another of its
// date already says ("Died" beside "She died at her home"): 30,000 dated sentences took 5 s, and
// a 20 MB article of 440,000 "Monday"s two minutes before the event limit refused it.
TEST_CASE("regression: an article past the event limit is refused in linear time") {
  static const Tagger tagger = *Tagger::load("en");
  std::string article = "September 17, 2025, 11:05\n\nA Title\n\n";
  for (int i = 0; i < 101000; ++i) article += i % 10 ? "The board met on Monday. " : "The board met on Monday.\n\n";
  auto timeline = extract_timeline(article, "big.txt", tagger, {});
  REQUIRE_FALSE(timeline.ok());
  CHECK(timeline.error().message.find("more than 100000 dated events") != std::string::npos);
}

TEST_CASE("a one-word label another event of its date says is still dropped among many events") {
  static const Tagger tagger = *Tagger::load("en");
  std::string article = "September 17, 2025, 11:05\n\nA Title\n\n";
  for (int i = 0; i < 2000; ++i) article += "The quay opened on Monday.\n\n";
  article += "Ferries stopped on Friday.\n\nStopped: Friday.\n\n";
  article += "Closed: Saturday.\n\nThe port closed on Saturday.\n\n";
  auto timeline = extract_timeline(article, "test.txt", tagger, {});
  REQUIRE(timeline.ok());
  REQUIRE(timeline->events.size() == 2002);
  CHECK(timeline->events[2000].label == "Ferries stopped");
  CHECK(timeline->events[2001].label == "Port closed");
}

}  // namespace
}  // namespace chronoline
