// Tagger: finds temporal expressions in English text and normalises them to TIMEX3 values.
#include "temporal/tagger.h"

#include <algorithm>
#include <numeric>

#include "temporal/grammar.h"
#include "temporal/resolve.h"
#include "temporal/tokenizer.h"
#include "temporal/value.h"

namespace chronoline {

using temporal::Candidate;
using temporal::CandidateRef;
using temporal::Match;

struct Tagger::Impl {
  std::unique_ptr<temporal::Grammar> grammar;
};

namespace {

// Matches and resolves every rule, base rules first, then composite rules over their results.
class Run {
 public:
  Run(const temporal::Grammar& g, std::string_view text, const Anchor& dct,
      const TagOptions& options)
      : g_(g),
        toks_(temporal::tokenize(text, g.lexicon, g.number_words)),
        ctx_{g.lexicon, g.rules, toks_,           text,         g.cues,
             options,   dct.day, dct.time_of_day, std::nullopt, cands_} {
    ctx_.utc_offset = dct.utc_offset;
    ctx_.holidays = &g.holidays;
    ctx_.reporting_verbs = g.reporting_verbs;
    ctx_.clause_links = g.clause_links;
    ctx_.half_year_cues = g.half_year_cues;
    ctx_.figures = g.figures;
    ctx_.habitual_adverbs = g.habitual_adverbs;
    ctx_.comparison_links = g.comparison_links;
    ctx_.holiday_making_verbs = g.holiday_making_verbs;
    ctx_.holiday_verb_fillers = g.holiday_verb_fillers;
    ctx_.lunar_new_year_names = g.lunar_new_year_names;
    ctx_.record_nouns = g.record_nouns;
    ctx_.account_nouns = g.account_nouns;
    ctx_.share_words = g.share_words;
    ctx_.date_moves = g.date_moves;
    ctx_.move_particles = g.move_particles;
    ctx_.figure_verbs = g.figure_verbs;
    ctx_.release_day_links = g.release_day_links;
    ctx_.superlatives = g.superlatives;
    ctx_.elapsed_cues = g.elapsed_cues;
    ctx_.race_cues = g.race_cues;
    ctx_.street_suffixes = g.street_suffixes;
    ctx_.law_names = g.law_names;
    ctx_.season_times = g.season_times;
    ctx_.month_nouns = g.month_nouns;
    ctx_.noun_determiners = g.noun_determiners;
    ctx_.prepositions = g.prepositions;
    ctx_.months = g.months;
    ctx_.weekdays = g.weekdays;
    ctx_.due_words = g.due_words;
    ctx_.fiscal_year_words = g.fiscal_year_words;
    ctx_.ordinals = g.ordinal_words;
    ctx_.dct_seconds = dct.seconds;
    ctx_.tense_memo = &tense_memo_;
    ctx_.slash_order = temporal::ResolveContext::kSlashOrderUnread;  // read when a date asks
  }
  // ctx_ points into this object (toks_, cands_, tense_memo_): a copy would point into the
  // original.
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  std::vector<Timex> timexes() {
    std::vector<Match> matches;
    matches.reserve(toks_.size() / 32 + 4);  // tbaq: a base match per 35 tokens
    const temporal::Matcher::TokenBits bits = g_.matcher->token_bits(toks_);
    g_.matcher->match_base(toks_, bits, ctx_.options.forward_looking, matches);
    // Composite rules add a few more: room for them saves moving every candidate (a Match and
    // a resolution with strings) when the vector grows.
    cands_.reserve(matches.size() + matches.size() / 2 + 8);
    refs_.reserve(cands_.capacity());
    add(matches);
    for (size_t pass = 0, fresh = 0; pass < 3; ++pass) {
      size_t before = cands_.size();
      matches.clear();
      g_.matcher->match_composite(toks_, bits, refs_, fresh, ctx_.options.forward_looking, matches);
      add(matches);
      if (cands_.size() == before) break;
      fresh = before;
    }
    std::vector<size_t> chosen = select();
    // A title is claimed as a block rule's text is: nothing shorter inside it is tagged either.
    std::erase_if(chosen, [&](size_t i) {
      return in_title(cands_[i]) || ordinal_before_word(cands_[i]) || day_in_name(cands_[i]) ||
             month_in_name(cands_[i]) || numeric_day_name(cands_[i]);
    });
    reanchor(chosen);
    std::vector<Timex> out = emit(chosen);
    fiscal_quarters(out);
    return out;
  }

 private:
  void add(const std::vector<Match>& matches) {
    for (const Match& m : matches) {
      if (year_before_count(m)) continue;
      auto r = temporal::resolve(m, ctx_);
      if (!r) continue;
      // Built in place: a Candidate is a Match of some 300 bytes and a Resolved of five strings.
      temporal::Candidate& c = cands_.emplace_back();
      c.match = m;
      c.res = std::move(*r);
      refs_.push_back({m.tb, m.te, temporal::candidate_type(cands_.back().res)});
    }
  }

  // Whether match `m` ends in a number of four digits that counts the plural unit right after it:
  // "the warmest summer in 2000 years" is no summer of 2000, "lasted 1000 years" no year 1000. A
  // bare year right after a date preposition stays one: "In 2019 days grew longer".
  bool year_before_count(const Match& m) const {
    if (m.te >= toks_.size() || m.te == m.tb) return false;
    const temporal::Token& n = toks_[m.te - 1];
    const temporal::Token& u = toks_[m.te];
    if (n.kind != temporal::TokKind::kNumber || n.digits != 4 || !u.space_before ||
        !temporal::class_entry(u, g_.lexicon, g_.unit_plurals))
      return false;
    if (m.te - m.tb > 1 || m.tb == 0) return true;
    const temporal::Token& p = toks_[m.tb - 1];
    const auto& roles = g_.cues.roles;
    return !(p.word && p.word < roles.size() && roles[p.word] == temporal::TenseRole::kDatePrep);
  }

  // Leftmost-longest non-overlapping candidates; on equal spans the earlier rule wins.
  std::vector<size_t> select() const {
    std::vector<size_t> order(cands_.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const Match& x = cands_[a].match;
      const Match& y = cands_[b].match;
      if (x.tb != y.tb) return x.tb < y.tb;
      if (x.te != y.te) return x.te > y.te;
      if (x.extent != y.extent) return x.extent > y.extent;
      return x.rule < y.rule;
    });
    std::vector<size_t> chosen;
    chosen.reserve(cands_.size());
    uint32_t end = 0;
    for (size_t i : order)
      if (cands_[i].match.tb >= end) chosen.push_back(i), end = cands_[i].match.te;
    return chosen;
  }

  // Whether token k is a double quote or a single one (not an apostrophe: "'s" is a word) that
  // opens (side 1) or closes (side -1) a quotation, from the space around it or its curly form.
  bool is_quote(size_t k, int side) const {
    const temporal::Token& t = toks_[k];
    if (t.kind == temporal::TokKind::kOther) {
      std::string_view c = ctx_.text.substr(t.begin, t.end - t.begin);
      return c == (side > 0 ? "\xE2\x80\x9C" : "\xE2\x80\x9D");
    }
    if (t.kind != temporal::TokKind::kPunct || (t.punct != '"' && t.punct != '\'')) return false;
    bool glued_next = k + 1 < toks_.size() && !toks_[k + 1].space_before;
    return side > 0 ? glued_next && (k == 0 || t.space_before) : !t.space_before;
  }

  // Whether token `t` is a word in lower case that a title would capitalise (not "of", "the").
  bool lower_word(const temporal::Token& t) const {
    return t.kind == temporal::TokKind::kWord && !t.cap &&
           !temporal::class_entry(t, g_.lexicon, g_.title_minor_words);
  }

  // Whether chosen candidate `c` lies in the title of a work quoted in title case: CBS's "60
  // Minutes", ABC's "This Week With David Brinkley", "The Day After Tomorrow", "24 Hours in A&E".
  // Every word of the quotation is capitalised or a minor word, and one after its first is a time
  // noun, which quoted speech would write in lower case, or three are ("Tomorrow Never Dies");
  // "We will finish by Friday," she said, and "On Friday," stay times. Holidays are capitalised
  // names and stay ("Christmas Day").
  bool in_title(const Candidate& c) const {
    constexpr uint32_t kReach = 12;  // the tokens a title may run beyond the expression
    if (g_.title_minor_words < 0 || g_.rules[c.match.rule].op == temporal::Op::kHoliday)
      return false;
    // A word in lower case that a title would capitalise ends the search at once: most text.
    auto lower = [&](const temporal::Token& t) { return lower_word(t); };
    uint32_t open = c.match.tb, close = c.match.te;
    for (;; --open) {
      if (open == 0 || c.match.tb - open >= kReach) return false;
      const temporal::Token& t = toks_[open - 1];
      if (t.ends_sentence || lower(t)) return false;
      if (is_quote(open - 1, 1)) break;
      if (is_quote(open - 1, -1)) return false;
    }
    for (;; ++close) {
      if (close >= toks_.size() || close - c.match.te >= kReach) return false;
      if (is_quote(close, -1)) break;
      if (toks_[close].ends_sentence || lower(toks_[close]) || is_quote(close, 1)) return false;
    }
    if (named_year(c, open, close)) return true;
    bool capitalised_noun = false;
    int capitalised = 0;
    for (uint32_t k = open; k < close; ++k) {
      const temporal::Token& t = toks_[k];
      if (lower(t)) return false;  // in the expression: the searches began outside it
      if (t.kind != temporal::TokKind::kWord || !t.cap) continue;
      ++capitalised;
      if (k > open)
        for (int cls : g_.time_nouns)
          if (temporal::class_entry(t, g_.lexicon, cls)) capitalised_noun = true;
    }
    return capitalised_noun || capitalised >= 3;
  }

  // Whether candidate `c` is a capitalised "Today", "Tonight" or "Tomorrow" that ends a name: the
  // papers and programmes "USA Today", "VOA Today", "Psychology Today", NBC's "Today" show. In
  // running text the word is in lower case after a capitalised one ("in the USA today") and
  // capitalised only where a sentence or a quotation begins; a headline in title case ("Stocks Fall
  // Today"), with no word in lower case around it, keeps its date.
  bool day_in_name(const Candidate& c) const {
    const temporal::Token& day = toks_[c.match.tb];
    if (c.match.te != c.match.tb + 1 || c.match.tb == 0 || !day.cap ||
        g_.rules[c.match.rule].op != temporal::Op::kDeictic || g_.title_minor_words < 0)
      return false;
    uint32_t k = c.match.tb - 1;  // the word before, past a possessive ("NBC's Today")
    if (toks_[k].word && g_.lexicon.word(toks_[k].word) == "'s" && k > 0) --k;
    const temporal::Token& name = toks_[k];
    if (name.kind != temporal::TokKind::kWord || !name.cap || name.ends_sentence ||
        !day.space_before || is_quote(k + 1, 1))
      return false;
    for (uint32_t b = c.match.tb; b > 0 && !toks_[b - 1].ends_sentence && !toks_[b].line_start; --b)
      if (lower_word(toks_[b - 1])) return true;
    for (uint32_t e = c.match.te; e < toks_.size() && !toks_[e].line_start; ++e) {
      if (lower_word(toks_[e])) return true;
      if (toks_[e].ends_sentence) break;
    }
    return false;
  }

  // Whether candidate `c` is a bare month whose name is also a word ("May", "March") right after a
  // capitalised title or given name: "Theresa May was the hottest favourite", "Mrs May is the
  // likeliest", "Brian May". A given name is a capitalised word the lexicon does not know, at a
  // sentence's start too, unless a preposition of where (place_prepositions) stands right before
  // it: "In Britain May was the wettest", "across Scotland March was" name a place. "March was the
  // wettest on record", "Last May was the warmest", "In May" and "Globally May" (known words) stay
  // months, and so does a dateline's "LONDON May 5" (a day follows).
  bool month_in_name(const Candidate& c) const {
    if (c.match.te != c.match.tb + 1 || c.match.tb == 0 ||
        g_.rules[c.match.rule].op != temporal::Op::kMonth)
      return false;
    const temporal::Token& month = toks_[c.match.tb];
    const temporal::Token& name = toks_[c.match.tb - 1];
    const temporal::LexEntry* e = temporal::class_entry(month, g_.lexicon, g_.months);
    if (!e || !(e->flags & temporal::kAmbiguous) || !month.cap || !month.space_before ||
        month.line_start || name.kind != temporal::TokKind::kWord || !name.cap ||
        name.ends_sentence)
      return false;
    if (temporal::class_entry(name, g_.lexicon, g_.name_titles)) return true;
    if (name.word != 0) return false;
    uint32_t n = c.match.tb - 1;
    return n == 0 || toks_[n - 1].ends_sentence || toks_[n].line_start ||
           !temporal::class_entry(toks_[n - 1], g_.lexicon, g_.place_prepositions);
  }

  // Whether candidate `c` is a day written as two numbers with a slash and no year, between a
  // determiner or possessive (noun_determiners) and a noun of what such a day names
  // (day_name_nouns): a day named for what happened on it, used as a name ("the 7/7 bombings", "at
  // the 7/7 memorial", "the 3/11 attacks"). Its year is the event's, which the text does not
  // give, not the publication's. "due on 7/7", "the 7/14 deadline", "the 11/20 crash" stay days;
  // "9/11", whose year the holiday rule knows, is no date op.
  bool numeric_day_name(const Candidate& c) const {
    if (c.match.te != c.match.tb + 3 || c.match.tb == 0 || c.match.te >= toks_.size() ||
        g_.rules[c.match.rule].op != temporal::Op::kDate)
      return false;
    auto small = [&](const temporal::Token& t) {
      return t.kind == temporal::TokKind::kNumber && t.digits >= 1 && t.digits <= 2 &&
             t.suffix == temporal::NumSuffix::kNone;
    };
    const temporal::Token& slash = toks_[c.match.tb + 1];
    if (!small(toks_[c.match.tb]) || !small(toks_[c.match.tb + 2]) ||
        slash.kind != temporal::TokKind::kPunct || slash.punct != '/')
      return false;
    const temporal::Token& det = toks_[c.match.tb - 1];
    const temporal::Token& noun = toks_[c.match.te];
    return temporal::class_entry(det, g_.lexicon, g_.noun_determiners) && !noun.cap &&
           noun.space_before && temporal::class_entry(noun, g_.lexicon, g_.day_name_nouns);
  }

  // Whether candidate `c` is a bare ordinal ("the fifth", "the 15th") before a word in lower case
  // that no day is followed by: an ordinal counting things, "on the fifth floor", "on the second
  // bore", "on the first ballot"; "due on the 15th and the 17th", "on the 3rd when" stay days.
  // (Nouns a day count is written with, "the second day", are block rules.)
  bool ordinal_before_word(const Candidate& c) const {
    if (g_.day_followers < 0 || c.match.te - c.match.tb != 2 || c.match.te >= toks_.size())
      return false;
    const temporal::Token& the = toks_[c.match.tb];
    std::string_view the_text = ctx_.text.substr(the.begin, the.end - the.begin);
    if (the_text != "the" && the_text != "The") return false;
    const temporal::Token& ord = toks_[c.match.tb + 1];
    const temporal::Token& next = toks_[c.match.te];
    bool ordinal = ord.suffix == temporal::NumSuffix::kOrdinal ||
                   temporal::class_entry(ord, g_.lexicon, g_.ordinal_words);
    return ordinal && next.kind == temporal::TokKind::kWord && !next.cap &&
           next.space_before && !temporal::class_entry(next, g_.lexicon, g_.day_followers);
  }

  // Whether candidate `c`, quoted from token `open` to `close`, is a bare year that ends a quoted
  // name, every word before it capitalised and none a minor word: the plans "Brenford 2040" and
  // "Net Zero 2050", quoted as names. Quoted speech ("In 2019," "By 2030 we") is not.
  bool named_year(const Candidate& c, uint32_t open, uint32_t close) const {
    const temporal::Token& year = toks_[c.match.tb];
    if (c.match.te != close || c.match.te - c.match.tb != 1 || c.match.tb == open ||
        year.kind != temporal::TokKind::kNumber || year.digits != 4 ||
        year.suffix != temporal::NumSuffix::kNone)
      return false;
    for (uint32_t k = open; k < c.match.tb; ++k) {
      const temporal::Token& t = toks_[k];
      bool spelled = t.kind == temporal::TokKind::kNumber && t.digits == 0;  // "Net Zero 2050"
      if (!t.cap || (t.kind != temporal::TokKind::kWord && !spelled) ||
          temporal::class_entry(t, g_.lexicon, g_.title_minor_words))
        return false;
    }
    return true;
  }

  // Re-resolves a candidate and the candidates it is built from against the current anchor. A
  // match that resolves_without_anchor (a duration, a year, a decade) is not resolved again: its
  // second result would be its first, stored by add, and nothing writes a candidate's res between
  // add and reanchor (restate_days and habit_seasons run after the loop). Its parts are still
  // re-resolved.
  void reresolve(size_t i) {
    const Match& m = cands_[i].match;
    for (const auto& b : m.parts)
      if (b.bound && b.cand >= 0) reresolve(static_cast<size_t>(b.cand));
    if (temporal::resolves_without_anchor(ctx_.rules[m.rule].op)) return;
    if (auto r = temporal::resolve(m, ctx_)) cands_[i].res = std::move(*r);
  }

  // Resolves the chosen matches again in text order, each knowing the last date mentioned before
  // it: narrative mode anchors on it, and year-over-year comparisons keep its granularity.
  void reanchor(const std::vector<size_t>& chosen) {
    const Candidate* previous = nullptr;
    for (size_t i : chosen) {
      see_up_to(cands_[i].match.tb);
      reresolve(i);
      const auto& res = cands_[i].res;
      bool restated = previous && restates(*previous, cands_[i]);
      previous = &cands_[i];
      if (res.point && (res.mod.empty() || positional(res.mod)) && !restated &&
          !ends_stretch(cands_[i].match.tb) && !holds_last_day(*res.point, cands_[i].match.tb)) {
        ctx_.last = res.point;
        ctx_.last_end = toks_[cands_[i].match.te - 1].end;
        ctx_.last_to = res.range_end;
        if (res.range_to >= 0 && static_cast<size_t>(res.range_to) < cands_.size())
          ctx_.last_to = cands_[static_cast<size_t>(res.range_to)].res.point;
        // "Kiptoo won on Sunday. ... Organisers had moved the start on Saturday night. By noon
        // ...": a day before the story's day told in a past perfect is a look back; a clock time
        // after it stays on the story's day.
        bool flashback = res.point->g >= Granularity::kDay && ctx_.last_day &&
                         res.point->day < ctx_.last_day->day && past_perfect_before(cands_[i].match.tb);
        if (res.point->g >= Granularity::kDay && !flashback) {
          ctx_.last_day = res.point;
          ctx_.last_day_end = ctx_.last_end;
          if (res.point->day < ctx_.dct) {
            ctx_.last_past_day = res.point;
            ctx_.last_past_day_end = ctx_.last_end;
          }
          if (!after_bound(cands_[i].match.tb)) ctx_.last_told_day = res.point;
        }
        if (res.point->g == Granularity::kWeek && std::string_view(res.point->pod) != "WE") {
          ctx_.last_week = res.point;
          ctx_.last_week_end = ctx_.last_end;
        }
        note_span(res.point, ctx_.last_to);
      }
      if (res.point && res.mod.empty() && !res.beside_reported) {
        if (is_reported_period(*res.point, ctx_.dct) &&
            (!ctx_.reported || temporal::replaces_reported(*res.point, *ctx_.reported, ctx_.dct)))
          ctx_.reported = res.point;
      }
      if (states_year(i)) {
        ctx_.stated = res.point;
        ctx_.stated_to = res.range_end;
        ctx_.stated_te = ctx_.stated_seen = cands_[i].match.te;
        ctx_.stated_tb = cands_[i].match.tb;
        ctx_.stated_comma = temporal::ResolveContext::kNoComma;
        ctx_.stated_opened = aside_opened_;
      } else if (ctx_.stated && res.point &&
                 temporal::year_of(res.point->day) != temporal::year_of(ctx_.stated->day)) {
        ctx_.stated.reset();  // a date of another year in between ("last week") takes over
      }
    }
    restate_days(chosen);
    habit_seasons(chosen);
  }

  // Keeps a stretch of days from `from` to `to` far from the publication as the story's span (see
  // ResolveContext::span_from).
  void note_span(const std::optional<temporal::Moment>& from, const std::optional<temporal::Moment>& to) {
    if (!from || !to || from->g != Granularity::kDay || to->g != Granularity::kDay) return;
    auto length = to->day - from->day;
    if (length < date::days{1} || length > date::days{13}) return;
    if (from->day - ctx_.dct <= date::days{7} && ctx_.dct - to->day <= date::days{7}) return;
    ctx_.span_from = from->day;
    ctx_.span_to = to->day;
  }

  // A season fronted before a comma ("In winter, the ferry sails on Friday mornings", "During
  // the summer, the pool opens on Sundays") in a sentence with a recurring time after it is the
  // season of that habit, of no year (XXXX-WI), as "The ferry sails on Friday mornings in winter"
  // is (sets.rules: habit_season).
  void habit_seasons(const std::vector<size_t>& chosen) {
    for (size_t k = 0; k + 1 < chosen.size(); ++k) {
      Candidate& c = cands_[chosen[k]];
      const auto& p = c.res.point;
      if (!p || p->g != Granularity::kSeason || !c.res.mod.empty() || c.res.range_from >= 0 ||
          !fronted_before_comma(c.match.tb, c.match.te))
        continue;
      uint32_t seen = c.match.te;  // no sentence ends in [c.match.te, seen): see same_sentence
      for (size_t j = k + 1; j < chosen.size(); ++j) {
        const Candidate& s = cands_[chosen[j]];
        if (!same_sentence(c.match.te, s.match.tb, seen)) break;
        if (s.res.type != TimexType::kSet) continue;
        c.res.value = "XXXX" + c.res.value.substr(4);
        c.res.point.reset();
        break;
      }
    }
  }

  // Whether tokens [tb, te) open their sentence, maybe after a preposition and "the" ("In
  // winter,", "During the summer,"), and a comma follows them.
  bool fronted_before_comma(uint32_t tb, uint32_t te) const {
    auto starts = [&](uint32_t k) {
      return k == 0 || toks_[k].break_before || toks_[k - 1].ends_sentence;
    };
    uint32_t k = tb;
    for (int words = 0; !starts(k) && words < 2; ++words) {
      if (toks_[k - 1].kind != temporal::TokKind::kWord || toks_[k - 1].cap != starts(k - 1))
        return false;
      --k;
    }
    return starts(k) && te < toks_.size() && toks_[te].kind == temporal::TokKind::kPunct &&
           toks_[te].punct == ',';
  }

  // Whether no sentence ends between tokens `from` and `to`. `seen` (from <= seen) says that none
  // ends in [from, seen) and moves on past what this call reads, so asking about later and later
  // `to` from one `from` reads each token once (a season before a sentence of thousands of dates).
  bool same_sentence(uint32_t from, uint32_t to, uint32_t& seen) const {
    for (; seen < to && seen < toks_.size(); ++seen)
      if (toks_[seen].ends_sentence || (seen > from && toks_[seen].break_before)) return false;
    return to >= toks_.size() || !toks_[to].break_before;
  }

  // Whether `p`, a period coarser than a day, holds the day told last before it in its sentence:
  // "services on 23 December, one of the busiest travel days of the year, would end at about 6pm"
  // is still about 23 December; the year frames it and does not move the story off that day.
  bool holds_last_day(const temporal::Moment& p, uint32_t tb) const {
    if (p.g >= Granularity::kDay || !ctx_.last || ctx_.last->g < Granularity::kDay || ctx_.last_end == 0 ||
        p.day > ctx_.last->day || temporal::last_day(p) < ctx_.last->day)
      return false;
    for (uint32_t k = tb; k > 0 && toks_[k - 1].end > ctx_.last_end; --k)
      if (toks_[k].break_before || toks_[k - 1].ends_sentence) return false;
    return tb > 0;
  }

  // In a narrative, a date after "until" ends a stretch ("did not play again until February"): the
  // story stays where it was.
  bool ends_stretch(uint32_t tb) const {
    return ctx_.options.doc_type == DocType::kNarrative && g_.story_bounds >= 0 && tb > 0 &&
           temporal::class_entry(toks_[tb - 1], g_.lexicon, g_.story_bounds) != nullptr;
  }

  // A part of a period told of ("the late 1970s", "early March"): a time the story is at, as the
  // period is; a bound ("before 2019") is none.
  static bool positional(const std::string& mod) {
    return mod == "START" || mod == "MID" || mod == "END" || mod == "APPROX";
  }

  // Goes on through the tokens before `tb`, the start of the next chosen match (matches come in
  // text order, so each token is looked at once): whether a comma opens an aside there in its
  // sentence (aside_opened_), and ResolveContext::stated_seen and stated_comma.
  void see_up_to(uint32_t tb) {
    // Only the last token between aside_seen_ and tb that opens or closes an aside decides, so
    // they are read backwards from tb, mostly a few of them, rather than all of them (callgrind,
    // tbaq: 91.25M -> 89.53M instructions in all).
    for (uint32_t k = tb; k > aside_seen_; --k) {
      const temporal::Token& t = toks_[k - 1];
      if (k < toks_.size() && toks_[k].break_before) {  // a blank line after t
        aside_opened_ = false;
        break;
      }
      if (t.ends_sentence || (t.kind == temporal::TokKind::kPunct && t.punct == ';')) {
        aside_opened_ = false;
        break;
      }
      if (t.kind == temporal::TokKind::kPunct && t.punct == ',') {
        aside_opened_ = true;
        break;
      }
    }
    aside_seen_ = std::max(aside_seen_, tb);
    if (!ctx_.stated) return;
    for (uint32_t& i = ctx_.stated_seen; i < tb; ++i) {
      const temporal::Token& t = toks_[i];
      // The stated date's sentence ends: stated_seen stays here.
      if (t.break_before || t.ends_sentence) return;
      if (t.kind == temporal::TokKind::kPunct && t.punct == ',' &&
          ctx_.stated_comma == temporal::ResolveContext::kNoComma)
        ctx_.stated_comma = i;
    }
  }

  // Whether chosen candidate `i` is a date that states its year ("in 2017", "March 3, 2019",
  // "early 2017"), not as the bound of a stretch ("since 2015"): see ResolveContext::stated.
  bool states_year(size_t i) const {
    const Candidate& c = cands_[i];
    const auto& mod = c.res.mod;
    if (!c.res.point || c.res.point->g < Granularity::kYear || c.res.range_from >= 0 ||
        !(mod.empty() || mod == "START" || mod == "MID" || mod == "END" || mod == "APPROX") ||
        !(writes_year(c.match) || names_year(c) || counts_to_when(c)))
      return false;
    uint32_t tb = c.match.tb;
    return !after_bound(tb) || when_follows(c.match.te);
  }
  // Whether candidate `c` counts its way to a year or month ("a year earlier", "two years ago",
  // "the previous year", "two months ago") and ", when" follows: the clause is set then ("Sales
  // fell a year earlier, when the plant shut in October" is the October of that year). Without
  // the when-clause such a count lends no year to what follows in its sentence.
  bool counts_to_when(const Candidate& c) const {
    auto op = g_.rules[c.match.rule].op;
    return (op == temporal::Op::kAgo || op == temporal::Op::kAnaphor) &&
           (c.res.point->g == Granularity::kYear || c.res.point->g == Granularity::kMonth) &&
           when_follows(c.match.te);
  }
  // Whether the word before token tb makes a date there a stretch's bound ("from Monday", "until
  // Friday", "since 2015"; interval_bounds).
  // Whether a past perfect ("had moved", "had been") dates token `tb`: "had" and a word that is
  // no "to" at most kReach tokens before it in its sentence, with no comma or ';' between.
  bool past_perfect_before(uint32_t tb) const {
    constexpr uint32_t kReach = 16;
    for (uint32_t k = tb; k > 0 && tb - k < kReach; --k) {
      const temporal::Token& t = toks_[k - 1];
      if (t.ends_sentence || toks_[k].break_before) return false;
      if (t.kind == temporal::TokKind::kPunct && (t.punct == ',' || t.punct == ';')) return false;
      if (t.kind == temporal::TokKind::kWord && t.word && g_.lexicon.word(t.word) == "had")
        return k < tb && toks_[k].kind == temporal::TokKind::kWord &&
               (!toks_[k].word || g_.lexicon.word(toks_[k].word) != "to");
    }
    return false;
  }
  bool after_bound(uint32_t tb) const {
    return tb > 0 && temporal::class_entry(toks_[tb - 1], g_.lexicon, g_.interval_bounds);
  }
  // Whether ", when" follows token te - 1: a clause set in the date before it, even a bound's
  // ("asking for it since 2023, when a heatwave in the second week of June ...").
  bool when_follows(uint32_t te) const {
    return te + 1 < toks_.size() && toks_[te].kind == temporal::TokKind::kPunct &&
           toks_[te].punct == ',' && toks_[te + 1].word &&
           g_.lexicon.word(toks_[te + 1].word) == "when";
  }

  // Whether candidate `c` names a year by its distance: "this year", "last year" ("the third
  // strike this year, after walkouts in March" is this March).
  bool names_year(const Candidate& c) const {
    return g_.rules[c.match.rule].op == temporal::Op::kShift && c.res.point->g == Granularity::kYear;
  }

  // Whether match `m`, or a candidate it is built from, binds a year the text writes.
  bool writes_year(const Match& m) const {
    const temporal::Rule& r = g_.rules[m.rule];
    for (size_t k = 0; k < r.part_keys.size(); ++k) {
      if (!m.parts[k].bound) continue;
      if (r.part_keys[k] == temporal::Key::kYear) return true;
      if (m.parts[k].cand >= 0 && writes_year(cands_[static_cast<size_t>(m.parts[k].cand)].match))
        return true;
    }
    return false;
  }

  // Whether candidate `c` names a day itself: a date or weekday, or a time on one ("4 a.m. EDT
  // Thursday").
  bool names_day(const Candidate& c) const {
    const auto& p = c.res.point;
    if (!p || p->g < Granularity::kDay) return false;
    if (p->g == Granularity::kDay) return true;
    const temporal::Rule& r = g_.rules[c.match.rule];
    if (r.op != temporal::Op::kTimeOn) return false;
    for (size_t k = 0; k < r.part_keys.size(); ++k)
      if (r.part_keys[k] == temporal::Key::kOf && c.match.parts[k].bound) return true;
    return false;
  }

  // Whether `c` restates the clock time `before` on its day in brackets right after it, in another
  // zone ("at 03:14 UTC on Friday (10:14 p.m. Thursday local time)"): the story stays on the day
  // `before` names, for the clock times told after it.
  bool restates(const Candidate& before, const Candidate& c) const {
    return bracketed_after(before, c) && c.res.point && c.res.point->g >= Granularity::kHour && names_day(before);
  }

  // Whether `c` opens a bracket right after the clock time `before` ends: "03:14 UTC (10:14 p.m.".
  bool bracketed_after(const Candidate& before, const Candidate& c) const {
    uint32_t te = before.match.te;
    return c.match.tb == te + 1 && toks_[te].kind == temporal::TokKind::kPunct && toks_[te].punct == '(' &&
           before.res.point && before.res.point->g >= Granularity::kHour;
  }

  // A clock time restated in brackets with its day ("at 4 in the morning (4 a.m. EDT Thursday)")
  // is on that day, unless it names its own: "at 03:14 UTC on Friday (10:14 p.m. Thursday local
  // time)" is a conversion into a zone where the day is another.
  void restate_days(const std::vector<size_t>& chosen) {
    for (size_t k = 0; k + 1 < chosen.size(); ++k) {
      Candidate& c = cands_[chosen[k]];
      const Candidate& next = cands_[chosen[k + 1]];
      if (!c.res.mod.empty() || !bracketed_after(c, next) || !names_day(next) || names_day(c)) continue;
      c.res.point->day = next.res.point->day;
      c.res.value = temporal::timex_value(*c.res.point);
    }
  }

  Timex timex_of(const Candidate& c) const {
    Timex t;
    t.begin = toks_[c.match.tb].begin;
    // An optional comma a pattern took before a part that was not there ("Labor Day, and") is no
    // part of the expression.
    uint32_t te = c.match.te;
    while (te - 1 > c.match.tb && toks_[te - 1].kind == temporal::TokKind::kPunct &&
           (toks_[te - 1].punct == ',' || toks_[te - 1].punct == ';'))
      --te;
    t.end = toks_[te - 1].end;
    t.type = c.res.type;
    t.value = c.res.value;
    t.mod = c.res.mod;
    t.range = c.res.range;
    t.moved_from = temporal::moves_date_at(ctx_, c.match.tb) != 0;
    if (ctx_.options.hemisphere == Hemisphere::kSouth) {
      t.value = temporal::southern_seasons(t.value);
      t.range = temporal::southern_seasons(t.range);
    }
    return t;
  }

  std::vector<Timex> emit(const std::vector<size_t>& chosen) const {
    std::vector<Timex> out;
    out.reserve(2 * chosen.size());  // at most two each; growing moves every Timex's strings
    for (size_t i : chosen) {
      const Candidate& c = cands_[i];
      if (c.res.blocked) continue;
      if (c.res.range_from < 0) {
        out.push_back(timex_of(c));
        continue;
      }
      Timex from = timex_of(cands_[c.res.range_from]);
      Timex to = timex_of(cands_[c.res.range_to]);
      bool south = ctx_.options.hemisphere == Hemisphere::kSouth;
      if (!c.res.from_value.empty()) from.value = south ? temporal::southern_seasons(c.res.from_value) : c.res.from_value;
      if (!c.res.to_value.empty()) to.value = south ? temporal::southern_seasons(c.res.to_value) : c.res.to_value;
      from.range = south ? temporal::southern_seasons(c.res.range) : c.res.range;
      to.ends_range = !c.res.range.empty();  // a move ("from May to June") is two dates
      out.push_back(std::move(from));
      out.push_back(std::move(to));
    }
    return out;
  }

  // The month the fiscal year of the story's company starts in, from what the text states: "the
  // fiscal year that ends June 30", "fiscal 2027, which ends in June" (a month after "fiscal" or
  // "financial" and a form of "end", within kReach words), or "the first quarter ended Sept. 30"
  // (an ordinal quarter and the month it ends in). 0 when the text states none, or a calendar year.
  unsigned fiscal_year_start() const {
    using temporal::TokKind;
    constexpr size_t kReach = 7;
    constexpr unsigned kCalendar = 13;  // found: a fiscal year that is the calendar one
    int months = g_.months, ordinals = g_.ordinal_words;
    auto word = [&](size_t k) -> std::string_view {
      if (k >= toks_.size() || toks_[k].kind != TokKind::kWord || !toks_[k].word) return {};
      return g_.lexicon.word(toks_[k].word);
    };
    auto ends = [&](size_t k) {
      std::string_view w = word(k);
      return w == "end" || w == "ends" || w == "ended" || w == "ending";
    };
    auto month_at = [&](size_t k) -> unsigned {  // after an "end" at k-1, maybe "in" or "on"
      if (word(k) == "in" || word(k) == "on") ++k;
      const temporal::LexEntry* e =
          k < toks_.size() && toks_[k].cap ? temporal::class_entry(toks_[k], g_.lexicon, months) : nullptr;
      return e && e->numeric ? static_cast<unsigned>(e->num) : 0;
    };
    // A story of a company that moved to the calendar year ("changed from a fiscal year to a
    // calendar year") tells of its old quarters: no fiscal year of its own now.
    // The scan reads every token: it compares word ids (0 for a word the lexicon lacks, which
    // no token then is) before any text.
    auto id = [&](size_t k) -> uint32_t {
      return toks_[k].kind == TokKind::kWord ? toks_[k].word : 0;
    };
    const uint32_t calendar = g_.lexicon.find("calendar"), fiscal = g_.lexicon.find("fiscal"),
                   financial = g_.lexicon.find("financial"), quarter = g_.lexicon.find("quarter");
    // One pass for both: "calendar year" anywhere says 0; else the first fiscal year stated (the
    // pass goes on after it only to look for "calendar year").
    unsigned found = 0;
    for (size_t i = 0; i + 1 < toks_.size(); ++i) {
      uint32_t k = id(i);
      if (!k) continue;
      if (k == calendar && word(i + 1) == "year") return 0;
      if (found || i + 2 >= toks_.size() || (k != fiscal && k != financial && k != quarter))
        continue;
      std::string_view w = word(i);
      unsigned last = 0;  // the month the fiscal year ends in
      if (w == "fiscal" || w == "financial") {
        for (size_t k = i + 1; k < toks_.size() && k - i <= kReach && !toks_[k - 1].ends_sentence; ++k) {
          if (word(k) == "quarter") break;  // "the fiscal first quarter ended Sept. 30": below
          if (ends(k)) {
            last = month_at(k + 1);
            break;
          }
        }
      } else if (w == "quarter" && i > 0 && ends(i + 1)) {
        size_t o = i - 1;
        if (word(o) == "fiscal" && o > 0) --o;
        const temporal::LexEntry* n = temporal::class_entry(toks_[o], g_.lexicon, ordinals);
        unsigned m = month_at(i + 2);
        if (n && n->numeric && n->num >= 1 && n->num <= 4 && m)
          last = static_cast<unsigned>((m + 12 - 3 * n->num - 1) % 12) + 1;
      }
      // A year that ends in December is the calendar one: kept as found, returned as 0.
      if (last) found = last == 12 ? kCalendar : last % 12 + 1;
    }
    return found == kCalendar ? 0 : found;
  }

  // A quarter named by its ordinal alone ("the first quarter", "first-quarter results", "the
  // fiscal second quarter") in a story that states a fiscal year not the calendar one is that
  // year's quarter: its value stays as TimeBank writes fiscal quarters (the calendar year and the
  // quarter's number, "the fiscal first quarter" ended Sept. 30, 1989 is 1989-Q1), and its range
  // gives its months (2026-07/2026-09 for a year from July). Which occurrence: the latest that
  // starts by the publication date, and no more than nine months after the calendar quarter the
  // value names (a year-ago quarter), or for a quarter ahead the first after the publication date.
  void fiscal_quarters(std::vector<Timex>& out) const {
    auto ordinal = [](std::string_view text) {  // "first", "Second-quarter", ...; not "the quarter"
      for (std::string_view o : {"irst", "econd", "hird", "ourth"})
        if (text.find(o) != std::string_view::npos) return true;
      return false;
    };
    auto quarter = [&](const Timex& t) {
      std::string_view v = t.value, text = ctx_.text.substr(t.begin, t.end - t.begin);
      return t.type == TimexType::kDate && t.range.empty() && !t.ends_range && t.mod.empty() &&
             v.size() == 7 && v.substr(4, 2) == "-Q" && v[6] >= '1' && v[6] <= '4' &&
             text.find("uarter") != std::string_view::npos && ordinal(text) &&
             std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    // "the first half of fiscal 2027": a half of a fiscal year named by its number. A fiscal year
    // is named by the calendar year it ends in ("fiscal 2027, which ends in June" runs from July
    // 2026; a retailer's fiscal 2027 that ends in January runs from February 2026), except one
    // that starts in April, May or June, which is named by the year it starts in (a Japanese
    // company's fiscal 2026 runs from April 2026 to March 2027). Its value
    // stays the calendar half, as a fiscal quarter's does; its range gives its months
    // (2026-07/2026-12 for the first half of fiscal 2027 from July).
    auto fiscal_half = [&](const Timex& t) {
      std::string_view v = t.value, text = ctx_.text.substr(t.begin, t.end - t.begin);
      return t.type == TimexType::kDate && t.range.empty() && !t.ends_range && t.mod.empty() &&
             v.size() == 7 && v.substr(4, 2) == "-H" && (v[6] == '1' || v[6] == '2') &&
             text.find("half") != std::string_view::npos &&
             text.find("fiscal") != std::string_view::npos;
    };
    if (std::none_of(out.begin(), out.end(), quarter) &&
        std::none_of(out.begin(), out.end(), fiscal_half))
      return;
    // The text's own fiscal year, else the one of the story's country (TagOptions::fiscal_year:
    // "Q3" in a Mumbai story is October to December), whose naming holds when they start alike
    // (India's fiscal 2027 runs from April 2026).
    const FiscalYear& own = ctx_.options.fiscal_year;
    unsigned start = fiscal_year_start();
    bool by_start = start == 1 || (start >= 4 && start <= 6);
    // The country's year counts only for a quarter or half the text calls fiscal ("the fiscal
    // third quarter"): a bare "third quarter" of GDP or prices under a Tokyo or Sydney dateline is
    // the calendar's, and so are a US company's results written up in Bengaluru.
    bool country = !start && own.start_month > 1;
    if (country) start = own.start_month;
    if (start && start == own.start_month) by_start = own.named_by_start;
    if (!start) return;
    using namespace date;
    for (Timex& t : out) {
      if (!fiscal_half(t)) continue;
      int y = std::stoi(t.value.substr(0, 4));
      int from = by_start ? y : y - 1;  // the year it starts in
      year_month first = year{from} / month{start} + months{6 * (t.value[6] - '1')};
      t.range = format_day(sys_days{first / 1}).substr(0, 7) + "/" +
                format_day(sys_days{(first + months{5}) / 1}).substr(0, 7);
    }
    for (Timex& t : out) {
      if (!quarter(t)) continue;
      if (country && ctx_.text.substr(t.begin, t.end - t.begin).find("fiscal") == std::string_view::npos)
        continue;
      int y = std::stoi(t.value.substr(0, 4));
      unsigned n = static_cast<unsigned>(t.value[6] - '0');
      sys_days named = sys_days{year{y} / month{3 * n - 2} / 1};
      unsigned first = (start - 1 + 3 * (n - 1)) % 12 + 1;  // the fiscal quarter's first month
      std::optional<sys_days> pick;
      for (int yy = temporal::year_of(ctx_.dct) - 2; yy <= temporal::year_of(ctx_.dct) + 1; ++yy) {
        sys_days at = sys_days{year{yy} / month{first} / 1};
        if (named <= ctx_.dct) {
          if (at <= std::min(ctx_.dct, sys_days{(year_month{year{y} / month{3 * n - 2}} + months{9}) / 1}))
            pick = at;
        } else if (at > ctx_.dct && !pick) {
          pick = at;
        }
      }
      if (!pick) continue;
      year_month ym{year_month_day{*pick}.year(), year_month_day{*pick}.month()};
      t.range = format_day(*pick).substr(0, 7) + "/" +
                format_day(sys_days{(ym + months{2}) / 1}).substr(0, 7);
    }
  }

  const temporal::Grammar& g_;
  std::vector<temporal::Token> toks_;
  std::vector<Candidate> cands_;
  std::vector<CandidateRef> refs_;
  temporal::ResolveContext ctx_;
  temporal::TenseMemo tense_memo_;
  uint32_t aside_seen_ = 0;    // see_up_to has gone through the tokens before this one
  bool aside_opened_ = false;  // a comma opens an aside before aside_seen_, in its sentence
};

}  // namespace

Tagger::Tagger(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

Result<Tagger> Tagger::load(std::string_view language) {
  auto grammar = temporal::load_grammar(language);
  if (!grammar) return grammar.error();
  auto impl = std::make_unique<Impl>();
  impl->grammar = std::move(*grammar);
  return Tagger(std::move(impl));
}

std::vector<Timex> Tagger::tag(std::string_view text, const Anchor& dct,
                               const TagOptions& options) const {
  return Run(*impl_->grammar, text, dct, options).timexes();
}

Result<Timex> Tagger::normalize(std::string_view expression, const Anchor& anchor,
                                const TagOptions& options) const {
  std::string_view e = expression;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!e.empty() && space(e.front())) e.remove_prefix(1);
  while (!e.empty() && space(e.back())) e.remove_suffix(1);
  auto found = tag(e, anchor, options);
  if (found.empty())
    return Error::input("\"" + std::string(e) +
                        "\" is not a temporal expression this tagger knows");
  // Accept a leading preposition left outside the span ("on Friday").
  const Timex& t = found.back();
  bool single = found.size() == 1 || (found.size() == 2 && found[1].ends_range);
  if (!single || t.end != e.size())
    return Error::input("only \"" +
                        std::string(e.substr(found[0].begin, found[0].end - found[0].begin)) +
                        "\" of \"" + std::string(e) + "\" is a temporal expression");
  return found[0];
}

}  // namespace chronoline
