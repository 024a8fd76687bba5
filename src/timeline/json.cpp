// The timeline JSON format: extract's output and render's input (documented in README).
#include "timeline/json.h"

#include <optional>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/suggest.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

using ordered = nlohmann::ordered_json;
using nlohmann::json;

const std::vector<std::string> kTopKeys = {"title", "published", "source", "hemisphere", "events"};
const std::vector<std::string> kEventKeys = {"id",   "value", "start",    "end",    "granularity",
                                             "text", "label", "sentence", "offset", "category", "mod"};

ordered event_to_json(const Event& e) {
  ordered j;
  if (!e.id.empty()) j["id"] = e.id;
  if (!e.value.empty()) j["value"] = e.value;
  j["start"] = format_day(e.span.start);
  j["end"] = format_day(e.span.end);
  j["granularity"] = granularity_name(e.span.granularity);
  if (!e.text.empty()) j["text"] = e.text;
  j["label"] = e.label;
  if (!e.sentence.empty()) j["sentence"] = e.sentence;
  if (e.offset) j["offset"] = {e.offset->first, e.offset->second};
  if (!e.category.empty()) j["category"] = e.category;
  if (!e.mod.empty()) j["mod"] = e.mod;
  return j;
}

// Errors while walking a parsed document carry the source name and the key path.
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  Hemisphere hemisphere = Hemisphere::kNorth;  // of the season values in events

  Error fail(const std::string& path, const std::string& message) const {
    return Error::input(source_ + ": " + path + ": " + message);
  }

  Status check_keys(const json& object, const std::string& path,
                    const std::vector<std::string>& allowed) const {
    for (const auto& item : object.items()) {
      if (std::find(allowed.begin(), allowed.end(), item.key()) != allowed.end()) continue;
      std::string where = path.empty() ? item.key() : path + "." + item.key();
      std::string guess = nearest(item.key(), allowed);
      return fail(where, "unknown key" + (guess.empty() ? "; remove it" : "; did you mean " + guess + "?"));
    }
    return {};
  }

  // Reads an optional string member into `out`.
  Status read_string(const json& object, const std::string& key, const std::string& path,
                     std::string& out) const {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_string()) return fail(path + key, "must be a string, not " + std::string(it->type_name()));
    out = it->get<std::string>();
    return {};
  }

  Result<Event> read_event(const json& j, size_t index) const {
    std::string path = "events[" + std::to_string(index) + "]";
    if (!j.is_object()) return fail(path, "must be an object with at least label and value");
    if (auto s = check_keys(j, path, kEventKeys); !s) return s.error();
    Event e;
    std::string start, end, granularity;
    const std::string p = path + ".";
    for (auto [key, out] : {std::pair<const char*, std::string*>{"id", &e.id}, {"value", &e.value},
                            {"start", &start}, {"end", &end}, {"granularity", &granularity},
                            {"text", &e.text}, {"label", &e.label}, {"sentence", &e.sentence},
                            {"category", &e.category}, {"mod", &e.mod}})
      if (auto s = read_string(j, key, p, *out); !s) return s.error();
    if (!e.mod.empty() && !is_timex_mod(e.mod))
      return fail(p + "mod", "unknown modifier \"" + e.mod + "\"; use START, MID, END, APPROX, BEFORE, AFTER, "
                             "ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS or EQUAL_OR_MORE");
    if (!j.contains("label")) return fail(path, "has no label; add \"label\": \"what happened\"");
    e.label = utf8::truncate(e.label, kMaxLabelCodepoints);
    if (auto s = read_span(e, start, end, granularity, p); !s) return s.error();
    if (auto s = read_offset(j, p, e); !s) return s.error();
    return e;
  }

 private:
  // The days an event covers: from `value`, unless start/end are given; those win (and are the
  // only way to date a value with no fixed days, such as "P10D").
  Status read_span(Event& e, const std::string& start, const std::string& end,
                   const std::string& granularity, const std::string& p) const {
    if (start.empty() && !end.empty()) return fail(p + "end", "is given without start; add start");
    std::optional<DaySpan> from_value;
    if (!e.value.empty()) {
      auto span = span_of_value(e.value, hemisphere);
      if (!span && start.empty()) {
        bool undated = span.error().message.find("names no fixed time") != std::string::npos;
        return fail(p + "value", span.error().message + (undated ? "; give start and end instead" : "; fix the date"));
      }
      if (span) from_value = narrowed_span(*span, e.mod);  // "late 2025": its last third
    } else if (start.empty()) {
      return fail(p.substr(0, p.size() - 1), "has neither value nor start; add one");
    }
    if (start.empty()) {
      e.span = *from_value;
    } else {
      auto first = span_of_value(start);
      if (!first) return fail(p + "start", first.error().message);
      auto last = span_of_value(end.empty() ? start : end);
      if (!last) return fail(p + "end", last.error().message);
      if (last->end < first->start)
        return fail(p + "end", format_day(last->end) + " is before start " + format_day(first->start) +
                                   "; swap start and end");
      if (from_value && from_value->start == first->start && from_value->end == last->end) {
        e.span = *from_value;
      } else {
        bool one_unit = end.empty() || end == start;
        e.span = DaySpan{first->start, last->end, std::min(first->granularity, last->granularity),
                         !one_unit || first->is_range};
      }
    }
    if (!granularity.empty()) {
      auto g = parse_granularity(granularity);
      if (!g) return fail(p + "granularity", "unknown granularity \"" + granularity + "\"; use day, week, month, year, decade, ...");
      e.span.granularity = *g;
    }
    return {};
  }

  Status read_offset(const json& j, const std::string& p, Event& e) const {
    auto it = j.find("offset");
    if (it == j.end() || it->is_null()) return {};
    if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_unsigned() || !(*it)[1].is_number_unsigned())
      return fail(p + "offset", "must be [begin, end] in code points");
    e.offset = {(*it)[0].get<size_t>(), (*it)[1].get<size_t>()};
    if (e.offset->second < e.offset->first) return fail(p + "offset", "ends before it begins");
    return {};
  }

  std::string source_;
};

// "line:col" of byte `position` (1-based, as nlohmann reports it) in `text`.
std::string line_col(std::string_view text, size_t position) {
  size_t line = 1, col = 1;
  // The parser skips a UTF-8 byte-order mark but counts its bytes; an editor shows no column for it.
  size_t from = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (size_t i = from; i + 1 < position && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

}  // namespace

std::string timeline_to_json(const Timeline& timeline) {
  ordered j;
  j["title"] = timeline.title;
  if (timeline.published) j["published"] = format_datetime(*timeline.published);
  if (!timeline.source.empty()) j["source"] = timeline.source;
  if (timeline.hemisphere != Hemisphere::kNorth) j["hemisphere"] = hemisphere_name(timeline.hemisphere);
  j["events"] = ordered::array();
  for (const auto& e : timeline.events) j["events"].push_back(event_to_json(e));
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Result<Timeline> timeline_from_json(std::string_view text, std::string_view source_name,
                                    std::optional<Hemisphere> hemisphere) {
  std::string source(source_name);
  json j;
  try {
    j = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
    size_t colon = what.find(": ", what.find("column"));
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    return Error::input(source + ":" + line_col(text, e.byte) + ": invalid JSON: " + detail +
                        "; fix the syntax");
  } catch (const json::exception& e) {
    // Other parse failures, such as a number too large for a double, carry no position.
    std::string what = e.what();
    size_t bracket = what.find("] ");
    return Error::input(source + ": invalid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)) +
                        "; fix the value");
  }
  Reader reader(source);
  if (!j.is_object()) return reader.fail("(top level)", "must be an object with \"events\"");
  if (auto s = reader.check_keys(j, "", kTopKeys); !s) return s.error();
  Timeline t;
  if (auto s = reader.read_string(j, "title", "", t.title); !s) return s.error();
  if (auto s = reader.read_string(j, "source", "", t.source); !s) return s.error();
  std::string published;
  if (auto s = reader.read_string(j, "published", "", published); !s) return s.error();
  if (!published.empty()) {
    t.published = parse_datetime(published);
    if (!t.published)
      return reader.fail("published", "\"" + published + "\" is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM");
  }
  std::string hemisphere_text;
  if (auto s = reader.read_string(j, "hemisphere", "", hemisphere_text); !s) return s.error();
  if (auto it = j.find("hemisphere"); it != j.end() && it->is_string()) {
    auto h = parse_hemisphere(hemisphere_text);
    if (!h) return reader.fail("hemisphere", "unknown hemisphere \"" + hemisphere_text + "\"; use north or south");
    t.hemisphere = *h;
  }
  if (hemisphere) t.hemisphere = *hemisphere;
  reader.hemisphere = t.hemisphere;
  auto events = j.find("events");
  if (events == j.end() || !events->is_array())
    return reader.fail("events", "must be an array of events; add \"events\": [...]");
  if (events->size() > kMaxEvents)
    return reader.fail("events", std::to_string(events->size()) + " events; the limit is " +
                                     std::to_string(kMaxEvents) + ", so split the timeline into several files");
  std::set<std::string> ids;
  for (size_t i = 0; i < events->size(); ++i) {
    auto e = reader.read_event((*events)[i], i);
    if (!e) return e.error();
    if (!e->id.empty() && !ids.insert(e->id).second)
      return reader.fail("events[" + std::to_string(i) + "].id", "duplicate id \"" + e->id + "\"; make ids unique");
    t.events.push_back(std::move(*e));
  }
  return t;
}

}  // namespace chronoline
