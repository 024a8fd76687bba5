// Resolve ops for clock times: "5:49 p.m.", "9 tomorrow", "a quarter past 3pm", "noon Thursday".
#include "temporal/resolve_internal.h"

namespace chronoline::temporal::internal {

using date::days;
using date::sys_days;

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
  if (ampm.empty() && pod == "MO" && h <= 12) ampm = "am";  // "3 in the morning"
  if (h > 24 || min > 59) return std::nullopt;
  if (ampm == "pm" && h < 12) h += 12;
  if (ampm == "am" && h == 12) h = 0;
  bool forward = a.ctx().options.forward_looking;
  sys_days day = a.ctx().dct;
  // "15h", "3h18": a 24-hour clock reading, to the minute as "15:00" is.
  const Binding* hb = a.part(Key::kHour);
  bool h_clock = hb && a.ctx().toks[hb->tb].suffix == NumSuffix::kH;
  if (const Resolved* of = a.cand(Key::kOf)) {  // "9 tomorrow", "5 tomorrow afternoon"
    // In prose a bare number before a day is rarely a time ("killed 12 Sunday"); only queries.
    if (!forward && ampm.empty() && !a.has(Key::kMinute)) return std::nullopt;
    if (!of->point ||
        (of->point->g != Granularity::kDay && of->point->g != Granularity::kPartOfDay))
      return std::nullopt;
    day = of->point->day;
    std::string_view p = of->point->pod;
    if (ampm.empty() && (p == "AF" || p == "EV" || p == "NI") && h < 12) h += 12;
  } else if (forward && a.ctx().dct_time && h * 60 + min < a.ctx().dct_time->count()) {
    // A calendar assistant means the next such time: later today on a 12-hour clock, else tomorrow.
    if (ampm.empty() && !h_clock && h >= 1 && h < 12 && a.part(Key::kHour) &&
        (h + 12) * 60 + min >= a.ctx().dct_time->count())
      h += 12;
    else
      day += days{1};
  }
  // News values keep minutes ("T15:00", as TimeBank writes them); queries name the hour ("T15").
  Granularity g =
      a.has(Key::kMinute) || !forward || h_clock ? Granularity::kMinute : Granularity::kHour;
  return date_at(Moment{day, g, h * 60 + min});
}

std::optional<Resolved> op_clock_shift(const Args& a) {
  const Resolved* time = a.cand(Key::kTime);
  auto n = a.num(Key::kN);
  if (!time || !time->point || !n || *n <= 0 || *n >= 60 || time->point->g < Granularity::kHour)
    return std::nullopt;
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
  if (!time || !time->point || (day && (!day->point || day->point->g < Granularity::kDay)) ||
      (!day && !a.has(Key::kZone)))
    return std::nullopt;
  // A time that names its own day ("this afternoon", "Friday night") is not a time on another
  // one: "early yesterday, this afternoon" is a list.
  if (day && a.cand_op(Key::kTime) != Op::kTime && a.cand_op(Key::kTime) != Op::kClockShift)
    return std::nullopt;
  Moment m = *time->point;
  if (day) m.day = day->point->day;  // "in 7 days at 5pm": the day of a finer point
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
