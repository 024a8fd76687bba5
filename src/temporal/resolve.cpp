// Resolve: turns a rule match into a TIMEX3 type, value, modifier and range against an anchor.
#include "temporal/resolve.h"

#include <cstdlib>

namespace chronoline::temporal {
namespace {

using date::days;
using date::sys_days;

// Gregorian Easter Sunday (the anonymous algorithm of 1876).
sys_days easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{date::year{y} / static_cast<unsigned>(month) / static_cast<unsigned>(day)};
}

}  // namespace

std::optional<sys_days> holiday_in(std::string_view spec, int y) {
  int64_t offset = 0;
  size_t plus = spec.find_first_of("+", 1);
  if (spec.substr(0, 6) == "easter") {
    if (spec.size() > 6 && !parse_int(spec.substr(6), offset)) return std::nullopt;
    return easter(y) + days{static_cast<int>(offset)};
  }
  if (plus != std::string_view::npos) {
    if (!parse_int(spec.substr(plus + 1), offset)) return std::nullopt;
    spec = spec.substr(0, plus);
  }
  int64_t mo = 0, x = 0, wd = 0;
  size_t d1 = spec.find('-');
  if (d1 == std::string_view::npos || !parse_int(spec.substr(0, d1), mo) || mo < 1 || mo > 12) return std::nullopt;
  size_t d2 = spec.find('-', d1 + 1);
  auto month = date::year{y} / static_cast<unsigned>(mo);
  if (d2 == std::string_view::npos) {
    if (!parse_int(spec.substr(d1 + 1), x) || x < 1 || x > 31) return std::nullopt;
    auto ymd = month / static_cast<unsigned>(x);
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd} + days{static_cast<int>(offset)};
  }
  if (!parse_int(spec.substr(d2 + 1), wd) || wd < 1 || wd > 7) return std::nullopt;
  date::weekday w{static_cast<unsigned>(wd % 7)};
  std::string_view nth = spec.substr(d1 + 1, d2 - d1 - 1);
  if (nth == "L") return sys_days{month / date::weekday_last{w}} + days{static_cast<int>(offset)};
  if (!parse_int(nth, x) || x < 1 || x > 5) return std::nullopt;
  auto ymd = month / date::weekday_indexed{w, static_cast<unsigned>(x)};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd} + days{static_cast<int>(offset)};
}

namespace {

// A calendar or clock unit as named in units.tsv.
struct Unit {
  Granularity g;
  std::string_view letter;  // ISO 8601 duration designator
  int factor = 1;           // decades and centuries are written in years
  bool clock = false;       // hours, minutes, seconds: "PT3H"
};

std::optional<Unit> unit_named(std::string_view v) {
  if (v == "Y") return Unit{Granularity::kYear, "Y"};
  if (v == "M") return Unit{Granularity::kMonth, "M"};
  if (v == "W") return Unit{Granularity::kWeek, "W"};
  if (v == "D") return Unit{Granularity::kDay, "D"};
  if (v == "Q") return Unit{Granularity::kQuarter, "Q"};
  if (v == "DE") return Unit{Granularity::kDecade, "Y", 10};
  if (v == "CE") return Unit{Granularity::kCentury, "Y", 100};
  if (v == "H") return Unit{Granularity::kHour, "H", 1, true};
  if (v == "MIN") return Unit{Granularity::kMinute, "M", 1, true};
  if (v == "S") return Unit{Granularity::kSecond, "S", 1, true};
  return std::nullopt;
}

// Reads the arguments of one match: named parts first, then literal arguments.
class Args {
 public:
  Args(const Match& m, const ResolveContext& ctx) : m_(m), ctx_(ctx), rule_(ctx.rules[m.rule]) {}

  const Binding* part(Key k) const {
    for (size_t i = 0; i < rule_.part_keys.size(); ++i)
      if (rule_.part_keys[i] == k && m_.parts[i].bound) return &m_.parts[i];
    return nullptr;
  }
  const std::string* literal(Key k) const {
    for (const auto& [key, v] : rule_.literals)
      if (key == k) return &v;
    return nullptr;
  }
  bool has(Key k) const { return part(k) || literal(k); }

  std::optional<int64_t> num(Key k) const {
    if (const Binding* b = part(k)) {
      if (b->entry) return b->entry->numeric ? std::optional<int64_t>(b->entry->num) : std::nullopt;
      const Token& t = ctx_.toks[b->tb];
      if (t.kind == TokKind::kNumber) return t.number;
      return std::nullopt;
    }
    if (const std::string* v = literal(k)) {
      int64_t n;
      if (parse_int(*v, n)) return n;
    }
    return std::nullopt;
  }
  std::string text(Key k) const {
    if (const Binding* b = part(k)) {
      if (b->entry) return b->entry->value;
      return std::string(ctx_.lex.word(ctx_.toks[b->tb].word));
    }
    if (const std::string* v = literal(k)) return *v;
    return {};
  }
  const Resolved* cand(Key k) const {
    const Binding* b = part(k);
    return b && b->cand >= 0 ? &ctx_.cands[b->cand].res : nullptr;
  }
  int tense() const {
    return tense_at(ctx_.toks, m_.tb, m_.te, ctx_.lex, ctx_.cues, ctx_.text);
  }
  const ResolveContext& ctx() const { return ctx_; }
  const Match& match() const { return m_; }

 private:
  const Match& m_;
  const ResolveContext& ctx_;
  const Rule& rule_;
};

Resolved date_at(const Moment& m, std::string mod = {}) {
  Resolved r;
  r.type = m.g >= Granularity::kPartOfDay ? TimexType::kTime : TimexType::kDate;
  r.value = timex_value(m);
  r.mod = std::move(mod);
  r.point = m;
  return r;
}

Resolved with_mod(Resolved r, const Args& a) {
  if (a.has(Key::kMod)) r.mod = a.text(Key::kMod);
  return r;
}

// The year for a month (and day) named without one. Forward-looking: the next occurrence; news:
// the occurrence nearest the anchor, with a bias to the past.
constexpr double kFutureWeight = 0.5;
int infer_year(unsigned month, unsigned day, const Args& a) {
  sys_days dct = a.ctx().dct;
  int y = year_of(dct);
  auto at = [&](int yy) { return sys_days{date::year{yy} / month / (day ? day : 1)}; };
  auto key = [&](int yy) { return day ? at(yy) : sys_days{date::year{yy} / month / 1}; };
  sys_days here = day ? dct : truncate(dct, Granularity::kMonth).day;
  if (a.ctx().options.forward_looking) return key(y) < here ? y + 1 : y;
  // News: the occurrence nearest the publication date, where mostly the past is reported, so a
  // future one must be clearly nearer (kFutureWeight). Tense cues were tried and were worse on
  // tbaq: reported speech ("said the vote would be held in March") misleads them.
  auto cost = [&](int yy) {
    auto d = (key(yy) - here).count();
    return d > 0 ? d / kFutureWeight : static_cast<double>(-d);
  };
  int best = y;
  for (int yy : {y - 1, y + 1})
    if (cost(yy) < cost(best)) best = yy;
  return best;
}

std::optional<Resolved> op_date(const Args& a) {
  auto month = a.num(Key::kMonth);
  auto day = a.num(Key::kDay);
  auto year = a.num(Key::kYear);
  if (year && *year < 100) *year += *year < 50 ? 2000 : 1900;
  if (const Resolved* of = a.cand(Key::kOf)) {
    if (!of->point) return std::nullopt;
    if (of->point->g == Granularity::kMonth && !month) {  // "the 20th of next month"
      month = month_of(of->point->day);
      year = year_of(of->point->day);
    } else if (of->point->g == Granularity::kYear) {
      year = year_of(of->point->day);
    } else {
      return std::nullopt;
    }
  }
  if (!month && day) {  // "on the 15th": this month, or the next one for a query past that day
    sys_days dct = a.ctx().dct;
    unsigned today = static_cast<unsigned>(date::year_month_day{dct}.day());
    sys_days first = truncate(dct, Granularity::kMonth).day;
    if (a.ctx().options.forward_looking && *day < today) first = add_units(first, Granularity::kMonth, 1);
    month = month_of(first);
    year = year_of(first);
  }
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  if (auto wd = a.num(Key::kWeekday); wd && day && !year) {  // "Fri, Jul 18": the year that fits
    int y0 = infer_year(static_cast<unsigned>(*month), static_cast<unsigned>(*day), a);
    for (int dy : {0, 1, -1, 2, -2, 3, -3, 4, 5, 6}) {
      date::year_month_day ymd{date::year{y0 + dy}, date::month{static_cast<unsigned>(*month)}, date::day{static_cast<unsigned>(*day)}};
      if (ymd.ok() && date::weekday{sys_days{ymd}} == date::weekday{static_cast<unsigned>(*wd % 7)}) {
        year = y0 + dy;
        break;
      }
    }
  }
  int y = year ? static_cast<int>(*year) : infer_year(static_cast<unsigned>(*month), day ? static_cast<unsigned>(*day) : 0, a);
  if (!day) return with_mod(date_at(truncate(sys_days{date::year{y} / static_cast<unsigned>(*month) / 1}, Granularity::kMonth)), a);
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(*month)}, date::day{static_cast<unsigned>(*day)}};
  if (!ymd.ok()) return std::nullopt;
  return with_mod(date_at(Moment{sys_days{ymd}, Granularity::kDay}), a);
}

std::optional<Resolved> op_year(const Args& a) {
  auto y = a.num(Key::kYear);
  if (!y) return std::nullopt;
  int64_t year = *y;
  if (year < 100) year += year < 30 ? 2000 : 1900;  // "'98"
  return with_mod(date_at(truncate(sys_days{date::year{static_cast<int>(year)} / 1 / 1}, Granularity::kYear)), a);
}

std::optional<Resolved> op_decade(const Args& a) {
  auto d = a.num(Key::kDecade);
  if (!d) return std::nullopt;
  int64_t y = *d;
  if (y < 100) y += 1900;  // "the '90s", "the nineties"
  return with_mod(date_at(truncate(sys_days{date::year{static_cast<int>(y)} / 1 / 1}, Granularity::kDecade)), a);
}

std::optional<Resolved> op_century(const Args& a) {
  auto n = a.num(Key::kN);
  if (!n || *n < 1 || *n > 30) return std::nullopt;
  return with_mod(date_at(Moment{sys_days{date::year{static_cast<int>(*n - 1) * 100} / 1 / 1}, Granularity::kCentury}), a);
}

// The `target` weekday (1 = Monday .. 7 = Sunday) relative to the anchor.
sys_days weekday_near(sys_days anchor, unsigned target, int dir, bool same_day_ok) {
  date::weekday want{target % 7};
  if (dir > 0) {
    auto d = want - date::weekday{anchor};
    return anchor + (d.count() == 0 && !same_day_ok ? days{7} : d);
  }
  auto d = date::weekday{anchor} - want;
  return anchor - (d.count() == 0 && !same_day_ok ? days{7} : d);
}

Moment with_pod(Moment m, const Args& a) {
  if (!a.has(Key::kPod)) return m;
  static const char* kPods[] = {"MO", "AF", "EV", "NI", "DT"};
  std::string p = a.text(Key::kPod);
  if (p == "WE") {  // the weekend of the week containing the day
    Moment w = truncate(m.day, Granularity::kWeek);
    w.pod = "WE";
    return w;
  }
  for (const char* k : kPods)
    if (p == k) m.pod = k, m.g = Granularity::kPartOfDay;
  return m;
}

std::optional<Resolved> op_weekday(const Args& a) {
  auto wd = a.num(Key::kWeekday);
  if (!wd || *wd < 1 || *wd > 7) return std::nullopt;
  sys_days dct = a.ctx().dct;
  unsigned target = static_cast<unsigned>(*wd);
  sys_days day;
  bool forward = a.ctx().options.forward_looking;
  if (const Resolved* of = a.cand(Key::kOf)) {  // "Wednesday of next week"
    if (!of->point || of->point->g != Granularity::kWeek) return std::nullopt;
    day = of->point->day + days{target - 1};
  } else if (a.has(Key::kDir)) {
    int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
    if (dir > 1) day = weekday_near(dct, target, 1, false) + days{7};  // "Friday after next"
    else if (forward && dir > 0) day = truncate(dct, Granularity::kWeek).day + days{7 + target - 1};  // next week's
    else if (forward && dir == 0) day = weekday_near(dct, target, 1, true);
    else if (dir == 0) day = truncate(dct, Granularity::kWeek).day + days{target - 1};  // "this Friday"
    else day = weekday_near(dct, target, dir, false);
  } else if (a.ctx().options.forward_looking) {
    day = weekday_near(dct, target, 1, false);
  } else if (date::weekday{dct} == date::weekday{target % 7}) {
    day = dct;
  } else {
    day = weekday_near(dct, target, a.tense() > 0 ? 1 : -1, false);
  }
  return with_mod(date_at(with_pod(Moment{day, Granularity::kDay}, a)), a);
}

std::optional<Resolved> op_month(const Args& a) {
  auto month = a.num(Key::kMonth);
  if (!month) return std::nullopt;
  int y = year_of(a.ctx().dct);
  unsigned cur = month_of(a.ctx().dct);
  unsigned mo = static_cast<unsigned>(*month);
  if (a.has(Key::kDir)) {
    int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
    if (dir < 0) y = mo < cur ? y : y - 1;
    if (dir > 0) y = mo > cur ? y : y + 1;
    if (dir > 1) ++y;  // "March after next"
  } else {
    y = infer_year(mo, 0, a);
  }
  return with_mod(date_at(Moment{sys_days{date::year{y} / mo / 1}, Granularity::kMonth}), a);
}

std::optional<Resolved> op_season(const Args& a) {
  auto season = a.num(Key::kSeason);  // first month: 3 spring, 6 summer, 9 fall, 12 winter
  if (!season) return std::nullopt;
  unsigned mo = static_cast<unsigned>(*season);
  int y;
  if (auto year = a.num(Key::kYear)) {
    y = static_cast<int>(*year);
  } else {
    Moment now = truncate(a.ctx().dct, Granularity::kSeason);
    y = year_of(now.day);
    int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
    sys_days cand{date::year{y} / mo / 1};
    if (dir < 0 && cand >= now.day) --y;
    if (dir > 0 && cand <= now.day) ++y;
    if (!a.has(Key::kDir)) y = infer_year(mo, 0, a);
  }
  return with_mod(date_at(Moment{sys_days{date::year{y} / mo / 1}, Granularity::kSeason}), a);
}

std::optional<Resolved> op_shift(const Args& a) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
  sys_days base = a.ctx().dct;
  if (const Resolved* of = a.cand(Key::kOf)) {  // "the week of October 6th"
    if (!of->point || of->point->g < unit->g) return std::nullopt;
    base = of->point->day;
  }
  return with_mod(date_at(shift(truncate(base, unit->g), dir)), a);
}

std::optional<Resolved> op_deictic(const Args& a) {
  int offset = static_cast<int>(a.num(Key::kOffset).value_or(0));
  return with_mod(date_at(with_pod(Moment{a.ctx().dct + days{offset}, Granularity::kDay}, a)), a);
}

std::optional<Resolved> op_ref(const Args& a) {
  Resolved r;
  r.value = a.text(Key::kValue);
  if (r.value.empty()) return std::nullopt;
  const ResolveContext& c = a.ctx();
  if (c.options.forward_looking && r.value == "PRESENT_REF" && c.dct_time)  // "now" in a query
    return date_at(Moment{c.dct, Granularity::kSecond, static_cast<int>(c.dct_time->count())});
  return r;
}

// n units before (dir -1) or after (dir +1) the anchor, at the unit's granularity.
// The moment n units of `unit` from the anchor (date and time), as a calendar assistant states it:
// one step finer than the unit ("a week ago" is a day, "in 2 hours" a minute, "in a day" an hour),
// or at the unit itself when `same_grain` ("the upcoming two weeks" is a week).
Resolved query_instant(const ResolveContext& c, const Unit& unit, int64_t n, bool same_grain) {
  int now = static_cast<int>(c.dct_time.value_or(std::chrono::minutes{0}).count());
  if (unit.clock) {
    int64_t step = unit.g == Granularity::kHour ? 60 : unit.g == Granularity::kMinute ? 1 : 0;
    int64_t total = now + step * n;
    int64_t day_shift = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
    Granularity g = unit.g == Granularity::kHour ? Granularity::kMinute : Granularity::kSecond;
    return date_at(Moment{c.dct + days{static_cast<int>(day_shift)}, g, static_cast<int>(total - day_shift * 1440)});
  }
  sys_days day = add_units(c.dct, unit.g, static_cast<int>(n) * unit.factor / (unit.factor > 1 ? unit.factor : 1));
  if (same_grain) return date_at(truncate(day, unit.g));
  if (unit.g == Granularity::kDay) return date_at(Moment{day, Granularity::kHour, now});
  if (unit.g == Granularity::kYear) return date_at(truncate(day, Granularity::kMonth));
  return date_at(Moment{day, Granularity::kDay});
}

// n units before (dir -1) or after (dir +1) the anchor, at the unit's granularity.
std::optional<Resolved> relative(const Args& a, sys_days anchor) {
  auto unit = unit_named(a.text(Key::kUnit));
  auto n = a.num(Key::kN);
  if (!unit || !n) return std::nullopt;
  int dir = static_cast<int>(a.num(Key::kDir).value_or(-1));
  if (a.ctx().options.forward_looking) return with_mod(query_instant(a.ctx(), *unit, dir * *n, false), a);
  Granularity g = unit->clock ? Granularity::kDay : unit->g;
  sys_days day = unit->clock ? anchor : add_units(anchor, unit->g, dir * static_cast<int>(*n));
  return with_mod(date_at(truncate(day, g)), a);
}

// Year-over-year comparisons in news ("sales rose from a year earlier", "a year ago") refer to the
// period under discussion: when the last date mentioned is a quarter or month near the publication
// date, the result keeps that granularity (1989-Q3 -> 1988-Q3) instead of a bare year.
bool compares_period(const ResolveContext& c, const Unit& unit) {
  return !c.options.forward_looking && unit.g == Granularity::kYear && c.last &&
         c.last->g >= Granularity::kHalf && c.last->g <= Granularity::kMonth &&
         std::abs(year_of(c.last->day) - year_of(c.dct)) <= 1;
}

std::optional<Resolved> op_ago(const Args& a) {
  const ResolveContext& c = a.ctx();
  auto unit = unit_named(a.text(Key::kUnit));
  auto n = a.num(Key::kN);
  if (unit && n && compares_period(c, *unit)) {
    Moment m = *c.last;
    m.day = add_units(m.day, Granularity::kYear, static_cast<int>(a.num(Key::kDir).value_or(-1) * *n));
    return with_mod(date_at(m), a);
  }
  return relative(a, c.dct);
}

std::string duration_value(const Unit& u, std::optional<int64_t> n) {
  std::string amount = n ? std::to_string(*n * u.factor) : "X";
  if (!n && u.factor == 10) return "PXDE";
  if (!n && u.factor == 100) return "PXCE";
  return std::string(u.clock ? "PT" : "P") + amount + std::string(u.letter);
}

std::optional<Resolved> op_duration(const Args& a) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  Resolved r;
  r.type = TimexType::kDuration;
  auto n = a.num(Key::kN);
  if (a.has(Key::kN) && !n && a.text(Key::kN) != "X") return std::nullopt;
  if (!a.has(Key::kN)) n = 1;
  if (n && *n <= 0) return std::nullopt;
  r.value = duration_value(*unit, n);
  return with_mod(std::move(r), a);
}

std::optional<Resolved> op_past_duration(const Args& a) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  auto n = a.has(Key::kN) ? a.num(Key::kN) : std::optional<int64_t>(1);
  // Asked of a calendar assistant, "in 2 minutes" is the moment, not the stretch.
  if (a.ctx().options.forward_looking && n && a.num(Key::kDir).value_or(-1) > 0)
    return query_instant(a.ctx(), *unit, *n, a.text(Key::kValue) == "unit");
  Resolved r;
  r.type = TimexType::kDuration;
  r.value = duration_value(*unit, n);
  if (n && !unit->clock) {
    int dir = static_cast<int>(a.num(Key::kDir).value_or(-1));
    sys_days dct = a.ctx().dct;
    sys_days other = add_units(dct, unit->g, dir * static_cast<int>(*n));
    r.range = dir < 0 ? format_day(other) + "/" + format_day(dct) : format_day(dct) + "/" + format_day(other);
  }
  return with_mod(std::move(r), a);
}

std::optional<Resolved> op_mod(const Args& a) {
  const Resolved* of = a.cand(Key::kOf);
  if (!of) return std::nullopt;
  Resolved r = *of;
  r.mod = a.text(Key::kMod);
  return r;
}

// "the first half of 2021", "the third quarter", "the first quarter of next year".
std::optional<Resolved> op_part(const Args& a) {
  std::string part = a.text(Key::kPart);  // "H" or "Q"
  auto n = a.num(Key::kN);
  Granularity g = part == "H" ? Granularity::kHalf : part == "Q" ? Granularity::kQuarter : Granularity::kYear;
  if (g == Granularity::kYear || !n || *n < 1 || *n > (g == Granularity::kHalf ? 2 : 4)) return std::nullopt;
  int y = year_of(a.ctx().dct);
  if (const Resolved* of = a.cand(Key::kOf)) {
    if (!of->point) return std::nullopt;
    y = year_of(of->point->day);
  } else if (auto year = a.num(Key::kYear)) {
    y = static_cast<int>(*year);
  }
  unsigned months = g == Granularity::kHalf ? 6 : 3;
  return date_at(Moment{sys_days{date::year{y} / static_cast<unsigned>((*n - 1) * months + 1) / 1}, g});
}

std::optional<Resolved> op_range(const Args& a) {
  const Binding* from = a.part(Key::kFrom);
  const Binding* to = a.part(Key::kTo);
  const Resolved* f = a.cand(Key::kFrom);
  const Resolved* t = a.cand(Key::kTo);
  if (!from || !to || !f || !t || !f->point || !t->point) return std::nullopt;
  if (t->point->day < f->point->day) return std::nullopt;
  Resolved r = *f;
  r.range = f->value + "/" + t->value;
  r.range_from = from->cand;
  r.range_to = to->cand;
  return r;
}

std::optional<Resolved> op_set(const Args& a) {
  Resolved r;
  r.type = TimexType::kSet;
  if (auto wd = a.num(Key::kWeekday)) {
    r.value = "XXXX-WXX-" + std::to_string(*wd);
    if (a.has(Key::kPod)) r.value += "T" + a.text(Key::kPod);
  } else if (a.has(Key::kUnit)) {
    auto unit = unit_named(a.text(Key::kUnit));
    if (!unit) return std::nullopt;
    r.value = duration_value(*unit, 1);
  } else {
    r.value = a.text(Key::kValue);
  }
  return r.value.empty() ? std::nullopt : std::optional<Resolved>(r);
}

std::optional<Resolved> op_time(const Args& a) {
  auto hour = a.num(Key::kHour);
  if (!hour) return std::nullopt;
  int h = static_cast<int>(*hour);
  int min = static_cast<int>(a.num(Key::kMinute).value_or(0));
  std::string ampm = a.text(Key::kAmpm);
  for (Key k : {Key::kHour, Key::kMinute})  // "5pm", "3:18am"
    if (const Binding* b = a.part(k)) {
      NumSuffix s = a.ctx().toks[b->tb].suffix;
      if (s == NumSuffix::kAm || s == NumSuffix::kShortAm) ampm = "am";
      if (s == NumSuffix::kPm || s == NumSuffix::kShortPm) ampm = "pm";
    }
  std::string pod = a.text(Key::kPod);  // "3:15 in the afternoon"
  if (ampm.empty() && (pod == "AF" || pod == "EV" || pod == "NI") && h < 12) ampm = "pm";
  if (h > 24 || min > 59) return std::nullopt;
  if (ampm == "pm" && h < 12) h += 12;
  if (ampm == "am" && h == 12) h = 0;
  bool forward = a.ctx().options.forward_looking;
  sys_days day = a.ctx().dct;
  if (const Resolved* of = a.cand(Key::kOf)) {  // "9 tomorrow", "5 tomorrow afternoon"
    // In prose a bare number before a day is rarely a time ("killed 12 Sunday"); only queries.
    if (!forward && ampm.empty() && !a.has(Key::kMinute)) return std::nullopt;
    if (!of->point || (of->point->g != Granularity::kDay && of->point->g != Granularity::kPartOfDay)) return std::nullopt;
    day = of->point->day;
    std::string_view p = of->point->pod;
    if (ampm.empty() && (p == "AF" || p == "EV" || p == "NI") && h < 12) h += 12;
  } else if (forward && a.ctx().dct_time && h * 60 + min < a.ctx().dct_time->count()) {
    // A calendar assistant means the next such time: later today on a 12-hour clock, else tomorrow.
    if (ampm.empty() && h >= 1 && h < 12 && a.part(Key::kHour) && (h + 12) * 60 + min >= a.ctx().dct_time->count())
      h += 12;
    else day += days{1};
  }
  // News values keep minutes ("T15:00", as TimeBank writes them); queries name the hour ("T15").
  Granularity g = a.has(Key::kMinute) || !forward ? Granularity::kMinute : Granularity::kHour;
  return date_at(Moment{day, g, h * 60 + min});
}

std::optional<Resolved> op_holiday(const Args& a) {
  std::string spec = a.text(Key::kHoliday);
  if (!holiday_in(spec, 2000)) return std::nullopt;
  auto day_in = [&](int y) { return *holiday_in(spec, y); };
  int y = year_of(a.ctx().dct);
  if (auto year = a.num(Key::kYear)) {
    y = static_cast<int>(*year);
  } else if (const Resolved* of = a.cand(Key::kOf)) {  // "MLK day of last year"
    if (!of->point || of->point->g != Granularity::kYear) return std::nullopt;
    y = year_of(of->point->day);
  } else {
    int dir = a.has(Key::kDir) ? static_cast<int>(a.num(Key::kDir).value_or(0)) : a.tense();
    if (a.ctx().options.forward_looking && dir == 0) dir = 1;
    sys_days dct = a.ctx().dct;
    if (dir < 0 && day_in(y) >= dct) --y;
    if (dir > 0 && day_in(y) < dct) ++y;
    if (dir == 0 && day_in(y) > dct && (day_in(y) - dct) > (dct - day_in(y - 1))) --y;
    if (dir == 0 && day_in(y) < dct && (dct - day_in(y)) > (day_in(y + 1) - dct)) ++y;
  }
  return date_at(Moment{day_in(y), Granularity::kDay});
}

// "the following day", "that month", "a year earlier": relative to the last date mentioned in
// narrative mode, to the publication date in news mode.
std::optional<Resolved> op_anaphor(const Args& a) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  int n = static_cast<int>(a.num(Key::kN).value_or(1));
  int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
  Moment base = truncate(a.ctx().dct, unit->g);
  const ResolveContext& c = a.ctx();
  if ((c.options.doc_type == DocType::kNarrative || (dir != 0 && compares_period(c, *unit))) && c.last) {
    base = *a.ctx().last;
    if (base.g < unit->g) base = truncate(base.day, unit->g);
  }
  if (base.g >= Granularity::kPartOfDay) base = truncate(base.day, Granularity::kDay);
  Moment m = base;
  m.day = add_units(base.day, unit->g, dir * n);
  m = truncate(m.day, base.g);
  return with_mod(date_at(m), a);
}

// The nth (n < 0: last) weekday, day or week of a month or year candidate.
std::optional<Resolved> op_nth(const Args& a) {
  const Resolved* of = a.cand(Key::kOf);
  auto n = a.num(Key::kN);
  if (!of || !of->point || !n || *n == 0 || *n > 53 || of->point->g > Granularity::kMonth) return std::nullopt;
  sys_days first = of->point->day, last = last_day(*of->point);
  int k = static_cast<int>(*n) * (a.num(Key::kDir).value_or(1) < 0 ? -1 : 1);  // "the third last week"
  if (auto wd = a.num(Key::kWeekday)) {
    unsigned target = static_cast<unsigned>(*wd);
    sys_days d = k > 0 ? weekday_near(first, target, 1, true) + days{7 * (k - 1)}
                       : weekday_near(last, target, -1, true) - days{7 * (-k - 1)};
    if (d < first || d > last) return std::nullopt;
    return date_at(Moment{d, Granularity::kDay});
  }
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  if (unit->g == Granularity::kDay) {
    sys_days d = k > 0 ? first + days{k - 1} : last - days{-k - 1};
    if (d < first || d > last) return std::nullopt;
    return date_at(Moment{d, Granularity::kDay});
  }
  if (unit->g == Granularity::kWeek) {  // weeks that start (n > 0) or end (n < 0) inside the period
    sys_days d = k > 0 ? weekday_near(first, 1, 1, true) + days{7 * (k - 1)}
                       : weekday_near(last, 7, -1, true) - days{6 + 7 * (-k - 1)};
    return date_at(truncate(d, Granularity::kWeek));
  }
  return std::nullopt;
}

std::optional<Resolved> op_clock_shift(const Args& a) {
  const Resolved* time = a.cand(Key::kTime);
  auto n = a.num(Key::kN);
  if (!time || !time->point || !n || *n <= 0 || *n >= 60 || time->point->g < Granularity::kHour) return std::nullopt;
  Moment m = *time->point;
  int total = m.minutes + static_cast<int>(a.num(Key::kDir).value_or(1) * *n);
  if (total < 0) total += 1440, m.day -= days{1};
  m.minutes = total % 1440;
  m.g = Granularity::kMinute;
  return date_at(m);
}

std::optional<Resolved> op_time_on(const Args& a) {
  const Resolved* time = a.cand(Key::kTime);
  const Resolved* day = a.cand(Key::kOf);
  if (!time || !day || !time->point || !day->point || day->point->g < Granularity::kDay) return std::nullopt;
  Moment m = *time->point;
  m.day = day->point->day;  // "in 7 days at 5pm": the day of a finer point
  return date_at(m);
}

std::optional<Resolved> op_block(const Args&) {
  Resolved r;
  r.blocked = true;
  return r;
}

using OpFn = std::optional<Resolved> (*)(const Args&);
constexpr OpFn kOps[] = {op_date,  op_year,          op_decade, op_century, op_weekday, op_month,  op_season,
                         op_shift, op_deictic,       op_ref,    op_ago,     op_duration, op_past_duration,
                         op_mod,   op_part,          op_range,  op_set,     op_time,    op_holiday, op_anaphor, op_nth, op_clock_shift, op_time_on, op_block};
static_assert(sizeof kOps / sizeof kOps[0] == static_cast<size_t>(Op::kCount));

}  // namespace

std::optional<Resolved> resolve(const Match& m, const ResolveContext& ctx) {
  Args args(m, ctx);
  return kOps[static_cast<size_t>(ctx.rules[m.rule].op)](args);
}

std::string check_literal(Key key, std::string_view v) {
  static constexpr std::string_view kMods[] = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "MORE_THAN",
                                               "LESS_THAN", "ON_OR_BEFORE", "ON_OR_AFTER", "EQUAL_OR_LESS",
                                               "EQUAL_OR_MORE"};
  static constexpr std::string_view kPods[] = {"MO", "AF", "EV", "NI", "DT", "WE"};
  int64_t n;
  switch (key) {
    case Key::kUnit: return unit_named(v) ? "" : "unknown unit \"" + std::string(v) + "\"; use Y, M, W, D, H, MIN, S, Q, DE or CE";
    case Key::kHoliday: return holiday_in(v, 2000) ? "" : "malformed holiday spec \"" + std::string(v) + "\"";
    case Key::kMod:
      for (auto m : kMods)
        if (m == v) return "";
      return "unknown TimeML mod \"" + std::string(v) + "\"";
    case Key::kPod:
      for (auto p : kPods)
        if (p == v) return "";
      return "unknown part of day \"" + std::string(v) + "\"; use MO, AF, EV, NI, DT or WE";
    case Key::kN:
      if (v == "X") return "";
      [[fallthrough]];
    case Key::kDir:
    case Key::kOffset:
    case Key::kHour:
    case Key::kMinute:
    case Key::kWeekday:
    case Key::kMonth:
    case Key::kDay:
    case Key::kYear: return parse_int(v, n) ? "" : "\"" + std::string(v) + "\" is not a number";
    default: return "";
  }
}

uint8_t candidate_type(const Resolved& r) {
  if (r.blocked) return 0;
  switch (r.type) {
    case TimexType::kDate: return r.point ? kCandDate : 0;
    case TimexType::kTime: return r.point ? kCandTime : 0;
    case TimexType::kDuration: return kCandDuration;
    case TimexType::kSet: return kCandSet;
  }
  return 0;
}

}  // namespace chronoline::temporal
