// Tests for holiday specs: parsing, moves, the calendars and tables they draw on, load errors.
#include "temporal/holidays.h"

#include <doctest/doctest.h>

#include <string>

#include "temporal/grammar.h"
#include "temporal/value.h"

namespace chronoline::temporal {
namespace {

using date::sys_days;

// The day of `spec` in `year` as text, or the error, from the grammar's own tables.
std::string in_year(const char* spec, int year) {
  static auto g = load_grammar("en");
  REQUIRE(g.ok());
  HolidayBook& book = (*g)->holidays;
  auto h = book.compile(spec);
  if (!h) return h.error().message;
  auto d = book.day_in(**h, year);
  return d ? date::format("%F", *d) : "none";
}

TEST_CASE("Gregorian specs: fixed, nth weekday, Easter, offsets") {
  CHECK(in_year("12-25", 2013) == "2013-12-25");
  CHECK(in_year("02-29", 2013) == "none");
  CHECK(in_year("11-4-4", 2013) == "2013-11-28");
  CHECK(in_year("11-4-4+1", 2013) == "2013-11-29");
  CHECK(in_year("05-L-1", 2022) == "2022-05-30");
  CHECK(in_year("easter", 2010) == "2010-04-04");
  CHECK(in_year("easter-2", 2024) == "2024-03-29");
  CHECK(in_year("orthodox-easter-48", 2018) == "2018-02-19");
}

TEST_CASE("weekday moves: King's Day off Sunday, Boss's Day to the nearest weekday") {
  CHECK(in_year("04-27/sun-1", 2014) == "2014-04-26");
  CHECK(in_year("04-27/sun-1", 2015) == "2015-04-27");
  CHECK(in_year("10-16/sat-1/sun+1", 2016) == "2016-10-17");
  CHECK(in_year("10-16/sat-1/sun+1", 2021) == "2021-10-15");
  CHECK(in_year("10-16/sat-1/sun+1", 2019) == "2019-10-16");
}

TEST_CASE("Jewish feasts: by the evening they begin, postponed off the Sabbath") {
  CHECK(in_year("hebrew:07-10", 2018) == "2018-09-19");
  CHECK(in_year("hebrew:07-10/eve", 2018) == "2018-09-18");
  CHECK(in_year("hebrew:12-14/eve", 2024) == "2024-03-23");    // Purim in Adar II
  CHECK(in_year("hebrew:05-09/sat+1", 2018) == "2018-07-22");  // 9 Av 5778 was a Saturday
  // Yom HaAtzmaut 5778: 5 Iyar was a Friday, kept on Thursday 19 April.
  CHECK(in_year("hebrew:02-05/fri-1/sat-2/mon+1", 2018) == "2018-04-19");
  CHECK(in_year("hebrew:09-30", 2018) == "2018-12-08");  // 5779 has a 30-day Kislev
  CHECK(in_year("hebrew:09-30", 2020) == "none");        // 5781 does not
}

TEST_CASE("Islamic feasts: Umm al-Qura in its years, tabular outside") {
  // Eid al-Fitr, per the Umm al-Qura calendar (independent of the Duckling corpus).
  CHECK(in_year("islamic:10-01", 2018) == "2018-06-15");
  CHECK(in_year("islamic:10-01", 2024) == "2024-04-10");
  CHECK(in_year("islamic:12-10", 1974) == "1974-01-03");             // the first of two that year
  CHECK(in_year("islamic:10-01/before-fri", 2017) == "2017-06-23");  // the last Friday of Ramadan
  CHECK(in_year("islamic:10-01", 2100) ==                            // tabular: outside the table
        date::format("%F", islamic_tabular_to_days({1524, 10, 1})));
}

TEST_CASE("feasts of India: tables computed from the lunisolar calendar") {
  // Lakshmi Puja as published in Indian calendars.
  const char* diwali[] = {"2015-11-11", "2016-10-30", "2017-10-19", "2018-11-07", "2019-10-27",
                          "2020-11-14", "2021-11-04", "2022-10-24", "2023-11-12", "2025-10-20"};
  for (const char* d : diwali) CHECK(in_year("table:diwali", std::stoi(d)) == d);
  CHECK(in_year("table:holika_dahan+1", 2024) == "2024-03-25");  // Holi
  CHECK(in_year("table:makar_sankranti", 2019) == "2019-01-15");
  CHECK(in_year("table:diwali-1", 2019) == "2019-10-26");
  CHECK(in_year("table:diwali", 2051) == "none");
  CHECK(in_year("table:chinese_new_year", 2033) == "2033-01-31");
  CHECK(in_year("parsi:01-01", 2022) == "2022-08-16");
}

TEST_CASE("malformed specs are errors") {
  CHECK(in_year("13-01", 2013) == "malformed holiday spec \"13-01\"");
  CHECK(in_year("hebrew:14-01", 2013) == "malformed holiday spec \"hebrew:14-01\"");
  CHECK(in_year("12-25/sat", 2013) == "malformed holiday spec \"12-25/sat\"");
  CHECK(in_year("12-25/eve/eve", 2013) == "malformed holiday spec \"12-25/eve/eve\"");
  CHECK(in_year("table:nope", 2013) ==
        "unknown holiday table \"nope\" in holiday spec \"table:nope\"");
}

TEST_CASE("holiday tables and rule literals are checked at load") {
  auto err = [](std::string_view table, std::string_view rules) {
    auto g = load_grammar_from({{"tables/t.tsv", table}, {"xx/rules/h.rules", rules}});
    return g.ok() ? std::string() : g.error().message;
  };
  const char* kRule = "#! rules\nh: feast => holiday holiday=table:f\n";
  CHECK(err("#! dates\nf\t2001-01-01 2002-01-01\n", kRule) == "");
  CHECK(err("dates\n", kRule) ==
        "tables/t.tsv:1: expected the header \"#! dates\" or \"#! islamic-months\"");
  CHECK(err("#! dates\nf\t2001-01-01 2000-01-01\n", kRule) ==
        "tables/t.tsv:2: dates must increase: 2000-01-01");
  CHECK(err("#! dates\nf\t2001-13-01\n", kRule) == "tables/t.tsv:2: \"2001-13-01\" is not a date");
  CHECK(err("#! dates\ng\t2001-01-01\n", kRule) ==
        "xx/rules/h.rules:2: unknown holiday table \"f\" in holiday spec \"table:f\"");
  CHECK(err("#! islamic-months\n1439\t2017-09-21\t30,29\n", kRule) ==
        "tables/t.tsv:2: expected YEAR<TAB>YYYY-MM-DD<TAB>12 month lengths (29 or 30)");
}

}  // namespace
}  // namespace chronoline::temporal
