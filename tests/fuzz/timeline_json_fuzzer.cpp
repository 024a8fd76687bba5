// libFuzzer target: the timeline JSON reader, the writer round-trip of what it accepts, and the
// horizontal and vertical layouts of it (a clean scene with finite boxes, or an error), and its
// PDF paper pages (pdf.page a4 and a small custom page with a margin past a quarter of it).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "layout/layout.h"
#include "layout/pages.h"
#include "style/style.h"
#include "timeline/json.h"

namespace {

// Every byte 7 px wide, lines 14 px high, broken at the width asked for: a font engine's shape
// without the font engine.
class FixedWidthMeasurer final : public chronoline::TextMeasurer {
 public:
  chronoline::TextMetrics measure(std::string_view text, chronoline::FontRole, bool,
                                  double max_width, int max_lines) override {
    chronoline::TextMetrics m;
    m.line_height = 14;
    size_t per_line =
        max_width > 0 ? std::max<size_t>(1, static_cast<size_t>(max_width / 7)) : text.size() + 1;
    for (size_t at = 0; at < text.size() || m.lines.empty(); at += per_line) {
      if (max_lines > 0 && static_cast<int>(m.lines.size()) == max_lines) {
        m.ellipsized = true;
        break;
      }
      m.lines.emplace_back(text.substr(std::min(at, text.size()), per_line));
      m.width = std::max(m.width, 7.0 * static_cast<double>(m.lines.back().size()));
    }
    m.height = m.line_height * static_cast<double>(m.lines.size());
    return m;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto timeline = chronoline::timeline_from_json(text, "fuzz.json");
  if (!timeline) return 0;
  std::string written = chronoline::timeline_to_json(*timeline);
  auto again = chronoline::timeline_from_json(written, "again.json");
  if (!again || chronoline::timeline_to_json(*again) != written) __builtin_trap();
  if (timeline->events.size() > 2000) return 0;  // layout time grows with the events
  FixedWidthMeasurer measurer;
  chronoline::Style style = chronoline::default_style();
  for (auto orientation :
       {chronoline::Orientation::kHorizontal, chronoline::Orientation::kVertical}) {
    style.layout.orientation = orientation;
    auto scene = chronoline::layout_timeline(*timeline, style, measurer);
    if (!scene) continue;
    for (const chronoline::SceneItem& item : scene->items)
      if (!std::isfinite(item.box.x) || !std::isfinite(item.box.y) || !std::isfinite(item.box.w) ||
          !std::isfinite(item.box.h))
        __builtin_trap();
    // Paper pages: a finite placement, and pages that cover the figure in order, one per cut at most.
    for (auto page : {chronoline::PdfPage::kA4, chronoline::PdfPage::kCustom}) {
      chronoline::Style paper_style = style;
      paper_style.pdf.page = page;
      paper_style.pdf.page_width = 144;
      paper_style.pdf.page_height = 150;
      paper_style.pdf.margin = 200;
      auto paper = chronoline::pdf_paper(*scene, paper_style);
      if (!paper || !(paper->scale > 0) || !std::isfinite(paper->scale) || !std::isfinite(paper->x) ||
          !std::isfinite(paper->y) || !(paper->band > 0))
        __builtin_trap();
      auto pages = chronoline::pdf_pages(*scene, paper->band, true);
      if (pages.empty() || pages.size() > scene->paging.cuts.size() + 1 || pages.front().y0 != 0 ||
          pages.back().y1 != scene->height)
        __builtin_trap();
      for (size_t k = 1; k < pages.size(); ++k)
        if (pages[k].y0 != pages[k - 1].y1 || !(pages[k].y1 > pages[k].y0)) __builtin_trap();
    }
  }
  return 0;
}
