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

// A TIMEX3 value being written. Values are short (at most some 30 characters), so they are put
// together on the stack and copied into a string once: every candidate gets a value, and
// appending to a std::string a character at a time checks its capacity each time, where
// snprintf would be slower still (callgrind, tbaq: timex_value 1.75M -> 1.24M instructions).
class ValueWriter {
 public:
  // `v` zero-padded to `width` digits, with a '-' when negative.
  ValueWriter& number(int v, int width) {
    if (v < 0) put('-'), v = -v;
    char digits[12];
    int n = 0;
    do digits[n++] = static_cast<char>('0' + v % 10), v /= 10;
    while (v > 0);
    for (int k = n; k < width; ++k) put('0');
    while (n > 0) put(digits[--n]);
    return *this;
  }
  // A year as TIMEX3 writes it: "2013", "0014", and "BC2014" for 2014 BCE (astronomical -2013).
  ValueWriter& year(int y) {
    if (y <= 0) text("BC"), y = 1 - y;
    return number(y, 4);
  }
  ValueWriter& day(date::sys_days d) {
    date::year_month_day ymd{d};
    year(static_cast<int>(ymd.year())).put('-');
    number(static_cast<int>(static_cast<unsigned>(ymd.month())), 2).put('-');
    return number(static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
  }
  ValueWriter& text(std::string_view s) {
    for (char c : s) put(c);
    return *this;
  }
  ValueWriter& put(char c) {
    if (n_ < sizeof buf_) buf_[n_++] = c;  // never full: see the class comment
    return *this;
  }
  std::string str() const { return std::string(buf_, n_); }

 private:
  char buf_[64];
  size_t n_ = 0;
};

}  // namespace

std::string timex_value(const Moment& m) {
  date::year_month_day ymd{m.day};
  int y = static_cast<int>(ymd.year());
  int mo = static_cast<int>(static_cast<unsigned>(ymd.month()));
  ValueWriter out;
  switch (m.g) {
    case Granularity::kMillennium:
      return out.number(floor_div(y, 1000), 1).str();
    case Granularity::kCentury:
      return out.number(floor_div(y, 100), 2).str();
    case Granularity::kDecade:
      return out.number(floor_div(y, 10), 3).str();
    case Granularity::kYear:
      return out.year(y).str();
    case Granularity::kHalf:
      return out.year(y).text(mo <= 6 ? "-H1" : "-H2").str();
    case Granularity::kQuarter:
      return out.year(y).text("-Q").number((mo - 1) / 3 + 1, 1).str();
    case Granularity::kSeason: {
      static const char* kNames[] = {"-WI", "-SP", "-SU", "-FA"};
      return out.year(y).text(kNames[(mo % 12) / 3]).str();
    }
    case Granularity::kMonth:
      return out.year(y).put('-').number(mo, 2).str();
    case Granularity::kWeek: {
      iso_week::year_weeknum_weekday w{m.day};
      out.year(static_cast<int>(w.year())).text("-W");
      out.number(static_cast<int>(static_cast<unsigned>(w.weeknum())), 2);
      if (std::string_view(m.pod) == "WE") out.text("-WE");
      return out.str();
    }
    case Granularity::kDay:
      return out.day(m.day).str();
    case Granularity::kPartOfDay:
      return out.day(m.day).put('T').text(m.pod).str();
    case Granularity::kHour:
    case Granularity::kMinute:
    case Granularity::kSecond:
      out.day(m.day).put('T').number(m.minutes / 60, 2);
      if (m.g == Granularity::kHour) return out.str();
      out.put(':').number(m.minutes % 60, 2);
      if (m.g == Granularity::kSecond) out.put(':').number(m.seconds, 2);
      return out.str();
  }
  return out.day(m.day).str();
}

std::string southern_seasons(std::string_view value) {
  std::string out(value);
  static constexpr std::string_view kNorth = "WISPSUFA", kSouth = "SUFAWISP";  // same months
  for (size_t at = out.find('-'); at != std::string::npos; at = out.find('-', at + 1)) {
    bool code_ends = at + 3 == out.size() || out[at + 3] == '/';
    if (at == 0 || out[at - 1] < '0' || out[at - 1] > '9' || !code_ends) continue;
    for (size_t k = 0; k < kNorth.size(); k += 2)
      if (out.compare(at + 1, 2, kNorth.substr(k, 2)) == 0) {
        out.replace(at + 1, 2, kSouth.substr(k, 2));
        break;
      }
  }
  return out;
}

}  // namespace chronoline::temporal
