// Timex: one temporal expression found in text, with its TIMEX3 type, value and modifier.
#pragma once

#include <date/date.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "temporal/value.h"

namespace chronoline {

enum class TimexType { kDate, kTime, kDuration, kSet };

// "DATE", "TIME", "DURATION", "SET".
std::string_view timex_type_name(TimexType t);

// The moment relative expressions resolve against: the document creation time.
struct Anchor {
  date::sys_days day;
  std::optional<std::chrono::minutes> time_of_day{};  // when the dateline gives one
  std::optional<std::chrono::minutes> utc_offset{};  // of time_of_day, when given ("-02:00")
  int seconds = 0;  // seconds past time_of_day's minute ("04:30:15"), 0..59
};

// How expressions with no anchor of their own ("the following day") resolve.
enum class DocType {
  kNews,       // against the publication date (TimeML's news convention)
  kNarrative,  // against the last date mentioned before them
};

struct TagOptions {
  DocType doc_type = DocType::kNews;
  // Resolve bare weekdays and month names forward, as a calendar assistant would ("Wednesday" is
  // the coming one). News text takes the direction from tense instead.
  bool forward_looking = false;
  // The anchor is no publication date but the first date of a narrative that has none (a
  // biography, a history: events.cpp): a date near it is no "now", so the story's own last date
  // gives every year, whatever the tense, and "today" is the writer's unknown present.
  bool story_anchor = false;
  // Where the story is told: "this summer" in a southern story in November is the one from
  // December to February, written with the year it starts (value.h, Hemisphere).
  Hemisphere hemisphere = Hemisphere::kNorth;
  // The financial year where the story is told: "FY26" in a Mumbai story runs from April 2025 to
  // March 2026, "the 2025-26 budget" too (July to June when not known).
  FiscalYear fiscal_year;
};

struct Timex {
  size_t begin = 0;  // byte offsets into the tagged text, [begin, end)
  size_t end = 0;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2022-01-19", "P10D", "PRESENT_REF", "XXXX-WXX-3", ...
  std::string mod;    // TimeML mod ("START", "APPROX", ...) or empty
  // For an anchored duration ("the past 10 days") or a range ("from 1996 until 2001"), the
  // interval it covers as a TIMEX3 interval value "2022-01-15/2022-01-25"; empty otherwise.
  // "from 1996 until 2001" is two timexes, as in TimeML; the first carries range "1996/2001" and
  // the second has ends_range set, so that consumers can treat the pair as one interval.
  std::string range;
  bool ends_range = false;
  // The old date of a move: right after "from" that a verb of date_moves.tsv governs, maybe with a
  // particle of move_particles.tsv between ("was moved up from Friday", "postponed from May to
  // June"). No baseline of a comparison, though "up" before "from" may read like one.
  bool moved_from = false;
};

}  // namespace chronoline
