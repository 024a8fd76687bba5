// TextMeasurer: the seam between layout and the font engine (Pango in production, fakes in tests).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/scene.h"

namespace chronoline {

// A piece of text broken into lines.
struct TextMetrics {
  double width = 0;        // widest line
  double height = 0;       // all lines
  double line_height = 0;  // one line
  std::vector<std::string> lines;
  bool ellipsized = false;  // the last line must be drawn ellipsised at the max width
};

class TextMeasurer {
 public:
  virtual ~TextMeasurer() = default;
  // Measures `text` in the font for `role`, wrapping at `max_width` (0: no wrapping) into at most
  // `max_lines` lines (0: no limit), the last one ellipsised when the text does not fit.
  virtual TextMetrics measure(std::string_view text, FontRole role, bool bold, double max_width,
                              int max_lines) = 0;
};

}  // namespace chronoline
