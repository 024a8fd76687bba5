// Events: dated, labelled happenings found in an article; the extract pipeline.
#include "events/events.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "events/label.h"
#include "events/label_words.h"
#include "temporal/lexicon.h"
#include "text/sentence_end.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

// How many sentences after the one that names a person "he" or "she" may still stand for them.
constexpr size_t kPersonReach = 2;

// Sentence text on one line: newlines inside it become spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// Credits are in text order and apart, so only the last one starting at or before `t` may hold
// it (looking through all of them for each time phrase was quadratic).
bool in_credit(const Article& a, const Timex& t) {
  auto after = std::upper_bound(a.credits.begin(), a.credits.end(), t.begin,
                                [](size_t pos, const TextRange& c) { return pos < c.begin; });
  return after != a.credits.begin() && std::prev(after)->contains(t.begin);
}

// The value an event takes from a timex: its range when anchored, else its own value.
std::string event_value(const Timex& t) { return t.range.empty() ? t.value : t.range; }

// Parses "5:49", "17:05", "14.05", "5:49 pm" at the start of `s` (after spaces, commas or "at").
std::optional<std::chrono::minutes> time_after(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  if (s.substr(i, 3) == "at ") i += 3;
  auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (!digit(i)) return std::nullopt;
  int h = s[i] - '0';
  ++i;
  if (digit(i)) h = h * 10 + (s[i++] - '0');
  // "14:05", or British "14.05" when no digit follows ("14.05 GMT", not "14.055").
  if (i >= s.size() || (s[i] != ':' && s[i] != '.') || !digit(i + 1) || !digit(i + 2)) return std::nullopt;
  if (s[i] == '.' && (digit(i + 3) || (i + 3 < s.size() && s[i + 3] == '.'))) return std::nullopt;
  int m = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  std::string rest(s.substr(i + 3));
  std::transform(rest.begin(), rest.end(), rest.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t k = rest.find_first_not_of(' ');
  std::string_view mer = k == std::string::npos ? "" : std::string_view(rest).substr(k);
  if ((mer.starts_with("pm") || mer.starts_with("p.m")) && h < 12) h += 12;
  if ((mer.starts_with("am") || mer.starts_with("a.m")) && h == 12) h = 0;
  if (h > 23 || m > 59) return std::nullopt;
  return std::chrono::minutes{h * 60 + m};
}

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Whether `pred` holds for a word of `s`, the words between its spaces (never empty), tried in
// order until one does.
template <class Pred>
bool any_word(std::string_view s, Pred pred) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i && pred(s.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

// Whether `t` is a clock time in brackets right after `day`, a date of that day: "Tuesday 18
// August (7.45pm kick-off)".
bool bracketed_time_of(std::string_view text, const Timex& day, const Timex& t) {
  if (day.type != TimexType::kDate || t.type != TimexType::kTime || t.begin < day.end || day.value.size() != 10 ||
      !t.value.starts_with(day.value))
    return false;
  std::string_view between = text.substr(day.end, t.begin - day.end);
  return between == "(" || between == " (";
}

// Whether `words` are a time zone's name written out: one to three words, each capitalised or
// "time" ("Eastern Time", "local time", "Pacific Standard Time").
bool zone_words(std::string_view words) {
  size_t n = 0;
  for (size_t i = 0; i < words.size();) {
    size_t j = words.find(' ', i);
    if (j == std::string_view::npos) j = words.size();
    std::string_view w = words.substr(i, j - i);
    i = j + 1;
    if (w.empty() || ++n > 3) return false;
    if (!(w[0] >= 'A' && w[0] <= 'Z') && w != "time") return false;
  }
  return n > 0;
}

// Whether `t` is a clock time in brackets right after the clock time `before` ("03:14 UTC on
// Friday (10:14 p.m. Thursday local time)"), or in a "which is" clause after it ("starts at 10
// p.m. on Saturday, which is 6 a.m. on Sunday in London").
bool restates_time(std::string_view text, const Timex& before, const Timex& t) {
  if (before.type != TimexType::kTime || t.type != TimexType::kTime || t.begin < before.end) return false;
  std::string_view between = text.substr(before.end, t.begin - before.end);
  if (between == "(" || between == " (") return true;
  // "5:00 p.m. Eastern Time (2:00 p.m. Pacific Time)": the first time's zone, written out.
  if (between.size() > 3 && between.starts_with(' ') && between.ends_with(" (") &&
      zone_words(between.substr(1, between.size() - 3)))
    return true;
  if (!between.starts_with(", ") || !between.ends_with(' ')) return false;
  between.remove_prefix(2);
  between.remove_suffix(1);
  return kRestatingClauses.contains(between);
}

// Whether a rate of time (rates.txt) follows byte `from` of `text`, maybe after a comma: a count
// and three words ("8pm, seven days a week", "24 hours a day"), which the tagger leaves untagged.
bool rate_after(std::string_view text, size_t from) {
  std::string_view rest = text.substr(std::min(from, text.size()), 48);
  size_t i = rest.find_first_not_of(' ');
  if (i != std::string_view::npos && rest[i] == ',') i = rest.find_first_not_of(' ', i + 1);
  if (i == std::string_view::npos) return false;
  rest = rest.substr(0, rest.find_first_of(".,;:!?()\n", i));  // the clause goes no further
  size_t word = i;  // the count: "seven", "24"
  for (int n = 0; n < 4 && word != std::string_view::npos; ++n) word = rest.find(' ', word + 1);
  size_t count_end = rest.find(' ', i);
  if (count_end == std::string_view::npos) return false;
  std::string phrase(rest.substr(count_end + 1, word == std::string_view::npos ? std::string_view::npos : word - count_end - 1));
  while (!phrase.empty() && !alnum(phrase.back())) phrase.pop_back();
  std::transform(phrase.begin(), phrase.end(), phrase.begin(), [](unsigned char c) { return std::tolower(c); });
  return kRates.contains(phrase);
}

// Up to `n` words of `text` before byte `pos`, nearest first, in lower case and without marks
// around them; none past a mark that ends a clause (".,;:!?()" or a newline).
std::vector<std::string> words_before(std::string_view text, size_t pos, size_t n, bool keep_case = false) {
  std::vector<std::string> words;
  size_t i = std::min(pos, text.size());
  auto ends_clause = [](char c) { return std::string_view(".,;:!?()").find(c) != std::string_view::npos; };
  while (words.size() < n) {
    while (i > 0 && text[i - 1] == ' ') --i;
    size_t end = i;
    while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') --i;
    if (i == end || ends_clause(text[end - 1])) break;  // "meeting, the largest": not "meeting"
    std::string_view w = text.substr(i, end - i);
    bool opens = ends_clause(w.front());
    while (!w.empty() && !alnum(w.front())) w.remove_prefix(1);
    while (!w.empty() && !alnum(w.back())) w.remove_suffix(1);
    if (w.empty()) break;
    words.push_back(keep_case ? std::string(w) : temporal::lower_ascii(w));
    if (opens || (i > 0 && text[i - 1] == '\n')) break;
  }
  return words;
}

// Whether `preposition` comes right before `t` and a superlative (comparisons.txt) within the
// `reach` words before it, in its clause.
bool superlative_before(std::string_view text, const Timex& t, std::string_view preposition, size_t reach) {
  auto words = words_before(text, t.begin, reach);
  if (words.empty() || words[0] != preposition) return false;
  for (size_t i = 1; i < words.size(); ++i)
    if (kComparisons.contains(words[i])) return true;
  return false;
}

// Whether `t` follows "since" (superlative-bounds.txt) after a superlative in its clause ("the
// largest increase since 2011", "its lowest level since March 2020", "the first time since 1998"):
// a comparison, no event at that date.
// The superlative may stand up to nine words back when no conjunction, "be" or auxiliary comes
// between ("the first by a British monarch to the United States since 2007"; not "posted its
// biggest gain on Monday and has risen since March"), five in any case. A "when" clause
// (time-relatives.txt) after the date tells what happened then ("the most important change since
// the 1990s, when the network last doubled"): an event after all.
bool compared_since(std::string_view text, const Timex& t) {
  constexpr size_t kNear = 6, kReach = 10;
  auto words = words_before(text, t.begin, kReach);
  if (words.empty() || !kSuperlativeBounds.contains(words[0])) return false;
  size_t after = t.end;
  while (after < text.size() && (text[after] == ',' || text[after] == ' ' || text[after] == '"')) ++after;
  if (after > t.end) {
    size_t end = after;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (end > after && end < text.size() && text[end] == ' ' &&
        kTimeRelatives.contains(temporal::lower_ascii(text.substr(after, end - after))))
      return false;
  }
  // "the first tour of the UK and Ireland since 2021": "and" between two names right before
  // "since" joins them, no clauses ("in October and Rovers rose since March" has a verb between).
  auto cased = words_before(text, t.begin, kReach, true);
  auto capital = [&](size_t i) { return i < cased.size() && std::isupper(static_cast<unsigned char>(cased[i][0])); };
  bool blocked = false;
  for (size_t i = 1; i < words.size(); ++i) {
    if (kComparisons.contains(words[i]) && (i < kNear || !blocked)) return true;
    bool names = kConjunctions.contains(words[i]) && capital(i + 1);
    for (size_t j = 1; names && j < i; ++j) names = capital(j);
    blocked = blocked || (kConjunctions.contains(words[i]) && !names) || kBeForms.contains(words[i]) ||
              kAuxiliaries.contains(words[i]);
  }
  return false;
}

// Whether `t` is the stretch a superlative reaches back over with "in" ("its highest level in 40
// years", "for the first time in five years", "the first team to score in 20 years"): a
// comparison, no event over those years ("will open its largest park within two years" is one).
bool compared_within(std::string_view text, const Timex& t) {
  constexpr size_t kReach = 8;  // "in" and the seven words the tagger looks back over
  return t.type == TimexType::kDuration && !t.range.empty() && superlative_before(text, t, "in", kReach);
}

// Whether `t`, after "of", is the period a superlative ranks over ("the best bike of the year",
// "its busiest day of the month", "the worst of the season"): an award or a ranking, no event
// at that period.
// "The biggest online shopping day of the year" reaches back over a compound noun; "this
// year's best", "last season's hottest day" rank with a possessive after the date.
bool ranked_over(std::string_view text, const Timex& t) {
  constexpr size_t kReach = 6;  // "of" and the superlative up to four words before it
  if (!t.range.empty()) return false;
  Timex whole = t;  // "of the summer": the tagger leaves "the" out of "summer"
  if (whole.begin >= 4 && temporal::lower_ascii(text.substr(whole.begin - 4, 4)) == "the ") whole.begin -= 4;
  // "spent most of the summer" is a portion of it, no ranking.
  auto near = words_before(text, whole.begin, 2);
  if (near.size() == 2 && near[1] == "most") return false;
  // "rising to a high for the year": "for" ranks over it as "of" does.
  // Nearer only: "First of America's operating results for 1989" is a name's "first".
  if (superlative_before(text, whole, "of", kReach) || superlative_before(text, whole, "for", 4)) return true;
  std::string_view after = text.substr(std::min(t.end, text.size()), 24);
  for (std::string_view s : {std::string_view("'s "), std::string_view("\u2019s ")}) {
    if (!after.starts_with(s)) continue;
    after.remove_prefix(s.size());
    size_t end = 0;
    while (end < after.size() && alnum(after[end])) ++end;
    return kComparisons.contains(temporal::lower_ascii(after.substr(0, end)));
  }
  return false;
}

bool starts_digit(std::string_view w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

// Whether `t` only names the baseline a figure is compared with: "up 7.4% from a year earlier",
// "fell 2.1% from last year", "down from 125,000 two years ago" (change-words.txt or a figure
// before "from"); "compared with 27 last year and 32 in 2024", "versus 4% in 2024", "against
// $3 billion a year ago" (a figure between); "slower than last year's 4% gain", "higher than in
// 2019" (a comparative before "than"; not "no later than May 1", but "a week later than last
// year"); "3.5% over 2025" (a figure
// before "over", when `dated_elsewhere`: the sentence has another date, so "grew 5% over 2025"
// alone keeps its event). The comparison's own clause has its date; the baseline makes no bar.
// A range ("from March to May") is the caller's to keep. `ahead_of_story`: `t` starts after the
// publication day. `previous`, the date before `t` in its sentence, may stand between the figure
// and "from": "Prices rose 2.9% in October from a year earlier" compares October with 2025.
bool comparison_baseline(std::string_view text, const Timex& t, bool dated_elsewhere, bool ahead_of_story,
                         const Timex* previous = nullptr) {
  auto w = words_before(text, t.begin, 8);
  if (previous && previous->end < t.begin && text.substr(previous->end, t.begin - previous->end) == " from ") {
    auto v = words_before(text, previous->begin, 8);
    if (!v.empty() && (v[0] == "in" || v[0] == "for" || v[0] == "during")) {
      v[0] = "from";
      w = std::move(v);
    }
  }
  // "versus net income of $5.3 million, or $1.61 a share, a year earlier": the comparison reads on
  // past an aside that restates the figure.
  bool crossed = false;
  if (w.empty()) {
    size_t c = text.find_last_not_of(' ', t.begin == 0 ? 0 : t.begin - 1);
    if (c != std::string_view::npos && c > 0 && text[c] == ',') {
      size_t prev = text.rfind(',', c - 1);
      if (prev != std::string_view::npos && c - prev < 40 && text.substr(prev, 5) == ", or ") {
        w = words_before(text, prev, 8);
        crossed = true;
      }
    }
  }
  // "fell 2.1 per cent from a year earlier": a unit of two words (amount-units.txt) is one word
  // here, as "percent" is.
  for (size_t j = 0; j + 1 < w.size(); ++j)
    if (std::string unit = w[j + 1] + " " + w[j]; kAmountUnits.contains(unit)) {
      w[j] = std::move(unit);
      w.erase(w.begin() + static_cast<std::ptrdiff_t>(j) + 1);
    }
  size_t i = 0;
  if (i < w.size() && (w[i] == "in" || w[i] == "during" || w[i] == "at")) ++i;
  // "up 6 percent from the same point last year": "the same point" (week, period) is the
  // baseline's moment; the comparison reads on past it.
  if (i + 3 < w.size() && w[i + 1] == "same" && w[i + 2] == "the" && w[i + 3] == "from") i += 3;
  bool figure = false;
  // "633.8 million francs last year": the money's name, then its unit, then the number.
  if (i + 1 < w.size() && kCurrencyNames.contains(w[i])) ++i;
  if (i + 1 < w.size() && kAmountUnits.contains(w[i]) && starts_digit(w[i + 1])) ++i;
  if (i < w.size() && starts_digit(w[i])) {
    figure = true;
    ++i;
  }
  if (i >= w.size()) return false;
  const std::string& p = w[i];
  const std::string before = i + 1 < w.size() ? w[i + 1] : std::string();
  // "in 2022, when Whitcombe narrowly lost": the baseline is dated for a clause of its own.
  std::string_view after = text.substr(std::min(t.end, text.size()), 8);
  if (after.starts_with(", when ") || after.starts_with(" when ")) return false;
  // "up 7.4% from", "fell 2.1% from", "down from 125,000": not "rise from 8% to 10% from 1
  // January", where the figure before "from" is where the change goes.
  // "was moved up from Friday to Monday": "up" is the particle of a verb that moves a date (the
  // tagger's date_moves.tsv), and Friday the old date.
  if (p == "from" && !figure && kChangeWords.contains(before) && t.moved_from) return false;
  // "Bills will rise from 1 January", "fares are set to rise from April": after a modal or "to",
  // a change with no figure "from" a date starts then; a baseline is measured ("fell 2.1% from
  // last year") or owned ("will rise from last year's level").
  auto ahead = [&](size_t j) { return j < w.size() && (kModals.contains(w[j]) || w[j] == "to"); };
  if (p == "from" && !figure && kChangeWords.contains(before) && !after.starts_with("'s") &&
      (ahead(i + 2) ||  // "will go up from": a verb of its own between, not "would be down from"
       (i + 2 < w.size() && !kBeForms.contains(w[i + 2]) && !kAuxiliaries.contains(w[i + 2]) && ahead(i + 3))))
    return false;
  // "Charges increase from April", "Fares go up from Monday": a baseline has been measured, so a
  // date still to come after a change with no figure is when the change starts, whatever the
  // verb's form (a timetable present too).
  if (p == "from" && !figure && ahead_of_story && kChangeWords.contains(before) && !after.starts_with("'s"))
    return false;
  // So does one with its figure: "Fares will rise 5 per cent from 1 January" (not "rose 5 per cent
  // from a year earlier", which is no date to come).
  if (p == "from" && !figure && ahead_of_story && !after.starts_with("'s") && i + 3 < w.size() &&
      kAmountUnits.contains(before) && starts_digit(w[i + 2]) && kChangeWords.contains(w[i + 3]))
    return false;
  if (p == "from")
    return figure || kChangeWords.contains(before) ||
           // "up 6 percent from": a unit after the figure
           (kAmountUnits.contains(before) && i + 3 < w.size() && starts_digit(w[i + 2]) &&
            kChangeWords.contains(w[i + 3])) ||
           (starts_digit(before) && i + 2 < w.size() &&
            (kChangeWords.contains(w[i + 2]) ||  // "up about 94,000 from a year earlier"
             (kFigureApproximators.contains(w[i + 2]) && i + 3 < w.size() && kChangeWords.contains(w[i + 3]))));
  if (p == "over") return dated_elsewhere && !figure && starts_digit(before);
  if (p == "than") {
    if (figure) return false;  // "amounted to more than 13% in August": "more than" hedges the figure
    if (kQuantityComparatives.contains(before)) return true;
    // "a week later than last year", "two days earlier than in 2025": an amount of time makes
    // "later" a comparison ("no later than May 1" is a deadline).
    if (kTimingComparatives.contains(before) && i + 2 < w.size() &&
        (kTimeUnits.contains(w[i + 2]) || kTimeUnits.contains(w[i + 2] + "s")))
      return true;
    return before.size() > 4 && before.ends_with("er") && !kFalseComparatives.contains(before);
  }
  if (kBaselinePrepositions.contains(p) && figure) return true;
  if (crossed)
    for (const std::string& x : w)
      if (kBaselinePrepositions.contains(x)) return true;
  // "compared with 27 last year and 32 in 2024": anywhere before in the clause.
  for (size_t j = 1; j < w.size(); ++j)
    if (kComparisonNouns.contains(w[j]) && (w[j - 1] == "with" || w[j - 1] == "to")) return true;
  return false;
}

// Whether `t` names a day by a holiday's name alone ("Christmas", "Black Friday"): capitalised
// words, no digit, not a weekday ("the Friday meeting" is that Friday's).
bool named_holiday(std::string_view text, const Timex& t) {
  std::string_view name = text.substr(t.begin, t.end - t.begin);
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name)
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
  size_t sp = name.find(' ');
  if (sp == std::string_view::npos && kWeekdays.contains(temporal::lower_ascii(name))) return false;
  for (size_t i = 0; i + 1 < name.size(); ++i)
    if (name[i] == ' ' && !std::isupper(static_cast<unsigned char>(name[i + 1]))) return false;
  return true;
}

// Whether `t` (a month, season or year, or a holiday by name: no day) stands before a noun it modifies, after an
// article or possessive: "the November jobs report", "its 2025 accounts". Such a date says which
// report, not when the sentence's happening is; the caller drops it when the sentence has another
// date ("releases the November jobs report on Friday, Dec. 4"), and keeps "won the 2024 election".
// `happening` is set when the noun names a happening ("the November meeting"): see happening_date.
// With `name`, any date's grain and any preposition before it will do (named_date_thing).
bool noun_date(std::string_view text, const Timex& t, const DaySpan& span, bool& happening, bool name = false) {
  happening = false;
  // A span written as one word ("the 2026-27 season") is one too; "from March to May" is no modifier.
  if ((!t.range.empty() && text.substr(t.begin, t.end - t.begin).find(' ') != std::string_view::npos) ||
      (!name && span.granularity > Granularity::kMonth && !named_holiday(text, t)))
    return false;
  auto w = words_before(text, t.begin, 2);
  // "the operator's 2026-27 season": a noun's possessive is an article too.
  if (w.empty() || !(kArticles.contains(w[0]) || kPossessives.contains(w[0]) || w[0] == "this" ||
                     (w[0].size() > 2 && (w[0].ends_with("'s") || w[0].ends_with("\u2019s")))))
    return false;
  // "before the summer recess", "at its December meeting", "on the November ballot", "the week of
  // the February half-term": the noun phrase is itself a time or place the event is at.
  if (!name && w.size() > 1 && kAttributiveTimePrepositions.contains(w[1])) return false;
  if (t.end >= text.size() || text[t.end] != ' ') return false;
  size_t b = t.end + 1, e = b;
  while (e < text.size() && std::islower(static_cast<unsigned char>(text[e]))) ++e;
  if (e == b || (e < text.size() && alnum(text[e]))) return false;  // "the 2024-25 season" and the like
  std::string next(text.substr(b, e - b));
  auto closed = [](const std::string& x) {
    return kFunctionWords.contains(x) || kBeForms.contains(x) || kAuxiliaries.contains(x) || kModals.contains(x) ||
           kConjunctions.contains(x) || kSubordinators.contains(x) || kRelatives.contains(x);
  };
  if (closed(next)) return false;
  // "the Federal Reserve's November meeting on Tuesday", "the March policy meeting": a noun that
  // names a happening (happening-nouns.txt), one of the first two after the date, that ends the
  // noun phrase is the happening the date dates, so the date is an event's. Not "the November
  // meeting minutes", whose date names the minutes. A verb in -ed after it ("the November
  // meeting showed") ends the phrase too.
  size_t at = e;
  std::string word = next;
  for (int n = 0; n < 2; ++n) {
    std::string after;
    if (at + 1 < text.size() && text[at] == ' ') {
      size_t f = at + 1;
      while (f < text.size() && (std::islower(static_cast<unsigned char>(text[f])) || text[f] == '-')) ++f;
      if (f > at + 1 && (f >= text.size() || !alnum(text[f]))) after = std::string(text.substr(at + 1, f - at - 1));
    }
    if (kHappeningNouns.contains(word) && (after.empty() || closed(after) || after.ends_with("ed"))) {
      happening = true;
      return true;
    }
    if (after.empty() || closed(after)) break;
    at += 1 + after.size();
    word = std::move(after);
  }
  return true;
}

bool attributive_date(std::string_view text, const Timex& t, const DaySpan& span) {
  bool happening = false;
  return noun_date(text, t, span, happening) && !happening;
}

// Whether `t` is a month, season or year before a noun that names a happening, in the same place
// as attributive_date's ("minutes of the Federal Reserve's November meeting on Tuesday"): it dates
// that happening, an event, but its words stay in the labels of the sentence's other dates.
bool happening_date(std::string_view text, const Timex& t, const DaySpan& span) {
  bool happening = false;
  return noun_date(text, t, span, happening) && happening;
}

// Whether `t` is a day named without its year that the tagger dated more than a year from the
// publication ("9/11", which it knows by name) before a noun that names a thing, not a happening:
// "lay a wreath at the 9/11 memorial". The date is the thing's name; nothing happens then. "the
// 9/11 attacks" (a happening) and "since 9/11" (no noun) stay events, as does "the 2008 crash"
// (its year written).
bool named_date_thing(std::string_view text, const Timex& t, const DaySpan& span,
                      std::optional<date::sys_days> published) {
  if (!published || span.granularity != Granularity::kDay || !t.range.empty()) return false;
  std::string_view written = text.substr(t.begin, t.end - t.begin);
  int run = 0;
  for (char c : written) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run >= 4) return false;  // a year is written: "the 11 September 2001 attacks"
  }
  if (span.end + date::days{366} >= *published && span.start <= *published + date::days{366}) return false;
  bool happening = false;
  return noun_date(text, t, span, happening, true) && !happening;
}

// Whether `t` dates the subject of a forecast's infinitive, after "in" right after a noun that a
// verb of forecasting governs: "expects holiday sales in November and December to grow",
// "forecast prices in 2027 to fall". The forecast has its own date ("said on Tuesday"); the
// caller drops this one only then. Not "expects to leave in May to join" (the verb's own "to").
bool forecast_subject_period(std::string_view text, const Timex& t) {
  auto w = words_before(text, t.begin, 7);
  size_t i = 0;
  // "in November and [December]": the second date of a pair reaches back past the first.
  if (w.size() > 2 && w[0] == "and") i = 2;
  if (i >= w.size() || w[i] != "in" || i + 1 >= w.size()) return false;
  bool verb = false;
  for (size_t j = i + 2; j < w.size() && !verb; ++j) {
    if (w[j] == "to" || w[j] == "that") return false;
    verb = kForecastVerbs.contains(w[j]);
  }
  if (!verb) return false;
  std::string_view after = text.substr(std::min(t.end, text.size()), 40);
  if (after.starts_with(" and ")) {  // "in November and December to grow"
    size_t sp = after.find(' ', 5);
    if (sp == std::string_view::npos || !std::isupper(static_cast<unsigned char>(after[5]))) return false;
    after.remove_prefix(sp);
  }
  return after.size() > 5 && after.starts_with(" to ") && std::islower(static_cast<unsigned char>(after[4]));
}

// Whether `t`, a year or month (or coarser) and no range, frames the article rather than dates a
// happening: in a sentence about the article itself ("Here is how 2026 unfolded, month by
// month"), or the publication's year after a part still to come ("Investors head into the final
// stretch of the year").
bool frames_article(std::string_view text, std::string_view line, const Timex& t, const DaySpan& span,
                    std::optional<date::sys_days> published) {
  if (!t.range.empty() || span.granularity > Granularity::kMonth) return false;
  std::string start = temporal::lower_ascii(line.substr(0, 24));
  for (size_t words = 1; words <= 3; ++words) {
    size_t end = 0;
    for (size_t w = 0; w < words && end != std::string::npos; ++w) end = start.find(' ', end + (w > 0));
    if (end != std::string::npos && kFrameOpeners.contains(std::string_view(start).substr(0, end))) return true;
  }
  if (!published || *published < span.start || *published > span.end) return false;
  auto words = words_before(text, t.begin, 3);
  return words.size() >= 2 && words[0] == "of" && kPortionNouns.contains(words[1]);
}

// Whether `t` is the horizon of a forecast or plan: after "to", "through" or "until" right after
// a forecast noun (horizon-nouns.txt), maybe with verbs of reaching between (horizon-verbs.txt):
// "forecasts running to 2029", "projections through 2030", "an outlook stretching out to 2035".
// The figures reach that far; nothing happens then.
bool forecast_horizon(std::string_view text, const Timex& t) {
  auto words = words_before(text, t.begin, 5);
  if (words.empty() || !(words[0] == "to" || words[0] == "through" || words[0] == "until" ||
                         words[0] == "till" || words[0] == "into"))
    return false;
  size_t k = 1;
  while (k < words.size() && k <= 3 && (kHorizonVerbs.contains(words[k]) || words[k] == "that"))
    ++k;
  return k < words.size() && kHorizonNouns.contains(words[k]);
}

// Whether `s` holds a word of death-words.txt ("died", "obituary").
bool mentions_death(std::string_view s) {
  std::string l = temporal::lower_ascii(s);
  for (char& c : l)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = ' ';
  return any_word(l, [](std::string_view w) { return kDeathWords.contains(w); });
}

// Whether a range in brackets right after a name in a sentence about a death (or an obituary)
// is that person's life ("Eleanor Voss (March 3, 1932 - Nov. 24, 2026), a physicist, died on
// Tuesday"); returns the name, else empty.
std::string life_of(const Article& article, std::string_view line, std::string_view text, const Timex& from,
                    const Timex& to) {
  size_t open = text.find_last_not_of(' ', from.begin == 0 ? 0 : from.begin - 1);
  size_t close = text.find_first_not_of(' ', to.end);
  if (open == std::string_view::npos || text[open] != '(' || close == std::string_view::npos ||
      text[close] != ')')
    return {};
  // The capitalised words before the bracket: "Eleanor Voss".
  size_t end = open;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  for (int words = 0; words < 4; ++words) {
    size_t b = begin;
    while (b > 0 && text[b - 1] == ' ') --b;
    size_t e = b;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && alnum(text[b - 1])) --b;
    if (b == e || !std::isupper(static_cast<unsigned char>(text[b]))) break;
    begin = b;
    if (b > 0 && text[b - 1] != ' ') break;
  }
  if (begin >= end) return {};
  // "John Smith (1932-2026)" as a paragraph of its own, an obituary's heading, is a life too
  // (not a line of a list of office holders: "John Smith (1970-1990)\nMary Jones (1990-2002)").
  size_t after = close + 1;
  while (after < text.size() && (text[after] == '.' || text[after] == ' ')) ++after;
  auto blank_or_edge = [&](size_t i, int step) {  // the text at i is a line break
    size_t j = i;
    if (step < 0) {
      if (j == 0) return true;
      if (text[j - 1] != '\n') return false;
      return j == 1 || text[j - 2] == '\n';
    }
    if (j >= text.size()) return true;
    if (text[j] != '\n') return false;
    return j + 1 >= text.size() || text[j + 1] == '\n';
  };
  // The article's title is a heading too ("John Smith (1932-2026)" right under the dateline).
  size_t line_begin = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  line_begin = line_begin == std::string_view::npos || begin == 0 ? 0 : line_begin + 1;
  size_t line_end = std::min(text.find('\n', close), text.size());
  bool heading = (blank_or_edge(begin, -1) && blank_or_edge(after, 1)) ||
                 (!article.title.empty() && text.substr(line_begin, line_end - line_begin) == article.title);
  if (!heading && !mentions_death(line) && !mentions_death(article.title)) return {};
  return std::string(text.substr(begin, end - begin));
}

// Whether a list item holds nothing but its dates after its bullet (`bullet` bytes): "- Friday 11
// December", "- Monday 14 and Tuesday 15 December"; not "- Pre-orders open: Friday, 6 a.m. PT".
bool only_dates(std::string_view line, size_t bullet, const std::vector<TimeSpan>& spans) {
  std::string rest(line);
  for (const TimeSpan& t : spans)
    for (size_t i = t.begin; i < t.end && i < rest.size(); ++i) rest[i] = ' ';
  std::string_view r = std::string_view(rest).substr(std::min(bullet, rest.size()));
  size_t i = 0;
  while (i < r.size()) {
    if (std::string_view(" ,;.&()").find(r[i]) != std::string_view::npos) {
      ++i;
      continue;
    }
    if ((r.substr(i, 4) == "and " || r.substr(i, 3) == "or ") && (i == 0 || r[i - 1] == ' ')) {
      i += r[i] == 'a' ? 4 : 3;
      continue;
    }
    if (r.substr(i) == "and" || r.substr(i) == "or") return true;
    return false;
  }
  return true;
}

// "Drivers ... will walk out on:\n- Friday 11 December\n- Monday 14 December": a list item that is
// only its date says when the sentence that leads into the list happens. The label is that
// sentence's, read as if the item's date ended it ("Drivers ... will walk out on Friday 11
// December"). The lead-in is the sentence right before the list's items, ending in a colon; none
// (an empty label) otherwise.
std::string list_lead_label(const Article& article, size_t index, std::string_view date_text,
                            const TimeSpan& span) {
  size_t j = index;
  while (j > 0 && index - j < 30 &&
         chronoline::text::list_bullet_size(one_line(article.slice(article.sentences[j - 1].range))) > 0)
    --j;
  if (j == 0) return {};
  std::string lead = one_line(article.slice(article.sentences[j - 1].range));
  while (!lead.empty() && lead.back() == ' ') lead.pop_back();
  if (lead.size() < 2 || lead.back() != ':' || chronoline::text::list_bullet_size(lead) > 0) return {};
  lead.pop_back();
  while (!lead.empty() && lead.back() == ' ') lead.pop_back();
  size_t begin = lead.size() + 1;
  lead += ' ';
  lead += date_text;
  TimeSpan at = span;
  at.begin = begin;
  at.end = lead.size();
  lead += '.';
  SentenceLabels labels = label_sentence(lead, {at});
  return labels.labels.empty() ? std::string() : labels.labels.front();
}

// For a transcript's answer that is a date alone ("A: On March 3."), a label from the question
// before it ("Q: When will the museum open?" -> "Museum will open"; "When does it open?" ->
// "When does it open?"): its speaker tag and question word go, an auxiliary moves after a subject
// of a pronoun or up to three words from an article or capital. Empty when `answer` has no
// speaker tag or `question` asks nothing about when.
std::string label_from_question(std::string_view answer, std::string_view question) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    any_word(s, [&](std::string_view w) {
      out.emplace_back(w);
      return false;
    });
    return out;
  };
  auto tag_end = [&](const std::vector<std::string>& w) -> size_t {
    if (w.empty() || (w[0].back() != ':' && w[0].back() != '.')) return 0;
    std::string head = temporal::lower_ascii(std::string_view(w[0]).substr(0, w[0].size() - 1));
    return kTranscriptTags.contains(head) ? 1 : 0;
  };
  std::vector<std::string> a = words(answer), q = words(question);
  if (tag_end(a) == 0 || a.size() > 6 || q.empty() || question.empty() || question.back() != '?') return {};
  size_t i = tag_end(q);
  if (i >= q.size()) return {};
  size_t asks = 0;
  for (size_t n = 2; n >= 1 && asks == 0; --n)
    if (i + n <= q.size()) {
      std::string phrase;
      for (size_t j = i; j < i + n; ++j) {
        // Appended in two steps: `" " + lower_ascii(...)` inserts at the front of a temporary,
        // which GCC 12's -Wrestrict misreads as an overlapping memcpy.
        if (j > i) phrase += ' ';
        phrase += temporal::lower_ascii(q[j]);
      }
      if (kQuestionWords.contains(phrase)) asks = n;
    }
  if (asks == 0) return {};
  std::string out;
  std::vector<std::string> rest(q.begin() + static_cast<long>(i), q.end());
  rest.back().pop_back();  // the '?'
  if (rest.back().empty()) rest.pop_back();
  std::vector<std::string> body(rest.begin() + static_cast<long>(asks), rest.end());
  if (body.size() >= 2 && kQuestionAuxiliaries.contains(temporal::lower_ascii(body[0]))) {
    std::string aux = temporal::lower_ascii(body[0]);
    std::string first = temporal::lower_ascii(body[1]);
    size_t subject = 0;
    if (kSubjectPronouns.contains(first)) subject = 1;
    else if (kArticles.contains(first) || kPossessives.contains(first) || std::isupper(static_cast<unsigned char>(body[1][0])))
      for (subject = 1; subject < 3 && 1 + subject < body.size() &&
                        std::isupper(static_cast<unsigned char>(body[1 + subject][0])); ++subject) {}
    if (kArticles.contains(first) && subject == 1 && body.size() > 3) subject = 2;  // "the museum"
    if (subject > 0 && 1 + subject < body.size()) {
      std::vector<std::string> s(body.begin() + 1, body.begin() + 1 + static_cast<long>(subject));
      if (kArticles.contains(temporal::lower_ascii(s[0])) && s.size() > 1) s.erase(s.begin());
      for (const auto& w : s) out += (out.empty() ? "" : " ") + w;
      out += " " + aux;
      for (size_t j = 1 + subject; j < body.size(); ++j) out += " " + body[j];
      out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
      return out;
    }
  }
  for (size_t j = 0; j < rest.size(); ++j) out += (j > 0 ? " " : "") + rest[j];
  return out + "?";
}

// Whether `s` (a timex's text) is a clock time alone ("8pm", "10 p.m.", "7:30"), with no day or
// deictic joined to it ("2am on Saturday", "9pm last night").
bool bare_clock(std::string_view s) {
  for (size_t p = 0; p < s.size();) {
    size_t e = s.find(' ', p);
    if (e == std::string_view::npos) e = s.size();
    std::string w = temporal::lower_ascii(s.substr(p, e - p));
    if (!w.empty() && !std::isdigit(static_cast<unsigned char>(w[0])) && w.find_first_not_of("amp.") != std::string::npos)
      return false;  // a word other than "am", "p.m." and the like
    p = e + 1;
  }
  return true;
}

// Whether `inside[k]` is a bare clock time ("6am", "8 p.m.", a range's first) with a recurrence
// ("every 10 minutes", "every day", "weekdays", "seven days a week") right before or after it in
// its clause (or after the range it opens): at most three words between, no punctuation but a
// comma before a recurrence after it ("from 8am to 8pm, every day").
bool schedule_time(std::string_view text, const std::vector<const Timex*>& inside, size_t k) {
  const Timex& t = *inside[k];
  if (t.type != TimexType::kTime || t.begin >= t.end || !std::isdigit(static_cast<unsigned char>(text[t.begin])))
    return false;
  auto close = [&](size_t from, size_t to, bool comma) {
    if (from > to || to - from > 40) return false;
    std::string_view g = text.substr(from, to - from);
    if (comma && g.starts_with(",")) g.remove_prefix(1);
    return g.find_first_of(",;.:()\n") == std::string_view::npos &&
           std::count(g.begin(), g.end(), ' ') <= 4;
  };
  if (k > 0 && inside[k - 1]->type == TimexType::kSet && close(inside[k - 1]->end, t.begin, false)) return true;
  size_t last = k;  // "from 6am to 1am every day": after the range's end
  if (!t.range.empty() && k + 1 < inside.size() && inside[k + 1]->ends_range) last = k + 1;
  // "8am to 8pm, seven days a week" (no range without "from"): after the next bare time.
  if (last == k && k + 1 < inside.size() && inside[k + 1]->type == TimexType::kTime &&
      close(t.end, inside[k + 1]->begin, false) && inside[k + 1]->begin - t.end <= 4)
    last = k + 1;
  if (rate_after(text, inside[last]->end)) return true;
  // "Opening hours will be extended to 8pm", "will stay open until 10 p.m.": the hour a place
  // closes at from now on, after "to" or "until" and a word of opening-hours-words.txt a few words
  // before in its clause. Only a bare clock time ("2am on Saturday", "9pm last night" name a day)
  // in a clause not in the past ("The shop stayed open until 2am" tells what happened).
  if (t.begin > 0 && bare_clock(text.substr(t.begin, t.end - t.begin))) {
    auto w = words_before(text, t.begin, 9);  // nearest first, within its clause
    if (!w.empty() && (w[0] == "to" || w[0] == "until" || w[0] == "till")) {
      bool hours = false, past = false;
      for (size_t i = 0; i < w.size(); ++i) {
        hours = hours || kOpeningHoursWords.contains(w[i]);
        bool helped = i + 1 < w.size() && (kAuxiliaries.contains(w[i + 1]) || kBeForms.contains(w[i + 1]) ||
                                           kModals.contains(w[i + 1]));
        past = past || (!helped && (listed_past(w[i]) || (w[i].size() > 4 && w[i].ends_with("ed"))));
      }
      if (hours && !past) return true;
    }
  }
  return last + 1 < inside.size() && inside[last + 1]->type == TimexType::kSet &&
         close(inside[last]->end, inside[last + 1]->begin, true);
}

// Whether `gap` is only days of the month before the one a date names with its month, each
// followed by "and", "&" or a comma ("23 and ", "3, 4 and "): the tagger dates the last alone.
bool days_before_month(std::string_view gap) {
  bool digit = false;
  for (size_t i = 0; i < gap.size();) {
    size_t j = gap.find(' ', i);
    if (j == std::string_view::npos) j = gap.size();
    std::string_view w = gap.substr(i, j - i);
    i = j + 1;
    if (!w.empty() && w.back() == ',') w.remove_suffix(1);
    if (w.empty() || w == "and" || w == "&") continue;
    if (w.size() > 2 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    digit = true;
  }
  return digit && (gap.ends_with(" and ") || gap.ends_with(" & ") || gap.ends_with(", "));
}

// Whether [from, to) of `text` is only dates of `inside`, each ended by ", ", " and " or ", and "
// ("December 11, December 18 and " before "January 8"): a field line's value may list them.
bool dates_listed(std::string_view text, size_t from, size_t to, const std::vector<const Timex*>& inside) {
  size_t at = from;
  for (const Timex* t : inside) {
    if (t->end <= from || t->begin >= to) continue;
    if (t->begin != at || t->ends_range || !t->range.empty()) return false;
    at = t->end;
    bool joined = false;
    for (std::string_view glue : {", and ", " and ", ", "})
      if (!joined && text.substr(at, glue.size()) == glue) {
        at += glue.size();
        joined = true;
      }
    if (!joined) return false;
  }
  return at == to && at > from;
}

// The colon of a field line, a sentence of a list that is a short label, a colon and the date it
// gives ("Annual report 2026: 2027-03-25", "Annual general meeting: 10 June 2027"): the byte
// offset of the colon in `text`, or npos. The last timex of `inside` starts the value and ends the
// sentence (a full stop may follow).
size_t field_colon(std::string_view text, TextRange sentence, const std::vector<const Timex*>& inside) {
  constexpr size_t kMaxField = 100;  // bytes of the whole line
  if (inside.empty() || sentence.size() > kMaxField) return std::string_view::npos;
  std::string_view line = text.substr(sentence.begin, sentence.size());
  size_t colon = line.find(": ");
  size_t head = chronoline::text::list_bullet_size(line);
  if (colon == std::string_view::npos || colon <= head || !(line[head] >= 'A' && line[head] <= 'Z'))
    return std::string_view::npos;
  // A transcript's "A: Last year." answers a question (label_from_question).
  if (kTranscriptTags.contains(temporal::lower_ascii(line.substr(head, colon - head)))) return std::string_view::npos;
  const Timex& value = *inside.back();
  size_t end = sentence.end;
  if (text[end - 1] == '.') --end;
  if (value.end != end || value.begin < sentence.begin + colon + 2) return std::string_view::npos;
  // "Manchester: 23 and 24 April": days before the one the tagger dates with its month.
  std::string_view days = text.substr(sentence.begin + colon + 2, value.begin - sentence.begin - colon - 2);
  if (!days.empty() && !days_before_month(days) && !dates_listed(text, sentence.begin + colon + 2, value.begin, inside))
    return std::string_view::npos;
  return sentence.begin + colon;
}

// True when the word at `p` of `text` follows other words of its sentence: a letter or digit,
// a comma, semicolon or colon before it (quotes, brackets and spaces between do not count).
bool mid_sentence_at(std::string_view text, size_t p) {
  size_t q = p;
  while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '"' || text[q - 1] == '(')) --q;
  return q > 0 && (alnum(text[q - 1]) || text[q - 1] == ',' || text[q - 1] == ';' || text[q - 1] == ':');
}

// Characters that may stand inside a one-word subject as it is matched below; the others end it.
bool in_run(char c) {
  return !std::isspace(static_cast<unsigned char>(c)) && c != ',' && c != ';' && c != ':' && c != '"' && c != '(';
}

// Which capitalised words appear inside a sentence of an article, not only at the start of one: a
// one-word subject ("Voltaren") is a name then, and "Nobody" or "Officials" are not. Read in one
// pass, so asking about every sentence's subject stays linear in the article (it was quadratic).
class MidSentenceNames {
 public:
  explicit MidSentenceNames(std::string_view text) : text_(text) {
    // Every word that can match at p ends before a character that is no letter or digit, inside
    // the run of characters at p; runs starting mid-sentence never overlap.
    for (size_t p = 0; p < text.size(); ++p) {
      if (text[p] < 'A' || text[p] > 'Z' || (p > 0 && alnum(text[p - 1])) || !mid_sentence_at(text, p)) continue;
      size_t e = p;
      for (; e < text.size() && in_run(text[e]); ++e)
        if (!alnum(text[e])) names_.insert(text.substr(p, e - p));
      names_.insert(text.substr(p, e - p));
    }
  }

  // True when `word` appears capitalised mid-sentence, at word boundaries.
  bool contains(std::string_view word) const {
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && std::all_of(word.begin(), word.end(), in_run))
      return names_.contains(word);
    for (size_t p = text_.find(word); p != std::string_view::npos; p = text_.find(word, p + 1)) {
      size_t after = p + word.size();
      if ((p > 0 && alnum(text_[p - 1])) || (after < text_.size() && alnum(text_[after]))) continue;
      if (mid_sentence_at(text_, p)) return true;
    }
    return false;
  }

 private:
  std::string_view text_;
  std::unordered_set<std::string_view> names_;
};

// "Corvane said on Monday that sales rose": a one-word subject that reports speech is someone who
// speaks, a name then even when the article never writes it mid-sentence; "it" later is that firm
// or body. Not a person (whose one word is a surname the article knows, so `person` is set), a
// plural ("Officials", "Analysts") nor a word for unnamed people ("Police", "Nobody"). A one-word
// subject of another verb ("Revenue rose 4% on Monday") may be a common noun.
bool one_word_speaker(const SentenceLabels& labels) {
  const std::string& w = labels.subject;
  if (!labels.person_speaks || w.empty() || w.find(' ') != std::string::npos || w.size() < 2) return false;
  std::string lower = temporal::lower_ascii(w);
  bool plural = lower.size() > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") &&
                !lower.ends_with("is");
  return !plural && !kUnnamedSpeakers.contains(lower) && !kCollectiveNouns.contains(lower) &&
         std::all_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '&'; });
}

// `s` in lower case between two spaces, so that a search finds whole words only.
std::string spaced_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += ' ';
  out += temporal::lower_ascii(s);
  out += ' ';
  return out;
}

// True when `text` holds the words `words`, whole and in any case: "War memorial" in "Residents
// will gather at the war memorial".
bool holds_words(std::string_view text, std::string_view words) {
  return spaced_lower(text).find(spaced_lower(words)) != std::string::npos;
}

// The events an article has so far, looked up by date and word for `says_again` below: a one-word
// label ("Died") by its word, a longer one by each of its words. Looking through all events for
// each new one made a long article quadratic (30,000 dated sentences: 5 s, 440,000: minutes before
// the event limit refused it). Entries go stale when an event is replaced; they are dropped when
// met.
class WordIndex {
 public:
  // Registers event `i` (its current value and label).
  void add(size_t i, const Event& e) {
    if (e.label.find(' ') == std::string::npos) {
      one_word_[key(e.value, e.label)].insert(i);
      return;
    }
    any_word(e.label, [&](std::string_view w) {
      by_word_[key(e.value, w)].insert(i);
      return false;
    });
  }
  // The first event `o` (in order) for which `related(o)` holds among those that may: events of
  // e's value whose one-word label is a word of e's label, or whose label holds e's one word.
  template <class Related>
  std::optional<size_t> first(const Event& e, Related related) {
    std::optional<size_t> best;
    auto look = [&](std::unordered_map<std::string, std::set<size_t>>& map, std::string_view w) {
      auto it = map.find(key(e.value, w));
      if (it == map.end()) return;
      std::set<size_t>& found = it->second;
      while (!found.empty() && !related(*found.begin())) found.erase(found.begin());
      if (!found.empty() && (!best || *found.begin() < *best)) best = *found.begin();
    };
    if (e.label.find(' ') == std::string::npos)
      look(by_word_, e.label);
    else
      any_word(e.label, [&](std::string_view w) {
        look(one_word_, w);
        return false;
      });
    return best;
  }

 private:
  static std::string key(std::string_view value, std::string_view word) {
    std::string k(value);
    k += '\x1f';
    k += temporal::lower_ascii(word);
    return k;
  }
  std::unordered_map<std::string, std::set<size_t>> one_word_, by_word_;
};

// True when `name` holds the last word of `phrase`, in any case: "Port of Valmora" and "port".
bool names_head(std::string_view name, std::string_view phrase) {
  std::string_view head = phrase.substr(phrase.rfind(' ') == std::string_view::npos ? 0 : phrase.rfind(' ') + 1);
  return !head.empty() && holds_words(name, head);
}

// The people an article has named lately, most recent first, and what is known of their sex:
// from a title before their surname anywhere in the article ("Mr. Haddad"), from the pronouns of
// a sentence that names them alone ("Anna Berg said she would resign"), or from a "he"/"she"
// that stood for them. "He" stands for the most recent person known to be a man, else the most
// recent one not known to be a woman: a person the article has already called "he" is the one it
// is about.
class People {
 public:
  // `tokens` are the article's sentences', in order.
  People(const Article& article, const std::vector<SentenceTokens>& tokens)
      : title_(article.title) {
    for (size_t k = 0; k < article.sentences.size(); ++k)
      for (auto& [surname, g] :
           titled_surnames(article.slice(article.sentences[k].range), tokens[k])) {
        if (g == Gender::kUnknown) {
          named_surnames_.insert(surname);
          continue;
        }
        auto [it, added] = by_surname_.emplace(surname, g);
        if (!added && it->second != g) it->second = Gender::kUnknown;  // a Mr. and a Mrs. Haddad
      }
  }

  // Who "he"/"his" (kMale) or "she"/"her" (kFemale) stands for: `here`, a person the sentence
  // names, else one named in the last kPersonReach sentences; the first of them known to be of
  // that sex, else the first not known to be of the other. Empty when there is none.
  // With `prefer_here`, `here` comes first unless known to be of the other sex ("Kopp purports to
  // be ..., and the jobs he has held"); not when `here` is a speaker ("Anna Berg said he had fled"
  // may be about someone else).
  std::string_view referent(Gender g, std::string_view here, bool prefer_here = false) const {
    if (prefer_here && !here.empty() && g != Gender::kUnknown && of(here) != other(g)) return here;
    std::vector<std::string_view> candidates;
    if (!here.empty()) candidates.push_back(here);
    for (const auto& [name, age] : recent_)
      if (age <= kPersonReach) candidates.push_back(name);
    if (g != Gender::kUnknown)
      for (std::string_view name : candidates)
        if (of(name) == g) return name;
    for (std::string_view name : candidates)
      if (of(name) == Gender::kUnknown || g == Gender::kUnknown) return name;
    // "Margaret Ellery, marine biologist, dies aged 87" ... "She retired in 2004": with no one
    // named lately, the person the title names, when known to be of that sex.
    if (candidates.empty() && g != Gender::kUnknown && !main_.empty() && of(main_) == g) return main_;
    return {};
  }

  // The full name of the one person with surname `surname` named lately or whose sex is known
  // ("Miriam Caldwell" for "Caldwell"), else `surname` itself.
  std::string full_name(std::string_view surname) const {
    auto of_surname = [&](std::string_view name) {
      return name.size() > surname.size() + 1 && name.ends_with(surname) &&
             name[name.size() - surname.size() - 1] == ' ';
    };
    std::set<std::string_view> found;
    for (const auto& [name, age] : recent_)
      if (of_surname(name)) found.insert(name);
    for (const auto& [name, g] : by_name_)
      if (of_surname(name)) found.insert(name);
    return found.size() == 1 ? std::string(*found.begin()) : std::string(surname);
  }

  // True when `word` is one word and the last word of a person named so far or after a title.
  bool is_surname(std::string_view word) const {
    if (word.empty() || word.find(' ') != std::string_view::npos) return false;
    std::string w(word);
    return by_surname_.contains(w) || named_surnames_.contains(w);
  }

  // True when someone named in the last kPersonReach sentences other than `name` may be the one
  // a pronoun of sex `g` stands for: "Kopp ... Slepian said he" need not teach that Slepian is a
  // man.
  bool others_may_be(std::string_view name, Gender g) const {
    return std::any_of(recent_.begin(), recent_.end(), [&](const auto& r) {
      return r.second <= kPersonReach && r.first != name && of(r.first) != other(g);
    });
  }

  // `name` is a woman or a man, unless known otherwise already.
  void learn(std::string_view name, Gender g) {
    if (g != Gender::kUnknown && !name.empty() && of(name) == Gender::kUnknown) by_name_.emplace(name, g);
  }

  // The sentence is over; `person` (if any) is the one it named.
  void next_sentence(std::string person) {
    for (auto& r : recent_) ++r.second;
    if (person.empty()) return;
    if (main_.empty() && person.find(' ') != std::string::npos && title_.find(person) != std::string::npos)
      main_ = person;
    if (size_t space = person.rfind(' '); space != std::string::npos) named_surnames_.insert(person.substr(space + 1));
    std::erase_if(recent_, [&](const auto& r) { return r.first == person; });
    recent_.insert(recent_.begin(), {std::move(person), 0});
    if (recent_.size() > 8) recent_.pop_back();
  }

  Gender of(std::string_view name) const {
    if (auto it = by_name_.find(std::string(name)); it != by_name_.end()) return it->second;
    // "Mrs. Alvarez": the title says it; else the surname's title elsewhere in the article.
    std::string_view first = name.substr(0, name.find_first_of(" ."));
    std::string title(first);
    std::transform(title.begin(), title.end(), title.begin(), [](unsigned char c) { return std::tolower(c); });
    if (first.size() < name.size())
      if (Gender g = gender_of_word(title); g != Gender::kUnknown) return g;
    // "Anna Berg": a given name that says it, before what a title says of others of her surname.
    if (first.size() < name.size())
      if (Gender g = gender_of_given_name(title); g != Gender::kUnknown) return g;
    std::string_view surname = name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1);
    if (auto it = by_surname_.find(std::string(surname)); it != by_surname_.end()) return it->second;
    return Gender::kUnknown;
  }

  static Gender other(Gender g) {
    return g == Gender::kMale     ? Gender::kFemale
           : g == Gender::kFemale ? Gender::kMale
                                  : Gender::kUnknown;
  }

 private:
  std::unordered_map<std::string, Gender> by_surname_;
  std::unordered_map<std::string, Gender> by_name_;
  std::unordered_set<std::string> named_surnames_;
  std::vector<std::pair<std::string, size_t>> recent_;  // name, sentences since
  std::string title_;
  std::string main_;  // the first person named in the body whose full name the title holds
};

// True when `sentence` opens with a quotation mark: it is someone's words.
bool opens_quotation(std::string_view sentence) {
  return sentence.starts_with("\"") || sentence.starts_with("``") ||
         sentence.starts_with("\u201C") || sentence.starts_with("'");
}

// Whether `gap`, the text between two dates of a sentence, sets the second off as a restatement of
// the first: a comma, bracket or dash, maybe with a time preposition ("weekend, from Thursday").
bool appositive_gap(std::string_view gap) {
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  if (gap.empty() || (gap.front() != ',' && gap.front() != '(' && gap.front() != '-' &&
                      !gap.starts_with("\u2014") && !gap.starts_with("\u2013")))
    return false;
  gap.remove_prefix(gap.front() == ',' || gap.front() == '(' || gap.front() == '-' ? 1 : 3);
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  return gap.empty() ||
         (gap.find(' ') == std::string_view::npos && kTimePrepositions.contains(gap));
}

// The sex the first word of `label` says, when it is "He", "His", "She" or "Her".
Gender leading_gender(std::string_view label) {
  std::string w(label.substr(0, label.find(' ')));
  std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
  return gender_of_word(w);
}

}  // namespace

namespace {

// Whether the words before a dateline's date are those of a dateline (dateline-words.txt: "Last
// modified on", "Updated:"), maybe after a name set off by a mark ("KYODO NEWS - ", "DW, ", "CBC
// News · Posted: "), not a headline's ("Storm closes schools on", "Storm Closes Schools on").
bool dateline_prefix(std::string_view prefix) {
  bool name = false;  // capitalised words no mark has set off yet
  for (size_t i = 0; i < prefix.size();) {
    if (!std::isalpha(static_cast<unsigned char>(prefix[i]))) {
      if (prefix[i] != ' ') name = false;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < prefix.size() && std::isalpha(static_cast<unsigned char>(prefix[end]))) ++end;
    std::string word(prefix.substr(i, end - i));
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!kDatelineWords.contains(word)) {
      if (!std::isupper(static_cast<unsigned char>(prefix[i]))) return false;
      name = true;
    }
    i = end;
  }
  return !name;
}

std::optional<DateTime> parse_whole_dateline(std::string_view line, const Tagger& tagger) {
  // An ISO 8601 timestamp ("2022-01-25T05:49:00Z", also after "Last updated: ") reads as the date
  // and time it writes.
  std::string text(line);
  auto digits = [&](size_t from, size_t n) {
    return text.size() >= from + n &&
           std::all_of(text.begin() + static_cast<long>(from), text.begin() + static_cast<long>(from + n),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  for (size_t p = 0; p + 13 <= text.size(); ++p)
    if ((p == 0 || !digits(p - 1, 1)) && digits(p, 4) && text[p + 4] == '-' && digits(p + 5, 2) &&
        text[p + 7] == '-' && digits(p + 8, 2) && text[p + 10] == 'T' && digits(p + 11, 2))
      text[p + 10] = ' ';
  line = text;
  // A dateline is absolute: tagged against two anchors far apart, its date reads the same.
  // Relative words ("Monday", "yesterday") do not, and are no dateline.
  Anchor anchor{date::sys_days{date::year{2000} / 1 / 1}, std::nullopt};
  Anchor other{date::sys_days{date::year{2010} / 7 / 15}, std::nullopt};
  auto timexes = tagger.tag(line, anchor);
  auto again = tagger.tag(line, other);
  if (timexes.empty() || again.size() != timexes.size() || timexes.front().begin > 24) return std::nullopt;  // "Last modified on "
  if (!dateline_prefix(line.substr(0, timexes.front().begin))) return std::nullopt;
  // The dates and times must be most of the line ("Updated 10:30 AM ET, Tue January 25, 2022").
  size_t covered = 0;
  for (const Timex& t : timexes) covered += t.end - t.begin;
  if (covered * 2 < line.size() - std::min(line.size(), size_t{12})) return std::nullopt;
  const Timex* date_timex = nullptr;
  for (size_t i = 0; i < timexes.size() && !date_timex; ++i) {
    const Timex& t = timexes[i];
    bool day_value = t.value.size() >= 10 && parse_day(std::string_view(t.value).substr(0, 10)) &&
                     (t.value.size() == 10 || t.value[10] == 'T');
    if ((t.type == TimexType::kDate || t.type == TimexType::kTime) && day_value && t.value == again[i].value)
      date_timex = &t;
  }
  if (!date_timex) return std::nullopt;
  const Timex& t = *date_timex;
  DateTime dt{*parse_day(std::string_view(t.value).substr(0, 10)), std::nullopt};
  if (t.value.size() >= 16) dt.time_of_day = time_after(std::string_view(t.value).substr(11));
  for (const Timex& o : timexes)  // a clock time beside the date
    if (!dt.time_of_day && o.type == TimexType::kTime && o.value.size() >= 16 && o.value[10] == 'T')
      dt.time_of_day = time_after(std::string_view(o.value).substr(11));
  if (!dt.time_of_day) dt.time_of_day = time_after(line.substr(t.end));
  return dt;
}

// The start of the first date in `text` that needs no anchor ("born 4 March 1946", "In 1968"):
// tagged against two anchors far apart, it reads the same. A narrative without a publication date
// (a biography, a history) counts from it. Empty when the text has none.
std::optional<Anchor> first_absolute_date(std::string_view text, const Tagger& tagger) {
  TagOptions narrative;
  narrative.doc_type = DocType::kNarrative;
  auto timexes = tagger.tag(text, Anchor{date::sys_days{date::year{2000} / 1 / 1}}, narrative);
  auto again = tagger.tag(text, Anchor{date::sys_days{date::year{2010} / 7 / 15}}, narrative);
  for (size_t i = 0; i < timexes.size() && i < again.size(); ++i) {
    const Timex& t = timexes[i];
    if (t.type != TimexType::kDate || t.value != again[i].value || t.begin != again[i].begin)
      continue;
    if (auto span = span_of_value(event_value(t)); span) return Anchor{span->start};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Anchor> narrative_start(std::string_view text, const Tagger& tagger) {
  return first_absolute_date(text, tagger);
}

std::optional<DateTime> parse_dateline(std::string_view line, const Tagger& tagger) {
  if (auto dt = parse_whole_dateline(line, tagger)) return dt;
  // A header line of fields between bars, one of them the date ("KYODO NEWS - Nov 27, 2026 -
  // 19:45 | Japan, Politics", "Department of Health | Weekly Update | Nov. 27, 2026"): the first
  // field that reads as a dateline. The other fields are names, not sentences.
  constexpr std::string_view kBar = " | ";
  if (line.find(kBar) == std::string_view::npos || line.size() >= 200) return std::nullopt;
  std::vector<std::string_view> fields;
  for (size_t from = 0;;) {
    size_t bar = line.find(kBar, from);
    fields.push_back(
        line.substr(from, bar == std::string_view::npos ? std::string_view::npos : bar - from));
    if (bar == std::string_view::npos) break;
    from = bar + kBar.size();
  }
  for (std::string_view f : fields)
    if (f.size() >= 60 || f.ends_with('.') || f.ends_with('!') || f.ends_with('?'))
      return std::nullopt;
  for (std::string_view f : fields)
    if (auto dt = parse_whole_dateline(f, tagger)) return dt;
  return std::nullopt;
}

namespace {

// The surname of a person named before that opens `line` in the possessive ("Caldwell's term
// ends", "Okafor\u2019s lawyer said"); empty when the first word is none.
std::string possessive_surname(std::string_view line, const People& people) {
  size_t end = line.find_first_of(" ,");
  std::string_view first = line.substr(0, end);
  for (std::string_view mark : {"'s", "\u2019s"})
    if (first.size() > mark.size() && first.ends_with(mark)) {
      first.remove_suffix(mark.size());
      return people.is_surname(first) ? people.full_name(first) : std::string();
    }
  return {};
}

// In an obituary, whose life in brackets names its person ("John Smith (1932-2026)"), a label's
// bare "He" or "She" is that person, written by surname as an obituary names them after the first
// time ("He opened his first workshop in 1961" -> "Smith opened his first workshop"), though
// another person was named lately ("Her daughter, Ines Berg, joined ... She retired in 2001": the
// obituary's person retired); not when the person is known to be of the other sex.
std::string obituary_pronoun(std::string label, std::string_view person, const People& people) {
  if (person.empty()) return label;
  size_t space = label.find(' ');
  if (space == std::string::npos || (label.compare(0, space, "He") != 0 && label.compare(0, space, "She") != 0))
    return label;
  Gender g = leading_gender(label);
  if (people.of(person) == People::other(g)) return label;
  std::string_view surname = person.substr(person.rfind(' ') == std::string_view::npos ? 0 : person.rfind(' ') + 1);
  std::string out(surname);
  out.append(label, space);
  return out;
}

}  // namespace

std::vector<Event> events_from_timexes(const Article& article, const std::vector<Timex>& timexes,
                                       std::optional<date::sys_days> published) {
  std::vector<Event> events;
  utf8::OffsetMap offsets(article.text);
  size_t next = 0;
  std::string antecedent;  // the last name a sentence was about: what "it" in a label stands for
  // Each sentence read once, for the people it names first and then for its labels.
  std::vector<SentenceTokens> tokens;
  tokens.reserve(article.sentences.size());
  for (const Sentence& sentence : article.sentences)
    tokens.push_back(tokenize_sentence(article.slice(sentence.range)));
  People people(article, tokens);  // who "she" or "he" stands for
  std::string previous_definite;  // the last sentence's subject, when a definite noun phrase
  std::string previous_unsexed;   // the last sentence's subject, when a name of unknown sex
  MidSentenceNames names(article.text);
  WordIndex index;  // the events so far by date and word
  std::vector<size_t> deaths;  // the events that end a life span in brackets
  std::string obituary;        // the person the first life span in brackets is of ("John Smith")
  for (size_t sentence_index = 0; sentence_index < article.sentences.size(); ++sentence_index) {
    const Sentence& sentence = article.sentences[sentence_index];
    if (events.size() > kMaxEvents) break;  // the caller refuses the timeline; stop paying for it
    std::vector<const Timex*> inside;
    while (next < timexes.size() && timexes[next].begin < sentence.range.begin) ++next;
    for (size_t i = next; i < timexes.size() && timexes[i].begin < sentence.range.end; ++i)
      if (timexes[i].end <= sentence.range.end && !in_credit(article, timexes[i])) inside.push_back(&timexes[i]);
    std::vector<TimeSpan> spans;
    for (const Timex* t : inside) {
      auto span = span_of_value(event_value(*t), article.hemisphere);
      spans.push_back({t->begin - sentence.range.begin, t->end - sentence.range.begin,
                       t->ends_range || span.ok(),
                       published && span.ok() && span->end < *published,
                       published && span.ok() && span->start > *published});
    }
    std::string line = one_line(article.slice(sentence.range));
    // A field line ("Annual report 2026: 2027-03-25"): the date after the colon is the event and
    // what comes before it its label; a date in that label names the report, no event of its own.
    size_t field = field_colon(article.text, sentence.range, inside);
    // "It" right after a sentence about "the farm" is the farm (or the name it is short for:
    // "the port" after "Port of Valmora"); further back, the last name.
    std::string_view it = antecedent;
    if (!previous_definite.empty() && !names_head(antecedent, previous_definite)) it = previous_definite;
    // "Fenwick Chemicals was charged ... It pleaded guilty": a name that could be a person's, and
    // that nothing showed to be a man's or a woman's, is the thing "it" stands for right after it.
    else if (!previous_unsexed.empty()) it = previous_unsexed;
    // Whether the sentence has a date besides its k-th that can date an event: neither the end
    // of a range, a set, a date before a noun ("the November jobs report"), nor a baseline.
    auto other_date = [&](size_t k) {
      for (size_t j = 0; j < inside.size(); ++j) {
        const Timex& o = *inside[j];
        if (j == k || o.ends_range || o.type == TimexType::kSet || !spans[j].dated) continue;
        // "start at 9 am on hot Saturdays, and ... the Boxing Day fixture": a timetable's clock
        // time makes no event (below), so it dates nothing else either.
        if (schedule_time(article.text, inside, j)) continue;
        // "posted a third-quarter net loss ..., versus net income ... a year earlier": a
        // baseline dates nothing, so the quarter is the loss's date after all.
        auto s = span_of_value(event_value(o), article.hemisphere);
        if (s && !attributive_date(article.text, o, *s) && !comparison_baseline(article.text, o, false, published && s->start > *published,
                                                                      j > 0 ? inside[j - 1] : nullptr))
          return true;
      }
      return false;
    };
    // Asked up to three times per date (its baseline, modifier and forecast tests): worked out once.
    std::vector<signed char> elsewhere(inside.size(), -1);
    auto dated_elsewhere = [&](size_t k) {
      if (elsewhere[k] < 0) elsewhere[k] = other_date(k) ? 1 : 0;
      return elsewhere[k] == 1;
    };
    // "releases the November jobs report on Friday, Dec. 4": a date that only says which report,
    // where another date times the clause, makes no event (below), so its words stay in the
    // other dates' labels ("Labor Department releases the November jobs report").
    for (size_t k = 0; k < inside.size(); ++k)
      if (auto s = span_of_value(event_value(*inside[k]));
          s && !inside[k]->ends_range &&
          (attributive_date(article.text, *inside[k], *s) || happening_date(article.text, *inside[k], *s)) &&
          dated_elsewhere(k))
        spans[k].dated = false;
    // "lay a wreath at the 9/11 memorial": a date that names a thing makes no event; its words stay.
    for (size_t k = 0; k < inside.size(); ++k)
      if (auto s = span_of_value(event_value(*inside[k]));
          s && !inside[k]->ends_range && named_date_thing(article.text, *inside[k], *s, published))
        spans[k].dated = false;
    SentenceLabels labels = label_sentence(line, std::move(tokens[sentence_index]), spans);
    // "Anna Berg said she would resign": she is a woman. "She resigned on Friday": the person
    // "she" stands for is one.
    // "Kopp purports to be ...": a one-word subject that is the surname of a person the article
    // has named ("James Charles Kopp", "Mr. Kopp") is that person.
    if (labels.person.empty() && people.is_surname(labels.subject)) labels.person = labels.subject;
    // "Kopp ... Slepian said he had been warned": with someone else named lately who may be the
    // "he", the sentence teaches nothing of its own person.
    if (!people.others_may_be(labels.person, labels.person_pronouns))
      people.learn(labels.person, labels.person_pronouns);
    if (labels.subject_pronoun != Gender::kUnknown)
      people.learn(people.referent(labels.subject_pronoun, labels.person), labels.subject_pronoun);
    size_t sentence_first = events.size();
    for (size_t k = 0; k < inside.size(); ++k) {
      const Timex& t = *inside[k];
      if (t.ends_range || t.type == TimexType::kSet) continue;
      // A clock time restated in brackets in another zone right after the one it converts ("at
      // 03:14 UTC on Friday (10:14 p.m. Thursday local time)") is the same moment, no event.
      if (k > 0 && restates_time(article.text, *inside[k - 1], t)) continue;
      // A clock time beside a recurrence is a timetable, not a moment: "trains every 10 minutes
      // from 6am to 1am", "open until 8 p.m. every day", "from 9am to 5pm on weekdays".
      if (schedule_time(article.text, inside, k)) continue;
      // "Half a century ago this week, ...": the week (or day, month) right after a span back
      // from now names the anniversary, when the story is told; the span dates the happening.
      if (k > 0 && inside[k - 1]->end + 1 == t.begin && article.text[inside[k - 1]->end] == ' ' &&
          std::string_view(article.text).substr(inside[k - 1]->begin, inside[k - 1]->end - inside[k - 1]->begin).ends_with(" ago"))
        continue;
      if (field != std::string::npos && t.end <= field) continue;
      // An event's dates and, for a life span, its label: one part, or two for a life in brackets
      // after a name ("Eleanor Voss (March 3, 1932 - Nov. 24, 2026) ... died"): birth and death,
      // not one bar across a life that the story is not about.
      struct Part {
        std::string value;
        size_t begin, end;
        std::string label;
      };
      std::vector<Part> parts;
      bool ranged = !t.range.empty() && k + 1 < inside.size() && inside[k + 1]->ends_range;
      std::string life = ranged ? life_of(article, line, article.text, t, *inside[k + 1]) : std::string();
      if (!life.empty()) {
        if (obituary.empty()) obituary = life;
        parts.push_back({t.value, t.begin, t.end, life + " born"});
        parts.push_back({inside[k + 1]->value, inside[k + 1]->begin, inside[k + 1]->end, life + " died"});
      } else {
        parts.push_back({event_value(t), t.begin, ranged ? inside[k + 1]->end : t.end, {}});
      }
      for (const Part& part : parts) {
        auto span = span_of_value(part.value, article.hemisphere);
        if (!span) continue;
        // "the largest increase since 2011" compares with 2011, "the highest in 40 years" with
        // those years, "the best bike of the year" ranks over it; "Here is how 2026 unfolded" frames
        // the article: no events then.
        if (part.label.empty() &&
            (compared_since(article.text, t) || forecast_horizon(article.text, t) ||
             (!ranged && comparison_baseline(article.text, t, dated_elsewhere(k), published && span->start > *published,
                                             k > 0 ? inside[k - 1] : nullptr)) ||
             (attributive_date(article.text, t, *span) && dated_elsewhere(k)) ||
             (forecast_subject_period(article.text, t) && dated_elsewhere(k)) ||
             compared_within(article.text, t) || ranked_over(article.text, t) ||
             frames_article(article.text, line, t, *span, published) ||
             named_date_thing(article.text, t, *span, published)))
          continue;
        Event e;
        e.value = part.value;
        if (t.range.empty() && is_timex_mod(t.mod)) e.mod = t.mod;  // "late 2025" is 2025, END
        e.span = narrowed_span(*span, e.mod);
        // "earlier this month" is the part of the month before the publication date, not its start.
        if (e.mod == "START" && published && *published > span->start && *published <= span->end &&
            span->granularity <= Granularity::kMonth) {
          e.mod.clear();
          e.span = DaySpan{span->start, *published - date::days{1}, span->granularity, true};
        }
        e.text = one_line(std::string_view(article.text).substr(part.begin, part.end - part.begin));
        e.offset = {{offsets.to_codepoint(part.begin), offsets.to_codepoint(part.end)}};
        e.sentence = line;
        // "his" in a sentence that names a person is most often that person; "he" further on, the
        // person named in the last two sentences ("a man ... he" six sentences later is no one
        // named). "The Haworth mill never reopened, and its site became a retail park": "its" in a
        // later clause of a sentence about a thing is that thing. A one-word definite subject ("the
        // company") is rather the name said before.
        bool definite = labels.definite.find(' ') != std::string::npos;
        std::string_view own = !labels.person.empty()    ? std::string_view()
                               : !labels.subject.empty() ? std::string_view(labels.subject)
                               : definite                ? std::string_view(labels.definite)
                                                         : std::string_view();
        bool later_clause =
            !own.empty() && labels.labels[k].find(' ') != std::string::npos &&
            (labels.labels[k].starts_with("Its ") || labels.labels[k].starts_with("It "));
        // "The portion of OTC volume ... isn't known, as it is on the New York Stock Exchange, where
        // it amounted to ...": a thing the sentence's own subject names comes between "it" and the
        // last sentence's subject, which "it" then is not; the label keeps "It". A one-word definite
        // subject ("The company has five plants, including one at its headquarters") is rather the
        // name said before, and so is the "it".
        bool across = labels.thing_subject && (labels.definite.empty() || definite);
        std::string_view name = later_clause ? own : across ? std::string_view() : it;
        size_t bullet = chronoline::text::list_bullet_size(line);
        std::string label = !part.label.empty() ? part.label
                            : field != std::string::npos
                                ? one_line(article.text.substr(sentence.range.begin + bullet,
                                                               field - sentence.range.begin - bullet))
                                : resolve_it(labels.labels[k], name);
        // "Q: When does it open? A: On March 3.": the answer says when, the question what.
        if (label.empty() && sentence_index > 0)
          label = label_from_question(line, one_line(article.slice(article.sentences[sentence_index - 1].range)));
        if (label.empty() && bullet > 0 && only_dates(line, bullet, spans))
          label = list_lead_label(article, sentence_index, e.text, spans[k]);
        label = obituary_pronoun(std::move(label), obituary, people);
        e.label = resolve_person(
            label, people.referent(leading_gender(label), labels.person, !labels.person_speaks));
        // "host Portmere on Tuesday 18 August (7.45pm kick-off)": a time in brackets right after
        // the day says when in it; one event, at the time (merged below), with the day's label.
        if (k > 0 && bracketed_time_of(article.text, *inside[k - 1], t) && events.size() > sentence_first &&
            events.back().text == one_line(article.slice({inside[k - 1]->begin, inside[k - 1]->end})))
          e.label = events.back().label;
        // A date with nothing said about it (a live blog's "12:05 GMT What we know so far", a
        // lone date line) is no event.
        if (e.label.empty()) continue;
        // "Eleanor Voss (March 3, 1932 - Nov. 24, 2026) ... died on Tuesday", "She died on
        // Tuesday" later on: the death a life span has dated already, not a second event.
        // A death the life span gives only as a year ("John Smith (1932-2026)") that a later
        // sentence dates to the day ("died on Tuesday") takes that day.
        auto finer = [&](const Event& coarse) {
          return !e.is_range() && !coarse.is_range() && e.span.start >= coarse.span.start &&
                 e.span.end <= coarse.span.end && e.span.granularity > coarse.span.granularity;
        };
        size_t refined = events.size();
        if (part.label.empty() &&
            std::any_of(deaths.begin(), deaths.end(), [&](size_t d) {
              if (d >= events.size() || !events[d].label.ends_with(" died") ||
                  (events[d].value != e.value && !finer(events[d])))
                return false;
              refined = d;
              if (d >= sentence_first) return true;
              // A later sentence repeats that death only when it speaks of that person: "Her
              // brother, Paul Lind, died on Tuesday" is another death on the same day.
              std::string_view name(events[d].label);
              name.remove_suffix(5);
              std::string_view surname = name.substr(name.rfind(' ') + 1);
              std::string_view l(e.label);
              bool same = l.starts_with(name) || (l.starts_with(surname) && l.size() > surname.size() &&
                                                  l[surname.size()] == ' ') ||
                          l.starts_with("She ") || l.starts_with("He ") || l.starts_with("They ");
              return same && mentions_death(e.label);
            })) {
          if (refined < events.size() && events[refined].value != e.value) {
            std::string label = std::move(events[refined].label);
            events[refined] = e;
            events[refined].label = std::move(label);
          }
          continue;
        }
        if (!life.empty() && &part == &parts.back()) deaths.push_back(events.size());
        // One happening dated twice in its sentence ("April 15: Ribbon-cutting ceremony at 10 a.m.",
        // "Wednesday: Gusts were recorded this morning") is one event, at the finer date.
        // So is a stretch of a finer grain inside a period ("erupted for three months in 2021,
        // from January to April": one event, at the months).
        auto within = [](const Event& fine, const Event& coarse) {
          return (!fine.is_range() || fine.span.granularity > coarse.span.granularity) && !coarse.is_range() &&
                 fine.span.start >= coarse.span.start && fine.span.end <= coarse.span.end &&
                 fine.span.granularity >= coarse.span.granularity;
        };
        // "The January transfer window opens on 1/1/2027": the month is the day's too, though its
        // label runs on ("Transfer window opens and Harding said ...").
        auto extends = [](const std::string& longer, const std::string& shorter) {
          return longer.size() > shorter.size() && longer.compare(0, shorter.size(), shorter) == 0 &&
                 longer[shorter.size()] == ' ';
        };
        // "Residents will gather at the war memorial [on Saturday] at 11 a.m.": a finer date whose
        // label is part of the coarser one's says when in that day the same happening is.
        auto part_of = [](const std::string& whole, const std::string& part) {
          if (part.size() >= whole.size() || part.find(' ') == std::string::npos) return false;
          return holds_words(whole, part);
        };
        // "Spending over the Thanksgiving weekend, from Thursday through Sunday, is expected to
        // reach $41 billion": a date restated by another in apposition, one holding the other, is
        // one happening (a timeline would show its label twice), at the restatement, which says
        // its days; at the same granularity.
        auto restates = [](const Event& later, const Event& earlier) {
          // Hours after days ("Monday to Thursday, between 9 p.m. and 6 a.m.") say when in each.
          if (later.label != earlier.label || later.sentence != earlier.sentence ||
              later.span.granularity != earlier.span.granularity)
            return false;
          if (!((later.span.start >= earlier.span.start && later.span.end <= earlier.span.end) ||
                (earlier.span.start >= later.span.start && earlier.span.end <= later.span.end)))
            return false;
          size_t a = later.sentence.find(earlier.text);
          size_t b =
              a == std::string::npos ? a : later.sentence.find(later.text, a + earlier.text.size());
          return b != std::string::npos &&
                 appositive_gap(std::string_view(later.sentence)
                                    .substr(a + earlier.text.size(), b - a - earlier.text.size()));
        };
        auto same = std::find_if(
            events.begin() + static_cast<long>(sentence_first), events.end(), [&](const Event& o) {
              // Either label may run on from the other, whichever date is the finer ("On Saturday,
              // a reduced service will run until 8pm": the finer one's, its "until" kept).
              bool runs_on =
                  o.label == e.label || extends(o.label, e.label) || extends(e.label, o.label);
              return ((within(e, o) || within(o, e)) && runs_on) ||
                     (within(e, o) && part_of(o.label, e.label)) || restates(e, o);
            });
        if (same != events.end()) {
          if (within(e, *same) || restates(e, *same)) {
            if (part_of(same->label, e.label)) e.label = std::move(same->label);
            *same = std::move(e);
            index.add(static_cast<size_t>(same - events.begin()), *same);
          }
          continue;
        }
        // "She died on Sunday at her home" and an obituary's closing "born 3 May 1939; died 22
        // November 2026": a one-word label that another event of that date already says is that
        // event.
        auto says_again = [](const Event& one, const Event& full) {
          return one.value == full.value && one.label.find(' ') == std::string::npos &&
                 full.label.find(' ') != std::string::npos &&
                 holds_words(full.label, one.label);
        };
        auto again = index.first(e, [&](size_t o) {
          return says_again(e, events[o]) || says_again(events[o], e);
        });
        if (again) {
          if (says_again(events[*again], e)) {
            events[*again] = std::move(e);
            index.add(*again, events[*again]);
          }
          continue;
        }
        index.add(events.size(), e);
        events.push_back(std::move(e));
      }
    }
    // A person is never "it", nor are two things ("Poland, Hungary and the Czech Republic"); a
    // quotation's subject ("``Hungary has come home,'' said ...") is another voice's.
    bool several = labels.subject.find(" and ") != std::string::npos ||
                   labels.subject.find(", ") != std::string::npos;
    if (!labels.subject.empty() && labels.person.empty() && !several && !opens_quotation(line) &&
        (labels.subject.find(' ') != std::string::npos || names.contains(labels.subject) ||
         one_word_speaker(labels)))
      antecedent = std::move(labels.subject);
    previous_unsexed.clear();
    if (!labels.person.empty() && labels.person == labels.subject && !several && !labels.verb_object &&
        people.of(labels.person) == Gender::kUnknown && labels.person_pronouns == Gender::kUnknown)
      previous_unsexed = labels.person;
    // "Caldwell's term as chair ends in May 2028. She told reporters ...": a sentence about a
    // person's thing speaks of that person, the one "she" then stands for.
    if (labels.person.empty()) labels.person = possessive_surname(line, people);
    people.next_sentence(std::move(labels.person));
    previous_definite = std::move(labels.definite);
  }
  for (size_t i = 0; i < events.size(); ++i) events[i].id = "e" + std::to_string(i + 1);
  return events;
}

namespace {

// The article's text from `begin` to `end` as the tagger reads it: the story's sentences in place
// and, for what the reader left out between them (furniture, notes in brackets, credits) and for
// photo captions (tagged on their own), spaces, newlines kept; offsets stay those of the article.
std::string story_text(const Article& article, size_t begin, size_t end) {
  std::string out(end - begin, ' ');
  std::string_view text = article.text;
  // What lies between two kept sentences is one paragraph break when it holds a blank line (a
  // left-out paragraph between two others leaves one break, not three), else a line break or a
  // space.
  auto gap = [&](size_t from, size_t to) {
    std::string_view g = text.substr(from, to - from);
    size_t nl = g.find('\n');
    if (nl == std::string_view::npos) return;
    out[from - begin] = '\n';
    bool blank = false;
    for (size_t i = nl; i != std::string_view::npos && !blank; i = g.find('\n', i + 1)) {
      size_t j = g.find_first_not_of(" \t\r", i + 1);
      blank = j != std::string_view::npos && g[j] == '\n';
    }
    if (blank && to - from >= 2) out[from - begin + 1] = '\n';
  };
  size_t kept = begin;
  for (const Sentence& s : article.sentences) {
    if (article.paragraphs[s.paragraph].caption || s.range.begin < kept || s.range.end > end) continue;
    gap(kept, s.range.begin);
    out.replace(s.range.begin - begin, s.range.size(), article.slice(s.range));
    kept = s.range.end;
  }
  return out;
}

}  // namespace

Result<Timeline> extract_timeline(std::string_view bytes, std::string_view name, const Tagger& tagger,
                                  const ExtractOptions& options) {
  auto article = read_article(bytes, name, [&](std::string_view line) { return parse_dateline(line, tagger); });
  if (!article) return article.error();
  if (options.hemisphere) article->hemisphere = *options.hemisphere;
  Timeline timeline;
  timeline.hemisphere = article->hemisphere;
  timeline.title = article->title;
  timeline.source = article->source;
  timeline.published = options.published ? options.published : article->published;
  // A yearless wire dateline, or a news lead that tells its day with the weekday; a narrative
  // counts from its first full date instead.
  if (!timeline.published)
    timeline.published = publication_without_dateline(
        *article, options.today, options.tag.doc_type != DocType::kNarrative,
        [&](std::string_view line) { return parse_dateline(line, tagger); }, name, options.warn);
  // From the first sentence: a wire's lead dateline before it ("OSLO, Nov 27 (Reuters) - ") is no
  // date the story's sentences should take their year from.
  size_t begin = article->sentences.empty() ? 0 : article->sentences.front().range.begin;
  size_t end = article->paragraphs.empty() ? 0 : article->paragraphs.back().range.end;
  // The text the tagger reads, without the furniture the reader left out ("Updated 12 March
  // 2024" between paragraphs): a narrative's first date is looked for there too.
  std::string story = story_text(*article, begin, end);
  std::optional<Anchor> first_date;
  if (!timeline.published && options.tag.doc_type == DocType::kNarrative)
    first_date = first_absolute_date(story, tagger);
  if (!timeline.published && !first_date)
    return Error::input(no_publication_date(*article, name));
  if (article->paragraphs.empty()) return timeline;
  Anchor anchor =
      first_date ? *first_date : Anchor{timeline.published->day, timeline.published->time_of_day};
  TagOptions tag_options = options.tag;
  tag_options.story_anchor = first_date.has_value();
  tag_options.hemisphere = article->hemisphere;
  tag_options.fiscal_year = article->fiscal_year;
  std::vector<Timex> timexes = tagger.tag(story, anchor, tag_options);
  for (Timex& t : timexes) {
    t.begin += begin;
    t.end += begin;
  }
  // Each photo caption on its own: its "on Wednesday" is no day the story goes on about.
  for (size_t i = 0; i < article->sentences.size();) {
    size_t paragraph = article->sentences[i].paragraph;
    size_t last = i;
    while (last + 1 < article->sentences.size() && article->sentences[last + 1].paragraph == paragraph) ++last;
    if (article->paragraphs[paragraph].caption) {
      size_t from = article->sentences[i].range.begin, to = article->sentences[last].range.end;
      for (Timex& t : tagger.tag(std::string_view(article->text).substr(from, to - from), anchor, tag_options)) {
        t.begin += from;
        t.end += from;
        timexes.push_back(std::move(t));
      }
    }
    i = last + 1;
  }
  std::stable_sort(timexes.begin(), timexes.end(),
                   [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  timeline.events = events_from_timexes(
      *article, timexes,
      timeline.published ? std::optional<date::sys_days>(timeline.published->day) : std::nullopt);
  if (timeline.events.size() > kMaxEvents)
    return Error::input(std::string(name) + ": more than " + std::to_string(kMaxEvents) +
                        " dated events, the limit; split the article");
  return timeline;
}

}  // namespace chronoline
