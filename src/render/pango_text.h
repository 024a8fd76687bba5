// Pango text: font checks, shared font settings and the Pango-backed TextMeasurer.
#pragma once

#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "layout/text_measurer.h"
#include "style/style.h"
#include "util/result.h"

namespace chronoline {

// Applies the settings layout and drawing must share so measured text is drawn at the same size
// at any scale: no hinting, unrounded glyph positions, grey antialiasing.
void configure_pango_context(PangoContext* context);

// The font description for a role (family and absolute pixel size from the style).
PangoFontDescription* font_for(const Style& style, FontRole role, bool bold);

// Checks that `style.fonts.family` resolves to that family (not a fallback) with sane metrics.
// Error: "font 'DejaVu Sans' not found (fontconfig offers 'X'); install fonts-dejavu-core".
Status check_font(const Style& style);

// The characters of `text` that no installed font has a glyph for in `style`'s family or its
// fallbacks (Pango draws them as boxes), each once, in order of appearance; "" when every one has
// a glyph. Example: missing_glyphs(default_style(), "東京 at 9") is "東京" without CJK fonts.
std::string missing_glyphs(const Style& style, std::string_view text);

// A configured PangoContext (takes ownership) and one PangoLayout per font role and weight, made
// on first use; what measuring and drawing share so both see the same fonts.
class PangoLayouts {
 public:
  PangoLayouts(PangoContext* context, const Style& style);
  ~PangoLayouts();
  PangoLayouts(const PangoLayouts&) = delete;
  PangoLayouts& operator=(const PangoLayouts&) = delete;

  PangoLayout* get(FontRole role, bool bold);

 private:
  const Style& style_;
  PangoContext* context_;
  PangoLayout* layouts_[5][2] = {};
};

// Measures text with Pango. Reuses one PangoLayout per font and measures each distinct text once.
class PangoMeasurer final : public TextMeasurer {
 public:
  // Fails with check_font's error when the family does not resolve.
  static Result<std::unique_ptr<PangoMeasurer>> create(const Style& style);
  ~PangoMeasurer() override;
  PangoMeasurer(const PangoMeasurer&) = delete;
  PangoMeasurer& operator=(const PangoMeasurer&) = delete;

  TextMetrics measure(std::string_view text, FontRole role, bool bold, double max_width,
                      int max_lines) override;

 private:
  explicit PangoMeasurer(const Style& style);

  Style style_;
  PangoLayouts layouts_;
  std::unordered_map<std::string, TextMetrics> cache_;
};

}  // namespace chronoline
