// Resolve ops for clock times: "5:49 p.m.", "9 tomorrow", "a quarter past 3pm", "noon Thursday".
#include "temporal/resolve_internal.h"

namespace chronoline::temporal::internal {

using date::days;
using date::sys_days;

namespace {

// How many days before the publication the day a story is about must be for a clock time in a
// later paragraph to fall on it (op_time).
constexpr int kStoryDayGap = 7;

// Whether an hour `h` (0..23) is over at the anchor: a calendar assistant still means today for a
// time in the current hour ("at 4:23" asked at 4:30 is today's), as Duckling does.
bool hour_passed(const ResolveContext& c, int h) {
  return c.dct_time && h * 60 < c.dct_time->count() / 60 * 60;
}

// A time written on a 12-hour clock without am/pm (hour `h` in 1..12) placed on `day`, or on a
// part of it (`pod`): the evening reading in the afternoon, evening or night ("tonight at 11"; at
// 12 that is the midnight ending it), the morning one in the morning; otherwise the morning one
// unless that is over today and the evening one is not. A query's time already over goes to the
// next day.
void twelve_hour_on(const ResolveContext& c, Moment& m, int h, std::string_view pod) {
  int minute = m.minutes % 60;
  if (pod == "AF" || pod == "EV" || pod == "NI")
    h += 12;  // 12 + 12: midnight
  else if (pod == "MO")
    h %= 12;
  else if (h < 12 && m.day == c.dct && hour_passed(c, h) && !hour_passed(c, h + 12))
    h += 12;
  if (h == 24) h = 0, m.day += days{1};
  if (!pod.empty() && m.day == c.dct && hour_passed(c, h)) m.day += days{1};
  m.minutes = h * 60 + minute;
}

// The day named right after a time's bracketed conversion, which keeps the two apart for the
// rules: "occurred at 10:35 a.m. (0735 GMT) Friday" is on Friday, the Friday before the
// publication date unless the clause looks ahead; so "at 0315 local time (0115 GMT) on Monday".
// nullopt when no bracket and weekday follow.
std::optional<sys_days> day_after_conversion(const Args& a) {
  const ResolveContext& c = a.ctx();
  const std::vector<Token>& toks = c.toks;
  auto punct = [&](uint32_t i, char ch) {
    return i < toks.size() && toks[i].kind == TokKind::kPunct && toks[i].punct == ch;
  };
  uint32_t k = a.match().te;
  auto word = [&](uint32_t i, std::string_view w) {
    return i < toks.size() && toks[i].kind == TokKind::kWord && c.lex.word(toks[i].word) == w;
  };
  // "at around 0315 local time (0115 GMT) on Monday": the zone's words before the bracket.
  if (word(k, "local") && word(k + 1, "time")) k += 2;
  if (!punct(k, '(')) return std::nullopt;
  constexpr uint32_t kConversion = 6;  // "(0735 GMT)", "(10:35 p.m. EDT)"
  uint32_t close = k + 1;
  while (close < toks.size() && close - k <= kConversion && !punct(close, ')')) ++close;
  if (!punct(close, ')')) return std::nullopt;
  k = close + 1;
  if (punct(k, ',')) ++k;
  if (k < toks.size() && toks[k].kind == TokKind::kWord && c.lex.word(toks[k].word) == "on") ++k;
  const LexEntry* wd =
      k < toks.size() && toks[k].cap ? class_entry(toks[k], c.lex, c.weekdays) : nullptr;
  if (!wd || !wd->numeric) return std::nullopt;
  date::weekday want{static_cast<unsigned>(wd->num % 7)};
  if (date::weekday{c.dct} == want) return c.dct;
  if (a.tense() > 0) return c.dct + (want - date::weekday{c.dct});
  return c.dct - (date::weekday{c.dct} - want);
}

}  // namespace

namespace {

// Whether a colon reading with no half of the day is a time taken: after a cue word ("won in
// 3:28", "clocked 2:05:37"), with hundredths glued on ("3:28.45"), or the tail of one.
bool elapsed(const Args& a) {
  const Binding* h = a.part(Key::kHour);
  const Binding* m = a.part(Key::kMinute);
  const std::vector<Token>& toks = a.ctx().toks;
  if (!h || !m || m->tb != h->te + 1 || toks[h->te].punct != ':') return false;
  uint32_t last = m->te;
  if (const Binding* s = a.part(Key::kSecond)) last = s->te;
  if (last + 1 < toks.size() && toks[last].kind == TokKind::kPunct && toks[last].punct == '.' &&
      !toks[last].space_before && !toks[last + 1].space_before &&
      toks[last + 1].kind == TokKind::kNumber)
    return true;
  if (h->tb >= 2 && toks[h->tb - 1].kind == TokKind::kPunct && toks[h->tb - 1].punct == ':' &&
      !toks[h->tb].space_before && !toks[h->tb - 1].space_before &&
      toks[h->tb - 2].kind == TokKind::kNumber)
    return true;  // the "05:37" of a "2:05:37" refused as a whole
  if (!a.part(Key::kSecond) && last + 1 < toks.size() && toks[last].kind == TokKind::kPunct &&
      toks[last].punct == ':' && !toks[last].space_before && !toks[last + 1].space_before &&
      toks[last + 1].kind == TokKind::kNumber)
    return true;  // the "2:00" of a "2:00:35" refused as a whole (a clock one is read whole)
  if (h->tb > 0 && class_entry(toks[h->tb - 1], a.ctx().lex, a.ctx().elapsed_cues)) return true;
  // "The record of 2:00:35", "She ran 2:18:44": hours, minutes and seconds with a one-digit hour
  // after a word of a race or a record (race_cues, up to three words before, none of them a
  // preposition of a clock time: the tense model's DATE_PREP) is a time taken; without one it is
  // a clock time ("The quake struck 4:05:10 on Friday").
  const Binding* s = a.part(Key::kSecond);
  if (!s || h->te != h->tb + 1) return false;
  std::string_view hour = a.ctx().text.substr(toks[h->tb].begin, toks[h->tb].end - toks[h->tb].begin);
  if (hour.size() != 1) return false;
  const ResolveContext& c = a.ctx();
  uint32_t words = 0;
  for (uint32_t k = h->tb; k-- > 0 && words < 3;) {
    const Token& t = toks[k];
    if (t.ends_sentence || toks[k + 1].break_before) break;
    if (t.kind != TokKind::kWord) continue;
    if (class_entry(t, c.lex, c.race_cues)) return true;
    if (t.word < c.cues.roles.size() && c.cues.roles[t.word] == TenseRole::kDatePrep) break;
    ++words;
  }
  return false;
}

// Whether the last date told before the match is a month, season or year that does not hold the
// publication day, in the match's sentence ("The talks ended in March 2019 at 20:30 UTC").
bool in_other_period(const Args& a) {
  const ResolveContext& c = a.ctx();
  if (!c.last || c.last->g >= Granularity::kDay || c.last->g < Granularity::kYear) return false;
  if (c.dct >= c.last->day && c.dct <= last_day(*c.last)) return false;
  for (uint32_t k = a.match().tb; k-- > 0;) {
    const Token& t = c.toks[k];
    if (t.end <= c.last_end) return true;
    if (t.ends_sentence || c.toks[k + 1].break_before ||
        (t.kind == TokKind::kPunct && t.punct == ';'))
      return false;
  }
  return false;
}

// Whether the time, to the minute, opens a line and a dash, colon or bar (or the line's end)
// follows it, or its zone: the stamp of a live blog's entry ("09:40 GMT - Talks have started"),
// which is on the publication day, not on the day the entry before it told of.
bool entry_stamp(const Args& a, bool has_minute) {
  const std::vector<Token>& toks = a.ctx().toks;
  const Match& m = a.match();
  if (!has_minute || (m.tb > 0 && !toks[m.tb].line_start)) return false;
  uint32_t e = m.te;
  if (e < toks.size() && class_entry(toks[e], a.ctx().lex, a.ctx().cues.zones)) ++e;  // "GMT"
  if (e >= toks.size()) return false;
  const Token& next = toks[e];
  return next.line_start || (next.kind == TokKind::kPunct &&
                             (next.punct == '-' || next.punct == ':' || next.punct == '|'));
}

// Whether a time in the small hours (`minutes` past midnight, before 6 a.m., written "a.m." or on
// a 24-hour clock) told after `told`, an evening or night of a day or a time on it from 6 p.m., is
// in the night that follows: "the warning became an order just after 11 p.m., and deputies went
// door to door until about 3 a.m." (the next day's 3 a.m.).
bool small_hours_after_evening(const Moment& told, int minutes, std::string_view ampm,
                               bool h_clock) {
  if (minutes >= 6 * 60 || (ampm != "am" && !h_clock)) return false;
  std::string_view pod = told.pod;
  if (told.g == Granularity::kPartOfDay) return pod == "EV" || pod == "NI";
  return told.g > Granularity::kDay && told.minutes >= 18 * 60;
}

// Whether the last date told, after the last past day, holds the publication day ("this week",
// "this month", "Wednesday"): the story has come back from that day to now ("the last on March 11
// ... would not use them this week ... cleared main roads by 6 a.m." is this morning's).
bool back_to_now(const ResolveContext& c) {
  return c.last && c.last_past_day && c.last_end > c.last_past_day_end && c.last->day <= c.dct &&
         last_day(*c.last) >= c.dct;
}

// Whether "from" comes right before the match: "from midnight".
bool after_from(const Args& a) {
  const ResolveContext& c = a.ctx();
  uint32_t tb = a.match().tb;
  return tb > 0 && c.toks[tb - 1].kind == TokKind::kWord && c.toks[tb - 1].word &&
         c.lex.word(c.toks[tb - 1].word) == "from";
}

}  // namespace

std::optional<Resolved> op_time(const Args& a) {
  auto hour = a.num(Key::kHour);
  if (!hour) return std::nullopt;
  int h = static_cast<int>(*hour);
  int min = static_cast<int>(a.num(Key::kMinute).value_or(0));
  int sec = static_cast<int>(a.num(Key::kSecond).value_or(-1));
  bool has_minute = a.has(Key::kMinute);
  if (h >= 100 && !has_minute) {  // "1030", "330 p.m.": hours and minutes in one number
    min = h % 100, h /= 100, has_minute = true;
    if (min > 59) return std::nullopt;
    // Not when more digits are glued on: "at 650.650.6500" is a phone number, "at 1030.5" a price.
    const std::vector<Token>& toks = a.ctx().toks;
    uint32_t next = a.part(Key::kHour)->te;
    if (next + 1 < toks.size() && toks[next].kind == TokKind::kPunct && !toks[next].space_before &&
        toks[next + 1].kind == TokKind::kNumber && !toks[next + 1].space_before)
      return std::nullopt;
  }
  // "midnight" (hour=24, no number written): alone the start of its day; time_on puts it at the
  // end of a day it names.
  bool end_of_day = h == 24;
  if (end_of_day && !a.part(Key::kHour)) h = 0;
  std::string_view ampm = a.text(Key::kAmpm);
  for (Key k : {Key::kHour, Key::kMinute, Key::kSecond})  // "5pm", "3:18am"
    if (const Binding* b = a.part(k)) {
      NumSuffix s = a.ctx().toks[b->tb].suffix;
      if (s == NumSuffix::kAm || s == NumSuffix::kShortAm) ampm = "am";
      if (s == NumSuffix::kPm || s == NumSuffix::kShortPm) ampm = "pm";
    }
  std::string_view pod = a.text(Key::kPod);  // "3:15 in the afternoon"
  bool late_pod = pod == "AF" || pod == "EV" || pod == "NI";
  if (ampm.empty() && late_pod && h < 12) ampm = "pm";
  if (ampm.empty() && pod == "MO" && h <= 12) ampm = "am";  // "3 in the morning"
  if (h > 24 || min > 59 || sec > 59) return std::nullopt;
  if (ampm.empty() && pod.empty() && elapsed(a)) return std::nullopt;
  if (ampm == "pm" && h < 12) h += 12;
  if (ampm == "am" && h == 12) h = 0;
  const ResolveContext& c = a.ctx();
  bool forward = c.options.forward_looking;
  sys_days day = c.dct;
  // "this evening at 12": the midnight that ends the evening.
  if (ampm.empty() && late_pod && h == 12 && !has_minute) h = 0, day += days{1};
  // "15h", "3h18": a 24-hour clock reading, to the minute as "15:00" is.
  const Binding* hb = a.part(Key::kHour);
  bool h_clock = hb && c.toks[hb->tb].suffix == NumSuffix::kH;
  // A reading that could be morning or evening: "at 3", "4:23" (not "15:00", "0:30", "noon").
  bool twelve_hour = ampm.empty() && !h_clock && h >= 1 && h < 12 && hb && pod.empty();
  int clock_hour = ampm.empty() && !h_clock && h >= 1 && h <= 12 && hb && pod.empty() ? h : 0;
  bool story_day = false;  // the day comes from the story, not from the publication
  bool undated = false;    // the sentence is about a month or year of another time: no day
  if (const Resolved* of = a.cand(Key::kOf)) {  // "9 tomorrow", "5 tomorrow afternoon"
    // In prose a bare number before a day is rarely a time ("killed 12 Sunday"); only queries.
    if (!forward && ampm.empty() && !has_minute) return std::nullopt;
    if (!of->point ||
        (of->point->g != Granularity::kDay && of->point->g != Granularity::kPartOfDay))
      return std::nullopt;
    day = of->point->day;
    std::string_view p = of->point->pod;
    if (ampm.empty() && (p == "AF" || p == "EV" || p == "NI") && h < 12) h += 12;
    clock_hour = 0;
  } else if (!forward && entry_stamp(a, has_minute)) {
    // A live blog's entry stamp: on the publication day.
  } else if (auto named = forward ? std::nullopt : day_after_conversion(a)) {
    day = *named;
    story_day = true;
  } else if (!forward && c.last && c.last->g >= Granularity::kDay &&
             (c.options.doc_type == DocType::kNarrative || in_paragraph_of_last(a))) {
    // A clock time in a story about a given day is on that day: "On Oct. 23 ... at 10 p.m.".
    day = c.last->day;
    story_day = true;
    if (small_hours_after_evening(*c.last, h * 60 + min, ampm, h_clock)) day += days{1};
  } else if (!forward && c.last_day && c.last_day->day != c.dct && c.last_past_day &&
             (a.tense() < 0 || (a.tense() > 0 && a.past_prospect())) &&
             (near_paragraph_of_last_past_day(a) ||
              (c.dct - c.last_past_day->day > days{kStoryDayGap} && !back_to_now(c)))) {
    // Told in the past with no date near it, it is on the last day the story named when that day
    // is told of in its paragraph or the one before ("The port reopened on Monday.\n\nThe first
    // vessel docked at 6 a.m."), or, in a story about a day well before the publication (more
    // than kStoryDayGap days), in any paragraph. A day nearer the publication named further back
    // is mostly another event's ("... Saturday's match.\n\n...\n\nThe strike began at 6
    // a.m."): the time is then the latest such before the publication (the publication day, or
    // the day before: below). So for a plan told in the past: "Her flight was due to leave at
    // 10.30am", "One flight, scheduled to land at 5.45am, was diverted".
    // A day ahead named since does not change what the story is about ("... and the next seat
    // was on Thursday.\n\nOne flight, scheduled to land at 5.45am, was diverted"); the
    // publication day named since does (the time is then on it: below).
    day = c.last_past_day->day;
    story_day = true;
    if (small_hours_after_evening(*c.last_past_day, h * 60 + min, ampm, h_clock)) day += days{1};
  } else if (!forward && in_other_period(a)) {
    // "The talks ended in March 2019 at 20:30 UTC": a clock time in a sentence about a month or
    // year that does not hold the publication day is on some day of it, not on that day.
    undated = true;
  } else if (!forward && c.dct_time && h * 60 + min > c.dct_time->count() &&
             (a.tense() < 0 || (a.tense() == 0 && a.sentence_tense() < 0))) {
    // Told in the past, a time later in the day than the publication is the day before's: "Polls
    // closed at 7:30 p.m." in a story published at 1:42 a.m.; so when the past verb is far from
    // the time ("Networks called the race for X, a ... with ..., at 11:30 p.m. ET").
    day -= days{1};
  } else if (forward && day == c.dct && hour_passed(c, h)) {
    // A calendar assistant means the next such time: later today on a 12-hour clock, else tomorrow.
    if (twelve_hour && !hour_passed(c, h + 12))
      h += 12;
    else
      day += days{1};
  }
  // "The fire started on Wednesday ... and had burnt 12,000 hectares by midnight": on a day the
  // story is about, a bare "midnight" is the one that ends it.
  // "a warning covering Wednesday from midnight to 11am": a stretch from midnight starts the day.
  if (end_of_day && story_day && !a.part(Key::kHour) && !after_from(a)) day += days{1};
  // News values keep minutes ("T15:00", as TimeBank writes them); queries name the hour ("T15").
  Granularity g = sec >= 0                            ? Granularity::kSecond
                  : has_minute || !forward || h_clock ? Granularity::kMinute
                                                      : Granularity::kHour;
  Moment m{day, g, h * 60 + min};
  m.seconds = sec >= 0 ? sec : 0;
  Resolved r = date_at(m);
  r.clock_hour = forward ? clock_hour : 0;
  r.end_of_day = end_of_day;
  if (undated) {
    r.value = "XXXX-XX-XX" + r.value.substr(10);
    r.point.reset();
  }
  return r;
}

std::optional<Resolved> op_clock_shift(const Args& a) {
  const Resolved* time = a.cand(Key::kTime);
  auto n = a.num(Key::kN);
  if (!time || !time->point || !n || *n <= 0 || *n >= 60 || time->point->g < Granularity::kHour)
    return std::nullopt;
  Moment m = *time->point;
  int total = m.minutes + static_cast<int>(a.num(Key::kDir).value_or(1) * *n);
  if (total < 0) total += 1440, m.day -= days{1};
  if (total >= 1440) total -= 1440, m.day += days{1};  // "10 minutes after midnight Friday"
  m.minutes = total % 1440;
  m.g = Granularity::kMinute;
  return date_at(m);
}

std::optional<Resolved> op_time_on(const Args& a) {
  const Resolved* time = a.cand(Key::kTime);
  const Resolved* day = a.cand(Key::kOf);
  // "at 20:30 UTC" in a sentence about another month or year: a time of no known day, as is.
  if (time && !time->point && !day && a.has(Key::kZone) && time->value.starts_with("XXXX"))
    return *time;
  // With neither a day nor a zone offset the rule named the clock in words ("10 a.m. Pacific
  // time", "8 p.m. Hong Kong time"): the time itself, the words inside its span, no conversion.
  if (!time || !time->point || (day && !day->point)) return std::nullopt;
  // A query may name a month or year: "in 4 years at 5pm" is at 5pm on that month's first day.
  Granularity coarsest = a.ctx().options.forward_looking ? Granularity::kMonth : Granularity::kDay;
  if (day && day->point->g < coarsest) return std::nullopt;
  // A time that names its own day ("this afternoon", "Friday night") is not a time on another
  // one: "early yesterday, this afternoon" is a list.
  if (day && a.cand_op(Key::kTime) != Op::kTime && a.cand_op(Key::kTime) != Op::kClockShift)
    return std::nullopt;
  Moment m = *time->point;
  if (day) {
    m.day = day->point->day;  // "in 7 days at 5pm": the day of a finer point
    // "midnight Friday": Friday's end, unless the rule says its start ("after midnight Friday").
    if (time->end_of_day && a.num(Key::kHour) != 0) m.minutes = 24 * 60;
    if (time->clock_hour) twelve_hour_on(a.ctx(), m, time->clock_hour, day->point->pod);
  }
  // A query that knows its own UTC offset converts a time written in another zone into it.
  auto zone = a.num(Key::kZone);
  const ResolveContext& c = a.ctx();
  if (zone && c.options.forward_looking && c.utc_offset && m.g >= Granularity::kHour) {
    int total = m.minutes - static_cast<int>(*zone) + static_cast<int>(c.utc_offset->count());
    int shift = total < 0 ? -1 : total >= 1440 ? 1 : 0;
    m.day += days{shift};
    m.minutes = total - shift * 1440;
    m.g = Granularity::kMinute;
  }
  return date_at(m);
}

}  // namespace chronoline::temporal::internal
