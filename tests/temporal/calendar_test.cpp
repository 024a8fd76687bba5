// Tests for calendar moments: seconds and BCE years in TIMEX3 values, shifting by seconds.
#include "temporal/calendar.h"

#include <doctest/doctest.h>

namespace chronoline::temporal {
namespace {

using date::sys_days;

const sys_days kDay{date::year{2013} / 2 / 12};

TEST_CASE("a moment at second granularity writes its seconds") {
  Moment m = at_second(kDay, 15 * 3600 + 23 * 60 + 24);
  CHECK(timex_value(m) == "2013-02-12T15:23:24");
  m.g = Granularity::kMinute;
  CHECK(timex_value(m) == "2013-02-12T15:23");
}

TEST_CASE("at_second and shift carry seconds across minutes and days") {
  CHECK(timex_value(at_second(kDay, 86400 + 1)) == "2013-02-13T00:00:01");
  CHECK(timex_value(at_second(kDay, -1)) == "2013-02-11T23:59:59");
  Moment m = at_second(kDay, 4 * 3600 + 30 * 60 + 59);
  CHECK(timex_value(shift(m, 1)) == "2013-02-12T04:31:00");
  CHECK(timex_value(shift(m, -60)) == "2013-02-12T04:29:59");
}

TEST_CASE("southern_seasons renames the seasons of a value by their months, not those of no year") {
  CHECK(southern_seasons("2026-WI") == "2026-SU");  // December to February
  CHECK(southern_seasons("2026-SP") == "2026-FA");
  CHECK(southern_seasons("2026-SU") == "2026-WI");
  CHECK(southern_seasons("2026-FA") == "2026-SP");
  CHECK(southern_seasons("2026-11-25/2026-WI") == "2026-11-25/2026-SU");
  CHECK(southern_seasons("2026-WI/2027-SU") == "2026-SU/2027-WI");
  CHECK(southern_seasons("XXXX-SU") == "XXXX-SU");  // a habit's season names no months
  CHECK(southern_seasons("2026-W03") == "2026-W03");
  CHECK(southern_seasons("2026-W03-WE") == "2026-W03-WE");
  CHECK(southern_seasons("P3M") == "P3M");
  CHECK(southern_seasons("") == "");
  // The months the resolver writes a southern summer with are the north's winter.
  CHECK(southern_seasons(timex_value(Moment{sys_days{date::year{2026} / 12 / 1}, Granularity::kSeason})) ==
        "2026-SU");
}

TEST_CASE("years before 1 CE are written with TIMEX3's BC") {
  CHECK(timex_value(truncate(sys_days{date::year{-2013} / 1 / 1}, Granularity::kYear)) == "BC2014");
  CHECK(timex_value(Moment{sys_days{date::year{0} / 3 / 15}, Granularity::kDay}) == "BC0001-03-15");
  CHECK(timex_value(truncate(sys_days{date::year{14} / 1 / 1}, Granularity::kYear)) == "0014");
}

}  // namespace
}  // namespace chronoline::temporal
