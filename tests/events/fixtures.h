// Helpers shared by the end-to-end tests of articles: the English tagger, loaded once for all of
// them, and the values of a timeline's events.
#pragma once

#include <string>

#include "events/events.h"

namespace chronoline::testing {

inline const Tagger& tagger() {
  static const Tagger t = *Tagger::load("en");
  return t;
}

// "2026-12-01 2021-04": the events' TIMEX3 values in order, one space apart.
inline std::string values(const Timeline& t) {
  std::string out;
  for (const Event& e : t.events) out += (out.empty() ? "" : " ") + e.value;
  return out;
}

// "2026-10-21 Walmart launched ...\n": each event's TIMEX3 value and label, a line each.
inline std::string labelled(const Timeline& t) {
  std::string out;
  for (const Event& e : t.events) out += e.value + " " + e.label + "\n";
  return out;
}

}  // namespace chronoline::testing
