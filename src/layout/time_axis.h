// TimeAxis: maps days to x, cut by axis breaks where long empty gaps separate groups of events.
#pragma once

#include <vector>

#include "style/style.h"

namespace chronoline {

// Days counted from 1970-01-01; an interval is [start, end).
struct DayInterval {
  double start, end;
};

// A stretch of axis without breaks: days [d0, d1] drawn over [x0, x1].
struct AxisSegment {
  double d0, d1, x0, x1;
  int events = 0;               // how many intervals fall in it
  double data0 = 0, data1 = 0;  // the days its intervals cover, [data0, data1), without padding
  bool joined = false;          // continues the segment before it, at another scale, with no break
  // When it holds nothing but one end of a long span cut from the rest (a season's first day,
  // before its match days): the span's length in days, so its ticks keep the span's grain; else 0.
  double span_end_of = 0;
};

struct TimeAxis {
  std::vector<AxisSegment> segments;  // in time order, left to right

  // Piecewise-linear position of `day`; days inside a break map to the middle of the break,
  // days outside the axis to its nearest end.
  double x_of(double day) const;
  int breaks() const;
};

// Builds the axis over [x0, x1] for `intervals` (at least one).
//
// Break rule: merge overlapping intervals into groups; then cut gaps between groups, largest
// first, one at a time, while a gap is at least `axis.break_min_gap` of the time still drawn (the
// span less the gaps already cut), at least `axis.break_neighbour_ratio` times the spacing of events on
// each side (inside the group beside it when that holds several events, else the gap on the lone
// event's far side, up to the nearest cut: so a gap of a few years among others of a year or two
// stays, and the reader sees how far apart those dates are, while the decades before a busy year,
// the months before a busy week and the years between two bursts go), at least `axis.break_gap_ratio` times the median gap between events in its stretch (evenly spread events,
// or two or three lone dates, are never cut) and longer than the shorter group beside it (a month
// between two busy quarters stays). At most `axis.max_breaks` cuts. A span more than twice as long as
// all other intervals together cover stands for its first and last days here, so the gaps under it
// are cut too (a segment left holding one end alone says so: span_end_of).
// Width rule: each segment gets width in proportion to (its events + 1), at least
// `axis.min_segment_width` when there is room, so dense periods get room.
// Zoom rule (with `axis.breaks`): when a run of at least 3 distinct days inside one segment would
// leave less than 10 px per day's mark, and no gap lets a break separate it (a year-long bar
// runs under a busy week), the widest such run gets a stretch of its own, joined to its
// neighbours without a break: the axis changes scale there, and its ticks show it.
// Only intervals of a month at most count as days of a run. A day at either end of such a run that lies more than 4 times the run's median gap (a day at
// least) past the rest, such as a month weeks after a busy week, is left out of the stretch, which
// would otherwise spend a day's room on each of the empty days between. One zoom per axis. A stretch before or after the window that no interval starts in (only the
// segment's padding) is dropped: the window's own margin ends the segment there. A day the coarser neighbour would draw within a mark's room of the join is
// taken into the stretch (which grows to twice its span at most), so no mark sits on a join. A
// stretch that would be drawn at less than 1.5 times the scale of every joined neighbour is not
// made: the axis keeps one scale there.
// Clock rule: when every interval lies in one day and `clock_times` (days, with the time of day
// as a fraction, of the events told by the clock) is not empty, the axis runs from an hour before
// the first to an hour after the last (and noon, where a day's untimed events sit), not over days.
TimeAxis build_time_axis(std::vector<DayInterval> intervals, double x0, double x1,
                         const Style::Axis& axis, const std::vector<double>& clock_times = {});

}  // namespace chronoline
