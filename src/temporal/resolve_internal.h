// Resolve internals: the argument reader and helpers shared by the op implementations.
// Internal to src/temporal/resolve*.cpp; other code uses resolve.h.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

#include "temporal/resolve.h"

namespace chronoline::temporal::internal {

// A calendar or clock unit as named in units.tsv.
struct Unit {
  Granularity g;
  std::string_view letter;  // ISO 8601 duration designator
  int factor = 1;           // decades and centuries are written in years
  bool clock = false;       // hours, minutes, seconds: "PT3H"
  int steps = 1;            // calendar steps of `g` per unit: a fortnight is 14 days
};

// n units of `unit`, with n a whole number.
struct Amount {
  Unit unit;
  int64_t n = 0;
};

// The unit named by a units.tsv value ("Y", "MIN", ...), or nullopt.
std::optional<Unit> unit_named(std::string_view v);

// Reads the arguments of one match: named parts first, then literal arguments.
class Args {
 public:
  Args(const Match& m, const ResolveContext& ctx) : m_(m), ctx_(ctx), rule_(ctx.rules[m.rule]) {}

  const Binding* part(Key k) const {
    for (size_t i = 0; i < rule_.part_keys.size(); ++i)
      if (rule_.part_keys[i] == k && m_.parts[i].bound) return &m_.parts[i];
    return nullptr;
  }
  const std::string* literal(Key k) const {
    for (const auto& [key, v] : rule_.literals)
      if (key == k) return &v;
    return nullptr;
  }
  bool has(Key k) const { return part(k) || literal(k); }

  std::optional<int64_t> num(Key k) const {
    if (const Binding* b = part(k)) {
      if (b->entry) return b->entry->numeric ? std::optional<int64_t>(b->entry->num) : std::nullopt;
      const Token& t = ctx_.toks[b->tb];
      if (t.kind == TokKind::kNumber) return t.number;
      return std::nullopt;
    }
    if (const std::string* v = literal(k)) {
      int64_t n;
      if (parse_int(*v, n)) return n;
    }
    return std::nullopt;
  }
  // A view into the lexicon or the rule, which outlive the Args.
  std::string_view text(Key k) const {
    if (const Binding* b = part(k)) {
      if (b->entry) return b->entry->value;
      return ctx_.lex.word(ctx_.toks[b->tb].word);
    }
    if (const std::string* v = literal(k)) return *v;
    return {};
  }
  // The amount a match counts in unit `unit`, n given: n itself, or with a fraction ("1/4 hour",
  // "2 and a half hours", "2.5 hours") a whole number of the first finer unit that makes it whole
  // (150 minutes). nullopt when no finer unit does, or the fraction is malformed.
  std::optional<Amount> amount(const Unit& unit, int64_t n) const;

  const Resolved* cand(Key k) const {
    const Binding* b = part(k);
    return b && b->cand >= 0 ? &ctx_.cands[b->cand].res : nullptr;
  }
  // Whether the candidate bound to `k` was made by a rule that binds `inner` ("March 3, 2021"
  // binds year).
  bool cand_has(Key k, Key inner) const {
    const Binding* b = part(k);
    if (!b || b->cand < 0) return false;
    const Match& m = ctx_.cands[b->cand].match;
    const Rule& r = ctx_.rules[m.rule];
    for (size_t i = 0; i < r.part_keys.size(); ++i)
      if (r.part_keys[i] == inner && m.parts[i].bound) return true;
    for (const auto& [key, v] : r.literals)
      if (key == inner) return true;
    return false;
  }
  // The op of the rule that produced the candidate bound to `k`, if any.
  std::optional<Op> cand_op(Key k) const {
    const Binding* b = part(k);
    if (!b || b->cand < 0) return std::nullopt;
    return ctx_.rules[ctx_.cands[b->cand].match.rule].op;
  }
  // The op of the candidate that the candidate bound to `k` bound to `inner`: the weekday op
  // under "6 a.m. Wednesday" (a time_on whose `of` is a weekday).
  std::optional<Op> cand_inner_op(Key k, Key inner) const {
    const Binding* b = part(k);
    if (!b || b->cand < 0) return std::nullopt;
    const Match& m = ctx_.cands[b->cand].match;
    const Rule& r = ctx_.rules[m.rule];
    for (size_t i = 0; i < r.part_keys.size(); ++i)
      if (r.part_keys[i] == inner && m.parts[i].bound && m.parts[i].cand >= 0)
        return ctx_.rules[ctx_.cands[m.parts[i].cand].match.rule].op;
    return std::nullopt;
  }
  int tense() const {
    if (!ctx_.tense_memo) return tense_at(ctx_.toks, m_.tb, m_.te, ctx_.lex, ctx_.cues, ctx_.text);
    auto [it, fresh] = ctx_.tense_memo->by_span.try_emplace(uint64_t{m_.tb} << 32 | m_.te, 0);
    if (fresh)
      it->second = tense_at(ctx_.toks, m_.tb, m_.te, ctx_.lex, ctx_.cues, ctx_.text, roles());
    return it->second;
  }
  int sentence_tense() const {
    return temporal::sentence_tense(ctx_.toks, m_.tb, m_.te, ctx_.lex, ctx_.cues, ctx_.text,
                                    roles());
  }
  bool past_prospect() const {
    return temporal::past_prospect(ctx_.toks, m_.tb, m_.te, ctx_.lex, ctx_.cues, ctx_.text,
                                   roles());
  }
  bool looked_ahead_then() const {
    return temporal::looked_ahead_then(ctx_.toks, m_.tb, ctx_.lex, ctx_.cues, ctx_.text, roles());
  }
  bool expected_then() const {
    return temporal::expected_then(ctx_.toks, m_.tb, ctx_.lex, ctx_.cues, ctx_.text, roles());
  }
  bool change_present() const {
    return temporal::change_present(ctx_.toks, m_.tb, ctx_.lex, ctx_.cues, ctx_.text, roles());
  }
  int adjacent_tense() const {
    return temporal::adjacent_tense(ctx_.toks, m_.tb, ctx_.lex, ctx_.cues, ctx_.text, roles());
  }
  // The document's token roles that the tense model keeps (TenseMemo::roles), if any.
  std::vector<TenseRole>* roles() const {
    return ctx_.tense_memo ? &ctx_.tense_memo->roles : nullptr;
  }
  const ResolveContext& ctx() const { return ctx_; }
  const Match& match() const { return m_; }

 private:
  const Match& m_;
  const ResolveContext& ctx_;
  const Rule& rule_;
};

// The value of amount `x` counted in `unit`: whole units, then the rest in the finer unit `x` is in
// ("2 1/2 years" is P2Y6M, "a day and a half" P1DT12H); `x` alone when it has no whole unit.
std::string mixed_duration_value(const Unit& unit, const Amount& x);
// Whether the last date mentioned before the match is in the same paragraph (no blank line
// between them).
bool in_paragraph_of_last(const Args& a);
// Whether the last date mentioned before the match is in the match's sentence.
bool last_in_sentence(const Args& a);
// Whether it is in the match's own clause: no comma or complementizer between.
bool last_in_clause(const Args& a);
// Whether the last day mentioned before the match (ResolveContext::last_day) is in the match's
// paragraph or the one before it.
bool near_paragraph_of_last_day(const Args& a);
// So for the last day before the publication day (ResolveContext::last_past_day).
bool near_paragraph_of_last_past_day(const Args& a);
// A DATE or TIME for moment `m`, keeping `m` for composite rules.
Resolved date_at(const Moment& m, std::string mod = {});
// `m` narrowed to the part of day the rule binds ("Friday night"), if any.
Moment with_pod(Moment m, const Args& a);
// Whether word token `t` is one the lexicon lists nowhere, or only as a noun a month dates
// (month_nouns, "strike"): a noun to the guesses that read an unknown word as one.
bool unlisted_word(const Token& t, const ResolveContext& c);
// `r` with the mod the rule binds, if any. Returned as the ops return their result: a Resolved
// holds five strings, and moving it straight into the optional saves a move per match
// (callgrind, tbaq: 93.56M -> 93.01M instructions in all).
std::optional<Resolved> with_mod(Resolved r, const Args& a);

// The ops, one function each; resolve.cpp dispatches on Op.
// resolve_dates.cpp
std::optional<Resolved> op_date(const Args& a);
std::optional<Resolved> op_year(const Args& a);
std::optional<Resolved> op_decade(const Args& a);
std::optional<Resolved> op_century(const Args& a);
std::optional<Resolved> op_weekday(const Args& a);
std::optional<Resolved> op_month(const Args& a);
std::optional<Resolved> op_season(const Args& a);
std::optional<Resolved> op_shift(const Args& a);
std::optional<Resolved> op_deictic(const Args& a);
std::optional<Resolved> op_part(const Args& a);
std::optional<Resolved> op_holiday(const Args& a);
std::optional<Resolved> op_nth(const Args& a);
// resolve_relative.cpp
// The ISO 8601 duration of n units ("P10D", "PT3H"; n unknown: "PXY").
std::string duration_value(const Unit& u, std::optional<int64_t> n);
std::optional<Resolved> op_ref(const Args& a);
std::optional<Resolved> op_ago(const Args& a);
std::optional<Resolved> op_duration(const Args& a);
std::optional<Resolved> op_past_duration(const Args& a);
std::optional<Resolved> op_anaphor(const Args& a);
// resolve_times.cpp
std::optional<Resolved> op_time(const Args& a);
std::optional<Resolved> op_clock_shift(const Args& a);
std::optional<Resolved> op_time_on(const Args& a);
// resolve.cpp
std::optional<Resolved> op_mod(const Args& a);
std::optional<Resolved> op_range(const Args& a);
std::optional<Resolved> op_set(const Args& a);
std::optional<Resolved> op_block(const Args& a);

}  // namespace chronoline::temporal::internal
