// Layout of the vertical figure: a top-to-bottom list of events in time order.
#include "layout/orientations.h"

namespace chronoline {

Result<Scene> layout_vertical(const Timeline&, const Style&, TextMeasurer&, Scene) {
  return Error::input("layout.orientation \"vertical\" is not implemented yet");
}

}  // namespace chronoline
