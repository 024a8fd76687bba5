// Tests for reading and writing the timeline JSON.
#include "timeline/json.h"

#include <doctest/doctest.h>

namespace chronoline {
namespace {

std::string error_of(const std::string& text) {
  auto t = timeline_from_json(text, "t.json");
  return t ? "ok" : t.error().message;
}

TEST_CASE("a hand-written timeline needs only label and value or start/end") {
  auto t = timeline_from_json(R"({"title": "T", "published": "2022-01-25T05:49", "events": [
      {"label": "a", "value": "2021-12"},
      {"label": "b", "start": "1996", "end": "2001"},
      {"label": "c", "start": "2022-01-15", "end": "2022-01-25"},
      {"label": "d", "value": "1996/2001"}]})",
                              "t.json");
  REQUIRE(t);
  REQUIRE(t->events.size() == 4);
  CHECK(format_datetime(*t->published) == "2022-01-25T05:49");
  CHECK(format_day(t->events[0].span.start) == "2021-12-01");
  CHECK(format_day(t->events[0].span.end) == "2021-12-31");
  CHECK(t->events[0].span.granularity == Granularity::kMonth);
  CHECK_FALSE(t->events[0].is_range());
  CHECK(format_day(t->events[1].span.end) == "2001-12-31");
  CHECK(t->events[1].is_range());
  CHECK(t->events[2].span.granularity == Granularity::kDay);
  CHECK(t->events[3].is_range());
  CHECK(event_name(*t, 2) == "e3");
}

TEST_CASE("an event at T24:00, the end of its day, stays on that day") {
  auto t = timeline_from_json(R"({"events": [{"label": "offer expires", "value": "1989-10-27T24:00"}]})", "t.json");
  REQUIRE(t);
  CHECK(format_day(t->events[0].span.start) == "1989-10-27");
  CHECK(format_day(t->events[0].span.end) == "1989-10-27");
  CHECK(error_of(R"({"events": [{"label": "a", "value": "1989-10-27T24:10"}]})") ==
        "t.json: events[0].value: TIMEX3 value \"1989-10-27T24:10\" has a time of day past 24:00; fix the date");
}

TEST_CASE("timeline JSON round-trips through the writer") {
  Timeline t;
  t.title = "Title";
  t.published = parse_datetime("2022-01-25T05:49");
  Event e;
  e.id = "e1";
  e.value = "2022-W03";
  e.span = *span_of_value("2022-W03");
  e.label = "Drills after the takeover";
  e.text = "last week";
  e.sentence = "Forces conducted drills last week.";
  e.offset = {{10, 19}};
  t.events.push_back(e);
  std::string json = timeline_to_json(t);
  auto back = timeline_from_json(json, "x");
  REQUIRE(back);
  CHECK(timeline_to_json(*back) == json);
  CHECK(json.find("\"start\": \"2022-01-17\"") != std::string::npos);
  CHECK(json.find("\"granularity\": \"week\"") != std::string::npos);
}

TEST_CASE("a southern timeline's seasons cover their own months, and the hemisphere round-trips") {
  const char* text = R"({"hemisphere": "south", "events": [
      {"label": "Fire season", "value": "2026-SU"},
      {"label": "Wettest winter", "value": "2026-WI", "start": "2026-06-01", "end": "2026-08-31"},
      {"label": "Dry late summer", "value": "2026-SU", "mod": "END"}]})";
  auto t = timeline_from_json(text, "t.json");
  REQUIRE(t);
  CHECK(t->hemisphere == Hemisphere::kSouth);
  CHECK(format_day(t->events[0].span.start) == "2026-12-01");
  CHECK(format_day(t->events[0].span.end) == "2027-02-28");
  CHECK(t->events[0].span.granularity == Granularity::kSeason);
  // start and end that agree with the southern value keep it one season, not a range of days.
  CHECK(t->events[1].span.granularity == Granularity::kSeason);
  CHECK_FALSE(t->events[1].is_range());
  CHECK(format_day(t->events[2].span.start) == "2027-01-30");  // the last third of Dec-Feb
  std::string json = timeline_to_json(*t);
  CHECK(json.find("\"hemisphere\": \"south\"") != std::string::npos);
  auto back = timeline_from_json(json, "x");
  REQUIRE(back);
  CHECK(timeline_to_json(*back) == json);
  // North is the default and is not written; an option overrides the file.
  auto north = timeline_from_json(text, "t.json", Hemisphere::kNorth);
  REQUIRE(north);
  CHECK(format_day(north->events[0].span.start) == "2026-06-01");
  CHECK(timeline_to_json(*north).find("hemisphere") == std::string::npos);
}

TEST_CASE("a timeline's hemisphere must be north or south") {
  CHECK(error_of(R"({"hemisphere": "sud", "events": []})") ==
        "t.json: hemisphere: unknown hemisphere \"sud\"; use north or south");
  CHECK(error_of(R"({"hemisphere": "", "events": []})") ==
        "t.json: hemisphere: unknown hemisphere \"\"; use north or south");
  CHECK(error_of(R"({"hemisphere": true, "events": []})") == "t.json: hemisphere: must be a string, not boolean");
  CHECK(error_of(R"({"hemispere": "south", "events": []})") ==
        "t.json: hemispere: unknown key; did you mean hemisphere?");
  CHECK(error_of(R"({"hemisphere": null, "events": []})") == "ok");
}

TEST_CASE("timeline JSON errors name the place and what to do") {
  CHECK(error_of("{\"events\": [\n  {\"label\": \"a\",}\n]}") ==
        "t.json:2:17: invalid JSON: syntax error while parsing object key - unexpected '}'; expected "
        "string literal; fix the syntax");
  CHECK(error_of(R"({"events": [{"lable": "a", "value": "2022"}]})") ==
        "t.json: events[0].lable: unknown key; did you mean label?");
  CHECK(error_of(R"({"events": [{"value": "2022"}]})") ==
        "t.json: events[0]: has no label; add \"label\": \"what happened\"");
  CHECK(error_of(R"({"events": [{"label": "a"}]})") == "t.json: events[0]: has neither value nor start; add one");
  CHECK(error_of(R"({"events": [{"label": "a", "value": "2022-02-30"}]})") ==
        "t.json: events[0].value: TIMEX3 value \"2022-02-30\" names a day that does not exist; fix the date");
  CHECK(error_of(R"({"events": [{"label": "a", "start": "2022-03-01", "end": "2022-02-01"}]})") ==
        "t.json: events[0].end: 2022-02-01 is before start 2022-03-01; swap start and end");
  CHECK(error_of(R"({"events": [{"label": 3, "value": "2022"}]})") ==
        "t.json: events[0].label: must be a string, not number");
  CHECK(error_of(R"({"published": "2022-13-01", "events": []})") ==
        "t.json: published: \"2022-13-01\" is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM");
  CHECK(error_of(R"({"events": [{"id": "x", "label": "a", "value": "2022"}, {"id": "x", "label": "b", "value": "2021"}]})") ==
        "t.json: events[1].id: duplicate id \"x\"; make ids unique");
  CHECK(error_of(R"({"events": [], "x": 1e99999})") ==
        "t.json: invalid JSON: number overflow parsing '1e99999'; fix the value");  // found by the fuzzer
  CHECK(error_of("[]") == "t.json: (top level): must be an object with \"events\"");
  CHECK(error_of(R"({"title": "x"})") == "t.json: events: must be an array of events; add \"events\": [...]");
  CHECK(error_of(R"({"events": [{"label": "BCE", "value": "-0500"}]})") == "ok");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("limits: too many events are refused, long labels are cut") {
  std::string many = "{\"events\": [";
  for (size_t i = 0; i <= kMaxEvents; ++i) many += std::string(i ? "," : "") + "{\"label\": \"x\", \"value\": \"2022\"}";
  many += "]}";
  auto t = timeline_from_json(many, "many.json");
  REQUIRE_FALSE(t);
  CHECK(t.error().message == "many.json: events: 100001 events; the limit is 100000, so split the timeline into several files");
  std::string long_label(2000, 'a');
  auto one = timeline_from_json("{\"events\": [{\"label\": \"" + long_label + "\", \"value\": \"2022\"}]}", "x");
  REQUIRE(one);
  CHECK(one->events[0].label.size() == kMaxLabelCodepoints - 1 + 3);
  CHECK(one->events[0].label.ends_with("\u2026"));
}

TEST_CASE("regression: written start/end do not turn a decade or month into a range") {
  Timeline t;
  for (const char* v : {"199", "2021-12", "1996/2001", "2022-01-15/2022-01-25"}) {
    Event e;
    e.value = v;
    e.span = *span_of_value(v);
    e.label = v;
    t.events.push_back(e);
  }
  auto back = timeline_from_json(timeline_to_json(t), "x");
  REQUIRE(back);
  for (size_t i = 0; i < t.events.size(); ++i) {
    CAPTURE(t.events[i].value);
    CHECK(back->events[i].span == t.events[i].span);
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("a modifier narrows a month or longer to its part, and round-trips") {
  auto t = timeline_from_json(R"({"events": [
      {"label": "a", "value": "2025", "mod": "END"},
      {"label": "b", "value": "2024-10", "mod": "MID"},
      {"label": "c", "value": "199", "mod": "START"},
      {"label": "d", "value": "2022-01-19", "mod": "END"},
      {"label": "e", "value": "2019", "mod": "APPROX"}]})",
                              "t.json");
  REQUIRE(t);
  CHECK(format_day(t->events[0].span.start) == "2025-09-01");
  CHECK(format_day(t->events[0].span.end) == "2025-12-31");
  CHECK(t->events[0].span.granularity == Granularity::kYear);
  CHECK_FALSE(t->events[0].is_range());
  CHECK(format_day(t->events[1].span.start) == "2024-10-11");
  CHECK(format_day(t->events[1].span.end) == "2024-10-20");
  CHECK(format_day(t->events[2].span.end) == "1993-05-01");
  CHECK(format_day(t->events[3].span.start) == "2022-01-19");  // a day is not cut
  CHECK(format_day(t->events[4].span.start) == "2019-01-01");
  std::string json = timeline_to_json(*t);
  auto back = timeline_from_json(json, "x");
  REQUIRE(back);
  CHECK(timeline_to_json(*back) == json);
  CHECK(back->events[0].span == t->events[0].span);
  CHECK(error_of(R"({"events": [{"label": "a", "value": "2025", "mod": "LATE"}]})") ==
        "t.json: events[0].mod: unknown modifier \"LATE\"; use START, MID, END, APPROX, BEFORE, AFTER, "
        "ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS or EQUAL_OR_MORE");
}

}  // namespace
}  // namespace chronoline
