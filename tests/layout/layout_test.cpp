// Tests for the layout: no overlaps, every event accounted for, axis breaks, special cases.
#include "layout/layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "layout/fixtures.h"

namespace chronoline {
namespace {

using testing::FakeMeasurer;

bool is_text(const SceneItem& item) {
  return item.kind == ItemKind::kLabel || item.kind == ItemKind::kCluster || item.kind == ItemKind::kTick;
}

// Names the first pair of items that overlap where they must not, or "".
std::string first_overlap(const Scene& scene) {
  const auto& items = scene.items;
  for (size_t a = 0; a < items.size(); ++a)
    for (size_t b = a + 1; b < items.size(); ++b) {
      const SceneItem &p = items[a], &q = items[b];
      if (!is_text(p) && !is_text(q)) continue;  // markers may touch markers
      if (!p.box.overlaps(q.box)) continue;
      return std::string(item_kind_name(p.kind)) + " '" + p.text + "' overlaps " +
             std::string(item_kind_name(q.kind)) + " '" + q.text + "'";
    }
  return "";
}

// Every event has exactly one marker and exactly one label or cluster.
std::string accounting(const Scene& scene, size_t n) {
  std::vector<int> markers(n), texts(n);
  for (const SceneItem& item : scene.items)
    for (size_t e : item.events) {
      if (item.kind == ItemKind::kMarker) ++markers[e];
      if (item.kind == ItemKind::kLabel || item.kind == ItemKind::kCluster) ++texts[e];
    }
  for (size_t e = 0; e < n; ++e)
    if (markers[e] != 1 || texts[e] != 1)
      return "event " + std::to_string(e) + ": " + std::to_string(markers[e]) + " markers, " +
             std::to_string(texts[e]) + " labels";
  return "";
}

bool inside_canvas(const Scene& scene) {
  for (const SceneItem& item : scene.items)
    if (item.box.x < -0.01 || item.box.y < -0.01 || item.box.right() > scene.width + 0.01 ||
        item.box.bottom() > scene.height + 0.01)
      return false;
  return true;
}

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
  size_t labels = std::count_if(s.items.begin(), s.items.end(), [](const SceneItem& i) { return i.kind == ItemKind::kLabel; });
  CHECK(labels == t.events.size() + 1);  // every event has its own label, plus the publication
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

double share_of_axis(const Scene& s, const Timeline& t, const char* first, const char* last) {
  // Width of the axis between the markers of the events spanning [first, last], over the axis width.
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
    if (item.kind == ItemKind::kMarker && item.events.size() == 1 && t.events[item.events[0]].id == id)
      return item.box.x + item.box.w / 2;
  return -1;
}

TEST_CASE("seed: the axis is broken so Dec 2021 - Feb 2022 gets at least 40% of it, in order") {
  Timeline t = testing::seed_timeline();
  Scene s = lay_out(t);
  CHECK(s.axis.breaks >= 2);
  CHECK(share_of_axis(s, t, "2021-12-01", "2022-02-28") >= 0.40);
  // 1990s (e7) < 1996-2001 (e3) < 2012 (e13) < 18 Aug 2021 (e5) < Dec 2021 (e4) < Jan 2022 (e2) < Feb (e11)
  const char* order[] = {"e7", "e3", "e13", "e5", "e4", "e2", "e11"};
  for (size_t i = 0; i + 1 < std::size(order); ++i) CHECK(marker_x(s, t, order[i]) < marker_x(s, t, order[i + 1]));
}

void check_properties(const Timeline& t, const Style& style = default_style()) {
  Scene s = lay_out(t, style);
  CHECK(first_overlap(s) == "");
  CHECK(accounting(s, t.events.size()) == "");
  CHECK(inside_canvas(s));
  CHECK(s.width == style.canvas.width);
}

TEST_CASE("generated timelines: no overlaps, every event accounted for, the figure keeps its size") {
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
        if (a != &b && a->box.overlaps(b.box) && overlap.empty()) overlap = a->text + " / " + b.text;
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
  SUBCASE("a single event") { check_properties(one(testing::day_event(sys_days{year{2022} / 1 / 19}, "One"))); }
  SUBCASE("year 1 and year 9999") {
    Timeline t = one(testing::day_event(sys_days{year{1} / 1 / 1}, "Year one"));
    t.events.push_back(testing::day_event(sys_days{year{9999} / 12 / 31}, "The far future"));
    check_properties(t);
    check_properties(one(testing::day_event(sys_days{year{9999} / 12 / 31}, "Only the far future")));
  }
  SUBCASE("all events on one day") {
    Timeline t;
    for (int i = 0; i < 200; ++i) t.events.push_back(testing::day_event(sys_days{year{2022} / 1 / 19}, "Same day " + std::to_string(i)));
    check_properties(t);
  }
  SUBCASE("ranges only") {
    Timeline t;
    for (int i = 0; i < 30; ++i) {
      Event e = testing::day_event(sys_days{year{2000 + i % 7} / 1 / 1}, "Range " + std::to_string(i));
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
  CHECK(r.error().message == "canvas.height 200 leaves no room for a lane of labels; make it taller or "
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

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// Vertical leader lines must not pass through any label but their own.
std::string leader_crossing(const Scene& s) {
  std::vector<const SceneItem*> texts;
  for (const SceneItem& i : s.items)
    if (i.kind == ItemKind::kLabel || i.kind == ItemKind::kCluster) texts.push_back(&i);
  for (const Prim& p : s.draw) {
    const auto* line = std::get_if<LinePrim>(&p);
    if (!line || line->x0 != line->x1) continue;  // leaders are vertical
    double y0 = std::min(line->y0, line->y1), y1 = std::max(line->y0, line->y1);
    for (const SceneItem* t : texts) {
      bool crosses = line->x0 > t->box.x + 0.5 && line->x0 < t->box.right() - 0.5 && y0 < t->box.bottom() - 0.5 &&
                     y1 > t->box.y + 0.5;
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
  auto quarters = tick_texts(two_days(sys_days{year{2020} / 1 / 1}, sys_days{year{2022} / 12 / 1}), 900);
  CHECK(has(quarters, "Q3"));
  auto years = tick_texts(two_days(sys_days{year{2000} / 1 / 1}, sys_days{year{2022} / 12 / 1}));
  CHECK(has(years, "2010"));
  CHECK_FALSE(has(years, "Jan"));
  auto decades = tick_texts(two_days(sys_days{year{1800} / 1 / 1}, sys_days{year{2022} / 12 / 1}), 700);
  CHECK(has(decades, "1900"));
  CHECK_FALSE(has(decades, "1901"));
  auto centuries = tick_texts(two_days(sys_days{year{1} / 1 / 1}, sys_days{year{2022} / 12 / 1}), 900);
  CHECK(has(centuries, "1000"));
  CHECK_FALSE(has(centuries, "1050"));
}

TEST_CASE("breaks stay out of evenly spread events") {
  Scene s = lay_out(testing::generated_timeline(100, false));
  CHECK(s.axis.breaks == 0);
  Scene bursts = lay_out(testing::generated_timeline(100, true));
  CHECK(bursts.axis.breaks >= 4);
}

}  // namespace
}  // namespace chronoline
