// Date text for figures: "19 Jan 2022", "Dec 2021", "1990s", "3–21 May 2022".
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <utility>

#include "temporal/value.h"
#include "timeline/timeline.h"

namespace chronoline {

// "Jan" ... "Dec" for month 1..12.
const char* month_abbrev(unsigned month);

// A year for people: "2022", "501 BCE" (astronomical year -500); "410 CE" and "1 CE" while an
// EraMarks scope for a figure that reaches before year 1 is open on this thread (beside "501 BCE",
// a bare "1" reads as a count, not a year). Years from 1000 on read alike either way, except at the
// end of a range whose other end names its era ("999 CE – 1001 CE", "44 BCE – 1066 CE").
std::string year_text(int year);

// A decade by its first year: "1990s", "190s BCE", "190s CE" (the era after the "s").
std::string decade_text(int year);

// Whether a timeline has a date before year 1 (its figure marks the era of years below 1000).
bool reaches_before_year_one(const Timeline& timeline);

// While alive, year_text on this thread writes "CE" after years 1 to 999 when `mark_ce`; scopes
// nest, and the outer setting comes back when this one closes. Layout and the SVG description
// open one for the timeline they draw, so its labels, ticks and text agree.
class EraMarks {
 public:
  explicit EraMarks(bool mark_ce);
  ~EraMarks();
  EraMarks(const EraMarks&) = delete;
  EraMarks& operator=(const EraMarks&) = delete;

 private:
  bool saved_;
};

// "19 Jan 2022".
std::string day_text(date::sys_days day);

// A span at its own precision: "19 Jan 2022", "week of 17 Jan 2022", "Dec 2021", "Q1 2022",
// "2012", "1990s", "20th century", "1996–2001", "15–25 Jan 2022".
std::string span_text(const DaySpan& span);

// An event's date as a figure shows it: span_text, with the event's modifier in words ("late
// 2025", "mid-Oct 2025", "early 1990s" for spans of a month or longer; "c. 2019", "before 2019",
// "by Jun 2026" for any), and a one-day event's time of day ("12 Aug 2023, 14:00").
std::string event_date_text(const Event& e);

// The time of day of a one-day event, as a figure adds it to the date: ", 14:00", ", evening",
// ", midnight" (T24:00, the end of the day); "" for events without one.
std::string time_of_day_text(const Event& e);

// Minutes into its day of a one-day event's time ("T14:00": 840; a part of the day at a time
// typical of it: "TEV" 1140), for ordering events of one day; -1 without one.
int minutes_into_day(const Event& e);

// The clock times, in minutes into their days, of a range between two times of day
// ("2026-11-27T09:00/2026-11-27T12:00": 540 and 720), or nullopt for other events.
std::optional<std::pair<int, int>> range_clock_minutes(const Event& e);

// The shortest clear text for the days first..last: "3 May 2022", "3–21 May 2022",
// "28 Apr – 3 May 2022", "30 Dec 2021 – 2 Jan 2022".
std::string day_range_text(date::sys_days first, date::sys_days last);

}  // namespace chronoline
