// TimeAxis: maps days to x, cut by axis breaks where long empty gaps separate groups of events.
#include "layout/time_axis.h"

#include <algorithm>
#include <numeric>

namespace chronoline {
namespace {

struct Group {
  double start, end;
  int count;
};

struct Cut {
  size_t after;  // cut between groups[after] and groups[after + 1]
  double score;  // gap / length of the stretch it was found in
};

std::vector<Group> merge_groups(std::vector<DayInterval> intervals) {
  std::sort(intervals.begin(), intervals.end(),
            [](const DayInterval& a, const DayInterval& b) { return a.start < b.start; });
  std::vector<Group> groups;
  for (const DayInterval& iv : intervals) {
    if (!groups.empty() && iv.start <= groups.back().end) {
      groups.back().end = std::max(groups.back().end, iv.end);
      ++groups.back().count;
    } else {
      groups.push_back({iv.start, iv.end, 1});
    }
  }
  return groups;
}

// Finds cuts among groups[lo..hi] (inclusive), recursing into the pieces.
void find_cuts(const std::vector<Group>& g, size_t lo, size_t hi, double min_share, std::vector<Cut>& cuts) {
  if (lo >= hi) return;
  double length = g[hi].end - g[lo].start;
  size_t piece_start = lo;
  bool any = false;
  for (size_t i = lo; i < hi; ++i) {
    double gap = g[i + 1].start - g[i].end;
    if (gap < min_share * length) continue;
    cuts.push_back({i, gap / length});
    find_cuts(g, piece_start, i, min_share, cuts);
    piece_start = i + 1;
    any = true;
  }
  if (any) find_cuts(g, piece_start, hi, min_share, cuts);
}

std::vector<size_t> chosen_cuts(const std::vector<Group>& groups, const Style::Axis& axis) {
  std::vector<Cut> cuts;
  if (axis.breaks && groups.size() > 1) find_cuts(groups, 0, groups.size() - 1, axis.break_min_gap, cuts);
  std::stable_sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.score > b.score; });
  if (cuts.size() > static_cast<size_t>(std::max(axis.max_breaks, 0))) cuts.resize(std::max(axis.max_breaks, 0));
  std::vector<size_t> after;
  for (const Cut& c : cuts) after.push_back(c.after);
  std::sort(after.begin(), after.end());
  return after;
}

std::vector<AxisSegment> segments_from(const std::vector<Group>& groups, const std::vector<size_t>& cuts) {
  std::vector<AxisSegment> segs;
  size_t first = 0;
  auto close = [&](size_t last) {
    AxisSegment s{groups[first].start, groups[last].end, 0, 0, 0};
    for (size_t i = first; i <= last; ++i) s.events += groups[i].count;
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
std::vector<double> share_widths(const std::vector<double>& weights, double available, double min_w) {
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

TimeAxis build_time_axis(std::vector<DayInterval> intervals, double x0, double x1, const Style::Axis& axis) {
  std::vector<Group> groups = merge_groups(std::move(intervals));
  std::vector<AxisSegment> segs = segments_from(groups, chosen_cuts(groups, axis));
  double break_w = axis.break_width;
  double available = (x1 - x0) - break_w * static_cast<double>(segs.size() - 1);
  std::vector<double> weights;
  for (const AxisSegment& s : segs) weights.push_back(s.events + 1.0);
  std::vector<double> widths = share_widths(weights, available, axis.min_segment_width);
  double x = x0;
  for (size_t i = 0; i < segs.size(); ++i) {
    segs[i].x0 = x;
    segs[i].x1 = x + widths[i];
    x = segs[i].x1 + break_w;
  }
  return TimeAxis{std::move(segs)};
}

}  // namespace chronoline
