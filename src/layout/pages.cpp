// Pages: cutting a tall figure into PDF pages between its rows.
#include "layout/pages.h"

#include <algorithm>
#include <cmath>

namespace chronoline {

std::vector<Page> pdf_pages(const Scene& scene, double page_height, bool always) {
  bool cut = always ? scene.height > page_height : scene.height > kMaxPdfPageHeight;
  if (!cut || scene.paging.cuts.empty()) return {Page{0, scene.height, 0, scene.height}};
  const double limit = always ? page_height : std::clamp(page_height, 300.0, kMaxPdfPageHeight);
  const std::vector<double>& cuts = scene.paging.cuts;  // ascending
  const double foot = scene.paging.foot;
  std::vector<Page> pages;
  double y0 = 0, top = 0;
  auto next = cuts.begin();
  while (true) {
    // The rest fits: the last page, whose band already ends with the figure's bottom margin.
    if (top + (scene.height - y0) <= limit) {
      pages.push_back({y0, scene.height, top, limit});
      break;
    }
    // The farthest cut that still fits, else the nearest one (a page as tall as that row).
    next = std::upper_bound(next, cuts.end(), y0);
    if (next == cuts.end()) {
      pages.push_back({y0, scene.height, top, std::ceil(top + scene.height - y0)});
      break;
    }
    auto fit = std::upper_bound(next, cuts.end(), y0 + limit - top - foot);
    double y1 = fit == next ? *next : *(fit - 1);
    pages.push_back({y0, y1, top, std::max(limit, std::ceil(top + (y1 - y0) + foot))});
    y0 = y1;
    top = scene.paging.head_height;
  }
  return pages;
}

}  // namespace chronoline

namespace chronoline {

namespace {

// The tallest band of a paged scene a page must hold whole: from the top to the first cut (with
// the space left under a page's last row), or between two cuts under the running head, or the
// last rows to the bottom under it.
double tallest_piece(const Scene& scene) {
  const Scene::Paging& p = scene.paging;
  double tallest = p.cuts.front() + p.foot;
  for (size_t i = 1; i < p.cuts.size(); ++i) tallest = std::max(tallest, p.head_height + p.cuts[i] - p.cuts[i - 1] + p.foot);
  return std::max(tallest, p.head_height + scene.height - p.cuts.back());
}

}  // namespace

std::optional<Paper> pdf_paper(const Scene& scene, const Style& style) {
  Paper p;
  switch (style.pdf.page) {
    case PdfPage::kCanvas:
      return std::nullopt;
    case PdfPage::kA4:
      p.width = 595.276, p.height = 841.89;
      break;
    case PdfPage::kLetter:
      p.width = 612, p.height = 792;
      break;
    case PdfPage::kCustom:
      p.width = style.pdf.page_width, p.height = style.pdf.page_height;
      break;
  }
  // A list may run over many pages, so only its width must fit; anything else fits whole, and a
  // paper size names the portrait page, turned for a figure wider than tall (custom: as given).
  bool paged = !scene.paging.cuts.empty();
  if (!paged && style.pdf.page != PdfPage::kCustom && scene.width > scene.height && p.width < p.height)
    std::swap(p.width, p.height);
  double m = std::min(style.pdf.margin, std::min(p.width, p.height) / 4);
  double room_w = p.width - 2 * m, room_h = p.height - 2 * m;
  p.scale = std::min(1.0, room_w / scene.width);
  if (!paged) p.scale = std::min(p.scale, room_h / scene.height);
  // A list is cut only between rows: a short page (a flat custom one, 144 pt tall) must still hold
  // the tallest piece that cannot be cut -- the header with the first row, or a row under the
  // running head -- or that piece runs off the paper and is clipped. Scale down until it fits.
  if (paged) p.scale = std::min(p.scale, room_h / tallest_piece(scene));
  p.x = (p.width - scene.width * p.scale) / 2;
  p.y = paged ? m : (p.height - scene.height * p.scale) / 2;  // a list starts at the top
  p.band = room_h / p.scale;
  return p;
}

}  // namespace chronoline
