// Scene: a laid-out timeline as positioned boxes, lines and text runs in output pixels.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "style/style.h"

namespace chronoline {

// An axis-aligned box: top-left corner and size.
struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  bool overlaps(const Box& o) const {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }
};

// What a scene item is; the semantic layer tests and --dump-layout look at.
enum class ItemKind { kLabel, kMarker, kCluster, kTick };

// A thing on the figure that takes room: a label, a marker (or range bar), a cluster label, a tick
// label. `events` are indices into Timeline::events (empty for the publication mark and ticks).
struct SceneItem {
  ItemKind kind = ItemKind::kLabel;
  std::vector<size_t> events;
  Box box;
  std::string text;
};

// Which font a text run uses; sizes come from Style::fonts.
enum class FontRole { kTitle, kSubtitle, kLabel, kTick, kLegend };

// Drawing primitives, in painting order.
struct LinePrim {
  double x0, y0, x1, y1;
  Color color;
  double width = 1;
  bool dashed = false;
};
struct RectPrim {
  Box box;
  Color fill;
  Color stroke{0, 0, 0, 0};
  double stroke_width = 0;
  double radius = 0;  // rounded corners
  // Where a bar is cut by a "//": the x of each cut's centre. The renderer leaves two slanted
  // slivers unpainted there (clips them out), so the cut shows on any background.
  std::vector<double> cuts;
};
struct MarkerPrim {
  double cx, cy, size;
  MarkerShape shape = MarkerShape::kCircle;
  Color fill;
  Color stroke;
  double stroke_width = 1.5;
};
// Lines of text laid out by the measurer; each line is drawn at (x, y + i * line_height), the
// top-left of its logical box. The last line is ellipsised at `max_width` when `ellipsize_last`.
struct TextPrim {
  double x, y;
  std::vector<std::string> lines;
  double line_height;
  FontRole role;
  bool bold = false;
  Color color;
  double max_width = 0;
  bool ellipsize_last = false;
  bool halo = false;  // knock out what is behind it with the background colour
};

using Prim = std::variant<LinePrim, RectPrim, MarkerPrim, TextPrim>;

// The laid-out figure. Items say what is where; `draw` is how to paint it.
struct Scene {
  double width = 0, height = 0;
  Orientation orientation = Orientation::kHorizontal;
  struct Axis {
    double x0 = 0, x1 = 0;  // horizontal: extent of the axis; vertical: its x (both equal)
    double y0 = 0, y1 = 0;  // horizontal: its y (both equal); vertical: its extent
    int breaks = 0;         // how many times the axis is cut
  } axis;
  std::vector<SceneItem> items;
  std::vector<Prim> draw;
  std::vector<std::string> event_names;  // event_name() of every event, for JSON
  std::string title;                     // document title (PDF metadata)
  double type_scale = 1;                 // fonts drawn at the style's sizes times this (see layout_for_render)
  Color background;
  // Where a tall figure may be cut into pages (see pdf_pages), and what pages after the first show.
  struct Paging {
    std::vector<double> cuts;  // ascending y between rows, where a page may end
    double foot = 0;           // space left under the last row of a page
    double head_height = 0;    // band at the top of a later page, for the running head
    double head_x = 0, head_y = 0, head_width = 0;  // where the running head's one line goes
    std::string head;          // its text, e.g. the title; the renderer adds "page 2 of 9"
  } paging;
};

// The --dump-layout shape:
//   {"width": W, "height": H, "type_scale": k, "axis": {"x0":, "x1":, "breaks": n},
//    "items": [{"kind": "label"|"marker"|"cluster"|"tick", "events": ["e1", ...],
//               "x":, "y":, "w":, "h":, "text": "..."?}]}
// Numbers are rounded to 0.01 px (type_scale, the factor a few events' type is drawn at, to
// 0.001); "text" is omitted for markers.
nlohmann::json scene_to_json(const Scene& scene);

std::string_view item_kind_name(ItemKind kind);

}  // namespace chronoline
