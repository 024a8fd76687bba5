// Resolve: turns a rule match into a TIMEX3 type, value, modifier and range against an anchor.
#pragma once

#include <date/date.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "temporal/calendar.h"
#include "temporal/holidays.h"
#include "temporal/lexicon.h"
#include "temporal/matcher.h"
#include "temporal/pattern.h"
#include "temporal/tense.h"
#include "temporal/timex.h"
#include "temporal/tokenizer.h"

namespace chronoline::temporal {

struct Resolved {
  TimexType type = TimexType::kDate;
  std::string value;
  std::string mod;
  std::string range;                   // anchored durations: "2022-01-15/2022-01-25"
  std::optional<Moment> range_end;     // a range of one rule's ("March 3 to 5"): its last unit
  std::optional<Moment> point;         // the calendar unit a DATE/TIME names, for composite rules
  int range_from = -1, range_to = -1;  // a "from A until B" pair: the candidates A and B
  std::string from_value;  // A's value when the range gave it B's year ("March 3 to 5, 2021")
  std::string to_value;    // B's value when the range moved it after A ("Monday and Wednesday")
  bool blocked = false;    // matched a block rule: claims its span, emits nothing
  int clock_hour = 0;  // a query's hour written 1..12 without am/pm ("at 3"): morning or evening
  bool end_of_day = false;  // "midnight", "24:00": on a day named with it, that day's end
  // A calendar quarter named beside a fiscal one under report ("its fiscal first quarter ... the
  // quarter ended Sept. 30"): it does not become the period under report.
  bool beside_reported = false;
};

// A match together with its resolution.
struct Candidate {
  Match match;
  Resolved res;
};

// tense_at of the spans asked about, kept for one document: it depends on the document's tokens
// only, and the tagger resolves every chosen match twice (callgrind, tbaq: 933 calls for 568
// spans, 2.4M instructions).
struct TenseMemo {
  std::unordered_map<uint64_t, int> by_span;  // tb << 32 | te
  std::vector<TenseRole> roles;  // each token's role in a verb group, as tense_at fills it
};

// Everything an op may consult. `last` is the most recent date mentioned before the match, or part
// of one ("the late 1970s"; not a bound such as "before 2019").
struct ResolveContext {
  const Lexicon& lex;
  const std::vector<Rule>& rules;
  const std::vector<Token>& toks;
  std::string_view text;
  const TenseCues& cues;
  const TagOptions& options;
  date::sys_days dct;
  std::optional<std::chrono::minutes> dct_time;
  std::optional<Moment> last;
  const std::vector<Candidate>& cands;
  size_t last_end = 0;                               // byte offset where `last` ends in `text`
  // When `last` starts a range ("from 1 to 3 July 1916"), the range's end: "a month later"
  // counts from it.
  std::optional<Moment> last_to{};
  std::optional<std::chrono::minutes> utc_offset{};  // the anchor's, when known
  // The last period (a half year to a month) mentioned that starts within the year before the
  // publication date: the one an earnings report is about, which "a year earlier" compares with.
  std::optional<Moment> reported{};
  const HolidayBook* holidays = nullptr;  // the grammar's compiled holiday specs
  int dct_seconds = 0;                    // seconds past dct_time's minute
  // The last day (or part of one) mentioned before the match, in any paragraph: the day a story
  // told in the past is about.
  std::optional<Moment> last_day{};
  size_t last_day_end = 0;  // byte offset where `last_day` ends in `text`
  // The last such day before the publication day, and where it ends: the day a story told in the
  // past is about when a day ahead was named since ("the next seat was on Thursday").
  std::optional<Moment> last_past_day{};
  size_t last_past_day_end = 0;
  // The last day (or part of one) mentioned that bounds no stretch (not "open from Monday
  // morning", "until Friday": interval_bounds): the day the story has reached, which "the previous
  // night" and "the following morning" lie next to, whatever coarser dates came since.
  std::optional<Moment> last_told_day{};
  // The last week (not a weekend) mentioned before the match ("next week"), and where it ends: a
  // bare weekday after it in its sentence is a day of it ("followed next week by minutes on
  // Tuesday").
  std::optional<Moment> last_week{};
  size_t last_week_end = 0;
  // The last date mentioned before the match that states its year ("in 2017", "March 3, 2019"),
  // and the token after it: a month, season or day named later in its sentence without a year is
  // of that year ("The plant opened in 2017, and in March it hired 50 workers").
  std::optional<Moment> stated{};
  uint32_t stated_te = 0;
  uint32_t stated_tb = 0;  // its first token
  // The end of `stated` when it is a span ("the 2026-27 season": 2027).
  std::optional<Moment> stated_to{};
  // What the tagger has found out about `stated` going through the text, so that no match scans
  // the tokens between it and the stated date again: whether a comma before the stated date, in
  // its sentence, opens an aside; tokens [stated_te, stated_seen) hold no sentence end, and the
  // first comma among them is at stated_comma (kNoComma if none).
  static constexpr uint32_t kNoComma = UINT32_MAX;
  bool stated_opened = false;
  uint32_t stated_seen = 0, stated_comma = kNoComma;
  // The lexicon's classes reporting_verbs, clause_links, half_year_cues and superlatives (-1 when
  // missing), looked up once.
  int reporting_verbs = -1, clause_links = -1, half_year_cues = -1, superlatives = -1;
  int figures = -1;  // "results", "earnings" (figures.tsv): a quarter's reported figures
  int habitual_adverbs = -1;  // "usually", "typically": a month of any year after one
  // "than", "as": a year phrase after one is a comparison's term, not the clause's own year
  // ("Christmas will be quieter than last year").
  int comparison_links = -1;
  int holiday_making_verbs = -1;  // "became", "declared": a feast as a name (holiday_as_subject)
  int holiday_verb_fillers = -1;  // "was", "officially" before one of those
  int lunar_new_year_names = -1;   // "Lunar New Year" earlier: "New Year's Eve" is its eve
  int record_nouns = -1;      // "record", "high": "the record set in 2009" lends no year
  int account_nouns = -1;     // "minutes", "figures": see account_month
  int share_words = -1;       // "percent", "cent": a number before one is a share
  int move_particles = -1;    // "back", "forward", "up" after a date_moves verb
  int date_moves = -1;        // "postponed", "pushed back": "from May to June" after one is a move
  int figure_verbs = -1;      // "report", "publish": a quarter's figures put out (op_part)
  int release_day_links = -1;  // "on": the day figures are put out, "results on Feb. 25"
  int race_cues = -1;               // "ran", "record of": before a one-digit-hour "2:05:37" (race_cues.tsv)
  int elapsed_cues = -1;            // words that make a colon reading a time taken ("in 3:28")
  int street_suffixes = -1;  // "St.", "Ave.": see op_year
  int law_names = -1;        // "Act", "Treaty": see op_year
  int season_times = -1;     // "holidays", "break" after a season: see op_season
  int month_nouns = -1;      // "strike", "meeting": see unlisted_word
  int prepositions = -1;  // "for", "of": a span after one qualifies a noun, no subject
  int noun_determiners = -1;  // "the", "her" before a season that qualifies a noun: op_season
  int months = -1, weekdays = -1, due_words = -1, fiscal_year_words = -1, ordinals = -1;
  // The last stretch of 2 to 14 days told of ("from Thursday 27 August to Monday 31 August")
  // that lies more than a week from the publication date: a festival's or a trial's. The weekdays
  // of the story told about it are its own ("On Saturday night, Kofi Adu closes the main stage").
  std::optional<date::sys_days> span_from{}, span_to{};
  // How the text writes numeric dates with slashes and a year: +1 day first ("30/06/2026" is in
  // it and no "06/30/2026"), -1 month first, 0 when it cannot tell. "1/07/2026" follows it.
  // kSlashOrderUnread: slash_order(toks), read by the first slashed date that asks (most texts
  // have none, and the scan read every token).
  static constexpr int kSlashOrderUnread = 2;
  mutable int slash_order = 0;
  TenseMemo* tense_memo = nullptr;  // when set, ops ask it before tense_at
};

// How `toks` write numeric dates with a year ("19/01/2022", "1/19/2022"): +1 day first when some
// first number cannot be a month and no second one can only be a day, -1 the other way round, 0
// when no such date tells (or they disagree).
int slash_order(const std::vector<Token>& toks);

// Whether `m` can be the period a report is about (see ResolveContext::reported).
bool is_reported_period(const Moment& m, date::sys_days dct);
// Whether period `m`, mentioned after `reported`, becomes the period under report. A report is
// about a period that is over: one that is not ("into the fourth quarter") does not replace one
// that is, nor does an earlier one ("after a flat second quarter") or a shorter one ("the
// earthquake last month" after "third-quarter net").
bool replaces_reported(const Moment& m, const Moment& reported, date::sys_days dct);

// Whether tokens [from, to) hold no sentence end (Token::ends_sentence or a blank line); ';' joins.
bool same_sentence(const std::vector<Token>& toks, uint32_t from, uint32_t to);

// Whether a verb that moves a date (date_moves: "postponed", "pushed back", "moved forward")
// stands right before the "from" before token `k`, maybe with a particle (move_particles)
// between. 1 when the move is a delay (the old date before the new), -1 when it brings the date
// forward ("brought forward from June to April", "moved up"), 0 when no such verb stands there.
// The verb's object may stand between ("delayed the launch from March to June"). A verb of value
// "passive" counts only after a form of "be" ("was moved"), with a particle, or with an object.
int moves_date_at(const ResolveContext& c, uint32_t k);

// Resolves `m`; nullopt when the match names no valid time (e.g. "February 30").
std::optional<Resolved> resolve(const Match& m, const ResolveContext& ctx);

// Whether resolving a match of a rule with op `op` reads nothing of the ResolveContext that the
// tagger moves through the text (last*, stated*, reported, span_*, the tense memo) nor the
// candidates the match is built from: resolved again later, the match would give what it gave
// first (the tagger's reanchor skips it). op_duration, op_year and op_decade and what they call
// (count_before, house_number, law_name_year, model_number, fiscal_start, own_fiscal_code,
// Args::amount, with_mod) read only the match, its rule, the tokens, the text, the lexicon, the
// class ids and the options; none calls Args::cand or tense. An op that comes to read more must
// leave this list.
inline bool resolves_without_anchor(Op op) {
  return op == Op::kDuration || op == Op::kYear || op == Op::kDecade;
}

// Checks a literal rule argument ("unit=Y", "mod=START"); returns why it is invalid, or "".
// Holiday specs are checked by load_grammar, which has the holiday tables.
std::string check_literal(Key key, std::string_view value);

// The CandMask bit of a resolved timex, for @-atoms.
uint8_t candidate_type(const Resolved& r);

}  // namespace chronoline::temporal
