// Layout: turns a timeline into a Scene of positioned markers, labels, ticks and lines.
#pragma once

#include "layout/scene.h"
#include "layout/text_measurer.h"
#include "style/style.h"
#include "timeline/timeline.h"
#include "util/result.h"

namespace chronoline {

// Lays out `timeline` for `style`, measuring text with `measurer`.
//
// Horizontal (default): a time axis, cut by breaks between distant groups of events (see
// build_time_axis), with ticks below it; exact days as markers on the axis, ranges as solid bars
// and coarse dates (a week, a month, a decade) as soft bars over the days they cover, stacked
// above the axis; labels in lanes above and below with vertical leader lines. The figure is
// exactly canvas.width x canvas.height whatever the number of events.
//
// Who keeps a label of their own (the priority rules), in order:
//   1. the publication mark ("Published 25 Jan 2022");
//   2. events earlier in the article (by offset, else by their order in the timeline), since
//      news puts what matters first;
//   3. on ties, finer dates before coarser ones.
// Each event in turn takes the free slot nearest the axis. Events that find none are grouped
// with their neighbours into a cluster marker labelled "+12 events, 3–21 May 2022"; clusters are
// placed before single labels in the next pass, so no event is ever dropped. When one side then
// uses two or more lanes more than the other, labels are placed again with that side a lane
// shorter, if everything still fits. Labels whose leaders coincide (one day's events) are then
// stacked in time order, top to bottom, where they fit (time_order_key). Bars and exact days
// keep to clusters of their own kind. Finally each lane in use shrinks to its tallest label, the
// lanes move apart by up to half a lane where there is room, and the whole block of marks, ticks
// and labels is centred in the space under the title.
//
// Vertical: a top-to-bottom list in time order (time_order_key: a whole year before its months and
// days, a shorter fuzzy date at its middle), one row per event, the figure's height growing
// with the number of events; long gaps are shown as axis breaks.
//
// Errors: an input Error when the style leaves no room (e.g. canvas too small for one lane of
// labels) or the timeline has no events and no publication date.
Result<Scene> layout_timeline(const Timeline& timeline, const Style& style, TextMeasurer& measurer);

// A horizontal figure of one to four events (kFewEvents) would show a few lines of small type on
// a wide, mostly empty canvas, unreadable once the figure is shrunk into a page. Its type, marks
// and label width are scaled by few_events_type_scale(): the canvas width over 70 label sizes,
// from 1 to 1.5 (the default style's 13 px labels on 1600 px become 19.5 px; compact's 11 px on
// 960 px, 13.7 px). 1 for other timelines and for lists.
inline constexpr size_t kFewEvents = 4;
double few_events_type_scale(const Timeline& timeline, const Style& style);

// `style` with its font sizes, marker sizes, label width and gaps multiplied by `k`.
Style with_type_scale(const Style& style, double k);

}  // namespace chronoline
