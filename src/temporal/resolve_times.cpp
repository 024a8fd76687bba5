// Resolve ops for clock times: "5:49 p.m.", "9 tomorrow", "a quarter past 3pm", "noon Thursday".
#include "temporal/resolve_internal.h"

namespace chronoline::temporal::internal {

using date::days;
using date::sys_days;

namespace {

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
  std::string ampm = a.text(Key::kAmpm);
  for (Key k : {Key::kHour, Key::kMinute, Key::kSecond})  // "5pm", "3:18am"
    if (const Binding* b = a.part(k)) {
      NumSuffix s = a.ctx().toks[b->tb].suffix;
      if (s == NumSuffix::kAm || s == NumSuffix::kShortAm) ampm = "am";
      if (s == NumSuffix::kPm || s == NumSuffix::kShortPm) ampm = "pm";
    }
  std::string pod = a.text(Key::kPod);  // "3:15 in the afternoon"
  bool late_pod = pod == "AF" || pod == "EV" || pod == "NI";
  if (ampm.empty() && late_pod && h < 12) ampm = "pm";
  if (ampm.empty() && pod == "MO" && h <= 12) ampm = "am";  // "3 in the morning"
  if (h > 24 || min > 59 || sec > 59) return std::nullopt;
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
  } else if (!forward && c.last && c.last->g >= Granularity::kDay &&
             (c.options.doc_type == DocType::kNarrative || in_paragraph_of_last(a))) {
    // A clock time in a story about a given day is on that day: "On Oct. 23 ... at 10 p.m.".
    day = c.last->day;
    story_day = true;
  } else if (!forward && c.last_day && c.last_day->day < c.dct && a.tense() < 0) {
    // Told in the past with no date near it, it is on the last day the story named.
    day = c.last_day->day;
    story_day = true;
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
  if (end_of_day && story_day && !a.part(Key::kHour)) day += days{1};
  // News values keep minutes ("T15:00", as TimeBank writes them); queries name the hour ("T15").
  Granularity g = sec >= 0                            ? Granularity::kSecond
                  : has_minute || !forward || h_clock ? Granularity::kMinute
                                                      : Granularity::kHour;
  Moment m{day, g, h * 60 + min};
  m.seconds = sec >= 0 ? sec : 0;
  Resolved r = date_at(m);
  r.clock_hour = forward ? clock_hour : 0;
  r.end_of_day = end_of_day;
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
  if (!time || !time->point || (day && !day->point) || (!day && !a.has(Key::kZone)))
    return std::nullopt;
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
