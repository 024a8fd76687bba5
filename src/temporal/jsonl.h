// JSONL tagging: streams {"doc","dct","text"} lines to {"doc","timex":[...]} lines.
#pragma once

#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <vector>

#include "temporal/tagger.h"
#include "temporal/timex.h"
#include "util/result.h"

namespace chronoline {

// The JSON array for `timexes` found in `text`: objects {"start","end","text","type","value",
// "mod"?, "range"?, "ends_range"?} with start/end in Unicode code points of `text`.
// Used by `chronoline tag FILE` and by tag_jsonl.
nlohmann::json timexes_to_json(const std::vector<Timex>& timexes, std::string_view text);

// Parses a publication date "YYYY-MM-DD", optionally followed by "THH:MM[:SS...]".
Result<Anchor> parse_anchor(std::string_view text);

// How deep arrays and objects nest in `value` (0 for a scalar), counted without recursion: a
// "doc" nested deeper than 512 is refused, as writing it back would recurse that deep.
size_t json_nesting(const nlohmann::json& value);

// Reads one document per line, {"doc": ID, "dct": "YYYY-MM-DD", "text": "..."}, and writes
// {"doc": ID, "timex": [...]} per line. Output is flushed whenever the input has no more data
// buffered, so interactive callers get each line's answer before sending the next. Blank lines
// are skipped. Memory stays flat in the corpus size. Errors name the input line: "line 3: missing
// \"dct\"; ...".
//
// Example:
//   std::ifstream in("tbaq.jsonl");
//   if (Status st = tag_jsonl(in, std::cout, tagger, {}); !st) report(st.error());
Status tag_jsonl(std::istream& in, std::ostream& out, const Tagger& tagger,
                 const TagOptions& options);

}  // namespace chronoline
