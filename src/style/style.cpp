// Style: the default style and the table of style fields that loaders and docs are driven by.
#include "style/style.h"

#include <array>
#include <cstdio>

namespace chronoline {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr std::array<std::string_view, 2> kOrientations = {"horizontal", "vertical"};
constexpr std::array<std::string_view, 3> kShapes = {"circle", "diamond", "square"};
constexpr std::array<std::string_view, 2> kTickFormats = {"auto", "iso"};
constexpr std::array<std::string_view, 3> kBreakMarks = {"slash", "zigzag", "gap"};
constexpr std::array<std::string_view, 4> kPdfPages = {"canvas", "a4", "letter", "custom"};

#define NUMBER(KEY, MEMBER, MIN, MAX, DOC)                                      \
  StyleField {                                                                  \
    .key = KEY, .type = FieldType::kNumber, .min = MIN, .max = MAX, .doc = DOC, \
    .number = [](Style& s) { return &s.MEMBER; }                                \
  }
#define INTEGER(KEY, MEMBER, MIN, MAX, DOC)                                      \
  StyleField {                                                                   \
    .key = KEY, .type = FieldType::kInteger, .min = MIN, .max = MAX, .doc = DOC, \
    .integer = [](Style& s) { return &s.MEMBER; }                                \
  }
#define BOOLEAN(KEY, MEMBER, DOC)                     \
  StyleField {                                        \
    .key = KEY, .type = FieldType::kBool, .doc = DOC, \
    .boolean = [](Style& s) { return &s.MEMBER; }     \
  }
#define STRING(KEY, MEMBER, DOC)                        \
  StyleField {                                          \
    .key = KEY, .type = FieldType::kString, .doc = DOC, \
    .string = [](Style& s) { return &s.MEMBER; }        \
  }
#define COLOR(KEY, MEMBER, DOC)                                                                    \
  StyleField {                                                                                     \
    .key = KEY, .type = FieldType::kColor, .doc = DOC, .color = [](Style& s) { return &s.MEMBER; } \
  }
#define COLOR_LIST(KEY, MEMBER, DOC)                       \
  StyleField {                                             \
    .key = KEY, .type = FieldType::kColorList, .doc = DOC, \
    .color_list = [](Style& s) { return &s.MEMBER; }       \
  }
#define ENUM(KEY, MEMBER, TYPE, CHOICES, DOC)                              \
  StyleField {                                                             \
    .key = KEY, .type = FieldType::kEnum, .choices = CHOICES, .doc = DOC,  \
    .get_enum = [](const Style& s) { return static_cast<int>(s.MEMBER); }, \
    .set_enum = [](Style& s, int v) { s.MEMBER = static_cast<TYPE>(v); }   \
  }

const std::array kFields = {
    NUMBER("canvas.width", canvas.width, 200, 20000, "figure width in pixels"),
    NUMBER("canvas.height", canvas.height, 150, 20000,
           "figure height in pixels (vertical figures grow)"),
    COLOR("canvas.background", canvas.background, "page colour"),
    NUMBER("canvas.margin_top", canvas.margin_top, 0, 2000, "space above everything"),
    NUMBER("canvas.margin_right", canvas.margin_right, 0, 2000, "space right of everything"),
    NUMBER("canvas.margin_bottom", canvas.margin_bottom, 0, 2000, "space below everything"),
    NUMBER("canvas.margin_left", canvas.margin_left, 0, 2000, "space left of everything"),
    STRING("fonts.family", fonts.family, "font family; must be installed"),
    NUMBER("fonts.title_size", fonts.title_size, 4, 200, "title font size in pixels"),
    NUMBER("fonts.subtitle_size", fonts.subtitle_size, 4, 200, "subtitle font size in pixels"),
    NUMBER("fonts.label_size", fonts.label_size, 4, 200, "event label font size in pixels"),
    NUMBER("fonts.tick_size", fonts.tick_size, 4, 200, "tick label font size in pixels"),
    NUMBER("fonts.legend_size", fonts.legend_size, 4, 200, "legend font size in pixels"),
    COLOR("colors.text", colors.text, "title and label text"),
    COLOR("colors.muted", colors.muted, "subtitle, tick and cluster text"),
    COLOR("colors.axis", colors.axis, "axis line and tick marks"),
    COLOR("colors.marker", colors.marker, "exact-day markers"),
    COLOR("colors.range", colors.range, "range bars (from one date to another)"),
    COLOR("colors.coarse", colors.coarse, "spans of coarse dates (a month, a year)"),
    COLOR("colors.cluster", colors.cluster, "cluster markers"),
    COLOR("colors.leader", colors.leader, "leader lines"),
    COLOR("colors.publication", colors.publication, "publication-date mark"),
    COLOR("colors.break_mark", colors.break_mark, "axis-break sign"),
    COLOR_LIST("colors.palette", colors.palette, "category colours, in order of first appearance"),
    ENUM("markers.shape", markers.shape, MarkerShape, kShapes, "exact-day marker shape"),
    NUMBER("markers.size", markers.size, 2, 100, "marker diameter"),
    NUMBER("markers.bar_height", markers.bar_height, 1, 100, "range and span bar thickness"),
    INTEGER("markers.max_bar_tracks", markers.max_bar_tracks, 1, 20,
            "rows of bars before bars overlap"),
    NUMBER("labels.max_width", labels.max_width, 40, 5000,
           "labels wrap at this width (up to 1.5 times it in a short timeline with room to spare)"),
    INTEGER("labels.max_lines", labels.max_lines, 1, 20,
            "labels are ellipsised after this many lines"),
    NUMBER("labels.gap", labels.gap, 0, 200, "free space around each label"),
    NUMBER("labels.leader_width", labels.leader_width, 0, 20, "leader line thickness"),
    BOOLEAN("labels.show_date", labels.show_date, "a date line above each label"),
    ENUM("ticks.format", ticks.format, TickFormat, kTickFormats, "tick label format"),
    NUMBER("ticks.length", ticks.length, 0, 100, "tick mark length"),
    NUMBER("ticks.min_gap", ticks.min_gap, 0, 500,
           "minimum space between tick labels (never less than fonts.tick_size)"),
    NUMBER("axis.width", axis.width, 0, 50, "axis line thickness"),
    BOOLEAN("axis.breaks", axis.breaks, "cut long empty gaps out of the axis, and give a crowded stretch a scale of its own"),
    NUMBER("axis.break_min_gap", axis.break_min_gap, 0.01, 1,
           "cut a gap this share of its stretch"),
    NUMBER("axis.break_gap_ratio", axis.break_gap_ratio, 1, 1000,
           "... and this many times the median gap"),
    INTEGER("axis.max_breaks", axis.max_breaks, 0, 100, "most axis breaks"),
    ENUM("axis.break_mark", axis.break_mark, BreakMark, kBreakMarks, "axis-break sign"),
    NUMBER("axis.break_width", axis.break_width, 4, 500, "room an axis break takes"),
    NUMBER("axis.min_segment_width", axis.min_segment_width, 10, 5000,
           "narrowest stretch between breaks"),
    ENUM("layout.orientation", layout.orientation, Orientation, kOrientations,
         "figure orientation"),
    NUMBER("layout.row_gap", layout.row_gap, 0, 500, "vertical: space between rows"),
    NUMBER("layout.date_column_width", layout.date_column_width, 40, 2000,
           "vertical: date column width"),
    BOOLEAN("show.title", show.title, "draw the title"),
    BOOLEAN("show.subtitle", show.subtitle, "draw source and publication date"),
    BOOLEAN("show.legend", show.legend, "draw a legend when events carry categories"),
    BOOLEAN("show.publication", show.publication, "mark the publication date"),
    ENUM("pdf.page", pdf.page, PdfPage, kPdfPages,
         "PDF page: canvas (the figure's size), or paper the figure is scaled to fit: a list cut "
         "into pages between rows, a wider-than-tall figure on one landscape page"),
    NUMBER("pdf.page_width", pdf.page_width, 144, 14400, "page width in pt for pdf.page custom"),
    NUMBER("pdf.page_height", pdf.page_height, 144, 14400, "page height in pt for pdf.page custom"),
    NUMBER("pdf.margin", pdf.margin, 0, 200, "space in pt around the figure on a paper page"),
};

}  // namespace

std::optional<Color> parse_color(std::string_view text) {
  if (text.empty() || text[0] != '#') return std::nullopt;
  text.remove_prefix(1);
  std::string full;
  if (text.size() == 3) {
    for (char c : text) full += {c, c};
  } else if (text.size() == 6 || text.size() == 8) {
    full = text;
  } else {
    return std::nullopt;
  }
  uint8_t v[4] = {0, 0, 0, 255};
  for (size_t i = 0; i < full.size(); i += 2) {
    int hi = hex_digit(full[i]), lo = hex_digit(full[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    v[i / 2] = static_cast<uint8_t>(hi * 16 + lo);
  }
  return Color{v[0], v[1], v[2], v[3]};
}

std::string format_color(Color c) {
  char buf[16];
  if (c.a == 255)
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  else
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", c.r, c.g, c.b, c.a);
  return buf;
}

Style default_style() { return Style{}; }

std::span<const StyleField> style_fields() { return kFields; }

const StyleField* find_style_field(std::string_view key) {
  for (const StyleField& f : kFields)
    if (f.key == key) return &f;
  return nullptr;
}

}  // namespace chronoline
