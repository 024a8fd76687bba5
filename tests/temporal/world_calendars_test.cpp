// Tests for the Hebrew, Islamic and Parsi calendars: known dates and round trips.
#include "temporal/world_calendars.h"

#include <doctest/doctest.h>

#include "temporal/value.h"

namespace chronoline::temporal {
namespace {

using date::days;
using date::sys_days;

sys_days day(const char* iso) { return *parse_day(iso); }

TEST_CASE("Hebrew calendar: Rosh Hashanah and Passover across a century") {
  // Reference: @hebcal/core (npm), an independent implementation.
  struct Known {
    int year;
    const char* rosh_hashanah;  // 1 Tishri of AM year+3761
    const char* passover;       // 15 Nisan of AM year+3760
    int days_in_year;           // of AM year+3761
  } known[] = {{1950, "1950-09-12", "1950-04-02", 384}, {1975, "1975-09-06", "1975-03-27", 385},
               {1999, "1999-09-11", "1999-04-01", 385}, {2000, "2000-09-30", "2000-04-20", 353},
               {2018, "2018-09-10", "2018-03-31", 385}, {2023, "2023-09-16", "2023-04-06", 383},
               {2024, "2024-10-03", "2024-04-23", 355}, {2037, "2037-09-10", "2037-03-31", 385},
               {2050, "2050-09-17", "2050-04-07", 355}};
  for (const Known& k : known) {
    CAPTURE(k.year);
    CHECK(hebrew_to_days({k.year + 3761, 7, 1}) == day(k.rosh_hashanah));
    CHECK(hebrew_to_days({k.year + 3760, 1, 15}) == day(k.passover));
    CHECK((hebrew_to_days({k.year + 3762, 7, 1}) - hebrew_to_days({k.year + 3761, 7, 1})).count() ==
          k.days_in_year);
  }
  CHECK(hebrew_to_days({5779, 7, 10}) == day("2018-09-19"));  // Yom Kippur
}

TEST_CASE("Hebrew calendar: leap years, month lengths, Adar II") {
  CHECK(hebrew_leap_year(5779));  // 5779 = year 3 of cycle 305: leap
  CHECK_FALSE(hebrew_leap_year(5778));
  CHECK(hebrew_months_in_year(5784) == 13);
  CHECK(hebrew_days_in_month(5784, 12) == 30);                 // Adar I of a leap year
  CHECK(hebrew_days_in_month(5784, 13) == 29);                 // Adar II
  CHECK(hebrew_days_in_month(5785, 12) == 29);                 // Adar of a common year
  CHECK(hebrew_to_days({5784, 13, 14}) == day("2024-03-24"));  // Purim 5784, in Adar II
  CHECK(hebrew_from_days(day("2024-03-24")) == CalendarDate{5784, 13, 14});
}

TEST_CASE("Hebrew calendar: every day from 1900 to 2100 round-trips, and days are consecutive") {
  CalendarDate prev = hebrew_from_days(day("1899-12-31"));
  for (sys_days d = day("1900-01-01"); d <= day("2100-12-31"); d += days{1}) {
    CalendarDate h = hebrew_from_days(d);
    REQUIRE(hebrew_to_days(h) == d);
    bool next_day = h.year == prev.year && h.month == prev.month && h.day == prev.day + 1;
    bool next_month = h.day == 1 && prev.day == hebrew_days_in_month(prev.year, prev.month);
    REQUIRE_MESSAGE((next_day || next_month), date::format("%F", d));
    prev = h;
  }
}

TEST_CASE("Islamic tabular calendar: epoch, a known date, round trips") {
  CHECK(islamic_tabular_to_days({1, 1, 1}) == day("0622-07-19"));  // 16 July 622, Julian
  CHECK(islamic_tabular_to_days({1439, 10, 1}) == day("2018-06-15"));
  for (sys_days d = day("1950-01-01"); d <= day("2050-12-31"); d += days{1})
    REQUIRE(islamic_tabular_to_days(islamic_tabular_from_days(d)) == d);
}

TEST_CASE("Islamic months from a table, tabular outside it") {
  IslamicMonths m;
  CHECK(m.add_year(1439, day("2017-09-21"), {30, 29, 30, 29, 30, 29, 30, 29, 30, 29, 30, 29}) ==
        "");
  CHECK(m.add_year(1441, day("2019-08-31"), {30, 29, 30, 29, 30, 29, 30, 29, 30, 29, 30, 29}) ==
        "year 1441 does not follow 1439");
  CHECK(m.add_year(1440, day("2018-09-12"), {30, 29, 30, 29, 30, 29, 30, 29, 30, 29, 30, 29}) ==
        "year 1440 does not begin the day after the previous one ends");
  CHECK(m.covers(1439));
  CHECK_FALSE(m.covers(1440));
  CHECK(m.to_days({1439, 10, 1}) == day("2018-06-14"));
  CHECK(m.days_in_month(1439, 9) == 30);
  CHECK(m.to_days({1500, 1, 1}) == islamic_tabular_to_days({1500, 1, 1}));
}

TEST_CASE("Parsi (Shahenshahi) calendar: a 365-day year") {
  CHECK(parsi_to_days({1393, 1, 1}) == day("2023-08-16"));
  CHECK(parsi_to_days({1394, 1, 1}) == day("2024-08-15"));   // after 29 February 2024
  CHECK(parsi_to_days({1393, 13, 5}) == day("2024-08-14"));  // the last Gatha day
}

}  // namespace
}  // namespace chronoline::temporal
