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
// Break rule: merge overlapping intervals into groups; within a stretch, cut every gap between
// groups that is at least `axis.break_min_gap` of the stretch's length and at least
// `axis.break_gap_ratio` times the median gap between its events (so evenly spread events are
// never cut, bursts years apart always are) and longer than the shorter group beside it (a month
// between two busy quarters stays), then look again inside each piece (so a dense month
// next to a lone date a few months earlier is cut even when decades lie further out). At most
// `axis.max_breaks` cuts, keeping the relatively largest. A span more than twice as long as
// all other intervals together cover stands for its first and last days here, so the gaps under it
// are cut too (a segment left holding one end alone says so: span_end_of).
// Width rule: each segment gets width in proportion to (its events + 1), at least
// `axis.min_segment_width` when there is room, so dense periods get room.
// Zoom rule (with `axis.breaks`): when a run of at least 3 distinct days inside one segment would
// leave less than 10 px per day's mark, and no gap lets a break separate it (a year-long bar
// runs under a busy week), the widest such run gets a stretch of its own, joined to its
// neighbours without a break: the axis changes scale there, and its ticks show it.
// One zoom per axis. A stretch before or after the window that no interval starts in (only the
// segment's padding) is dropped: the window's own margin ends the segment there. A day the coarser neighbour would draw within a mark's room of the join is
// taken into the stretch (which grows to twice its span at most), so no mark sits on a join.
// Clock rule: when every interval lies in one day and `clock_times` (days, with the time of day
// as a fraction, of the events told by the clock) is not empty, the axis runs from an hour before
// the first to an hour after the last (and noon, where a day's untimed events sit), not over days.
TimeAxis build_time_axis(std::vector<DayInterval> intervals, double x0, double x1,
                         const Style::Axis& axis, const std::vector<double>& clock_times = {});

}  // namespace chronoline
