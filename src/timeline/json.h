// The timeline JSON format: extract's output and render's input (documented in README).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "timeline/timeline.h"
#include "util/result.h"

namespace chronoline {

// Serialises `timeline` as pretty-printed timeline JSON with a trailing newline. Every event gets
// id, value, start, end and granularity; text, sentence and offset when known; category if set.
std::string timeline_to_json(const Timeline& timeline);

// Parses timeline JSON. `source_name` (a file name, or "-" for stdin) prefixes error messages,
// which name the line:column for syntax errors and the key path for the rest:
//   "t.json: events[2].value: TIMEX3 value \"P10D\" names no fixed time ...; give start and end"
// An event needs `label` plus `value` or `start` (`end` defaults to start). `start`/`end` take any
// TIMEX3 date value: start uses the first day it covers, end the last. Unknown keys are errors
// with a did-you-mean suggestion, so typos do not vanish silently. "hemisphere" ("north", the
// default, or "south") gives the months of season values; `hemisphere`, when set, overrides it
// (--hemisphere).
Result<Timeline> timeline_from_json(std::string_view text, std::string_view source_name,
                                    std::optional<Hemisphere> hemisphere = std::nullopt);

}  // namespace chronoline
