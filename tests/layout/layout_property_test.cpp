// Property tests: layout invariants over many synthetic timelines and every example in every style.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <random>

#include "layout/date_text.h"
#include "layout/figure.h"
#include "layout/fixtures.h"
#include "layout/layout.h"
#include "layout/pages.h"
#include "render/pango_text.h"
#include "render/render.h"
#include "style/style_file.h"
#include "temporal/value.h"

namespace chronoline {
namespace {

using testing::FakeMeasurer;

// Every example timeline (examples/*.json), by file name.
std::vector<std::pair<std::string, Timeline>> example_timelines() {
  std::vector<std::pair<std::string, Timeline>> out;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::source_dir() / "examples")) {
    if (entry.path().extension() != ".json") continue;
    std::string name = entry.path().stem().string();
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto t = timeline_from_json(text.str(), name);
    REQUIRE_MESSAGE(t, name);
    out.emplace_back(name, *t);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

std::vector<std::pair<std::string, Style>> builtin_styles() {
  std::vector<std::pair<std::string, Style>> out;
  for (const std::string& name : builtin_style_names()) {
    auto style = load_style(name, {});
    REQUIRE_MESSAGE(style, name);
    out.emplace_back(name, *style);
  }
  return out;
}

// A timeline of exact days, ranges and fuzzy dates: months and years with START/MID/END ("late
// 2025"), seasons and quarters, over one to three years, published on one of its days.
Timeline fuzzy_timeline(unsigned seed, size_t n) {
  using namespace date;
  std::mt19937 rng(seed);
  Timeline t;
  t.title = "Fuzzy dates";
  sys_days base{year{2023} / 1 / 1};
  int span_days = 365 * static_cast<int>(1 + rng() % 3);
  auto day = [&] {
    return base + days{static_cast<int>(rng() % static_cast<unsigned>(span_days))};
  };
  const char* mods[] = {"START", "MID", "END"};
  for (size_t i = 0; i < n; ++i) {
    sys_days d = day();
    year_month_day ymd{d};
    Event e =
        testing::day_event(d, "Event number " + std::to_string(i) + " with a label of some words");
    switch (rng() % 6) {
      case 0:  // an exact day, perhaps with a time
        if (rng() % 2) e.value = format_day(d) + "T" + std::to_string(10 + rng() % 10) + ":00";
        break;
      case 1: {  // a month or a year, narrowed by a modifier
        bool whole_year = rng() % 2;
        e.mod = mods[rng() % 3];
        DaySpan s = whole_year ? DaySpan{sys_days{ymd.year() / 1 / 1},
                                         sys_days{ymd.year() / 12 / 31}, Granularity::kYear, false}
                               : DaySpan{sys_days{ymd.year() / ymd.month() / 1},
                                         sys_days{ymd.year() / ymd.month() / last},
                                         Granularity::kMonth, false};
        e.span = narrowed_span(s, e.mod);
        break;
      }
      case 2: {  // a season: three months from a month
        sys_days from{ymd.year() / ymd.month() / 1};
        year_month_day to = year_month_day{from} + months{2};
        e.span =
            DaySpan{from, sys_days{to.year() / to.month() / last}, Granularity::kSeason, false};
        break;
      }
      case 3: {  // a quarter
        unsigned q = (static_cast<unsigned>(ymd.month()) - 1) / 3;
        sys_days from{ymd.year() / month{q * 3 + 1} / 1};
        e.span = DaySpan{from, sys_days{ymd.year() / month{q * 3 + 3} / last},
                         Granularity::kQuarter, false};
        break;
      }
      case 4:  // a range of days
        e.span = DaySpan{d, d + days{1 + static_cast<int>(rng() % 30)}, Granularity::kDay, true};
        break;
      default:  // a whole month
        e.span = DaySpan{sys_days{ymd.year() / ymd.month() / 1},
                         sys_days{ymd.year() / ymd.month() / last}, Granularity::kMonth, false};
    }
    t.events.push_back(e);
  }
  t.published = DateTime{day(), std::chrono::minutes{static_cast<int>(rng() % 1440)}};
  return t;
}

// A live blog: entries of one day stamped with clock times, written newest first, some without a
// time, among events of other days over one to three years, and whole years and months among them.
Timeline live_blog_timeline(unsigned seed, size_t entries) {
  using namespace date;
  std::mt19937 rng(seed);
  Timeline t;
  t.title = "Live blog";
  sys_days day{year{2026} / 11 / 27};
  std::vector<int> minutes;
  for (size_t i = 0; i < entries; ++i) minutes.push_back(static_cast<int>(360 + rng() % 960));
  std::sort(minutes.rbegin(), minutes.rend());  // newest first, as a live blog runs
  for (size_t i = 0; i < entries; ++i) {
    // Labels of one length (FakeMeasurer: one size), so any two can trade places.
    char label[64];
    std::snprintf(label, sizeof label, "Entry %02zu of the live blog on the talks", i);
    Event e = testing::day_event(day, label);
    if (rng() % 5 != 0) {
      char hm[16];  // room for any int pair, so GCC sees no truncation
      std::snprintf(hm, sizeof hm, "%02d:%02d", minutes[i] / 60, minutes[i] % 60);
      e.value = format_day(day) + "T" + hm;
    }
    t.events.push_back(e);
  }
  int years = 1 + static_cast<int>(rng() % 3);
  for (int k = 0; k < 4 + static_cast<int>(seed % 5); ++k) {
    sys_days d = day - days{1 + static_cast<int>(rng() % static_cast<unsigned>(365 * years))};
    year_month_day ymd{d};
    Event e = testing::day_event(d, "Background event " + std::to_string(k));
    if (k % 3 == 1)
      e.span = DaySpan{sys_days{ymd.year() / 1 / 1}, sys_days{ymd.year() / 12 / 31}, Granularity::kYear, false};
    if (k % 3 == 2)
      e.span = DaySpan{sys_days{ymd.year() / ymd.month() / 1}, sys_days{ymd.year() / ymd.month() / last},
                       Granularity::kMonth, false};
    t.events.push_back(e);
  }
  t.published = DateTime{day, std::chrono::minutes{22 * 60}};
  return t;
}

// Synthetic timelines: uniform and in bursts, of every size from a handful to crowded, and fuzzy.
std::vector<std::pair<std::string, Timeline>> synthetic_timelines() {
  std::vector<std::pair<std::string, Timeline>> out;
  for (unsigned seed = 1; seed <= 12; ++seed)
    for (size_t n : {2, 5, 12, 30, 80})
      for (bool clustered : {false, true}) {
        Timeline t = testing::generated_timeline(n, clustered, seed);
        // The publication on a day among the events, at a time, so its label competes with theirs.
        if (!t.events.empty())
          t.published = DateTime{t.events[seed % n].span.start, std::chrono::minutes{600}};
        out.emplace_back("generated n=" + std::to_string(n) + (clustered ? " clustered" : "") +
                             " seed=" + std::to_string(seed),
                         std::move(t));
      }
  for (unsigned seed = 1; seed <= 30; ++seed)
    out.emplace_back("fuzzy seed=" + std::to_string(seed), fuzzy_timeline(seed, 3 + seed % 14));
  for (unsigned seed = 1; seed <= 12; ++seed)
    out.emplace_back("live blog seed=" + std::to_string(seed), live_blog_timeline(seed, 3 + seed * 3 % 40));
  return out;
}

// A vertical line (a leader) that runs through a tick label's box: it passes behind the label's
// halo and looks cut. "" when none does.
std::string leader_through_tick_label(const Scene& s) {
  for (const Prim& prim : s.draw) {
    const auto* line = std::get_if<LinePrim>(&prim);
    if (!line || line->x0 != line->x1) continue;
    double y0 = std::min(line->y0, line->y1), y1 = std::max(line->y0, line->y1);
    for (const SceneItem& item : s.items)
      if (item.kind == ItemKind::kTick && line->x0 > item.box.x + 0.5 &&
          line->x0 < item.box.right() - 0.5 && y0 < item.box.bottom() - 0.5 &&
          y1 > item.box.y + 0.5)
        return "the line at x=" + std::to_string(line->x0) + " runs through tick label '" +
               item.text + "'";
  }
  return "";
}

// A leader drawn in pieces: each break must lie across a tick or publication label it passes
// through (one that could not move aside), never beside one. "" when every break does.
std::string leader_broken_beside_label(const Scene& s, const Style& style) {
  std::map<double, std::vector<std::pair<double, double>>> pieces;  // x -> [y0, y1]
  for (const Prim& prim : s.draw)
    if (const auto* line = std::get_if<LinePrim>(&prim);
        line && line->x0 == line->x1 &&
        (line->color == style.colors.leader || line->color == style.colors.cluster))
      pieces[line->x0].emplace_back(std::min(line->y0, line->y1), std::max(line->y0, line->y1));
  for (auto& [x, ys] : pieces) {
    std::sort(ys.begin(), ys.end());
    for (size_t i = 1; i < ys.size(); ++i) {
      double gap0 = ys[i - 1].second, gap1 = ys[i].first;
      // (A leader above the axis and one below at the same x leave the marks between them.)
      if (gap1 - gap0 < 0.5 || gap0 <= s.axis.y0 + 0.5) continue;
      // The labels the leader passes through, top to bottom, must cover the whole break.
      std::vector<std::pair<double, double>> covered;
      for (const SceneItem& item : s.items)
        if ((item.kind == ItemKind::kTick ||
             (item.kind == ItemKind::kLabel && item.events.empty())) &&
            x > item.box.x - 1 && x < item.box.right() + 1)
          covered.emplace_back(item.box.y - 1.5, item.box.bottom() + 1.5);
      std::sort(covered.begin(), covered.end());
      double reach = gap0;
      for (auto [c0, c1] : covered)
        if (c0 <= reach) reach = std::max(reach, c1);
      bool across = reach >= gap1;
      if (!across)
        return "the leader at x=" + std::to_string(x) + " breaks from y=" + std::to_string(gap0) +
               " to " + std::to_string(gap1) + " with no label there";
    }
  }
  return "";
}

bool is_leader(const LinePrim& line, const Style& style) {
  return line.x0 == line.x1 &&
         (line.color == style.colors.leader || line.color == style.colors.cluster);
}

// Range and coarse bars (a cluster's pill has a stroke), with their place in the painting order.
std::vector<std::pair<size_t, Box>> drawn_bars(const Scene& s) {
  std::vector<std::pair<size_t, Box>> out;
  for (size_t k = 0; k < s.draw.size(); ++k)
    if (const auto* rect = std::get_if<RectPrim>(&s.draw[k]); rect && rect->stroke_width == 0)
      out.emplace_back(k, rect->box);
  return out;
}

// A leader that crosses a bar passes behind it: no piece of it is painted over a bar's band, and
// every piece that meets a bar is painted before the bar (so the bar's edge covers its end).
// "" when every leader does.
std::string leader_over_bar(const Scene& s, const Style& style) {
  auto bars = drawn_bars(s);
  for (size_t k = 0; k < s.draw.size(); ++k) {
    const auto* line = std::get_if<LinePrim>(&s.draw[k]);
    if (!line || !is_leader(*line, style)) continue;
    double x = line->x0, y0 = std::min(line->y0, line->y1), y1 = std::max(line->y0, line->y1);
    for (const auto& [at, b] : bars) {
      if (x <= b.x + 0.5 || x >= b.right() - 0.5) continue;
      std::string where = "the leader at x=" + std::to_string(x) + " from y=" + std::to_string(y0) +
                          " to " + std::to_string(y1) + " and the bar at x=" +
                          std::to_string(b.x) + ".." + std::to_string(b.right()) +
                          ", y=" + std::to_string(b.y) + ".." + std::to_string(b.bottom());
      if (y0 < b.bottom() - 0.01 && y1 > b.y + 0.01) return where + ": the leader strikes it through";
      if ((y0 <= b.bottom() + 0.01 && y1 >= b.y - 0.01) && at < k)
        return where + ": the leader is painted over the bar it meets";
    }
  }
  return "";
}

// Each label's leader, followed from the label towards the axis, does not end on (or just short
// of) a bar that is not the label's own: its pieces join end to end, or across a bar it passes
// behind, or across a tick or publication label it passes behind below the axis. A leader that
// stops at a bar reads as the label of that bar, its own mark left unconnected. "" when none does.
std::string leader_ends_on_other_bar(const Scene& s, const Style& style) {
  std::vector<LinePrim> leaders;
  for (const Prim& prim : s.draw)
    if (const auto* line = std::get_if<LinePrim>(&prim); line && is_leader(*line, style))
      leaders.push_back(*line);
  std::vector<Box> bars, covers;  // covers: what a leader may pass behind
  for (const auto& [at, b] : drawn_bars(s)) bars.push_back(b);
  covers = bars;
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kTick || (item.kind == ItemKind::kLabel && item.events.empty()))
      covers.push_back(Box{item.box.x - 1, item.box.y - 1.5, item.box.w + 2, item.box.h + 3});
  double axis = s.axis.y0;
  for (const SceneItem& label : s.items) {
    if ((label.kind != ItemKind::kLabel && label.kind != ItemKind::kCluster) || label.events.empty())
      continue;
    auto own = [&](const Box& bar) {
      for (const SceneItem& item : s.items)
        if (item.kind == ItemKind::kMarker && std::abs(item.box.x - bar.x) < 0.01 &&
            std::abs(item.box.y - bar.y) < 0.01 &&
            std::any_of(item.events.begin(), item.events.end(), [&](size_t e) {
              return std::find(label.events.begin(), label.events.end(), e) != label.events.end();
            }))
          return true;
      return false;
    };
    bool above = label.box.bottom() <= axis;
    double edge_near = above ? label.box.bottom() : label.box.y;  // a leader under the label
    double edge_far = above ? label.box.y : label.box.bottom();  // a flag beside it
    for (const LinePrim& start : leaders) {
      double x = start.x0;
      if (x < label.box.x - 8 || x > label.box.right() + 1) continue;
      double lo = std::min(start.y0, start.y1), hi = std::max(start.y0, start.y1);
      double from = above ? lo : hi;  // the end at the label
      if (std::abs(from - edge_near) > 0.6 && std::abs(from - edge_far) > 0.6) continue;
      // Walk towards the axis along the pieces at this x.
      double reach = above ? hi : lo;
      for (bool moved = true; moved;) {
        moved = false;
        for (const LinePrim& piece : leaders) {
          if (std::abs(piece.x0 - x) > 0.01) continue;
          double p0 = std::min(piece.y0, piece.y1), p1 = std::max(piece.y0, piece.y1);
          double near = above ? p0 : p1, far = above ? p1 : p0;
          if (above ? far <= reach : far >= reach) continue;
          double g0 = above ? reach : near, g1 = above ? near : reach;  // the gap, top to bottom
          bool joined = g1 - g0 <= 0.6;
          for (const Box& b : covers)
            if (!joined && x > b.x && x < b.right() && b.y <= g0 + 0.01 && b.bottom() >= g1 - 0.01)
              joined = true;
          if (joined) {
            reach = far;
            moved = true;
          }
        }
      }
      // A leader shared by the labels of stacked marks runs on past the first one's mark.
      double top = std::min(from, reach), bottom = std::max(from, reach);
      bool at_own = false;
      for (const SceneItem& item : s.items)
        if (item.kind == ItemKind::kMarker && x >= item.box.x - 1 && x <= item.box.right() + 1 &&
            top <= item.box.bottom() + 1 && bottom >= item.box.y - 1 && own(item.box))
          at_own = true;
      if (at_own) continue;
      // (A leader that starts on the very top of another bar is a different fault, of where the
      // leader stands, not of how it passes bars: one synthetic timeline has one, left alone.)
      for (const Box& b : bars)
        if (x > b.x + 0.5 && x < b.right() - 0.5 && reach > b.y - 2.5 && reach < b.bottom() + 2.5 &&
            std::abs(reach - b.y) > 0.01 && !own(b))
          return "the leader of '" + label.text + "' at x=" + std::to_string(x) + " ends at y=" +
                 std::to_string(reach) + " on the bar at x=" + std::to_string(b.x) + ".." +
                 std::to_string(b.right()) + ", y=" + std::to_string(b.y) + ", not its own mark";
    }
  }
  return "";
}

// The publication label of a horizontal figure names the day ("Published 14 Mar 2024", or "14
// Mar 2024" where leaders leave little room), never just "Published". "" when it does, or when
// there is none to show.
std::string publication_label_without_date(const Scene& s, const Timeline& t, const Style& style) {
  if (!t.published || !style.show.publication || s.orientation != Orientation::kHorizontal)
    return "";
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kLabel &&
        item.events.empty()) {  // only the publication label has no event
      bool digit = std::any_of(item.text.begin(), item.text.end(),
                               [](unsigned char c) { return std::isdigit(c); });
      return digit ? "" : "the publication label says only '" + item.text + "'";
    }
  return "no publication label";
}

// The x where the horizontal figure anchors each event that has a marker of its own, on a
// stretch of one scale: a bar cut by a break or a change of scale (a "//" across it) has its
// leader at its middle on the page, which is not the middle of its time, so it is left out.
std::map<size_t, double> anchor_x(const Scene& horizontal) {
  std::vector<Box> cut_bars;
  for (const Prim& prim : horizontal.draw)
    if (const auto* rect = std::get_if<RectPrim>(&prim); rect && !rect->cuts.empty())
      cut_bars.push_back(rect->box);
  auto is_cut = [&](const Box& b) {
    return std::any_of(cut_bars.begin(), cut_bars.end(), [&](const Box& c) {
      return std::abs(c.x - b.x) < 0.01 && std::abs(c.w - b.w) < 0.01 && std::abs(c.y - b.y) < 0.01;
    });
  };
  std::map<size_t, double> out;
  for (const SceneItem& item : horizontal.items)
    if (item.kind == ItemKind::kMarker && item.events.size() == 1 && !is_cut(item.box))
      out[item.events.front()] = item.box.x + item.box.w / 2;
  return out;
}

// A date the list puts as a heading before what happens in it: a whole year, decade or century.
bool heading(const Event& e) {
  return mark_kind(e) == MarkKind::kCoarse && !e.span.is_range &&
         e.span.granularity <= Granularity::kYear && e.mod != "START" && e.mod != "MID" &&
         e.mod != "END";
}

// A list row order that contradicts the horizontal axis: for a fuzzy (coarse) date and an exact
// day on different days, the one whose leader is further left on the axis comes first in the
// list ("15 Sep 2025" before "late 2025", whose leader is at the middle of Sep-Dec). "" when the
// list agrees.
std::string list_contradicts_axis(const Scene& list, const Scene& horizontal, const Timeline& t) {
  std::map<size_t, double> row_y;
  for (const SceneItem& item : list.items)
    if (item.kind == ItemKind::kLabel && item.events.size() == 1)
      row_y[item.events.front()] = item.box.y;
  std::map<size_t, double> x = anchor_x(horizontal);
  for (const auto& [a, xa] : x)
    for (const auto& [b, xb] : x) {
      const Event &ea = t.events[a], &eb = t.events[b];
      if (mark_kind(ea) != MarkKind::kCoarse || heading(ea) || mark_kind(eb) != MarkKind::kPoint)
        continue;  // a heading is listed at its start (year_after_its_events)
      double mid = (first_day(ea) + end_day(ea)) / 2;
      if (std::floor(mid) == first_day(eb) || std::abs(xa - xb) < 1)
        continue;  // same day: either order
      if (!row_y.count(a) || !row_y.count(b)) return "an event has no row in the list";
      if ((xa < xb) != (row_y[a] < row_y[b]))
        return "'" + label_text(ea) + "' (" + ea.value + " " + ea.mod + ") and '" + label_text(eb) +
               "' are in one order on the axis and the other in the list";
    }
  return "";
}

// The list's rows follow the key the list sorts by, top to bottom: no row above an earlier one.
std::string list_rows_out_of_order(const Scene& list, const Timeline& t) {
  std::vector<std::pair<double, size_t>> rows;
  for (const SceneItem& item : list.items)
    if (item.kind == ItemKind::kLabel && item.events.size() == 1)
      rows.emplace_back(item.box.y, item.events.front());
  std::sort(rows.begin(), rows.end());
  // A whole year (decade, century) heads its months and days: it sorts at its first day.
  auto point = [&](const Event& e) {
    return mark_kind(e) == MarkKind::kCoarse && !heading(e) ? (first_day(e) + end_day(e)) / 2
                                                            : first_day(e);
  };
  for (size_t r = 1; r < rows.size(); ++r) {
    const Event &above = t.events[rows[r - 1].second], &below = t.events[rows[r].second];
    if (std::floor(point(above)) > std::floor(point(below)))
      return "'" + label_text(above) + "' is listed before the earlier '" + label_text(below) + "'";
  }
  return "";
}

// A whole year (decade, century) listed after something that happens in it: it heads them. ""
// when every one comes first.
std::string year_after_its_events(const Scene& list, const Timeline& t) {
  std::map<size_t, double> row_y;
  for (const SceneItem& item : list.items)
    if (item.kind == ItemKind::kLabel && item.events.size() == 1) row_y[item.events.front()] = item.box.y;
  for (const auto& [h, yh] : row_y) {
    if (!heading(t.events[h])) continue;
    for (const auto& [e, ye] : row_y) {
      const Event& ev = t.events[e];
      if (heading(ev) || first_day(ev) < first_day(t.events[h]) || first_day(ev) >= end_day(t.events[h]))
        continue;
      if (ye < yh)
        return "'" + label_text(ev) + "' is listed before its year '" + label_text(t.events[h]) + "'";
    }
  }
  return "";
}

// A tick or context label that is not centred on a tick mark: one moved aside for a leader reads
// as another date. "" when every one is centred.
std::string tick_label_off_its_tick(const Scene& s, const Style& style) {
  std::vector<double> ticks;
  for (const Prim& prim : s.draw)
    if (const auto* line = std::get_if<LinePrim>(&prim);
        line && line->x0 == line->x1 && std::abs(line->y0 - s.axis.y0) < 0.01 &&
        std::abs(line->y1 - line->y0 - style.ticks.length) < 0.01)
      ticks.push_back(line->x0);
  for (const SceneItem& item : s.items) {
    if (item.kind != ItemKind::kTick) continue;
    double cx = item.box.x + item.box.w / 2;
    if (std::none_of(ticks.begin(), ticks.end(), [&](double x) { return std::abs(x - cx) < 0.5; }))
      return "tick label '" + item.text + "' is centred at x=" + std::to_string(cx) + ", on no tick";
  }
  return "";
}

// Labels of events whose marks coincide share a leader and read as a stack, top to bottom: above
// the axis from the top down, then below it from the axis down. "" when every stack of labels of
// one size is in time order (time_order_key; equal keys in either order). Labels of one size can
// always trade places; a wider label takes a narrower one's place only where it fits, so a
// crowded stack of labels of many sizes may keep some of its placement order.
std::string stack_out_of_time_order(const Scene& s, const Timeline& t) {
  std::map<size_t, double> mark_x;
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kMarker && item.events.size() == 1 &&
        mark_kind(t.events[item.events.front()]) == MarkKind::kPoint)
      mark_x[item.events.front()] = item.box.x + item.box.w / 2;
  // Marks less than a pixel apart share a leader: a stack is a run of them.
  std::vector<std::pair<double, size_t>> by_x;
  for (const auto& [e, x] : mark_x) by_x.emplace_back(x, e);
  std::sort(by_x.begin(), by_x.end());
  std::map<size_t, size_t> stack_of;
  size_t stack = 0;
  for (size_t k = 0; k < by_x.size(); ++k) {
    if (k > 0 && by_x[k].first - by_x[k - 1].first > 0.5) ++stack;
    stack_of[by_x[k].second] = stack;
  }
  std::map<size_t, std::vector<std::pair<std::pair<int, double>, size_t>>> stacks;  // (row, event)
  for (const SceneItem& item : s.items) {
    if (item.kind != ItemKind::kLabel || item.events.size() != 1 || !mark_x.count(item.events.front()))
      continue;
    bool above = item.box.y < s.axis.y0;
    stacks[stack_of[item.events.front()]].push_back(
        {{above ? 0 : 1, item.box.y * 1000 + item.box.x}, item.events.front()});
  }
  std::map<size_t, Box> box_of;
  for (const SceneItem& item : s.items)
    if (item.kind == ItemKind::kLabel && item.events.size() == 1) box_of[item.events.front()] = item.box;
  for (auto& [id, rows] : stacks) {
    const Box& first = box_of[rows.front().second];
    if (std::any_of(rows.begin(), rows.end(), [&](const auto& r) {
          const Box& b = box_of[r.second];
          return std::abs(b.w - first.w) > 0.01 || std::abs(b.h - first.h) > 0.01;
        }))
      continue;
    std::sort(rows.begin(), rows.end());
    for (size_t r = 1; r < rows.size(); ++r) {
      const Event &a = t.events[rows[r - 1].second], &b = t.events[rows[r].second];
      if (time_order_key(a) > time_order_key(b))
        return "'" + label_text(a) + "' (" + a.value + ") is stacked above the earlier '" + label_text(b) +
               "' (" + b.value + ")";
    }
  }
  return "";
}

// A cluster whose events lie on both sides of an axis break with its pill drawn whole across it:
// the "//" says time is left out between them, and an uncut pill joins what the break separates.
// (A cluster keeps to one stretch of axis when there is room; one that had to take events across
// a break shows the cut through its pill.) The breaks are the gaps between the pieces of the axis
// line. "" when none does.
std::string cluster_across_break(const Scene& s, const Style& style) {
  std::vector<std::pair<double, double>> pieces;
  for (const Prim& prim : s.draw)
    if (const auto* line = std::get_if<LinePrim>(&prim);
        line && line->y0 == s.axis.y0 && line->y1 == s.axis.y0 && line->x1 > line->x0 &&
        line->color == style.colors.axis)
      pieces.emplace_back(line->x0, line->x1);
  std::sort(pieces.begin(), pieces.end());
  for (size_t k = 1; k < pieces.size(); ++k) {
    double gap0 = pieces[k - 1].second, gap1 = pieces[k].first;
    if (gap1 - gap0 < 1) continue;  // a change of scale, not a break
    for (const SceneItem& item : s.items)
      if (item.kind == ItemKind::kMarker && item.events.size() > 1 && item.box.x < gap0 &&
          item.box.right() > gap1 &&
          std::none_of(s.draw.begin(), s.draw.end(), [&](const Prim& prim) {
            const auto* rect = std::get_if<RectPrim>(&prim);
            return rect && std::abs(rect->box.x - item.box.x) < 0.01 &&
                   std::abs(rect->box.w - item.box.w) < 0.01 &&
                   std::any_of(rect->cuts.begin(), rect->cuts.end(),
                               [&](double cx) { return cx > gap0 && cx < gap1; });
          }))
        return "the cluster of " + std::to_string(item.events.size()) +
               " events over x=" + std::to_string(item.box.x) + ".." +
               std::to_string(item.box.right()) + " spans the break at x=" + std::to_string(gap0) +
               ".." + std::to_string(gap1);
  }
  return "";
}

struct Laid {
  Scene horizontal, vertical;
};

Laid lay_out_both(const Timeline& t, const Style& style, TextMeasurer& m) {
  Style h = style, v = style;
  h.layout.orientation = Orientation::kHorizontal;
  v.layout.orientation = Orientation::kVertical;
  auto sh = layout_timeline(t, h, m);
  auto sv = layout_timeline(t, v, m);
  REQUIRE_MESSAGE(sh, (sh ? "" : sh.error().message));
  REQUIRE_MESSAGE(sv, (sv ? "" : sv.error().message));
  return {*sh, *sv};
}

// Names a cluster of one event whose plain label (date line and text, not bold) would say all its
// text within the cluster label's width and a lane's height and meet no other text there: it
// should have been drawn as that event. "" when there is none. (A leader may also keep one a
// cluster; the figures checked here have none that does.)
std::string single_cluster_that_fits(const Scene& s, const Timeline& t, const Style& style,
                                     TextMeasurer& m) {
  double label_line = m.measure("Ag", FontRole::kLabel, false, 0, 1).line_height;
  double date_line =
      style.labels.show_date ? m.measure("0", FontRole::kTick, true, 0, 1).line_height : 0;
  double room = std::max(date_line + style.labels.max_lines * label_line, 2 * label_line);
  for (const SceneItem& item : s.items) {
    if (item.kind != ItemKind::kCluster || item.events.size() != 1) continue;
    const Event& e = t.events[item.events.front()];
    TextMetrics date = style.labels.show_date
                           ? m.measure(event_date_text(e), FontRole::kTick, true, item.box.w, 1)
                           : TextMetrics{};
    TextMetrics text =
        m.measure(label_text(e), FontRole::kLabel, false, item.box.w, style.labels.max_lines);
    double h = date.height + text.height;
    if (date.ellipsized || text.ellipsized ||
        std::max(date.width, text.width) > item.box.w + 0.01 || h > room + 0.01)
      continue;
    Box grown = item.box;
    if (grown.bottom() < s.axis.y0) grown.y = grown.bottom() - h;  // above the axis: grows up
    grown.h = h;
    bool blocked = std::any_of(s.items.begin(), s.items.end(), [&](const SceneItem& o) {
      return &o != &item && testing::is_text(o) && o.box.overlaps(grown);
    });
    if (!blocked) return item.text;
  }
  return "";
}

void check_properties(const std::string& what, const Timeline& t, const Style& style,
                      TextMeasurer& m) {
  CAPTURE(what);
  Laid laid = lay_out_both(t, style, m);
  Style h = style;
  h.layout.orientation = Orientation::kHorizontal;
  CHECK(leader_through_tick_label(laid.horizontal) == "");
  CHECK(leader_broken_beside_label(laid.horizontal, h) == "");
  CHECK(publication_label_without_date(laid.horizontal, t, h) == "");
  CHECK(list_contradicts_axis(laid.vertical, laid.horizontal, t) == "");
  CHECK(list_rows_out_of_order(laid.vertical, t) == "");
  CHECK(year_after_its_events(laid.vertical, t) == "");
  CHECK(tick_label_off_its_tick(laid.horizontal, h) == "");
  CHECK(stack_out_of_time_order(laid.horizontal, t) == "");
  CHECK(single_cluster_that_fits(laid.horizontal, t, h, m) == "");
  CHECK(cluster_across_break(laid.horizontal, h) == "");
  // A leader passes behind the bars it crosses and runs on to its own mark.
  CHECK(leader_over_bar(laid.horizontal, h) == "");
  CHECK(leader_ends_on_other_bar(laid.horizontal, h) == "");
  // Moving tick labels aside keeps every other invariant: nothing overlaps, nothing is lost.
  CHECK(testing::first_overlap(laid.horizontal) == "");
  CHECK(testing::accounting(laid.horizontal, t.events.size()) == "");
  CHECK(testing::inside_canvas(laid.horizontal));
}

TEST_CASE(
    "property: every example in every style in both orientations keeps leaders off tick labels and "
    "the date in the publication label and sorts its list as its axis") {
  auto timelines = example_timelines();
  REQUIRE(timelines.size() >= 7);
  for (const auto& [style_name, style] : builtin_styles()) {
    auto m = PangoMeasurer::create(style);
    REQUIRE(m);
    for (const auto& [name, t] : timelines)
      check_properties(name + " / " + style_name, t, style, **m);
  }
}

TEST_CASE(
    "property: synthetic timelines keep leaders off tick labels and the date in the publication "
    "label and sort their list as their axis") {
  FakeMeasurer m;
  auto timelines = synthetic_timelines();
  for (const auto& [style_name, style] : builtin_styles())
    for (const auto& [name, t] : timelines)
      check_properties(name + " / " + style_name, t, style, m);
}

// Leaders that meet a bar they are not the label of: a piece of a leader whose x lies inside the
// bar and that reaches into or up to the bar's band.
int leaders_meeting_bars(const Scene& s, const Style& style) {
  int n = 0;
  for (const Prim& prim : s.draw)
    if (const auto* line = std::get_if<LinePrim>(&prim); line && is_leader(*line, style))
      for (const auto& [at, b] : drawn_bars(s)) {
        double y0 = std::min(line->y0, line->y1), y1 = std::max(line->y0, line->y1);
        if (line->x0 > b.x + 0.5 && line->x0 < b.right() - 0.5 && y0 <= b.bottom() + 0.01 &&
            y1 >= b.bottom() - 0.01)
          ++n;
      }
  return n;
}

TEST_CASE("leaders of days under a stack of bars pass behind the bars and reach their own marks") {
  // Days under a year, a quarter and two ranges: their leaders go up through up to four bars.
  const char* json = R"({"title": "Harbour dredging", "published": "2025-08-04", "events": [
    {"value": "2025", "label": "A year of dredging", "granularity": "year"},
    {"value": "2025-Q2", "label": "Spring works", "granularity": "quarter"},
    {"value": "2025-04-02/2025-06-20", "label": "Channel shut", "start": "2025-04-02",
     "end": "2025-06-20", "granularity": "day"},
    {"value": "2025-05-01/2025-05-30", "label": "Ferries diverted", "start": "2025-05-01",
     "end": "2025-05-30", "granularity": "day"},
    {"value": "2025-04-18", "label": "Dredger arrives"},
    {"value": "2025-05-09", "label": "Pipe found on the bed"},
    {"value": "2025-05-14", "label": "Divers called in"},
    {"value": "2025-06", "label": "Grant approved", "granularity": "month"},
    {"value": "2025-07-28", "label": "Channel reopens"}]})";
  auto t = timeline_from_json(json, "dredging");
  REQUIRE(t);
  for (const auto& [style_name, style] : builtin_styles()) {
    if (style.layout.orientation != Orientation::kHorizontal) continue;
    auto m = PangoMeasurer::create(style);
    REQUIRE(m);
    for (double width : {1600.0, 700.0}) {
      CAPTURE(style_name);
      CAPTURE(width);
      Style st = style;
      st.canvas.width = width;
      auto s = layout_timeline(*t, st, **m);
      REQUIRE(s);
      CHECK(leaders_meeting_bars(*s, st) > 0);  // the case this is about does arise
      CHECK(leader_over_bar(*s, st) == "");
      CHECK(leader_ends_on_other_bar(*s, st) == "");
      CHECK(testing::first_overlap(*s) == "");
      CHECK(testing::accounting(*s, t->events.size()) == "");
    }
  }
}

TEST_CASE("property: timelines of one to four events drawn with larger type keep every invariant") {
  for (const auto& [style_name, style] : builtin_styles()) {
    if (style.layout.orientation != Orientation::kHorizontal) continue;
    for (unsigned seed = 1; seed <= 8; ++seed)
      for (size_t n = 1; n <= kFewEvents; ++n) {
        Timeline t =
            n % 2 ? fuzzy_timeline(seed, n) : testing::generated_timeline(n, seed % 2, seed);
        if (!t.published) t.published = DateTime{t.events.front().span.start, std::nullopt};
        CAPTURE(style_name);
        CAPTURE(seed);
        CAPTURE(n);
        auto s = layout_for_render(t, style);
        REQUIRE(s);
        CHECK(s->type_scale > 1);
        CHECK(leader_through_tick_label(*s) == "");
        CHECK(leader_broken_beside_label(*s, style) == "");
        CHECK(publication_label_without_date(*s, t, style) == "");
        CHECK(tick_label_off_its_tick(*s, style) == "");
        CHECK(leader_over_bar(*s, style) == "");
        CHECK(leader_ends_on_other_bar(*s, style) == "");
        CHECK(stack_out_of_time_order(*s, t) == "");
        CHECK(testing::first_overlap(*s) == "");
        CHECK(testing::accounting(*s, n) == "");
        CHECK(testing::inside_canvas(*s));
      }
  }
}

// Clusters that take events from both sides of an axis break, cut or not ("" when none).
std::string any_cluster_across_break(const Scene& s, const Style& style) {
  Scene uncut = s;
  for (Prim& prim : uncut.draw)
    if (auto* rect = std::get_if<RectPrim>(&prim)) rect->cuts.clear();
  return cluster_across_break(uncut, style);
}

// Forty days spread over three years (tests/layout/fixtures/spread_timeline.json): the axis is
// cut in several places, and clusters of days either side of a cut were drawn as one pill across
// the "//" ("+4 events, 3 May - 27 Jun 2024"). Each stretch of axis has room for its own clusters.
TEST_CASE("property: clusters keep to their stretch of a broken axis when it has room") {
  std::ifstream in(testing::source_dir() / "tests/layout/fixtures/spread_timeline.json");
  std::stringstream text;
  text << in.rdbuf();
  auto t = timeline_from_json(text.str(), "spread_timeline.json");
  REQUIRE(t);
  for (const auto& [style_name, style] : builtin_styles()) {
    if (style.layout.orientation != Orientation::kHorizontal) continue;
    auto s = layout_for_render(*t, style);
    REQUIRE(s);
    CAPTURE(style_name);
    REQUIRE(s->axis.breaks >= 1);
    CHECK(any_cluster_across_break(*s, style) == "");
    CHECK(testing::first_overlap(*s) == "");
    CHECK(testing::accounting(*s, t->events.size()) == "");
  }
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

// What of a list runs past the bottom of its paper (where the PDF clips it), or "".
std::string list_off_paper(const Scene& scene, const Style& style) {
  auto paper = pdf_paper(scene, style);
  if (!paper) return "no paper";
  if (paper->x + scene.width * paper->scale > paper->width + 0.5) return "wider than the page";
  std::vector<Page> pages = pdf_pages(scene, paper->band, true);
  for (size_t k = 0; k < pages.size(); ++k) {
    const Page& p = pages[k];
    double bottom = paper->y + (p.top + p.y1 - p.y0) * paper->scale;
    if (bottom > paper->height + 0.5)
      return "page " + std::to_string(k + 1) + " of " + std::to_string(pages.size()) + " runs " +
             std::to_string(bottom - paper->height) + " pt past the paper";
  }
  return "";
}

// A flat custom page (3000 x 144 pt) left a list 72 pt of room: a row of three lines under the
// running head ran off the bottom of the page and was clipped.
TEST_CASE("property: a list on paper of any shape fits every page, from flat to tall") {
  auto m = PangoMeasurer::create(default_style());
  REQUIRE(m);
  std::vector<std::pair<std::string, Timeline>> timelines = example_timelines();
  Timeline wordy = testing::generated_timeline(60, false, 3);
  for (Event& e : wordy.events)
    e.label += " and the council said it would publish the report before the summer";
  timelines.emplace_back("wordy", wordy);
  for (const auto& [style_name, base] : builtin_styles())
    for (auto [w, h] : {std::pair{3000.0, 144.0},
                        {1400.0, 144.0},
                        {400.0, 200.0},
                        {595.0, 842.0},
                        {14400.0, 150.0}})
      for (const auto& [name, t] : timelines) {
        Style style = base;
        style.layout.orientation = Orientation::kVertical;
        style.pdf.page = PdfPage::kCustom;
        style.pdf.page_width = w;
        style.pdf.page_height = h;
        auto s = layout_timeline(t, style, **m);
        REQUIRE(s);
        CAPTURE(style_name);
        CAPTURE(name);
        CAPTURE(w);
        CAPTURE(h);
        CHECK(list_off_paper(*s, style) == "");
      }
}

}  // namespace
}  // namespace chronoline
