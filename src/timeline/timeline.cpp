// The timeline model: dated, labelled events; extract's output and render's input.
#include "timeline/timeline.h"

#include <cstdio>

namespace chronoline {

std::string event_name(const Timeline& timeline, size_t index) {
  const Event& e = timeline.events.at(index);
  return e.id.empty() ? "e" + std::to_string(index + 1) : e.id;
}

bool is_timex_mod(std::string_view mod) {
  for (std::string_view m : {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
                             "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
    if (mod == m) return true;
  return false;
}

DaySpan narrowed_span(const DaySpan& span, std::string_view mod) {
  int part = mod == "START" ? 0 : mod == "MID" ? 1 : mod == "END" ? 2 : -1;
  if (part < 0 || span.is_range || span.granularity > Granularity::kMonth) return span;
  auto days = (span.end - span.start).count() + 1;
  DaySpan out = span;
  out.start = span.start + date::days{days * part / 3};
  out.end = span.start + date::days{days * (part + 1) / 3 - 1};
  return out;
}

std::string format_datetime(const DateTime& dt) {
  std::string out = format_day(dt.day);
  if (dt.time_of_day) {
    auto m = dt.time_of_day->count();
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", static_cast<int>(m / 60), static_cast<int>(m % 60));
    out += buf;
  }
  return out;
}

std::optional<DateTime> parse_datetime(std::string_view text) {
  size_t t = text.find('T');
  auto day = parse_day(text.substr(0, t));
  if (!day) return std::nullopt;
  DateTime dt{*day, std::nullopt};
  if (t == std::string_view::npos) return dt;
  std::string_view time = text.substr(t + 1);
  auto digit = [&](size_t i) { return time[i] >= '0' && time[i] <= '9'; };
  if (time.size() != 5 || time[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4))
    return std::nullopt;
  int h = (time[0] - '0') * 10 + (time[1] - '0');
  int m = (time[3] - '0') * 10 + (time[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  dt.time_of_day = std::chrono::minutes{h * 60 + m};
  return dt;
}

}  // namespace chronoline
