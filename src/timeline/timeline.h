// The timeline model: dated, labelled events; extract's output and render's input.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <date/date.h>

#include "temporal/value.h"

namespace chronoline {

// A date with an optional time of day, as in "published": "2022-01-25T05:49".
struct DateTime {
  date::sys_days day;
  std::optional<std::chrono::minutes> time_of_day;

  friend bool operator==(const DateTime&, const DateTime&) = default;
};

struct Event {
  std::string id;        // "e1", ...; may be empty in hand-written files
  std::string value;     // TIMEX3 value ("2022-01-19", "2021-12", "1996/2001"); may be empty
  DaySpan span;          // the inclusive days covered, with granularity
  std::string label;     // short phrase saying what happened
  std::string text;      // the time expression as written ("Wednesday")
  std::string sentence;  // the sentence it came from
  std::optional<std::pair<size_t, size_t>> offset;  // code points of `text` in the article
  std::string category;  // optional grouping, shown in the legend
  std::string mod;       // TIMEX3 modifier of `value` ("END": "late 2025"); empty for none

  // An interval between two dates ("1996/2001"), as opposed to one calendar unit (a month).
  bool is_range() const { return span.is_range; }
};

// The TIMEX3 modifiers an event may carry (TimeML's list).
bool is_timex_mod(std::string_view mod);

// `span` narrowed to the part a START, MID or END modifier names ("late 2025": its last third,
// 2025-09-01..2025-12-31), for spans of a month or longer; else `span` itself.
DaySpan narrowed_span(const DaySpan& span, std::string_view mod);

// Most events a timeline may hold; larger timelines are refused with an error.
inline constexpr size_t kMaxEvents = 100'000;
// Longest label kept, in code points; longer labels are cut there with "…".
inline constexpr size_t kMaxLabelCodepoints = 500;

struct Timeline {
  std::string title;
  std::optional<DateTime> published;
  std::string source;  // where the article came from, when known
  // Where the story is told: the months of its season values ("2026-SU" is Dec 2026 - Feb 2027
  // in the south). Default: north.
  Hemisphere hemisphere = Hemisphere::kNorth;
  std::vector<Event> events;
};

// The id layout and messages use for events[index]: its id, or "e<index+1>" when it has none.
std::string event_name(const Timeline& timeline, size_t index);

// Formats "2022-01-25T05:49" (or "2022-01-25" without a time of day).
std::string format_datetime(const DateTime& dt);

// Parses YYYY-MM-DD[THH:MM]; nullopt when malformed or impossible.
std::optional<DateTime> parse_datetime(std::string_view text);

}  // namespace chronoline
