// JSONL tagging: streams {"doc","dct","text"} lines to {"doc","timex":[...]} lines.
#include "temporal/jsonl.h"

#include <string>

#include "temporal/value.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

Error at_line(size_t line, const std::string& msg) {
  return Error::input("line " + std::to_string(line) + ": " + msg);
}

Result<std::string> string_field(const nlohmann::json& doc, const char* key) {
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_string())
    return Error::input(std::string("missing string field \"") + key +
                        "\"; each line must be {\"doc\": ..., \"dct\": \"YYYY-MM-DD\", \"text\": \"...\"}");
  return it->get<std::string>();
}

Status tag_line(const std::string& line, size_t line_no, std::ostream& out, const Tagger& tagger,
                const TagOptions& options) {
  nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return at_line(line_no, "not a JSON object; each line must be one {\"doc\", \"dct\", \"text\"} object");
  auto text = string_field(doc, "text");
  if (!text) return at_line(line_no, text.error().message);
  auto dct = string_field(doc, "dct");
  if (!dct) return at_line(line_no, dct.error().message);
  auto anchor = parse_anchor(*dct);
  if (!anchor) return at_line(line_no, anchor.error().message);
  nlohmann::json result = {{"doc", doc.contains("doc") ? doc["doc"] : nlohmann::json()},
                           {"timex", timexes_to_json(tagger.tag(*text, *anchor, options), *text)}};
  out << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  out.flush();
  if (!out) return Error::internal("cannot write output after input line " + std::to_string(line_no));
  return {};
}

}  // namespace

nlohmann::json timexes_to_json(const std::vector<Timex>& timexes, std::string_view text) {
  nlohmann::json arr = nlohmann::json::array();
  if (timexes.empty()) return arr;
  utf8::OffsetMap map(text);
  for (const Timex& t : timexes) {
    nlohmann::json o = {{"start", map.to_codepoint(t.begin)},
                        {"end", map.to_codepoint(t.end)},
                        {"text", std::string(text.substr(t.begin, t.end - t.begin))},
                        {"type", timex_type_name(t.type)},
                        {"value", t.value}};
    if (!t.mod.empty()) o["mod"] = t.mod;
    if (!t.range.empty()) o["range"] = t.range;
    if (t.ends_range) o["ends_range"] = true;
    arr.push_back(std::move(o));
  }
  return arr;
}

Result<Anchor> parse_anchor(std::string_view text) {
  auto day = parse_day(text.substr(0, 10));
  if (!day) return Error::input("publication date \"" + std::string(text) + "\" is not YYYY-MM-DD");
  Anchor a{*day, std::nullopt};
  if (text.size() >= 16 && text[10] == 'T' && text[13] == ':') {
    int h = (text[11] - '0') * 10 + (text[12] - '0');
    int m = (text[14] - '0') * 10 + (text[15] - '0');
    if (h >= 0 && h < 24 && m >= 0 && m < 60) a.time_of_day = std::chrono::minutes{h * 60 + m};
  }
  return a;
}

Status tag_jsonl(std::istream& in, std::ostream& out, const Tagger& tagger, const TagOptions& options) {
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (Status st = tag_line(line, line_no, out, tagger, options); !st) return st;
  }
  if (in.bad()) return Error::internal("cannot read input after line " + std::to_string(line_no));
  return {};
}

}  // namespace chronoline
