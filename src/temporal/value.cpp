// TIMEX3 values: what days a value such as "2021-12", "2022-W03", "199" or "1996/2001" covers.
#include "temporal/value.h"

#include <array>
#include <cstdio>

#include <date/iso_week.h>

namespace chronoline {
namespace {

using date::days;
using date::sys_days;

constexpr std::array<std::string_view, 14> kGranularityNames = {
    "millennium", "century", "decade", "year", "half",        "quarter", "season",
    "month",      "week",    "day",    "part-of-day", "hour", "minute",  "second"};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

Error malformed(std::string_view value, std::string_view why) {
  return Error::input("TIMEX3 value \"" + std::string(value) + "\" " + std::string(why));
}

sys_days first_day(int y, unsigned m) { return sys_days{date::year{y} / m / 1}; }
sys_days last_day(int y, unsigned m) { return sys_days{date::year{y} / m / date::last}; }

DaySpan whole_years(int first, int last, Granularity g) {
  return {first_day(first, 1), last_day(last, 12), g, false};
}

// Parses "YYYY-..." after the year has been read; `rest` starts after the year digits.
// The first month of season `code` ("SP", "SU", "FA", "WI") in `h`; 0 for no season code.
unsigned season_first_month(std::string_view code, Hemisphere h) {
  static constexpr std::array<std::string_view, 4> kCodes = {"SP", "SU", "FA", "WI"};  // north: 3, 6, 9, 12
  for (unsigned i = 0; i < kCodes.size(); ++i)
    if (code == kCodes[i]) return h == Hemisphere::kNorth ? 3 * (i + 1) : (3 * (i + 1) + 5) % 12 + 1;
  return 0;
}

Result<DaySpan> parse_after_year(std::string_view value, int y, std::string_view rest, Hemisphere h) {
  if (rest.empty()) return whole_years(y, y, Granularity::kYear);
  if (rest[0] != '-') return malformed(value, "has unexpected text after the year");
  rest.remove_prefix(1);
  if (rest.size() >= 2 && rest[0] == 'W' && all_digits(rest.substr(1, 1))) {
    size_t end = rest.size() >= 3 && all_digits(rest.substr(2, 1)) ? 3 : 2;  // "W03", or "W7" unpadded
    unsigned w = static_cast<unsigned>(to_int(rest.substr(1, end - 1)));
    auto wy = iso_week::year{y};
    if (w < 1 || w > static_cast<unsigned>((wy / iso_week::last).weeknum()))
      return malformed(value, "names a week that does not exist");
    sys_days monday{wy / iso_week::weeknum{w} / iso_week::mon};
    if (rest.size() == end) return DaySpan{monday, monday + days{6}, Granularity::kWeek, false};
    if (rest.substr(end) == "-WE") return DaySpan{monday + days{5}, monday + days{6}, Granularity::kDay, true};
    return malformed(value, "has unexpected text after the week");
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1] >= '1') {
    unsigned n = static_cast<unsigned>(rest[1] - '0');
    bool q = rest[0] == 'Q';
    if (n > (q ? 4u : 2u)) return malformed(value, q ? "names a quarter past Q4" : "names a half past H2");
    unsigned months = q ? 3 : 6;
    return DaySpan{first_day(y, (n - 1) * months + 1), last_day(y, n * months),
                   q ? Granularity::kQuarter : Granularity::kHalf, false};
  }
  // Meteorological seasons, from the year of their first month: the one that starts in December
  // (the north's winter, the south's summer) runs into the next year.
  if (unsigned first = season_first_month(rest, h)) {
    date::year_month last = date::year{y} / date::month{first} + date::months{2};
    return DaySpan{first_day(y, first), sys_days{last / date::last}, Granularity::kSeason, false};
  }
  if (rest.size() < 2 || !all_digits(rest.substr(0, 2))) return malformed(value, "is not a TIMEX3 date");
  unsigned m = static_cast<unsigned>(to_int(rest.substr(0, 2)));
  if (m < 1 || m > 12) return malformed(value, "names a month outside 01..12");
  rest.remove_prefix(2);
  if (rest.empty()) return DaySpan{first_day(y, m), last_day(y, m), Granularity::kMonth, false};
  if (rest.size() < 3 || rest[0] != '-' || !all_digits(rest.substr(1, 2)))
    return malformed(value, "is not a TIMEX3 date");
  auto ymd = date::year{y} / date::month{m} / date::day{static_cast<unsigned>(to_int(rest.substr(1, 2)))};
  if (!ymd.ok()) return malformed(value, "names a day that does not exist");
  sys_days day{ymd};
  rest.remove_prefix(3);
  if (rest.empty()) return DaySpan{day, day, Granularity::kDay, false};
  if (rest[0] != 'T') return malformed(value, "has unexpected text after the day");
  rest.remove_prefix(1);
  if (rest == "MO" || rest == "MI" || rest == "AF" || rest == "EV" || rest == "NI" || rest == "DT")
    return DaySpan{day, day, Granularity::kPartOfDay, false};
  // HH, HH:MM or HH:MM:SS, optionally followed by a zone we ignore at day resolution.
  if (rest.size() < 2 || !all_digits(rest.substr(0, 2)) || to_int(rest.substr(0, 2)) > 24)
    return malformed(value, "has a malformed time of day");
  Granularity g = Granularity::kHour;
  if (rest.size() >= 5 && rest[2] == ':') {
    if (!all_digits(rest.substr(3, 2)) || to_int(rest.substr(3, 2)) > 59)
      return malformed(value, "has a malformed time of day");
    g = Granularity::kMinute;
    if (rest.size() >= 6 && rest[5] == ':') {
      if (rest.size() < 8 || !all_digits(rest.substr(6, 2)) || to_int(rest.substr(6, 2)) > 59)
        return malformed(value, "has a malformed time of day");
      g = Granularity::kSecond;
    }
  }
  // T24:00 is the end of the day (TimeML's "midnight Friday"); nothing comes after it.
  bool past_end = (g >= Granularity::kMinute && to_int(rest.substr(3, 2)) > 0) ||
                  (g == Granularity::kSecond && to_int(rest.substr(6, 2)) > 0);
  if (to_int(rest.substr(0, 2)) == 24 && past_end)
    return malformed(value, "has a time of day past 24:00");
  return DaySpan{day, day, g, false};
}

Result<DaySpan> parse_point(std::string_view value, Hemisphere h) {
  std::string_view s = value;
  // "BC0044" (TIMEX3) is 44 BCE, astronomical year -43; "-0043" is the same year.
  if (s.substr(0, 2) == "BC" && s.size() >= 6 && all_digits(s.substr(2, 4))) {
    int y = to_int(s.substr(2, 4));
    if (y == 0) return malformed(value, "names year 0 BC, which does not exist");
    return parse_after_year(value, 1 - y, s.substr(6), h);
  }
  bool bce = !s.empty() && s[0] == '-';
  if (bce) s.remove_prefix(1);
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0) return malformed(value, "names no fixed time (durations, sets and references have no date)");
  std::string_view digits = s.substr(0, n);
  int sign = bce ? -1 : 1;
  if (n == 4) return parse_after_year(value, sign * to_int(digits), s.substr(4), h);
  if (n > 4) return malformed(value, "has a year with more than four digits");
  if (n != s.size()) return malformed(value, "has unexpected text after a decade or century");
  int v = to_int(digits);
  if (bce) return malformed(value, "is a BCE decade or century, which is not supported; write a year");
  if (n == 3) return whole_years(v * 10, v * 10 + 9, Granularity::kDecade);
  if (n == 2) return whole_years(v * 100, v * 100 + 99, Granularity::kCentury);
  return whole_years(v * 1000, v * 1000 + 999, Granularity::kMillennium);
}

}  // namespace

std::string_view granularity_name(Granularity g) { return kGranularityNames[static_cast<size_t>(g)]; }

std::optional<Granularity> parse_granularity(std::string_view name) {
  for (size_t i = 0; i < kGranularityNames.size(); ++i)
    if (kGranularityNames[i] == name) return static_cast<Granularity>(i);
  return std::nullopt;
}

std::string_view hemisphere_name(Hemisphere h) { return h == Hemisphere::kSouth ? "south" : "north"; }

std::optional<Hemisphere> parse_hemisphere(std::string_view name) {
  if (name == "north") return Hemisphere::kNorth;
  if (name == "south") return Hemisphere::kSouth;
  return std::nullopt;
}

Result<DaySpan> span_of_value(std::string_view value, Hemisphere hemisphere) {
  size_t slash = value.find('/');
  if (slash == std::string_view::npos) return parse_point(value, hemisphere);
  if (slash == 0 || slash + 1 == value.size())
    return malformed(value, "is an interval with an open end; write both ends (\"2026-09-01/"
                            "2026-12-31\"), or give the event's start and end");
  auto a = parse_point(value.substr(0, slash), hemisphere);
  if (!a) return a.error();
  auto b = parse_point(value.substr(slash + 1), hemisphere);
  if (!b) return b.error();
  if (b->end < a->start) return malformed(value, "is an interval whose start is after its end");
  return DaySpan{a->start, b->end, std::min(a->granularity, b->granularity), true};
}

// "%s%04d-%02u-%02u" written by hand: snprintf cost some 1,900 instructions a call, and
// the tagger writes the range of every duration with it (callgrind, tbaq: 0.55M of
// op_past_duration's 0.93M).
std::string format_day(date::sys_days day) {
  date::year_month_day ymd{day};
  int y = static_cast<int>(ymd.year());
  unsigned year = static_cast<unsigned>(y < 0 ? -y : y);
  std::array<char, 16> buf{};  // a year of date::year has at most five digits
  size_t n = buf.size();
  auto two = [&](unsigned v) {
    buf[--n] = static_cast<char>('0' + v % 10);
    buf[--n] = static_cast<char>('0' + v / 10 % 10);
  };
  two(static_cast<unsigned>(ymd.day()));
  buf[--n] = '-';
  two(static_cast<unsigned>(ymd.month()));
  buf[--n] = '-';
  for (int digits = 0; digits < 4 || year; ++digits, year /= 10)
    buf[--n] = static_cast<char>('0' + year % 10);
  if (y < 0) buf[--n] = '-';
  return std::string(buf.data() + n, buf.size() - n);
}

std::optional<date::sys_days> parse_day(std::string_view text) {
  bool bce = !text.empty() && text[0] == '-';
  std::string_view s = bce ? text.substr(1) : text;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !all_digits(s.substr(0, 4)) ||
      !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2)))
    return std::nullopt;
  date::year_month_day ymd{date::year{(bce ? -1 : 1) * to_int(s.substr(0, 4))},
                           date::month{static_cast<unsigned>(to_int(s.substr(5, 2)))},
                           date::day{static_cast<unsigned>(to_int(s.substr(8, 2)))}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

}  // namespace chronoline
