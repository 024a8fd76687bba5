// Calendar arithmetic on typed moments: truncation, shifting and TIMEX3 formatting.
#include "temporal/calendar.h"

#include <date/iso_week.h>

#include <string_view>

namespace chronoline::temporal {
namespace {

using date::days;
using date::sys_days;

sys_days first_of(int y, unsigned m) { return sys_days{date::year{y} / m / 1}; }

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// The first month of the meteorological season containing month m (Dec for Dec, Jan, Feb).
void season_start(int& y, unsigned& m) {
  if (m == 12) return;
  if (m <= 2) {
    --y;
    m = 12;
    return;
  }
  m = (m - 3) / 3 * 3 + 3;
}

int months_per_unit(Granularity g) {
  switch (g) {
    case Granularity::kMonth:
      return 1;
    case Granularity::kSeason:
    case Granularity::kQuarter:
      return 3;
    case Granularity::kHalf:
      return 6;
    case Granularity::kYear:
      return 12;
    case Granularity::kDecade:
      return 120;
    case Granularity::kCentury:
      return 1200;
    case Granularity::kMillennium:
      return 12000;
    default:
      return 0;
  }
}

}  // namespace

int year_of(sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }
unsigned month_of(sys_days d) { return static_cast<unsigned>(date::year_month_day{d}.month()); }

Moment truncate(sys_days day, Granularity g) {
  date::year_month_day ymd{day};
  int y = static_cast<int>(ymd.year());
  unsigned m = static_cast<unsigned>(ymd.month());
  Moment out{day, g};
  switch (g) {
    case Granularity::kMillennium:
      out.day = first_of(floor_div(y, 1000) * 1000, 1);
      break;
    case Granularity::kCentury:
      out.day = first_of(floor_div(y, 100) * 100, 1);
      break;
    case Granularity::kDecade:
      out.day = first_of(floor_div(y, 10) * 10, 1);
      break;
    case Granularity::kYear:
      out.day = first_of(y, 1);
      break;
    case Granularity::kHalf:
      out.day = first_of(y, m <= 6 ? 1 : 7);
      break;
    case Granularity::kQuarter:
      out.day = first_of(y, (m - 1) / 3 * 3 + 1);
      break;
    case Granularity::kSeason:
      season_start(y, m), out.day = first_of(y, m);
      break;
    case Granularity::kMonth:
      out.day = first_of(y, m);
      break;
    case Granularity::kWeek:
      out.day = day - (date::weekday{day} - date::Monday);
      break;
    default:
      break;
  }
  return out;
}

sys_days add_units(sys_days day, Granularity g, int n) {
  if (g == Granularity::kWeek) return day + days{7 * n};
  // Clock units move the day only by whole days: five hours after a day is still that day.
  if (g == Granularity::kHour) return day + days{floor_div(n, 24)};
  if (g == Granularity::kMinute) return day + days{floor_div(n, 1440)};
  if (g == Granularity::kSecond) return day + days{floor_div(n, 86400)};
  if (g >= Granularity::kDay) return day + days{n};
  date::year_month_day ymd{day};
  auto ym = ymd.year() / ymd.month() + date::months{months_per_unit(g) * n};
  auto d = ymd.day() > (ym / date::last).day() ? (ym / date::last).day() : ymd.day();
  return sys_days{ym / d};
}

Moment at_second(sys_days day, int64_t total) {
  int64_t d = total >= 0 ? total / 86400 : -((-total + 86399) / 86400);
  int64_t rest = total - d * 86400;
  Moment m{day + days{static_cast<int>(d)}, Granularity::kSecond, static_cast<int>(rest / 60)};
  m.seconds = static_cast<int>(rest % 60);
  return m;
}

Moment shift(const Moment& m, int n) {
  Moment out = m;
  if (m.g == Granularity::kSecond)
    return at_second(m.day, int64_t{m.minutes} * 60 + m.seconds + n);
  if (m.g >= Granularity::kHour) {
    int total = m.minutes + (m.g == Granularity::kHour     ? 60 * n
                             : m.g == Granularity::kMinute ? n
                                                           : 0);
    out.day = m.day + days{floor_div(total, 1440)};
    out.minutes = total - floor_div(total, 1440) * 1440;
    return out;
  }
  out.day = add_units(m.day, m.g, n);
  return out;
}

sys_days last_day(const Moment& m) {
  if (m.g >= Granularity::kDay) return m.day;
  return add_units(m.day, m.g, 1) - days{1};
}

namespace {

// Appends `v` zero-padded to `width` digits, with a '-' for negative years (snprintf is too slow
// for the tagger's inner loop: every candidate gets a value).
void put(std::string& out, int v, int width) {
  if (v < 0) out += '-', v = -v;
  char buf[12];
  int n = 0;
  do buf[n++] = static_cast<char>('0' + v % 10), v /= 10;
  while (v > 0);
  for (int k = n; k < width; ++k) out += '0';
  while (n > 0) out += buf[--n];
}

// A year as TIMEX3 writes it: "2013", "0014", and "BC2014" for 2014 BCE (astronomical -2013).
void put_year(std::string& out, int y) {
  if (y <= 0) out += "BC", y = 1 - y;
  put(out, y, 4);
}

std::string day_value(date::sys_days d) {
  date::year_month_day ymd{d};
  std::string out;
  out.reserve(20);
  put_year(out, static_cast<int>(ymd.year()));
  out += '-';
  put(out, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
  out += '-';
  put(out, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
  return out;
}

}  // namespace

std::string timex_value(const Moment& m) {
  date::year_month_day ymd{m.day};
  int y = static_cast<int>(ymd.year());
  int mo = static_cast<int>(static_cast<unsigned>(ymd.month()));
  std::string out;
  switch (m.g) {
    case Granularity::kMillennium:
      put(out, floor_div(y, 1000), 1);
      return out;
    case Granularity::kCentury:
      put(out, floor_div(y, 100), 2);
      return out;
    case Granularity::kDecade:
      put(out, floor_div(y, 10), 3);
      return out;
    case Granularity::kYear:
      put_year(out, y);
      return out;
    case Granularity::kHalf:
      put_year(out, y), out += mo <= 6 ? "-H1" : "-H2";
      return out;
    case Granularity::kQuarter:
      put_year(out, y), out += "-Q", put(out, (mo - 1) / 3 + 1, 1);
      return out;
    case Granularity::kSeason: {
      static const char* kNames[] = {"-WI", "-SP", "-SU", "-FA"};
      put_year(out, y), out += kNames[(mo % 12) / 3];
      return out;
    }
    case Granularity::kMonth:
      put_year(out, y), out += '-', put(out, mo, 2);
      return out;
    case Granularity::kWeek: {
      iso_week::year_weeknum_weekday w{m.day};
      put_year(out, static_cast<int>(w.year())), out += "-W",
          put(out, static_cast<int>(static_cast<unsigned>(w.weeknum())), 2);
      if (std::string_view(m.pod) == "WE") out += "-WE";
      return out;
    }
    case Granularity::kDay:
      return day_value(m.day);
    case Granularity::kPartOfDay:
      return day_value(m.day) + "T" + m.pod;
    case Granularity::kHour:
    case Granularity::kMinute:
    case Granularity::kSecond:
      out = day_value(m.day) + "T";
      put(out, m.minutes / 60, 2);
      if (m.g == Granularity::kHour) return out;
      out += ':', put(out, m.minutes % 60, 2);
      if (m.g == Granularity::kSecond) out += ':', put(out, m.seconds, 2);
      return out;
  }
  return day_value(m.day);
}

}  // namespace chronoline::temporal
