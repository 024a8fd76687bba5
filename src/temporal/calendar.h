// Calendar arithmetic on typed moments: truncation, shifting and TIMEX3 formatting.
#pragma once

#include <date/date.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "temporal/value.h"

namespace chronoline::temporal {

// A calendar unit containing `day`, at granularity `g`: 2022-W03 is {2022-01-17, kWeek}.
// `day` is always the first day of the unit. For kPartOfDay `pod` holds "MO", "MI", "AF", "EV", "NI";
// for kWeek, pod "WE" means its weekend; for kHour/kMinute/kSecond `minutes` is the time of day
// and, for kSecond, `seconds` the seconds past that minute (0..59).
struct Moment {
  date::sys_days day;
  Granularity g = Granularity::kDay;
  int minutes = 0;
  const char* pod = "";
  int seconds = 0;
};

// A moment at second granularity `total` seconds after the start of `day` (any sign).
Moment at_second(date::sys_days day, int64_t total);

// The unit of granularity `g` that contains `day`.
Moment truncate(date::sys_days day, Granularity g);

// Moves `m` by `n` of its own units ("last week" = shift(this week, -1)).
Moment shift(const Moment& m, int n);

// Moves a day by `n` units of `g` (months clamp to the month's last day; clock units move it by
// the whole days they add up to).
date::sys_days add_units(date::sys_days day, Granularity g, int n);

// The TIMEX3 value of `m`: "2022-01-19", "2022-W03", "2021-12", "199", "2022-01-19TNI", ...
// A season is named as the north calls it (southern_seasons renames it).
std::string timex_value(const Moment& m);

// `value` (a TIMEX3 value or an "A/B" interval) with the seasons the resolver wrote, named as in
// the north by their months, named as in the south: "2026-WI" (from December) becomes "2026-SU",
// SP "FA", SU "WI", FA "SP". A season of no year ("XXXX-SU", a habit) names no months and stays.
// The resolver works on months (op_season maps a southern summer to December), so the tagger
// renames its output once, here, for a southern story.
std::string southern_seasons(std::string_view value);

// The last day `m` covers.
date::sys_days last_day(const Moment& m);

int year_of(date::sys_days d);
unsigned month_of(date::sys_days d);

}  // namespace chronoline::temporal
