// Date text for figures: "19 Jan 2022", "Dec 2021", "1990s", "3–21 May 2022".
#include "layout/date_text.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <utility>

namespace chronoline {
namespace {

using date::sys_days;
using date::year_month_day;

const char* kDash = "\xE2\x80\x93";  // en dash

struct Ymd {
  int y;
  unsigned m, d;
};

Ymd split(sys_days day) {
  year_month_day ymd{day};
  return {int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day())};
}

std::string ordinal(int n) {
  int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : n % 10 == 1              ? "st"
                       : n % 10 == 2              ? "nd"
                       : n % 10 == 3              ? "rd"
                                                  : "th";
  return std::to_string(n) + suffix;
}

thread_local bool mark_ce = false;  // see EraMarks

std::string bare_year(int year) { return std::to_string(year >= 1 ? year : 1 - year); }

// " BCE" for years before 1, " CE" for years 1 to 999 while marked, else "".
std::string era(int year) {
  if (year < 1) return " BCE";
  return mark_ce && year < 1000 ? " CE" : "";
}

// The two ends of a range of years: when either end names its era, so does the other ("44 BCE –
// 10 CE", "999 CE – 1001 CE"), so no end reads as if of another era than it is.
std::pair<std::string, std::string> year_ends(int a, int b) {
  bool marked = !era(a).empty() || !era(b).empty();
  auto end = [&](int y) { return bare_year(y) + (marked && y >= 1 ? std::string(" CE") : era(y)); };
  return {end(a), end(b)};
}

std::string same_unit_range(const DaySpan& s) {
  Ymd a = split(s.start), b = split(s.end);
  switch (s.granularity) {
    case Granularity::kMillennium:
    case Granularity::kCentury:
    case Granularity::kDecade:
    case Granularity::kYear:
      if (a.y == b.y) return year_text(a.y);
      return year_ends(a.y, b.y).first + kDash + year_ends(a.y, b.y).second;
    case Granularity::kHalf:
    case Granularity::kQuarter:
    case Granularity::kSeason:
    case Granularity::kMonth:
    case Granularity::kWeek:
      if (a.y == b.y && a.m == b.m) return std::string(month_abbrev(a.m)) + " " + year_text(a.y);
      if (a.y == b.y)
        return std::string(month_abbrev(a.m)) + kDash + month_abbrev(b.m) + " " + year_text(a.y);
      return std::string(month_abbrev(a.m)) + " " + year_ends(a.y, b.y).first + " " + kDash + " " +
             month_abbrev(b.m) + " " + year_ends(a.y, b.y).second;
    default:
      return day_range_text(s.start, s.end);
  }
}

}  // namespace

const char* month_abbrev(unsigned month) {
  static constexpr std::array<const char*, 12> kNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return kNames.at((month + 11) % 12);
}

EraMarks::EraMarks(bool mark) : saved_(mark_ce) { mark_ce = mark; }
EraMarks::~EraMarks() { mark_ce = saved_; }

bool reaches_before_year_one(const Timeline& timeline) {
  return std::any_of(timeline.events.begin(), timeline.events.end(),
                     [](const Event& e) { return split(e.span.start).y < 1; });
}

std::string year_text(int year) { return bare_year(year) + era(year); }

std::string decade_text(int year) { return bare_year(year) + "s" + era(year); }

std::string day_text(sys_days day) {
  Ymd a = split(day);
  return std::to_string(a.d) + " " + month_abbrev(a.m) + " " + year_text(a.y);
}

std::string day_range_text(sys_days first, sys_days last) {
  if (first == last) return day_text(first);
  Ymd a = split(first), b = split(last);
  if (a.y == b.y && a.m == b.m)
    return std::to_string(a.d) + kDash + std::to_string(b.d) + " " + month_abbrev(a.m) + " " +
           year_text(a.y);
  if (a.y == b.y)
    return std::to_string(a.d) + " " + month_abbrev(a.m) + " " + kDash + " " + std::to_string(b.d) +
           " " + month_abbrev(b.m) + " " + year_text(a.y);
  auto [ya, yb] = year_ends(a.y, b.y);
  return std::to_string(a.d) + " " + month_abbrev(a.m) + " " + ya + " " + kDash + " " +
         std::to_string(b.d) + " " + month_abbrev(b.m) + " " + yb;
}

std::string event_date_text(const Event& e) {
  struct Words {
    std::string_view mod, prefix;
    bool coarse_only;  // only for a month or longer: "late 2025", not "late 19 Jan 2022"
  };
  static constexpr std::array<Words, 8> kWords = {{{"START", "early ", true},
                                                    {"MID", "mid-", true},
                                                    {"END", "late ", true},
                                                    {"APPROX", "c. ", false},
                                                    {"BEFORE", "before ", false},
                                                    {"AFTER", "after ", false},
                                                    {"ON_OR_BEFORE", "by ", false},
                                                    {"ON_OR_AFTER", "from ", false}}};
  for (const Words& w : kWords) {
    if (e.mod != w.mod) continue;
    auto unit = span_of_value(e.value);  // the whole unit the modifier is about
    // A season's three months are those around the event's own days, which a southern story's
    // span gives (its "2026-SU" is Dec-Feb; value.h, Hemisphere); the code alone does not say.
    if (unit && unit->granularity == Granularity::kSeason && (e.span.start < unit->start || e.span.start > unit->end))
      unit = span_of_value(e.value, Hemisphere::kSouth);
    if (!unit || unit->is_range || (w.coarse_only && unit->granularity > Granularity::kMonth)) break;
    return std::string(w.prefix) + span_text(*unit) + time_of_day_text(e);
  }
  return span_text(e.span) + time_of_day_text(e);
}

namespace {

struct PartOfDay {
  std::string_view code, words;
  int minutes;  // where in the day it sorts: a representative time
};
constexpr std::array<PartOfDay, 6> kPartsOfDay = {{{"MO", "morning", 9 * 60},
                                                    {"MI", "midday", 12 * 60},
                                                    {"AF", "afternoon", 15 * 60},
                                                    {"EV", "evening", 19 * 60},
                                                    {"NI", "night", 22 * 60},
                                                    {"DT", "daytime", 12 * 60}}};

// The time part of a one-day event's value ("14:00", "EV", "09"), else "".
std::string_view time_part(const Event& e) {
  std::string_view v = e.value;
  if (e.span.is_range || e.span.granularity < Granularity::kDay || v.size() < 13 || v[10] != 'T' ||
      !parse_day(v.substr(0, 10)))
    return "";
  return v.substr(11);
}

// Hours and minutes of a clock time part ("14:00", "09"), or nullopt.
std::optional<std::pair<int, int>> clock(std::string_view t) {
  auto digit = [&](size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
  if (!digit(0) || !digit(1)) return std::nullopt;
  int h = (t[0] - '0') * 10 + (t[1] - '0');
  int m = t.size() >= 5 && t[2] == ':' && digit(3) && digit(4) ? (t[3] - '0') * 10 + (t[4] - '0') : 0;
  return std::pair{h, m};
}

}  // namespace

std::string time_of_day_text(const Event& e) {
  // "27 Nov 2026, 09:00–12:00": a range between two times of one day.
  if (auto r = range_clock_minutes(e); r && e.span.start == e.span.end) {
    char buf[32];
    std::snprintf(buf, sizeof buf, ", %02d:%02d\u2013%02d:%02d", r->first / 60, r->first % 60, r->second / 60,
                  r->second % 60);
    return buf;
  }
  std::string_view t = time_part(e);
  for (const PartOfDay& p : kPartsOfDay)
    if (t == p.code) return ", " + std::string(p.words);
  auto hm = clock(t);
  if (!hm) return "";
  if (hm->first == 24) return ", midnight";  // the end of the day: "midnight Friday"
  char buf[16];
  std::snprintf(buf, sizeof buf, ", %02d:%02d", hm->first, hm->second);
  return buf;
}

std::optional<std::pair<int, int>> range_clock_minutes(const Event& e) {
  std::string_view v = e.value;
  size_t slash = v.find('/');
  if (!e.span.is_range || slash == std::string_view::npos) return std::nullopt;
  auto at = [](std::string_view side) -> std::optional<int> {
    if (side.size() < 16 || side[10] != 'T' || !parse_day(side.substr(0, 10))) return std::nullopt;
    auto hm = clock(side.substr(11));
    if (!hm || hm->first > 24 || hm->second > 59) return std::nullopt;
    return hm->first * 60 + hm->second;
  };
  auto a = at(v.substr(0, slash)), b = at(v.substr(slash + 1));
  if (!a || !b) return std::nullopt;
  return std::pair{*a, *b};
}

int minutes_into_day(const Event& e) {
  std::string_view t = time_part(e);
  for (const PartOfDay& p : kPartsOfDay)
    if (t == p.code) return p.minutes;
  auto hm = clock(t);
  return hm ? hm->first * 60 + hm->second : -1;
}

std::string span_text(const DaySpan& s) {
  if (s.is_range) return same_unit_range(s);
  Ymd a = split(s.start);
  switch (s.granularity) {
    case Granularity::kMillennium:
      return ordinal(a.y / 1000 + 1) + " millennium";
    case Granularity::kCentury:
      return ordinal(a.y / 100 + 1) + " century";
    case Granularity::kDecade:
      return decade_text(a.y);
    case Granularity::kYear:
      return year_text(a.y);
    case Granularity::kHalf:
      return (a.m <= 6 ? "H1 " : "H2 ") + year_text(a.y);
    case Granularity::kQuarter:
      return "Q" + std::to_string((a.m - 1) / 3 + 1) + " " + year_text(a.y);
    case Granularity::kWeek:
      return "week of " + day_text(s.start);
    case Granularity::kSeason:
    case Granularity::kMonth:
      return same_unit_range(s);
    default:
      return day_range_text(s.start, s.end);
  }
}

}  // namespace chronoline
