// Ops: the productions a rule can name, and the argument keys each accepts.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace chronoline::temporal {

// What a rule produces. Each op is one small function in resolve.cpp.
enum class Op : uint8_t {
  kDate,          // year? month day? dir?: "August 18, 2021", "Jan. 14", "last Oct. 23"
  kYear,          // year: "1996", "'98", "fiscal 1989"
  kDecade,        // decade: "the 1990s", "the '90s", "the nineties"
  kCentury,       // n?: "the 20th century"; without n, "the turn of the century"
  kWeekday,       // weekday dir? pod? n? anchor?: "Wednesday", "last Friday", "the previous Friday"
  kMonth,         // month dir?: "in March", "last May"
  kSeason,        // season dir? year? anchor?: "last fall", "summer 2021", "the following spring"
                  // value=X: of no year ("sails on Fridays in winter": XXXX-WI; of: the habit)
  kShift,         // unit dir: "last week", "this year", "next month"
  kDeictic,       // offset pod?: "today", "yesterday", "tonight", "this morning"
  kRef,           // value: "now" PRESENT_REF, "recently" PAST_REF
  kAgo,           // n unit dir of?: "two weeks ago", "in three years", "15 minutes from 1pm"
  kDuration,      // n unit mod?: "10 days", "a 20-year war", "several years"
  kPastDuration,  // n unit dir: "the past 10 days", "the next two years" (anchored: has a range)
  kMod,           // mod of: "early 2021", "late last year", "earlier this month"
  kPart,          // part of: "the first half of 2021", "the fourth quarter"
  kRange,         // from to unit?: "from 1996 until 2001"; unit=D: both ends are days
  kSet,           // value | unit | weekday | pod: "every week", "quarterly", "each morning"
                  // (time: the hours of a timetable, matched, not in the value)
  kTime,          // hour minute? ampm? of?: "5:49 p.m.", "3 pm Wednesday", "noon"
  kHoliday,       // holiday year? pod? unit?: "Christmas", "Thanksgiving 1999", "Easter weekend"
                  // (pod=WE), "Easter week" (unit=W: the week that holds the feast)
  kAnaphor,       // unit n? dir of?: "the following day", "that month", "the quarter ended July 31"
  kNth,           // n weekday|unit of: "the first Tuesday of October", "the last day of May"
  kClockShift,    // n dir time: "a quarter past 3pm", "20 to noon"
  kTimeOn,        // time of hour?: "9 a.m. Tuesday", "Friday at 5 p.m.", "midnight Friday" (the
                  // day's end; hour=0 its start: "after midnight Friday")
  kBlock,         // (none): text that must not be tagged, e.g. a photo credit "AFP 2021 /"
  kCount
};

// Argument keys. A named part in a pattern binds the key of the same name; literal arguments
// after the op name ("dir=-1") bind constants.
enum class Key : uint8_t {
  kYear,
  kMonth,
  kDay,
  kWeekday,
  kDir,
  kPod,
  kSeason,
  kUnit,
  kOffset,
  kValue,
  kN,
  kMod,
  kOf,
  kPart,
  kFrom,
  kTo,
  kHour,
  kMinute,
  kAmpm,
  kHoliday,
  kDecade,
  kTime,
  kAnchor,       // anaphor: "last", "prior", "previous", "latest" or "reported" (anaphora.rules);
                 // nth: "after" or "before" counts weekdays from a day (ordinals.rules)
  kZone,         // time, time_on: the UTC offset of a written zone, in minutes
  kSecond,       // time: seconds past the minute ("15:23:24")
  kNumerator,    // amounts: a fraction added to n ("1/4 hour": numerator 1, denominator 4)
  kDenominator,  // amounts: the fraction's denominator
  kDecimals,     // amounts: the digits after a decimal point ("2.5 hours": n 2, decimals 5)
  kEra,          // year: BC or AD, as written ("2014 BC", "14 a.d.")
  kTense,        // weekday: the tense to read it in (-1 past, 1 future) instead of the clause's
  kWhole,        // anaphor: 1 when it names a whole calendar unit ("the following decade")
  kCount
};

std::optional<Op> op_by_name(std::string_view name);
std::string_view op_name(Op op);
std::optional<Key> key_by_name(std::string_view name);
std::string_view key_name(Key key);
// Whether `op` reads `key`.
bool op_accepts(Op op, Key key);

}  // namespace chronoline::temporal
