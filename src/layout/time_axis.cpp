// TimeAxis: maps days to x, cut by axis breaks where long empty gaps separate groups of events.
#include "layout/time_axis.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

namespace chronoline {
namespace {

// An interval for the break rule: an event's, or one end of a long span standing for it
// (ends_of_long_spans).
struct Piece {
  DayInterval iv;
  int side = 0;         // 0 an interval, +1 a long span's first day, -1 its last day
  double span_days = 0;  // the long span's length, for its ends
};

struct Group {
  double start, end;
  int count;
  int intervals = 0;     // how many are intervals rather than ends of long spans
  bool opens = false;    // holds a long span's first day
  bool closes = false;   // holds a long span's last day
  double span_days = 0;  // the longest span one of its ends stands for
};

struct Cut {
  size_t after;  // cut between groups[after] and groups[after + 1]
  double score;  // gap / length of the stretch it was found in
};

std::vector<Group> merge_groups(std::vector<Piece> pieces) {
  std::stable_sort(pieces.begin(), pieces.end(),
                   [](const Piece& a, const Piece& b) { return a.iv.start < b.iv.start; });
  std::vector<Group> groups;
  for (const Piece& p : pieces) {
    if (!groups.empty() && p.iv.start <= groups.back().end) {
      groups.back().end = std::max(groups.back().end, p.iv.end);
      ++groups.back().count;
    } else {
      groups.push_back({p.iv.start, p.iv.end, 1});
    }
    Group& g = groups.back();
    g.intervals += p.side == 0 ? 1 : 0;
    g.opens = g.opens || p.side > 0;
    g.closes = g.closes || p.side < 0;
    g.span_days = std::max(g.span_days, p.span_days);
  }
  return groups;
}

// The lower median of the gaps between consecutive intervals of groups[lo..hi], counting the
// zero gaps inside each group.
double median_gap(const std::vector<Group>& g, size_t lo, size_t hi) {
  std::vector<double> gaps;
  size_t zeros = 0;
  for (size_t i = lo; i <= hi; ++i) zeros += static_cast<size_t>(g[i].count - 1);
  for (size_t i = lo; i < hi; ++i) gaps.push_back(g[i + 1].start - g[i].end);
  size_t total = zeros + gaps.size();
  size_t mid = (total - 1) / 2;
  if (mid < zeros) return 0;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(mid - zeros), gaps.end());
  return gaps[mid - zeros];
}

// Finds cuts among groups[lo..hi] (inclusive), recursing into the pieces.
void find_cuts(const std::vector<Group>& g, size_t lo, size_t hi, const Style::Axis& axis,
               std::vector<Cut>& cuts) {
  if (lo >= hi) return;
  double length = g[hi].end - g[lo].start;
  double floor =
      std::max(axis.break_min_gap * length, axis.break_gap_ratio * median_gap(g, lo, hi));
  size_t piece_start = lo;
  bool any = false;
  for (size_t i = lo; i < hi; ++i) {
    double gap = g[i + 1].start - g[i].end;
    double shorter_side = std::min(g[i].end - g[i].start, g[i + 1].end - g[i + 1].start);
    if (gap < floor || gap <= 0 || gap < shorter_side) continue;
    cuts.push_back({i, gap / length});
    find_cuts(g, piece_start, i, axis, cuts);
    piece_start = i + 1;
    any = true;
  }
  if (any) find_cuts(g, piece_start, hi, axis, cuts);
}

std::vector<size_t> chosen_cuts(const std::vector<Group>& groups, const Style::Axis& axis) {
  std::vector<Cut> cuts;
  if (axis.breaks && groups.size() > 1) find_cuts(groups, 0, groups.size() - 1, axis, cuts);
  std::stable_sort(cuts.begin(), cuts.end(),
                   [](const Cut& a, const Cut& b) { return a.score > b.score; });
  if (cuts.size() > static_cast<size_t>(std::max(axis.max_breaks, 0)))
    cuts.resize(std::max(axis.max_breaks, 0));
  std::vector<size_t> after;
  for (const Cut& c : cuts) after.push_back(c.after);
  std::sort(after.begin(), after.end());
  return after;
}

std::vector<AxisSegment> segments_from(const std::vector<Group>& groups,
                                       const std::vector<size_t>& cuts) {
  std::vector<AxisSegment> segs;
  size_t first = 0;
  auto close = [&](size_t last) {
    AxisSegment s{groups[first].start, groups[last].end, 0, 0, 0,
                  groups[first].start, groups[last].end};
    int intervals = 0;
    for (size_t i = first; i <= last; ++i) s.events += groups[i].count, intervals += groups[i].intervals;
    if (intervals == 0 && first == last && groups[first].opens != groups[first].closes)
      s.span_end_of = groups[first].span_days;
    segs.push_back(s);
    first = last + 1;
  };
  for (size_t c : cuts) close(c);
  close(groups.size() - 1);
  // Pad each segment so nothing sits on its very edge; a lone segment shows a few days around.
  double min_pad = segs.size() == 1 ? 1.5 : 0.5;
  for (AxisSegment& s : segs) {
    double pad = std::max(min_pad, 0.04 * (s.d1 - s.d0));
    s.d0 -= pad;
    s.d1 += pad;
  }
  return segs;
}

// Splits `available` pixels in proportion to weights, giving each at least `min_w` if possible.
std::vector<double> share_widths(const std::vector<double>& weights, double available,
                                 double min_w) {
  size_t n = weights.size();
  min_w = std::min(min_w, available / static_cast<double>(n));
  std::vector<double> w(n, 0);
  std::vector<bool> fixed(n, false);
  for (bool changed = true; changed;) {
    changed = false;
    double free_px = available, free_weight = 0;
    for (size_t i = 0; i < n; ++i) fixed[i] ? free_px -= min_w : free_weight += weights[i];
    for (size_t i = 0; i < n; ++i) {
      if (fixed[i]) continue;
      w[i] = free_px * weights[i] / free_weight;
      if (w[i] < min_w) fixed[i] = changed = true;
    }
  }
  for (size_t i = 0; i < n; ++i)
    if (fixed[i]) w[i] = min_w;
  return w;
}

}  // namespace

double TimeAxis::x_of(double day) const {
  const AxisSegment& first = segments.front();
  if (day <= first.d0) return first.x0;
  for (size_t i = 0; i < segments.size(); ++i) {
    const AxisSegment& s = segments[i];
    if (day <= s.d1) {
      if (day < s.d0) return (segments[i - 1].x1 + s.x0) / 2;  // inside the break before s
      return s.x0 + (day - s.d0) / (s.d1 - s.d0) * (s.x1 - s.x0);
    }
  }
  return segments.back().x1;
}

int TimeAxis::breaks() const {
  int n = 0;
  for (size_t i = 1; i < segments.size(); ++i) n += segments[i].joined ? 0 : 1;
  return n;
}

namespace {

// Sets x0 and x1 of every segment over [x0, x1], breaks included. Segment `wide` (if any) gets
// at least `wide_px`, up to 60% of the width, or its plain share when that is more; the others
// share the rest.
void place(std::vector<AxisSegment>& segs, double x0, double x1, const Style::Axis& axis,
           size_t wide = SIZE_MAX, double wide_px = 0) {
  double break_w = axis.break_width;
  double available = x1 - x0;
  std::vector<double> weights;
  for (size_t i = 0; i < segs.size(); ++i) {
    if (i > 0 && !segs[i].joined) available -= break_w;
    weights.push_back(segs[i].events + 1.0);
  }
  std::vector<double> widths = share_widths(weights, available, axis.min_segment_width);
  if (wide < segs.size() && segs.size() > 1 && widths[wide] < std::min(wide_px, 0.6 * available)) {
    double want = std::min(wide_px, 0.6 * available);  // never less than its share without the zoom
    weights.erase(weights.begin() + static_cast<long>(wide));
    std::vector<double> rest = share_widths(weights, available - want, axis.min_segment_width);
    rest.insert(rest.begin() + static_cast<long>(wide), want);
    widths = rest;
  }
  double x = x0;
  for (size_t i = 0; i < segs.size(); ++i) {
    if (i > 0 && !segs[i].joined) x += break_w;
    segs[i].x0 = x;
    segs[i].x1 = x + widths[i];
    x = segs[i].x1;
  }
}

struct Window {
  size_t segment = 0;
  double a = 0, b = 0;  // days [a, b)
  size_t days = 0;      // distinct days that start an interval in it
  double min_gap = 1;   // the shortest step between two of them, in days
};

constexpr double kDayMarkPx = 10;       // room one day's mark needs to stand apart
constexpr size_t kMaxZoomDays = 400;    // more distinct days than this: leave it to clustering

// The largest run of at least 3 distinct days, each starting a short interval, where each day is
// within 3 marks' room of the next at the segment's scale: a crowd the segment cannot spread.
std::optional<Window> crowded_window(const std::vector<AxisSegment>& segs,
                                     const std::vector<DayInterval>& intervals) {
  std::optional<Window> best;
  for (size_t si = 0; si < segs.size(); ++si) {
    const AxisSegment& s = segs[si];
    double length = s.data1 - s.data0, px_per_day = (s.x1 - s.x0) / (s.d1 - s.d0);
    std::vector<DayInterval> days;  // one per distinct start day, with the latest end
    for (const DayInterval& iv : intervals)
      if (iv.start >= s.d0 && iv.start <= s.d1 && iv.end - iv.start <= length / 20)
        days.push_back({std::floor(iv.start), iv.end});
    std::sort(days.begin(), days.end(), [](const DayInterval& x, const DayInterval& y) {
      return x.start < y.start || (x.start == y.start && x.end > y.end);
    });
    days.erase(std::unique(days.begin(), days.end(),
                           [](const DayInterval& x, const DayInterval& y) { return x.start == y.start; }),
               days.end());
    if (days.size() < 3 || days.size() > kMaxZoomDays) continue;
    double link = 3 * kDayMarkPx / px_per_day;  // days
    for (size_t i = 0, j; i < days.size(); i = j) {
      double b = days[i].end, min_gap = length;
      for (j = i + 1; j < days.size() && days[j].start - days[j - 1].start <= link; ++j) {
        b = std::max(b, days[j].end);
        min_gap = std::min(min_gap, days[j].start - days[j - 1].start);
      }
      size_t n = j - i;
      bool crowded = n >= 3 && min_gap * px_per_day < kDayMarkPx && b - days[i].start <= length / 4;
      if (crowded && (!best || n > best->days)) best = Window{si, days[i].start, b, n, min_gap};
    }
  }
  return best;
}

// Splits the window's segment into up to three joined stretches: before, the window, after.
// Returns the index of the window's stretch.
size_t zoom(std::vector<AxisSegment>& segs, const Window& w, const std::vector<DayInterval>& intervals) {
  AxisSegment s = segs[w.segment];
  double pad = std::max(0.5, 0.05 * (w.b - w.a));
  double a = std::max(s.d0, w.a - pad), b = std::min(s.d1, w.b + pad);
  // A stretch before (after) the window that no interval reaches into is only the segment's
  // padding, 4% of its whole length: at the coarse scale it would draw months of empty axis
  // ("Q2 Q3") before a crowded October. The window's own margin pads that end instead. A bar
  // that ends (or starts) there keeps the stretch, or it would be cut short.
  auto reached = [&](double lo, double hi) {
    return std::any_of(intervals.begin(), intervals.end(),
                       [&](const DayInterval& iv) { return iv.start < hi && iv.end > lo; });
  };
  if (a > s.d0 && !reached(s.d0, a)) s.d0 = a;
  if (b < s.d1 && !reached(b, s.d1)) s.d1 = b;
  if (a <= s.d0 && b >= s.d1) {
    segs[w.segment].d0 = s.d0;
    segs[w.segment].d1 = s.d1;
    return w.segment;
  }
  std::vector<AxisSegment> pieces;
  for (auto [lo, hi] : {std::pair{s.d0, a}, std::pair{a, b}, std::pair{b, s.d1}}) {
    if (hi <= lo) continue;
    AxisSegment p{lo, hi, 0, 0, 0, hi, lo, !pieces.empty()};
    for (const DayInterval& iv : intervals) {
      bool last = hi == s.d1;
      if (iv.start < lo || iv.start > hi || (iv.start == hi && !last)) continue;
      ++p.events;
      p.data0 = std::min(p.data0, iv.start);
      p.data1 = std::max(p.data1, std::min(iv.end, hi));
    }
    if (p.events == 0) p.data0 = lo, p.data1 = hi;
    pieces.push_back(p);
  }
  pieces.front().joined = s.joined;
  segs.erase(segs.begin() + static_cast<long>(w.segment));
  segs.insert(segs.begin() + static_cast<long>(w.segment), pieces.begin(), pieces.end());
  return w.segment + (a > s.d0 ? 1 : 0);
}

constexpr int kMaxPulls = 4;  // rounds of pull_jammed_days

// Past the zoomed window the axis changes to a coarser scale, where a day a week after a busy
// fortnight lands on the join, its mark jammed against the window's last day and its date
// reading like the next quarter's. A short interval starting within one mark's room of one of
// the window's joins, in a joined neighbour, is taken into the window (with every day between) as
// long as the window spans at most `max_span` days (so a crowd never swallows the axis):
// returns whether the window grew, so the caller zooms and places again.
bool pull_jammed_days(const std::vector<AxisSegment>& segs, size_t wide,
                      const std::vector<DayInterval>& intervals, double max_span, Window& w) {
  const AxisSegment& win = segs[wide];
  const AxisSegment* after = wide + 1 < segs.size() && segs[wide + 1].joined ? &segs[wide + 1] : nullptr;
  const AxisSegment* before = wide > 0 && win.joined ? &segs[wide - 1] : nullptr;
  double room = kDayMarkPx, span = w.b - w.a;
  bool grew = false;
  for (const DayInterval& iv : intervals) {
    if (iv.end - iv.start > span) continue;  // a long bar, not a mark
    if (after && iv.start > win.d1 && iv.start <= after->d1 && std::max(w.b, iv.end) - w.a <= max_span &&
        (iv.start - after->d0) * (after->x1 - after->x0) / (after->d1 - after->d0) < room) {
      w.b = std::max(w.b, iv.end);
      grew = true;
    }
    if (before && iv.start < win.d0 && iv.start >= before->d0 && w.b - std::min(w.a, iv.start) <= max_span &&
        (before->d1 - iv.start) * (before->x1 - before->x0) / (before->d1 - before->d0) < room) {
      w.a = std::min(w.a, iv.start);
      grew = true;
    }
  }
  if (grew) {  // the closest two days in the grown window, as crowded_window measures them
    std::vector<double> days;
    for (const DayInterval& iv : intervals)
      if (iv.start >= w.a && iv.start < w.b && iv.end - iv.start <= span) days.push_back(std::floor(iv.start));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (size_t i = 1; i < days.size(); ++i) w.min_gap = std::min(w.min_gap, days[i] - days[i - 1]);
  }
  return grew;
}

}  // namespace

namespace {

// A span more than twice as long as all the other intervals together cover ("the 2026-27 season"
// read as 2026-2027, over a few months of match days) merges every group under it into one, so
// no gap can be cut and the days crowd into a corner of the axis while the span's empty months
// take the rest. For the break rule such a span stands for its first and last days only: the gaps
// under it are cut like any other (its bar is drawn across the cuts, with a "//" at each).
std::vector<Piece> ends_of_long_spans(const std::vector<DayInterval>& intervals) {
  std::vector<Piece> out;
  for (const DayInterval& iv : intervals) out.push_back({iv});
  if (intervals.size() < 3) return out;
  double lo = intervals.front().start, hi = intervals.front().end;
  for (const DayInterval& iv : intervals) lo = std::min(lo, iv.start), hi = std::max(hi, iv.end);
  auto is_long = [&](const DayInterval& iv) { return iv.end - iv.start > 0.5 * (hi - lo); };
  double rest_lo = 1e300, rest_hi = -1e300;
  size_t rest = 0;
  for (const DayInterval& iv : intervals)
    if (!is_long(iv)) rest_lo = std::min(rest_lo, iv.start), rest_hi = std::max(rest_hi, iv.end), ++rest;
  if (rest < 2) return out;
  out.clear();
  for (const DayInterval& iv : intervals) {
    if (!is_long(iv) || iv.end - iv.start <= 2 * (rest_hi - rest_lo)) {
      out.push_back({iv});
      continue;
    }
    out.push_back({{iv.start, iv.start + 1}, +1, iv.end - iv.start});
    out.push_back({{iv.end - 1, iv.end}, -1, iv.end - iv.start});
  }
  return out;
}

}  // namespace

TimeAxis build_time_axis(std::vector<DayInterval> intervals, double x0, double x1,
                         const Style::Axis& axis, const std::vector<double>& clock_times) {
  std::vector<Piece> pieces;
  if (axis.breaks) pieces = ends_of_long_spans(intervals);
  else
    for (const DayInterval& iv : intervals) pieces.push_back({iv});
  std::vector<Group> groups = merge_groups(std::move(pieces));
  std::vector<AxisSegment> segs = segments_from(groups, chosen_cuts(groups, axis));
  if (segs.size() == 1 && !clock_times.empty() && segs[0].data1 - segs[0].data0 <= 1 + 1e-9) {
    // One day told by the clock (a live blog): its hours, an hour either side, not three days.
    auto [lo, hi] = std::minmax_element(clock_times.begin(), clock_times.end());
    segs[0].d0 = std::min(*lo, segs[0].data0 + 0.5) - 1 / 24.0;
    segs[0].d1 = std::max(*hi, segs[0].data0 + 0.5) + 1 / 24.0;
  }
  place(segs, x0, x1, axis);
  if (axis.breaks) {
    if (std::optional<Window> w = crowded_window(segs, intervals)) {
      const std::vector<AxisSegment> unzoomed = segs;
      const double max_span = 2 * (w->b - w->a);  // the window grows to twice its span at most
      for (int round = 0; round < kMaxPulls; ++round) {
        segs = unzoomed;
        size_t wide = zoom(segs, *w, intervals);
        // Room for its closest two days to stand a mark apart.
        place(segs, x0, x1, axis, wide, kDayMarkPx * (segs[wide].d1 - segs[wide].d0) / std::max(w->min_gap, 1.0));
        if (!pull_jammed_days(segs, wide, intervals, max_span, *w)) break;
      }
    }
  }
  return TimeAxis{std::move(segs)};
}

}  // namespace chronoline
