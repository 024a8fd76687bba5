// Calendar arithmetic on typed moments: truncation, shifting and TIMEX3 formatting.
#include "temporal/calendar.h"

#include <cstdio>
#include <string_view>

#include <date/iso_week.h>

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
    case Granularity::kMonth: return 1;
    case Granularity::kSeason:
    case Granularity::kQuarter: return 3;
    case Granularity::kHalf: return 6;
    case Granularity::kYear: return 12;
    case Granularity::kDecade: return 120;
    case Granularity::kCentury: return 1200;
    case Granularity::kMillennium: return 12000;
    default: return 0;
  }
}

std::string fmt(const char* f, int a, int b = 0, int c = 0) {
  char buf[48];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
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
    case Granularity::kMillennium: out.day = first_of(floor_div(y, 1000) * 1000, 1); break;
    case Granularity::kCentury: out.day = first_of(floor_div(y, 100) * 100, 1); break;
    case Granularity::kDecade: out.day = first_of(floor_div(y, 10) * 10, 1); break;
    case Granularity::kYear: out.day = first_of(y, 1); break;
    case Granularity::kHalf: out.day = first_of(y, m <= 6 ? 1 : 7); break;
    case Granularity::kQuarter: out.day = first_of(y, (m - 1) / 3 * 3 + 1); break;
    case Granularity::kSeason: season_start(y, m), out.day = first_of(y, m); break;
    case Granularity::kMonth: out.day = first_of(y, m); break;
    case Granularity::kWeek: out.day = day - (date::weekday{day} - date::Monday); break;
    default: break;
  }
  return out;
}

sys_days add_units(sys_days day, Granularity g, int n) {
  if (g == Granularity::kWeek) return day + days{7 * n};
  if (g >= Granularity::kDay) return day + days{n};
  date::year_month_day ymd{day};
  auto ym = ymd.year() / ymd.month() + date::months{months_per_unit(g) * n};
  auto d = ymd.day() > (ym / date::last).day() ? (ym / date::last).day() : ymd.day();
  return sys_days{ym / d};
}

Moment shift(const Moment& m, int n) {
  Moment out = m;
  if (m.g >= Granularity::kHour) {
    int total = m.minutes + (m.g == Granularity::kHour ? 60 * n : m.g == Granularity::kMinute ? n : 0);
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

std::string timex_value(const Moment& m) {
  date::year_month_day ymd{m.day};
  int y = static_cast<int>(ymd.year());
  unsigned mo = static_cast<unsigned>(ymd.month());
  switch (m.g) {
    case Granularity::kMillennium: return fmt("%d", floor_div(y, 1000));
    case Granularity::kCentury: return fmt("%02d", floor_div(y, 100));
    case Granularity::kDecade: return fmt("%03d", floor_div(y, 10));
    case Granularity::kYear: return fmt("%04d", y);
    case Granularity::kHalf: return fmt("%04d-H%d", y, mo <= 6 ? 1 : 2);
    case Granularity::kQuarter: return fmt("%04d-Q%d", y, static_cast<int>((mo - 1) / 3 + 1));
    case Granularity::kSeason: {
      static const char* kNames[] = {"WI", "SP", "SU", "FA"};
      return fmt("%04d-", y) + kNames[(mo % 12) / 3];
    }
    case Granularity::kMonth: return fmt("%04d-%02d", y, static_cast<int>(mo));
    case Granularity::kWeek: {
      iso_week::year_weeknum_weekday w{m.day};
      return fmt("%04d-W%02d", static_cast<int>(w.year()), static_cast<int>(static_cast<unsigned>(w.weeknum()))) +
             (std::string_view(m.pod) == "WE" ? "-WE" : "");
    }
    case Granularity::kDay: return format_day(m.day);
    case Granularity::kPartOfDay: return format_day(m.day) + "T" + m.pod;
    case Granularity::kHour: return format_day(m.day) + fmt("T%02d", m.minutes / 60);
    case Granularity::kMinute: return format_day(m.day) + fmt("T%02d:%02d", m.minutes / 60, m.minutes % 60);
    case Granularity::kSecond: return format_day(m.day) + fmt("T%02d:%02d:00", m.minutes / 60, m.minutes % 60);
  }
  return format_day(m.day);
}

}  // namespace chronoline::temporal
