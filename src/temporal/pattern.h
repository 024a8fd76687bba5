// Rules: a named pattern over tokens and earlier matches, and the op that turns a match into a
// timex.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "temporal/lexicon.h"
#include "temporal/ops.h"
#include "util/result.h"

namespace chronoline::temporal {

// Token tests that need no lexicon, written <name> like classes.
enum class Builtin : uint8_t {
  kInt,          // <int>: digits, no suffix
  kNum,          // <num>: digits or spelled-out number, no suffix
  kYear,         // <year>: four digits, 1000..2099
  kYY,           // <yy>: two digits
  kDay,          // <day>: 1..31, optionally "19th"
  kOrd,          // <ord>: digits with an ordinal suffix, "20th"
  kHour,         // <hour>: 0..24, optionally "5pm"
  kMinute,       // <minute>: two digits 00..59
  kDecade,       // <decades>: "1990s"
  kShortDecade,  // <shortdecades>: "90s"
  kClockHour,    // <clockhour>: "5pm", "11am"
  kHHour,        // <hhour>: "15h" (as in "15h30")
  kHHMM,         // <hhmm>: hours and minutes in one number, "1030", "330", "730pm", "150ish"
  kShortClock,   // <shortclock>: an hour with a one-letter half, "3p", "11a"
  kClockMinute,  // <clockminute>: two digits 00..59 with a clock half, "30pm" (as in "10.30pm")
  kZeroHHMM,     // <zhhmm>: a 24-hour clock time of four digits with a leading zero, "0600", "0314"
  kLongInt,      // <longint>: three digits or more, no suffix: a group of a phone number, "5522"
};

// Which earlier matches an @-atom accepts.
enum CandMask : uint8_t { kCandDate = 1, kCandTime = 2, kCandDuration = 4, kCandSet = 8 };

struct Atom {
  enum class Kind : uint8_t { kWord, kPunct, kClass, kBuiltin, kCandidate } kind = Kind::kWord;
  uint32_t id = 0;  // word id, class id, Builtin or CandMask
  char punct = 0;
  bool unambiguous = false;  // `<class>!`: entries flagged ambiguous do not match
  int32_t number = -1;       // a number literal ("9"): an <int> of that value; -1 for any
};

struct Element {
  std::vector<Atom> alts;  // a|b|<class>
  int8_t part = -1;        // index into Rule::part_keys when named
  bool optional = false;   // `elem?`
  bool context = false;    // `[elem]`: must match but stays outside the span
  bool glued = false;      // `~elem`: no whitespace before it
  bool line_start = false; // `^elem`: its token starts a line
  bool sentence_start = false;  // `^^elem`: its token starts a sentence (or a clause after ";")
};

constexpr size_t kMaxParts = 8;

struct Rule {
  std::string name;
  std::string where;  // "en/rules/weekdays.rules:12", for messages
  std::vector<Element> elems;
  Op op = Op::kDate;
  std::vector<Key> part_keys;                         // key bound by each named part
  std::vector<std::pair<Key, std::string>> literals;  // constant arguments
  bool composite = false;                             // has an @-atom: runs after the base rules
  // `mode=forward`: only in forward-looking queries ("at 3 15"); `mode=prose`: only in news and
  // narrative documents. Default: both.
  enum class Mode : uint8_t { kAll, kForward, kProse } mode = Mode::kAll;
};

// Parses a rules file. Line format after the "#! rules" header:
//   NAME: ELEMENT... => OP [KEY=VALUE]...
// Element syntax: `word`, `,` (punctuation), `<class>` (lexicon class or builtin), `<class>!`,
// `@date|@time|@duration|@set|@point|@any`, alternatives `a|b`, `name:elem`, `elem?`, `[elem]`,
// `~elem`. Named parts bind the op key of the same name. After the op, `mode=forward` limits the rule
// to forward-looking queries and `mode=prose` to documents. Errors: "en/rules/x.rules:3: unknown class
// <mnth>".
Result<std::vector<Rule>> parse_rules(std::string_view path, std::string_view content,
                                      Lexicon& lexicon);

}  // namespace chronoline::temporal
