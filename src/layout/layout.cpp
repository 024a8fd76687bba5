// Layout: checks the style, prepares the scene and hands over to the chosen orientation.
#include "layout/layout.h"

#include <algorithm>

#include "layout/date_text.h"
#include "layout/orientations.h"

namespace chronoline {
namespace {

Status check_style(const Style& s) {
  double content_w = s.canvas.width - s.canvas.margin_left - s.canvas.margin_right;
  if (content_w < s.labels.max_width / 2 || content_w < 100)
    return Error::input(
        "canvas.width " + std::to_string(int(s.canvas.width)) +
        " leaves no room between the margins; make it wider or the margins smaller");
  if (s.canvas.height - s.canvas.margin_top - s.canvas.margin_bottom < 60)
    return Error::input("canvas.height leaves no room between the margins; make it taller");
  return {};
}

}  // namespace

double few_events_type_scale(const Timeline& timeline, const Style& style) {
  if (style.layout.orientation != Orientation::kHorizontal || timeline.events.empty() ||
      timeline.events.size() > kFewEvents)
    return 1;
  return std::clamp(style.canvas.width / (70 * style.fonts.label_size), 1.0, 1.5);
}

Style with_type_scale(const Style& style, double k) {
  Style s = style;
  for (double* v : {&s.fonts.title_size, &s.fonts.subtitle_size, &s.fonts.label_size, &s.fonts.tick_size,
                    &s.fonts.legend_size, &s.markers.size, &s.markers.bar_height, &s.labels.max_width,
                    &s.labels.gap, &s.ticks.min_gap})
    *v *= k;
  return s;
}

Result<Scene> layout_timeline(const Timeline& timeline, const Style& style,
                              TextMeasurer& measurer) {
  if (Status st = check_style(style); !st) return st.error();
  if (timeline.events.empty() && !timeline.published)
    return Error::input("the timeline has no events and no publication date; nothing to draw");
  Scene scene;
  scene.width = style.canvas.width;
  scene.height = style.canvas.height;
  scene.orientation = style.layout.orientation;
  scene.background = style.canvas.background;
  scene.title = timeline.title;
  for (size_t i = 0; i < timeline.events.size(); ++i)
    scene.event_names.push_back(event_name(timeline, i));
  EraMarks era(reaches_before_year_one(timeline));  // "1 CE" beside "501 BCE"
  if (style.layout.orientation == Orientation::kVertical)
    return layout_vertical(timeline, style, measurer, std::move(scene));
  return layout_horizontal(timeline, style, measurer, std::move(scene));
}

}  // namespace chronoline
