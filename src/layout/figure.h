// Figure parts shared by both orientations: header, legend, event kinds, colours, priorities.
#pragma once

#include <string>
#include <vector>

#include "layout/scene.h"
#include "layout/text_measurer.h"
#include "style/style.h"
#include "timeline/timeline.h"

namespace chronoline {

// How an event is drawn: an exact day (marker), a range (solid bar) or a coarse date (soft bar).
enum class MarkKind { kPoint, kRange, kCoarse };
MarkKind mark_kind(const Event& e);

// Days since 1970-01-01 of the first day and one past the last day an event covers.
double first_day(const Event& e);
double end_day(const Event& e);

// Where an event sorts in time order, in days since 1970-01-01: in a list's rows, and in a stack of
// labels that share one leader on the horizontal figure. An exact day sorts at its start and its
// events with a time of day after it, by time ("09:40" before "11:15"); a range at its start; a
// fuzzy date shorter than a year ("late 2025", "summer 2024", "Q3 2025", "March 2024") at the
// middle of its span, where the horizontal figure puts its leader, so "15 Sep 2025" comes before
// "late 2025"; a whole year, decade or century ("2024", "1990s") just before its first day, as a
// heading before the months and days in it. Equal keys keep the timeline's order.
double time_order_key(const Event& e);

// The label an event shows: its label, else its text, else its date.
std::string label_text(const Event& e);

// label_text(e) where `date_shown` says the figure draws the event's date beside its label anyway;
// then an event with no label or text of its own (blank) shows none, not its date a second time.
std::string shown_label(const Event& e, bool date_shown);

// Event indices in label priority order (see layout.h).
std::vector<size_t> label_priority(const Timeline& timeline);

// Category colours: events without a category use `base`.
class Palette {
 public:
  Palette(const Timeline& timeline, const Style& style);
  Color color_of(const Event& e, Color base) const;
  const std::vector<std::string>& categories() const { return categories_; }

 private:
  std::vector<std::string> categories_;
  std::vector<Color> colors_;
};

// "Published 25 Jan 2022, 05:49" or "" when there is no publication date.
std::string published_text(const Timeline& timeline);

// Adds the title, subtitle and legend at the top of [left, right] from `top`; returns the y
// below them.
double layout_header(const Timeline& timeline, const Style& style, const Palette& palette,
                     TextMeasurer& m, Scene& scene, double left, double right, double top);

// Adds a text prim for `metrics` at (x, y).
void add_text(Scene& scene, const TextMetrics& metrics, double x, double y, FontRole role,
              bool bold, Color color, double max_width, bool halo = false);

// Font size for a role.
double font_size(const Style& style, FontRole role);

// "12,345".
std::string with_thousands(size_t n);

}  // namespace chronoline
