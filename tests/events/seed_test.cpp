// The walking skeleton's expectations for the seed article, end to end through the library.
#include <fstream>
#include <map>
#include <sstream>

#include <doctest/doctest.h>

#include "events/events.h"
#include "test_support.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

bool has_seed() { return testing::has_shared(testing::kSeed); }

Timeline seed_timeline() {
  std::ifstream in(testing::shared_dir() / testing::kSeed, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto tagger = Tagger::load("en");
  REQUIRE(tagger);
  auto t = extract_timeline(ss.str(), "seed", *tagger, {});
  REQUIRE_MESSAGE(t, (t ? "" : t.error().message));
  return *t;
}

std::vector<const Event*> with_value(const Timeline& t, std::string_view value) {
  std::vector<const Event*> out;
  for (const auto& e : t.events)
    if (e.value == value) out.push_back(&e);
  return out;
}

bool label_has(const Event* e, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (e->label.find(w) != std::string::npos) return true;
  return false;
}

TEST_CASE("January 25, 2022 is a Tuesday") {
  CHECK(date::weekday{date::sys_days{date::year{2022} / 1 / 25}} == date::Tuesday);
}

TEST_CASE("seed: publication date and title" * doctest::skip(!has_seed())) {
  Timeline t = seed_timeline();
  REQUIRE(t.published);
  CHECK(format_datetime(*t.published) == "2022-01-25T05:49");
  CHECK(t.title == "Putin, Xi Agree on Joint Approach to \u2018Open, Tolerant Interaction\u2019 With All Afghan Parties");
  for (const auto& e : t.events) CHECK(e.sentence.find(t.title) == std::string::npos);
}

TEST_CASE("seed: relative expressions resolve to the expected events" * doctest::skip(!has_seed())) {
  Timeline t = seed_timeline();
  auto wednesday = with_value(t, "2022-01-19");
  REQUIRE(wednesday.size() == 3);
  CHECK(label_has(wednesday[0], {"Putin", "Xi"}));
  CHECK(label_has(wednesday[1], {"Taliban named", "council"}));
  CHECK(label_has(wednesday[2], {"Blinken"}));
  auto monday = with_value(t, "2022-01-24");
  REQUIRE(monday.size() == 1);
  CHECK(label_has(monday[0], {"CSTO", "Collective Security"}));
  auto december = with_value(t, "2021-12");
  REQUIRE(december.size() == 1);
  CHECK(label_has(december[0], {"troops"}));
  auto february = with_value(t, "2022-02");
  REQUIRE(february.size() == 2);
  CHECK(label_has(february[0], {"CSTO summit"}));
  CHECK(label_has(february[1], {"SCO", "Shanghai"}));
  auto week = with_value(t, "2022-W03");
  REQUIRE(week.size() == 1);
  CHECK(label_has(week[0], {"drills"}));
  auto january = with_value(t, "2022-01");
  REQUIRE(january.size() == 1);
  CHECK(label_has(january[0], {"takeover"}));
  auto y2012 = with_value(t, "2012");
  REQUIRE(y2012.size() == 1);
  CHECK(label_has(y2012[0], {"observer"}));
  auto rule = with_value(t, "1996/2001");
  REQUIRE(rule.size() == 1);
  CHECK(rule[0]->is_range());
  auto nineties = with_value(t, "199");
  REQUIRE(nineties.size() == 1);
  CHECK(label_has(nineties[0], {"Hekmatyar"}));
  CHECK(format_day(nineties[0]->span.start) == "1990-01-01");
  auto photo = with_value(t, "2021-08-18");
  REQUIRE(photo.size() == 1);
  CHECK(label_has(photo[0], {"Taliban fighter"}));
  const Event* airlift = nullptr;
  for (const auto& e : t.events)
    if (e.text.find("past 10 days") != std::string::npos) airlift = &e;
  REQUIRE(airlift);
  CHECK(airlift->is_range());
  CHECK(format_day(airlift->span.end) == "2022-01-25");
  CHECK(label_has(airlift, {"airlift"}));
}

TEST_CASE("seed: unanchored durations, credits and page furniture are not events" * doctest::skip(!has_seed())) {
  Timeline t = seed_timeline();
  for (const auto& e : t.events) {
    CAPTURE(e.text);
    CHECK(e.text.find("year") == std::string::npos);  // "20-year", "18-year-long", "40 years"
    CHECK(e.value != "2021");                          // "AFP 2021 / ..."
    for (auto furniture : {"Related posts", "Leave a Reply", "Sourse", "AFP"}) CHECK(e.sentence.find(furniture) == std::string::npos);
  }
}

TEST_CASE("seed: labels are short phrases, not time phrases or whole sentences" * doctest::skip(!has_seed())) {
  Timeline t = seed_timeline();
  std::map<std::string, int> seen;
  for (const auto& e : t.events) {
    CAPTURE(e.label);
    CHECK(utf8::length(e.label) <= 90);
    CHECK(utf8::length(e.label) >= 12);
    CHECK(e.label != e.sentence);
    CHECK(e.label.find(e.text) == std::string::npos);
    CHECK_FALSE(e.label.starts_with("On "));
    CHECK_FALSE(e.label.starts_with("In "));
    ++seen[e.label];
  }
  // Two dates in one sentence get their own labels.
  for (const auto& entry : seen) CHECK_MESSAGE(entry.second == 1, entry.first);
}

}  // namespace
}  // namespace chronoline
