// Tests for the layout: no overlaps, every event accounted for, axis breaks, special cases.
#include "layout/layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "layout/date_text.h"
#include "layout/fixtures.h"
#include "layout/pages.h"
#include "layout/ticks.h"
#include "render/pango_text.h"
#include "render/svg_accessibility.h"
#include "style/style_file.h"

namespace chronoline {
namespace {

using testing::accounting;
using testing::FakeMeasurer;
using testing::first_overlap;
using testing::inside_canvas;
using testing::is_text;

Scene lay_out(const Timeline& t, const Style& style = default_style()) {
  FakeMeasurer m;
  auto scene = layout_timeline(t, style, m);
  REQUIRE_MESSAGE(scene, (scene ? "" : scene.error().message));
  return *scene;
}

TEST_CASE("the seed timeline lays out without overlaps and labels every event") {
  Timeline t = testing::seed_timeline();
  REQUIRE(t.events.size() == 15);
  Scene s = lay_out(t);
  CHECK(first_overlap(s) == "");
  CHECK(accounting(s, t.events.size()) == "");
  CHECK(inside_canvas(s));
  size_t labels = std::count_if(s.items.begin(), s.items.end(),
                                [](const SceneItem& i) { return i.kind == ItemKind::kLabel; });
  CHECK(labels == t.events.size() + 1);  // every event has its own label, plus the publication
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

double share_of_axis(const Scene& s, const Timeline& t, const char* first, const char* last) {
  // Width of the axis between the markers of the events spanning [first, last], over the axis
  // width.
  auto day = [](const char* d) { return *parse_day(d); };
  double x0 = 1e300, x1 = -1e300;
  for (const SceneItem& item : s.items) {
    if (item.kind != ItemKind::kMarker || item.events.size() != 1) continue;
    const Event& e = t.events[item.events[0]];
    if (e.span.start < day(first) || e.span.end > day(last)) continue;
    x0 = std::min(x0, item.box.x);
    x1 = std::max(x1, item.box.right());
  }
  return (x1 - x0) / (s.axis.x1 - s.axis.x0);
}

double marker_x(const Scene& s, const Timeline& t, const std::string& id) {
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kMarker && item.events.size() == 1 &&
        t.events[item.events[0]].id == id)
      return item.box.x + item.box.w / 2;
  return -1;
}

TEST_CASE("seed: the axis is broken so Dec 2021 - Feb 2022 gets at least 40% of it, in order") {
  Timeline t = testing::seed_timeline();
  Scene s = lay_out(t);
  CHECK(s.axis.breaks >= 2);
  CHECK(share_of_axis(s, t, "2021-12-01", "2022-02-28") >= 0.40);
  // 1990s (e7) < 1996-2001 (e3) < 2012 (e13) < 18 Aug 2021 (e5) < Dec 2021 (e4) < Jan 2022 (e2) <
  // Feb (e11)
  const char* order[] = {"e7", "e3", "e13", "e5", "e4", "e2", "e11"};
  for (size_t i = 0; i + 1 < std::size(order); ++i)
    CHECK(marker_x(s, t, order[i]) < marker_x(s, t, order[i + 1]));
}

void check_properties(const Timeline& t, const Style& style = default_style()) {
  Scene s = lay_out(t, style);
  CHECK(first_overlap(s) == "");
  CHECK(accounting(s, t.events.size()) == "");
  CHECK(inside_canvas(s));
  CHECK(s.width == style.canvas.width);
}

TEST_CASE(
    "generated timelines: no overlaps, every event accounted for, the figure keeps its size") {
  for (size_t n : {10, 100, 1000}) {
    for (bool clustered : {false, true}) {
      CAPTURE(n);
      CAPTURE(clustered);
      check_properties(testing::generated_timeline(n, clustered));
    }
  }
}

TEST_CASE("10,000 events lay out fast, with no overlaps and nothing dropped") {
  for (bool clustered : {false, true}) {
    CAPTURE(clustered);
    Timeline t = testing::generated_timeline(10000, clustered);
    Scene s = lay_out(t);
    CHECK(accounting(s, t.events.size()) == "");
    // All-pairs checking is quadratic; texts are few, so check them against everything.
    std::vector<const SceneItem*> texts;
    for (const SceneItem& i : s.items)
      if (is_text(i)) texts.push_back(&i);
    CHECK(texts.size() < 400);
    std::string overlap;
    for (const SceneItem* a : texts)
      for (const SceneItem& b : s.items)
        if (a != &b && a->box.overlaps(b.box) && overlap.empty())
          overlap = a->text + " / " + b.text;
    CHECK(overlap == "");
  }
}

TEST_CASE("special cases lay out cleanly") {
  using date::sys_days;
  using date::year;
  auto one = [](Event e) {
    Timeline t;
    t.events.push_back(std::move(e));
    return t;
  };
  SUBCASE("a single event") {
    check_properties(one(testing::day_event(sys_days{year{2022} / 1 / 19}, "One")));
  }
  SUBCASE("year 1 and year 9999") {
    Timeline t = one(testing::day_event(sys_days{year{1} / 1 / 1}, "Year one"));
    t.events.push_back(testing::day_event(sys_days{year{9999} / 12 / 31}, "The far future"));
    check_properties(t);
    check_properties(
        one(testing::day_event(sys_days{year{9999} / 12 / 31}, "Only the far future")));
  }
  SUBCASE("all events on one day") {
    Timeline t;
    for (int i = 0; i < 200; ++i)
      t.events.push_back(
          testing::day_event(sys_days{year{2022} / 1 / 19}, "Same day " + std::to_string(i)));
    check_properties(t);
  }
  SUBCASE("ranges only") {
    Timeline t;
    for (int i = 0; i < 30; ++i) {
      Event e =
          testing::day_event(sys_days{year{2000 + i % 7} / 1 / 1}, "Range " + std::to_string(i));
      e.span.end = e.span.start + date::days{100 + 40 * i};
      e.span.is_range = true;
      t.events.push_back(e);
    }
    check_properties(t);
  }
  SUBCASE("labels of 1 and of 300 characters") {
    Timeline t = one(testing::day_event(sys_days{year{2022} / 1 / 19}, "x"));
    t.events.push_back(testing::day_event(sys_days{year{2022} / 1 / 20}, std::string(300, 'w')));
    std::string words;
    while (words.size() < 300) words += "word ";
    t.events.push_back(testing::day_event(sys_days{year{2022} / 1 / 21}, words));
    check_properties(t);
  }
  SUBCASE("no events, only a publication date") {
    Timeline t;
    t.published = DateTime{sys_days{year{2022} / 1 / 25}, std::nullopt};
    check_properties(t);
  }
}

TEST_CASE("layout errors say what to change") {
  Timeline t = testing::seed_timeline();
  Style style = default_style();
  style.canvas.height = 200;
  FakeMeasurer m;
  auto r = layout_timeline(t, style, m);
  REQUIRE_FALSE(r);
  CHECK(r.error().message ==
        "canvas.height 200 leaves no room for a lane of labels; make it taller or "
        "labels.max_lines smaller");
  CHECK(layout_timeline(Timeline{}, default_style(), m).error().message ==
        "the timeline has no events and no publication date; nothing to draw");
}

TEST_CASE("scene_to_json has the --dump-layout shape") {
  Timeline t = testing::seed_timeline();
  nlohmann::json j = scene_to_json(lay_out(t));
  CHECK(j["width"] == 1600);
  CHECK(j["axis"]["breaks"].get<int>() >= 2);
  CHECK(j["axis"].size() == 3);
  CHECK(j["type_scale"] == 1);
  bool saw_e1_label = false;
  for (const auto& item : j["items"]) {
    CHECK(item.contains("x"));
    CHECK(item.contains("h"));
    if (item["kind"] == "label" && item["events"] == nlohmann::json{"e1"}) {
      saw_e1_label = true;
      CHECK(item["text"] == "Putin and Xi agree to cooperate on Afghan security");
    }
    if (item["kind"] == "marker") CHECK_FALSE(item.contains("text"));
  }
  CHECK(saw_e1_label);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// The list put a break wherever the axis changed segment, also where a zoomed stretch joins
// the rest of a year-long bar without one.
TEST_CASE("regression: vertical breaks only where the axis breaks, not at a zoomed stretch") {
  using namespace date::literals;
  Timeline t;
  t.title = "Zoom";
  Event year;
  year.span = DaySpan{2024_y / 1 / 1, 2024_y / 12 / 31, Granularity::kDay, true};
  year.label = "The year of the strike";
  t.events.push_back(year);
  t.events.push_back(testing::day_event(2024_y / 3 / 1, "Talks begin"));
  for (unsigned d = 10; d <= 13; ++d) t.events.push_back(testing::day_event(2024_y / 9 / d, "Walkout"));
  t.events.push_back(testing::day_event(2020_y / 6 / 1, "Union founded"));
  Style style = default_style();
  CHECK(lay_out(t, style).axis.breaks == 1);
  style.layout.orientation = Orientation::kVertical;
  CHECK(lay_out(t, style).axis.breaks == 1);
}

TEST_CASE("vertical: a list in time order whose height grows with the events") {
  Style style = default_style();
  style.layout.orientation = Orientation::kVertical;
  Timeline seed = testing::seed_timeline();
  Scene s = lay_out(seed, style);
  CHECK(first_overlap(s) == "");
  CHECK(accounting(s, seed.events.size()) == "");
  CHECK(s.axis.breaks == 3);
  double last_y = -1;
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kLabel) {
      CHECK(item.box.y > last_y);
      last_y = item.box.y;
    }
  Scene small = lay_out(testing::generated_timeline(10, false), style);
  Scene big = lay_out(testing::generated_timeline(100, false), style);
  CHECK(big.height > small.height * 3);
  CHECK(first_overlap(big) == "");
  CHECK(accounting(big, 100) == "");
}

TEST_CASE("horizontal: a day's events with times sit in time order, a zoomed day wide enough to show it") {
  Timeline t;
  auto at = [](unsigned day, std::string value, std::string label) {
    Event e = testing::day_event(date::sys_days{date::year{2023} / 8 / day}, label);
    if (!value.empty()) e.value = value;
    return e;
  };
  t.events = {at(10, "", "a"), at(11, "", "b"), at(12, "2023-08-12T18:00", "evening"),
              at(12, "2023-08-12T06:00", "morning"), at(13, "", "c")};
  std::map<std::string, double> x;
  Scene s = lay_out(t);
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kMarker && item.events.size() == 1) x[t.events[item.events[0]].label] = item.box.x + item.box.w / 2;
  REQUIRE(x.count("morning"));
  REQUIRE(x.count("evening"));
  CHECK(x["morning"] < x["evening"]);
  CHECK(x["b"] < x["morning"]);
  CHECK(x["evening"] < x["c"]);
}

TEST_CASE("vertical: events of one day follow their times, the whole day first") {
  Style style = default_style();
  style.layout.orientation = Orientation::kVertical;
  style.show.publication = false;
  Timeline t;
  auto at = [](std::string value, std::string label) {
    Event e = testing::day_event(date::sys_days{date::year{2023} / 8 / 12}, label);
    e.value = value;
    return e;
  };
  t.events = {at("2023-08-12TEV", "evening"), at("2023-08-12T14:00", "two"), at("2023-08-12", "day"),
              at("2023-08-12TMO", "morning")};
  std::vector<std::string> order;
  for (const SceneItem& item : lay_out(t, style).items)
    if (item.kind == ItemKind::kLabel) order.push_back(item.text);
  CHECK(order == std::vector<std::string>{"day", "morning", "two", "evening"});
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Vertical leader lines must not pass through any label but their own. (The publication label
// sits in the tick rows and, like tick labels, is drawn over leaders with a halo.)
std::string leader_crossing(const Scene& s) {
  std::vector<const SceneItem*> texts;
  for (const SceneItem& i : s.items)
    if ((i.kind == ItemKind::kLabel && !i.events.empty()) || i.kind == ItemKind::kCluster)
      texts.push_back(&i);
  for (const Prim& p : s.draw) {
    const auto* line = std::get_if<LinePrim>(&p);
    if (!line || line->x0 != line->x1) continue;  // leaders are vertical
    double y0 = std::min(line->y0, line->y1), y1 = std::max(line->y0, line->y1);
    for (const SceneItem* t : texts) {
      bool crosses = line->x0 > t->box.x + 0.5 && line->x0 < t->box.right() - 0.5 &&
                     y0 < t->box.bottom() - 0.5 && y1 > t->box.y + 0.5;
      if (crosses) return "a line at x=" + std::to_string(line->x0) + " crosses '" + t->text + "'";
    }
  }
  return "";
}

TEST_CASE("leader lines never cross other labels") {
  CHECK(leader_crossing(lay_out(testing::seed_timeline())) == "");
  for (size_t n : {10, 100, 1000})
    for (bool clustered : {false, true}) {
      CAPTURE(n);
      CAPTURE(clustered);
      CHECK(leader_crossing(lay_out(testing::generated_timeline(n, clustered))) == "");
    }
}

std::vector<std::string> tick_texts(const Timeline& t, double width = 1600) {
  Style style = default_style();
  style.canvas.width = width;
  std::vector<std::string> out;
  for (const SceneItem& i : lay_out(t, style).items)
    if (i.kind == ItemKind::kTick) out.push_back(i.text);
  return out;
}

Timeline two_days(date::sys_days a, date::sys_days b) {
  Timeline t;
  t.events = {testing::day_event(a, "first"), testing::day_event(b, "second")};
  return t;
}

TEST_CASE("tick units follow the span: days, weeks, months, quarters, years, decades, centuries") {
  using date::sys_days;
  using date::year;
  auto has = [](const std::vector<std::string>& v, const char* s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  auto days = tick_texts(two_days(sys_days{year{2022} / 1 / 10}, sys_days{year{2022} / 1 / 20}));
  CHECK(has(days, "15"));
  CHECK(has(days, "Jan 2022"));
  auto weeks = tick_texts(two_days(sys_days{year{2022} / 1 / 1}, sys_days{year{2022} / 4 / 1}));
  CHECK(has(weeks, "17 Jan"));
  auto months = tick_texts(two_days(sys_days{year{2021} / 1 / 1}, sys_days{year{2022} / 12 / 1}));
  CHECK(has(months, "Jul"));
  CHECK(has(months, "2022"));
  auto quarters =
      tick_texts(two_days(sys_days{year{2020} / 1 / 1}, sys_days{year{2022} / 12 / 1}), 900);
  CHECK(has(quarters, "Q3"));
  auto years = tick_texts(two_days(sys_days{year{2000} / 1 / 1}, sys_days{year{2022} / 12 / 1}));
  CHECK(has(years, "2010"));
  CHECK_FALSE(has(years, "Jan"));
  auto decades =
      tick_texts(two_days(sys_days{year{1800} / 1 / 1}, sys_days{year{2022} / 12 / 1}), 700);
  CHECK(has(decades, "1900"));
  CHECK_FALSE(has(decades, "1901"));
  auto centuries =
      tick_texts(two_days(sys_days{year{1} / 1 / 1}, sys_days{year{2022} / 12 / 1}), 900);
  CHECK(has(centuries, "1000"));
  CHECK_FALSE(has(centuries, "1050"));
}

TEST_CASE("a stretch holding a few months of one year is named by them, a lone year by the year") {
  using date::sys_days;
  using date::year;
  Timeline t;  // twenty events across 1990, then two some weeks apart in 2019
  for (unsigned d = 1; d <= 20; ++d)
    t.events.push_back(testing::day_event(sys_days{year{1990} / (1 + d % 12) / d}, "busy"));
  t.events.push_back(testing::day_event(sys_days{year{2019} / 3 / 20}, "c"));
  t.events.push_back(testing::day_event(sys_days{year{2019} / 4 / 25}, "d"));
  auto ticks = tick_texts(t, 700);
  CHECK(std::find(ticks.begin(), ticks.end(), "Mar\u2013Apr 2019") != ticks.end());
  CHECK(std::find(ticks.begin(), ticks.end(), "1990") != ticks.end());
}

Event span_event(date::sys_days first, date::sys_days last, Granularity g, const char* label) {
  Event e;
  e.span = DaySpan{first, last, g, false};
  e.label = label;
  return e;
}

// "the next decade" after a few years of events: the decade, far longer than the rest, stood for
// its first and last days so the gap before it could be cut, and each day took a segment of its
// own named as a day: "1 Jan 2030 // 31 Dec 2039". A long span's lone end is named at the span's
// grain.
TEST_CASE("regression: a segment holding a long span's end alone names its year not its day") {
  using date::sys_days;
  using date::year;
  auto has = [](const std::vector<std::string>& v, const char* s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  auto no_day_names = [](const std::vector<std::string>& v) {  // a full day: "1 Jan 2030"
    for (const std::string& s : v)
      if (std::count(s.begin(), s.end(), ' ') == 2 && std::isdigit(static_cast<unsigned char>(s.front()))) return s;
    return std::string();
  };
  Timeline t;
  t.events = {testing::day_event(sys_days{year{2025} / 12 / 3}, "a"),
              testing::day_event(sys_days{year{2026} / 1 / 20}, "b"),
              testing::day_event(sys_days{year{2026} / 10 / 5}, "c"),
              testing::day_event(sys_days{year{2026} / 10 / 14}, "d"),
              span_event(sys_days{year{2027} / 6 / 1}, sys_days{year{2027} / 8 / 31}, Granularity::kSeason, "e"),
              span_event(sys_days{year{2028} / 1 / 1}, sys_days{year{2028} / 12 / 31}, Granularity::kYear, "f"),
              span_event(sys_days{year{2030} / 1 / 1}, sys_days{year{2039} / 12 / 31}, Granularity::kDecade, "g")};
  auto decade = tick_texts(t);
  CAPTURE(decade.size());
  CHECK(no_day_names(decade) == "");
  CHECK(has(decade, "2030"));
  // A two-year season over half a year of match days: its ends, cut from the days, name years.
  Timeline season;
  season.events = {span_event(sys_days{year{2026} / 1 / 1}, sys_days{year{2027} / 12 / 31}, Granularity::kYear, "s")};
  for (int k = 0; k < 22; ++k)
    season.events.push_back(testing::day_event(sys_days{year{2026} / 7 / 4} + date::days{8 * k}, "match"));
  auto ends = tick_texts(season);
  CHECK(no_day_names(ends) == "");
  CHECK(has(ends, "2026"));
  CHECK(has(ends, "2027"));
}

TEST_CASE("breaks stay out of evenly spread events") {
  Scene s = lay_out(testing::generated_timeline(100, false));
  CHECK(s.axis.breaks == 0);
  Scene bursts = lay_out(testing::generated_timeline(100, true));
  CHECK(bursts.axis.breaks >= 4);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("BCE ticks are round numbers as people write them") {
  Timeline t;
  t.events = {testing::day_event(date::sys_days{date::year{-752} / 1 / 1}, "Founding of Rome"),
              testing::day_event(date::sys_days{date::year{-489} / 1 / 1}, "Battle")};
  auto ticks = tick_texts(t);
  CHECK(std::find(ticks.begin(), ticks.end(), "700 BCE") != ticks.end());
  CHECK(std::find(ticks.begin(), ticks.end(), "741 BCE") == ticks.end());
}

// From 800 BCE to 2026 the step was judged by "2000", narrower than "800 BCE": the BCE labels
// collided and every other one gave way, so ticks ran every 200 years before year 1 and every 100
// after it, as if time ran at two speeds.
TEST_CASE("year ticks keep one step across year 1") {
  Timeline t;
  t.events = {testing::day_event(date::sys_days{date::year{-799} / 3 / 1}, "Settlement"),
              testing::day_event(date::sys_days{date::year{2026} / 3 / 1}, "Museum")};
  std::vector<int> years;  // astronomical: 100 BCE is -99
  for (const std::string& text : tick_texts(t)) {
    if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) continue;
    int y = std::stoi(text);
    years.push_back(text.find("BCE") != std::string::npos ? 1 - y : y);
  }
  std::sort(years.begin(), years.end());
  REQUIRE(years.size() >= 5);
  std::set<int> steps;  // on each side of year 1 (which has no year 0 before it to tick)
  for (size_t k = 1; k < years.size(); ++k)
    if ((years[k - 1] <= 0) == (years[k] <= 0)) steps.insert(years[k] - years[k - 1]);
  CAPTURE(years.front());
  CAPTURE(years.back());
  CHECK(steps.size() == 1);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

size_t text_prims(const Scene& s, FontRole role) {
  return static_cast<size_t>(std::count_if(s.draw.begin(), s.draw.end(), [&](const Prim& p) {
    const auto* t = std::get_if<TextPrim>(&p);
    return t && t->role == role;
  }));
}

TEST_CASE("show.* switches the title, subtitle, legend and publication mark") {
  Timeline t = testing::seed_timeline();
  t.events[0].category = "Diplomacy";
  t.events[1].category = "Security";
  Scene all = lay_out(t);
  CHECK(text_prims(all, FontRole::kTitle) == 1);
  CHECK(text_prims(all, FontRole::kSubtitle) == 1);
  CHECK(text_prims(all, FontRole::kLegend) == 2);
  auto published = [](const Scene& s) {
    return std::count_if(s.items.begin(), s.items.end(), [](const SceneItem& i) {
      return i.kind == ItemKind::kLabel && i.events.empty() &&
             i.text == "Published 25 Jan 2022, 05:49";
    });
  };
  CHECK(published(all) == 1);
  Style style = default_style();
  style.show.title = style.show.subtitle = style.show.legend = style.show.publication = false;
  Scene none = lay_out(t, style);
  CHECK(text_prims(none, FontRole::kTitle) == 0);
  CHECK(text_prims(none, FontRole::kSubtitle) == 0);
  CHECK(text_prims(none, FontRole::kLegend) == 0);
  CHECK(published(none) == 0);
  CHECK(first_overlap(none) == "");
}

TEST_CASE("coarse dates and ranges are bars over the days they cover, exact days are markers") {
  Timeline t = testing::seed_timeline();
  Scene s = lay_out(t);
  auto marker_of = [&](const std::string& id) {
    for (const SceneItem& i : s.items)
      if (i.kind == ItemKind::kMarker && i.events.size() == 1 && t.events[i.events[0]].id == id)
        return i.box;
    return Box{};
  };
  Box day = marker_of("e1"), month = marker_of("e2"), week = marker_of("e14"),
      range = marker_of("e8");
  CHECK(day.w == doctest::Approx(default_style().markers.size));
  CHECK(month.w > 5 * week.w / 2);  // a month is about four weeks wide
  CHECK(range.w > week.w);          // 11 days
  // The 19 Jan marker lies inside the week of 17 Jan and inside January.
  double day_x = day.x + day.w / 2;
  CHECK(day_x > week.x);
  CHECK(day_x < week.right());
  CHECK(day_x > month.x);
  CHECK(day_x < month.right());
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

std::string close_ticks(const Scene& s, double gap);

// The content block of a horizontal figure: from the top of its highest item (label, marker,
// tick) to the bottom of its lowest; and the free area it may use, under the header.
struct Band {
  double free_top, free_bottom, top, bottom;
  double empty_share() const { return 1 - (bottom - top) / (free_bottom - free_top); }
};

Band content_band(const Scene& s, const Style& style) {
  double header = style.canvas.margin_top;
  for (const Prim& p : s.draw)
    if (const auto* t = std::get_if<TextPrim>(&p);
        t && (t->role == FontRole::kTitle || t->role == FontRole::kSubtitle ||
              t->role == FontRole::kLegend))
      header = std::max(header, t->y + t->line_height * static_cast<double>(t->lines.size()));
  Band b{header, style.canvas.height - style.canvas.margin_bottom, 1e300, -1e300};
  for (const SceneItem& i : s.items) {
    b.top = std::min(b.top, i.box.y);
    b.bottom = std::max(b.bottom, i.box.bottom());
  }
  return b;
}

#ifndef ROUNDS
#define ROUNDS 150
#endif
TEST_CASE("random styles and timelines: always a clean layout or a clear error") {
  std::mt19937 rng(2024);
  FakeMeasurer m;
  for (int round = 0; round < ROUNDS; ++round) {
    Style style = default_style();
    style.canvas.width = 400 + rng() % 2000;
    style.canvas.height = 300 + rng() % 1200;
    style.labels.max_width = 60 + rng() % 300;
    style.labels.max_lines = 1 + rng() % 4;
    style.labels.show_date = rng() % 2;
    style.axis.breaks = rng() % 4 != 0;
    style.markers.max_bar_tracks = 1 + rng() % 5;
    style.fonts.label_size = 8 + rng() % 12;
    style.fonts.tick_size = 8 + rng() % 10;
    style.labels.gap = rng() % 20;
    style.ticks.min_gap = rng() % 30;
    if (rng() % 5 == 0) style.layout.orientation = Orientation::kVertical;
    Timeline t =
        testing::generated_timeline(1 + rng() % 300, rng() % 2, static_cast<unsigned>(round));
    CAPTURE(round);
    auto scene = layout_timeline(t, style, m);
    if (!scene) {
      CHECK(scene.error().message.find("canvas") != std::string::npos);
      continue;
    }
    CHECK(first_overlap(*scene) == "");
    CHECK(accounting(*scene, t.events.size()) == "");
    CHECK(inside_canvas(*scene));
    if (style.layout.orientation == Orientation::kHorizontal) {
      CHECK(close_ticks(*scene, tick_label_gap(style)) == "");
      Band b = content_band(*scene, style);
      CHECK(b.top >= b.free_top - 0.01);
      CHECK(b.bottom <= b.free_bottom + 0.01);
    }
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("regression: a month label the publication label pushes aside never moves past the next month's") {
  // A night-train story published 27 Nov: its days of late November and early December get a
  // scale of their own, where the "Nov 2026" context touches the publication label. It may move to
  // a later November tick, never past the tick that starts December (it did, under 3 Dec).
  Timeline t;
  t.published = DateTime{*parse_day("2026-11-27"), std::nullopt};
  auto span = [&](const char* a, const char* b, Granularity g) {
    Event e = testing::day_event(*parse_day(a), std::string("Event from ") + a);
    e.span = DaySpan{*parse_day(a), *parse_day(b), g, false};
    t.events.push_back(e);
  };
  for (const char* d : {"2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02",
                        "2026-12-03", "2026-12-13"})
    span(d, d, Granularity::kDay);
  span("2020-01-01", "2020-12-31", Granularity::kYear);
  span("2023-01-01", "2023-12-31", Granularity::kYear);
  span("2026-09-01", "2029-12-31", Granularity::kDecade);
  span("2026-11-30", "2026-12-06", Granularity::kWeek);
  auto measurer = PangoMeasurer::create(default_style());
  REQUIRE(measurer.ok());
  auto scene = layout_timeline(t, default_style(), **measurer);
  REQUIRE(scene.ok());
  double first_dec = 1e300;
  for (const SceneItem& i : scene->items)
    if (i.kind == ItemKind::kTick && i.text == "Dec 2026") first_dec = std::min(first_dec, i.box.x);
  CHECK(first_dec < 1e300);
  for (const SceneItem& i : scene->items)
    if (i.kind == ItemKind::kTick && i.text == "Nov 2026") CHECK(i.box.x < first_dec);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("horizontal: the content block is centred under the header and uses the canvas") {
  for (const char* name : {"default", "compact", "print", "dark"}) {
    auto style = load_style(name);
    REQUIRE(style.ok());
    Timeline two = two_days(date::sys_days{date::year{2022} / 1 / 10},
                            date::sys_days{date::year{2022} / 3 / 20});
    std::vector<std::pair<std::string, Timeline>> cases = {
        {"two events", two},
        {"seed", testing::seed_timeline()},
        {"30 uniform", testing::generated_timeline(30, false)},
        {"100 clustered", testing::generated_timeline(100, true)},
        {"1000 uniform", testing::generated_timeline(1000, false)}};
    for (const auto& c : cases) {  // no structured binding: CAPTURE takes it in a lambda
      const std::string& what = c.first;
      const Timeline& t = c.second;
      CAPTURE(name);
      CAPTURE(what);
      Scene s = lay_out(t, *style);
      CHECK(first_overlap(s) == "");
      Band b = content_band(s, *style);
      CHECK(b.top >= b.free_top - 0.01);
      CHECK(b.bottom <= b.free_bottom + 0.01);
      // Centred: the bands left above and below differ by the header's own spacing at most.
      CHECK(std::abs((b.top - b.free_top) - (b.free_bottom - b.bottom)) <= 16);
      // A figure with labels on several lanes fills most of the area; a short one stays compact.
      if (t.events.size() >= 30) CHECK(b.empty_share() < 0.2);
    }
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Names the first two tick labels of a row closer than `gap`, or "".
std::string close_ticks(const Scene& s, double gap) {
  std::map<double, std::vector<const SceneItem*>> rows;
  for (const SceneItem& i : s.items)
    if (i.kind == ItemKind::kTick) rows[std::round(i.box.y)].push_back(&i);
  for (auto& [y, row] : rows) {
    std::sort(row.begin(), row.end(),
              [](const SceneItem* a, const SceneItem* b) { return a->box.x < b->box.x; });
    for (size_t k = 1; k < row.size(); ++k)
      if (row[k]->box.x - row[k - 1]->box.right() < gap - 0.01)
        return "'" + row[k - 1]->text + "' and '" + row[k]->text + "'";
  }
  return "";
}

// "5" beside "Q1" where a zoomed stretch of days meets quarters read as one run: tick labels keep
// at least an em, or ticks.min_gap when larger, from each other, in every example and style.
TEST_CASE(
    "every example in every horizontal style: tick labels a font size apart, no overlaps, no "
    "leader through a label") {
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::source_dir() / "examples")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto t = timeline_from_json(text.str(), entry.path().filename().string());
    REQUIRE(t.ok());
    for (const char* name : {"default", "compact", "print", "dark"}) {
      CAPTURE(entry.path().filename().string());
      CAPTURE(name);
      auto style = load_style(name);
      REQUIRE(style.ok());
      auto measurer = PangoMeasurer::create(*style);
      REQUIRE(measurer.ok());
      auto scene = layout_timeline(*t, *style, **measurer);
      REQUIRE(scene.ok());
      double gap = tick_label_gap(*style);
      CHECK(close_ticks(*scene, gap) == "");
      CHECK(first_overlap(*scene) == "");
      CHECK(leader_crossing(*scene) == "");
      CHECK(inside_canvas(*scene));
    }
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Label rows above and below the axis.
std::pair<size_t, size_t> label_rows(const Scene& s) {
  std::set<double> above, below;  // labels above hang from their row's bottom, below from its top
  for (const SceneItem& i : s.items)
    if (i.kind == ItemKind::kLabel && !i.events.empty()) {
      if (i.box.y < s.axis.y0)
        above.insert(std::round(i.box.bottom()));
      else
        below.insert(std::round(i.box.y));
    }
  return {above.size(), below.size()};
}

// Kestrel Bay's coarse dates prefer the side above the axis, where their leaders blocked each
// other: five rows of labels climbed above the axis and two hung below it.
TEST_CASE("regression: kestrel's labels share the rows above and below the axis") {
  std::ifstream in(testing::source_dir() / "tests/layout/fixtures/kestrel_timeline.json");
  std::stringstream text;
  text << in.rdbuf();
  auto t = timeline_from_json(text.str(), "kestrel_timeline.json");
  REQUIRE(t.ok());
  for (bool pango : {false, true}) {
    CAPTURE(pango);
    auto measurer = PangoMeasurer::create(default_style());
    REQUIRE(measurer.ok());
    FakeMeasurer fake;
    auto s =
        layout_timeline(*t, default_style(), pango ? **measurer : static_cast<TextMeasurer&>(fake));
    REQUIRE(s.ok());
    CHECK(first_overlap(*s) == "");
    auto rows = label_rows(*s);  // no structured binding: CAPTURE takes it in a lambda
    size_t above = rows.first, below = rows.second;
    CAPTURE(above);
    CAPTURE(below);
    CHECK(above + 1 >= below);
    CHECK(below + 1 >= above);
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// On a small figure the stretches between axis breaks are narrower than names like
// "Sep–Nov 2022", and of two neighbours too close one lost its only tick label.
TEST_CASE(
    "regression: every stretch between axis breaks keeps a tick label, its year if nothing longer "
    "fits") {
  Timeline t;
  for (int y = 2000; y <= 2030; y += 6)
    for (unsigned m : {9u, 11u})
      t.events.push_back(testing::day_event(date::sys_days{date::year{y} / m / 10}, "event"));
  Style style = default_style();
  style.canvas.width = 640;
  style.show.publication = false;
  Scene s = lay_out(t, style);
  CHECK(first_overlap(s) == "");
  REQUIRE(s.axis.breaks == 5);
  std::map<double, std::vector<std::string>> rows;
  for (const SceneItem& i : s.items)
    if (i.kind == ItemKind::kTick) rows[std::round(i.box.y)].push_back(i.text);
  REQUIRE_FALSE(rows.empty());
  const auto& first_row = rows.begin()->second;
  CAPTURE(first_row.size());
  CHECK(first_row.size() == 6);
  CHECK(std::find(first_row.begin(), first_row.end(), "Sep\u2013Nov 2006") != first_row.end());
  CHECK(std::find(first_row.begin(), first_row.end(), "2012") != first_row.end());
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Tick labels 12 px a byte, whatever the font size.
class WideTickMeasurer final : public TextMeasurer {
 public:
  TextMetrics measure(std::string_view text, FontRole, bool, double, int) override {
    TextMetrics m;
    m.width = 12.0 * static_cast<double>(text.size());
    m.height = m.line_height = 14;
    m.lines.emplace_back(text);
    return m;
  }
};

// A narrow stretch's full name ("Sep–Nov 2022") dropped the month labels in its way, then did not
// fit and fell back to its year, which fitted beside them: "Aug" was lost for nothing.
TEST_CASE("regression: a tick label too wide to fit drops none of the labels in its way") {
  Style style = default_style();
  style.ticks.min_gap = 0;  // tick labels a font size apart
  TimeAxis axis;
  // Jun 20 - Aug 10 2022 in months ("Jul" at x 117.6, "Aug" at 167.2), Sep - Nov 2022 at 231.6.
  axis.segments.push_back({19163, 19214, 100, 181.6, 2, 19165, 19212, false});
  axis.segments.push_back({19236, 19326, 221.6, 241.6, 2, 19240, 19320, false});
  WideTickMeasurer m;
  std::vector<std::string> texts;
  for (const Tick& t : choose_ticks(axis, style, m, 0, 2000)) texts.push_back(t.text);
  CHECK(texts == std::vector<std::string>{"Jul", "Aug", "2022"});
}

// A live blog's day between breaks, its name crossed by leaders, said "2026": the whole year.
TEST_CASE("regression: a stretch of one day shortens its name to its day and month, not its year") {
  using namespace date;
  double d = sys_days{year{2026} / 11 / 27}.time_since_epoch().count();
  TimeAxis axis;
  axis.segments.push_back({d - 0.5, d + 1.5, 100, 600, 5, d, d + 1, false});
  FakeMeasurer m;
  std::vector<Tick> ticks = choose_ticks(axis, default_style(), m, 0, 2000);
  REQUIRE(ticks.size() == 1);
  CHECK(ticks[0].text == "27 Nov 2026");
  CHECK(ticks[0].short_text == "27 Nov");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Names two leaders on one side of the axis that run side by side closer than `sep` (and are not
// one shared leader), or "".
std::string close_leaders(const Scene& s, const Style& style, double sep) {
  std::vector<double> side[2];
  for (const Prim& p : s.draw) {
    const auto* line = std::get_if<LinePrim>(&p);
    if (!line || line->x0 != line->x1 || line->width != style.labels.leader_width) continue;
    if (line->color != style.colors.leader && line->color != style.colors.cluster) continue;
    side[std::min(line->y0, line->y1) < s.axis.y0 ? 0 : 1].push_back(line->x0);
  }
  for (auto& xs : side) {
    std::sort(xs.begin(), xs.end());
    for (size_t k = 1; k < xs.size(); ++k)
      if (xs[k] - xs[k - 1] > 0.5 && xs[k] - xs[k - 1] < sep)
        return "leaders at x=" + std::to_string(xs[k - 1]) + " and " + std::to_string(xs[k]);
  }
  return "";
}

// Events on neighbouring days sit a few pixels apart on a long axis, and their leaders ran up side
// by side, 2-4 px apart, reading as one line: leaders on one side are now one shared line or at
// least 6 px apart.
TEST_CASE("leaders on one side of the axis are shared or at least 6 px apart") {
  Timeline days;
  for (int d = 0; d < 6; ++d)
    days.events.push_back(testing::day_event(
        date::sys_days{date::year{2022} / 3 / 10} + date::days{d}, "day " + std::to_string(d)));
  days.events.push_back(testing::day_event(date::sys_days{date::year{2019} / 1 / 1}, "early"));
  days.events.push_back(testing::day_event(date::sys_days{date::year{2024} / 6 / 1}, "late"));
  std::vector<std::pair<std::string, Timeline>> cases = {
      {"neighbouring days", days}, {"seed", testing::seed_timeline()}};
  for (size_t n : {10, 100, 1000})
    for (bool clustered : {false, true})
      cases.push_back({std::to_string(n) + (clustered ? " clustered" : " uniform"),
                       testing::generated_timeline(n, clustered)});
  for (const char* name : {"default", "compact", "print", "dark"}) {
    auto style = load_style(name);
    REQUIRE(style.ok());
    for (const auto& c : cases) {
      CAPTURE(name);
      CAPTURE(c.first);
      Scene s = lay_out(c.second, *style);
      CHECK(first_overlap(s) == "");
      CHECK(leader_crossing(s) == "");
      CHECK(close_leaders(s, *style, 6) == "");
      CHECK(accounting(s, c.second.events.size()) == "");
    }
  }
}

// Two to nine events left most of a 16:9 figure empty in a thin strip across its middle: the
// lanes, and the leaders up to them, now spread out, and labels wrap wider when there is room.
TEST_CASE("horizontal: a short timeline uses the height of the figure") {
  using date::sys_days;
  using date::year;
  for (const char* name : {"default", "compact", "print", "dark"}) {
    auto style = load_style(name);
    REQUIRE(style.ok());
    for (size_t n : {2, 3, 5, 8}) {
      Timeline t;
      for (size_t i = 0; i < n; ++i)
        t.events.push_back(testing::day_event(
            sys_days{year{2020} / 1 / 1} + date::days{static_cast<int>(40 * i + 7 * (i % 3))},
            "Something happened here that takes a sentence of about ten words"));
      CAPTURE(name);
      CAPTURE(n);
      Scene s = lay_out(t, *style);
      CHECK(first_overlap(s) == "");
      CHECK(leader_crossing(s) == "");
      CHECK(accounting(s, t.events.size()) == "");
      Band b = content_band(s, *style);
      CHECK(std::abs((b.top - b.free_top) - (b.free_bottom - b.bottom)) <= 16);
      CHECK(b.empty_share() < 0.6);
      // Labels wrap wider than labels.max_width, and no label is a cluster.
      double widest = 0;
      for (const SceneItem& i : s.items) {
        CHECK(i.kind != ItemKind::kCluster);
        if (i.kind == ItemKind::kLabel && !i.events.empty()) widest = std::max(widest, i.box.w);
      }
      CHECK(widest > style->labels.max_width);
    }
  }
}

// "Mar–May 2022 // 2022": beside a stretch named by months of a year, a stretch named by the bare
// year reads as that whole year again; it names its months instead.
TEST_CASE("a stretch beside another of the same year is named by its months, not the bare year") {
  using date::sys_days;
  using date::year;
  Timeline t;
  for (int d = 0; d < 84; d += 6)
    t.events.push_back(testing::day_event(sys_days{year{2022} / 3 / 3} + date::days{d}, "spring"));
  Event autumn = testing::day_event(sys_days{year{2022} / 9 / 1}, "autumn");
  autumn.span = DaySpan{sys_days{year{2022} / 9 / 1}, sys_days{year{2022} / 12 / 31},
                        Granularity::kMonth, false};
  t.events.push_back(autumn);
  t.events.push_back(testing::day_event(sys_days{year{2012} / 6 / 1}, "long before"));
  Style style = default_style();
  FakeMeasurer m;
  auto s = layout_timeline(t, style, m);
  REQUIRE(s.ok());
  REQUIRE(s->axis.breaks == 2);
  const SceneItem* last = nullptr;  // the tick label furthest right
  for (const SceneItem& i : s->items)
    if (i.kind == ItemKind::kTick && (!last || i.box.x > last->box.x)) last = &i;
  REQUIRE(last);
  // The autumn bar's leader runs down through the middle of "Sep–Dec 2022", and a shorter name
  // would be crossed too: the stretch's only label stays, centred on its tick, and the leader
  // breaks across it; never the bare year.
  CHECK(last->text == "Sep\u2013Dec 2022");
  // With no room for the months and the year, the months alone, not "2022" again.
  style.canvas.width = 900;
  style.axis.min_segment_width = 40;
  s = layout_timeline(t, style, m);
  REQUIRE(s.ok());
  last = nullptr;
  for (const SceneItem& i : s->items)
    if (i.kind == ItemKind::kTick && (!last || i.box.x > last->box.x)) last = &i;
  REQUIRE(last);
  CHECK(last->text != "2022");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Names a context label (second tick row) that repeats the label or context just left of it.
std::string repeated_context(const Scene& s) {
  std::vector<const SceneItem*> ticks;
  for (const SceneItem& i : s.items)
    if (i.kind == ItemKind::kTick) ticks.push_back(&i);
  if (ticks.empty()) return "";
  double first_row = 1e300;
  for (const SceneItem* t : ticks) first_row = std::min(first_row, t->box.y);
  std::sort(ticks.begin(), ticks.end(), [](const SceneItem* a, const SceneItem* b) {
    return a->box.x + a->box.w / 2 < b->box.x + b->box.w / 2;
  });
  for (size_t k = 0; k < ticks.size(); ++k) {
    const SceneItem* c = ticks[k];
    if (c->box.y <= first_row + 0.5) continue;  // a tick label, not a context
    double cx = c->box.x + c->box.w / 2;
    // The labels left of this context's own tick label (which sits at the same x).
    for (size_t j = k; j-- > 0;) {
      const SceneItem* p = ticks[j];
      if (std::abs(p->box.x + p->box.w / 2 - cx) < 0.5) continue;
      if (p->text == c->text) return "'" + c->text + "' twice in a row";
      if (p->box.y <= first_row + 0.5) break;  // the tick label before: checked, stop
    }
  }
  return "";
}

// "Mar 2022 | 13" with "Mar 2022" again under the 13, or "Jan // 25 Aug" with "2025" under both:
// where a break or a change of scale comes, the name just before is not said again.
TEST_CASE("a tick context does not repeat the name just before it") {
  using date::sys_days;
  using date::year;
  Timeline t;
  t.published = DateTime{sys_days{year{2022} / 3 / 16}, std::nullopt};
  t.events.push_back(testing::day_event(sys_days{year{2021} / 6 / 2}, "study"));
  t.events.push_back(testing::day_event(sys_days{year{2022} / 3 / 14}, "vote"));
  t.events.push_back(testing::day_event(sys_days{year{2022} / 3 / 15}, "challenge"));
  Event consultation = testing::day_event(sys_days{year{2022} / 3 / 1}, "consultation");
  consultation.span = DaySpan{sys_days{year{2022} / 3 / 1}, sys_days{year{2022} / 5 / 31},
                              Granularity::kMonth, false};
  t.events.push_back(consultation);
  t.events.push_back(testing::day_event(sys_days{year{2024} / 7 / 10}, "opening"));
  std::vector<std::pair<std::string, Timeline>> cases = {{"zoomed days in a month", t}};
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::source_dir() / "examples")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto e = timeline_from_json(text.str(), entry.path().filename().string());
    REQUIRE(e.ok());
    cases.push_back({entry.path().filename().string(), *e});
  }
  for (const char* name : {"default", "compact", "print", "dark"}) {
    auto style = load_style(name);
    REQUIRE(style.ok());
    auto measurer = PangoMeasurer::create(*style);
    REQUIRE(measurer.ok());
    for (const auto& c : cases) {
      CAPTURE(name);
      CAPTURE(c.first);
      auto s = layout_timeline(c.second, *style, **measurer);
      REQUIRE(s.ok());
      CHECK(repeated_context(*s) == "");
    }
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// "+1 event, 18 Sep 2025" took the room of a short label and said less: a cluster of one event
// shows that event, its date first, shortened to the cluster's two lines; or is that event's
// plain label where one fits (settle_plain_singles).
TEST_CASE("a cluster of one event shows the event, not '+1 event'") {
  std::ifstream in(testing::source_dir() / "examples/valmora-port-crane.json");
  std::stringstream text;
  text << in.rdbuf();
  auto t = timeline_from_json(text.str(), "valmora-port-crane.json");
  REQUIRE(t.ok());
  auto style = load_style("compact");
  REQUIRE(style.ok());
  auto measurer = PangoMeasurer::create(*style);
  REQUIRE(measurer.ok());
  auto s = layout_timeline(*t, *style, **measurer);
  REQUIRE(s.ok());
  CHECK(first_overlap(*s) == "");
  CHECK(accounting(*s, t->events.size()) == "");
  int singles = 0;
  for (const SceneItem& i : s->items) {
    if (i.kind != ItemKind::kCluster) continue;
    CAPTURE(i.text);
    CHECK(i.text.rfind("+1 ", 0) == std::string::npos);
    if (i.events.size() == 1) {
      ++singles;
      CHECK(i.text.rfind(event_date_text(t->events[i.events.front()]) + ": ", 0) == 0);
    }
  }
  // Valmora in the compact style had one such cluster ("18 Sep 2025: Paulo Antunes' members would
  // hold a meeting to decide whether to strike"), in bold by a hollow marker; its plain label fits
  // there, and it is drawn as that event.
  CHECK(singles == 0);
  bool plain = false;
  for (const SceneItem& i : s->items)
    plain = plain || (i.kind == ItemKind::kLabel && i.text.rfind("Paulo Antunes' members would hold", 0) == 0);
  CHECK(plain);
}

// The properties of PDF pages: in order, covering the figure, each within its limit and never
// cutting through an item (a label, a date, a mark).
std::string page_problem(const Scene& s, const std::vector<Page>& pages, double limit) {
  if (pages.empty() || pages.front().y0 != 0 || pages.front().top != 0 ||
      pages.back().y1 != s.height)
    return "pages do not start at the top with the header or do not reach the bottom";
  for (size_t k = 0; k < pages.size(); ++k) {
    const Page& p = pages[k];
    if (k > 0 && p.y0 != pages[k - 1].y1) return "page " + std::to_string(k + 1) + " leaves a gap";
    if (p.height > kMaxPdfPageHeight) return "page " + std::to_string(k + 1) + " too tall";
    if (p.top + (p.y1 - p.y0) > p.height) return "page " + std::to_string(k + 1) + " overflows";
    if (pages.size() > 1 && p.height > limit) {
      int labels = 0;  // only a row taller than a page may make its page taller
      for (const SceneItem& item : s.items)
        labels += item.kind == ItemKind::kLabel && item.box.y >= p.y0 && item.box.y < p.y1;
      if (labels != 1) return "page " + std::to_string(k + 1) + " taller than the limit";
    }
  }
  for (const SceneItem& item : s.items) {
    bool whole = std::any_of(pages.begin(), pages.end(), [&](const Page& p) {
      return p.y0 <= item.box.y && item.box.bottom() <= p.y1;
    });
    if (!whole) return "a page cuts through '" + item.text + "' at y " + std::to_string(item.box.y);
  }
  return "";
}

TEST_CASE("pdf pages: a tall vertical list is cut between rows into pages within the limit") {
  Style style = default_style();
  style.layout.orientation = Orientation::kVertical;
  Scene small = lay_out(testing::seed_timeline(), style);
  std::vector<Page> one = pdf_pages(small, style.canvas.height);
  REQUIRE(one.size() == 1);  // a figure a viewer can show stays one page of its own size
  CHECK(one[0].height == small.height);
  CHECK(page_problem(small, one, kMaxPdfPageHeight) == "");
  for (bool clustered : {false, true}) {
    Scene big = lay_out(testing::generated_timeline(10000, clustered), style);
    REQUIRE(big.height > kMaxPdfPageHeight);
    for (double limit : {300.0, 900.0, 5000.0, 14400.0, 20000.0}) {
      CAPTURE(clustered);
      CAPTURE(limit);
      std::vector<Page> pages = pdf_pages(big, limit);
      double want = std::clamp(limit, 300.0, kMaxPdfPageHeight);
      CHECK(pages.size() >= static_cast<size_t>(big.height / want));
      CHECK(page_problem(big, pages, want) == "");
      for (const Page& p : pages) CHECK(p.height == want);  // every row fits a page
    }
  }
  // Rows of 20 wrapped lines in a narrow figure: taller than a 300 px page, still never cut.
  style.canvas.width = 400;
  style.labels.max_lines = 20;
  Timeline t = testing::generated_timeline(400, false);
  for (Event& e : t.events) e.label = std::string(400, 'w').replace(50, 1, " ");
  for (size_t i = 0; i < t.events.size(); ++i)
    if (i % 3 == 0) t.events[i].label = "short";
  Scene tall = lay_out(t, style);
  REQUIRE(tall.height > kMaxPdfPageHeight);
  std::vector<Page> pages = pdf_pages(tall, 300);
  CHECK(page_problem(tall, pages, 300) == "");
  CHECK(std::any_of(pages.begin(), pages.end(), [](const Page& p) { return p.height > 300; }));
}

// Leaders below the axis that run down through the publication label ("Published 14 Mar 2024").
int leaders_through_publication(const Scene& s) {
  const SceneItem* pub = nullptr;
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kLabel && item.events.empty())
      pub = &item;
  if (!pub) return 0;
  int n = 0;
  for (const Prim& prim : s.draw)
    if (const auto* line = std::get_if<LinePrim>(&prim))
      n += line->x0 == line->x1 && std::min(line->y0, line->y1) < pub->box.y &&
           std::max(line->y0, line->y1) > pub->box.bottom() && line->x0 > pub->box.x &&
           line->x0 < pub->box.right();
  return n;
}

TEST_CASE("leaders keep out of the publication label when another slot is free") {
  std::ifstream in(testing::source_dir() / "examples/lisbon-metro.json");
  std::stringstream text;
  text << in.rdbuf();
  auto t = timeline_from_json(text.str(), "lisbon-metro.json");
  REQUIRE(t.ok());
  auto measurer = PangoMeasurer::create(default_style());
  REQUIRE(measurer.ok());
  auto s = layout_timeline(*t, default_style(), **measurer);
  REQUIRE(s.ok());
  CHECK(first_overlap(*s) == "");
  CHECK(leaders_through_publication(*s) == 0);  // the 12 Mar 2024 leader ran through it
}

TEST_CASE("labels sharing a leader each get a dot where they branch off it") {
  std::ifstream in(testing::source_dir() / "examples/lisbon-metro.json");
  std::stringstream text;
  text << in.rdbuf();
  auto t = timeline_from_json(text.str(), "lisbon-metro.json");
  REQUIRE(t.ok());
  auto measurer = PangoMeasurer::create(default_style());
  REQUIRE(measurer.ok());
  auto s = layout_timeline(*t, default_style(), **measurer);
  REQUIRE(s.ok());
  // "Mar 2024" and "29 Feb - 14 Mar 2024" hang from one leader: a dot beside each label's top line.
  for (std::string prefix : {"Safety inspectors", "Operator ran"}) {
    CAPTURE(prefix);
    const SceneItem* label = nullptr;
    for (const SceneItem& item : s->items)
      if (item.kind == ItemKind::kLabel && item.text.rfind(prefix, 0) == 0) label = &item;
    REQUIRE(label);
    int dots = 0;
    for (const Prim& prim : s->draw)
      if (const auto* dot = std::get_if<MarkerPrim>(&prim))
        dots += dot->size < 6 && dot->cy > label->box.y && dot->cy < label->box.y + 16 &&
                (std::abs(dot->cx - label->box.right()) < 8 || std::abs(dot->cx - label->box.x) < 8);
    CHECK(dots == 1);
  }
}

TEST_CASE("a bar across a change of scale or a break is cut there by a mark") {
  std::ifstream in(testing::source_dir() / "examples/valmora-port-crane.json");
  std::stringstream text;
  text << in.rdbuf();
  auto t = timeline_from_json(text.str(), "valmora-port-crane.json");
  REQUIRE(t.ok());
  Style style = default_style();
  Scene s = lay_out(*t, style);
  // "27 Aug - 17 Sep 2025" runs over the zoomed days 14-18 Sep: its bar must show the cut, as a
  // hole in the bar (nothing is painted over it in the page colour, which --transparent omits).
  int cuts = 0;
  for (const Prim& prim : s.draw) {
    if (const auto* line = std::get_if<LinePrim>(&prim)) CHECK(line->color != style.canvas.background);
    if (const auto* rect = std::get_if<RectPrim>(&prim))
      for (double cx : rect->cuts) {
        CHECK(cx > rect->box.x);
        CHECK(cx < rect->box.right());
        ++cuts;
      }
  }
  CHECK(cuts >= 2);  // on at least two bars
  CHECK(first_overlap(s) == "");
}


// The publication label ("Published 17 Sep 2025, 11:05") sits in the row under the ticks, which
// every leader below the axis runs down through: no leader may pass behind it and no text may
// touch it, in every example in every horizontal style, and in timelines built so the
// publication day's own events (and their neighbours') must hang below the axis.
std::string publication_label_problem(const Scene& s) {
  const SceneItem* pub = nullptr;
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kLabel && item.events.empty())
      pub = &item;
  if (!pub) return "";
  if (int n = leaders_through_publication(s)) return std::to_string(n) + " leaders run through it";
  for (const SceneItem& item : s.items)
    if (&item != pub && testing::is_text(item) && item.box.overlaps(pub->box))
      return "it overlaps '" + item.text + "'";
  return "";
}

TEST_CASE("the publication label never covers a leader or text: examples") {
  auto measurer = PangoMeasurer::create(default_style());
  REQUIRE(measurer.ok());
  for (const char* name : {"kessington-flood-barrier", "kestrel-bay-ferry-terminal", "lisbon-metro",
                           "millbrook-flood-anniversary", "pune-metro-line3", "valmora-port-crane",
                           "voltaren-battery-plant"}) {
    std::ifstream in(testing::source_dir() / "examples" / (std::string(name) + ".json"));
    std::stringstream text;
    text << in.rdbuf();
    auto t = timeline_from_json(text.str(), name);
    REQUIRE(t.ok());
    for (std::string style_name : {"default", "dark", "print", "compact"}) {
      std::string example = name;
      CAPTURE(example);
      CAPTURE(style_name);
      auto style = load_style(style_name, {});
      REQUIRE(style.ok());
      auto m = PangoMeasurer::create(*style);
      REQUIRE(m.ok());
      auto s = layout_timeline(*t, *style, **m);
      REQUIRE(s.ok());
      CHECK(publication_label_problem(*s) == "");
      CHECK(first_overlap(*s) == "");
    }
  }
}

TEST_CASE("the publication label never covers a leader or text: crowded publication days") {
  using namespace date;
  for (int crowd : {1, 2, 3, 5, 8})
    for (int spread : {0, 3, 20}) {
      CAPTURE(crowd);
      CAPTURE(spread);
      Timeline t;
      t.title = "Publication day";
      sys_days pub = sys_days{year{2024} / 3 / 15};
      t.published = DateTime{pub, std::chrono::minutes{14 * 60}};
      // Events on the publication day and the days around it, and a few far off.
      for (int i = 0; i < crowd; ++i)
        t.events.push_back(testing::day_event(pub, "Something happened on the day of the article " + std::to_string(i)));
      for (int d = -spread; d <= spread; d += std::max(1, spread / 3))
        if (d != 0) t.events.push_back(testing::day_event(pub + days{d}, "Nearby event with a long enough label"));
      t.events.push_back(testing::day_event(sys_days{year{2023} / 6 / 1}, "Long before"));
      t.events.push_back(testing::day_event(sys_days{year{2024} / 9 / 1}, "Later on"));
      Scene s = lay_out(t);
      CHECK(publication_label_problem(s) == "");
      CHECK(first_overlap(s) == "");
      CHECK(accounting(s, t.events.size()) == "");
    }
}


// One to four events used to sit in a strip a third of the figure tall, leaders capped at 1.5
// lanes, with empty bands above and below: their leaders now grow (a stem plot) until the
// labels, marks and ticks span 60% of the room under the title.
TEST_CASE("a timeline of one to four events spreads over the figure, not a thin strip") {
  using namespace date;
  for (int n : {1, 2, 3, 4}) {
    CAPTURE(n);
    Timeline t;
    t.title = "Few events";
    t.published = DateTime{sys_days{year{2024} / 5 / 14}, std::nullopt};
    for (int i = 0; i < n; ++i)
      t.events.push_back(testing::day_event(sys_days{year{2024} / 1 / 10} + days{30 * i},
                                            "Council voted on the plan for the new bridge"));
    Scene s = lay_out(t);
    double top = 1e300, bottom = -1e300, title_bottom = 0;
    for (const SceneItem& item : s.items)
      if (item.kind != ItemKind::kMarker) {
        top = std::min(top, item.box.y);
        bottom = std::max(bottom, item.box.bottom());
      }
    for (const Prim& prim : s.draw)
      if (const auto* text = std::get_if<TextPrim>(&prim))
        if (text->role == FontRole::kTitle || text->role == FontRole::kSubtitle)
          title_bottom = std::max(title_bottom, text->y + text->line_height * text->lines.size());
    double room = s.height - default_style().canvas.margin_bottom - title_bottom;
    CHECK((bottom - top) / room > 0.55);  // now about 0.58; the 1.5-lane cap gave about 0.43
    CHECK(first_overlap(s) == "");
    CHECK(accounting(s, t.events.size()) == "");
    CHECK(inside_canvas(s));
  }
}


// Two labels side by side in a lane ("1978 / Construction began" then "1990s / Haworth cotton
// mill's site...") 8 px apart read as one line: they keep 1.5 em apart.
TEST_CASE("labels side by side in a lane keep at least 1.5 em apart") {
  for (const char* name : {"kessington-flood-barrier", "lisbon-metro", "millbrook-flood-anniversary",
                           "valmora-port-crane", "voltaren-battery-plant"}) {
    std::string example = name;
    CAPTURE(example);
    std::ifstream in(testing::source_dir() / "examples" / (example + ".json"));
    std::stringstream text;
    text << in.rdbuf();
    auto t = timeline_from_json(text.str(), name);
    REQUIRE(t.ok());
    auto m = PangoMeasurer::create(default_style());
    REQUIRE(m.ok());
    auto s = layout_timeline(*t, default_style(), **m);
    REQUIRE(s.ok());
    std::vector<Box> labels;
    for (const SceneItem& item : s->items)
      if ((item.kind == ItemKind::kLabel && !item.events.empty()) || item.kind == ItemKind::kCluster)
        labels.push_back(item.box);
    double em = default_style().fonts.label_size;
    for (const Box& a : labels)
      for (const Box& b : labels)
        if (std::abs(a.y - b.y) < 0.5 && a.x < b.x) CHECK(b.x - a.right() >= 1.5 * em - 0.01);
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// "the 2026-27 season" (2026/2027) among 22 match days on a short figure joined a cluster of days,
// which then read "+8 events, 1 Jan 2026 – 31 Dec 2027" and hid the days' dates and the season's
// bar. Bars and days now keep to clusters of their own kind while each kind has a neighbour to
// join, and a cluster of bars keeps drawing its bars.
TEST_CASE("regression: a season range does not join a cluster of match days") {
  using namespace date;
  Timeline t;
  t.published = DateTime{sys_days{year{2026} / 12 / 20}, std::nullopt};
  Event season = testing::day_event(sys_days{year{2026} / 1 / 1}, "Club will play its home games at Kestrel Park for the season");
  season.value = "2026/2027";
  season.span = DaySpan{sys_days{year{2026} / 1 / 1}, sys_days{year{2027} / 12 / 31}, Granularity::kYear, true};
  t.events.push_back(season);
  for (int k = 0; k < 22; ++k)
    t.events.push_back(testing::day_event(sys_days{year{2026} / 7 / 4} + days{8 * k},
                                          "Matchday " + std::to_string(k + 1) + ": the club played a rival at home"));
  for (double height : {400.0, 500.0, 900.0}) {
    CAPTURE(height);
    Style style = default_style();
    style.canvas.height = height;
    FakeMeasurer m;
    auto s = layout_timeline(t, style, m);
    REQUIRE(s);
    for (const SceneItem& item : s->items)
      if (item.kind == ItemKind::kCluster && item.events.size() > 1) {
        bool holds_season = std::find(item.events.begin(), item.events.end(), size_t{0}) != item.events.end();
        CHECK_MESSAGE(!holds_season, item.text);
      }
    CHECK(testing::accounting(*s, t.events.size()) == "");
    CHECK(testing::first_overlap(*s) == "");
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// A live blog of forty entries on one day: hour ticks ("09:00") under a day's axis, and clusters
// that say their hours, not just the day.
TEST_CASE("a day of clock times gets hour ticks and its clusters name their hours") {
  using namespace date;
  Timeline t;
  sys_days d{year{2026} / 11 / 27};
  t.published = DateTime{d, std::chrono::minutes{23 * 60}};
  for (int i = 0; i < 40; ++i) {
    Event e = testing::day_event(d, "Update " + std::to_string(i) + ": negotiators met again in the harbour office");
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", 6 + i * 16 / 40, (i * 37) % 60);
    e.value = format_day(d) + "T" + hm;
    t.events.push_back(e);
  }
  FakeMeasurer m;
  auto s = layout_timeline(t, default_style(), m);
  REQUIRE(s);
  int hour_ticks = 0, clusters = 0;
  for (const SceneItem& item : s->items) {
    if (item.kind == ItemKind::kTick && item.text.size() == 5 && item.text[2] == ':') ++hour_ticks;
    if (item.kind == ItemKind::kCluster) {
      ++clusters;
      CHECK_MESSAGE(item.text.find("27 Nov 2026, ") != std::string::npos, item.text);
    }
  }
  CHECK(hour_ticks >= 4);
  CHECK(testing::accounting(*s, t.events.size()) == "");
  CHECK(testing::first_overlap(*s) == "");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// The date lines over the labels of a horizontal figure (bold tick-size text, as are the day
// under the axis and the publication label), in drawing order.
std::vector<std::string> date_lines(const Scene& s) {
  std::vector<std::string> out;
  for (const Prim& prim : s.draw)
    if (const auto* text = std::get_if<TextPrim>(&prim);
        text && text->role == FontRole::kTick && text->bold)
      out.insert(out.end(), text->lines.begin(), text->lines.end());
  return out;
}

// A live blog's day is named once under its axis ("27 Nov 2026" under 06:00); every label said it
// again ("27 Nov 2026, 06:05", "27 Nov 2026, 07:30", ...). Events of another day keep their dates.
TEST_CASE("labels on the axis of one day told by the clock say their times alone") {
  using namespace date;
  sys_days d{year{2026} / 11 / 27};
  auto blog = [&](bool other_day) {
    Timeline t;
    t.published = DateTime{d, std::chrono::minutes{23 * 60}};
    for (const char* hm : {"06:05", "09:45", "15:00"}) {
      Event e = testing::day_event(d, std::string("Crews reported progress at ") + hm);
      e.value = format_day(d) + "T" + hm;
      t.events.push_back(e);
    }
    if (other_day) {
      Event e = testing::day_event(d - days{1}, "Work began on the eastern section");
      e.value = format_day(d - days{1}) + "T20:00";
      t.events.push_back(e);
    }
    return t;
  };
  std::vector<std::string> lines = date_lines(lay_out(blog(false)));
  std::string all;
  for (const std::string& line : lines)
    if (line.rfind("Published", 0) != 0) all += line + "|";  // the publication's label says its day
  CAPTURE(all);
  CHECK(std::count(lines.begin(), lines.end(), "06:05") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "15:00") == 1);
  CHECK(all.find("Nov 2026,") == std::string::npos);
  // Near miss: over two days each label needs its day.
  for (const std::string& line : date_lines(lay_out(blog(true))))
    if (line.find(':') != std::string::npos)
      CHECK_MESSAGE(line.find(" Nov 2026, ") != std::string::npos, line);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// How many drawn lines of text read exactly `text`.
size_t drawn(const Scene& s, const std::string& text) {
  size_t n = 0;
  for (const Prim& prim : s.draw)
    if (const auto* t = std::get_if<TextPrim>(&prim))
      n += static_cast<size_t>(std::count(t->lines.begin(), t->lines.end(), text));
  return n;
}

// A hand-written event with "label": "" fell back to its date for a label, and the figure drew
// "1 May 2026" twice, over itself; one of " " drew it once. Both now show their date alone. Near
// misses: the time expression still stands in for a missing label, and without date lines the
// date is the label.
TEST_CASE("an event with a blank label shows its date once") {
  using namespace date;
  Timeline t;
  t.events = {testing::day_event(sys_days{year{2026} / 5 / 1}, ""),
              testing::day_event(sys_days{year{2026} / 6 / 1}, "Normal label"),
              testing::day_event(sys_days{year{2026} / 7 / 1}, " "),
              testing::day_event(sys_days{year{2026} / 8 / 5}, "")};
  t.events[3].text = "Wednesday";
  for (Orientation o : {Orientation::kHorizontal, Orientation::kVertical}) {
    Style style = default_style();
    style.layout.orientation = o;
    Scene s = lay_out(t, style);
    CAPTURE(static_cast<int>(o));
    CHECK(drawn(s, "1 May 2026") == 1);
    CHECK(drawn(s, "1 Jul 2026") == 1);
    CHECK(drawn(s, "Wednesday") == 1);
    CHECK(testing::accounting(s, t.events.size()) == "");
  }
  Style no_dates = default_style();
  no_dates.labels.show_date = false;
  CHECK(drawn(lay_out(t, no_dates), "1 May 2026") == 1);
}


// A figure with a date before year 1 names the era of years 1 to 999 ("410 CE" beside "44 BCE"),
// and does it where the era goes: after a decade's "s" ("190s CE", not "190 CEs"), and on both
// ends of a range or neither ("999 CE–1001 CE", not "999 CE–1001").
TEST_CASE("era marks go after a decade and on both ends of a range") {
  using date::year;
  auto span = [](int y0, unsigned m0, int y1, unsigned m1, Granularity g, bool range) {
    return DaySpan{date::sys_days{year{y0} / m0 / 1}, date::sys_days{year{y1} / m1 / date::last}, g,
                   range};
  };
  DaySpan decade = span(190, 1, 199, 12, Granularity::kDecade, false);
  DaySpan old_decade = span(-199, 1, -190, 12, Granularity::kDecade, false);  // 200s BCE
  DaySpan years = span(999, 1, 1001, 12, Granularity::kYear, true);
  DaySpan months = span(998, 11, 1002, 2, Granularity::kMonth, true);
  DaySpan across = span(-43, 3, 1066, 10, Granularity::kYear, true);  // 44 BCE to 1066
  DaySpan days{date::sys_days{year{999} / 12 / 30}, date::sys_days{year{1000} / 1 / 2},
               Granularity::kDay, true};
  {
    EraMarks era(true);
    CHECK(span_text(decade) == "190s CE");
    CHECK(span_text(old_decade) == "200s BCE");
    CHECK(span_text(years) == "999 CE\u20131001 CE");
    CHECK(span_text(months) == "Nov 998 CE \u2013 Feb 1002 CE");
    CHECK(span_text(across) == "44 BCE\u20131066 CE");
    CHECK(span_text(days) == "30 Dec 999 CE \u2013 2 Jan 1000 CE");
    CHECK(span_text(span(1200, 1, 1210, 12, Granularity::kYear, true)) == "1200\u20131210");
    CHECK(year_text(1066) == "1066");
  }
  // Near misses: without the marks a decade and ranges read as before; BCE still shows.
  CHECK(span_text(decade) == "190s");
  CHECK(span_text(span(1990, 1, 1999, 12, Granularity::kDecade, false)) == "1990s");
  CHECK(span_text(old_decade) == "200s BCE");
  CHECK(span_text(years) == "999\u20131001");
  CHECK(span_text(across) == "44 BCE\u20131066 CE");
  CHECK(span_text(days) == "30 Dec 999 \u2013 2 Jan 1000");
  // A figure opens the marks when it reaches before year 1, and closes them after.
  Timeline t;
  t.events = {testing::day_event(date::sys_days{year{-43} / 3 / 15}, "Senate meets"),
              testing::day_event(date::sys_days{year{410} / 8 / 24}, "Gates opened")};
  t.events.push_back(t.events.back());
  t.events.back().span = decade;
  t.events.back().label = "Walls raised";
  std::string desc = timeline_description(t);
  CHECK(desc.find("24 Aug 410 CE: Gates opened.") != std::string::npos);
  CHECK(desc.find("190s CE: Walls raised.") != std::string::npos);
  Scene s = lay_out(t);
  bool drawn_ce = false;
  for (const Prim& prim : s.draw)
    if (const auto* text = std::get_if<TextPrim>(&prim))
      for (const std::string& line : text->lines) drawn_ce = drawn_ce || line == "190s CE";
  CHECK(drawn_ce);
  CHECK(year_text(410) == "410");
  Timeline late = t;
  late.events.erase(late.events.begin());
  CHECK(timeline_description(late).find("190s: Walls raised.") != std::string::npos);
}

}  // namespace
}  // namespace chronoline
