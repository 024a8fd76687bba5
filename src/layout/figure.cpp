// Figure parts shared by both orientations: header, legend, event kinds, colours, priorities.
#include "layout/figure.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "layout/date_text.h"

namespace chronoline {

MarkKind mark_kind(const Event& e) {
  if (e.is_range())
    return e.span.granularity >= Granularity::kDay || e.span.is_range ? MarkKind::kRange
                                                                      : MarkKind::kCoarse;
  return e.span.granularity >= Granularity::kDay ? MarkKind::kPoint : MarkKind::kCoarse;
}

// A range between two times of day ("between 9am and noon") covers those hours, not whole days.
double first_day(const Event& e) {
  double d = e.span.start.time_since_epoch().count();
  if (auto r = range_clock_minutes(e)) d += r->first / 1440.0;
  return d;
}
double end_day(const Event& e) {
  double d = e.span.end.time_since_epoch().count();
  if (auto r = range_clock_minutes(e)) return d + r->second / 1440.0;
  return d + 1.0;
}

double time_order_key(const Event& e) {
  constexpr double kMinute = 1 / 1442.0;  // a day's 1440 minutes, its start and T24:00 fit in it
  switch (mark_kind(e)) {
    case MarkKind::kPoint:
      return first_day(e) + (minutes_into_day(e) + 1) * kMinute;
    case MarkKind::kRange:
      return first_day(e);
    case MarkKind::kCoarse:
      break;
  }
  bool narrowed = e.mod == "START" || e.mod == "MID" || e.mod == "END";
  if (!e.span.is_range && !narrowed && e.span.granularity <= Granularity::kYear)
    // Coarser first: "1990s" before "1990" before "1 Jan 1990".
    return first_day(e) - (1 + static_cast<int>(Granularity::kYear) - static_cast<int>(e.span.granularity)) * kMinute;
  return (first_day(e) + end_day(e)) / 2;
}

std::string label_text(const Event& e) {
  if (!e.label.empty()) return e.label;
  if (!e.text.empty()) return e.text;
  return event_date_text(e);
}

std::string shown_label(const Event& e, bool date_shown) {
  auto blank = [](const std::string& s) {
    return s.find_first_not_of(" \t\n") == std::string::npos;
  };
  if (date_shown && blank(e.label) && blank(e.text)) return "";
  return label_text(e);
}

std::vector<size_t> label_priority(const Timeline& t) {
  std::vector<size_t> order(t.events.size());
  std::iota(order.begin(), order.end(), size_t{0});
  auto position = [&](size_t i) {
    const Event& e = t.events[i];
    return e.offset ? e.offset->first : i;  // offsets and indices both follow the article
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    size_t pa = position(a), pb = position(b);
    if (pa != pb) return pa < pb;
    return t.events[a].span.granularity > t.events[b].span.granularity;
  });
  return order;
}

Palette::Palette(const Timeline& timeline, const Style& style) {
  for (const Event& e : timeline.events) {
    if (e.category.empty()) continue;
    if (std::find(categories_.begin(), categories_.end(), e.category) != categories_.end())
      continue;
    categories_.push_back(e.category);
    const auto& p = style.colors.palette;
    colors_.push_back(p.empty() ? style.colors.marker : p[(categories_.size() - 1) % p.size()]);
  }
}

Color Palette::color_of(const Event& e, Color base) const {
  if (e.category.empty()) return base;
  auto it = std::find(categories_.begin(), categories_.end(), e.category);
  Color c = colors_[it - categories_.begin()];
  c.a = base.a;
  return c;
}

std::string published_text(const Timeline& t) {
  if (!t.published) return "";
  std::string out = "Published " + day_text(t.published->day);
  if (t.published->time_of_day) {
    auto m = t.published->time_of_day->count();
    char buf[16];
    std::snprintf(buf, sizeof buf, ", %02d:%02d", static_cast<int>(m / 60),
                  static_cast<int>(m % 60));
    out += buf;
  }
  return out;
}

double font_size(const Style& s, FontRole role) {
  switch (role) {
    case FontRole::kTitle:
      return s.fonts.title_size;
    case FontRole::kSubtitle:
      return s.fonts.subtitle_size;
    case FontRole::kLabel:
      return s.fonts.label_size;
    case FontRole::kTick:
      return s.fonts.tick_size;
    case FontRole::kLegend:
      return s.fonts.legend_size;
  }
  return s.fonts.label_size;
}

void add_text(Scene& scene, const TextMetrics& m, double x, double y, FontRole role, bool bold,
              Color color, double max_width, bool halo) {
  scene.draw.push_back(
      TextPrim{x, y, m.lines, m.line_height, role, bold, color, max_width, m.ellipsized, halo});
}

std::string with_thousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

namespace {

double layout_legend(const Style& style, const Palette& palette, TextMeasurer& m, Scene& scene,
                     double left, double right, double y) {
  double x = left, row_h = 0;
  double swatch = style.fonts.legend_size * 0.8;
  for (size_t i = 0; i < palette.categories().size(); ++i) {
    const std::string& name = palette.categories()[i];
    TextMetrics tm = m.measure(name, FontRole::kLegend, false, 0, 1);
    double w = swatch + 6 + tm.width;
    if (x > left && x + w > right) {
      x = left;
      y += row_h + 4;
    }
    Event probe;
    probe.category = name;
    Color c = palette.color_of(probe, style.colors.marker);
    double cy = y + tm.line_height / 2;
    scene.draw.push_back(MarkerPrim{x + swatch / 2, cy, swatch, style.markers.shape, c, c, 0});
    add_text(scene, tm, x + swatch + 6, y, FontRole::kLegend, false, style.colors.muted, 0);
    row_h = std::max(row_h, tm.line_height);
    x += w + 18;
  }
  return y + row_h;
}

}  // namespace

double layout_header(const Timeline& t, const Style& style, const Palette& palette, TextMeasurer& m,
                     Scene& scene, double left, double right, double top) {
  double y = top, width = right - left;
  if (style.show.title && !t.title.empty()) {
    TextMetrics tm = m.measure(t.title, FontRole::kTitle, true, width, 2);
    add_text(scene, tm, left, y, FontRole::kTitle, true, style.colors.text, width);
    y += tm.height + 6;
  }
  std::string sub = t.source;
  if (std::string pub = published_text(t); !pub.empty())
    sub += (sub.empty() ? "" : "  \xC2\xB7  ") + pub;
  if (style.show.subtitle && !sub.empty()) {
    TextMetrics tm = m.measure(sub, FontRole::kSubtitle, false, width, 1);
    add_text(scene, tm, left, y, FontRole::kSubtitle, false, style.colors.muted, width);
    y += tm.height + 6;
  }
  if (style.show.legend && !palette.categories().empty())
    y = layout_legend(style, palette, m, scene, left, right, y + 4) + 6;
  return y;
}

}  // namespace chronoline
