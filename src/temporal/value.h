// TIMEX3 values: what days a value such as "2021-12", "2022-W03", "199" or "1996/2001" covers.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "util/result.h"

namespace chronoline {

// How precise a date is; ordered from coarsest to finest.
enum class Granularity {
  kMillennium,
  kCentury,
  kDecade,
  kYear,
  kHalf,
  kQuarter,
  kSeason,
  kMonth,
  kWeek,
  kDay,
  kPartOfDay,  // morning, afternoon, evening, night: "2022-01-19TMO"
  kHour,
  kMinute,
  kSecond,
};

// Where a story is told, which decides the months of its seasons. TIMEX3's season codes
// (SP/SU/FA/WI) carry no hemisphere; chronoline keeps the code and writes a season with the year
// of its first month, so a southern summer from December 2026 to February 2027 is "2026-SU", in
// the south as the northern winter of the same months is "2026-WI" in the north. Meteorological
// seasons: north SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb; south SP Sep-Nov, SU Dec-Feb,
// FA Mar-May, WI Jun-Aug.
enum class Hemisphere { kNorth, kSouth };

// The financial year of the country a story is told in (article/place.h, from its dateline): the
// month it starts in (0 when not known) and whether "FY26" / "fiscal 2026" names the year it
// starts in (Japan: April 2026 to March 2027) or, as most do, the one it ends in (India: April
// 2025 to March 2026).
struct FiscalYear {
  unsigned start_month = 0;
  bool named_by_start = false;
};

// "north" or "south", as in the timeline JSON and --hemisphere; parse returns nullopt for others.
std::string_view hemisphere_name(Hemisphere h);
std::optional<Hemisphere> parse_hemisphere(std::string_view name);

// "day", "month", ... as used in the timeline JSON; parse returns nullopt for unknown names.
std::string_view granularity_name(Granularity g);
std::optional<Granularity> parse_granularity(std::string_view name);

// The inclusive run of days a value covers, and how precise it is.
struct DaySpan {
  date::sys_days start;
  date::sys_days end;  // inclusive
  Granularity granularity = Granularity::kDay;
  bool is_range = false;  // an interval "A/B" rather than one calendar unit

  friend bool operator==(const DaySpan&, const DaySpan&) = default;
};

// Returns the span that a TIMEX3 DATE/TIME value covers (a season's months in `hemisphere`), or an input Error for values that name
// no fixed time (durations "P10D", sets, "PRESENT_REF", values with "X") or are malformed.
//
// Supported: YYYY-MM-DD, YYYY-MM, YYYY, YYY (decade), YY (century), Y (millennium), YYYY-Www,
// YYYY-Www-WE, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI, YYYY-MM-DDTHH[:MM[:SS]], YYYY-MM-DDTMO/AF/EV/NI,
// and "A/B" intervals of any two of those. A leading '-' marks a BCE year ("-0500" is 501 BCE in
// astronomical numbering: year -500); so does TIMEX3's "BC" ("BC0501" is that year too). Years run
// from -9999 to 9999.
//
// Example:
//   span_of_value("2022-W03") -> {2022-01-17, 2022-01-23, kWeek}
//   span_of_value("2026-SU", Hemisphere::kSouth) -> {2026-12-01, 2027-02-28, kSeason}
Result<DaySpan> span_of_value(std::string_view value, Hemisphere hemisphere = Hemisphere::kNorth);

// Formats a day as YYYY-MM-DD; years before 1 CE (astronomical year <= 0) get a leading '-'.
std::string format_day(date::sys_days day);

// Parses YYYY-MM-DD (optionally with a leading '-'); nullopt when malformed or impossible.
std::optional<date::sys_days> parse_day(std::string_view text);

}  // namespace chronoline
