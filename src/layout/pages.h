// Pages: how a figure taller than a PDF page is cut into pages, between rows.
#pragma once

#include <optional>
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
// With `always`, a figure is cut whenever it is taller than `page_height` (paper pages).
std::vector<Page> pdf_pages(const Scene& scene, double page_height, bool always = false);

// A paper page for the PDF (Style::pdf): its size in pt, and how the figure sits on it.
struct Paper {
  double width = 0, height = 0;  // pt, turned to landscape for a figure wider than tall
  double scale = 1;              // figure units to pt: fits the width and height inside the margins
  double x = 0, y = 0;           // where the figure's top-left corner goes: centred, a list at the top
  double band = 0;               // figure units that fit on one page
};

// The paper for `scene` under `style`, or nullopt for pdf.page "canvas" (a page the figure's size).
std::optional<Paper> pdf_paper(const Scene& scene, const Style& style);

}  // namespace chronoline
