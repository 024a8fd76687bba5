// Layout of the vertical figure: a top-to-bottom list of events in time order.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/date_text.h"
#include "layout/orientations.h"
#include "layout/time_axis.h"

namespace chronoline {
namespace {

constexpr double kAxisGap = 18;  // between the date column and the axis, and the axis and labels
constexpr double kMaxTextWidth = 640;  // beyond this, lines get too long to read
constexpr size_t kPub = static_cast<size_t>(-1);

struct Row {
  size_t event;  // index, or kPub for the publication row
  double day;    // sort key, in days: see rows_in_time_order
  double at;     // where it is on the axis, in days, for its segment
  int segment;   // part of the axis, between breaks, the row falls in
};

std::vector<Row> rows_in_time_order(const Timeline& t, const TimeAxis& axis, bool with_pub) {
  std::vector<Row> rows;
  // Time order as time_order_key says (a whole year heads its months and days; a fuzzy date
  // shorter than a year sorts at its middle; times of one day in order), the publication at its
  // own time.
  for (size_t i = 0; i < t.events.size(); ++i)
    rows.push_back({i, time_order_key(t.events[i]), std::max(time_order_key(t.events[i]), first_day(t.events[i])), 0});
  if (with_pub && t.published) {
    double at = t.published->time_of_day ? (t.published->time_of_day->count() + 1) / 1442.0 : 0.5;
    double day = t.published->day.time_since_epoch().count() + at;
    rows.push_back({kPub, day, day, 0});
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    if (a.day != b.day) return a.day < b.day;
    return a.event != kPub && (b.event == kPub || a.event < b.event);
  });
  // A zoomed stretch is joined to its neighbours: only a break starts a new part of the list.
  for (Row& r : rows) {
    r.segment = 0;
    int part = 0;
    for (size_t s = 0; s < axis.segments.size(); ++s) {
      if (s > 0 && !axis.segments[s].joined) ++part;
      if (r.at >= axis.segments[s].d0) r.segment = part;
    }
  }
  return rows;
}

class Vertical {
 public:
  Vertical(const Timeline& t, const Style& s, TextMeasurer& m, Scene scene)
      : t_(t), s_(s), m_(m), scene_(std::move(scene)), palette_(t, s) {}

  Result<Scene> run() {
    double left = s_.canvas.margin_left, right = s_.canvas.width - s_.canvas.margin_right;
    axis_x_ = left + s_.layout.date_column_width + kAxisGap;
    text_x_ = axis_x_ + kAxisGap;
    text_w_ = std::min(right - text_x_, kMaxTextWidth);
    if (text_w_ < 40)
      return Error::input("canvas.width leaves no room for labels beside the date column");
    right = text_x_ + text_w_;  // a list needs no more width than its longest lines
    scene_.width = right + s_.canvas.margin_right;
    double y = layout_header(t_, s_, palette_, m_, scene_, left, right, s_.canvas.margin_top) + 16;
    std::vector<DayInterval> intervals;
    for (const Event& e : t_.events) intervals.push_back({first_day(e), end_day(e)});
    if (t_.published) {
      double d = t_.published->day.time_since_epoch().count();
      intervals.push_back({d, d + 1});
    }
    TimeAxis axis = build_time_axis(std::move(intervals), 0, 1000, s_.axis);
    std::vector<Row> rows = rows_in_time_order(t_, axis, s_.show.publication);
    double top = y;
    for (size_t r = 0; r < rows.size(); ++r) {
      if (r > 0 && rows[r].segment != rows[r - 1].segment) y = add_break(y);
      y = add_row(rows[r], y) + s_.layout.row_gap;
      if (r + 1 < rows.size()) scene_.paging.cuts.push_back(y - s_.layout.row_gap / 2);
    }
    add_axis_line(top - 6, y - s_.layout.row_gap + 6);
    // Whole pixels, so SVG and PDF page sizes are whole numbers and match the PNG.
    scene_.height = std::ceil(std::max(y + s_.canvas.margin_bottom, s_.canvas.margin_top + 100));
    set_running_head(left, right);
    return std::move(scene_);
  }

 private:
  // What a PDF page after the first shows above its rows: the title in small muted type.
  void set_running_head(double left, double right) {
    Scene::Paging& p = scene_.paging;
    p.foot = s_.canvas.margin_bottom;
    p.head = t_.title.empty() ? std::string("Timeline") : t_.title;
    p.head_x = left;
    p.head_y = s_.canvas.margin_top;
    p.head_width = right - left;
    p.head_height =
        s_.canvas.margin_top + m_.measure(p.head, FontRole::kTick, false, p.head_width, 1).height + 16;
  }

  double add_break(double y) {
    double h = 22, cy = y + h / 2 - s_.layout.row_gap / 2;
    breaks_.push_back(cy);
    ++scene_.axis.breaks;
    return y + h;
  }

  void add_axis_line(double y0, double y1) {
    // Draw under everything else: insert at the front of the draw list.
    std::vector<Prim> lines;
    double from = y0;
    for (double cy : breaks_) {
      lines.push_back(
          LinePrim{axis_x_, from, axis_x_, cy - 6, s_.colors.axis, s_.axis.width, false});
      if (s_.axis.break_mark != BreakMark::kGap)
        for (double dy : {-3.0, 3.0})
          lines.push_back(LinePrim{axis_x_ - 6, cy + dy + 3, axis_x_ + 6, cy + dy - 3,
                                   s_.colors.break_mark, 1.5, false});
      from = cy + 6;
    }
    lines.push_back(LinePrim{axis_x_, from, axis_x_, y1, s_.colors.axis, s_.axis.width, false});
    scene_.draw.insert(scene_.draw.begin(), lines.begin(), lines.end());
    scene_.axis.x0 = scene_.axis.x1 = axis_x_;
    scene_.axis.y0 = y0;
    scene_.axis.y1 = y1;
  }

  // Date on the left, mark on the axis, label on the right; returns the row's bottom.
  double add_row(const Row& row, double y) {
    bool pub = row.event == kPub;
    const Event* e = pub ? nullptr : &t_.events[row.event];
    std::string date =
        pub ? published_text(t_).substr(std::string("Published ").size()) : event_date_text(*e);
    Color base = e && mark_kind(*e) == MarkKind::kRange ? s_.colors.range : s_.colors.marker;
    Color accent = pub ? s_.colors.publication : palette_.color_of(*e, base);
    TextMetrics dm = m_.measure(date, FontRole::kTick, true, s_.layout.date_column_width, 2);
    std::string text = pub ? std::string("Article published") : shown_label(*e, true);
    TextMetrics lm = m_.measure(text, FontRole::kLabel, pub, text_w_, s_.labels.max_lines);
    double date_x = axis_x_ - kAxisGap - dm.width;
    add_text(scene_, dm, date_x, y + 1, FontRole::kTick, true, pub ? accent : s_.colors.muted,
             s_.layout.date_column_width);
    scene_.items.push_back({ItemKind::kTick, {}, Box{date_x, y + 1, dm.width, dm.height}, date});
    double cy = y + std::max(dm.line_height, lm.line_height) / 2 + 1;
    double h = std::max(dm.height + 1, lm.height);
    add_mark(row, e, accent, cy, y, h);
    add_text(scene_, lm, text_x_, y, FontRole::kLabel, pub, pub ? accent : s_.colors.text, text_w_);
    std::vector<size_t> events;
    if (!pub) events.push_back(row.event);
    scene_.items.push_back({ItemKind::kLabel, events, Box{text_x_, y, lm.width, lm.height}, text});
    return y + h;
  }

  void add_mark(const Row& row, const Event* e, Color accent, double cy, double y, double h) {
    double sz = s_.markers.size;
    if (!e) {  // publication: a short bar across the axis
      scene_.draw.push_back(LinePrim{axis_x_ - sz, cy, axis_x_ + sz, cy, accent, 2.5, false});
      scene_.items.push_back(
          {ItemKind::kMarker, {}, Box{axis_x_ - sz, cy - 1.25, 2 * sz, 2.5}, ""});
      return;
    }
    MarkKind kind = mark_kind(*e);
    if (kind == MarkKind::kPoint) {
      scene_.draw.push_back(
          MarkerPrim{axis_x_, cy, sz, s_.markers.shape, accent, s_.canvas.background, 1.5});
      scene_.items.push_back(
          {ItemKind::kMarker, {row.event}, Box{axis_x_ - sz / 2, cy - sz / 2, sz, sz}, ""});
      return;
    }
    // Ranges and coarse dates: a bar along the axis as tall as the row, soft for coarse dates.
    double bw = s_.markers.bar_height;
    Box bar{axis_x_ - bw / 2, y + 1, bw, std::max(h - 2, sz)};
    Color fill = kind == MarkKind::kCoarse ? palette_.color_of(*e, s_.colors.coarse)
                 : kind == MarkKind::kRange ? palette_.color_of(*e, s_.colors.range)
                                            : accent;
    scene_.draw.push_back(RectPrim{bar, fill, Color{0, 0, 0, 0}, 0, kind == MarkKind::kCoarse ? bw / 2 : 1, {}});
    scene_.items.push_back({ItemKind::kMarker, {row.event}, bar, ""});
  }

  const Timeline& t_;
  const Style& s_;
  TextMeasurer& m_;
  Scene scene_;
  Palette palette_;
  double axis_x_ = 0, text_x_ = 0, text_w_ = 0;
  std::vector<double> breaks_;
};

}  // namespace

Result<Scene> layout_vertical(const Timeline& timeline, const Style& style, TextMeasurer& m,
                              Scene scene) {
  return Vertical(timeline, style, m, std::move(scene)).run();
}

}  // namespace chronoline
