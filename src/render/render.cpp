// Render: draws a laid-out timeline with Cairo into SVG, PNG or PDF bytes in memory.
#include "render/render.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <cctype>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "layout/layout.h"
#include "layout/pages.h"
#include "render/pango_text.h"
#include "render/png_metadata.h"
#include "render/svg_accessibility.h"

namespace chronoline {
namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void set_color(cairo_t* cr, Color c) {
  cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0);
}

void rounded_rect(cairo_t* cr, const Box& b, double r) {
  r = std::min({r, b.w / 2, b.h / 2});
  if (r <= 0) {
    cairo_rectangle(cr, b.x, b.y, b.w, b.h);
    return;
  }
  cairo_new_sub_path(cr);
  cairo_arc(cr, b.right() - r, b.y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, b.right() - r, b.bottom() - r, r, 0, M_PI / 2);
  cairo_arc(cr, b.x + r, b.bottom() - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, b.x + r, b.y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

// Cairo numbers SVG surfaces with a process-wide counter ("surface6" on the second render);
// renumber them in order of appearance so the same scene always gives the same bytes.
std::string renumber_svg_surfaces(const std::string& svg) {
  static const std::string kWord = "surface";
  std::map<std::string, std::string> renamed;
  std::string out;
  out.reserve(svg.size());
  size_t pos = 0;
  for (size_t at; (at = svg.find(kWord, pos)) != std::string::npos;) {
    size_t digits = at + kWord.size(), end = digits;
    while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
    bool is_id = end > digits && at > 0 && (svg[at - 1] == '"' || svg[at - 1] == '#');
    out.append(svg, pos, digits - pos);
    if (is_id) {
      auto [it, fresh] = renamed.emplace(svg.substr(digits, end - digits), "");
      if (fresh) it->second = std::to_string(renamed.size());
      out += it->second;
    } else {
      out.append(svg, digits, end - digits);
    }
    pos = end;
  }
  out.append(svg, pos);
  return out;
}

// A line of text as drawn: its left end on the baseline, its width and font size in px.
struct TextRun {
  double x = 0, baseline = 0, width = 0, size = 0;
  bool bold = false;
  std::string text;
  double block_x = 0, block_mid_y = 0;  // the middle of its TextPrim's first line, to find its item
};

// Paints scene prims on a Cairo context; owns the Pango state for drawing text.
class Painter {
 public:
  // With `runs`, also notes where each line of text went (for svg_text_layer).
  Painter(cairo_t* cr, const Style& style, const RenderOptions& options,
          std::vector<TextRun>* runs = nullptr)
      : cr_(cr),
        style_(style),
        options_(options),
        layouts_(pango_cairo_create_context(cr), style),
        runs_(runs) {}
  Painter(const Painter&) = delete;
  Painter& operator=(const Painter&) = delete;

  void operator()(const LinePrim& p) {
    cairo_move_to(cr_, p.x0, p.y0);
    cairo_line_to(cr_, p.x1, p.y1);
    set_color(cr_, p.color);
    cairo_set_line_width(cr_, p.width);
    cairo_set_line_cap(cr_, CAIRO_LINE_CAP_BUTT);
    if (p.dashed) {
      const double dash[] = {3, 3};
      cairo_set_dash(cr_, dash, 2, 0);
    }
    cairo_stroke(cr_);
    cairo_set_dash(cr_, nullptr, 0, 0);
  }

  void operator()(const RectPrim& p) {
    if (!p.cuts.empty()) {  // leave the "//" of each cut unpainted: clip out two slanted slivers
      cairo_save(cr_);
      double m = p.stroke_width + 4, top = p.box.y - 2, bottom = p.box.bottom() + 2;
      double slant = p.box.h / 2 + 1.5, sliver = 1.6;
      cairo_rectangle(cr_, p.box.x - m, p.box.y - m, p.box.w + 2 * m, p.box.h + 2 * m);
      for (double cx : p.cuts)
        for (double dx : {-2.0, 2.0}) {
          double u = cx + dx;
          cairo_move_to(cr_, u - slant / 2 - sliver / 2, bottom);
          cairo_line_to(cr_, u - slant / 2 + sliver / 2, bottom);
          cairo_line_to(cr_, u + slant / 2 + sliver / 2, top);
          cairo_line_to(cr_, u + slant / 2 - sliver / 2, top);
          cairo_close_path(cr_);
        }
      cairo_set_fill_rule(cr_, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_clip(cr_);
      cairo_set_fill_rule(cr_, CAIRO_FILL_RULE_WINDING);
      RectPrim whole = p;
      whole.cuts.clear();
      (*this)(whole);
      cairo_restore(cr_);
      return;
    }
    rounded_rect(cr_, p.box, p.radius);
    set_color(cr_, p.fill);
    if (p.stroke_width > 0 && p.stroke.a > 0) {
      cairo_fill_preserve(cr_);
      set_color(cr_, p.stroke);
      cairo_set_line_width(cr_, p.stroke_width);
      cairo_stroke(cr_);
    } else {
      cairo_fill(cr_);
    }
  }

  void operator()(const MarkerPrim& p) {
    double r = p.size / 2;
    switch (p.shape) {
      case MarkerShape::kCircle:
        cairo_new_sub_path(cr_);
        cairo_arc(cr_, p.cx, p.cy, r, 0, 2 * M_PI);
        break;
      case MarkerShape::kDiamond:
        cairo_move_to(cr_, p.cx, p.cy - r * 1.15);
        cairo_line_to(cr_, p.cx + r * 1.15, p.cy);
        cairo_line_to(cr_, p.cx, p.cy + r * 1.15);
        cairo_line_to(cr_, p.cx - r * 1.15, p.cy);
        cairo_close_path(cr_);
        break;
      case MarkerShape::kSquare:
        cairo_rectangle(cr_, p.cx - r * 0.9, p.cy - r * 0.9, r * 1.8, r * 1.8);
        break;
    }
    set_color(cr_, p.fill);
    if (p.stroke_width > 0) {
      cairo_fill_preserve(cr_);
      set_color(cr_, options_.transparent ? Color{255, 255, 255, 255} : p.stroke);
      cairo_set_line_width(cr_, p.stroke_width);
      cairo_stroke(cr_);
    } else {
      cairo_fill(cr_);
    }
  }

  void operator()(const TextPrim& p) {
    PangoLayout* layout = layouts_.get(p.role, p.bold);
    for (size_t i = 0; i < p.lines.size(); ++i) {
      bool ellipsize = p.ellipsize_last && i + 1 == p.lines.size() && p.max_width > 0;
      pango_layout_set_width(layout, ellipsize ? static_cast<int>(p.max_width * PANGO_SCALE) : -1);
      pango_layout_set_ellipsize(layout, ellipsize ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
      std::string line = p.lines[i];
      if (ellipsize)
        for (char& c : line)
          if (c == '\n') c = ' ';
      pango_layout_set_text(layout, line.data(), static_cast<int>(line.size()));
      cairo_move_to(cr_, p.x, p.y + static_cast<double>(i) * p.line_height);
      if (p.halo && !options_.transparent) {
        pango_cairo_layout_path(cr_, layout);
        set_color(cr_, style_.canvas.background);
        cairo_set_line_width(cr_, 4);
        cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(cr_);
        cairo_move_to(cr_, p.x, p.y + static_cast<double>(i) * p.line_height);
      }
      set_color(cr_, p.color);
      pango_cairo_show_layout(cr_, layout);
      if (runs_) note_run(layout, p, i, line);
    }
  }

 private:
  cairo_t* cr_;
  const Style& style_;
  const RenderOptions& options_;
  PangoLayouts layouts_;
  std::vector<TextRun>* runs_;

  void note_run(PangoLayout* layout, const TextPrim& p, size_t i, const std::string& line) {
    if (line.find_first_not_of(" \n") == std::string::npos) return;
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout, &ink, &logical);
    const PangoFontDescription* desc = pango_layout_get_font_description(layout);
    TextRun run;
    run.x = p.x + static_cast<double>(logical.x) / PANGO_SCALE;
    run.baseline = p.y + static_cast<double>(i) * p.line_height +
                   static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    run.width = static_cast<double>(logical.width) / PANGO_SCALE;
    run.size = static_cast<double>(pango_font_description_get_size(desc)) / PANGO_SCALE;
    run.bold = p.bold;
    run.text = line;
    run.block_x = p.x;
    run.block_mid_y = p.y + p.line_height / 2;
    runs_->push_back(std::move(run));
  }
};

void paint(cairo_t* cr, const Scene& scene, const Style& style, const RenderOptions& options,
           double scale, std::vector<TextRun>* runs = nullptr) {
  cairo_scale(cr, scale, scale);
  if (!options.transparent) {
    set_color(cr, scene.background);
    cairo_paint(cr);
  }
  Painter painter(cr, style, options, runs);
  for (const Prim& prim : scene.draw) std::visit(painter, prim);
}

std::string px(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string out = buf;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

// Cairo writes text as glyph outlines (so librsvg and browsers draw it alike), which a reader
// cannot select, search or copy, and a report's text tools cannot find. This layer puts each line
// back as SVG text over its outlines, invisible (fill-opacity 0, so it paints nothing but can be
// selected), in the same font and size and stretched to the drawn width (textLength). An
// ellipsised line keeps its whole text.
std::string svg_text_layer(const std::vector<TextRun>& runs, const Style& style) {
  if (runs.empty()) return "";
  std::string out =
      "<g class=\"chronoline-text\" fill=\"#000000\" fill-opacity=\"0\" font-family=\"" +
      xml_escape(style.fonts.family) + ", sans-serif\" xml:space=\"preserve\">\n";
  for (const TextRun& r : runs) {
    out +=
        "<text x=\"" + px(r.x) + "\" y=\"" + px(r.baseline) + "\" font-size=\"" + px(r.size) + "\"";
    if (r.bold) out += " font-weight=\"bold\"";
    if (r.width > 0) out += " textLength=\"" + px(r.width) + "\" lengthAdjust=\"spacingAndGlyphs\"";
    out += ">" + xml_escape(r.text) + "</text>\n";
  }
  return out + "</g>\n";
}

// Puts the lines of a horizontal figure in the order a reader takes them, which is not the order
// they are painted in (ticks first, labels in placement order): the title and subtitle, then the
// labels left to right by where their leader meets the axis, so in time order (the labels of one
// leader top down, each label's lines in order), then the tick labels left to right, then what
// lies under the figure (the legend). A list is painted in reading order already.
void sort_runs_for_reading(std::vector<TextRun>& runs, const Scene& scene) {
  if (scene.orientation != Orientation::kHorizontal) return;
  auto anchor = [&](const SceneItem& label) {
    for (const SceneItem& m : scene.items)
      if (m.kind == ItemKind::kMarker &&
          (label.events.empty() ? m.events.empty()
                                : std::find_first_of(m.events.begin(), m.events.end(),
                                                     label.events.begin(), label.events.end()) !=
                                      m.events.end()))
        return m.box.x + m.box.w / 2;
    return label.box.x;
  };
  double items_top = scene.height;
  for (const SceneItem& item : scene.items) items_top = std::min(items_top, item.box.y);
  struct Key {
    int rank;
    double primary, item_y, baseline, x;
    auto operator<=>(const Key&) const = default;
  };
  std::vector<std::pair<Key, size_t>> keyed;
  for (size_t r = 0; r < runs.size(); ++r) {
    const TextRun& run = runs[r];
    const SceneItem* owner = nullptr;
    for (const SceneItem& item : scene.items)
      if (item.kind != ItemKind::kMarker && run.block_x >= item.box.x - 1 &&
          run.block_x <= item.box.right() + 1 && run.block_mid_y >= item.box.y - 1 &&
          run.block_mid_y <= item.box.bottom() + 1) {
        owner = &item;
        break;
      }
    Key key{3, 0, 0, run.baseline, run.x};  // under the figure (the legend)
    if (!owner && run.baseline < items_top)
      key.rank = 0;  // the title and subtitle
    else if (owner && owner->kind == ItemKind::kTick)
      key = Key{2, owner->box.x + owner->box.w / 2, owner->box.y, run.baseline, run.x};
    else if (owner)
      key = Key{1, anchor(*owner), owner->box.y, run.baseline, run.x};
    keyed.emplace_back(key, r);
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<TextRun> sorted;
  sorted.reserve(runs.size());
  for (const auto& [key, r] : keyed) sorted.push_back(std::move(runs[r]));
  runs = std::move(sorted);
}

// `svg` with `layer` added as the last child of its root, so it lies over everything drawn.
std::string append_to_svg(std::string svg, const std::string& layer) {
  size_t end = svg.rfind("</svg>");
  if (end != std::string::npos) svg.insert(end, layer);
  return svg;
}

// The vertical extent a prim may paint, with room for strokes and halos.
std::pair<double, double> prim_extent(const Prim& prim) {
  struct {
    std::pair<double, double> operator()(const LinePrim& p) const {
      return {std::min(p.y0, p.y1) - p.width, std::max(p.y0, p.y1) + p.width};
    }
    std::pair<double, double> operator()(const RectPrim& p) const {
      return {p.box.y - p.stroke_width, p.box.bottom() + p.stroke_width};
    }
    std::pair<double, double> operator()(const MarkerPrim& p) const {
      double r = p.size * 0.6 + p.stroke_width;
      return {p.cy - r, p.cy + r};
    }
    std::pair<double, double> operator()(const TextPrim& p) const {
      return {p.y - 3, p.y + static_cast<double>(p.lines.size() + 1) * p.line_height + 3};
    }
  } extent;
  return std::visit(extent, prim);
}

// A figure taller than a PDF page allows, cut into pages between rows (see pdf_pages): each page
// draws the prims that reach into its band, clipped to it, and later pages a running head.
// On paper (pdf.page a4, letter, custom) every page is the paper's size, the figure scaled and
// placed on it as `paper` says, and the background covers the whole sheet.
void paint_pages(cairo_t* cr, cairo_surface_t* surface, const Scene& scene, const Style& style,
                 const RenderOptions& options, const std::vector<Page>& pages,
                 const std::optional<Paper>& paper) {
  // Which pages each prim reaches, in one pass: pages are in order and contiguous.
  std::vector<std::vector<size_t>> on_page(pages.size());
  std::vector<double> starts;
  for (const Page& page : pages) starts.push_back(page.y0);
  for (size_t i = 0; i < scene.draw.size(); ++i) {
    auto [lo, hi] = prim_extent(scene.draw[i]);
    size_t first = std::upper_bound(starts.begin(), starts.end(), lo) - starts.begin();
    for (size_t k = first ? first - 1 : 0; k < pages.size() && pages[k].y0 < hi; ++k)
      if (pages[k].y1 > lo) on_page[k].push_back(i);
  }
  Painter painter(cr, style, options);
  for (size_t k = 0; k < pages.size(); ++k) {
    const Page& page = pages[k];
    if (paper)
      cairo_pdf_surface_set_size(surface, paper->width, paper->height);
    else
      cairo_pdf_surface_set_size(surface, scene.width, page.height);
    if (!options.transparent) {
      set_color(cr, scene.background);
      cairo_paint(cr);
    }
    cairo_save(cr);
    if (paper) {
      cairo_translate(cr, paper->x, paper->y);
      cairo_scale(cr, paper->scale, paper->scale);
    }
    cairo_save(cr);
    cairo_rectangle(cr, 0, page.top, scene.width, page.y1 - page.y0);
    cairo_clip(cr);
    cairo_translate(cr, 0, page.top - page.y0);
    for (size_t i : on_page[k]) std::visit(painter, scene.draw[i]);
    cairo_restore(cr);
    if (k > 0) {
      const Scene::Paging& p = scene.paging;
      std::string head = p.head + "  \xC2\xB7  continued, page " + std::to_string(k + 1) + " of " +
                         std::to_string(pages.size());
      painter(TextPrim{p.head_x, p.head_y, {head}, style.fonts.tick_size * 1.3, FontRole::kTick, false,
                       style.colors.muted, p.head_width, true, false});
    }
    cairo_restore(cr);
    cairo_show_page(cr);
  }
}

Status finish(cairo_t* cr, cairo_surface_t* surface) {
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (st == CAIRO_STATUS_SUCCESS) st = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS)
    return Error::internal(std::string("cairo: ") + cairo_status_to_string(st));
  return {};
}

Result<std::string> render_png(const Scene& scene, const Style& style,
                               const RenderOptions& options) {
  int w = static_cast<int>(std::ceil(scene.width * options.scale));
  int h = static_cast<int>(std::ceil(scene.height * options.scale));
  if (w <= 0 || h <= 0 || w > 32767 || h > 32767)
    return Error::input(
        "the PNG would be " + std::to_string(w) + "x" + std::to_string(h) +
        " pixels, more than PNG output allows (32767x32767); use a smaller scale, or SVG or PDF");
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
  cairo_t* cr = cairo_create(surface);
  paint(cr, scene, style, options, options.scale);
  cairo_surface_flush(surface);
  std::string bytes;
  cairo_status_t st = cairo_surface_write_to_png_stream(surface, append_bytes, &bytes);
  if (Status done = finish(cr, surface); !done) return done.error();
  if (st != CAIRO_STATUS_SUCCESS) return Error::internal(std::string("cairo: ") + cairo_status_to_string(st));
  return add_png_dpi(bytes, 96 * options.scale);
}

Result<std::string> render_vector(const Scene& scene, const Style& style, OutputFormat format,
                                  const RenderOptions& options) {
  std::string bytes;
  cairo_surface_t* surface = nullptr;
  if (format == OutputFormat::kSvg) {
    surface = cairo_svg_surface_create_for_stream(append_bytes, &bytes, scene.width, scene.height);
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
  } else {
    surface = cairo_pdf_surface_create_for_stream(append_bytes, &bytes, scene.width, scene.height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "chronoline");
    // A fixed date keeps repeated output identical.
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
  }
  cairo_t* cr = cairo_create(surface);
  std::vector<Page> pages;
  std::optional<Paper> paper;
  if (format == OutputFormat::kPdf) {
    paper = pdf_paper(scene, style);
    pages = paper ? pdf_pages(scene, paper->band, true) : pdf_pages(scene, style.canvas.height);
  }
  std::vector<TextRun> runs;
  if (pages.size() > 1 || paper)
    paint_pages(cr, surface, scene, style, options, pages, paper);
  else
    paint(cr, scene, style, options, 1, format == OutputFormat::kSvg ? &runs : nullptr);
  if (Status done = finish(cr, surface); !done) return done.error();
  if (format == OutputFormat::kSvg) {
    sort_runs_for_reading(runs, scene);
    return add_svg_title_desc(
        append_to_svg(renumber_svg_surfaces(bytes), svg_text_layer(runs, style)), scene.title,
        options.description);
  }
  return bytes;
}

}  // namespace

std::optional<OutputFormat> format_for_path(std::string_view path) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos)
    return std::nullopt;
  std::string ext;
  for (char c : path.substr(dot + 1))
    ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "svg") return OutputFormat::kSvg;
  if (ext == "png") return OutputFormat::kPng;
  if (ext == "pdf") return OutputFormat::kPdf;
  return std::nullopt;
}

Result<Scene> layout_for_render(const Timeline& timeline, const Style& style) {
  auto measurer = PangoMeasurer::create(style);
  if (!measurer) return measurer.error();
  auto scene = layout_timeline(timeline, style, **measurer);
  // A few events get larger type (few_events_type_scale), when it fits as well as the style's own:
  // no layout error and no event in a cluster.
  double k = few_events_type_scale(timeline, style);
  if (!scene || k <= 1) return scene;
  Style larger = with_type_scale(style, k);
  auto larger_measurer = PangoMeasurer::create(larger);
  if (!larger_measurer) return scene;
  auto larger_scene = layout_timeline(timeline, larger, **larger_measurer);
  if (!larger_scene) return scene;
  for (const SceneItem& item : larger_scene->items)
    if (item.kind == ItemKind::kCluster) return scene;
  larger_scene->type_scale = k;
  return larger_scene;
}

Result<std::string> render_scene(const Scene& scene, const Style& style, OutputFormat format,
                                 const RenderOptions& options) {
  Style drawn = scene.type_scale == 1 ? style : with_type_scale(style, scene.type_scale);
  if (format == OutputFormat::kPng) return render_png(scene, drawn, options);
  return render_vector(scene, drawn, format, options);
}

Result<std::string> render_timeline(const Timeline& timeline, const Style& style,
                                    OutputFormat format, const RenderOptions& options) {
  auto scene = layout_for_render(timeline, style);
  if (!scene) return scene.error();
  RenderOptions with_description = options;
  if (with_description.description.empty()) with_description.description = timeline_description(timeline);
  return render_scene(*scene, style, format, with_description);
}

}  // namespace chronoline
