// Pages: how a figure taller than a PDF page is cut into pages, between rows.
#pragma once

#include <vector>

#include "layout/scene.h"

namespace chronoline {

// PDF viewers refuse or misdraw pages taller than this (Acrobat's limit, 200 inches).
constexpr double kMaxPdfPageHeight = 14400;

// One page: the scene's band [y0, y1) drawn with y0 at `top` on a page `height` tall. Pages after
// the first leave `top` for a running head (Scene::Paging::head).
struct Page {
  double y0 = 0, y1 = 0;
  double top = 0;
  double height = 0;
};

// The pages of a PDF of `scene`. A figure up to kMaxPdfPageHeight tall is one page of its own
// size. A taller one (a long vertical list) is cut at Scene::Paging::cuts, which lie between
// rows, into pages `page_height` tall (clamped to 300..kMaxPdfPageHeight): the header on the
// first page, a running head on the others. A row taller than a page gets a page of its own
// that is as tall as it needs, so a cut never goes through a label.
std::vector<Page> pdf_pages(const Scene& scene, double page_height);

}  // namespace chronoline
