// Resolve ops relative to an anchor: references, "ago", durations, anchored durations, anaphora.
#include <algorithm>
#include <cstdlib>

#include "temporal/resolve_internal.h"

namespace chronoline::temporal::internal {

using date::days;
using date::sys_days;

namespace {

// Seconds in one clock unit (hour, minute or second).
int64_t seconds_per(const Unit& u) {
  return u.g == Granularity::kHour ? 3600 : u.g == Granularity::kMinute ? 60 : 1;
}

// The moment n units of `unit` from the anchor (date and time), as a calendar assistant states it:
// one step finer than the unit ("a week ago" is a day, "in 2 hours" a minute, "in a day" an hour,
// "in 2 minutes" a second), or at the unit itself when `same_grain` ("the upcoming two weeks" is a
// week).
Resolved query_instant(const ResolveContext& c, const Unit& unit, int64_t n, bool same_grain) {
  if (unit.clock) {
    int64_t step = seconds_per(unit);
    int64_t now = c.dct_time.value_or(std::chrono::minutes{0}).count() * 60 + c.dct_seconds;
    Moment m = at_second(c.dct, now + step * n);
    if (unit.g == Granularity::kHour) m.g = Granularity::kMinute;
    return date_at(m);
  }
  int now = static_cast<int>(c.dct_time.value_or(std::chrono::minutes{0}).count());
  sys_days day = add_units(c.dct, unit.g, static_cast<int>(n) * unit.steps);
  if (same_grain) return date_at(truncate(day, unit.g));
  if (unit.g == Granularity::kDay) return date_at(Moment{day, Granularity::kHour, now});
  if (unit.g == Granularity::kYear) return date_at(truncate(day, Granularity::kMonth));
  return date_at(Moment{day, Granularity::kDay});
}

// The unit and the whole amount a match counts ("2.5 hours": 150 minutes), n given.
std::optional<Amount> amount_of(const Args& a, std::optional<int64_t> n) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit || !n) return std::nullopt;
  return a.amount(*unit, *n);
}

// `m` moved by n units, at the finer of its granularity and the unit's: "15 minutes from 1pm" is
// 13:15, "3 years from today" a day, "a day from right now" a second.
Moment moved(Moment m, const Amount& x) {
  if (x.unit.clock) {
    int64_t step = seconds_per(x.unit);
    int64_t at = m.g >= Granularity::kHour ? int64_t{m.minutes} * 60 + m.seconds : 0;
    Moment out = at_second(m.day, at + step * x.n);
    out.g = std::max(m.g, x.unit.g);
    return out;
  }
  if (m.g < x.unit.g) m = truncate(m.day, x.unit.g);
  m.day = add_units(m.day, x.unit.g, static_cast<int>(x.n) * x.unit.steps);
  return m;
}

// n units before (dir -1) or after (dir +1) the anchor, at the unit's granularity.
std::optional<Resolved> relative(const Args& a, sys_days anchor) {
  auto x = amount_of(a, a.num(Key::kN));
  if (!x) return std::nullopt;
  int dir = static_cast<int>(a.num(Key::kDir).value_or(-1));
  if (const Resolved* of = a.cand(Key::kOf)) {  // "15 minutes from 1pm"
    if (!of->point || of->point->g < Granularity::kDay) return std::nullopt;
    return with_mod(date_at(moved(*of->point, Amount{x->unit, dir * x->n})), a);
  }
  if (a.ctx().options.forward_looking)
    return with_mod(query_instant(a.ctx(), x->unit, dir * x->n, false), a);
  // A count of decades or centuries back names a year, as the same count of years does: "a decade
  // ago" is "10 years ago", not the decade that holds it.
  Granularity g = x->unit.clock ? Granularity::kDay : std::max(x->unit.g, Granularity::kYear);
  sys_days day = x->unit.clock
                     ? anchor
                     : add_units(anchor, x->unit.g, dir * static_cast<int>(x->n) * x->unit.steps);
  return with_mod(date_at(truncate(day, g)), a);
}

// The value of an unknown `unit` of month or year `of`: a day of October 1998 is "1998-10-XX", a
// quarter of 1998 "1998-QX"; nullopt for other pairs.
std::optional<std::string> unknown_part_of(const Moment& of, Granularity unit) {
  std::string v = timex_value(of);
  if (of.g == Granularity::kMonth && unit == Granularity::kDay) return v + "-XX";
  if (of.g != Granularity::kYear) return std::nullopt;
  switch (unit) {
    case Granularity::kQuarter:
      return v + "-QX";
    case Granularity::kMonth:
      return v + "-XX";
    case Granularity::kWeek:
      return v + "-WXX";
    case Granularity::kDay:
      return v + "-XX-XX";
    default:
      return std::nullopt;
  }
}

// Whether a year-over-year comparison in news ("sales rose from a year earlier", "a year ago")
// refers to the period under report (ResolveContext::reported): then it keeps that period's
// granularity (1989-Q3 -> 1988-Q3) instead of being a bare year.
bool compares_period(const ResolveContext& c, const Unit& unit, int64_t n, int64_t dir) {
  return !c.options.forward_looking && unit.g == Granularity::kYear && n == 1 && dir < 0 &&
         c.reported;
}

// Whether the month or season bound to `of`, named without a year, only qualifies the noun after
// the match ("two months before autumn rains put it out"): then the amount is no distance from
// it. The noun is a lowercase word the lexicon does not know and whose ending names no verb form.
bool qualifies_noun(const Args& a) {
  auto op = a.cand_op(Key::kOf);
  if (!op || (*op != Op::kSeason && *op != Op::kMonth) || a.cand_has(Key::kOf, Key::kYear))
    return false;
  const ResolveContext& c = a.ctx();
  uint32_t te = a.match().te;
  if (te >= c.toks.size()) return false;
  const Token& t = c.toks[te];
  if (t.kind != TokKind::kWord || t.cap || t.break_before || !unlisted_word(t, c))
    return false;
  std::string_view w = c.text.substr(t.begin, t.end - t.begin);
  for (size_t n : {2u, 3u})
    if (w.size() > n && c.cues.ending_role(w.substr(w.size() - n)) != TenseRole::kNone)
      return false;
  return true;
}

// How many paragraph breaks (blank lines) lie between byte `end` and the match; -1 when `end` is
// after the match's start.
int paragraphs_between(const Args& a, size_t end) {
  const ResolveContext& c = a.ctx();
  size_t begin = c.toks[a.match().tb].begin;
  if (end > begin) return -1;
  std::string_view between = c.text.substr(end, begin - end);
  int n = 0;
  for (size_t i = between.find('\n'); i != std::string_view::npos; i = between.find('\n', i + 1)) {
    size_t j = i + 1;
    while (j < between.size() && (between[j] == ' ' || between[j] == '\t' || between[j] == '\r'))
      ++j;
    if (j < between.size() && between[j] == '\n') ++n, i = j;
  }
  return n;
}

}  // namespace

// Whether the last date mentioned before the match is in the same paragraph (no blank line
// between them).
bool in_paragraph_of_last(const Args& a) {
  return a.ctx().last && paragraphs_between(a, a.ctx().last_end) == 0;
}

// Whether the last date told before the match is in the match's sentence: no sentence end or
// line break between them.
bool last_in_sentence(const Args& a) {
  const ResolveContext& c = a.ctx();
  if (!c.last || c.last_end > c.toks[a.match().tb].begin) return false;
  for (uint32_t k = a.match().tb; k > 0 && c.toks[k - 1].end > c.last_end; --k)
    if (c.toks[k].break_before || c.toks[k - 1].ends_sentence) return false;
  return true;
}

// Whether the last date told before the match is in the match's own clause: in its sentence, with
// no comma or complementizer between ("profit in the fourth quarter rose 12% from a year
// earlier"; not "said in January that sales rose", "which cut jobs in January, said").
bool last_in_clause(const Args& a) {
  const ResolveContext& c = a.ctx();
  if (!last_in_sentence(a)) return false;
  for (uint32_t k = a.match().tb; k > 0 && c.toks[k - 1].end > c.last_end; --k) {
    const Token& t = c.toks[k - 1];
    if ((t.kind == TokKind::kPunct && t.punct == ',') || class_entry(t, c.lex, c.cues.complementizers)) return false;
  }
  return true;
}

// Whether the paragraph's last date tells which `unit` "the end of the decade" or "mid-decade" is
// of: one of that unit, or, told in the past, a date in an earlier decade than the publication's
// ("She joined in 1962 ... By mid-decade she was touring": 196; "The plant opened in 2019. By the
// end of the decade it will ..." is this decade).
static bool told_decade(const Args& a, const Unit& unit) {
  const ResolveContext& c = a.ctx();
  if (c.last->g == unit.g) return true;
  return unit.g == Granularity::kDecade && c.last->g > Granularity::kDecade && a.tense() < 0 &&
         year_of(c.last->day) / 10 < year_of(c.dct) / 10;
}

bool near_paragraph_of_last_past_day(const Args& a) {
  if (!a.ctx().last_past_day) return false;
  int n = paragraphs_between(a, a.ctx().last_past_day_end);
  return n == 0 || n == 1;
}

bool near_paragraph_of_last_day(const Args& a) {
  if (!a.ctx().last_day) return false;
  int n = paragraphs_between(a, a.ctx().last_day_end);
  return n == 0 || n == 1;
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

std::optional<Resolved> op_ago(const Args& a) {
  const ResolveContext& c = a.ctx();
  auto unit = unit_named(a.text(Key::kUnit));
  auto n = a.num(Key::kN);
  // anchor=day: in prose, only from a day named by a weekday, a deictic or a holiday ("two weeks
  // from Friday", "30 days from tomorrow"), not from a year or month, which mostly opens a stretch
  // ("rose in the 20 years from 2005 to 2025").
  if (a.text(Key::kAnchor) == "day") {
    auto op = a.cand_op(Key::kOf);
    if (!op || (*op != Op::kWeekday && *op != Op::kDeictic && *op != Op::kHoliday))
      return std::nullopt;
    // The weekday counted from is the coming one, whatever the clause's tense: "was moved to two
    // weeks from Friday" on a Wednesday is two weeks after this Friday.
    const Resolved* of = a.cand(Key::kOf);
    auto x = amount_of(a, n);
    if (*op == Op::kWeekday && of->point && of->point->day < c.dct && x) {
      Moment m = *of->point;
      m.day += date::days{7};
      int dir = static_cast<int>(a.num(Key::kDir).value_or(1));
      return with_mod(date_at(moved(m, Amount{x->unit, dir * x->n})), a);
    }
  }
  if (const Resolved* of = a.cand(Key::kOf); of && of->point && of->point->g < Granularity::kDay) {
    if (qualifies_noun(a)) return std::nullopt;
    // "two years before 1990", "a decade after 1990": a point coarser than a day keeps its grain
    if (!unit || !n || unit->clock) return std::nullopt;
    int dir = static_cast<int>(a.num(Key::kDir).value_or(-1));
    sys_days day = add_units(of->point->day, unit->g, dir * static_cast<int>(*n) * unit->steps);
    return with_mod(date_at(truncate(day, std::max(of->point->g, unit->g))), a);
  }
  if (unit && n && !a.has(Key::kOf) &&
      compares_period(c, *unit, *n, a.num(Key::kDir).value_or(-1))) {
    Moment m = *c.reported;
    m.day = add_units(m.day, Granularity::kYear, -1);
    return with_mod(date_at(m), a);
  }
  return relative(a, c.dct);
}

namespace {

// The count an "as many" repeats: the nearest number or ordinal before token `tb` in its sentence
// ("doubled in two years, and could double again in as many months": 2; "the third crash in as
// many years": 3), at most kReach tokens back. nullopt when there is none.
std::optional<int64_t> count_before(const ResolveContext& c, uint32_t tb) {
  constexpr uint32_t kReach = 30;
  int ordinals = c.ordinals;
  for (uint32_t i = tb; i > 0 && tb - i < kReach; --i) {
    const Token& t = c.toks[i - 1];
    if (t.ends_sentence || c.toks[i].break_before) break;
    if (t.kind == TokKind::kNumber && t.digits < 4 && t.number > 0) return t.number;
    if (const LexEntry* e = class_entry(t, c.lex, ordinals); e && e->numeric && e->num > 0)
      return e->num;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Resolved> op_duration(const Args& a) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  Resolved r;
  r.type = TimexType::kDuration;
  auto n = a.num(Key::kN);
  // anchor=count: "in as many years" is as many as the count before it.
  if (a.text(Key::kAnchor) == "count") n = count_before(a.ctx(), a.match().tb);
  if (a.has(Key::kN) && !n && a.text(Key::kN) != "X") return std::nullopt;
  if (!a.has(Key::kN)) n = a.has(Key::kNumerator) || a.has(Key::kDecimals) ? 0 : 1;
  if (n) {  // "2.5 hours" is PT2H30M
    auto x = a.amount(*unit, *n);
    // "9.58 seconds": no unit is finer, so the fraction stays a decimal of the last designator, as
    // ISO 8601 allows (PT9.58S).
    if (const Binding* d = a.part(Key::kDecimals);
        !x && d && unit->g == Granularity::kSecond && *n >= 0) {
      // The digits as written: a number token keeps the value of its first 15 only.
      const Token& t = a.ctx().toks[d->tb];
      std::string_view frac = a.ctx().text.substr(t.begin, t.end - t.begin);
      if (t.kind != TokKind::kNumber || frac.empty() ||
          frac.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
      r.value = "PT" + std::to_string(*n) + "." + std::string(frac) + "S";
      return with_mod(std::move(r), a);
    }
    if (!x || x->n <= 0) return std::nullopt;
    r.value = mixed_duration_value(*unit, *x);
  } else {
    r.value = duration_value(*unit, n);
  }
  return with_mod(std::move(r), a);
}

namespace {

// Whether a superlative stands a few words before the match in its clause, with a word (the rule's
// "in" or "within") right before the match: "the highest level in 20 years", "their biggest
// one-day drop in a decade".
bool after_superlative(const Args& a) {
  const ResolveContext& c = a.ctx();
  uint32_t tb = a.match().tb;
  if (c.superlatives < 0 || tb < 2 || c.toks[tb - 1].kind != TokKind::kWord) return false;
  constexpr uint32_t kReach = 7;
  auto is = [&](const Token& t, std::string_view w) {
    return t.kind == TokKind::kWord && t.word && c.lex.word(t.word) == w;
  };
  // A superlative reaches back with "in" only: "within" is the time a thing takes, ahead ("expect
  // the first replacements to ship within 10 days", "will open its largest park within two years").
  if (is(c.toks[tb - 1], "within")) return false;
  for (uint32_t i = tb - 1; i > 0 && tb - i <= kReach; --i) {
    const Token& t = c.toks[i - 1];
    if (t.ends_sentence || c.toks[i].break_before || (t.kind == TokKind::kPunct && t.punct == ','))
      return false;
    if (class_entry(t, c.lex, c.superlatives)) return true;
  }
  return false;
}

// Whether things counted come right before the "in" or "within" of the match: "three games in
// eight days", "two goals in five minutes", "four home wins in six weeks" are a rate, a stretch
// with no place in time.
bool counted_before(const Args& a) {
  constexpr uint32_t kNoun = 2;  // words between the number and "in" at most
  const ResolveContext& c = a.ctx();
  uint32_t tb = a.match().tb;
  if (tb < 3 || c.toks[tb - 1].kind != TokKind::kWord) return false;
  for (uint32_t k = tb - 1; k > 0 && tb - 1 - k < kNoun; --k) {
    const Token& t = c.toks[k - 1];
    if (t.kind == TokKind::kNumber) return k < tb - 1;
    if (t.kind != TokKind::kWord || t.cap || c.toks[k].break_before) return false;
  }
  return false;
}

// Whether "of" follows the match right away ("within 12 weeks of it closing"): the amount is
// counted from what comes after it.
bool of_follows(const Args& a) {
  const ResolveContext& c = a.ctx();
  uint32_t te = a.match().te;
  if (te >= c.toks.size() || c.toks[te].kind != TokKind::kWord || c.toks[te].break_before) return false;
  uint32_t w = c.toks[te].word;
  return w && w < c.cues.roles.size() && c.cues.roles[w] == TenseRole::kOf;
}

// Whether a share ("59%", "76 percent": share_words) comes before the match in its clause: "59% of
// patients started treatment within 18 weeks" measures how long, against a target, with no place
// in time. A clause link ("and", "but": clause_links) ends the clause: in "prices rose 5% and the
// plant was sold within six months" the share is another clause's.
bool share_before(const Args& a) {
  const ResolveContext& c = a.ctx();
  for (uint32_t k = a.match().tb; k > 0; --k) {
    const Token& t = c.toks[k - 1];
    if (t.ends_sentence || c.toks[k].break_before) return false;
    if (t.end > t.begin && c.text[t.end - 1] == '%') return true;  // "59%", or "%" alone
    if (class_entry(t, c.lex, c.share_words)) return true;
    if (class_entry(t, c.lex, c.clause_links)) return false;
  }
  return false;
}

}  // namespace

std::optional<Resolved> op_past_duration(const Args& a) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  auto n = a.has(Key::kN) ? a.num(Key::kN) : std::optional<int64_t>(a.has(Key::kNumerator) ? 0 : 1);
  std::string value;
  if (n) {  // "in 1/4 hour" is in 15 minutes
    auto x = a.amount(*unit, *n);
    if (!x || x->n <= 0) return std::nullopt;
    value = mixed_duration_value(*unit, *x);
    unit = x->unit, n = x->n;
  } else {
    value = duration_value(*unit, n);
  }
  // Asked of a calendar assistant, "in 2 minutes" is the moment, not the stretch.
  if (a.ctx().options.forward_looking && n && a.num(Key::kDir).value_or(-1) > 0)
    return query_instant(a.ctx(), *unit, *n, a.text(Key::kValue) == "unit");
  Resolved r;
  r.type = TimexType::kDuration;
  r.value = value;
  if (n && !unit->clock) {
    int dir = static_cast<int>(a.num(Key::kDir).value_or(-1));
    if (dir > 0 && after_superlative(a)) dir = -1;  // "the highest level in 20 years"
    sys_days dct = a.ctx().dct;
    // "She led a survey in 1972. Over the next six years her team logged 2,000 dives": told in the
    // past, the coming stretch starts at the date the story is at, not at the publication. A
    // narrative is told from that date whatever the verb ("Her successor cut jobs over the next
    // two years": "cut" may be a present).
    const ResolveContext& c = a.ctx();
    bool narrative = c.options.doc_type == DocType::kNarrative;
    bool from_last = dir > 0 && !c.options.forward_looking && c.last &&
                     (c.last->day < dct || c.options.story_anchor) && (a.tense() < 0 || narrative);
    if (from_last) dct = c.last->day;
    // "will walk out for five days from Tuesday": the stretch starts on that day, and a count of
    // days holds it (Tuesday to Saturday).
    int last_day_off = 0;
    // "the last two weeks of May", "the first three months of 2027": that many units at the
    // start or the end of a month or a year (value=edge; dir 1 the start, -1 the end).
    if (a.text(Key::kValue) == "edge") {
      const Resolved* of = a.cand(Key::kOf);
      if (!of || !of->point || of->type != TimexType::kDate ||
          (of->point->g != Granularity::kMonth && of->point->g != Granularity::kYear) ||
          of->point->g >= unit->g)  // coarser than the unit: a month holds weeks
        return std::nullopt;
      sys_days from = of->point->day;
      sys_days to = add_units(from, of->point->g, 1) - days{1};
      sys_days cut = dir > 0 ? add_units(from, unit->g, static_cast<int>(*n) * unit->steps) - days{1}
                             : add_units(to + days{1}, unit->g, -static_cast<int>(*n) * unit->steps);
      if (cut < from || cut > to) return std::nullopt;  // "the first 40 days of May"
      r.range = dir > 0 ? format_day(from) + "/" + format_day(cut) : format_day(cut) + "/" + format_day(to);
      return with_mod(std::move(r), a);
    }
    // "the last ten days before Christmas", "the final week before the vote on May 3": that many
    // units right before a day (value=before), the day not included.
    // "the last ten days before the holiday" (value=before_feast): the day of the feast named last
    // before it ("Christmas sales rose ... in the last ten days before the holiday").
    if (a.text(Key::kValue) == "before" || a.text(Key::kValue) == "before_feast") {
      const Resolved* of = a.cand(Key::kOf);
      std::optional<Moment> day;
      if (a.text(Key::kValue) == "before_feast") {
        // The nearest feast before it among the candidates found, in its sentence or the one
        // before ("Easter was quiet. ..." three paragraphs on names no holiday); not when "of"
        // follows ("the last week before the festival of lights" is another feast).
        uint32_t nearest = 0;
        for (const Candidate& f : c.cands)
          if (f.match.te <= a.match().tb && f.match.te > nearest &&
              c.rules[f.match.rule].op == Op::kHoliday && f.res.point)
            day = f.res.point, nearest = f.match.te;
        uint32_t ends = 0;
        for (uint32_t k = nearest ? nearest - 1 : 0; day && k < a.match().tb; ++k)
          ends += c.toks[k].ends_sentence ? 1 : 0;
        // The rule's context ("before the holiday") follows the match: "of" right after it.
        bool of_follows = false;
        for (uint32_t k = a.match().te; k < c.toks.size() && k < a.match().te + 4; ++k) {
          uint32_t w = c.toks[k].word;
          if (c.toks[k].kind != TokKind::kWord || !w) break;
          if (k > a.match().te + 1 && w < c.cues.roles.size() && c.cues.roles[w] == TenseRole::kOf)
            of_follows = true;
          if (c.toks[k].ends_sentence) break;
        }
        if (ends > 1 || of_follows) day.reset();
      } else if (of && of->point && of->type == TimexType::kDate)
        day = of->point;
      if (!day || day->g != Granularity::kDay || unit->g > Granularity::kDay) return std::nullopt;
      sys_days from = add_units(day->day, unit->g, -static_cast<int>(*n) * unit->steps);
      r.range = format_day(from) + "/" + format_day(day->day - days{1});
      return with_mod(std::move(r), a);
    }
    if (const Resolved* of = a.cand(Key::kOf)) {
      if (!of->point || of->point->g != Granularity::kDay || dir < 0) return std::nullopt;
      dct = of->point->day;
      from_last = false;
      if (unit->g == Granularity::kDay) last_day_off = -1;
    }
    // "raised 210,000 pounds in a month", "sold out within two weeks" (value=span: "in" or
    // "within" and an amount): told in the past, how long it took, with no place in time ("will
    // finish in a month" stays ahead; "did not expect it over the next 14 months, he said" too).
    // From the date the story is at, it is a stretch after that date ("in 1972 ... in two years").
    // A share done within that long is how long it took, from whatever date: "In the year to
    // September, 59% started treatment within 18 weeks".
    if (dir > 0 && (!from_last || share_before(a)) && !c.options.forward_looking &&
        a.text(Key::kValue) == "span" && (a.tense() < 0 || counted_before(a)))
      return with_mod(std::move(r), a);
    // "a response within 12 weeks of it closing", "a report within 90 days of the start date":
    // counted from something else the sentence names, not from now; how long, with no place in
    // time (a rule that binds the day after "of" went above).
    if (dir > 0 && a.text(Key::kValue) == "span" && !c.options.forward_looking && of_follows(a))
      return with_mod(std::move(r), a);
    sys_days other = add_units(dct, unit->g, dir * static_cast<int>(*n) * unit->steps) + days{last_day_off};
    // From a year ("in 1972 ... over the next six years", "within a decade"), the stretch runs in
    // years: 1972/1978.
    if (from_last && c.last->g == Granularity::kYear && unit->g <= Granularity::kYear) {
      r.range = format_day(dct).substr(0, 4) + "/" + format_day(other).substr(0, 4);
      return with_mod(std::move(r), a);
    }
    r.range = dir < 0 ? format_day(other) + "/" + format_day(dct)
                      : format_day(dct) + "/" + format_day(other);
  }
  return with_mod(std::move(r), a);
}

// Whether `last` is the start of a "since" phrase ("every night since August", "since late
// August"): a bound of a stretch that runs on, not a time something happened in.
static bool last_is_since_bound(const ResolveContext& c) {
  size_t i = 0;
  while (i < c.toks.size() && c.toks[i].end < c.last_end) ++i;
  if (i >= c.toks.size() || c.toks[i].end != c.last_end) return false;
  for (size_t k = 0; k < 5 && i > 0; ++k) {
    const Token& t = c.toks[--i];
    if ((t.kind == TokKind::kPunct && t.punct != '-') || t.ends_sentence) return false;
    if (t.kind == TokKind::kWord && t.word && c.lex.word(t.word) == "since") return true;
  }
  return false;
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
  std::string_view anchor = a.text(Key::kAnchor);
  // "the quarter ended July 31": the three months up to that day, named by the calendar quarter
  // holding most of them (May to July: the second).
  if (const Resolved* of = a.cand(Key::kOf)) {
    if (!of->point || of->point->g < Granularity::kDay || unit->g != Granularity::kQuarter)
      return std::nullopt;
    Moment held = truncate(of->point->day - date::days{45}, unit->g);
    if (c.options.forward_looking || !c.reported || c.reported->g != unit->g)
      return with_mod(date_at(held), a);
    // A fiscal name under report that is not the calendar quarter of those months ("its fiscal
    // first quarter ... the quarter ended Sept. 30") is the calendar one here, as the day says;
    // "the quarter" and "a year earlier" after it still speak of the fiscal name, as TimeBank
    // writes them.
    if (c.reported->day == held.day) return with_mod(date_at(*c.reported), a);
    auto r = with_mod(date_at(held), a);
    if (r) r->beside_reported = true;
    return r;
  }
  // "the 1988 period", "the corresponding quarter last year": the period under report, in another
  // year; the year alone when no period is under report.
  if (anchor == "reported") {
    Moment m = c.reported && !c.options.forward_looking ? *c.reported
                                                        : truncate(c.dct, Granularity::kYear);
    auto year = a.num(Key::kYear);
    int target = year ? static_cast<int>(*year) : year_of(m.day) + dir * n;
    m.day = add_units(m.day, Granularity::kYear, target - year_of(m.day));
    return with_mod(date_at(m), a);
  }
  bool news = c.options.doc_type != DocType::kNarrative && !c.options.forward_looking;
  // "The previous night", "the following morning" (a part of a day one day off): next to the day
  // the story has reached (ResolveContext::last_told_day), whatever came since: a coarser date that
  // ends before that day ("every night since August", "in 2025"), or a day that only bounds a
  // stretch ("agreed to let corridors open from Monday morning"). A coarser date that reaches past
  // the told day moved the story on, and the code below reads the night from it.
  if (news && anchor == "prior" && a.has(Key::kPod) && n == 1 && dir != 0 && unit->g == Granularity::kDay &&
      c.last && c.last_told_day &&
      (c.last->g >= Granularity::kDay || c.last_told_day->day > last_day(*c.last))) {
    Moment m = truncate(add_units(c.last_told_day->day, unit->g, dir), Granularity::kDay);
    return with_mod(date_at(with_pod(m, a)), a);
  }
  // "Two years on, the town ...": that long after the last date of the paragraph; with none, the
  // untold event lies that far back and the phrase speaks of now (the publication year, day...).
  if (anchor == "since") {
    if (!(news && c.last && in_paragraph_of_last(a)))
      return with_mod(date_at(truncate(c.dct, unit->factor > 1 ? Granularity::kYear : unit->g)), a);
    anchor = "last";
  }
  // "the quarter" in news, "the latest quarter" anywhere: the one under report if it is a quarter
  // (a fiscal first quarter), else the one before the publication date's.
  if ((news && anchor == "previous") || anchor == "latest") {
    if (!c.options.forward_looking && c.reported && c.reported->g == unit->g)
      return with_mod(date_at(*c.reported), a);
    base.day = add_units(base.day, unit->g, -1);
    if (anchor == "latest") return with_mod(date_at(base), a);
  }
  // News mode anchors "that year", "two days later" on the last date of the paragraph, and "the
  // following month" (anchor=prior) on the last date before it anywhere; a forward year count
  // ("a year later") near the publication year stays a comparison with the publication date. A
  // date coarser than the unit ("next spring" before "the same day") cannot anchor it. Every
  // backward count on the last date (anchor=last, dir < 0: "the year before", and "a year
  // earlier" in the paragraph of "last year") counts from the year told of: "up from 1,700 the
  // year before" after "last year" is the year before that.
  bool on_last =
      news && c.last &&
      ((anchor == "last" && (in_paragraph_of_last(a) || n * dir == 0)) || anchor == "prior" ||
       (anchor == "told" && in_paragraph_of_last(a) && told_decade(a, *unit))) &&
      c.last->g >= unit->g &&
      !(dir != 0 && unit->g == Granularity::kYear && !(anchor == "last" && dir < 0) &&
        std::abs(year_of(c.last->day) - year_of(c.dct)) <= 1);
  // "Two months later" than "the spring of 2021": the told period moved on, at the finest grain
  // that holds all of it (2021-SP: the month is unknown; six months after 2019 is about 2019), not
  // two months from the publication date. Days or weeks after a bare year tell of some untold
  // event instead.
  if (news && anchor == "prior" && n * dir != 0 && c.last && c.last->g < unit->g && !unit->clock &&
      c.last->g >= Granularity::kYear && unit->factor == 1 &&
      (unit->g < Granularity::kWeek || c.last->g >= Granularity::kSeason)) {
    int shift = dir * n * unit->steps;
    // "The previous night" after "every night since August", with a day told after that month
    // ("on Monday" two paragraphs up, in any paragraph: the day the story is about): the night
    // before that day. A day-grain step never widens
    // to the year: "In March ... The next day" is about March.
    bool day_step = unit->g >= Granularity::kDay && n == 1;
    if (day_step && c.last_day && c.last_day->day > last_day(*c.last) && last_is_since_bound(c)) {
      Moment m = truncate(add_units(c.last_day->day, unit->g, shift), Granularity::kDay);
      return with_mod(date_at(with_pod(m, a)), a);
    }
    sys_days from = add_units(c.last->day, unit->g, shift);
    sys_days to = add_units(last_day(*c.last), unit->g, shift);
    if (day_step && c.last->g >= Granularity::kSeason)
      return with_mod(date_at(truncate(dir > 0 ? from : to, c.last->g)), a);
    for (Granularity g : {c.last->g, Granularity::kYear})
      if (truncate(from, g).day == truncate(to, g).day)
        return with_mod(date_at(truncate(from, g)), a);
    Resolved r = date_at(truncate(from, Granularity::kYear));
    r.mod = "APPROX";
    return r;
  }
  // "48 hours later" than a day is the day it falls on ("five hours later" the same day); than a
  // time of day, that time.
  bool anaphoric = c.options.doc_type == DocType::kNarrative ||
                   (news && ((anchor == "last" && in_paragraph_of_last(a)) || anchor == "prior"));
  if (unit->clock && dir != 0 && c.last && c.last->g >= Granularity::kDay && anaphoric) {
    bool timed = c.last->g >= Granularity::kHour;
    int64_t at = timed ? int64_t{c.last->minutes} * 60 + c.last->seconds : 12 * 3600;
    Moment out = at_second(c.last->day, at + int64_t{dir} * n * seconds_per(*unit));
    out.g = timed ? std::max(c.last->g, unit->g) : Granularity::kDay;
    if (!timed) out = truncate(out.day, Granularity::kDay);
    return with_mod(date_at(out), a);
  }
  // "that same day" after "last October": a day of that month, which one unknown (1998-10-XX);
  // "the same" points back in any paragraph, as on_last says.
  bool narrative = c.options.doc_type == DocType::kNarrative;
  if ((narrative || (news && anchor == "last")) && n * dir == 0 && c.last) {
    // TIMEX3 writes no unknown week of a known month: the month says most ("the same week" after
    // "in March 2019" is 2019-03).
    if (c.last->g == Granularity::kMonth && unit->g == Granularity::kWeek)
      return with_mod(date_at(*c.last), a);
    if (auto v = unknown_part_of(*c.last, unit->g)) {
      Resolved r;
      r.value = std::move(*v);
      return with_mod(std::move(r), a);
    }
  }
  // "up from 1,700 the year before" right after "last year" counts from that year, not from a
  // month under report.
  const Match& mt = a.match();
  bool before = mt.te > mt.tb && c.toks[mt.te - 1].kind == TokKind::kWord && c.toks[mt.te - 1].word &&
                c.lex.word(c.toks[mt.te - 1].word) == "before";
  if (compares_period(c, *unit, n, dir) && !(on_last && anchor == "last" && before)) {
    base = *c.reported;
    // "Apex said profit in the fourth quarter rose 12% from a year earlier": the period its own
    // sentence names, though another report's month came before ("Factory orders fell in
    // January.").
    if (anchor == "last" && last_in_clause(a) && is_reported_period(*c.last, c.dct)) base = *c.last;
  } else if ((c.options.doc_type == DocType::kNarrative || on_last) && c.last) {
    base = *c.last;
    // "The battle lasted from 1 to 3 July 1916. A month later, ...": later than a range is later
    // than its end (earlier than it, than its start).
    if (n * dir > 0 && c.last_to && c.last_to->day > c.last->day) base = *c.last_to;
    // "a year later" than a day is a year; "a decade later" than 1998 is 2008, not the 2000s, but
    // than the 1970s the 1980s, as is "the following decade" (whole=1) than 1998: the 2000s, and
    // "that decade" or "the end of the decade" after 1961 is the 1960s.
    bool whole = a.has(Key::kWhole) || n * dir == 0;
    Granularity g =
        unit->factor > 1 && base.g != unit->g && !whole ? Granularity::kYear : unit->g;
    // A narrative's "the following year" after "3 May 1843" is 1844 (whole=1: the unit it names,
    // as news reads it from its last date), "the next month" after a week a month, and "a century
    // later" than a day a year; "a year later", "two weeks later" keep the day, as TimeBank's
    // "a year earlier" does (1988-08-12).
    bool coarsen = on_last || n * dir == 0 || (narrative && (whole || unit->factor > 1));
    if (base.g < g || (coarsen && base.g > g)) base = truncate(base.day, g);
  }
  if (base.g >= Granularity::kPartOfDay) base = truncate(base.day, Granularity::kDay);
  Moment m = base;
  m.day = add_units(base.day, unit->g, dir * n * unit->steps);
  m = truncate(m.day, base.g);
  // "the next morning"; "the weekend before" (a week's weekend).
  if (m.g == Granularity::kDay || (m.g == Granularity::kWeek && a.text(Key::kPod) == "WE"))
    m = with_pod(m, a);
  return with_mod(date_at(m), a);
}

std::string duration_value(const Unit& u, std::optional<int64_t> n) {
  std::string amount = n ? std::to_string(*n * u.factor) : "X";
  if (!n && u.factor == 10) return "PXDE";
  if (!n && u.factor == 100) return "PXCE";
  return std::string(u.clock ? "PT" : "P") + amount + std::string(u.letter);
}

}  // namespace chronoline::temporal::internal

namespace chronoline::temporal {

bool is_reported_period(const Moment& m, date::sys_days dct) {
  return m.g >= Granularity::kHalf && m.g <= Granularity::kMonth &&
         m.day > add_units(dct, Granularity::kYear, -1) &&
         m.day <= add_units(dct, Granularity::kYear, 1);
}

bool replaces_reported(const Moment& m, const Moment& reported, date::sys_days dct) {
  if (last_day(reported) >= dct) return true;
  return last_day(m) < dct && last_day(m) >= reported.day && m.g <= reported.g;
}

}  // namespace chronoline::temporal
