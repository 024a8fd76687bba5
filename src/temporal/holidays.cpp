// Holidays: the day a feast falls on in a given year, from a spec in the rule data.
#include "temporal/holidays.h"

#include <algorithm>

#include "temporal/calendar.h"
#include "temporal/lexicon.h"
#include "temporal/value.h"

namespace chronoline::temporal {

using date::days;
using date::sys_days;

// The anonymous Gregorian algorithm of 1876.
sys_days easter_sunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
      g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
      l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{date::year{y} / static_cast<unsigned>(month) / static_cast<unsigned>(day)};
}

// Meeus's Julian computus, moved to the Gregorian calendar.
sys_days orthodox_easter_sunday(int y) {
  int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  int shift = y / 100 - y / 400 - 2;  // 13 days from 1900 to 2099, one less per century before
  return sys_days{date::year{y} / static_cast<unsigned>(month) / static_cast<unsigned>(day)} +
         days{shift};
}

namespace {

using Base = HolidaySpec::Base;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "mon".."sun" to 1..7, else 0.
int weekday_named(std::string_view s) {
  static constexpr std::string_view kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  for (int i = 0; i < 7; ++i)
    if (s == kNames[i]) return i + 1;
  return 0;
}

bool parse_small(std::string_view s, int lo, int hi, int& out) {
  int64_t v;
  if (s.empty() || !parse_int(s, v) || v < lo || v > hi) return false;
  out = static_cast<int>(v);
  return true;
}

// "+K" or "-K" (or nothing) at the end of a base.
bool parse_offset(std::string_view s, int& out) {
  if (s.empty()) return true;
  if (s[0] != '+' && s[0] != '-') return false;
  int64_t v;
  if (!parse_int(s.substr(1), v) || v > 400) return false;
  out = static_cast<int>(s[0] == '-' ? -v : v);
  return true;
}

// "MM-DD" of a calendar with `months` months, then an optional signed offset.
bool parse_month_day(std::string_view s, int months, HolidaySpec& h) {
  if (s.size() < 5 || s[2] != '-') return false;
  return parse_small(s.substr(0, 2), 1, months, h.month) &&
         parse_small(s.substr(3, 2), 1, 30, h.day) && parse_offset(s.substr(5), h.offset);
}

// Gregorian "MM-DD" or "MM-N-W", then an optional "+K".
bool parse_gregorian(std::string_view s, HolidaySpec& h) {
  size_t plus = s.find('+');
  if (plus != std::string_view::npos) {
    if (!parse_offset(s.substr(plus), h.offset)) return false;
    s = s.substr(0, plus);
  }
  size_t d1 = s.find('-');
  if (d1 == std::string_view::npos || !parse_small(s.substr(0, d1), 1, 12, h.month)) return false;
  size_t d2 = s.find('-', d1 + 1);
  if (d2 == std::string_view::npos) {
    h.base = Base::kFixed;
    if (!parse_small(s.substr(d1 + 1), 1, 31, h.day)) return false;
    return date::year_month_day{date::year{2000}, date::month(h.month), date::day(h.day)}.ok();
  }
  h.base = Base::kNthWeekday;
  std::string_view nth = s.substr(d1 + 1, d2 - d1 - 1);
  if (nth == "L")
    h.day = -1;
  else if (!parse_small(nth, 1, 5, h.day))
    return false;
  return parse_small(s.substr(d2 + 1), 1, 7, h.weekday);
}

// One "/..." adjustment: "sat-1" (if a Saturday, a day earlier), "before-fri", "eve".
bool parse_adjustment(std::string_view s, HolidaySpec& h) {
  if (s == "eve") return !h.eve && (h.eve = true);
  if (starts_with(s, "before-")) return (h.before = weekday_named(s.substr(7))) != 0;
  int wd = weekday_named(s.substr(0, 3));
  int k = 0;
  if (wd == 0 || s.size() < 5 || !parse_offset(s.substr(3), k) || k == 0 || k < -6 || k > 6)
    return false;
  h.moves[static_cast<size_t>(wd - 1)] = k;
  return true;
}

// Parses the base and its offset; `tables` resolves "table:NAME".
std::string parse_base(std::string_view s, const HolidayTables& tables, HolidaySpec& h) {
  for (auto [name, base] :
       {std::pair{"orthodox-easter", Base::kOrthodoxEaster}, std::pair{"easter", Base::kEaster}}) {
    std::string_view n = name;
    if (!starts_with(s, n)) continue;
    h.base = base;
    return parse_offset(s.substr(n.size()), h.offset) ? "" : "malformed";
  }
  struct Cal {
    std::string_view prefix;
    Base base;
    int months;
  };
  for (Cal c : {Cal{"hebrew:", Base::kHebrew, 13}, Cal{"islamic:", Base::kIslamic, 12},
                Cal{"parsi:", Base::kParsi, 13}}) {
    if (!starts_with(s, c.prefix)) continue;
    h.base = c.base;
    return parse_month_day(s.substr(c.prefix.size()), c.months, h) ? "" : "malformed";
  }
  if (starts_with(s, "table:")) {
    std::string_view rest = s.substr(6);
    size_t end = rest.find_first_of("+-");
    std::string name(rest.substr(0, end));
    auto it = tables.feasts.find(name);
    if (it == tables.feasts.end()) return "unknown holiday table \"" + name + "\"";
    h.base = Base::kTable;
    h.table = &it->second;
    if (end != std::string_view::npos && !parse_offset(rest.substr(end), h.offset))
      return "malformed";
    return "";
  }
  return parse_gregorian(s, h) ? "" : "malformed";
}

// The last `weekday` (1..7) strictly before `d`.
sys_days weekday_before(sys_days d, int weekday) {
  auto back = date::weekday{d} - date::weekday{static_cast<unsigned>(weekday % 7)};
  return d - (back.count() == 0 ? days{7} : back);
}

sys_days adjust(const HolidaySpec& h, sys_days d) {
  d += days{h.offset};
  d += days{h.moves[(date::weekday{d}.iso_encoding() - 1)]};
  if (h.before) d = weekday_before(d, h.before);
  if (h.eve) d -= days{1};
  return d;
}

std::optional<sys_days> gregorian_day(const HolidaySpec& h, int y) {
  auto month = date::year{y} / static_cast<unsigned>(h.month);
  date::weekday w{static_cast<unsigned>(h.weekday % 7)};
  switch (h.base) {
    case Base::kFixed: {
      auto ymd = month / static_cast<unsigned>(h.day);
      if (!ymd.ok()) return std::nullopt;  // 29 February
      return sys_days{ymd};
    }
    case Base::kNthWeekday: {
      if (h.day < 0) return sys_days{month / date::weekday_last{w}};
      auto ymd = month / date::weekday_indexed{w, static_cast<unsigned>(h.day)};
      if (!ymd.ok()) return std::nullopt;
      return sys_days{ymd};
    }
    case Base::kEaster:
      return easter_sunday(y);
    case Base::kOrthodoxEaster:
      return orthodox_easter_sunday(y);
    default:
      return std::nullopt;
  }
}

// The base days of a non-Gregorian spec near Gregorian year `y`, in order.
std::vector<sys_days> calendar_days(const HolidaySpec& h, int y, const HolidayTables& t) {
  std::vector<sys_days> out;
  switch (h.base) {
    case Base::kHebrew:
      for (int am : {y + 3759, y + 3760, y + 3761}) {
        int month = h.month == 12 && hebrew_leap_year(am) ? 13 : h.month;  // Adar II in a leap year
        if (month > hebrew_months_in_year(am) || h.day > hebrew_days_in_month(am, month)) continue;
        out.push_back(hebrew_to_days({am, month, h.day}));
      }
      break;
    case Base::kIslamic: {
      int ah = (y - 622) * 33 / 32;
      for (int a = ah - 1; a <= ah + 2; ++a)
        if (h.day <= t.islamic.days_in_month(a, h.month))
          out.push_back(t.islamic.to_days({a, h.month, h.day}));
      break;
    }
    case Base::kParsi:
      for (int yz : {y - 631, y - 630}) out.push_back(parsi_to_days({yz, h.month, h.day}));
      break;
    case Base::kTable: {
      auto lo =
          std::lower_bound(h.table->begin(), h.table->end(), sys_days{date::year{y - 1} / 1 / 1});
      for (auto it = lo; it != h.table->end() && year_of(*it) <= y + 1; ++it) out.push_back(*it);
      break;
    }
    default:
      break;
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t at = 0;;) {
    size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next - at));
    if (next == std::string_view::npos) return out;
    at = next + 1;
  }
}

}  // namespace

Result<const HolidaySpec*> HolidayBook::compile(std::string_view spec) {
  std::string key(spec);
  if (auto it = specs_.find(key); it != specs_.end()) return it->second.get();
  auto h = std::make_unique<HolidaySpec>();
  auto malformed = [&] { return Error::input("malformed holiday spec \"" + key + "\""); };
  if (starts_with(spec, "dates:")) {  // an inline table, one date per year
    auto& table = tables_.feasts[key];
    for (std::string_view d : split(spec.substr(6), ',')) {
      auto day = parse_day(d);
      if (!day || d.size() != 10) return malformed();
      table.push_back(*day);
    }
    std::sort(table.begin(), table.end());
    h->base = Base::kTable;
    h->table = &table;
  } else {
    auto parts = split(spec, '/');
    std::string why = parse_base(parts[0], tables_, *h);
    if (why == "malformed") return malformed();
    if (!why.empty()) return Error::input(why + " in holiday spec \"" + key + "\"");
    for (size_t i = 1; i < parts.size(); ++i)
      if (!parse_adjustment(parts[i], *h)) return malformed();
  }
  const HolidaySpec* out = h.get();
  specs_.emplace(std::move(key), std::move(h));
  return out;
}

const HolidaySpec* HolidayBook::find(const std::string& spec) const {
  auto it = specs_.find(spec);
  return it == specs_.end() ? nullptr : it->second.get();
}

std::optional<sys_days> HolidayBook::day_in(const HolidaySpec& h, int y) const {
  if (auto d = gregorian_day(h, y)) return adjust(h, *d);
  for (sys_days d : calendar_days(h, y, tables_))
    if (sys_days a = adjust(h, d); year_of(a) == y) return a;
  return std::nullopt;
}

Status HolidayBook::load_table(std::string_view path, std::string_view content) {
  auto lines = split(content, '\n');
  std::string_view header = lines.empty() ? "" : lines[0];
  bool months = header == "#! islamic-months";
  if (!months && header != "#! dates")
    return Error::input(std::string(path) +
                        ":1: expected the header \"#! dates\" or \"#! islamic-months\"");
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.empty() || line[0] == '#') continue;
    std::string where = std::string(path) + ":" + std::to_string(i + 1) + ": ";
    auto f = split(line, '\t');
    if (months) {
      int year = 0;
      auto first = f.size() == 3 ? parse_day(f[1]) : std::nullopt;
      auto lengths = f.size() == 3 ? split(f[2], ',') : std::vector<std::string_view>{};
      std::array<int, 12> len{};
      bool ok = first && parse_small(f[0], 1, 9999, year) && lengths.size() == 12;
      for (size_t m = 0; ok && m < 12; ++m) ok = parse_small(lengths[m], 29, 30, len[m]);
      if (!ok)
        return Error::input(where + "expected YEAR<TAB>YYYY-MM-DD<TAB>12 month lengths (29 or 30)");
      if (std::string why = tables_.islamic.add_year(year, *first, len); !why.empty())
        return Error::input(where + why);
      continue;
    }
    if (f.size() != 2) return Error::input(where + "expected NAME<TAB>YYYY-MM-DD YYYY-MM-DD ...");
    std::string name(f[0]);
    if (tables_.feasts.count(name))
      return Error::input(where + "table \"" + name + "\" defined twice");
    std::vector<sys_days> days;
    for (std::string_view d : split(f[1], ' ')) {
      auto day = parse_day(d);
      if (!day || d.size() != 10)
        return Error::input(where + "\"" + std::string(d) + "\" is not a date");
      if (!days.empty() && *day <= days.back())
        return Error::input(where + "dates must increase: " + std::string(d));
      days.push_back(*day);
    }
    tables_.feasts.emplace(std::move(name), std::move(days));
  }
  return {};
}

}  // namespace chronoline::temporal
