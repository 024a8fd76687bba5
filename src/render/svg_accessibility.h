// SVG accessibility: the <title> and <desc> screen readers announce, which Cairo does not write.
#pragma once

#include <string>
#include <string_view>

#include "timeline/timeline.h"

namespace chronoline {

// The events as plain text, in time order, one sentence each, for an SVG <desc>:
//   "14 events from 1998 to 2024. 1998: Network last doubled in size ahead of the Expo. ..."
std::string timeline_description(const Timeline& timeline);

// Returns `svg` (a Cairo SVG document) with role="img" and aria-labelledby on the root element
// and <title>`title`</title><desc>`desc`</desc> as its first children, XML-escaped. An empty title
// or desc is left out; an input without an <svg> element is returned unchanged.
std::string add_svg_title_desc(std::string_view svg, std::string_view title, std::string_view desc);

// `text` escaped for XML character data and attribute values: & < > " ' become entities and
// characters XML 1.0 forbids (control characters other than tab, newline, return) are dropped.
std::string xml_escape(std::string_view text);

}  // namespace chronoline
