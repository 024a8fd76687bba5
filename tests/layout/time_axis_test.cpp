// Property tests for the time axis: breaks and zoomed stretches keep x monotonic and in bounds.
#include "layout/time_axis.h"

#include <date/date.h>
#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "style/style.h"

namespace chronoline {
namespace {

double day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count();
}

void check_monotonic(const TimeAxis& axis, double from, double to, double x0, double x1) {
  double last = -1e300;
  for (double d = from; d <= to; d += 0.25) {
    double x = axis.x_of(d);
    REQUIRE(x >= last);
    REQUIRE(x >= x0);
    REQUIRE(x <= x1);
    last = x;
  }
}

int joined(const TimeAxis& axis) {
  int n = 0;
  for (const AxisSegment& s : axis.segments) n += s.joined ? 1 : 0;
  return n;
}

TEST_CASE("a busy week under a year-long bar gets a stretch of its own, a mark's room per day") {
  const Style::Axis style = default_style().axis;
  std::vector<DayInterval> iv = {{day(2024, 1, 1), day(2025, 1, 1)}, {day(2024, 3, 1), day(2024, 3, 2)}};
  for (unsigned d = 10; d <= 13; ++d) iv.push_back({day(2024, 9, d), day(2024, 9, d + 1)});
  iv.push_back({day(2020, 6, 1), day(2020, 6, 2)});
  TimeAxis axis = build_time_axis(iv, 0, 1200, style);
  CHECK(joined(axis) >= 1);
  CHECK(axis.breaks() == static_cast<int>(axis.segments.size()) - 1 - joined(axis));
  for (unsigned d = 10; d < 13; ++d) CHECK(axis.x_of(day(2024, 9, d + 1) + 0.5) - axis.x_of(day(2024, 9, d) + 0.5) >= 10);
  check_monotonic(axis, day(2020, 1, 1), day(2025, 6, 1), 0, 1200);
  // Joined stretches meet: no gap, no break width between them.
  for (size_t i = 1; i < axis.segments.size(); ++i)
    if (axis.segments[i].joined) {
      CHECK(axis.segments[i].d0 == axis.segments[i - 1].d1);
      CHECK(axis.segments[i].x0 == doctest::Approx(axis.segments[i - 1].x1));
    }
}

// A race-week story: a busy fortnight, the season's last race a week later and a meeting four
// days after that, then next year. The zoom ended with the fortnight, so the two December days
// fell in the next stretch, a year at a coarser scale, 3 and 6 px past the join: their marks on
// top of each other and of the fortnight's last day.
TEST_CASE("regression: days just past a zoomed stretch join it rather than jam at its edge") {
  const Style::Axis style = default_style().axis;
  std::vector<DayInterval> iv = {{day(2023, 1, 1), day(2024, 1, 1)}, {day(2025, 1, 1), day(2026, 1, 1)},
                                 {day(2026, 11, 14), day(2026, 11, 16)}, {day(2026, 11, 23), day(2026, 11, 30)},
                                 {day(2026, 11, 23), day(2026, 11, 30)}, {day(2027, 1, 1), day(2028, 1, 1)},
                                 {day(2027, 3, 7), day(2027, 3, 8)}};
  for (unsigned d : {15u, 15u, 17u, 18u, 19u, 19u, 20u, 21u, 21u}) iv.push_back({day(2026, 11, d), day(2026, 11, d + 1)});
  double dec6 = day(2026, 12, 6) + 0.5, dec10 = day(2026, 12, 10) + 0.5;
  iv.push_back({dec6 - 0.5, dec6 + 0.5});
  iv.push_back({dec10 - 0.5, dec10 + 0.5});
  TimeAxis axis = build_time_axis(iv, 0, 1400, style);
  REQUIRE(joined(axis) >= 1);
  CHECK(axis.x_of(dec10) - axis.x_of(dec6) >= 10);
  CHECK(axis.x_of(dec6) - axis.x_of(day(2026, 11, 29) + 0.5) >= 10);
  // The crowd keeps its mark's room per day.
  for (unsigned d = 17; d < 21; ++d) CHECK(axis.x_of(day(2026, 11, d + 1) + 0.5) - axis.x_of(day(2026, 11, d) + 0.5) >= 10);
  check_monotonic(axis, day(2022, 12, 1), day(2028, 2, 1), 0, 1400);
  // Two days a day apart just past a window of every other day: each stands a mark's room from
  // the other too (the grown window's closest pair sets its width).
  std::vector<DayInterval> pair = {{day(2023, 1, 1), day(2024, 1, 1)}, {day(2027, 1, 1), day(2028, 1, 1)},
                                   {day(2027, 3, 7), day(2027, 3, 8)}};
  for (unsigned d = 14; d <= 28; d += 2) pair.push_back({day(2026, 11, d), day(2026, 11, d + 1)});
  double dec6b = day(2026, 12, 6) + 0.5, dec7 = day(2026, 12, 7) + 0.5;
  pair.push_back({dec6b - 0.5, dec6b + 0.5});
  pair.push_back({dec7 - 0.5, dec7 + 0.5});
  TimeAxis paired = build_time_axis(pair, 0, 1400, style);
  CHECK(paired.x_of(dec7) - paired.x_of(dec6b) >= 10);
  check_monotonic(paired, day(2022, 12, 1), day(2028, 2, 1), 0, 1400);
}

// "the 2026-27 season" (2026-01-01..2027-12-31) over match days from July to January merged every
// day into one group: no break could cut its empty months, the days crowded into a third of the
// axis and clustered ("+7 events").
TEST_CASE("regression: a two-year season over months of match days does not squeeze the days") {
  const Style::Axis style = default_style().axis;
  std::vector<DayInterval> iv = {{day(2026, 1, 1), day(2028, 1, 1)}};
  for (int k = 0; k < 22; ++k) iv.push_back({day(2026, 7, 4) + 8 * k, day(2026, 7, 4) + 8 * k + 1});
  TimeAxis axis = build_time_axis(iv, 0, 1200, style);
  CHECK(axis.breaks() >= 1);
  CHECK(axis.x_of(day(2026, 12, 20)) - axis.x_of(day(2026, 7, 4)) > 0.7 * 1200);
  check_monotonic(axis, day(2025, 12, 1), day(2028, 2, 1), 0, 1200);
  // Days spread over the span's whole length keep one scale: the span is no outlier there.
  std::vector<DayInterval> spread = {{day(2026, 1, 1), day(2028, 1, 1)}};
  for (int k = 0; k < 22; ++k) spread.push_back({day(2026, 1, 10) + 33 * k, day(2026, 1, 10) + 33 * k + 1});
  CHECK(build_time_axis(spread, 0, 1200, style).breaks() == 0);
}

// A court story told on 5 Oct 2026: a building of 1935, then the term's days in October and
// November and later years out to the 2030s. The segment after the break was padded by 4% of its
// fourteen years, and the zoom onto the crowded weeks left that padding as a stretch of its own
// at the coarse scale: "Q2 Q3 2026" drawn before the first day, with no event in it.
TEST_CASE("regression: a zoomed crowd at a segment's start is not led by months of padding") {
  const Style::Axis style = default_style().axis;
  std::vector<DayInterval> iv = {{day(1935, 1, 1), day(1936, 1, 1)}, {day(2026, 10, 5), day(2026, 10, 6)},
                                 {day(2026, 10, 5), day(2026, 10, 6)}, {day(2026, 10, 14), day(2026, 10, 15)},
                                 {day(2026, 11, 4), day(2026, 11, 5)}, {day(2027, 6, 21), day(2027, 7, 1)},
                                 {day(2028, 1, 1), day(2029, 1, 1)}, {day(2030, 1, 1), day(2040, 1, 1)}};
  TimeAxis axis = build_time_axis(iv, 0, 1400, style);
  REQUIRE(axis.breaks() >= 1);
  REQUIRE(joined(axis) >= 1);
  const AxisSegment* first = nullptr;  // the segment the term's first day starts
  for (const AxisSegment& s : axis.segments)
    if (!first && s.d0 <= day(2026, 10, 5) && s.d1 > day(2026, 10, 5)) first = &s;
  REQUIRE(first != nullptr);
  CHECK(first->d0 >= day(2026, 10, 1));
  CHECK_FALSE(first->joined);  // it follows the break: nothing between the break and the day
  CHECK(axis.x_of(day(2026, 10, 5)) - first->x0 < 30);
  check_monotonic(axis, day(1934, 6, 1), day(2040, 6, 1), 0, 1400);
}

// Forty entries of one live-blog day drew on an axis of four days: the day took a quarter of it.
TEST_CASE("regression: one day told by the clock runs from an hour before its first time to an hour after its last") {
  const Style::Axis style = default_style().axis;
  double d = day(2026, 11, 27);
  std::vector<DayInterval> iv = {{d, d + 1}, {d, d + 1}, {d, d + 1}};
  TimeAxis axis = build_time_axis(iv, 0, 1200, style, {d + 6.0 / 24, d + 14.0 / 24, d + 23.0 / 24});
  REQUIRE(axis.segments.size() == 1);
  CHECK(axis.segments[0].d0 == doctest::Approx(d + 5.0 / 24));
  CHECK(axis.segments[0].d1 == doctest::Approx(d + 1));
  CHECK(axis.x_of(d + 6.0 / 24) < 0.1 * 1200);
  // Without clock times, or over several days, the padding stays in days.
  CHECK(build_time_axis(iv, 0, 1200, style).segments[0].d0 < d - 1);
  iv.push_back({d + 3, d + 4});
  CHECK(build_time_axis(iv, 0, 1200, style, {d + 0.25}).segments.front().d0 < d);
}

TEST_CASE("evenly spread days, or breaks switched off, get no zoom") {
  Style::Axis style = default_style().axis;
  std::vector<DayInterval> iv;
  for (int k = 0; k < 60; ++k) iv.push_back({day(2022, 1, 1) + 12 * k, day(2022, 1, 1) + 12 * k + 1});
  CHECK(joined(build_time_axis(iv, 0, 1200, style)) == 0);
  std::vector<DayInterval> busy = {{day(2024, 1, 1), day(2025, 1, 1)}};
  for (unsigned d = 10; d <= 13; ++d) busy.push_back({day(2024, 9, d), day(2024, 9, d + 1)});
  style.breaks = false;
  TimeAxis axis = build_time_axis(busy, 0, 1200, style);
  CHECK(axis.segments.size() == 1);
  check_monotonic(axis, day(2023, 12, 1), day(2025, 2, 1), 0, 1200);
}

// Every segment has days and pixels, in order, inside [x0, x1].
void check_segments(const TimeAxis& axis, double x0, double x1) {
  REQUIRE(!axis.segments.empty());
  double last = x0;
  for (const AxisSegment& s : axis.segments) {
    INFO("segment " << s.d0 << ".." << s.d1 << " at " << s.x0 << ".." << s.x1);
    REQUIRE(s.d1 > s.d0);
    REQUIRE(s.x1 > s.x0);
    REQUIRE(s.x0 >= last - 1e-6);
    last = s.x1;
  }
  REQUIRE(last <= x1 + 1e-6);
}

TEST_CASE("random and degenerate inputs keep segments ordered, non-empty and inside the axis") {
  const Style::Axis style = default_style().axis;
  std::mt19937 rng(7);
  auto pick = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
  for (int round = 0; round < 400; ++round) {
    std::vector<DayInterval> iv;
    int n = 1 + static_cast<int>(rng() % 60);
    double centre = pick(-800000, 800000), spread = std::pow(10, pick(0, 6));
    for (int k = 0; k < n; ++k) {
      double start = std::floor(centre + pick(0, spread));
      if (rng() % 4 == 0) start = std::floor(centre + pick(0, 6));  // a crowd
      double length = rng() % 5 == 0 ? pick(0, spread) : (rng() % 2 ? 1 : 0.25);
      iv.push_back({start, start + length});
    }
    double width = rng() % 4 == 0 ? 300 : 1200;
    TimeAxis axis = build_time_axis(iv, 0, width, style);
    check_segments(axis, 0, width);
    double lo = axis.segments.front().d0, hi = axis.segments.back().d1;
    double last = -1e300;
    for (int k = 0; k <= 400; ++k) {
      double x = axis.x_of(lo + (hi - lo) * k / 400);
      REQUIRE(x >= last);
      last = x;
    }
  }
}

TEST_CASE("all events on one day, two events, and 10,000 events") {
  const Style::Axis style = default_style().axis;
  std::vector<DayInterval> same(50, DayInterval{day(2024, 5, 1), day(2024, 5, 2)});
  check_segments(build_time_axis(same, 0, 1200, style), 0, 1200);
  check_segments(build_time_axis({{day(2024, 5, 1), day(2024, 5, 1)}}, 0, 1200, style), 0, 1200);
  check_segments(build_time_axis({{day(-500, 1, 1), day(-500, 1, 2)}, {day(2024, 5, 1), day(2024, 5, 2)}}, 0, 1200, style),
                 0, 1200);
  std::vector<DayInterval> many = {{day(1900, 1, 1), day(2030, 1, 1)}};
  for (int k = 0; k < 10000; ++k) many.push_back({day(2000, 1, 1) + (k * 7919) % 9000, day(2000, 1, 1) + (k * 7919) % 9000 + 1});
  check_segments(build_time_axis(many, 0, 1200, style), 0, 1200);
}

// The zoom capped its stretch at 60% of the axis even when its share without the zoom was more,
// so a crowd that already had most of the axis got squeezed.
TEST_CASE("regression: a zoomed stretch is never narrower than its share without the zoom") {
  const Style::Axis style = default_style().axis;
  std::vector<DayInterval> iv = {{day(2000, 1, 1), day(2000, 1, 2)}, {day(2024, 1, 1), day(2025, 1, 1)}};
  for (int d = 0; d < 85; ++d) iv.push_back({day(2024, 9, 1) + d, day(2024, 9, 1) + d + 1});
  TimeAxis axis = build_time_axis(iv, 0, 1200, style);
  REQUIRE(joined(axis) >= 1);
  double widest = 0;
  for (const AxisSegment& s : axis.segments) widest = std::max(widest, s.x1 - s.x0);
  CHECK(widest > 0.7 * (1200 - style.break_width * axis.breaks()));
  check_segments(axis, 0, 1200);
}

}  // namespace
}  // namespace chronoline

#include "layout/date_text.h"

namespace chronoline {
namespace {

TEST_CASE("an event's date text says its modifier in words") {
  auto text = [](std::string value, std::string mod) {
    Event e;
    e.value = value;
    e.mod = mod;
    e.span = narrowed_span(*span_of_value(value), mod);
    return event_date_text(e);
  };
  CHECK(text("2025", "END") == "late 2025");
  CHECK(text("2024-10", "MID") == "mid-Oct 2024");
  CHECK(text("199", "START") == "early 1990s");
  CHECK(text("2019", "APPROX") == "c. 2019");
  CHECK(text("2026-06", "ON_OR_BEFORE") == "by Jun 2026");
  CHECK(text("2022-01-19", "END") == "19 Jan 2022");  // not "late 19 Jan 2022"
  CHECK(text("2022-W03", "START") == "week of 17 Jan 2022");
  CHECK(text("2025", "") == "2025");
}

TEST_CASE("a southern season's date text names its own months, with a modifier too") {
  auto text = [](std::string value, std::string mod, Hemisphere h) {
    Event e;
    e.value = value;
    e.mod = mod;
    e.span = narrowed_span(*span_of_value(value, h), mod);
    return event_date_text(e);
  };
  CHECK(text("2026-SU", "", Hemisphere::kSouth) == "Dec 2026 \u2013 Feb 2027");
  CHECK(text("2026-SU", "", Hemisphere::kNorth) == "Jun\u2013Aug 2026");
  CHECK(text("2026-SU", "END", Hemisphere::kSouth) == "late Dec 2026 \u2013 Feb 2027");
  CHECK(text("2026-SU", "START", Hemisphere::kNorth) == "early Jun\u2013Aug 2026");
  CHECK(text("2026-WI", "MID", Hemisphere::kSouth) == "mid-Jun\u2013Aug 2026");
}

TEST_CASE("a one-day event's date text gives its clock time or part of the day") {
  auto text = [](std::string value) {
    Event e;
    e.value = value;
    e.span = *span_of_value(value);
    return event_date_text(e);
  };
  CHECK(text("2023-08-12T14:00") == "12 Aug 2023, 14:00");
  CHECK(text("2023-08-12T09") == "12 Aug 2023, 09:00");
  CHECK(text("2023-08-12TEV") == "12 Aug 2023, evening");
  CHECK(text("1989-10-27T24:00") == "27 Oct 1989, midnight");
  CHECK(text("2023-08-12") == "12 Aug 2023");
  CHECK(text("2023-W32") == "week of 7 Aug 2023");
}

}  // namespace
}  // namespace chronoline

#include "layout/figure.h"

namespace chronoline {
namespace {

TEST_CASE("a range between two times of one day covers those hours and says them") {
  Event e;
  e.value = "2026-11-27T09:00/2026-11-27T12:00";
  e.span = *span_of_value(e.value);
  CHECK(event_date_text(e) == "27 Nov 2026, 09:00\u201312:00");
  double day = date::sys_days{date::year{2026} / 11 / 27}.time_since_epoch().count();
  CHECK(first_day(e) == doctest::Approx(day + 0.375));
  CHECK(end_day(e) == doctest::Approx(day + 0.5));
  // A range of days still covers whole days.
  Event d;
  d.value = "1996/2001";
  d.span = *span_of_value(d.value);
  CHECK(end_day(d) == date::sys_days{date::year{2002} / 1 / 1}.time_since_epoch().count());
}

}  // namespace
}  // namespace chronoline
