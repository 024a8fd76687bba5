// Ticks: picks tick units per axis segment (days ... centuries) and drops colliding tick labels.
#include "layout/ticks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <utility>

#include "layout/date_text.h"

namespace chronoline {
namespace {

using date::days;
using date::sys_days;

enum class Unit { kHour, kDay, kWeek, kMonth, kYear };

constexpr double kMinSpacing = 44;
// A stretch this long or shorter may be marked in hours: a day told by the clock, an hour either
// side (build_time_axis); a day padded to two among other stretches keeps its one name.
constexpr double kHoursMaxDays = 26.5 / 24;  // ticks closer than this are noise, whatever their labels

struct Step {
  Unit unit;
  int n;
  double approx_days;  // shortest length of one step
  const char* sample;  // a wide label of this unit, to judge spacing
};

constexpr std::array<Step, 24> kSteps = {{
    {Unit::kHour, 1, 1 / 24.0, "09:00"},  // hours only on a stretch of at most kHoursMaxDays
    {Unit::kHour, 2, 2 / 24.0, "09:00"},
    {Unit::kHour, 3, 3 / 24.0, "09:00"},
    {Unit::kHour, 6, 6 / 24.0, "09:00"},
    {Unit::kHour, 12, 12 / 24.0, "09:00"},
    {Unit::kDay, 1, 1, "28"},
    {Unit::kDay, 2, 2, "28"},
    {Unit::kWeek, 1, 7, "28 Sep"},
    {Unit::kWeek, 2, 14, "28 Sep"},
    {Unit::kMonth, 1, 28, "Sep"},
    {Unit::kMonth, 3, 90, "Q4"},
    {Unit::kMonth, 6, 181, "Jul"},
    {Unit::kYear, 1, 365, "2022"},
    {Unit::kYear, 2, 730, "2022"},
    {Unit::kYear, 5, 1826, "2022"},
    {Unit::kYear, 10, 3652, "2020"},
    {Unit::kYear, 20, 7305, "2020"},
    {Unit::kYear, 50, 18262, "2050"},
    {Unit::kYear, 100, 36524, "2000"},
    {Unit::kYear, 200, 73048, "2000"},
    {Unit::kYear, 500, 182621, "2000"},
    {Unit::kYear, 1000, 365242, "2000"},
    {Unit::kYear, 2000, 730485, "2000"},
    {Unit::kYear, 5000, 1826212, "5000"},
}};

struct Ymd {
  int y;
  unsigned m, d;
};

Ymd split(double day) {
  date::year_month_day ymd{sys_days{days{static_cast<long>(std::floor(day))}}};
  return {int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day())};
}

double day_number(int y, unsigned m, unsigned d) {
  return sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count();
}

int floor_mod(int a, int n) { return ((a % n) + n) % n; }

std::string iso(const Ymd& a, Unit unit) {
  char buf[32];
  if (unit == Unit::kYear)
    std::snprintf(buf, sizeof buf, "%04d", a.y);
  else if (unit == Unit::kMonth)
    std::snprintf(buf, sizeof buf, "%04d-%02u", a.y, a.m);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", a.y, a.m, a.d);
  return buf;
}

// Label and context for a tick on day `a`; `prev` is the previous tick of the segment, if any.
void label_tick(Tick& t, const Step& step, const Ymd& a, const Ymd* prev, TickFormat format, int hour) {
  bool new_year = !prev || prev->y != a.y;
  if (step.unit == Unit::kHour) {  // "09:00", and the day under the first tick of each day
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:00", hour);
    t.text = buf;
    if (!prev || prev->d != a.d || prev->m != a.m || new_year)
      t.context = format == TickFormat::kIso ? iso(a, Unit::kDay) : day_text(sys_days{date::year{a.y} / date::month{a.m} / date::day{a.d}});
    return;
  }
  if (format == TickFormat::kIso) {
    t.text = iso(a, step.unit);
    return;
  }
  switch (step.unit) {
    case Unit::kHour:
      break;
    case Unit::kDay:
      t.text = std::to_string(a.d);
      if (!prev || prev->m != a.m || new_year)
        t.context = std::string(month_abbrev(a.m)) + " " + year_text(a.y);
      break;
    case Unit::kWeek:
      t.text = std::to_string(a.d) + " " + month_abbrev(a.m);
      if (new_year) t.context = year_text(a.y);
      break;
    case Unit::kMonth:
      t.text = step.n == 3 ? "Q" + std::to_string((a.m - 1) / 3 + 1) : month_abbrev(a.m);
      if (new_year) t.context = year_text(a.y);
      break;
    case Unit::kYear:
      t.text = year_text(a.y);
      break;
  }
}

// Tick days of `step` in [d0, d1]; day ticks sit mid-day, the rest on the unit's first day.
std::vector<double> tick_days(const Step& step, double d0, double d1) {
  std::vector<double> out;
  Ymd a = split(d0), b = split(d1);
  switch (step.unit) {
    case Unit::kHour:
      for (double h = std::ceil(d0 * 24 / step.n) * step.n; h / 24 <= d1; h += step.n) out.push_back(h / 24);
      break;
    case Unit::kDay:
    case Unit::kWeek:
      for (double d = std::floor(d0); d <= d1; d += 1) {
        long n = static_cast<long>(d);
        bool keep = step.unit == Unit::kDay ? n % step.n == 0
                                            : date::weekday{sys_days{days{n}}} == date::Monday &&
                                                  (step.n == 1 || (n / 7) % step.n == 0);
        double at = step.unit == Unit::kDay ? d + 0.5 : d;
        if (keep && at >= d0 && at <= d1) out.push_back(at);
      }
      break;
    case Unit::kMonth:
      for (int y = a.y; y <= b.y; ++y)
        for (unsigned m = 1; m <= 12; m += step.n) {
          double at = day_number(y, m, 1);
          if (at >= d0 && at <= d1) out.push_back(at);
        }
      break;
    case Unit::kYear:
      for (int y = a.y; y <= b.y; ++y) {
        // Round numbers as people write them: 2000, and 500 BCE (astronomical year -499).
        int shown = y >= 1 ? y : 1 - y;
        if (floor_mod(shown, step.n) != 0) continue;
        double at = day_number(y, 1, 1);
        if (at >= d0 && at <= d1) out.push_back(at);
      }
      break;
  }
  return out;
}

// The name of the one day, month, few months or year that holds all of a segment's events, else
// ""; `exact` says whether the events cover that whole unit (a lone "2012" or "Oct 2023").
// `shares_year` says a neighbouring stretch holds events of the same year: beside "Mar–May 2022",
// a bare "2022" reads as the whole year again, so the months are named however many they are.
std::string single_unit_name(const AxisSegment& seg, bool shares_year, bool& exact) {
  Ymd a = split(seg.data0), b = split(seg.data1 - 1), after = split(seg.data1);
  exact = false;
  if (a.y != b.y) return "";
  if (a.m != b.m) {
    exact = a.m == 1 && a.d == 1 && b.m == 12 && b.d == 31;
    // "Mar–Apr 2022" says where in the year, where "2022" does not
    if (!exact && (b.m - a.m <= 2 || shares_year))
      return std::string(month_abbrev(a.m)) + "\u2013" + month_abbrev(b.m) + " " + year_text(a.y);
    return year_text(a.y);
  }
  if (a.d != b.d) {
    exact = a.d == 1 && after.d == 1;
    return std::string(month_abbrev(a.m)) + " " + year_text(a.y);
  }
  exact = true;
  return day_text(sys_days{days{static_cast<long>(std::floor(seg.data0))}});
}

// The name of a segment that holds only one end of a long span cut from the rest (see
// AxisSegment::span_end_of), at the span's grain: the year of a decade's or a two-year season's
// first or last day ("2030", "2039"), the month of a summer's; "" for shorter spans. Its day
// ("1 Jan 2030") would read as an event on that day.
std::string span_end_name(const AxisSegment& seg) {
  constexpr double kYearGrainDays = 2 * 365, kMonthGrainDays = 59;
  Ymd a = split(seg.data0);
  if (seg.span_end_of >= kYearGrainDays) return year_text(a.y);
  if (seg.span_end_of >= kMonthGrainDays) return std::string(month_abbrev(a.m)) + " " + year_text(a.y);
  return "";
}

const Step& step_for(const AxisSegment& seg, const Style& style, TextMeasurer& m) {
  double px_per_day = (seg.x1 - seg.x0) / (seg.d1 - seg.d0);
  // Years before year 1 read "500 BCE": judged by "2000" alone, every other one gave way, and the
  // ticks ran at half the pace before year 1 that they kept after it.
  bool bce = split(seg.d0).y < 1;
  for (const Step& s : kSteps) {
    if (s.unit == Unit::kHour && seg.d1 - seg.d0 > kHoursMaxDays) continue;
    std::string sample = s.sample;
    if (bce && s.unit == Unit::kYear) sample = year_text(1 - std::stoi(sample));
    double w = m.measure(sample, FontRole::kTick, false, 0, 1).width;
    // Likewise "600 CE" in a figure that reaches before year 1 (EraMarks).
    if (!bce && s.unit == Unit::kYear && split(seg.d0).y < 1000)
      w = std::max(w, m.measure(year_text(999), FontRole::kTick, false, 0, 1).width);
    if (s.approx_days * px_per_day >= std::max(w + style.ticks.min_gap, kMinSpacing)) return s;
  }
  return kSteps.back();
}

// Whether the stretch before or after segment `s` holds events in a year segment `s` holds.
bool shares_year(const TimeAxis& axis, size_t s) {
  const AxisSegment& seg = axis.segments[s];
  int y0 = split(seg.data0).y, y1 = split(seg.data1 - 1).y;
  for (size_t n : {s - 1, s + 1}) {
    if (n >= axis.segments.size()) continue;  // s - 1 wraps when s is 0
    const AxisSegment& o = axis.segments[n];
    if (split(o.data0).y <= y1 && split(o.data1 - 1).y >= y0) return true;
  }
  return false;
}

std::vector<Tick> segment_ticks(const TimeAxis& axis, size_t index, const Style& style,
                                TextMeasurer& m) {
  const AxisSegment& seg = axis.segments[index];
  const Step& step = step_for(seg, style, m);
  std::vector<Tick> ticks;
  Ymd prev{};
  int inside = 0;  // ticks among the events rather than in the padding around them
  for (double d : tick_days(step, seg.d0, seg.d1)) {
    inside += d > seg.data0 && d < seg.data1;
    Tick t{axis.x_of(d), "", "", 0, 0, 0, "", 0, "", 0};
    Ymd a = split(d);
    int hour = static_cast<int>(std::lround((d - std::floor(d)) * 24)) % 24;
    label_tick(t, step, a, ticks.empty() ? nullptr : &prev, style.ticks.format, hour);
    ticks.push_back(std::move(t));
    prev = a;
  }
  double mid = (seg.d0 + seg.d1) / 2;
  bool exact = false;
  bool shared = shares_year(axis, index);
  std::string name = span_end_name(seg);
  if (name.empty()) name = single_unit_name(seg, shared, exact);
  else exact = true;
  if (!name.empty() && (inside < 2 || exact) && style.ticks.format == TickFormat::kAuto &&
      step.unit != Unit::kHour) {
    // A short stretch inside one day, month or year: one full name ("18 Aug 2021", "Oct 2023",
    // "2012") in its middle says more than "17 18 19" or "Jan Jul Jan" around it, and more
    // honestly than day ticks under a month.
    ticks.assign(1, {axis.x_of(mid), name, "", 0, 0, 0, "", 0, "", 0});
    std::string year = year_text(split(mid).y);
    if (year != name) ticks.front().short_text = year;
    // A day's stretch ("27 Nov 2026") named by its year alone would read as the whole year: it
    // says its day and month instead ("27 Nov"), or keeps its name.
    if (std::isdigit(static_cast<unsigned char>(name.front())) && name.find(' ') < name.size() - year.size() - 1)
      ticks.front().short_text = name.substr(0, name.size() - year.size() - 1);
    std::string suffix = " " + year;
    bool months = name.find("\u2013") != std::string::npos && name.size() > suffix.size() &&
                  name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    if (shared && months) {  // "Sep–Nov 2022": "Sep–Nov", then "2022"
      ticks.front().short_text = name.substr(0, name.size() - suffix.size());
      ticks.front().last_text = year;
    }
  }
  if (ticks.empty())  // too short for its unit: name the year it is in
    ticks.push_back({axis.x_of(mid), year_text(split(mid).y), "", 0, 0, 0, "", 0, "", 0});
  return ticks;
}

// How much a tick label matters when two come too close: a segment's only label names its whole
// stretch, a label with a context ("Jan 2022") starts a month or year, the rest are one of many.
int tick_rank(const Tick& t, const std::vector<int>& per_segment) {
  if (per_segment[static_cast<size_t>(t.segment)] == 1) return 2;
  return t.context.empty() ? 0 : 1;
}

// Which tick labels stay: each clears its kept neighbour by `gap` (more where the segment, and so
// the scale or unit, changes, so "28 Feb" and "Mar–May 2022" do not read as one run) and stays
// inside [left, right]. Of two too close, the lesser goes (the later when equal), but never the
// last kept label of a segment.
std::vector<bool> kept_texts(std::vector<Tick>& ticks, double gap, double segment_gap, double left,
                             double right) {
  std::vector<int> per_segment, kept_in;
  for (const Tick& t : ticks) {
    if (per_segment.size() <= static_cast<size_t>(t.segment)) {
      per_segment.resize(t.segment + 1, 0);
      kept_in.resize(t.segment + 1, 0);
    }
    ++per_segment[static_cast<size_t>(t.segment)];
  }
  std::vector<bool> kept(ticks.size(), false);
  std::vector<size_t> stack;  // kept ticks, left to right
  // Whether `t` fits after the kept ticks, dropping lesser ones in its way; when it does not, the
  // ones it would have dropped stay.
  auto fits = [&](const Tick& t, bool may_drop) {
    double x0 = t.x - t.text_width / 2;
    if (x0 < left || t.x + t.text_width / 2 > right) return false;
    size_t top = stack.size();  // stack[top, ...) would go
    std::vector<int> gone(kept_in.size(), 0);
    for (; top > 0; --top) {
      const Tick& k = ticks[stack[top - 1]];
      double need = k.segment == t.segment ? gap : segment_gap;
      if (x0 >= k.x + k.text_width / 2 + need) break;
      if (!may_drop) return false;
      bool last_of_segment =
          k.segment != t.segment && kept_in[size_t(k.segment)] - gone[size_t(k.segment)] == 1;
      if (tick_rank(t, per_segment) <= tick_rank(k, per_segment) || last_of_segment) return false;
      ++gone[size_t(k.segment)];
    }
    for (; stack.size() > top; stack.pop_back()) {
      kept[stack.back()] = false;
      --kept_in[size_t(ticks[stack.back()].segment)];
    }
    return true;
  };
  for (size_t i = 0; i < ticks.size(); ++i) {
    Tick& t = ticks[i];
    bool fit = fits(t, true);
    if (!fit &&
        !t.short_text.empty()) {  // a narrow stretch named by its year rather than not at all
      t.text = std::exchange(t.short_text, "");
      t.text_width = t.short_width;
      // The months alone ("Sep–Nov") only where they drop no other label; else the year.
      fit = fits(t, t.last_text.empty());
    }
    if (!fit && !t.last_text.empty()) {
      t.text = std::exchange(t.last_text, "");
      t.text_width = t.last_width;
      fit = fits(t, true);
    }
    if (!fit) continue;
    kept[i] = true;
    ++kept_in[size_t(t.segment)];
    stack.push_back(i);
  }
  return kept;
}

// Keeps the labels kept_texts() keeps. The context of a dropped tick ("Jan 2022") moves to the
// next kept tick of its segment, and a context that would touch the last kept one moves on too.
void drop_collisions(std::vector<Tick>& ticks, const Style& style, double left, double right) {
  // Where the unit changes, labels closer than 1.5 em read as one number.
  double min_gap = tick_label_gap(style);
  std::vector<bool> keep_text =
      kept_texts(ticks, min_gap, std::max(min_gap, 1.5 * style.fonts.tick_size), left, right);
  std::vector<Tick> kept;
  double context_end = -1e300;
  std::string pending;
  int pending_segment = -1;
  double pending_width = 0;
  for (size_t i = 0; i < ticks.size(); ++i) {
    Tick& t = ticks[i];
    if (!keep_text[i]) {
      if (!t.context.empty())
        pending = t.context, pending_segment = t.segment, pending_width = t.context_width;
      continue;
    }
    if (t.context.empty() && !pending.empty() && pending_segment == t.segment) {
      t.context = pending;
      t.context_width = pending_width;
    }
    if (!t.context.empty()) pending.clear();  // its own or the carried one: either way, settled
    // Across a break or a change of scale, "Mar 2022 | 13" needs no "Mar 2022" under the 13, nor
    // "Jan // 25 Aug" a second "2025" when the first sits under the Jan: the name is just before.
    if (!t.context.empty() && !kept.empty() && kept.back().segment != t.segment &&
        (kept.back().text == t.context || kept.back().context == t.context)) {
      t.context.clear();
      t.context_width = 0;
    }
    double c0 = t.x - t.context_width / 2;
    if (!t.context.empty() &&
        (c0 < context_end + min_gap || c0 < left || t.x + t.context_width / 2 > right)) {
      pending = t.context, pending_segment = t.segment,
      pending_width = t.context_width;  // try the next tick
      t.context.clear();
      t.context_width = 0;
    }
    if (!t.context.empty()) context_end = t.x + t.context_width / 2;
    kept.push_back(std::move(t));
  }
  ticks = std::move(kept);
}

}  // namespace

double tick_label_gap(const Style& style) {
  return std::max(style.ticks.min_gap, style.fonts.tick_size);
}

std::vector<Tick> choose_ticks(const TimeAxis& axis, const Style& style, TextMeasurer& measurer,
                               double left, double right) {
  std::vector<Tick> all;
  for (size_t s = 0; s < axis.segments.size(); ++s) {
    std::vector<Tick> ticks = segment_ticks(axis, s, style, measurer);
    for (Tick& t : ticks) {
      t.segment = static_cast<int>(s);
      t.text_width = measurer.measure(t.text, FontRole::kTick, false, 0, 1).width;
      if (!t.context.empty())
        t.context_width = measurer.measure(t.context, FontRole::kTick, false, 0, 1).width;
      if (!t.short_text.empty())
        t.short_width = measurer.measure(t.short_text, FontRole::kTick, false, 0, 1).width;
      if (!t.last_text.empty())
        t.last_width = measurer.measure(t.last_text, FontRole::kTick, false, 0, 1).width;
      all.push_back(std::move(t));
    }
  }
  drop_collisions(all, style, left, right);
  return all;
}

}  // namespace chronoline
