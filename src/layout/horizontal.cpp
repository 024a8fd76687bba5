// Layout of the horizontal figure: broken time axis, ticks, marks, labels in lanes, clusters.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "layout/date_text.h"
#include "layout/lanes.h"
#include "layout/orientations.h"
#include "layout/ticks.h"
#include "layout/time_axis.h"

namespace chronoline {
namespace {

constexpr double kFlag = 5;        // space between a flag-pole leader and its label
constexpr double kLeaderPad = 2;   // room kept between a leader and other labels
constexpr double kLeaderSep = 6;   // leaders closer than this (and the leader width) read as one
constexpr double kSameLeader = 0.5;  // leaders closer than this are one (LaneSide::near_leader)
constexpr double kLeaderMin = 12;  // shortest leader between the marks and lane 0
constexpr double kAxisInset = 12;  // axis ends inside the margins, so edge labels fit
constexpr double kTrackGap = 3;    // between stacked bars
constexpr double kMinBar = 6;      // narrowest bar
constexpr int kClusterLines = 2;   // cluster labels wrap to at most this many lines
// Labels side by side in a lane keep this many ems apart (or labels.gap when wider) where they
// can, labels.gap where not: at 8 px, "1978 Construction began" and "1990s Haworth cotton
// mill's site..." read as one line.
constexpr double kSideBySide = 1.5;
constexpr double kSpread = 1.5;    // lanes in use move apart by at most this share of a lane
constexpr double kFill = 0.6;      // ... or more, until the block fills this share of the height
constexpr double kWideWrap = 1.5;  // a timeline with room to spare wraps labels this much wider
constexpr double kWideCover = 0.5;  // ... when its labels would cover at most this share of lanes

// Space kept around labels: labels.gap, but never so little that labels touch.
double label_gap(const Style& s) { return std::max(s.labels.gap, 2.0); }

// Where an event (or the publication) is drawn on the axis.
struct Mark {
  MarkKind kind = MarkKind::kPoint;
  double x0 = 0, x1 = 0;  // horizontal extent
  double x = 0;           // anchor: where leaders meet it
  double top = 0, bottom = 0;
  int track = 0;
  Color color;
};

// The vertical plan of the figure.
struct Geometry {
  double left, right;             // where labels may go
  double area_top, area_bottom;   // the free area under the header, where the content block goes
  double above_band, below_band;  // marks and bars above the axis; ticks and publication below
  double axis_y;
  double above_edge;  // bottom of lane 0 above the axis
  double below_edge;  // top of lane 0 below the axis
  double lane_h;
  int lanes_above, lanes_below;
  double marker_half;
  double tick_top;  // y of tick labels
  double tick_line_h;
  // The publication label's row under the ticks: its width, its mark and where it may slide.
  double pub_w = 0, pub_lo = 0, pub_hi = -1;  // pub_lo > pub_hi: no publication label
  double pub_pref = 0;                         // the x it takes when free: centred under its mark
  double side_gap = 0;  // what labels side by side in a lane keep apart where they can
};

constexpr double kPubSlide = 8;  // the publication label may end or start this far past its mark

// Where the publication label goes: the left edge in [g.pub_lo, g.pub_hi] nearest g.pub_pref
// whose columns keep kLeaderPad from every leader below the axis at `leaders` (every one of them
// runs down through its row), or none.
std::optional<double> pub_label_x(const Geometry& g, const std::vector<double>& leaders) {
  auto clear = [&](double x0) {
    for (double l : leaders)
      if (l > x0 - kLeaderPad - 0.01 && l < x0 + g.pub_w + kLeaderPad + 0.01) return false;
    return true;
  };
  std::optional<double> best;
  auto consider = [&](double x0) {
    if (x0 < g.pub_lo - 0.01 || x0 > g.pub_hi + 0.01 || !clear(x0)) return;
    if (!best || std::abs(x0 - g.pub_pref) < std::abs(*best - g.pub_pref)) best = x0;
  };
  consider(g.pub_pref);
  if (best) return best;
  consider(g.pub_lo);
  consider(g.pub_hi);
  for (double l : leaders) {
    consider(l + kLeaderPad + 0.02);
    consider(l - kLeaderPad - 0.02 - g.pub_w);
  }
  return best;
}

// Whether a leader at x runs down through the publication label's row where the label may go.
bool in_pub_window(const Geometry& g, double x) {
  return g.pub_lo <= g.pub_hi && x > g.pub_lo - kLeaderPad && x < g.pub_hi + g.pub_w + kLeaderPad;
}

// A placed label.
struct Slot {
  bool above = true;
  int lane = 0;
  Box box;
  double leader_x = 0;
  bool flag = false;  // leader runs up the side of the label, not to its edge
};

// A label to place: its size, and its text measured once.
struct Label {
  TextMetrics date, text;
  double w = 0, h = 0;
};

// Events grouped into one marker because their labels did not fit.
struct Cluster {
  std::vector<size_t> members;  // sorted by anchor x
  double x0 = 0, x1 = 0;        // anchor extent
};

// Ids of labels in a pass: events are their index, clusters kClusterBase + index.
constexpr long kClusterBase = 1L << 40;
constexpr int kResweeps = 64;  // full re-placements a pass may try; keeps 10,000 events fast

// One attempt at placing labels; lanes start empty. A label first takes the free slot nearest the
// axis as things are; failing that, the whole side is placed again from right to left with it
// (a staircase of right-pointing flags, whose leaders never cross a label) and kept if all fit.
class Pass {
 public:
  Pass(const Geometry& g, const Style& s)
      : g_(g),
        narrow_(label_gap(s)),
        wide_(std::max(narrow_, g.side_gap)),
        gap_(wide_),
        sep_(kLeaderSep + s.labels.leader_width),
        lanes_{LaneSide(g.lanes_above), LaneSide(g.lanes_below)} {}

  // Leaders of marks a few pixels apart (events on neighbouring days) would run side by side and
  // read as one line: a label first looks for a slot whose leader keeps sep_ from the others on
  // its side (usually on the other side of the axis), and only then shares the leader it is
  // next to, as labels of one day do.
  bool add(long id, double x, double w, double h, bool prefer_above) {
    int lanes = std::max(g_.lanes_above, g_.lanes_below);
    double near[2] = {lanes_[0].near_leader(x, sep_), lanes_[1].near_leader(x, sep_)};
    // Labels keep wide_ from their neighbours in a lane where they can, else narrow_.
    auto done = [&](bool ok) {
      avoid_pub_ = true;
      gap_ = wide_;
      return ok;
    };
    bool placed = in_each_setting([&] {
      for (bool share : {false, true}) {
        if (share && near[0] == x && near[1] == x) break;  // nothing to share
        for (int k = 0; k < lanes; ++k)
          for (bool above : {prefer_above, !prefer_above}) {
            LaneSide& side = lanes_[above ? 0 : 1];
            double at = near[above ? 0 : 1];
            if ((at != x) != share) continue;  // own leaders first, then shared ones
            if (auto slot = try_lane(side, above, k, at, w, h)) {
              placed_[above ? 0 : 1].push_back({id, x, w, h, *slot});
              return true;
            }
          }
      }
      return false;
    });
    if (placed) return done(true);
    if (resweeps_left_ <= 0) return done(false);
    --resweeps_left_;
    return done(in_each_setting([&] {
      for (bool above : {prefer_above, !prefer_above})
        for (bool rightward : {true, false})
          if (resweep(above, rightward, Entry{id, x, w, h, {}})) return true;
      return false;
    }));
  }

  // Runs `attempt` under each setting in turn until it succeeds: leaders kept out of the
  // publication label's row before not, and in each the wide gap before the narrow one.
  template <class Attempt>
  bool in_each_setting(Attempt attempt) {
    for (bool avoid : {true, false})
      for (int g = 0; g < (wide_ > narrow_ ? 2 : 1); ++g) {
        avoid_pub_ = avoid;
        gap_ = g == 0 ? wide_ : narrow_;
        if (attempt()) return true;
      }
    return false;
  }

  // Where each id ended up.
  std::map<long, Slot> slots() const {
    std::map<long, Slot> out;
    for (const auto& side : placed_)
      for (const Entry& e : side) out.emplace(e.id, e.slot);
    return out;
  }

 private:
  struct Entry {
    long id;
    double x, w, h;
    Slot slot;
  };

  // Places one side again with `extra`: from right to left with flags pointing right, or
  // (rightward false) the mirror image. Keeps the result only if everything fits.
  bool resweep(bool above, bool rightward, const Entry& extra) {
    int side = above ? 0 : 1;
    std::vector<Entry> all = placed_[side];
    all.push_back(extra);
    std::sort(all.begin(), all.end(), [&](const Entry& a, const Entry& b) {
      if (a.x != b.x) return rightward ? a.x > b.x : a.x < b.x;
      return a.id < b.id;
    });
    LaneSide fresh(lanes_[side].lanes());
    std::vector<double> saved_pub;
    if (!above) saved_pub = std::exchange(pub_leaders_, {});
    for (Entry& e : all) {
      double x = fresh.near_leader(e.x, sep_);  // shares a leader it would run beside
      std::optional<Slot> slot;
      // The flag pointing the sweep's way in any lane first: the other kinds block later leaders.
      for (int k = 0; k < fresh.lanes() && !slot; ++k)
        slot = try_lane(fresh, above, k, x, e.w, e.h, !rightward, 1);
      for (int k = 0; k < fresh.lanes() && !slot; ++k)
        slot = try_lane(fresh, above, k, x, e.w, e.h, !rightward);
      if (!slot) {
        if (!above) pub_leaders_ = std::move(saved_pub);
        return false;
      }
      e.slot = *slot;
    }
    lanes_[side] = std::move(fresh);
    placed_[side] = std::move(all);
    return true;
  }

  std::optional<Slot> try_lane(LaneSide& side, bool above, int k, double x, double w, double h,
                               bool left_first = false, int kinds = 4) {
    if (k >= side.lanes() || !side.path_free(k, x, kLeaderPad)) return std::nullopt;
    // A leader down through the publication label would run behind its halo and look cut.
    // So that only takes when nothing else does.
    // So a leader there only takes when the label keeps a place clear of leaders, or when
    // nothing else does.
    bool in_pub = !above && in_pub_window(g_, x);
    if (avoid_pub_ && in_pub) {
      pub_leaders_.push_back(x);
      bool room = pub_label_x(g_, pub_leaders_).has_value();
      pub_leaders_.pop_back();
      if (!room) return std::nullopt;
    }
    double y = above ? g_.above_edge - k * g_.lane_h - h : g_.below_edge + k * g_.lane_h;
    double clamped = std::clamp(x - w / 2, g_.left, std::max(g_.left, g_.right - w));
    const double candidates[] = {x + kFlag, x - kFlag - w, x - w / 2, clamped};
    for (int i = 0; i < kinds; ++i) {
      int c = left_first && i < 2 ? 1 - i : i;
      double x0 = candidates[c];
      if (x0 < g_.left - 0.01 || x0 + w > g_.right + 0.01) continue;
      if (!side.box_free(k, x0, x0 + w, gap_, kLeaderPad)) continue;
      side.take(k, x0, x0 + w, x);
      if (in_pub) pub_leaders_.push_back(x);
      return Slot{above, k, Box{x0, y, w, h}, x, c < 2};
    }
    return std::nullopt;
  }

  const Geometry& g_;
  double narrow_, wide_;  // gaps between labels in a lane: labels.gap, and kSideBySide ems
  double gap_, sep_;      // gap_: the one in force
  LaneSide lanes_[2];
  std::vector<Entry> placed_[2];
  int resweeps_left_ = kResweeps;
  bool avoid_pub_ = true;  // leaders below leave the publication label a place in its row
  std::vector<double> pub_leaders_;  // leaders below that run through that row near its mark
};

class Horizontal {
 public:
  Horizontal(const Timeline& t, const Style& s, TextMeasurer& m, Scene scene)
      : t_(t),
        s_(s),
        m_(m),
        scene_(std::move(scene)),
        palette_(t, s),
        labels_(t.events.size()),
        priority_(label_priority(t)),
        wrap_(wrap_width()) {}

  Result<Scene> run();

 private:
  void build_axis();
  void build_marks();
  Status plan_geometry(double header_bottom);
  void set_axis_y(double axis_y);
  void settle_vertically();
  Status place_all();
  enum class ClusterFit { kAll, kMerged, kNone };
  ClusterFit place_clusters(Pass& pass);
  std::vector<size_t> place_events(Pass& pass);
  void absorb(const std::vector<size_t>& failed, bool force);
  void keep_slots(const std::map<long, Slot>& slots);
  void place_publication_label();
  void settle_publication_label();
  void set_pub_window(double w);
  void push_contexts_aside();
  void clear_tick_labels_of_leaders();
  ClusterFit run_pass(std::map<long, Slot>& slots, std::vector<size_t>& failed);
  void promote_small_clusters();
  void balance_sides();
  void keep_labels_of_close_neighbours();
  void order_shared_stacks();
  bool slot_clear(const Slot& a) const;
  void renumber_clusters();
  const Label& label_of(size_t i);
  // The date line over an event's label (event_date_text, or its time alone: one_day_clock_).
  std::string date_line(const Event& e) const;
  bool is_bar(size_t i) const { return marks_[i].kind != MarkKind::kPoint; }
  // Which stretch of axis between breaks x lies on (joined segments, a change of scale, are one
  // stretch). A cluster keeps to one: its pill drawn across a "//" would join what the break
  // separates.
  int stretch_of(double x) const;
  // The x of each break or change of scale across `bar`, where it is cut by a "//".
  std::vector<double> cuts_across(const Box& bar) const;
  bool same_stretch(const Cluster& a, const Cluster& b) const {
    return stretch_of(a.x0) == stretch_of(b.x1) && stretch_of(a.x1) == stretch_of(b.x0);
  }
  bool bars_only(const Cluster& c) const {
    return std::all_of(c.members.begin(), c.members.end(), [&](size_t i) { return is_bar(i); });
  }
  // Labels wrap at labels.max_width, or narrower when the canvas is; `wide` is the width a
  // short timeline with room to spare tries first.
  double wrap_width(bool wide = false) const {
    double room = s_.canvas.width - s_.canvas.margin_left - s_.canvas.margin_right;
    return wide ? std::min(kWideWrap * s_.labels.max_width, room / 3)
                : std::min(s_.labels.max_width, room);
  }
  bool try_wide_labels();
  void set_wrap(double wrap);
  Label cluster_label(const Cluster& c);
  void settle_plain_singles();
  // A one-event cluster drawn as its event (settle_plain_singles), by cluster; else nullopt.
  std::optional<Label> plain_single(size_t c) const {
    return c < plain_.size() ? plain_[c] : std::nullopt;
  }
  std::vector<std::optional<Label>> plain_;
  bool drawn_as_bar(size_t i) const;
  std::vector<Box> bar_boxes() const;
  void emit_axis();
  void emit_marks();
  void emit_leaders();
  void emit_labels();
  void emit_leader(const Slot& slot, double from_y, Color color, bool dashed);

  const Timeline& t_;
  const Style& s_;
  TextMeasurer& m_;
  Scene scene_;
  Palette palette_;
  TimeAxis axis_;
  bool one_day_clock_ = false;  // the axis runs over the hours of one day (build_time_axis)
  std::vector<Tick> ticks_;
  std::vector<Tick> ticks_before_pub_;  // ticks_ before the publication label pushed contexts aside
  Geometry g_{};
  std::vector<Mark> marks_;
  std::optional<Mark> pub_mark_;
  std::vector<std::optional<Label>> labels_;
  std::vector<size_t> priority_;  // label_priority(t_), computed once
  double wrap_ = 0;  // the width labels wrap at: wrap_width(), or wider (try_wide_labels())
  std::vector<char> zigzag_;       // a short timeline's sides, alternating in time order, or empty
  std::vector<int> cluster_of_;
  std::vector<Cluster> clusters_;
  // The outcome of the final pass.
  std::vector<std::optional<Slot>> slots_;
  std::vector<Slot> cluster_slots_;
  std::optional<Box> pub_box_;  // the publication label, in the second row under the axis
  std::vector<Box> tick_boxes_;  // tick and context labels as drawn, top to bottom per column
  std::vector<Box> bar_boxes_;   // range and coarse bars as drawn, for leaders to pass behind
  TextMetrics pub_text_;
  std::string pub_string_;  // what the publication label says
};

std::string Horizontal::date_line(const Event& e) const {
  // On the axis of one day told by the clock, that day is named under the axis once; each label
  // says its time ("06:05"), not "27 Nov 2026, 06:05" over and over.
  if (one_day_clock_ && e.mod.empty() && mark_kind(e) == MarkKind::kPoint)
    if (std::string time = time_of_day_text(e); time.size() > 2) return time.substr(2);
  return event_date_text(e);
}

const Label& Horizontal::label_of(size_t i) {
  if (!labels_[i]) {
    Label l;
    const Event& e = t_.events[i];
    l.text = m_.measure(shown_label(e, s_.labels.show_date), FontRole::kLabel, false, wrap_,
                        s_.labels.max_lines);
    if (s_.labels.show_date) l.date = m_.measure(date_line(e), FontRole::kTick, true, wrap_, 1);
    l.w = std::max(l.date.width, l.text.width);
    l.h = l.date.height + l.text.height;
    labels_[i] = std::move(l);
  }
  return *labels_[i];
}

Label Horizontal::cluster_label(const Cluster& c) {
  date::sys_days first = t_.events[c.members.front()].span.start,
                 last = t_.events[c.members.front()].span.end;
  for (size_t i : c.members) {
    first = std::min(first, t_.events[i].span.start);
    last = std::max(last, t_.events[i].span.end);
  }
  size_t n = c.members.size();
  // Events of one day told by the clock say their hours: "+5 events, 27 Nov 2026, 07:27–08:40".
  int lo = 24 * 60, hi = -1;
  for (size_t i : c.members) {
    int m = mark_kind(t_.events[i]) == MarkKind::kPoint ? minutes_into_day(t_.events[i]) : -1;
    if (m < 0) lo = -1;
    lo = lo < 0 ? -1 : std::min(lo, m), hi = std::max(hi, m);
  }
  std::string hours;
  if (first == last && lo >= 0 && hi < 24 * 60) {
    char buf[32];
    std::snprintf(buf, sizeof buf, ", %02d:%02d\u2013%02d:%02d", lo / 60, lo % 60, hi / 60, hi % 60);
    hours = buf;
  }
  // "+1 event, 17 Sep 2025" takes the room of a short label and says less: a cluster of one shows
  // its event, shortened to the cluster's lines.
  const Event& single = t_.events[c.members.front()];
  std::string single_label = shown_label(single, true);
  std::string text =
      n == 1 ? date_line(single) + (single_label.empty() ? "" : ": " + single_label)
             : "+" + with_thousands(n) + " events, " + day_range_text(first, last) + hours;
  Label l;
  l.text = m_.measure(text, FontRole::kLabel, true, wrap_width(), kClusterLines);
  l.w = l.text.width;
  l.h = l.text.height;
  return l;
}

// A cluster of one event whose plain label (its date line, then its text, not bold) fits where
// its cluster label is is drawn as that event, not as a cluster (bold, hollow marker, or bold
// over its bar) that says the same. The plain label keeps the cluster label's width and side of
// its leader, and may grow away from the axis within its lane (before settle_vertically fits the
// lanes to their tallest labels); it must meet no other label or leader there, and say all its
// text. Sets plain_ and the slots it grows.
void Horizontal::settle_plain_singles() {
  plain_.assign(clusters_.size(), std::nullopt);
  constexpr double kSlack = 0.01;  // measured sizes are sums of line heights
  double room = g_.lane_h - label_gap(s_);
  std::vector<const Slot*> others;
  for (const auto& sl : slots_)
    if (sl) others.push_back(&*sl);
  for (const Slot& sl : cluster_slots_) others.push_back(&sl);
  for (size_t c = 0; c < clusters_.size() && c < cluster_slots_.size(); ++c) {
    if (clusters_[c].members.size() != 1) continue;
    Slot& slot = cluster_slots_[c];
    const Event& e = t_.events[clusters_[c].members.front()];
    Label l;
    if (s_.labels.show_date)
      l.date = m_.measure(date_line(e), FontRole::kTick, true, slot.box.w, 1);
    l.text = m_.measure(shown_label(e, s_.labels.show_date), FontRole::kLabel, false, slot.box.w,
                        s_.labels.max_lines);
    l.w = std::max(l.date.width, l.text.width);
    l.h = l.date.height + l.text.height;
    if (l.date.ellipsized || l.text.ellipsized || l.w > slot.box.w + kSlack || l.h > room + kSlack)
      continue;
    Box box = slot.box;
    if (slot.above) box.y = slot.box.bottom() - l.h;
    box.h = l.h;
    auto meets = [&](const Box& o) { return o.overlaps(box); };
    bool clear = true;  // tick and publication labels are under the axis, nearer it than any lane
    for (const Slot* o : others) {
      if (o == &slot || !clear) continue;
      // Another label, or a leader on this side that runs past this one to a label farther out.
      bool farther = slot.above ? o->box.y < box.y : o->box.bottom() > box.bottom();
      clear = !meets(o->box) && !(o->above == slot.above && farther && o->leader_x > box.x - 1 &&
                                  o->leader_x < box.right() + 1);
    }
    if (!clear) continue;
    slot.box = box;
    plain_[c] = std::move(l);
  }
}

void Horizontal::build_axis() {
  std::vector<DayInterval> intervals;
  std::vector<double> clock_times;  // where marks told by the clock go (build_marks)
  for (const Event& e : t_.events) {
    intervals.push_back({first_day(e), end_day(e)});
    if (int minutes = minutes_into_day(e); minutes >= 0 && mark_kind(e) == MarkKind::kPoint)
      clock_times.push_back(first_day(e) + minutes / 1440.0);
    if (auto r = range_clock_minutes(e)) clock_times.insert(clock_times.end(), {first_day(e), end_day(e)});
  }
  if (t_.published) {
    double d = t_.published->day.time_since_epoch().count();
    intervals.push_back({d, d + 1});
    if (t_.published->time_of_day) clock_times.push_back(d + t_.published->time_of_day->count() / 1440.0);
  }
  double left = s_.canvas.margin_left + kAxisInset,
         right = s_.canvas.width - s_.canvas.margin_right - kAxisInset;
  bool clock = !clock_times.empty();
  axis_ = build_time_axis(std::move(intervals), left, right, s_.axis, clock_times);
  const AxisSegment& only = axis_.segments.front();
  one_day_clock_ = clock && axis_.segments.size() == 1 && only.data1 - only.data0 <= 1 + 1e-9;
  ticks_ =
      choose_ticks(axis_, s_, m_, s_.canvas.margin_left, s_.canvas.width - s_.canvas.margin_right);
  scene_.axis.x0 = axis_.segments.front().x0;
  scene_.axis.x1 = axis_.segments.back().x1;
  scene_.axis.breaks = axis_.breaks();
}

// Marks and bar tracks; y positions are set once the axis y is known.
void Horizontal::build_marks() {
  std::vector<double> track_end;
  std::vector<size_t> bars;
  for (const Event& e : t_.events) {
    Mark mk;
    mk.kind = mark_kind(e);
    double d0 = first_day(e), d1 = end_day(e);
    if (mk.kind == MarkKind::kPoint) {
      // A day's event at the middle of its day, or at its time, as the publication mark is.
      int minutes = minutes_into_day(e);
      mk.x = mk.x0 = mk.x1 = axis_.x_of(minutes >= 0 ? d0 + minutes / 1440.0 : (d0 + d1) / 2);
    } else {
      mk.x0 = axis_.x_of(d0);
      mk.x1 = axis_.x_of(d1);
      if (mk.x1 - mk.x0 < kMinBar) {
        double c = (mk.x0 + mk.x1) / 2;
        mk.x0 = c - kMinBar / 2;
        mk.x1 = c + kMinBar / 2;
      }
      mk.x = (mk.x0 + mk.x1) / 2;
      bars.push_back(marks_.size());
    }
    Color base = mk.kind == MarkKind::kCoarse  ? s_.colors.coarse
                 : mk.kind == MarkKind::kRange ? s_.colors.range
                                               : s_.colors.marker;
    mk.color = palette_.color_of(e, base);
    marks_.push_back(mk);
  }
  std::stable_sort(bars.begin(), bars.end(),
                   [&](size_t a, size_t b) { return marks_[a].x0 < marks_[b].x0; });
  for (size_t i : bars) {
    Mark& mk = marks_[i];
    auto free = std::find_if(track_end.begin(), track_end.end(),
                             [&](double end) { return end + 2 <= mk.x0; });
    if (free == track_end.end() && static_cast<int>(track_end.size()) < s_.markers.max_bar_tracks) {
      track_end.push_back(mk.x1);
      mk.track = static_cast<int>(track_end.size()) - 1;
    } else {
      if (free == track_end.end()) free = std::min_element(track_end.begin(), track_end.end());
      *free = std::max(*free, mk.x1);
      mk.track = static_cast<int>(free - track_end.begin());
    }
  }
  if (t_.published) {
    Mark mk;
    double d = t_.published->day.time_since_epoch().count();
    double frac = t_.published->time_of_day ? t_.published->time_of_day->count() / 1440.0 : 0.5;
    mk.x = mk.x0 = mk.x1 = axis_.x_of(d + frac);
    mk.color = s_.colors.publication;
    pub_mark_ = mk;
  }
}

Status Horizontal::plan_geometry(double header_bottom) {
  int tracks = 0;
  for (const Mark& mk : marks_)
    if (mk.kind != MarkKind::kPoint) tracks = std::max(tracks, mk.track + 1);
  double marker_half = s_.markers.size / 2;
  double bar_band = tracks * (s_.markers.bar_height + kTrackGap);
  double above_band = marker_half + 4 + bar_band;
  double tick_line_h = m_.measure("0", FontRole::kTick, false, 0, 1).line_height;
  double below_band = std::max(marker_half, s_.ticks.length + 4 + 2 * tick_line_h + 2) + 4;
  double label_line = m_.measure("Ag", FontRole::kLabel, false, 0, 1).line_height;
  double date_line =
      s_.labels.show_date ? m_.measure("0", FontRole::kTick, true, 0, 1).line_height : 0;
  // A lane holds the tallest label, and a two-line cluster label ("+12 events, 3–21 May 2022").
  double label_h =
      std::max(date_line + s_.labels.max_lines * label_line, kClusterLines * label_line);
  double lane_h = label_h + label_gap(s_);
  double top = header_bottom + 8, bottom = s_.canvas.height - s_.canvas.margin_bottom;
  double avail = bottom - top - above_band - below_band - 2 * kLeaderMin;
  int lanes = static_cast<int>(std::floor(avail / lane_h));
  if (lanes < 1)
    return Error::input(
        "canvas.height " + std::to_string(int(s_.canvas.height)) +
        " leaves no room for a lane of labels; make it taller or labels.max_lines smaller");
  g_.side_gap = std::max(label_gap(s_), kSideBySide * s_.fonts.label_size);
  g_.lanes_above = (lanes + 1) / 2;
  g_.lanes_below = lanes / 2;
  double extra = avail - lanes * lane_h;
  g_.left = s_.canvas.margin_left;
  g_.right = s_.canvas.width - s_.canvas.margin_right;
  g_.area_top = top;
  g_.area_bottom = bottom;
  g_.above_band = above_band;
  g_.below_band = below_band;
  g_.lane_h = lane_h;
  g_.marker_half = marker_half;
  g_.tick_line_h = tick_line_h;
  // Provisional: labels are placed by lane, and settle_vertically() moves the lanes in use.
  set_axis_y(top + extra / 2 + g_.lanes_above * lane_h + kLeaderMin + above_band);
  if (pub_mark_ && s_.show.publication) place_publication_label();
  return {};
}

// Puts the axis at `axis_y` with the marks, ticks and lane edges that hang from it.
void Horizontal::set_axis_y(double axis_y) {
  g_.axis_y = axis_y;
  g_.above_edge = axis_y - g_.above_band - kLeaderMin;
  g_.below_edge = axis_y + g_.below_band + kLeaderMin;
  g_.tick_top = axis_y + s_.ticks.length + 3;
  for (Mark& mk : marks_) {
    if (mk.kind == MarkKind::kPoint) {
      mk.top = axis_y - g_.marker_half;
      mk.bottom = axis_y + g_.marker_half;
    } else {
      mk.bottom = axis_y - g_.marker_half - 4 - mk.track * (s_.markers.bar_height + kTrackGap);
      mk.top = mk.bottom - s_.markers.bar_height;
    }
  }
  if (pub_mark_) {
    pub_mark_->top = axis_y - g_.above_band + 2;
    pub_mark_->bottom = axis_y + s_.ticks.length + 2;
  }
  if (pub_box_) pub_box_->y = g_.tick_top + g_.tick_line_h + 1;
  scene_.axis.y0 = scene_.axis.y1 = axis_y;
}

// Lanes are as tall as the tallest label allowed, and most figures use fewer lanes than fit, more
// on one side than the other. So once labels have their lanes, each lane in use shrinks to its
// tallest label, and what room is left spreads the block out: every gap between two lanes in use,
// and the leaders from the marks to the first lane of each side, grow by the same amount (at most
// kSpread of a lane, or what fills kFill of the height), so a short timeline does not sit in a
// thin strip across an empty figure.
// The block of marks, ticks and labels is then centred in the free area under the header. Moving
// whole lanes keeps every property of the placement: labels in a lane keep their order and gaps,
// and leaders only grow through the room between lanes.
void Horizontal::settle_vertically() {
  std::vector<double> height[2];  // per side and lane: the tallest label in it
  auto visit = [&](const Slot& sl) {
    auto& h = height[sl.above ? 0 : 1];
    if (h.size() <= static_cast<size_t>(sl.lane)) h.resize(sl.lane + 1, 0.0);
    h[sl.lane] = std::max(h[sl.lane], sl.box.h);
  };
  for (const auto& sl : slots_)
    if (sl) visit(*sl);
  for (const Slot& sl : cluster_slots_) visit(sl);
  double band[2] = {g_.above_band, g_.below_band};
  auto reach = [&](int side, double spread) {  // from the axis to the outer edge of the side
    if (height[side].empty()) return band[side];
    double r = band[side] + kLeaderMin + spread;
    for (double h : height[side]) r += h + label_gap(s_) + spread;
    return r - label_gap(s_) - spread;
  };
  double free = g_.area_bottom - g_.area_top;
  double units = 0;  // room between lanes in use, and under each side's first lane, which may grow
  for (const auto& h : height) units += static_cast<double>(h.size());
  double spread = 0;
  if (units > 0) {
    double packed = reach(0, 0) + reach(1, 0);
    // A few labels in one lane a side would sit in a thin strip across an empty figure: their
    // leaders grow until the block fills kFill of the height, as a stem plot's do.
    double most = std::max(kSpread * g_.lane_h, (kFill * free - packed) / units);
    spread = std::clamp((free - packed) / units, 0.0, most);
  }
  double above = reach(0, spread), below = reach(1, spread);
  set_axis_y(g_.area_top + std::max(0.0, (free - above - below) / 2) + above);
  std::vector<double> offset[2];  // per side and lane: from the lane edge to the lane
  for (int side : {0, 1}) {
    double at = spread;
    for (double h : height[side]) {
      offset[side].push_back(at);
      at += h + label_gap(s_) + spread;
    }
  }
  auto move = [&](Slot& sl) {
    double off = offset[sl.above ? 0 : 1][sl.lane];
    sl.box.y = sl.above ? g_.above_edge - off - sl.box.h : g_.below_edge + off;
  };
  for (auto& sl : slots_)
    if (sl) move(*sl);
  for (Slot& sl : cluster_slots_) move(sl);
}

// The publication label goes under its mark in the second tick row, where it pushes aside the
// month/year context labels it would touch (to the next free tick before the next context); the
// lanes stay free for events. Every leader below the axis runs down through that row, so once the
// labels are placed the label may slide (settle_publication_label) to end or start just past its
// mark, clear of them.
void Horizontal::place_publication_label() {
  pub_string_ = published_text(t_);
  pub_text_ = m_.measure(pub_string_, FontRole::kTick, true, 0, 1);
  set_pub_window(pub_text_.width);
  pub_box_ = Box{g_.pub_pref, g_.tick_top + g_.tick_line_h + 1, pub_text_.width,
                 pub_text_.height};  // y: set_axis_y
  ticks_before_pub_ = ticks_;
  push_contexts_aside();
}

// Where a publication label `w` wide may go: touching its mark, inside the margins.
void Horizontal::set_pub_window(double w) {
  double m = pub_mark_->x;
  g_.pub_w = w;
  g_.pub_lo = std::max(g_.left, m - w - kPubSlide);
  g_.pub_hi = std::min(std::max(g_.left, g_.right - w), m + kPubSlide);
  if (g_.pub_lo > g_.pub_hi) g_.pub_lo = g_.pub_hi;  // a label wider than the figure
  g_.pub_pref = std::clamp(m - w / 2, g_.pub_lo, g_.pub_hi);
}

// Once every label has its place: the publication label moves to the place nearest its
// preferred one that no leader below runs through. Where leaders leave no such place it says
// less but keeps its date -- "Published 14 Mar 2024", then "14 Mar 2024" in its colour beside
// its mark -- and failing even that it stays where it was, as "Published 14 Mar 2024", and the
// leaders through it break cleanly across it (emit_leader), as they do across tick labels.
void Horizontal::settle_publication_label() {
  if (!pub_box_) return;
  std::vector<double> leaders;
  for (const auto& sl : slots_)
    if (sl && !sl->above) leaders.push_back(sl->leader_x);
  for (const Slot& sl : cluster_slots_)
    if (!sl.above) leaders.push_back(sl.leader_x);
  std::string day = day_text(t_.published->day);
  std::vector<std::string> texts = {pub_string_};
  if (t_.published->time_of_day) texts.push_back("Published " + day);
  texts.push_back(day);
  Geometry saved = g_;
  auto use = [&](const std::string& text, TextMetrics tm, double x) {
    pub_box_->x = x;
    pub_box_->w = tm.width;
    pub_string_ = text;
    pub_text_ = std::move(tm);
    ticks_ = ticks_before_pub_;
    push_contexts_aside();
  };
  for (const std::string& text : texts) {
    TextMetrics tm = text == pub_string_ ? pub_text_ : m_.measure(text, FontRole::kTick, true, 0, 1);
    set_pub_window(tm.width);
    std::optional<double> x = pub_label_x(g_, leaders);
    if (!x) continue;
    if (*x == pub_box_->x && text == pub_string_) return;
    use(text, std::move(tm), *x);
    return;
  }
  if (texts.size() == 3) {  // no place anywhere: at least drop the time, where it was
    TextMetrics tm = m_.measure(texts[1], FontRole::kTick, true, 0, 1);
    set_pub_window(tm.width);
    use(texts[1], std::move(tm), g_.pub_pref);
    return;
  }
  g_ = saved;
}

// Moves the month/year context labels the publication label touches aside.
void Horizontal::push_contexts_aside() {
  double x = pub_box_->x, w = pub_box_->w;
  double gap = tick_label_gap(s_);  // as choose_ticks keeps them
  auto touches = [&](double c0, double c1) { return c1 + gap > x && c0 - gap < x + w; };
  // A moved context must also clear its neighbours in the row: the last context before it and
  // the next one after it.
  auto clears_neighbours = [&](size_t i, double c0, double c1, double last_end) {
    if (c0 < last_end + gap) return false;
    for (size_t j = i + 1; j < ticks_.size(); ++j)
      if (!ticks_[j].context.empty()) return c1 + gap <= ticks_[j].x - ticks_[j].context_width / 2;
    return true;
  };
  std::string pending;  // a context pushed aside moves to the next free tick of its segment
  double pending_w = 0, last_end = -1e300;
  int pending_segment = -1;
  for (size_t i = 0; i < ticks_.size(); ++i) {
    Tick& t = ticks_[i];
    // A later context ("Dec 2026") starts a new month or year: one pushed aside ("Nov 2026") would
    // now name the wrong stretch, so it goes.
    if (!t.context.empty()) pending.clear();
    double p0 = t.x - pending_w / 2, p1 = t.x + pending_w / 2;
    if (t.context.empty() && !pending.empty() && t.segment == pending_segment && !touches(p0, p1) &&
        clears_neighbours(i, p0, p1, last_end)) {
      t.context = std::exchange(pending, "");
      t.context_width = pending_w;
    }
    if (!t.context.empty() && touches(t.x - t.context_width / 2, t.x + t.context_width / 2)) {
      pending = std::exchange(t.context, "");
      pending_w = std::exchange(t.context_width, 0);
      pending_segment = t.segment;
    }
    if (!t.context.empty()) last_end = t.x + t.context_width / 2;
  }
}

// Every leader below the axis runs down through the two rows of tick labels, and a tick label's
// halo would cut one that passes through it (the line seems to start under the label). A tick
// label stays centred on its tick (one moved aside reads as another date), so a label a leader
// runs through says less where that clears the leader ("Sep–Oct" for "Sep–Oct 2025", then the
// year), else a label of the first row gives way (its tick mark stays, and its neighbours give
// the scale). A segment's only label, and a context label (the month or year under them), stay
// where they are: they name their stretch, and the leader breaks cleanly across them
// (emit_leader).
void Horizontal::clear_tick_labels_of_leaders() {
  constexpr double kClear = 3;  // between a leader and a tick label's ink: the halo is 2 px wide
  std::vector<double> leaders;
  for (const auto& sl : slots_)
    if (sl && !sl->above) leaders.push_back(sl->leader_x);
  for (const Slot& sl : cluster_slots_)
    if (!sl.above) leaders.push_back(sl.leader_x);
  auto crossed = [&](double x0, double x1) {
    for (double l : leaders)
      if (l > x0 - kClear && l < x1 + kClear) return true;
    return false;
  };
  for (bool context : {false, true}) {
    std::vector<double> widths;  // as drawn: contexts are bold
    for (const Tick& t : ticks_)
      widths.push_back(m_.measure(context ? t.context : t.text, FontRole::kTick, context, 0, 1).width);
    auto labels_in_segment = [&](int segment) {
      return std::count_if(ticks_.begin(), ticks_.end(),
                           [&](const Tick& o) { return o.segment == segment && !o.text.empty(); });
    };
    auto has = [&](const Tick& t) { return !(context ? t.context : t.text).empty(); };
    for (size_t i = 0; i < ticks_.size() && !leaders.empty(); ++i) {
      Tick& t = ticks_[i];
      if (context || !has(t) || !crossed(t.x - widths[i] / 2, t.x + widths[i] / 2)) continue;
      bool cleared = false;
      for (const std::string* alt : {&t.short_text, &t.last_text}) {
        if (cleared || alt->empty() || *alt == t.text) continue;
        double aw = m_.measure(*alt, FontRole::kTick, false, 0, 1).width;
        if (crossed(t.x - aw / 2, t.x + aw / 2)) continue;
        t.text = *alt;
        widths[i] = aw;
        cleared = true;
      }
      if (!cleared && labels_in_segment(t.segment) > 1) t.text.clear();
    }
    if (context && pub_box_) tick_boxes_.push_back(*pub_box_);
    for (size_t i = 0; i < ticks_.size(); ++i)
      if (has(ticks_[i]))
        tick_boxes_.push_back(Box{ticks_[i].x - widths[i] / 2,
                                  context ? g_.tick_top + g_.tick_line_h + 1 : g_.tick_top, widths[i],
                                  g_.tick_line_h});
  }
}

int Horizontal::stretch_of(double x) const {
  int stretch = 0;
  for (size_t i = 1; i < axis_.segments.size(); ++i) {
    const AxisSegment& seg = axis_.segments[i];
    if (seg.joined) continue;
    if (x < (axis_.segments[i - 1].x1 + seg.x0) / 2) break;
    ++stretch;
  }
  return stretch;
}

// Places every cluster label; when one does not fit, merges it into its nearer neighbour and says
// so (the pass must then start over).
Horizontal::ClusterFit Horizontal::place_clusters(Pass& pass) {
  for (size_t c = 0; c < clusters_.size(); ++c) {
    Cluster& cl = clusters_[c];
    Label l = cluster_label(cl);
    if (pass.add(kClusterBase + static_cast<long>(c), (cl.x0 + cl.x1) / 2, l.w, l.h, false))
      continue;
    if (clusters_.size() == 1) return ClusterFit::kNone;
    // Merge with the nearer neighbour of its own kind (bars or days, see absorb); without one,
    // the closest two neighbouring clusters of one kind merge instead, to make room; only when
    // there are none does it merge with a cluster of the other kind.
    // (A pair on one stretch of axis first: see stretch_of.)
    auto kind = [&](size_t k) { return bars_only(clusters_[k]); };
    auto gap = [&](size_t k) { return clusters_[k + 1].x0 - clusters_[k].x1; };  // k and k + 1
    auto here = [&](size_t k) { return same_stretch(clusters_[k], clusters_[k + 1]); };
    std::optional<size_t> pair;  // merges pair and pair + 1
    for (bool across : {false, true}) {
      for (size_t o : {c - 1, c}) {  // c - 1 wraps for c == 0: out of range
        if (o + 1 >= clusters_.size() || o >= clusters_.size() || kind(o) != kind(o + 1)) continue;
        if ((across || here(o)) && (!pair || gap(o) < gap(*pair))) pair = o;
      }
      for (size_t k = 0; !pair && k + 1 < clusters_.size(); ++k)
        if (k != c && k + 1 != c && kind(k) == kind(k + 1) && (across || here(k)) &&
            (!pair || gap(k) < gap(*pair)))
          pair = k;
      if (pair) break;
    }
    if (!pair) pair = c == 0 ? 0 : c + 1 == clusters_.size() || gap(c - 1) <= gap(c) ? c - 1 : c;
    size_t other = *pair == c ? c + 1 : *pair;
    c = *pair == c ? c : *pair + 1;
    Cluster& into = clusters_[std::min(c, other)];
    Cluster& from = clusters_[std::max(c, other)];
    into.members.insert(into.members.end(), from.members.begin(), from.members.end());
    into.x1 = std::max(into.x1, from.x1);
    into.x0 = std::min(into.x0, from.x0);
    clusters_.erase(clusters_.begin() + static_cast<long>(std::max(c, other)));
    renumber_clusters();
    return ClusterFit::kMerged;
  }
  return ClusterFit::kAll;
}

std::vector<size_t> Horizontal::place_events(Pass& pass) {
  std::vector<size_t> failed;
  for (size_t i : priority_) {
    if (cluster_of_[i] >= 0) continue;
    const Label& l = label_of(i);
    const Mark& mk = marks_[i];
    // Bars sit above the axis, so their labels prefer that side; points alternate by date order.
    // A short timeline zigzags: labels alternate above and below in time order.
    bool prefer_above =
        !zigzag_.empty()
            ? zigzag_[i] != 0
            : mk.kind != MarkKind::kPoint || (static_cast<long>(std::floor(mk.x / 7)) % 2 == 0);
    if (!pass.add(static_cast<long>(i), mk.x, l.w, l.h, prefer_above)) failed.push_back(i);
  }
  return failed;
}

// Puts events whose labels found no room into clusters: a nearby cluster if it stays narrow
// (the nearest on its stretch of axis when `force`), else a new one. Bars (ranges and coarse dates)
// and exact days never share a cluster: "the 2026-27 season" in a cluster of match days made it "+8
// events, 1 Jan 2026 – 31 Dec 2027", hiding the days' dates behind the span's.
void Horizontal::absorb(const std::vector<size_t>& failed, bool force) {
  std::vector<size_t> order = failed;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return marks_[a].x < marks_[b].x; });
  double join = s_.labels.max_width / 4, max_w = s_.labels.max_width;
  for (size_t i : order) {
    double x = marks_[i].x;
    int best = -1;
    double best_d = 1e300;
    for (size_t c = 0; c < clusters_.size(); ++c) {
      const Cluster& cl = clusters_[c];
      if (is_bar(cl.members.front()) != is_bar(i)) continue;  // see absorb()
      if (!same_stretch(cl, Cluster{{}, x, x})) continue;     // see stretch_of()
      double d = x < cl.x0 ? cl.x0 - x : (x > cl.x1 ? x - cl.x1 : 0);
      double new_w = std::max(cl.x1, x) - std::min(cl.x0, x);
      if ((force || (d <= join && new_w <= max_w)) && d < best_d)
        best = static_cast<int>(c), best_d = d;
    }
    if (best < 0) {
      clusters_.push_back({{}, x, x});
      best = static_cast<int>(clusters_.size()) - 1;
    }
    Cluster& cl = clusters_[best];
    cl.members.push_back(i);
    cl.x0 = std::min(cl.x0, x);
    cl.x1 = std::max(cl.x1, x);
    cluster_of_[i] = best;
  }
  std::sort(clusters_.begin(), clusters_.end(),
            [](const Cluster& a, const Cluster& b) { return a.x0 < b.x0; });
  for (size_t c = 0; c < clusters_.size(); ++c) {
    Cluster& cl = clusters_[c];
    std::sort(cl.members.begin(), cl.members.end(), [&](size_t a, size_t b) {
      return marks_[a].x != marks_[b].x ? marks_[a].x < marks_[b].x : a < b;
    });
    for (size_t i : cl.members) cluster_of_[i] = static_cast<int>(c);
  }
}

// Passes until every event has a label or a cluster: each pass places the publication label,
// then the clusters, then single labels by priority; failures join clusters for the next pass.
// Terminates: every repeat moves at least one event into a cluster or merges two clusters, and
// events never leave clusters.
Status Horizontal::place_all() {
  cluster_of_.assign(t_.events.size(), -1);
  clusters_.clear();
  for (int round = 0;; ++round) {
    std::map<long, Slot> slots;
    std::vector<size_t> failed;
    ClusterFit fit = run_pass(slots, failed);
    if (fit == ClusterFit::kMerged) continue;
    if (fit == ClusterFit::kNone)
      return Error::input(
          "the figure has no room for even one cluster label; make canvas.width or "
          "canvas.height larger or the fonts smaller");
    if (failed.empty()) {
      keep_slots(slots);
      break;
    }
    absorb(failed, round >= 3);
  }
  promote_small_clusters();
  return {};
}

Horizontal::ClusterFit Horizontal::run_pass(std::map<long, Slot>& slots,
                                            std::vector<size_t>& failed) {
  Pass pass(g_, s_);
  ClusterFit fit = place_clusters(pass);
  if (fit != ClusterFit::kAll) return fit;
  failed = place_events(pass);
  slots = pass.slots();
  return fit;
}

// Clusters of one or two events may be left over from a crowded first pass; give their events
// their own labels again when a pass without that cluster places everything.
void Horizontal::promote_small_clusters() {
  constexpr int kAttempts = 8;
  int attempts = 0;
  for (size_t c = 0; c < clusters_.size() && attempts < kAttempts;) {
    if (clusters_[c].members.size() > 2) {
      ++c;
      continue;
    }
    ++attempts;
    std::vector<Cluster> saved_clusters = clusters_;
    std::vector<int> saved_of = cluster_of_;
    for (size_t i : clusters_[c].members) cluster_of_[i] = -1;
    clusters_.erase(clusters_.begin() + static_cast<long>(c));
    renumber_clusters();
    std::map<long, Slot> slots;
    std::vector<size_t> failed;
    if (run_pass(slots, failed) == ClusterFit::kAll && failed.empty()) {
      keep_slots(slots);
      continue;  // clusters_[c] is now the next cluster
    }
    clusters_ = std::move(saved_clusters);
    cluster_of_ = std::move(saved_of);
    ++c;
  }
}

// A figure whose labels climb high on one side and stay low on the other looks lopsided and
// leaves less room to spread its lanes. While one side uses two or more lanes more than the
// other, place everything again with that side a lane shorter, and keep the result when every
// label still fits with the clusters as they are.
void Horizontal::balance_sides() {
  constexpr int kAttempts = 4;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    int used[2] = {0, 0};
    auto visit = [&](const Slot& sl) {
      int& u = used[sl.above ? 0 : 1];
      u = std::max(u, sl.lane + 1);
    };
    for (const auto& sl : slots_)
      if (sl) visit(*sl);
    for (const Slot& sl : cluster_slots_) visit(sl);
    if (std::abs(used[0] - used[1]) < 2) return;
    Geometry saved_g = g_;
    std::vector<Cluster> saved_clusters = clusters_;
    std::vector<int> saved_of = cluster_of_;
    (used[0] > used[1] ? g_.lanes_above : g_.lanes_below) = std::max(used[0], used[1]) - 1;
    std::map<long, Slot> slots;
    std::vector<size_t> failed;
    if (run_pass(slots, failed) == ClusterFit::kAll && failed.empty()) {
      keep_slots(slots);
      continue;
    }
    g_ = saved_g;  // a failed pass may have merged clusters: put everything back
    clusters_ = std::move(saved_clusters);
    cluster_of_ = std::move(saved_of);
    return;
  }
}

void Horizontal::renumber_clusters() {
  for (size_t k = 0; k < clusters_.size(); ++k)
    for (size_t i : clusters_[k].members) cluster_of_[i] = static_cast<int>(k);
}

void Horizontal::keep_slots(const std::map<long, Slot>& slots) {
  slots_.assign(t_.events.size(), std::nullopt);
  cluster_slots_.clear();
  for (const auto& [id, slot] : slots) {
    if (id >= kClusterBase)
      cluster_slots_.push_back(slot);  // map order = cluster order
    else
      slots_[static_cast<size_t>(id)] = slot;
  }
}

// A leader below the axis that still runs through a tick label (one that could not move aside)
// is left out across the label's whole line, a clean break, rather than cut into by its halo.
void Horizontal::emit_leader(const Slot& slot, double from_y, Color color, bool dashed) {
  double to_y = slot.above ? (slot.flag ? slot.box.y : slot.box.bottom())
                           : (slot.flag ? slot.box.bottom() : slot.box.y);
  double x = slot.leader_x;
  if (!slot.above)
    for (const Box& b : tick_boxes_) {
      // A leader beside a label (the publication label keeps kLeaderPad from leaders) runs on.
      if (x <= b.x - 1 || x >= b.right() + 1 || b.bottom() <= from_y || b.y >= to_y) continue;
      if (b.y - 1 > from_y)
        scene_.draw.push_back(LinePrim{x, from_y, x, b.y - 1, color, s_.labels.leader_width, dashed});
      from_y = std::max(from_y, b.bottom() + 1);
    }
  if (slot.above) {
    // A leader up from a mark in a lower track passes behind the bars of the tracks above it:
    // it is painted before them (emit_leaders) and left out exactly across each bar's band, so a
    // translucent coarse bar does not show it through. No clearance round the bar: the line
    // shows in the gaps between stacked bars and under the stack, so it visibly runs on to its
    // own mark rather than seeming to end on the lowest bar it meets.
    std::vector<Box> across;
    for (const Box& b : bar_boxes_)
      if (x > b.x && x < b.right() && b.y < from_y && b.bottom() > to_y) across.push_back(b);
    std::sort(across.begin(), across.end(), [](const Box& a, const Box& b) { return a.y > b.y; });
    for (const Box& b : across) {
      if (from_y > b.bottom())
        scene_.draw.push_back(
            LinePrim{x, from_y, x, b.bottom(), color, s_.labels.leader_width, dashed});
      from_y = std::min(from_y, b.y);
    }
    if (from_y > to_y || across.empty())
      scene_.draw.push_back(LinePrim{x, from_y, x, to_y, color, s_.labels.leader_width, dashed});
    return;
  }
  if (to_y > from_y)
    scene_.draw.push_back(LinePrim{x, from_y, x, to_y, color, s_.labels.leader_width, dashed});
}

void Horizontal::emit_axis() {
  double y = g_.axis_y;
  for (size_t i = 0; i < axis_.segments.size(); ++i) {
    const AxisSegment& seg = axis_.segments[i];
    scene_.draw.push_back(LinePrim{seg.x0, y, seg.x1, y, s_.colors.axis, s_.axis.width, false});
    if (seg.joined) {  // the scale changes here: a short bar across the axis
      scene_.draw.push_back(LinePrim{seg.x0, y - 6, seg.x0, y + 6, s_.colors.break_mark, 1.5, false});
      continue;
    }
    if (i == 0 || s_.axis.break_mark == BreakMark::kGap) continue;
    double cx = (axis_.segments[i - 1].x1 + seg.x0) / 2, h = 7;
    for (double dx : {-3.5, 3.5}) {
      if (s_.axis.break_mark == BreakMark::kSlash) {
        scene_.draw.push_back(
            LinePrim{cx + dx - 3, y + h, cx + dx + 3, y - h, s_.colors.break_mark, 1.5, false});
      } else {  // zigzag: a small "w" across the axis line
        scene_.draw.push_back(
            LinePrim{cx + dx - 3, y - h / 2, cx + dx, y + h / 2, s_.colors.break_mark, 1.2, false});
        scene_.draw.push_back(
            LinePrim{cx + dx, y + h / 2, cx + dx + 3, y - h / 2, s_.colors.break_mark, 1.2, false});
      }
    }
  }
  for (const Tick& t : ticks_) {
    scene_.draw.push_back(LinePrim{t.x, y, t.x, y + s_.ticks.length, s_.colors.axis, 1, false});
  }
}

std::vector<double> Horizontal::cuts_across(const Box& bar) const {
  std::vector<double> cuts;
  for (size_t g = 1; g < axis_.segments.size(); ++g) {
    const AxisSegment& seg = axis_.segments[g];
    double cx = seg.joined ? seg.x0 : (axis_.segments[g - 1].x1 + seg.x0) / 2;
    if (cx >= bar.x + 4 && cx <= bar.right() - 4) cuts.push_back(cx);
  }
  return cuts;
}

// Whether mark i is drawn as a bar of its own (a cluster of bars keeps its bars; absorb: bars never
// share a cluster with days).
bool Horizontal::drawn_as_bar(size_t i) const {
  return marks_[i].kind != MarkKind::kPoint &&
         (cluster_of_[i] < 0 || bars_only(clusters_[cluster_of_[i]]));
}

std::vector<Box> Horizontal::bar_boxes() const {
  std::vector<Box> out;
  for (size_t i = 0; i < marks_.size(); ++i)
    if (drawn_as_bar(i))
      out.push_back(Box{marks_[i].x0, marks_[i].top, marks_[i].x1 - marks_[i].x0,
                        marks_[i].bottom - marks_[i].top});
  return out;
}

void Horizontal::emit_marks() {
  double y = g_.axis_y;
  for (int pass = 0; pass < 2; ++pass)  // coarse spans first, so ranges sit on top
    for (size_t i = 0; i < marks_.size(); ++i) {
      const Mark& mk = marks_[i];
      if (!drawn_as_bar(i) || (mk.kind == MarkKind::kRange) != (pass == 1)) continue;
      Box bar{mk.x0, mk.top, mk.x1 - mk.x0, mk.bottom - mk.top};
      double radius = mk.kind == MarkKind::kCoarse ? bar.h / 2 : 1;
      // A bar across a break or a change of scale is cut there by a "//", so a long span drawn
      // over a few zoomed days does not read as those days.
      scene_.draw.push_back(
          RectPrim{bar, mk.color, Color{0, 0, 0, 0}, 0, radius, cuts_across(bar)});
      scene_.items.push_back({ItemKind::kMarker, {i}, bar, ""});
    }
  for (size_t c = 0; c < clusters_.size(); ++c) {
    const Cluster& cl = clusters_[c];
    if (bars_only(cl)) continue;  // drawn as its bars above
    if (plain_single(c)) {        // drawn as its event's marker below
      size_t i = cl.members.front();
      const Mark& mk = marks_[i];
      double sz = s_.markers.size;
      scene_.draw.push_back(
          MarkerPrim{mk.x, y, sz, s_.markers.shape, mk.color, s_.canvas.background, 1.5});
      scene_.items.push_back({ItemKind::kMarker, {i}, Box{mk.x - sz / 2, y - sz / 2, sz, sz}, ""});
      continue;
    }
    double h = s_.markers.size * 0.9;
    Box pill{cl.x0 - h / 2, y - h / 2, cl.x1 - cl.x0 + h, h};
    Color fill = s_.colors.cluster;
    fill.a = 90;
    // A cluster kept to one stretch of axis (stretch_of) has no cut; one that had to take events
    // across a break, for want of room, shows the "//" through its pill.
    scene_.draw.push_back(RectPrim{pill, fill, s_.colors.cluster, 1.2, h / 2, cuts_across(pill)});
    scene_.items.push_back({ItemKind::kMarker, cl.members, pill, ""});
  }
  for (size_t i = 0; i < marks_.size(); ++i) {
    const Mark& mk = marks_[i];
    if (cluster_of_[i] >= 0 || mk.kind != MarkKind::kPoint) continue;
    double sz = s_.markers.size;
    scene_.draw.push_back(
        MarkerPrim{mk.x, y, sz, s_.markers.shape, mk.color, s_.canvas.background, 1.5});
    scene_.items.push_back({ItemKind::kMarker, {i}, Box{mk.x - sz / 2, y - sz / 2, sz, sz}, ""});
  }
  if (pub_mark_ && s_.show.publication) {
    const Mark& mk = *pub_mark_;
    scene_.draw.push_back(LinePrim{mk.x, mk.top, mk.x, mk.bottom, mk.color, 2, false});
    scene_.items.push_back(
        {ItemKind::kMarker, {}, Box{mk.x - 1, mk.top, 2, mk.bottom - mk.top}, ""});
  }
}

// Leaders go before the marks, so every mark and bar is painted over the leaders that meet or
// pass behind it.
void Horizontal::emit_leaders() {
  for (size_t i = 0; i < slots_.size(); ++i) {
    if (!slots_[i]) continue;
    const Mark& mk = marks_[i];
    emit_leader(*slots_[i], slots_[i]->above ? mk.top : g_.axis_y + g_.marker_half,
                s_.colors.leader, false);
  }
  for (size_t c = 0; c < clusters_.size(); ++c) {
    if (plain_single(c)) {
      const Mark& mk = marks_[clusters_[c].members.front()];
      emit_leader(cluster_slots_[c], cluster_slots_[c].above ? mk.top : g_.axis_y + g_.marker_half,
                  s_.colors.leader, false);
      continue;
    }
    emit_leader(cluster_slots_[c],
                cluster_slots_[c].above ? g_.axis_y - s_.markers.size * 0.45
                                        : g_.axis_y + s_.markers.size * 0.45,
                s_.colors.cluster, false);
  }
}

void Horizontal::emit_labels() {
  // A leader shared by labels of marks a few pixels apart (events of one day, or a month and a
  // range that ends in it) would read as one event: a small dot where each label branches off
  // makes it read as two stops on one line.
  std::map<std::pair<bool, double>, int> sharing;
  auto each_slot = [&](auto&& f) {
    for (const auto& slot : slots_)
      if (slot) f(*slot);
    for (const Slot& slot : cluster_slots_) f(slot);
  };
  each_slot([&](const Slot& slot) {
    if (slot.flag) ++sharing[{slot.above, slot.leader_x}];
  });
  each_slot([&](const Slot& slot) {
    if (!slot.flag || sharing[{slot.above, slot.leader_x}] < 2) return;
    double cy = slot.box.y + std::min(slot.box.h, s_.fonts.tick_size * 1.25) / 2;
    scene_.draw.push_back(
        MarkerPrim{slot.leader_x, cy, 4.5, MarkerShape::kCircle, s_.colors.muted, s_.colors.muted, 0});
  });
  // Tick labels go over the leaders with a halo, so leaders pass behind them.
  for (const Tick& t : ticks_) {
    if (!t.text.empty()) {
      TextMetrics tm = m_.measure(t.text, FontRole::kTick, false, 0, 1);
      Box b{t.x - tm.width / 2, g_.tick_top, tm.width, tm.height};
      add_text(scene_, tm, b.x, b.y, FontRole::kTick, false, s_.colors.muted, 0, true);
      scene_.items.push_back({ItemKind::kTick, {}, b, t.text});
    }
    if (t.context.empty()) continue;
    TextMetrics cm = m_.measure(t.context, FontRole::kTick, true, 0, 1);
    Box cb{t.x - cm.width / 2, g_.tick_top + g_.tick_line_h + 1, cm.width, cm.height};
    add_text(scene_, cm, cb.x, cb.y, FontRole::kTick, true, s_.colors.muted, 0, true);
    scene_.items.push_back({ItemKind::kTick, {}, cb, t.context});
  }
  for (size_t i = 0; i < slots_.size(); ++i) {
    if (!slots_[i]) continue;
    const Slot& sl = *slots_[i];
    const Label& l = label_of(i);
    double y = sl.box.y;
    if (s_.labels.show_date) {
      add_text(scene_, l.date, sl.box.x, y, FontRole::kTick, true,
               palette_.color_of(t_.events[i], s_.colors.muted), wrap_);
      y += l.date.height;
    }
    add_text(scene_, l.text, sl.box.x, y, FontRole::kLabel, false, s_.colors.text, wrap_);
    scene_.items.push_back(
        {ItemKind::kLabel, {i}, sl.box, shown_label(t_.events[i], s_.labels.show_date)});
  }
  for (size_t c = 0; c < clusters_.size(); ++c) {
    const Slot& sl = cluster_slots_[c];
    if (std::optional<Label> plain = plain_single(c)) {
      size_t i = clusters_[c].members.front();
      double y = sl.box.y;
      if (s_.labels.show_date) {
        add_text(scene_, plain->date, sl.box.x, y, FontRole::kTick, true,
                 palette_.color_of(t_.events[i], s_.colors.muted), sl.box.w);
        y += plain->date.height;
      }
      add_text(scene_, plain->text, sl.box.x, y, FontRole::kLabel, false, s_.colors.text, sl.box.w);
      scene_.items.push_back(
          {ItemKind::kLabel, {i}, sl.box, shown_label(t_.events[i], s_.labels.show_date)});
      continue;
    }
    Label l = cluster_label(clusters_[c]);
    add_text(scene_, l.text, sl.box.x, sl.box.y, FontRole::kLabel, true, s_.colors.muted,
             wrap_width());
    std::string text;
    for (const auto& line : l.text.lines) text += (text.empty() ? "" : " ") + line;
    scene_.items.push_back({ItemKind::kCluster, clusters_[c].members, sl.box, text});
  }
  if (pub_box_) {
    add_text(scene_, pub_text_, pub_box_->x, pub_box_->y, FontRole::kTick, true,
             s_.colors.publication, 0, true);
    scene_.items.push_back({ItemKind::kLabel, {}, *pub_box_, pub_string_});
  }
}

// Wide gaps between labels in a lane take room: when they leave a few events (kFewClustered)
// in clusters, place everything again with labels.gap alone, and keep that if fewer events end
// up in clusters. A crowded figure (more clustered events) keeps its clusters and its speed.
void Horizontal::keep_labels_of_close_neighbours() {
  constexpr size_t kFewClustered = 3;
  auto clustered = [&] {
    size_t n = 0;
    for (const Cluster& c : clusters_) n += c.members.size();
    return n;
  };
  size_t before = clustered();
  if (before == 0 || before > kFewClustered || g_.side_gap <= label_gap(s_)) return;
  Geometry saved_g = g_;
  std::vector<Cluster> saved_clusters = clusters_;
  std::vector<int> saved_of = cluster_of_;
  std::vector<std::optional<Slot>> saved_slots = slots_;
  std::vector<Slot> saved_cluster_slots = cluster_slots_;
  g_.side_gap = label_gap(s_);
  if (place_all()) {
    balance_sides();
    if (clustered() < before) return;
  }
  g_ = saved_g;
  clusters_ = std::move(saved_clusters);
  cluster_of_ = std::move(saved_of);
  slots_ = std::move(saved_slots);
  cluster_slots_ = std::move(saved_cluster_slots);
}

// Labels whose leaders coincide or run side by side (a live blog's "09:40", "11:15" and "14:02" on one day of a long
// axis) form a stack read from top to bottom. Placed by priority, they come out in article order,
// which a live blog writes newest first. So their slots are handed out again in time order
// (time_order_key: the whole day, then its times): the stack's top above the axis first, down to
// the axis, then down the stack below it. A label takes its new slot's lane, pointing its flag the
// slot's way or else the other; the new order is kept only when every label then keeps clear of
// its neighbours in its lane and of the leaders, by the rules Pass placed them by.
void Horizontal::order_shared_stacks() {
  // A stack: leaders that read as one line (closer than kLeaderSep, as Pass::add shares them).
  double sep = kLeaderSep + s_.labels.leader_width;
  std::vector<size_t> placed;
  for (size_t i = 0; i < slots_.size(); ++i)
    if (slots_[i]) placed.push_back(i);
  std::sort(placed.begin(), placed.end(),
            [&](size_t a, size_t b) { return slots_[a]->leader_x < slots_[b]->leader_x; });
  std::vector<std::vector<size_t>> stacks;
  for (size_t k = 0; k < placed.size(); ++k) {
    if (k == 0 || slots_[placed[k]]->leader_x - slots_[placed[k - 1]]->leader_x >= sep)
      stacks.emplace_back();
    stacks.back().push_back(placed[k]);
  }
  for (const std::vector<size_t>& members : stacks) {
    if (members.size() < 2) continue;
    std::vector<size_t> by_slot = members, by_time = members;
    auto reading = [&](size_t a, size_t b) {
      const Slot &sa = *slots_[a], &sb = *slots_[b];
      if (sa.above != sb.above) return sa.above;
      if (sa.lane != sb.lane) return sa.above ? sa.lane > sb.lane : sa.lane < sb.lane;
      return sa.box.x < sb.box.x;
    };
    std::sort(by_slot.begin(), by_slot.end(), reading);
    std::stable_sort(by_time.begin(), by_time.end(), [&](size_t a, size_t b) {
      return time_order_key(t_.events[a]) < time_order_key(t_.events[b]);
    });
    if (by_slot == by_time) continue;
    std::vector<std::optional<Slot>> saved = slots_;
    for (size_t i : members) slots_[i].reset();  // each takes its new slot in turn
    bool ok = true;
    for (size_t k = 0; k < by_slot.size() && ok; ++k) {
      Slot sl = *saved[by_slot[k]];
      const Label& l = label_of(by_time[k]);
      double x = sl.leader_x;
      bool right = sl.box.x > x;
      std::vector<double> lefts;
      if (sl.flag)
        lefts = {right ? x + kFlag : x - kFlag - l.w, right ? x - kFlag - l.w : x + kFlag};
      else
        lefts = {std::clamp(x - l.w / 2, g_.left, std::max(g_.left, g_.right - l.w))};
      ok = false;
      for (double x0 : lefts) {
        Slot candidate = sl;
        candidate.box = Box{x0, sl.above ? sl.box.bottom() - l.h : sl.box.y, l.w, l.h};  // y: settle_vertically
        if (!slot_clear(candidate)) continue;
        slots_[by_time[k]] = candidate;
        ok = true;
        break;
      }
    }
    if (ok) continue;
    // Labels of one size can always trade places: order those among themselves at least.
    slots_ = std::move(saved);
    std::map<std::pair<double, double>, std::vector<size_t>> sizes;  // (w, h) -> by_slot order
    for (size_t i : by_slot) sizes[{slots_[i]->box.w, slots_[i]->box.h}].push_back(i);
    for (const auto& [size, same] : sizes) {
      std::vector<size_t> in_time = same;
      std::stable_sort(in_time.begin(), in_time.end(), [&](size_t a, size_t b) {
        return time_order_key(t_.events[a]) < time_order_key(t_.events[b]);
      });
      std::vector<std::optional<Slot>> taken;
      for (size_t i : same) taken.push_back(slots_[i]);
      for (size_t k = 0; k < same.size(); ++k) slots_[in_time[k]] = taken[k];
    }
  }
}

// Whether `a` lies inside the figure, keeps label_gap from the labels beside it in its lane, keeps
// kLeaderPad from the leaders that run past it (those to its lane and beyond), and its leader
// keeps it from the labels it runs past: the rules Pass placed labels by. Compared with every
// label placed (slots_ and cluster_slots_).
bool Horizontal::slot_clear(const Slot& a) const {
  if (a.box.x < g_.left - 0.01 || a.box.right() > g_.right + 0.01) return false;
  double gap = label_gap(s_) - 0.01, pad = kLeaderPad - 0.01;
  auto clear_of = [&](const Slot& b) {
    if (a.above != b.above) return true;
    if (a.lane == b.lane && a.box.x < b.box.right() + gap && b.box.x < a.box.right() + gap) return false;
    bool one_leader = std::abs(b.leader_x - a.leader_x) <= kSameLeader;
    auto through = [&](const Slot& runs, const Slot& past) {  // runs' leader past a label
      return runs.lane >= past.lane && runs.leader_x > past.box.x - pad &&
             runs.leader_x < past.box.right() + pad && !(one_leader && runs.lane == past.lane);
    };
    return !through(b, a) && !through(a, b);
  };
  for (const auto& sl : slots_)
    if (sl && !clear_of(*sl)) return false;
  for (const Slot& sl : cluster_slots_)
    if (!clear_of(sl)) return false;
  return true;
}

void Horizontal::set_wrap(double wrap) {
  if (wrap == wrap_) return;
  wrap_ = wrap;
  for (auto& l : labels_) l.reset();
}

// A short timeline leaves most of its lanes empty, and labels at labels.max_width read as narrow
// columns of short lines in a wide figure. When the labels, measured at the wider width, would
// cover at most kWideCover of the lanes' length, they wrap wider and alternate above and below
// the axis in time order, if every one of them still gets its own label (no clusters); otherwise
// they are placed as usual. Returns whether the wide placement was kept.
bool Horizontal::try_wide_labels() {
  double wide = wrap_width(true), normal = wrap_;
  if (wide <= normal + 1) return false;
  double lanes_length = (g_.lanes_above + g_.lanes_below) * (g_.right - g_.left);
  double need = static_cast<double>(t_.events.size()) * (wide + label_gap(s_));
  if (need > kWideCover * lanes_length) return false;
  std::vector<size_t> order(t_.events.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return marks_[a].x < marks_[b].x; });
  zigzag_.assign(order.size(), 0);
  for (size_t k = 0; k < order.size(); ++k) zigzag_[order[k]] = k % 2 == 0;
  set_wrap(wide);
  if (place_all() && clusters_.empty()) return true;
  set_wrap(normal);
  zigzag_.clear();
  return false;
}

Result<Scene> Horizontal::run() {
  double left = s_.canvas.margin_left, right = s_.canvas.width - s_.canvas.margin_right;
  double header_bottom =
      layout_header(t_, s_, palette_, m_, scene_, left, right, s_.canvas.margin_top);
  build_axis();
  build_marks();
  if (Status st = plan_geometry(header_bottom); !st) return st.error();
  if (!try_wide_labels())
    if (Status st = place_all(); !st) return st.error();
  balance_sides();
  keep_labels_of_close_neighbours();
  order_shared_stacks();
  settle_plain_singles();
  settle_vertically();
  settle_publication_label();
  clear_tick_labels_of_leaders();
  bar_boxes_ = bar_boxes();
  emit_axis();
  emit_leaders();
  emit_marks();
  emit_labels();
  return std::move(scene_);
}

}  // namespace

Result<Scene> layout_horizontal(const Timeline& timeline, const Style& style, TextMeasurer& m,
                                Scene scene) {
  return Horizontal(timeline, style, m, std::move(scene)).run();
}

}  // namespace chronoline
