// Tests for TIMEX3 value -> day span.
#include "temporal/value.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

namespace chronoline {
namespace {

std::string show(const DaySpan& s) {
  return format_day(s.start) + ".." + format_day(s.end) + " " + std::string(granularity_name(s.granularity)) +
         (s.is_range ? " range" : "");
}

std::string span(const char* v) {
  auto r = span_of_value(v);
  return r ? show(*r) : "error: " + r.error().message;
}

TEST_CASE("span_of_value covers the calendar unit the value names") {
  CHECK(span("2022-01-19") == "2022-01-19..2022-01-19 day");
  CHECK(span("2021-12") == "2021-12-01..2021-12-31 month");
  CHECK(span("2022-W03") == "2022-01-17..2022-01-23 week");
  CHECK(span("2020-W53") == "2020-12-28..2021-01-03 week");
  CHECK(span("2000-W7") == "2000-02-14..2000-02-20 week");  // unpadded, as some corpora write it
  CHECK(span("-4156-W3").rfind("error:", 0) != 0);         // regression (timeline_json_fuzzer): read past the end
  CHECK(span("2012") == "2012-01-01..2012-12-31 year");
  CHECK(span("199") == "1990-01-01..1999-12-31 decade");
  CHECK(span("20") == "2000-01-01..2099-12-31 century");
  CHECK(span("2022-Q1") == "2022-01-01..2022-03-31 quarter");
  CHECK(span("2021-H2") == "2021-07-01..2021-12-31 half");
  CHECK(span("2021-WI") == "2021-12-01..2022-02-28 season");
  CHECK(span("2024-02") == "2024-02-01..2024-02-29 month");
  CHECK(span("2022-01-19T15:00") == "2022-01-19..2022-01-19 minute");
  CHECK(span("2022-01-19TMO") == "2022-01-19..2022-01-19 part-of-day");
  CHECK(span("1996/2001") == "1996-01-01..2001-12-31 year range");
  CHECK(span("2022-01-15/2022-01-25") == "2022-01-15..2022-01-25 day range");
  CHECK(span("0001") == "0001-01-01..0001-12-31 year");
  CHECK(span("9999-12-31") == "9999-12-31..9999-12-31 day");
  CHECK(span("-0500") == "-0500-01-01..-0500-12-31 year");
  CHECK(span("BC0501") == "-0500-01-01..-0500-12-31 year");
  CHECK(span("BC0044-03-15") == "-0043-03-15..-0043-03-15 day");
}

TEST_CASE("a season's months depend on the hemisphere and its year is that of its first month") {
  auto south = [](const char* v) {
    auto r = span_of_value(v, Hemisphere::kSouth);
    return r ? show(*r) : "error: " + r.error().message;
  };
  CHECK(span("2026-SP") == "2026-03-01..2026-05-31 season");
  CHECK(span("2026-SU") == "2026-06-01..2026-08-31 season");
  CHECK(span("2026-FA") == "2026-09-01..2026-11-30 season");
  CHECK(span("2026-WI") == "2026-12-01..2027-02-28 season");
  CHECK(south("2026-SP") == "2026-09-01..2026-11-30 season");
  CHECK(south("2026-SU") == "2026-12-01..2027-02-28 season");
  CHECK(south("2027-SU") == "2027-12-01..2028-02-29 season");  // into a leap February
  CHECK(south("2026-FA") == "2026-03-01..2026-05-31 season");
  CHECK(south("2026-WI") == "2026-06-01..2026-08-31 season");
  CHECK(south("2026-SU/2027-WI") == "2026-12-01..2027-08-31 season range");
  CHECK(south("2026-11-25") == span("2026-11-25"));  // only seasons change
  CHECK(south("XXXX-SU").rfind("error:", 0) == 0);
  CHECK(parse_hemisphere("south") == Hemisphere::kSouth);
  CHECK(parse_hemisphere("north") == Hemisphere::kNorth);
  CHECK_FALSE(parse_hemisphere("South"));
  CHECK(hemisphere_name(Hemisphere::kSouth) == "south");
}

TEST_CASE("span_of_value reads seconds: TIMEX3 times go down to the second") {
  CHECK(span("2013-02-12T15:23:24") == "2013-02-12..2013-02-12 second");
  CHECK(span("2013-02-12T04:30:00") == "2013-02-12..2013-02-12 second");
  CHECK(span("2013-02-12T15:23:61") ==
        "error: TIMEX3 value \"2013-02-12T15:23:61\" has a malformed time of day");
  CHECK(span("2013-02-12T15:23:") ==
        "error: TIMEX3 value \"2013-02-12T15:23:\" has a malformed time of day");
  CHECK(span("BC0000").rfind("error:", 0) == 0);
}

TEST_CASE("span_of_value reads T24:00, the end of a day, and nothing past it") {
  CHECK(span("1989-10-27T24:00") == "1989-10-27..1989-10-27 minute");
  CHECK(span("1989-10-27T24") == "1989-10-27..1989-10-27 hour");
  CHECK(span("1989-10-27T24:30") ==
        "error: TIMEX3 value \"1989-10-27T24:30\" has a time of day past 24:00");
  CHECK(span("1989-10-27T24:00:05") ==
        "error: TIMEX3 value \"1989-10-27T24:00:05\" has a time of day past 24:00");
}

TEST_CASE("span_of_value rejects values with no fixed time and malformed ones") {
  CHECK(span("P10D").rfind("error: TIMEX3 value \"P10D\" names no fixed time", 0) == 0);
  CHECK(span("PRESENT_REF").rfind("error:", 0) == 0);
  CHECK(span("XXXX-WXX-3").rfind("error:", 0) == 0);
  CHECK(span("2022-02-30") == "error: TIMEX3 value \"2022-02-30\" names a day that does not exist");
  CHECK(span("2022-13") == "error: TIMEX3 value \"2022-13\" names a month outside 01..12");
  CHECK(span("2001/1996") == "error: TIMEX3 value \"2001/1996\" is an interval whose start is after its end");
  // An open end names the whole value, not the empty half ("TIMEX3 value \"\"").
  CHECK(span("2026-09-01/").rfind("error: TIMEX3 value \"2026-09-01/\" is an interval with an open end", 0) == 0);
  CHECK(span("/2026").rfind("error: TIMEX3 value \"/2026\" is an interval with an open end", 0) == 0);
  CHECK(span("2022-W54").rfind("error:", 0) == 0);
  CHECK(span("").rfind("error:", 0) == 0);
}

TEST_CASE("parse_day and format_day round-trip, including BCE years") {
  for (const char* d : {"2022-01-25", "0001-01-01", "9999-12-31", "-0500-03-01"})
    CHECK(format_day(*parse_day(d)) == d);
  CHECK_FALSE(parse_day("2022-02-30"));
  CHECK_FALSE(parse_day("2022-1-5"));
}

TEST_CASE("format_day writes a day as printf's %04d-%02u-%02u would") {
  // Every day of some years, and the first of each month over the whole range of date::year.
  auto printed = [](date::sys_days d) {
    date::year_month_day ymd{d};
    int y = static_cast<int>(ymd.year());
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%04d-%02u-%02u", y < 0 ? "-" : "", y < 0 ? -y : y,
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return std::string(buf);
  };
  int days = 0, same = 0;
  for (int y : {-1, 0, 1, 9, 10, 99, 999, 1000, 1999, 2024, 2026, 9999, 10000})
    for (date::sys_days d = date::year{y} / 1 / 1; d <= date::year{y} / 12 / 31; d += date::days{1})
      ++days, same += format_day(d) == printed(d);
  CHECK(days > 13 * 364);
  CHECK(same == days);
  for (int y = -32767; y <= 32767; y += 97) {
    date::sys_days d = date::year{y} / date::month{static_cast<unsigned>(1 + (y & 7))} / 1;
    CHECK(format_day(d) == printed(d));
  }
  CHECK(format_day(date::year{-44} / 3 / 15) == "-0044-03-15");
  CHECK(format_day(date::year{12345} / 6 / 7) == "12345-06-07");
}

TEST_CASE("granularity names round-trip") {
  for (int g = 0; g <= static_cast<int>(Granularity::kSecond); ++g)
    CHECK(parse_granularity(granularity_name(static_cast<Granularity>(g))) == static_cast<Granularity>(g));
}

}  // namespace
}  // namespace chronoline
