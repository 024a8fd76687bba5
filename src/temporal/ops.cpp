// Ops: the productions a rule can name, and the argument keys each accepts.
#include "temporal/ops.h"

#include <array>
#include <initializer_list>

namespace chronoline::temporal {
namespace {

struct OpSpec {
  std::string_view name;
  std::initializer_list<Key> keys;
};

using K = Key;
const std::array<OpSpec, static_cast<size_t>(Op::kCount)> kOps = {{
    {"date", {K::kYear, K::kMonth, K::kDay, K::kWeekday, K::kMod, K::kOf, K::kTo, K::kDir}},
    {"year", {K::kYear, K::kMod, K::kEra, K::kTo}},
    {"decade", {K::kDecade, K::kMod}},
    {"century", {K::kN, K::kMod}},
    {"weekday", {K::kWeekday, K::kDir, K::kPod, K::kMod, K::kOf, K::kN, K::kTense, K::kAnchor, K::kValue}},
    {"month", {K::kMonth, K::kDir, K::kMod, K::kAnchor}},
    {"season", {K::kSeason, K::kDir, K::kYear, K::kMod, K::kAnchor, K::kValue, K::kOf, K::kTo}},
    {"shift", {K::kUnit, K::kDir, K::kMod, K::kOf, K::kAnchor}},
    {"deictic", {K::kOffset, K::kPod, K::kMod, K::kAnchor}},
    {"ref", {K::kValue}},
    {"ago",
     {K::kN, K::kUnit, K::kDir, K::kMod, K::kOf, K::kNumerator, K::kDenominator, K::kDecimals,
      K::kAnchor}},
    {"duration",
     {K::kN, K::kUnit, K::kMod, K::kNumerator, K::kDenominator, K::kDecimals, K::kAnchor}},
    {"past_duration",
     {K::kN, K::kUnit, K::kDir, K::kMod, K::kValue, K::kNumerator, K::kDenominator, K::kDecimals,
      K::kOf}},
    {"mod", {K::kMod, K::kOf}},
    {"part", {K::kPart, K::kN, K::kUnit, K::kOf, K::kYear, K::kDir}},
    {"range", {K::kFrom, K::kTo, K::kUnit}},
    {"set", {K::kValue, K::kUnit, K::kWeekday, K::kPod, K::kMonth, K::kSeason, K::kN, K::kTime, K::kOf}},
    {"time", {K::kHour, K::kMinute, K::kSecond, K::kAmpm, K::kOf, K::kPod}},
    {"holiday", {K::kHoliday, K::kYear, K::kDir, K::kOf, K::kPod, K::kUnit}},
    {"anaphor",
     {K::kUnit, K::kN, K::kDir, K::kMod, K::kAnchor, K::kPod, K::kYear, K::kOf, K::kWhole}},
    {"nth", {K::kN, K::kWeekday, K::kUnit, K::kOf, K::kDir, K::kAnchor}},
    {"clock_shift", {K::kN, K::kDir, K::kTime}},
    {"time_on", {K::kTime, K::kOf, K::kZone, K::kHour}},
    {"block", {}},
}};

constexpr std::array<std::string_view, static_cast<size_t>(Key::kCount)> kKeys = {
    "year",   "month",     "day",         "weekday",  "dir",    "pod",  "season", "unit",
    "offset", "value",     "n",           "mod",      "of",     "part", "from",   "to",
    "hour",   "minute",    "ampm",        "holiday",  "decade", "time", "anchor", "zone",
    "second", "numerator", "denominator", "decimals", "era",    "tense",  "whole"};

}  // namespace

std::optional<Op> op_by_name(std::string_view name) {
  for (size_t i = 0; i < kOps.size(); ++i)
    if (kOps[i].name == name) return static_cast<Op>(i);
  return std::nullopt;
}

std::string_view op_name(Op op) { return kOps[static_cast<size_t>(op)].name; }

std::optional<Key> key_by_name(std::string_view name) {
  for (size_t i = 0; i < kKeys.size(); ++i)
    if (kKeys[i] == name) return static_cast<Key>(i);
  return std::nullopt;
}

std::string_view key_name(Key key) { return kKeys[static_cast<size_t>(key)]; }

bool op_accepts(Op op, Key key) {
  for (Key k : kOps[static_cast<size_t>(op)].keys)
    if (k == key) return true;
  return false;
}

}  // namespace chronoline::temporal
