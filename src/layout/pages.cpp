// Pages: cutting a tall figure into PDF pages between its rows.
#include "layout/pages.h"

#include <algorithm>
#include <cmath>

namespace chronoline {

std::vector<Page> pdf_pages(const Scene& scene, double page_height) {
  if (scene.height <= kMaxPdfPageHeight || scene.paging.cuts.empty())
    return {Page{0, scene.height, 0, scene.height}};
  const double limit = std::clamp(page_height, 300.0, kMaxPdfPageHeight);
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
