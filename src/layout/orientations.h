// The two figure layouts behind layout_timeline; internal to src/layout.
#pragma once

#include "layout/figure.h"
#include "layout/scene.h"
#include "util/result.h"

namespace chronoline {

// Both expect `scene` to have size, names and background set.
Result<Scene> layout_horizontal(const Timeline& timeline, const Style& style, TextMeasurer& m, Scene scene);
Result<Scene> layout_vertical(const Timeline& timeline, const Style& style, TextMeasurer& m, Scene scene);

}  // namespace chronoline
