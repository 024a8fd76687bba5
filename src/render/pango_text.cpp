// Pango text: font checks, shared font settings and the Pango-backed TextMeasurer.
#include "render/pango_text.h"

#include <algorithm>
#include <cctype>

#include "layout/figure.h"
#include "util/ascii.h"

namespace chronoline {
namespace {

Error font_error(const Style& style, const std::string& got) {
  // The built-in styles' DejaVu faces come with one package; any other font is the user's to name.
  bool dejavu = lower_ascii(style.fonts.family).starts_with("dejavu");
  return Error::input("font '" + style.fonts.family + "' not found" +
                      (got.empty() ? "" : " (fontconfig offers '" + got + "' instead)") +
                      (dejavu ? "; install fonts-dejavu-core or set fonts.family to an installed font"
                              : "; install it or set fonts.family to an installed font (fc-list : family lists them)"));
}

TextMetrics metrics_of(PangoLayout* layout, std::string_view text, int max_lines) {
  TextMetrics m;
  PangoRectangle logical;
  int lines = pango_layout_get_line_count(layout);
  int keep = max_lines > 0 ? std::min(lines, max_lines) : lines;
  m.ellipsized = keep < lines;
  for (int i = 0; i < keep; ++i) {
    PangoLayoutLine* line = pango_layout_get_line_readonly(layout, i);
    size_t start = static_cast<size_t>(line->start_index);
    size_t len =
        (i + 1 == keep && m.ellipsized) ? text.size() - start : static_cast<size_t>(line->length);
    std::string s(text.substr(start, len));
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    m.lines.push_back(std::move(s));
    pango_layout_line_get_extents(line, nullptr, &logical);
    m.width = std::max(m.width, logical.width / double(PANGO_SCALE));
  }
  pango_layout_get_extents(layout, nullptr, &logical);
  m.line_height = logical.height / double(PANGO_SCALE) / std::max(lines, 1);
  m.height = m.line_height * keep;
  return m;
}

}  // namespace

void configure_pango_context(PangoContext* context) {
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(context, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context, FALSE);
}

PangoFontDescription* font_for(const Style& style, FontRole role, bool bold) {
  PangoFontDescription* desc = pango_font_description_new();
  pango_font_description_set_family(desc, style.fonts.family.c_str());
  pango_font_description_set_absolute_size(desc, font_size(style, role) * PANGO_SCALE);
  pango_font_description_set_weight(desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return desc;
}

Status check_font(const Style& style) {
  PangoFontMap* map = pango_cairo_font_map_get_default();
  PangoContext* context = pango_font_map_create_context(map);
  configure_pango_context(context);
  PangoFontDescription* desc = font_for(style, FontRole::kLabel, false);
  PangoFont* font = pango_font_map_load_font(map, context, desc);
  std::string got;
  if (font) {
    PangoFontDescription* actual = pango_font_describe(font);
    if (const char* family = pango_font_description_get_family(actual)) got = family;
    pango_font_description_free(actual);
  }
  // Sane metrics: a missing font draws boxes whose sizes have nothing to do with the font size.
  PangoLayout* layout = pango_layout_new(context);
  pango_layout_set_font_description(layout, desc);
  pango_layout_set_text(layout, "Hg", -1);
  int w = 0, h = 0;
  pango_layout_get_pixel_size(layout, &w, &h);
  double size = style.fonts.label_size;
  bool sane = h >= 0.8 * size && h <= 2.5 * size && w >= 0.6 * size && w <= 3 * size;
  g_object_unref(layout);
  if (font) g_object_unref(font);
  pango_font_description_free(desc);
  g_object_unref(context);
  if (lower_ascii(got) != lower_ascii(style.fonts.family)) return font_error(style, got);
  if (!sane) return font_error(style, got + ", with unusable metrics");
  return {};
}

std::string missing_glyphs(const Style& style, std::string_view text) {
  PangoContext* context = pango_font_map_create_context(pango_cairo_font_map_get_default());
  configure_pango_context(context);
  PangoLayout* layout = pango_layout_new(context);
  PangoFontDescription* desc = font_for(style, FontRole::kLabel, false);
  pango_layout_set_font_description(layout, desc);
  pango_font_description_free(desc);
  auto unknown = [&](std::string_view t) {
    pango_layout_set_text(layout, t.data(), static_cast<int>(t.size()));
    return pango_layout_get_unknown_glyphs_count(layout) > 0;
  };
  std::string missing;
  if (unknown(text)) {  // then find which characters, one by one
    for (size_t i = 0; i < text.size();) {
      size_t n = 1;
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c >= 0xF0) n = 4;
      else if (c >= 0xE0) n = 3;
      else if (c >= 0xC0) n = 2;
      std::string_view ch = text.substr(i, n);
      i += n;
      if (c < 0x80 || missing.find(ch) != std::string::npos) continue;
      if (unknown(ch)) missing += ch;
    }
  }
  g_object_unref(layout);
  g_object_unref(context);
  return missing;
}

Result<std::unique_ptr<PangoMeasurer>> PangoMeasurer::create(const Style& style) {
  if (Status st = check_font(style); !st) return st.error();
  return std::unique_ptr<PangoMeasurer>(new PangoMeasurer(style));
}

PangoLayouts::PangoLayouts(PangoContext* context, const Style& style) : style_(style), context_(context) {
  configure_pango_context(context_);
}

PangoLayouts::~PangoLayouts() {
  for (auto& row : layouts_)
    for (PangoLayout* l : row)
      if (l) g_object_unref(l);
  g_object_unref(context_);
}

PangoLayout* PangoLayouts::get(FontRole role, bool bold) {
  PangoLayout*& l = layouts_[static_cast<int>(role)][bold ? 1 : 0];
  if (!l) {
    l = pango_layout_new(context_);
    PangoFontDescription* desc = font_for(style_, role, bold);
    pango_layout_set_font_description(l, desc);
    pango_font_description_free(desc);
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
  }
  return l;
}

PangoMeasurer::PangoMeasurer(const Style& style)
    : style_(style), layouts_(pango_font_map_create_context(pango_cairo_font_map_get_default()), style_) {}

PangoMeasurer::~PangoMeasurer() = default;

TextMetrics PangoMeasurer::measure(std::string_view text, FontRole role, bool bold,
                                   double max_width, int max_lines) {
  std::string key;
  key.reserve(text.size() + 32);
  key += std::to_string(static_cast<int>(role) * 2 + (bold ? 1 : 0));
  key += '|';
  key += std::to_string(max_width);
  key += '|';
  key += std::to_string(max_lines);
  key += '|';
  key += text;
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  PangoLayout* layout = layouts_.get(role, bold);
  pango_layout_set_width(layout, max_width > 0 ? static_cast<int>(max_width * PANGO_SCALE) : -1);
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  TextMetrics m = metrics_of(layout, text, max_lines);
  if (m.ellipsized && max_width > 0) m.width = max_width;  // the ellipsised line fills the width
  return cache_.emplace(std::move(key), std::move(m)).first->second;
}

}  // namespace chronoline
