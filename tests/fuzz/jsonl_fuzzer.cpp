// libFuzzer target: one line of `chronoline tag --jsonl` input. Its hand-written reader must
// accept only what nlohmann accepts, and read the same doc and text: the line's output is then
// what the full parser's fields give.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "temporal/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto tagger = chronoline::Tagger::load("en");
  if (!tagger) __builtin_trap();
  std::string line(reinterpret_cast<const char*>(data), size);
  if (size_t nl = line.find('\n'); nl != std::string::npos) line.resize(nl);
  if (line.find_first_not_of(" \t\r") == std::string::npos) return 0;  // skipped as blank

  std::istringstream in(line + "\n");
  std::ostringstream out;
  chronoline::Status st = chronoline::tag_jsonl(in, out, *tagger, {});

  // What the full parser makes of the line.
  nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
  bool fields = !doc.is_discarded() && doc.is_object() && doc.contains("text") &&
                doc["text"].is_string() && doc.contains("dct") && doc["dct"].is_string();
  auto anchor = fields ? chronoline::parse_anchor(doc["dct"].get<std::string>())
                       : chronoline::Result<chronoline::Anchor>(chronoline::Error::input("-"));
  bool deep_doc = fields && doc.contains("doc") && chronoline::json_nesting(doc["doc"]) > 512;
  if (st.ok() != (fields && anchor.ok() && !deep_doc)) __builtin_trap();
  if (!st.ok()) return 0;

  nlohmann::json got = nlohmann::json::parse(out.str(), nullptr, false);
  if (got.is_discarded() || !got.is_object() || !got.contains("doc") || !got.contains("timex"))
    __builtin_trap();
  nlohmann::json want_doc = doc.contains("doc") ? doc["doc"] : nlohmann::json();
  if (got["doc"] != want_doc) __builtin_trap();
  std::string text = doc["text"].get<std::string>();
  if (got["timex"] != chronoline::timexes_to_json(tagger->tag(text, *anchor, {}), text))
    __builtin_trap();
  return 0;
}
