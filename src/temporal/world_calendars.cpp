// Non-Gregorian calendars that feasts are dated in: Hebrew, Islamic and Zoroastrian (Shahenshahi).
// The arithmetic follows Reingold & Dershowitz, "Calendrical Calculations", on fixed day numbers.
#include "temporal/world_calendars.h"

#include <cstdint>

namespace chronoline::temporal {
namespace {

using date::days;
using date::sys_days;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t floor_mod(int64_t a, int64_t b) { return a - b * floor_div(a, b); }

// Fixed day numbers (R.D.: 1 = 1 January 1, proleptic Gregorian) to sys_days and back.
constexpr int64_t kRdToUnix = 719163;
sys_days from_rd(int64_t rd) { return sys_days{days{rd - kRdToUnix}}; }
int64_t to_rd(sys_days d) { return d.time_since_epoch().count() + kRdToUnix; }

// 1 Tishri AM 1 = 7 October 3761 BCE (Julian).
constexpr int64_t kHebrewEpoch = -1373427;

// Days from the epoch to the molad of Tishri of `year`, postponed so that Rosh Hashanah is never
// on a Sunday, Wednesday or Friday (lo ADU rosh).
int64_t hebrew_elapsed_days(int64_t year) {
  int64_t months = floor_div(235 * year - 234, 19);
  int64_t parts = 12084 + 13753 * months;
  int64_t d = 29 * months + floor_div(parts, 25920);
  return floor_mod(3 * (d + 1), 7) < 3 ? d + 1 : d;
}

// The other two postponements: keep every year 353-355 or 383-385 days long.
int64_t hebrew_new_year(int64_t year) {
  int64_t ny0 = hebrew_elapsed_days(year - 1), ny1 = hebrew_elapsed_days(year),
          ny2 = hebrew_elapsed_days(year + 1);
  int64_t correction = ny2 - ny1 == 356 ? 2 : ny1 - ny0 == 382 ? 1 : 0;
  return kHebrewEpoch + ny1 + correction;
}

int64_t hebrew_days_in_year(int year) { return hebrew_new_year(year + 1) - hebrew_new_year(year); }

int64_t hebrew_to_rd(CalendarDate h) {
  int64_t rd = hebrew_new_year(h.year) + h.day - 1;
  if (h.month < 7) {
    for (int m = 7; m <= hebrew_months_in_year(h.year); ++m) rd += hebrew_days_in_month(h.year, m);
    for (int m = 1; m < h.month; ++m) rd += hebrew_days_in_month(h.year, m);
  } else {
    for (int m = 7; m < h.month; ++m) rd += hebrew_days_in_month(h.year, m);
  }
  return rd;
}

// 1 Muharram 1 AH = 16 July 622 (Julian).
constexpr int64_t kIslamicEpoch = 227015;

int64_t islamic_to_rd(CalendarDate d) {
  return d.day + 29 * (d.month - 1) + floor_div(6 * d.month - 1, 11) + (d.year - 1) * 354 +
         floor_div(3 + 11 * static_cast<int64_t>(d.year), 30) + kIslamicEpoch - 1;
}

}  // namespace

bool hebrew_leap_year(int year) { return floor_mod(7 * static_cast<int64_t>(year) + 1, 19) < 7; }

int hebrew_months_in_year(int year) { return hebrew_leap_year(year) ? 13 : 12; }

int hebrew_days_in_month(int year, int month) {
  if (month == 2 || month == 4 || month == 6 || month == 10 || month == 13) return 29;
  if (month == 12 && !hebrew_leap_year(year)) return 29;
  int64_t len = hebrew_days_in_year(year) % 10;  // 353/383: short Kislev; 355/385: long Heshvan
  if (month == 8 && len != 5) return 29;
  if (month == 9 && len == 3) return 29;
  return 30;
}

sys_days hebrew_to_days(CalendarDate d) { return from_rd(hebrew_to_rd(d)); }

CalendarDate hebrew_from_days(sys_days day) {
  int64_t rd = to_rd(day);
  // The mean year is 35975351/98496 days; start one below the estimate and step up.
  int year = static_cast<int>(floor_div((rd - kHebrewEpoch) * 98496, 35975351));
  while (hebrew_new_year(year + 1) <= rd) ++year;
  int month = rd < hebrew_to_rd({year, 1, 1}) ? 7 : 1;
  while (rd > hebrew_to_rd({year, month, hebrew_days_in_month(year, month)})) ++month;
  return {year, month, static_cast<int>(rd - hebrew_to_rd({year, month, 1}) + 1)};
}

sys_days islamic_tabular_to_days(CalendarDate d) { return from_rd(islamic_to_rd(d)); }

CalendarDate islamic_tabular_from_days(sys_days day) {
  int64_t rd = to_rd(day);
  int year = static_cast<int>(floor_div(30 * (rd - kIslamicEpoch) + 10646, 10631));
  int64_t prior = rd - islamic_to_rd({year, 1, 1});
  int month = static_cast<int>(floor_div(11 * prior + 330, 325));
  return {year, month, static_cast<int>(rd - islamic_to_rd({year, month, 1}) + 1)};
}

std::string IslamicMonths::add_year(int year, sys_days first, const std::array<int, 12>& lengths) {
  if (!starts_.empty() && year != last_year() + 1)
    return "year " + std::to_string(year) + " does not follow " + std::to_string(last_year());
  if (!starts_.empty() && first != starts_.back()[12])
    return "year " + std::to_string(year) + " does not begin the day after the previous one ends";
  std::array<sys_days, 13> s;
  s[0] = first;
  for (size_t m = 0; m < 12; ++m) {
    if (lengths[m] != 29 && lengths[m] != 30) return "a month has 29 or 30 days";
    s[m + 1] = s[m] + days{lengths[m]};
  }
  if (starts_.empty()) first_year_ = year;
  starts_.push_back(s);
  return "";
}

bool IslamicMonths::covers(int year) const {
  return !starts_.empty() && year >= first_year_ && year <= last_year();
}

int IslamicMonths::days_in_month(int year, int month) const {
  CalendarDate next = month == 12 ? CalendarDate{year + 1, 1, 1} : CalendarDate{year, month + 1, 1};
  return static_cast<int>((to_days(next) - to_days({year, month, 1})).count());
}

sys_days IslamicMonths::to_days(CalendarDate d) const {
  if (!covers(d.year)) return islamic_tabular_to_days(d);
  return starts_[static_cast<size_t>(d.year - first_year_)][static_cast<size_t>(d.month - 1)] +
         days{d.day - 1};
}

sys_days parsi_to_days(CalendarDate d) {
  // A year is 365 days: twelve months of 30, then the Gatha days as month 13.
  constexpr sys_days kNavroz1393 = sys_days{date::year{2023} / 8 / 16};
  return kNavroz1393 + days{365 * (d.year - 1393) + 30 * (d.month - 1) + d.day - 1};
}

}  // namespace chronoline::temporal
