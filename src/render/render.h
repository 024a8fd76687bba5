// Render: draws a laid-out timeline with Cairo into SVG, PNG or PDF bytes in memory.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "layout/scene.h"
#include "style/style.h"
#include "timeline/timeline.h"
#include "util/result.h"

namespace chronoline {

enum class OutputFormat { kSvg, kPng, kPdf };

// The format for a path by its extension, case-insensitive: ".svg", ".png", ".pdf"; else nullopt.
std::optional<OutputFormat> format_for_path(std::string_view path);

struct RenderOptions {
  double scale = 1;          // PNG pixels per layout pixel (SVG/PDF are vector and ignore it)
  bool transparent = false;  // leave out the background
  std::string description;   // SVG <desc> for screen readers: timeline_description() of the timeline
};

// Lays out `timeline` with Pango measuring the text: what render_timeline draws, and what
// --dump-layout writes through scene_to_json. Errors: font problems (see check_font) and the
// layout's own input errors.
Result<Scene> layout_for_render(const Timeline& timeline, const Style& style);

// Draws `scene` (made by layout_for_render with the same style). Same scene, same bytes for SVG
// and PNG; PDF gets the scene title as metadata and a fixed creation date, so it repeats too.
// Errors: internal errors from Cairo.
Result<std::string> render_scene(const Scene& scene, const Style& style, OutputFormat format,
                                 const RenderOptions& options);

// layout_for_render then render_scene: the complete file bytes; the caller writes them.
//
// Example:
//   auto bytes = render_timeline(timeline, default_style(), OutputFormat::kSvg, {});
//   if (!bytes) return bytes.error();
Result<std::string> render_timeline(const Timeline& timeline, const Style& style,
                                    OutputFormat format, const RenderOptions& options);

}  // namespace chronoline
