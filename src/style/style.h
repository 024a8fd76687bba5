// Style: every visual choice of a timeline figure, as a plain struct with each default beside it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chronoline {

// An sRGB colour with alpha, written "#rrggbb" or "#rrggbbaa" in style files.
struct Color {
  uint8_t r = 0, g = 0, b = 0, a = 255;

  static constexpr Color rgb(uint32_t hex, uint8_t alpha = 255) {
    return {uint8_t(hex >> 16), uint8_t(hex >> 8), uint8_t(hex), alpha};
  }
  friend bool operator==(const Color&, const Color&) = default;
};

// Parses "#rgb", "#rrggbb" or "#rrggbbaa"; nullopt otherwise.
std::optional<Color> parse_color(std::string_view text);
// Formats as "#rrggbb", or "#rrggbbaa" when not opaque.
std::string format_color(Color c);

enum class Orientation { kHorizontal, kVertical };
enum class MarkerShape { kCircle, kDiamond, kSquare };
enum class TickFormat { kAuto, kIso };  // "19 Jan" / "Jan" / "2022" vs "2022-01-19" / "2022-01"
enum class BreakMark { kSlash, kZigzag, kGap };
enum class PdfPage { kCanvas, kA4, kLetter, kCustom };  // the page a PDF is printed on

// Everything visual. Sizes are output pixels at scale 1 (PNG) or points (SVG/PDF).
// Each field maps to the dotted key path of a style file: `canvas.width`, `fonts.family`, ...;
// style_fields() lists them all with type, range and documentation.
struct Style {
  struct Canvas {
    double width = 1600;                      // figure width; horizontal figures are exactly this
    double height = 900;                      // figure height (horizontal); vertical figures grow
    Color background = Color::rgb(0xffffff);  // page colour (omitted with --transparent)
    double margin_top = 36;                   // space around everything
    double margin_right = 48;
    double margin_bottom = 32;
    double margin_left = 48;
  } canvas;

  struct Fonts {
    std::string family = "DejaVu Sans";  // must resolve exactly; see PangoMeasurer
    double title_size = 24;              // pixel sizes
    double subtitle_size = 14;
    double label_size = 13;
    double tick_size = 12;
    double legend_size = 12;
  } fonts;

  struct Colors {
    Color text = Color::rgb(0x1f2933);          // titles and labels
    Color muted = Color::rgb(0x616e7c);         // subtitle, tick labels, cluster labels
    Color axis = Color::rgb(0x3e4c59);          // axis line and tick marks
    Color marker = Color::rgb(0x2a6f97);        // exact-day markers
    Color range = Color::rgb(0x2a6f97);         // range bars ("from 2008 to 2012", "the past 3 days")
    Color coarse = Color::rgb(0x2a6f97, 0x59);  // a month, week, year... drawn as a soft span
    Color cluster = Color::rgb(0x9aa5b1);       // cluster markers
    Color leader = Color::rgb(0xb8c2cc);        // leader lines from labels to markers
    Color publication = Color::rgb(0xc2410c);   // the publication-date mark
    Color break_mark = Color::rgb(0x3e4c59);    // the axis-break sign
    // Category colours, in order of first appearance; used for markers and the legend.
    std::vector<Color> palette = {Color::rgb(0x2a6f97), Color::rgb(0xc2410c), Color::rgb(0x2d6a4f),
                                  Color::rgb(0x7b2cbf), Color::rgb(0xb08900), Color::rgb(0x9d174d),
                                  Color::rgb(0x0f766e), Color::rgb(0x57534e)};
  } colors;

  struct Markers {
    MarkerShape shape = MarkerShape::kCircle;  // exact-day markers: circle | diamond | square
    double size = 11;                          // marker diameter
    double bar_height = 7;                     // thickness of range and coarse-span bars
    int max_bar_tracks = 4;                    // rows of bars above the axis before bars overlap
  } markers;

  struct Labels {
    double max_width = 210;   // labels wrap at this width
    int max_lines = 3;        // and are ellipsised after this many lines
    double gap = 8;           // free space kept around each label
    double leader_width = 1;  // leader line thickness
    bool show_date = true;    // a date line ("19 Jan 2022", "Dec 2021") above each label
  } labels;

  struct Ticks {
    TickFormat format = TickFormat::kAuto;  // auto ("19 Jan" + year row) | iso
    double length = 6;                      // tick mark length
    double min_gap = 14;                    // minimum space between tick labels (>= tick_size)
  } ticks;

  struct Axis {
    double width = 1.5;                        // axis line thickness
    bool breaks = true;                        // cut empty gaps out, zoom into a crowded stretch
    double break_min_gap = 0.1;                // cut a gap when it is this share of its stretch
    double break_gap_ratio = 6;                // ... and this many times the median gap there
    int max_breaks = 8;                        // at most this many cuts
    BreakMark break_mark = BreakMark::kSlash;  // slash | zigzag | gap
    double break_width = 26;                   // room an axis break takes
    double min_segment_width = 90;             // narrowest stretch of axis between two breaks
  } axis;

  struct Layout {
    Orientation orientation = Orientation::kHorizontal;  // horizontal | vertical (a list)
    double row_gap = 10;                                 // vertical: space between rows
    double date_column_width = 150;                      // vertical: width of the date column
  } layout;

  struct Show {
    bool title = true;        // the timeline's title
    bool subtitle = true;     // source and publication date
    bool legend = true;       // when events carry categories
    bool publication = true;  // mark the publication date on the axis
  } show;

  // PDF pages. "canvas": one page the figure's size (a figure taller than 14,400 pt is cut into
  // pages canvas.height tall). "a4", "letter", "custom" (page_width x page_height): every page
  // that paper size, the figure scaled down to fit within `margin`; a vertical list is cut between
  // rows into as many pages as it needs, any other figure fits one page, landscape when it is
  // wider than tall.
  struct Pdf {
    PdfPage page = PdfPage::kCanvas;
    double page_width = 595;   // pt, for "custom" (A4 is 595 x 842, Letter 612 x 792)
    double page_height = 842;  // pt, for "custom"
    double margin = 36;        // pt around the figure on a paper page
  } pdf;
};

// The built-in default style (the same as Style{}).
Style default_style();

// What kind of value a style field holds.
enum class FieldType { kNumber, kInteger, kBool, kString, kColor, kColorList, kEnum };

// One row of the style table: the key path and how to read and write it.
struct StyleField {
  std::string_view key;  // dotted key path, "canvas.width"
  FieldType type;
  double min = 0, max = 0;                         // inclusive range for numbers and integers
  std::span<const std::string_view> choices = {};  // names for kEnum, in enum order
  std::string_view doc = {};                       // one line for `--help-style` and error messages
  // Accessors; exactly one group is set, matching `type`.
  double* (*number)(Style&) = nullptr;
  int* (*integer)(Style&) = nullptr;
  bool* (*boolean)(Style&) = nullptr;
  std::string* (*string)(Style&) = nullptr;
  Color* (*color)(Style&) = nullptr;
  std::vector<Color>* (*color_list)(Style&) = nullptr;
  int (*get_enum)(const Style&) = nullptr;
  void (*set_enum)(Style&, int) = nullptr;
};

// Every style field, in documentation order. Keys are unique.
std::span<const StyleField> style_fields();

// The field with this key path, or nullptr.
const StyleField* find_style_field(std::string_view key);

}  // namespace chronoline
