// Resolve: turns a rule match into a TIMEX3 type, value, modifier and range against an anchor.
#include "temporal/resolve.h"

#include "temporal/resolve_internal.h"
#include "util/ascii.h"

namespace chronoline::temporal::internal {

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
  if (v == "FN") return Unit{Granularity::kDay, "D", 14, false, 14};
  return std::nullopt;
}

namespace {

// The next finer unit and how many of it make one of `u`; nullopt when none divides evenly.
std::optional<std::pair<Unit, int64_t>> finer(const Unit& u) {
  auto named = [](std::string_view v, int64_t k) { return std::pair(*unit_named(v), k); };
  switch (u.g) {
    case Granularity::kCentury:
      return named("Y", 100);
    case Granularity::kDecade:
      return named("Y", 10);
    case Granularity::kYear:
      return named("M", 12);
    case Granularity::kQuarter:
      return named("M", 3);
    case Granularity::kWeek:
      return named("D", 7);
    case Granularity::kDay:
      return named("H", 24 * u.steps);
    case Granularity::kHour:
      return named("MIN", 60);
    case Granularity::kMinute:
      return named("S", 60);
    default:
      return std::nullopt;
  }
}

}  // namespace

std::optional<Amount> Args::amount(const Unit& unit, int64_t n) const {
  int64_t numer = 0, denom = 1;
  if (const Binding* b = part(Key::kDecimals)) {  // "2.5": five tenths
    const Token& t = ctx_.toks[b->tb];
    if (t.kind != TokKind::kNumber || t.digits == 0 || t.digits > 6) return std::nullopt;
    numer = t.number;
    for (int i = 0; i < t.digits; ++i) denom *= 10;
  } else if (has(Key::kNumerator) || has(Key::kDenominator)) {  // "1/4", "and a half"
    auto p = num(Key::kNumerator), q = num(Key::kDenominator);
    if (!p || !q || *p < 0 || *q <= 0 || *q > 1000) return std::nullopt;
    numer = *p, denom = *q;
  }
  Amount out{unit, n * denom + numer};  // in units of 1/denom
  while (out.n % denom != 0) {
    auto f = finer(out.unit);
    if (!f) return std::nullopt;
    out.unit = f->first;
    out.n *= f->second;
  }
  out.n /= denom;
  return out;
}

std::string mixed_duration_value(const Unit& unit, const Amount& x) {
  // Weeks do not mix with other designators: "1.5 weeks" is P10DT12H.
  if (unit.g == Granularity::kWeek && x.unit.g != unit.g)
    return mixed_duration_value(*unit_named("D"), x);
  if (x.unit.g == unit.g || unit.factor > 1 || unit.steps > 1 || unit.g == Granularity::kQuarter)
    return duration_value(x.unit, x.n);
  int64_t ratio = 1;
  for (Unit u = unit; u.g != x.unit.g;) {
    auto f = finer(u);
    if (!f) return duration_value(x.unit, x.n);
    ratio *= f->second;
    u = f->first;
  }
  int64_t whole = x.n / ratio, rest = x.n % ratio;
  if (whole == 0) return duration_value(x.unit, x.n);  // "half an hour" stays PT30M
  std::string v =
      std::string(unit.clock ? "PT" : "P") + std::to_string(whole) + std::string(unit.letter);
  if (rest) {
    if (x.unit.clock && !unit.clock) v += "T";
    v += std::to_string(rest) + std::string(x.unit.letter);
  }
  return v;
}

Resolved date_at(const Moment& m, std::string mod) {
  Resolved r;
  r.type = m.g >= Granularity::kPartOfDay ? TimexType::kTime : TimexType::kDate;
  r.value = timex_value(m);
  r.mod = std::move(mod);
  r.point = m;
  return r;
}

std::optional<Resolved> with_mod(Resolved r, const Args& a) {
  if (a.has(Key::kMod)) r.mod = a.text(Key::kMod);
  return std::optional<Resolved>(std::move(r));
}

std::optional<Resolved> op_mod(const Args& a) {
  const Resolved* of = a.cand(Key::kOf);
  if (!of) return std::nullopt;
  // "late on Tuesday's deadline" is late on a deadline, not late on Tuesday: a preposition between
  // the modifier and a possessive date.
  const ResolveContext& c = a.ctx();
  const Binding* ofb = a.part(Key::kOf);
  uint32_t te = a.match().te;
  if (ofb && ofb->tb > 0 && te < c.toks.size() && c.toks[te].word &&
      c.lex.word(c.toks[te].word) == "'s") {
    uint32_t w = c.toks[ofb->tb - 1].word;
    if (w < c.cues.roles.size() && c.cues.roles[w] == TenseRole::kDatePrep) return std::nullopt;
  }
  Resolved r = *of;
  r.mod = a.text(Key::kMod);
  return r;
}

// See moves_date_at (resolve.h). `active`, when given, tells whether a verb of value "passive"
// stood with a particle and no "be" ("Inflation moved up from"), or whether a verb stood with its
// object and a particle ("pushed the price up from"): op_range may still read a level's stretch.
static int move_before(const ResolveContext& c, uint32_t k, bool* active = nullptr) {
  if (active) *active = false;
  // Asked of every timex the tagger emits (Timex::moved_from): "from" is four letters, checked first.
  if (c.date_moves < 0 || k < 2 || c.toks[k].break_before || c.toks[k - 1].end - c.toks[k - 1].begin != 4) return 0;
  if (lower_ascii(c.text.substr(c.toks[k - 1].begin, c.toks[k - 1].end - c.toks[k - 1].begin)) != "from") return 0;
  k -= 1;
  int dir = 1;
  const LexEntry* particle = k >= 2 ? class_entry(c.toks[k - 1], c.lex, c.move_particles) : nullptr;
  if (particle) {
    if (particle->value == "earlier") dir = -1;
    --k;
  }
  const LexEntry* e = class_entry(c.toks[k - 1], c.lex, c.date_moves);
  // Or with the thing moved between, a short noun phrase after a determiner, maybe with the
  // particle after it or before it ("delayed the launch from March to June", "moving its opening
  // from May to July", "pushed the match back from Friday to Sunday", "pushed back the vote from
  // May to June"): with an object, a verb of value "passive" moves a date too ("Sales shifted from
  // March to June" has none).
  bool object = false;
  if (!e && c.noun_determiners >= 0) {
    constexpr uint32_t kObjectWords = 4;
    for (uint32_t d = k - 1; d > 0 && k - d <= kObjectWords; --d) {
      const Token& t = c.toks[d];
      if (t.kind != TokKind::kWord || t.break_before) break;
      if (!class_entry(t, c.lex, c.noun_determiners)) continue;
      uint32_t v = d - 1;
      if (!particle && v >= 1) {
        particle = class_entry(c.toks[v], c.lex, c.move_particles);
        if (particle) {
          if (particle->value == "earlier") dir = -1;
          --v;
        }
      }
      e = class_entry(c.toks[v], c.lex, c.date_moves);
      object = e != nullptr;
      break;
    }
  }
  if (!e) return 0;
  // "pushed the price up from March to June" may still be a level's stretch (op_range).
  if (object && active) *active = particle != nullptr;
  if (e->value == "passive" && !object) {
    uint32_t w = k >= 2 && c.toks[k - 2].kind == TokKind::kWord ? c.toks[k - 2].word : 0;
    TenseRole role = w < c.cues.roles.size() ? c.cues.roles[w] : TenseRole::kNone;
    bool be = k >= 2 && (role == TenseRole::kBePresent || role == TenseRole::kBePast || role == TenseRole::kBe);
    if (!be && !particle) return 0;
    if (active) *active = !be;
  }
  return e->value == "forward" ? -1 : dir;
}

std::optional<Resolved> op_range(const Args& a) {
  const Binding* from = a.part(Key::kFrom);
  const Binding* to = a.part(Key::kTo);
  const Resolved* f = a.cand(Key::kFrom);
  const Resolved* t = a.cand(Key::kTo);
  if (!from || !to || !f || !t || !f->point || !t->point) return std::nullopt;
  Moment start = *f->point;
  // "- Friday 11 December\n- Monday 14 December": a dash that opens a line is a list's bullet,
  // no range's.
  for (uint32_t k = from->te; k < to->tb && k < a.ctx().toks.size(); ++k)
    if (a.ctx().toks[k].line_start && a.ctx().toks[k].kind == TokKind::kPunct) return std::nullopt;
  // "pushed back from May to next November", "moved from March to June": after a verb that moves
  // a date (date_moves), the old date and the new one, no stretch. The old one is the last such
  // before the new one ("May" told in November: the coming May, not the one gone), or the first
  // after it when the date is brought forward, unless it writes its year.
  bool active = false;
  int move = move_before(a.ctx(), a.match().tb, &active);
  // A level that moved up over a stretch: with the particle alone, the new month written later in
  // the year than the old one is no date brought forward ("Inflation moved up from March to
  // June"; "The vote was moved up from May to March" is one).
  if (move < 0 && active && f->point->g == Granularity::kMonth && t->point->g == Granularity::kMonth &&
      !a.cand_has(Key::kFrom, Key::kYear) && !a.cand_has(Key::kTo, Key::kYear) &&
      date::year_month_day{f->point->day}.month() < date::year_month_day{t->point->day}.month())
    move = 0;
  if (move) {
    Resolved r = *f;
    Moment end = *t->point;
    if (a.cand_op(Key::kFrom) == Op::kWeekday && a.cand_op(Key::kTo) == Op::kWeekday) {
      // "postponed from Friday to Tuesday": the old weekday in the week before the new one's
      // ("moved up from Friday to Wednesday": the one after).
      Moment moved = start;
      auto gap = (date::weekday{end.day} - date::weekday{start.day}).count();  // 0..6
      moved.day = move > 0 ? end.day - date::days{gap ? gap : 7} : end.day + date::days{gap ? 7 - gap : 7};
      if (moved.day != start.day) r.value = r.from_value = date_at(moved).value, start = moved;
    } else if (start.g >= Granularity::kMonth && start.g <= Granularity::kDay &&
               a.cand_op(Key::kFrom) != Op::kWeekday && !a.cand_has(Key::kFrom, Key::kYear)) {
      Moment moved = start;
      moved.day = add_units(start.day, Granularity::kYear, year_of(end.day) - year_of(start.day));
      if (move > 0 && moved.day > end.day) moved.day = add_units(moved.day, Granularity::kYear, -1);
      if (move < 0 && moved.day < end.day) moved.day = add_units(moved.day, Granularity::kYear, 1);
      if (moved.day != start.day) r.value = r.from_value = date_at(moved).value, start = moved;
    }
    r.point = start;
    r.range_from = from->cand;
    r.range_to = to->cand;
    return r;
  }
  // A bare clock time does not start a stretch of days: "nightly from 10 p.m. to 5 a.m. through
  // Dec. 12" (the hours of each night, then the last night).
  if (f->point->g > Granularity::kPartOfDay && a.cand_op(Key::kFrom) != Op::kTimeOn &&
      t->point->g <= Granularity::kDay)
    return std::nullopt;
  // unit=D: a range of days only ("Monday to Friday"; not "2020 to 2021", where "to" is often a
  // change: "cut its forecast for 2022 to 2023").
  if (a.text(Key::kUnit) == "D" &&
      (f->point->g != Granularity::kDay || t->point->g != Granularity::kDay))
    return std::nullopt;
  std::string from_value;
  bool weekdays = a.cand_op(Key::kFrom) == Op::kWeekday && a.cand_op(Key::kTo) == Op::kWeekday;
  Moment end = *t->point;
  std::string to_value;
  // "between Monday and Wednesday": the end is the first such weekday from the start on, whatever
  // tense each took alone (said on a Wednesday, "hearings will run between Monday and Wednesday"
  // read Wednesday as that day).
  if (weekdays && end.day < start.day && start.g == Granularity::kDay &&
      end.g == Granularity::kDay) {
    end.day = start.day + date::days{((date::weekday{end.day} - date::weekday{start.day}).count())};
    to_value = date_at(end).value;
  }
  // "from midnight Sunday until 6 a.m. Wednesday": times on weekdays, the end's the first such
  // weekday from the start's on, as for bare weekdays (each read alone, the start looked ahead
  // by "will walk out" and the end stayed in the publication week).
  auto day_op = [&](Key k) {
    auto op = a.cand_op(k);
    return op == Op::kTimeOn ? a.cand_inner_op(k, Key::kOf) : op;
  };
  if (!weekdays && day_op(Key::kFrom) == Op::kWeekday && day_op(Key::kTo) == Op::kWeekday &&
      end.day < start.day) {
    end.day = start.day + date::days{((date::weekday{end.day} - date::weekday{start.day}).count())};
    to_value = date_at(end).value;
  }
  // "June 11-July 19", "from Dec. 28 to Jan. 3": with no year written, the end is the first such
  // day from the start on. The start stands by the verb whose tense chose its year; the end, read
  // alone, may have taken the other direction ("The tournament runs June 11-July 19" in January).
  if (!weekdays && !a.cand_has(Key::kFrom, Key::kYear) && !a.cand_has(Key::kTo, Key::kYear) &&
      start.g == Granularity::kDay && end.g == Granularity::kDay) {
    Moment moved = end;
    moved.day = add_units(end.day, Granularity::kYear, year_of(start.day) - year_of(end.day));
    if (moved.day < start.day) moved.day = add_units(moved.day, Granularity::kYear, 1);
    if (moved.day != end.day) {
      end = moved;
      to_value = date_at(end).value;
    }
  }
  // "The exhibition runs (will run) from Dec. 28 to Jan. 3", told on Jan. 25: a range that is
  // under way or ahead by its verb cannot be over already; it is the coming one. Days without a
  // year, each read alone (a day just past stays past for a verb that looks ahead).
  if (!weekdays && !a.cand_has(Key::kFrom, Key::kYear) && !a.cand_has(Key::kTo, Key::kYear) &&
      start.g == Granularity::kDay && end.g == Granularity::kDay && !a.ctx().options.forward_looking &&
      end.day < a.ctx().dct && a.tense() > 0) {
    start.day = add_units(start.day, Granularity::kYear, 1);
    end.day = add_units(end.day, Granularity::kYear, 1);
    from_value = date_at(start).value;
    to_value = date_at(end).value;
  }
  // "from March 3 to March 5, 2021": a start without a year of its own takes the end's; so when
  // the end writes its year and the start, read alone, fell more than a year before it ("Feb. 8 to
  // May 28, 2027" told in November 2026 is no 15-month stretch from last February).
  if ((end.day < start.day || (a.cand_has(Key::kTo, Key::kYear) &&
                               add_units(start.day, Granularity::kYear, 1) <= t->point->day)) &&
      start.g >= Granularity::kMonth && start.g <= Granularity::kDay &&
      !weekdays && !a.cand_has(Key::kFrom, Key::kYear)) {
    for (int back : {0, 1}) {  // "from Dec. 28 to Jan. 3, 2021" starts the year before
      Moment moved = start;
      moved.day = add_units(start.day, Granularity::kYear,
                            year_of(t->point->day) - back - year_of(start.day));
      if (moved.day <= t->point->day) {
        start = moved;
        from_value = date_at(moved).value;
        break;
      }
    }
  }
  // "from 9am to 5pm on Monday": a bare clock time that starts a range is on the day of its end
  // (read alone, it was the publication day's). Not across midnight ("from 10 p.m. to 2 a.m.
  // Saturday": which night is unclear).
  if (a.cand_op(Key::kFrom) == Op::kTime && a.cand_op(Key::kTo) == Op::kTimeOn &&
      start.g >= Granularity::kHour && end.g >= Granularity::kHour && start.day != end.day &&
      start.minutes < end.minutes) {
    start.day = end.day;
    from_value = date_at(start).value;
  }
  // "between 10 p.m. and 5 a.m.": a clock time before the start, both on one day, is the next
  // day's.
  if (start.g >= Granularity::kHour && end.g >= Granularity::kHour && end.day == start.day &&
      (end.minutes < start.minutes ||
       (end.minutes == start.minutes && end.seconds < start.seconds))) {
    end.day += date::days{1};
    to_value = date_at(end).value;
  }
  if (end.day < start.day) return std::nullopt;
  // A range ends after its start's period: "the year-earlier third quarter" is no "the year" to
  // "earlier third quarter".
  if (start.g < end.g && end.day <= last_day(start)) return std::nullopt;
  Resolved r = *f;
  r.point = start;
  if (!from_value.empty()) r.value = r.from_value = from_value;
  r.to_value = to_value;
  r.range = r.value + "/" + (to_value.empty() ? t->value : to_value);
  r.range_from = from->cand;
  r.range_to = to->cand;
  return r;
}

std::optional<Resolved> op_set(const Args& a) {
  Resolved r;
  r.type = TimexType::kSet;
  if (auto wd = a.num(Key::kWeekday)) {
    r.value = "XXXX-WXX-" + std::to_string(*wd);
    if (a.has(Key::kPod)) (r.value += 'T') += a.text(Key::kPod);
  } else if (a.has(Key::kUnit)) {
    auto unit = unit_named(a.text(Key::kUnit));
    if (!unit) return std::nullopt;
    r.value = duration_value(*unit, a.num(Key::kN).value_or(1));  // "every other week": P2W
  } else if (auto month = a.num(Key::kMonth)) {                   // "each July"
    if (*month < 1 || *month > 12) return std::nullopt;
    r.value = (*month < 10 ? "XXXX-0" : "XXXX-") + std::to_string(*month);
  } else if (a.has(Key::kPod) && !a.has(Key::kValue)) {  // "each morning"
    (r.value = "XXXX-XX-XXT") += a.text(Key::kPod);
  } else if (auto season = a.num(Key::kSeason)) {  // "every spring": first month 3, 6, 9, 12
    static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
    if (*season < 3 || *season > 12 || *season % 3 != 0) return std::nullopt;
    r.value = std::string("XXXX-") + kSeasons[*season / 3 - 1];
  } else {
    r.value = a.text(Key::kValue);
    if (a.has(Key::kPod)) (r.value += 'T') += a.text(Key::kPod);  // "weekday evenings"
  }
  // "at 6 a.m. on Sundays": the clock of every such day (XXXX-WXX-7T06:00).
  const Resolved* t = a.cand(Key::kOf);
  if (t && !r.value.empty() && r.value.find('T') == std::string::npos) {
    size_t clock = t->value.find('T');
    if (clock == std::string::npos) return std::nullopt;
    r.value += t->value.substr(clock);
  }
  return r.value.empty() ? std::nullopt : std::optional<Resolved>(r);
}

std::optional<Resolved> op_block(const Args&) {
  Resolved r;
  r.blocked = true;
  return r;
}

}  // namespace chronoline::temporal::internal

namespace chronoline::temporal {

int moves_date_at(const ResolveContext& c, uint32_t k) { return internal::move_before(c, k); }
namespace {

using namespace internal;

using OpFn = std::optional<Resolved> (*)(const Args&);
constexpr OpFn kOps[] = {op_date,  op_year,        op_decade,        op_century, op_weekday,
                         op_month, op_season,      op_shift,         op_deictic, op_ref,
                         op_ago,   op_duration,    op_past_duration, op_mod,     op_part,
                         op_range, op_set,         op_time,          op_holiday, op_anaphor,
                         op_nth,   op_clock_shift, op_time_on,       op_block};
static_assert(sizeof kOps / sizeof kOps[0] == static_cast<size_t>(Op::kCount));

}  // namespace

std::optional<Resolved> resolve(const Match& m, const ResolveContext& ctx) {
  const Rule& rule = ctx.rules[m.rule];
  if (rule.mode != Rule::Mode::kAll &&
      (rule.mode == Rule::Mode::kForward) != ctx.options.forward_looking)
    return std::nullopt;
  Args args(m, ctx);
  return kOps[static_cast<size_t>(ctx.rules[m.rule].op)](args);
}

std::string check_literal(Key key, std::string_view v) {
  static constexpr std::string_view kMods[] = {
      "START",     "MID",       "END",          "APPROX",      "BEFORE",        "AFTER",
      "MORE_THAN", "LESS_THAN", "ON_OR_BEFORE", "ON_OR_AFTER", "EQUAL_OR_LESS", "EQUAL_OR_MORE"};
  static constexpr std::string_view kPods[] = {"MO", "MI", "AF", "EV", "NI", "DT", "WE"};
  int64_t n;
  switch (key) {
    case Key::kUnit:
      return unit_named(v) ? ""
                           : "unknown unit \"" + std::string(v) +
                                 "\"; use Y, M, W, D, H, MIN, S, Q, DE, CE or FN";
    case Key::kMod:
      for (auto m : kMods)
        if (m == v) return "";
      return "unknown TimeML mod \"" + std::string(v) + "\"";
    case Key::kPod:
      for (auto p : kPods)
        if (p == v) return "";
      return "unknown part of day \"" + std::string(v) + "\"; use MO, AF, EV, NI, DT or WE";
    case Key::kEra:
      return v == "BC" || v == "AD" ? "" : "unknown era \"" + std::string(v) + "\"; use BC or AD";
    case Key::kAnchor:
      return v == "last" || v == "prior" || v == "previous" || v == "latest" || v == "reported" ||
                     v == "since" || v == "day" || v == "count" || v == "story" || v == "after" ||
                     v == "before" || v == "turn" || v == "told"
                 ? ""
                 : "unknown anchor \"" + std::string(v) +
                       "\"; use last, prior, previous, latest, reported, since, day, count, story, "
                       "after, before or told";
    case Key::kWhole:
      return v == "1" ? "" : "whole is 1 (a whole calendar unit), not \"" + std::string(v) + "\"";
    case Key::kTense:
      return v == "-1" || v == "1"
                 ? ""
                 : "tense is -1 (past) or 1 (future), not \"" + std::string(v) + "\"";
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
    case Key::kYear:
      return parse_int(v, n) ? "" : "\"" + std::string(v) + "\" is not a number";
    default:
      return "";
  }
}

uint8_t candidate_type(const Resolved& r) {
  if (r.blocked) return 0;
  switch (r.type) {
    case TimexType::kDate:
      return r.point ? kCandDate : 0;
    case TimexType::kTime:
      return r.point ? kCandTime : 0;
    case TimexType::kDuration:
      return kCandDuration;
    case TimexType::kSet:
      return kCandSet;
  }
  return 0;
}

}  // namespace chronoline::temporal
