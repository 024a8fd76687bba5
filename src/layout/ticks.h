// Ticks: picks tick units per axis segment (days ... centuries) and drops colliding tick labels.
#pragma once

#include <string>
#include <vector>

#include "layout/text_measurer.h"
#include "layout/time_axis.h"
#include "style/style.h"

namespace chronoline {

// A tick mark at x with its label, and an optional context label on a second row ("Jan 2022"
// under day ticks, the year under months). Widths are measured; x is the centre of both labels.
struct Tick {
  double x;
  std::string text;
  std::string context;
  double text_width = 0;
  double context_width = 0;
  int segment = 0;  // index of the axis segment it belongs to
  // A segment's only label may give way to its year ("2022" for "Sep–Nov 2022") when the full
  // name has no room; empty when there is no shorter name. Beside a stretch of the same year, a
  // bare year would read as that whole year again: the months alone ("Sep–Nov") come first, and
  // the year (last_text) only when they do not fit either.
  std::string short_text;
  double short_width = 0;
  std::string last_text;
  double last_width = 0;
};

// Chooses, per segment, the finest unit among days, 2 days, weeks, months, quarters, half years,
// years, 2/5 years, decades, 20/50 years, centuries, ... whose labels fit with `ticks.min_gap`
// between them, then drops labels that come closer to a neighbour than min_gap or one tick font
// size (1.5 font sizes where the segment changes); of two, the lesser goes (a segment's only
// label outranks a label with a context, which outranks the rest), and a segment's last kept
// label stays; a segment's only label that has no room falls back to its year before it goes.
// A segment holding nothing but one end of a long span (AxisSegment::span_end_of) is named at
// the span's grain: "2030" for a decade's first day, not "1 Jan 2030".
// Context labels are dropped on their own. Labels stay within [left, right].
std::vector<Tick> choose_ticks(const TimeAxis& axis, const Style& style, TextMeasurer& measurer,
                               double left, double right);

// The least space between two tick labels in one row: ticks.min_gap, but never less than one tick
// font size (closer, they read as one).
double tick_label_gap(const Style& style);

}  // namespace chronoline
