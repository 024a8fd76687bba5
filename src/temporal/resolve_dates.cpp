// Resolve ops for calendar dates: written dates, weekdays, months, seasons, shifts, holidays,
// parts.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "temporal/resolve_internal.h"
#include "text/sentence_end.h"

namespace chronoline::temporal::internal {

using date::days;
using date::sys_days;

namespace {

bool is_comma(const Token& t) { return t.kind == TokKind::kPunct && t.punct == ','; }

// The word at token k (lower case, as the lexicon keeps it), or "" for punctuation, a number or
// past the end.
std::string_view word_at(const ResolveContext& c, uint32_t k) {
  if (k >= c.toks.size() || c.toks[k].kind != TokKind::kWord || !c.toks[k].word) return {};
  return c.lex.word(c.toks[k].word);
}

// Whether a word of lexicon class `cls` stands in the match's sentence, at most 40 tokens away.
bool sentence_has(const Args& a, int cls) {
  if (cls < 0) return false;
  const std::vector<Token>& toks = a.ctx().toks;
  auto in_class = [&](const Token& t) { return class_entry(t, a.ctx().lex, cls) != nullptr; };
  constexpr uint32_t kReach = 40;
  for (uint32_t i = a.match().tb, n = 0; i > 0 && n < kReach; --i, ++n) {
    if (toks[i].break_before || toks[i - 1].ends_sentence) break;
    if (in_class(toks[i - 1])) return true;
  }
  uint32_t end = std::min<uint32_t>(a.match().te + kReach, static_cast<uint32_t>(toks.size()));
  for (uint32_t i = a.match().tb; i < end; ++i) {
    if (i > a.match().tb && toks[i].break_before) break;
    if (in_class(toks[i])) return true;
    if (toks[i].ends_sentence) break;
  }
  return false;
}

// Whether the date that states its year (ResolveContext::stated) may lend it to the match: it is
// in the match's sentence, the match does not date a report ("filed suit in 2019 and said in
// March": reporting_verbs), and the stated date is not in an aside set off by commas that the
// match follows ("The firm, founded in 1998, cut jobs in March", "Smith, who joined in 2005,
// resigned in March": March is of now), unless the aside's comma leads into a joined clause
// (", and in March ...").
bool stated_in_reach(const Args& a) {
  const ResolveContext& c = a.ctx();
  uint32_t tb = a.match().tb;
  // The tokens up to stated_seen are known (ResolveContext::stated_seen): only the rest is looked
  // at.
  uint32_t seen = std::min(std::max(c.stated_te, c.stated_seen), tb);
  if (!c.stated || c.stated_te > tb || !same_sentence(c.toks, seen, tb)) return false;
  // A record's year is a comparison, not the story's: "beating the previous record set in 2009
  // and capping an autumn of storms" is this autumn.
  if (uint32_t te = c.stated_te; te >= 4 && c.record_nouns >= 0) {
    const Token& in = c.toks[te - 2];
    if (in.kind == TokKind::kWord && in.word && c.lex.word(in.word) == "in" &&
        class_entry(c.toks[te - 4], c.lex, c.record_nouns))
      return false;
  }
  int reporting = c.reporting_verbs;
  for (uint32_t i = tb; reporting >= 0 && i > c.stated_te && tb - i < 3; --i) {
    const Token& t = c.toks[i - 1];  // the match's preposition and object, then the verb
    if (t.kind != TokKind::kWord) break;
    if (c.lex.entry(t.word, static_cast<uint16_t>(reporting))) return false;
  }
  if (!c.stated_opened) return true;
  uint32_t comma = c.stated_comma;  // the first comma after the stated date
  for (uint32_t i = seen; comma == ResolveContext::kNoComma && i < tb; ++i)
    if (is_comma(c.toks[i])) comma = i;
  if (comma == ResolveContext::kNoComma || comma >= tb) return true;
  const Token& next = c.toks[comma + 1];
  return class_entry(next, c.lex, c.clause_links) != nullptr;
}

// The date that lends its year to a month, season or day named without one: in news, the date
// earlier in its sentence that states its year (when in reach: stated_in_reach); in narrative
// text, the last date mentioned, in any sentence, when more than a year from the publication date
// (nearer, the publication date's reading stands). Either at `finest` or finer.
std::optional<Moment> year_source(const Args& a, Granularity finest) {
  const ResolveContext& c = a.ctx();
  if (c.options.forward_looking) return std::nullopt;
  if (c.options.doc_type == DocType::kNarrative) {
    if (!c.last || c.last->g < finest) return std::nullopt;
    if (c.options.story_anchor) return c.last;
    date::sys_days lo = add_units(c.dct, Granularity::kYear, -1);
    date::sys_days hi = add_units(c.dct, Granularity::kYear, 1);
    if (c.last->day > lo && c.last->day < hi) return std::nullopt;
    return c.last;
  }
  if (!c.stated || c.stated->g < finest || !stated_in_reach(a)) return std::nullopt;
  return c.stated;
}

// Whether the stated date is a bare year fronted in its clause, "In 2017" opening the sentence or
// following "and", a comma or ';': the clause is set in that year, so a day in it is too ("In
// 2017 we started on 28 August", "..., and in 2023 a hailstorm on 14 June destroyed a quarter"),
// unlike a year inside a phrase ("under a program approved in 1987, it had bought shares through
// Sept. 29").
bool fronted_year(const Args& a) {
  const ResolveContext& c = a.ctx();
  uint32_t te = c.stated_te;
  if (!c.stated || c.stated->g != Granularity::kYear || te < 2) return false;
  const Token& year = c.toks[te - 1];
  const Token& in = c.toks[te - 2];
  if (year.kind != TokKind::kNumber || year.digits != 4 || in.kind != TokKind::kWord || !in.word ||
      c.lex.word(in.word) != "in")
    return false;
  if (te == 2 || in.break_before) return true;
  const Token& before = c.toks[te - 3];
  return before.ends_sentence || is_comma(before) ||
         (before.kind == TokKind::kPunct && before.punct == ';') ||
         (before.kind == TokKind::kWord && before.word && c.lex.word(before.word) == "and");
}

// Whether the match is in a when-clause right after the date that states its year ("than in
// 2025, when the cap went up in October", "a year earlier, when the plant shut on Oct. 3"): the
// clause is set in that year. `own` asks that no comma or ';' stand between "when" and the match
// (the clause's own words, not a clause after it).
bool in_when_clause(const Args& a, bool own) {
  const ResolveContext& c = a.ctx();
  uint32_t te = c.stated_te, tb = a.match().tb;
  if (!c.stated || te + 1 >= c.toks.size() || te + 1 >= tb || c.stated_seen < tb ||
      c.toks[te].kind != TokKind::kPunct || c.toks[te].punct != ',' || word_at(c, te + 1) != "when")
    return false;
  for (uint32_t k = te + 2; own && k < tb; ++k)
    if (c.toks[k].kind == TokKind::kPunct && (c.toks[k].punct == ',' || c.toks[k].punct == ';'))
      return false;
  return true;
}

// The year a month (and day) named without one takes from a date earlier in its sentence that
// states its year (ResolveContext::stated): "The plant opened in 2017, and in March it hired 50
// workers" is March 2017, "On March 3, 2019, the firm filed; on March 10 it withdrew" 2019-03-10.
// A day needs a stated month or day: after a bare year it mostly tells of now ("under a program
// approved in 1987, it had bought shares through Sept. 29"). nullopt, leaving the publication
// date's reading, when the clause's tense points the other way (a future verb group after a past
// year), or when the stated year is the one before the publication year and the month has come
// round since ("Profit fell in 2022, and in March the firm cut jobs", written in April 2023).
std::optional<int> stated_year(unsigned month, unsigned day, const Args& a) {
  // A narrative counted from its first date, or at a year it wrote out decades before its
  // publication date (a history: kHistoryYears), lends a year or season to a day too ("The front
  // moved east in the autumn of 1941. On 7 December, Japan attacked": 1941-12-07). Nearer, or after
  // a year counted from now ("41 years ago"), a day after a bare year mostly tells of now (tbaq
  // read as narratives: "approved in 1987, it had bought shares through Sept. 29"; value F1 81.65
  // -> 81.17 when lent there too).
  constexpr int kHistoryYears = 20;
  const ResolveContext& rc = a.ctx();
  bool story = rc.options.story_anchor ||
               (rc.options.doc_type == DocType::kNarrative && rc.last && rc.stated &&
                year_of(rc.stated->day) == year_of(rc.last->day) &&
                year_of(rc.dct) - year_of(rc.last->day) > kHistoryYears);
  auto source = year_source(a, day && !story ? Granularity::kMonth : Granularity::kYear);
  if (!source && day && !story && (fronted_year(a) || in_when_clause(a, true)))
    source = year_source(a, Granularity::kYear);
  if (!source) return std::nullopt;
  const ResolveContext& c = a.ctx();
  int y = year_of(source->day);
  // A narrative at December (or a winter) that names January or February has turned the year:
  // "they lost on Boxing Day 2004 ... In January the club signed a striker" is 2005-01. Earlier
  // in the year a month before the last one is as often a look back ("settled in March ...
  // brightest in mid-February"), which keeps the year.
  if (c.options.doc_type == DocType::kNarrative && source->g >= Granularity::kSeason &&
      month <= 2 && static_cast<unsigned>(date::year_month_day{source->day}.month()) == 12)
    ++y;
  auto on = [&](int yy) -> std::optional<sys_days> {
    date::year_month_day ymd{date::year{yy}, date::month{month}, date::day{day ? day : 1}};
    return ymd.ok() ? std::optional<sys_days>(ymd) : std::nullopt;
  };
  auto at = on(y);
  if (!at) return std::nullopt;
  if (c.options.story_anchor) return y;  // no "now" for the tense to point away from
  sys_days here = day ? c.dct : truncate(c.dct, Granularity::kMonth).day;
  int tense = a.tense();
  // A year that opens the clause sets it, a past look ahead too: "In 2019 officials expected
  // talks to resume in December" looked ahead from 2019 (not "In 2017 the plant opened; they
  // plan to expand it in March").
  bool then = tense > 0 && fronted_year(a) && a.looked_ahead_then();
  if ((tense > 0 && *at < here && !then) || (tense < 0 && *at > here))
    return std::nullopt;
  int now = year_of(c.dct);
  // "than in 2025, when the price cap went up in October": a when-clause set in the stated year,
  // in its sentence, keeps it even where this year's month has passed too.
  bool when_clause = in_when_clause(a, false) && year_of(c.stated->day) == y;
  if (auto recent = on(now); y == now - 1 && recent && *recent <= here && !when_clause) return std::nullopt;
  return y;
}

// How far "last", "this" or "next" before "year" moves from the publication year: -1, 0 or 1; 2
// for any other word. Only these three count from publication ("the previous year's" counts from
// the story's last year, so directions.tsv is not asked).
int deictic_year_step(std::string_view w) {
  return w == "last" ? -1 : w == "this" ? 0 : w == "next" ? 1 : 2;
}

// The year a month (and day) named without one takes from "last year", "this year" or "next year"
// right after it, or after the other end of its range: "in March last year", "Sales ran Jan.
// 20-Feb. 2 last year" (both ends). Not from the subject of what follows ("in March, last
// year's champion won").
std::optional<int> trailing_year(const Args& a) {
  const ResolveContext& c = a.ctx();
  constexpr uint32_t kReach = 6;  // "- Feb . 2 ,": a range's other end and a comma
  auto word = [&](uint32_t k, std::string_view w) {
    return k < c.toks.size() && c.toks[k].kind == TokKind::kWord && c.toks[k].word &&
           c.lex.word(c.toks[k].word) == w;
  };
  uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(c.toks.size()), a.match().te + kReach);
  for (uint32_t k = a.match().te; k < end; ++k) {
    const Token& t = c.toks[k];
    if (t.break_before) return std::nullopt;
    if (t.kind == TokKind::kWord) {
      int dir = t.word ? deictic_year_step(c.lex.word(t.word)) : 2;
      if (dir != 2) {
        if (!word(k + 1, "year") || word(k + 2, "'s")) return std::nullopt;
        return year_of(c.dct) + dir;
      }
      if (word(k, "to") || word(k, "through") || word(k, "until") || word(k, "and")) continue;
      if (!class_entry(t, c.lex, c.months)) return std::nullopt;
    } else if (t.kind == TokKind::kPunct) {
      if (t.punct != '-' && t.punct != ',' && t.punct != '.') return std::nullopt;
    } else if (t.kind != TokKind::kNumber) {
      return std::nullopt;
    }
    if (t.ends_sentence) return std::nullopt;
  }
  return std::nullopt;
}

// The year of "last year's", "this year's" or "next year's" when the noun phrase it owns holds the
// match: "last year's outage on Aug. 28", "last year's Aug. 28 outage", "next year's race on May 3"
// (at most kNoun words in lower case between, none with a role in a verb group nor a past form,
// then maybe a preposition). Not across a verb ("Last year's champion won again on Aug. 28"), but
// for one of the event's own course ("Last year's fires peaked in March").
std::optional<int> owner_year(const Args& a) {
  constexpr uint32_t kNoun = 3;
  const ResolveContext& c = a.ctx();
  auto word = [&](uint32_t k) { return word_at(c, k); };
  auto link = [&](uint32_t k, std::string_view kind) {  // owner_links: "during", "which"
    const LexEntry* e = class_entry(c.toks[k], c.lex, c.cues.owner_links);
    return e && e->value == kind;
  };
  auto part = [&](uint32_t k) {  // a month's part (mods, not an ambiguous one): "early", "mid"
    const Token& t = c.toks[k];
    const LexEntry* e = class_entry(t, c.lex, c.cues.month_parts);
    return e && !(e->flags & kAmbiguous);
  };
  uint32_t k = a.match().tb;
  // A month's part before it ("mid-January", "early March"): the owner stands before that.
  if (k >= 2 && !c.toks[k].break_before && c.toks[k - 1].kind == TokKind::kPunct &&
      c.toks[k - 1].punct == '-' && part(k - 2))
    k -= 2;
  else if (k >= 1 && !c.toks[k].break_before && part(k - 1))
    --k;
  // A preposition before it: the tense model's date prepositions ("on", "in", "at"), "of", and
  // those of owner_links ("during", "from").
  auto prep_at = [&](uint32_t i) {
    const Token& t = c.toks[i];
    TenseRole r = t.word < c.cues.roles.size() ? c.cues.roles[t.word] : TenseRole::kNone;
    return r == TenseRole::kDatePrep || r == TenseRole::kOf || link(i, "PREP");
  };
  bool prep = k > 0 && !c.toks[k].break_before && prep_at(k - 1);
  if (prep) --k;
  // "Last year's fires peaked in March", "last year's rush, which began in mid-January": a verb
  // of the owned event's own course (course_verbs) right before the preposition, maybe after a
  // relative pronoun of owner_links ("which", "that") and a comma. "Last year's fires began in
  // March and ended in May": one joined (clause_links, maybe after a comma) to another such verb
  // and its month shares that one's owner.
  // A verb of value "title" ("won") is one only in a relative clause on a noun of title_nouns:
  // "Last year's champion, who won in May" (not "Last year's champion won in May").
  bool titled = false, relative = false;
  while (c.cues.course_verbs >= 0 && prep && k > 0 && !c.toks[k].break_before &&
         class_entry(c.toks[k - 1], c.lex, c.cues.course_verbs)) {
    titled = titled || class_entry(c.toks[k - 1], c.lex, c.cues.course_verbs)->value == "title";
    --k;
    // A verb group of several ("is set", "will be held"): all of it.
    while (k > 0 && !c.toks[k].break_before && class_entry(c.toks[k - 1], c.lex, c.cues.course_verbs)) --k;
    // The main verb after a relative clause set off by commas ("last year's rush, which began in
    // mid-January, ended in February"): the owner stands before the clause.
    if (k > 0 && !c.toks[k].break_before && is_comma(c.toks[k - 1])) {
      constexpr uint32_t kClause = 10;
      uint32_t j = k - 1, stop = j > kClause ? j - kClause : 1;
      while (j > stop && !c.toks[j].break_before && !c.toks[j - 1].ends_sentence &&
             !is_comma(c.toks[j - 1]) && !link(j - 1, "RELATIVE"))
        --j;
      if (j > stop && j >= 2 && link(j - 1, "RELATIVE") && !c.toks[j - 1].break_before &&
          is_comma(c.toks[j - 2])) {
        k = j - 2;
        relative = true;
        break;
      }
    }
    if (k > 0 && !c.toks[k].break_before && link(k - 1, "RELATIVE")) {
      --k;
      if (k > 0 && !c.toks[k].break_before && is_comma(c.toks[k - 1])) --k;
      relative = true;
      break;
    }
    uint32_t j = k;  // the link
    if (j == 0 || c.toks[j].break_before || !class_entry(c.toks[j - 1], c.lex, c.clause_links))
      break;
    --j;
    if (j > 0 && !c.toks[j].break_before && is_comma(c.toks[j - 1])) --j;
    // The other month: "March", "mid-March", "Aug. 28".
    uint32_t m = j;
    while (m > 0 && !c.toks[m].break_before &&
           (class_entry(c.toks[m - 1], c.lex, c.months) || part(m - 1) ||
            c.toks[m - 1].kind == TokKind::kNumber ||
            (c.toks[m - 1].kind == TokKind::kPunct && c.toks[m - 1].punct == '-')))
      --m;
    if (m == j || m == 0 || c.toks[m].break_before || !prep_at(m - 1)) break;
    k = m - 1;  // at its preposition: the loop asks for its verb
  }
  if (titled && !(relative && k > 0 && class_entry(c.toks[k - 1], c.lex, c.cues.title_nouns)))
    return std::nullopt;
  for (uint32_t n = 0; k >= 3 && !c.toks[k].break_before; ++n, --k) {
    const Token& t = c.toks[k - 1];
    if (word(k - 1) == "'s") {
      if (word(k - 2) != "year" || c.toks[k - 2].break_before) return std::nullopt;
      std::string_view w = word(k - 3);
      int dir = deictic_year_step(w);
      return dir == 2 ? std::nullopt : std::optional<int>(year_of(c.dct) + dir);
    }
    if (n == kNoun || t.kind != TokKind::kWord || t.cap) return std::nullopt;
    bool role = t.word && t.word < c.cues.roles.size() && c.cues.roles[t.word] != TenseRole::kNone;
    bool past =
        (t.word && c.cues.past >= 0 && c.lex.entry(t.word, static_cast<uint16_t>(c.cues.past))) ||
        c.text.substr(t.begin, t.end - t.begin).ends_with("ed");
    // A verb's base form right after "'s" with a noun after it is a modifier ("last year's
    // travel rush").
    if (role && n > 0 && k >= 2 && word(k - 2) == "'s") role = false;
    if (role || past) return std::nullopt;
  }
  return std::nullopt;
}

// Whether the stated date (ResolveContext::stated) may open its clause's subject: no preposition
// (prepositions) stands right before it or its determiners. "The 2026-27 season was delayed", "The
// league's 2026-27 season", "The Premier League 2026-27 season", "Officials said on Monday the
// 2026-27 season", "Because of the strike, the 2026-27 season" do; "Ticket sales for the 2026-27
// season were delayed" is inside a phrase that qualifies another subject.
bool stated_opens_subject(const ResolveContext& c) {
  uint32_t k = c.stated_tb;
  auto role = [&](uint32_t i) {
    const Token& t = c.toks[i];
    return t.kind == TokKind::kWord && t.word < c.cues.roles.size() ? c.cues.roles[t.word]
                                                                     : TenseRole::kNone;
  };
  while (k > 0 && !c.toks[k].break_before && role(k - 1) == TenseRole::kDeterminer &&
         !class_entry(c.toks[k - 1], c.lex, c.cues.complementizers))
    --k;
  if (k == 0 || c.toks[k].break_before || c.toks[k - 1].ends_sentence) return true;
  return !class_entry(c.toks[k - 1], c.lex, c.prepositions);
}

// The year of a month named in a clause whose subject is a span of two years that the month
// opens or closes: the first year after a verb of starting, the second after one of ending
// (span_edges: "The 2026-27 season starts in August" 2026-08, "The 2025-26 season ends in May"
// 2026-05, "the 2026-27 tax year begins in April"), at most kBetween words and no punctuation
// between the span and the month. nullopt otherwise: a month the span does not open or close may
// lie before it ("Tickets for the 2026-27 season go on sale in May").
std::optional<int> split_year_edge(unsigned month, const Args& a) {
  constexpr uint32_t kBetween = 5;
  const ResolveContext& c = a.ctx();
  if (!c.stated || !c.stated_to || c.stated->g != Granularity::kYear || c.cues.span_edges < 0)
    return std::nullopt;
  int first = year_of(c.stated->day);
  uint32_t tb = a.match().tb;
  if (year_of(c.stated_to->day) != first + 1 || tb <= c.stated_te || tb - c.stated_te > kBetween ||
      !stated_in_reach(a))
    return std::nullopt;
  std::optional<int> edge;
  bool defer = false, until = false;
  for (uint32_t k = c.stated_te; k < tb; ++k) {
    const Token& t = c.toks[k];
    if (t.kind != TokKind::kWord) return std::nullopt;
    if (const LexEntry* e = class_entry(t, c.lex, c.cues.span_edges))
      edge = first + (e->value == "END" ? 1 : 0);
    TenseRole r = t.word < c.cues.roles.size() ? c.cues.roles[t.word] : TenseRole::kNone;
    defer |= r == TenseRole::kDefer;
    until |= defer && (r == TenseRole::kUntil || r == TenseRole::kTo);
  }
  // "The 2026-27 season was delayed until October": the span put off to a month starts in it, so
  // the month lies within the span, whatever the tense (2026-10, not the October ahead in
  // 2027; "until February" is 2027-02). A span of months says which of its years holds the month
  // (a tax year from April); one of years alone runs from the first year's second half into the
  // second's first half, as seasons do.
  // Only the span that is put off itself, its clause's subject: "Ticket sales for the 2026-27
  // season were delayed until October" are the October ahead.
  if (!edge && until && stated_opens_subject(c)) {
    unsigned start = c.stated_to->g == Granularity::kMonth
                         ? static_cast<unsigned>(date::year_month_day{c.stated_to->day}.month()) % 12 + 1
                         : 7;
    edge = month >= start ? first : first + 1;
  }
  return edge;
}

// Whether a word of due_words ("payable", "effective", "to", "by") comes before the match in its
// sentence, at most kReach tokens back.
bool due_before(const Args& a) {
  constexpr uint32_t kReach = 14;
  const ResolveContext& c = a.ctx();
  int due = c.due_words;
  if (due < 0) return false;
  uint32_t tb = a.match().tb;
  for (uint32_t k = tb; k > 0 && tb - k < kReach && !c.toks[k].break_before; --k) {
    const Token& t = c.toks[k - 1];
    if (t.ends_sentence || (t.kind == TokKind::kPunct && t.punct == ';')) return false;
    if (class_entry(t, c.lex, due)) return true;
  }
  return false;
}

// Whether token `t` is a past form of a word that looks ahead to a to-infinitive (PROSPECT in
// tense_roles: "agreed", "promised", "planned").
bool past_prospect(const ResolveContext& c, const Token& t) {
  if (t.kind != TokKind::kWord || !t.word || t.word >= c.cues.roles.size() ||
      c.cues.roles[t.word] != TenseRole::kProspect)
    return false;
  return (c.cues.past >= 0 && c.lex.entry(t.word, static_cast<uint16_t>(c.cues.past))) ||
         c.text.substr(t.begin, t.end - t.begin).ends_with("ed");
}

// The day of the past date told earlier in the match's sentence when "would" stands between them:
// a future seen from then ("were told in the spring that a deal would come by the summer": that
// summer, not next year's). `prospects`: a past of a verb that looks ahead does as "would"
// ("halted fire on Sunday and agreed to open corridors on Monday"). nullopt otherwise.
std::optional<sys_days> would_after_told(const Args& a, bool prospects = false) {
  const ResolveContext& c = a.ctx();
  if (!c.last || c.last->day >= c.dct || c.last->g < Granularity::kYear) return std::nullopt;
  bool would = false;
  for (uint32_t k = a.match().tb; k-- > 0;) {
    const Token& t = c.toks[k];
    if (t.end <= c.last_end) return would ? std::optional<sys_days>(c.last->day) : std::nullopt;
    if (t.ends_sentence || c.toks[k + 1].break_before) return std::nullopt;
    if (t.kind == TokKind::kWord && c.text.substr(t.begin, t.end - t.begin) == "would") would = true;
    if (prospects && past_prospect(c, t)) would = true;
  }
  return std::nullopt;
}

// The months of a list of bare month names that the match is one of ("in March, May, June and
// July", "April or May"), in order; empty when the match is no single month, a member has a day
// or year after it, or there is no other member. A list's last link is "and" or "or": "In March,
// May said" is no list.
std::vector<unsigned> month_list(const Args& a) {
  const ResolveContext& c = a.ctx();
  const std::vector<Token>& toks = c.toks;
  const Match& m = a.match();
  int months = c.months;
  auto month_at = [&](uint32_t k) -> const LexEntry* {
    if (k >= toks.size() || !toks[k].cap || toks[k].kind != TokKind::kWord) return nullptr;
    const LexEntry* e = class_entry(toks[k], c.lex, months);
    return e && e->numeric ? e : nullptr;
  };
  auto word = [&](uint32_t k, std::string_view w) {
    return k < toks.size() && toks[k].kind == TokKind::kWord && toks[k].word &&
           c.lex.word(toks[k].word) == w;
  };
  auto comma = [&](uint32_t k) {
    return k < toks.size() && toks[k].kind == TokKind::kPunct && toks[k].punct == ',';
  };
  // The width of the link that ends at token k ("," / "and" / ", and"), 0 when none; `joins`
  // tells whether it holds "and" or "or".
  auto link_before = [&](uint32_t k, bool& joins) -> uint32_t {
    joins = false;
    // "in March and in July": the preposition said again after the link.
    if (k >= 2 && word(k - 1, "in") && (word(k - 2, "and") || word(k - 2, "or"))) {
      joins = true;
      return k >= 3 && comma(k - 3) ? 3 : 2;
    }
    if (k >= 2 && word(k - 1, "in") && comma(k - 2)) return 2;  // "in March, in May and in July
    if (k >= 1 && (word(k - 1, "and") || word(k - 1, "or"))) {
      joins = true;
      return k >= 2 && comma(k - 2) ? 2 : 1;
    }
    return k >= 1 && comma(k - 1) ? 1 : 0;
  };
  auto free = [&](uint32_t k) {  // nothing after the member k ties it to a day or year
    return k + 1 >= toks.size() || toks[k + 1].kind != TokKind::kNumber;
  };
  const LexEntry* self = m.te == m.tb + 1 ? month_at(m.tb) : nullptr;
  if (!self || !free(m.tb)) return {};
  std::vector<unsigned> before, after;
  bool joined_left = false, joined_right = false;
  uint32_t k = m.tb;
  for (bool joins; uint32_t w = link_before(k, joins);) {
    if (k < w + 1 || toks[k].break_before || !month_at(k - w - 1) || !free(k - w - 1)) break;
    if (joins && !before.empty()) break;  // "and" is the last link of a list
    k -= w + 1;
    before.push_back(static_cast<unsigned>(month_at(k)->num));
    joined_left = joined_left || joins;
  }
  std::reverse(before.begin(), before.end());
  k = m.tb;
  std::vector<bool> links;
  for (;;) {
    uint32_t n = k + 1;
    bool joins = false;
    uint32_t w = 0;
    if (comma(n) && (word(n + 1, "and") || word(n + 1, "or"))) w = 2, joins = true;
    else if (word(n, "and") || word(n, "or")) w = 1, joins = true;
    else if (comma(n)) w = 1;
    if (w && word(n + w, "in")) ++w;  // "in March and in July", "in March, in May and in July"
    if (!w || toks[n].break_before || !month_at(n + w) || !free(n + w)) break;
    k = n + w;
    after.push_back(static_cast<unsigned>(month_at(k)->num));
    links.push_back(joins);
    if (joins) break;
  }
  // Members after the last "and" or "or" of the list are no part of it ("March, May said").
  while (!links.empty() && !links.back()) links.pop_back(), after.pop_back();
  joined_right = !links.empty();
  if (!joined_left && !joined_right) return {};
  std::vector<unsigned> all = before;
  all.push_back(static_cast<unsigned>(self->num));
  all.insert(all.end(), after.begin(), after.end());
  return all;
}

// Whether the match ends a stretch of data counted back from it: "the year to June", "the three
// months to September", "the quarter to March" (a statistics office's or a firm's period).
bool ends_period_to(const Args& a) {
  const ResolveContext& c = a.ctx();
  uint32_t tb = a.match().tb;
  auto word = [&](uint32_t k) {
    return c.toks[k].kind == TokKind::kWord && c.toks[k].word ? c.lex.word(c.toks[k].word) : std::string_view();
  };
  if (tb < 2 || word(tb - 1) != "to") return false;
  std::string_view unit = word(tb - 2);
  return unit == "year" || unit == "months" || unit == "quarter" || unit == "weeks";
}

// Whether the match is a month that an account is of (account_nouns: the noun, one of its links,
// maybe determiners, then the month): "figures for October are due on 30 November", "minutes of
// the November meeting", "the results of its October vote". The month of a record is past.
bool account_month(const Args& a) {
  constexpr uint32_t kDeterminers = 2;
  const ResolveContext& c = a.ctx();
  if (c.account_nouns < 0) return false;
  uint32_t tb = a.match().tb;
  auto word = [&](uint32_t k) {
    return c.toks[k].kind == TokKind::kWord && c.toks[k].word ? c.lex.word(c.toks[k].word)
                                                               : std::string_view();
  };
  uint32_t k = tb;
  while (k > 0 && tb - k < kDeterminers && c.toks[k - 1].word &&
         c.toks[k - 1].word < c.cues.roles.size() &&
         c.cues.roles[c.toks[k - 1].word] == TenseRole::kDeterminer)
    --k;
  if (k < 2 || c.toks[k].break_before || c.toks[k - 1].break_before) return false;
  std::string_view link = word(k - 1);
  const LexEntry* e = class_entry(c.toks[k - 2], c.lex, c.account_nouns);
  return !link.empty() && e && listed_in(e->value, link, '/');
}

// The year of a day and month named without one, with no tense, in a list item (a line opened by
// a bullet: "- Glasgow: 20 April") right after a line with a day: the items of a list of dates
// run in order, so it is the first on or after that day ("- Belfast: Saturday 17 April 2027" over
// it gives 2027-04-20). nullopt otherwise.
std::optional<int> list_item_year(unsigned month, unsigned day, const Args& a) {
  const ResolveContext& c = a.ctx();
  if (!day || !c.last_day || c.last_day->g < Granularity::kDay || c.options.forward_looking)
    return std::nullopt;
  auto bulleted = [&](uint32_t line) { return chronoline::text::list_bullet_size(c.text.substr(c.toks[line].begin)) > 0; };
  uint32_t k = a.match().tb;
  while (k > 0 && !c.toks[k].line_start) --k;
  if (!bulleted(k) || k == 0) return std::nullopt;
  uint32_t previous = k - 1;
  while (previous > 0 && !c.toks[previous].line_start) --previous;
  // The line above is the list's item before, not prose that leads into the list ("The Met Office
  // said on Thursday ... Storms that hit the country this season:" over "- Storm Abel: 14
  // September" is this September).
  if (!bulleted(previous) || c.last_day_end <= c.toks[previous].begin || a.tense() != 0) return std::nullopt;
  int y = year_of(c.last_day->day);
  for (int yy : {y, y + 1}) {
    date::year_month_day ymd{date::year{yy}, date::month{month}, date::day{day}};
    if (!ymd.ok() || sys_days{ymd} < c.last_day->day) continue;
    // A list told latest first ("- 25 July" over "- 18 July") runs back, not a year on.
    constexpr date::days kMaxStep{183};
    if (sys_days{ymd} - c.last_day->day > kMaxStep) return std::nullopt;
    return yy;
  }
  return std::nullopt;
}

// The year for a month (and day) named without one. Forward-looking: the next occurrence; news:
// the occurrence nearest the anchor, with a bias to the past; the end of a period of data ("the
// three months to September") the last one before the publication's month, whatever the tense
// ("will be published on Feb. 18").
constexpr double kFutureWeight = 0.5;
int infer_year(unsigned month, unsigned day, const Args& a) {
  if (auto trailing = trailing_year(a)) return *trailing;
  if (auto owner = owner_year(a)) return *owner;
  if (auto edge = split_year_edge(month, a)) return *edge;
  if (auto stated = stated_year(month, day, a)) return *stated;
  if (auto listed = list_item_year(month, day, a)) return *listed;
  sys_days dct = a.ctx().dct;
  int y = year_of(dct);
  auto at = [&](int yy) { return sys_days{date::year{yy} / month / (day ? day : 1)}; };
  auto key = [&](int yy) { return day ? at(yy) : sys_days{date::year{yy} / month / 1}; };
  sys_days here = day ? dct : truncate(dct, Granularity::kMonth).day;
  if (a.ctx().options.forward_looking) return key(y) < here ? y + 1 : y;
  if (!day && ends_period_to(a)) return key(y) < here ? y : y - 1;
  // Figures for a month are published after it, so a month up to three before the publication's
  // one is that past month, whatever the tense of the release ("Figures for October are due on 30
  // November", told on Nov. 18: October 2026, not 2027); a later one is left to the tense. So
  // are the minutes of a month's meeting.
  if (!day && account_month(a)) {
    int yy = key(y) <= here ? y : y - 1;
    if (here - key(yy) <= days{92}) return yy;
  }
  // A change in amount told in the present by a plural subject, of one of the two months before
  // the publication's, is a figure already out, the headline form of a data release (published a
  // month or two after the month it counts): "House prices climb in October" and "Sales slow in
  // September", told on Nov. 25, are 2026 ("Rail fares rise in March" is still ahead, as "Teachers
  // strike in October" is).
  constexpr int kDataLagMonths = 2;
  if (!day) {
    int yy = key(y) < here ? y : y - 1;
    auto told = static_cast<unsigned>(date::year_month_day{dct}.month());
    int back = (y - yy) * 12 + static_cast<int>(told) - static_cast<int>(month);
    // The month first: reading the clause costs more, and most months are not so near.
    if (back >= 1 && back <= kDataLagMonths && a.change_present()) return yy;
  }
  // News: the tense of the verb group that governs the date picks the last occurrence or the
  // next ("stepped down in March", "will double its flights by August").
  int tense = day ? 0 : a.tense();
  // What was expected may have come true, or still lie ahead: "Few expected the party to win in
  // May", told in June, is this May; "Officials expected talks to resume in December", told in
  // November, this December. The occurrence nearest the publication, as for no tense (a day or a
  // weekday keeps the past of "expected": "expected the team to lose on Sunday, but it did").
  if (tense < 0 && a.expected_then()) tense = 0;
  if (auto told = tense > 0 ? would_after_told(a) : std::nullopt) {
    int yy = year_of(*told);
    return key(yy) > *told ? yy : yy + 1;
  }
  if (tense < 0) return key(y) <= here ? y : y - 1;
  if (tense > 0 && a.adjacent_tense() >= 0) return key(y) >= here ? y : y + 1;
  // Without one, the occurrence nearest the publication date, where mostly the past is reported,
  // so a future one must be clearly nearer (kFutureWeight).
  auto nearest = [&](bool ahead) {
    auto cost = [&](int yy) {
      auto d = (key(yy) - here).count();
      if (ahead) return d < 0 ? -d / kFutureWeight : static_cast<double>(d);
      return d > 0 ? d / kFutureWeight : static_cast<double>(-d);
    };
    int best = y;
    for (int yy : {y - 1, y + 1})
      if (cost(yy) < cost(best)) best = yy;
    return best;
  };
  int best = nearest(false);
  // The months of one list are of one year: the one nearest the publication date for them all
  // ("Shops shut in March, May, June and July": not March 2027 and the others 2026).
  if (!day) {
    std::vector<unsigned> list = month_list(a);
    auto total = [&](int yy) {
      double sum = 0;
      for (unsigned mo : list) {
        auto d = (sys_days{date::year{yy} / mo / 1} - here).count();
        sum += d > 0 ? d / kFutureWeight : static_cast<double>(-d);
      }
      return sum;
    };
    if (list.size() >= 2) {
      best = y;
      for (int yy : {y - 1, y + 1})
        if (total(yy) < total(best)) best = yy;
    }
  }
  // A month and day keeps the nearest occurrence, but a clause that looks ahead ("would leave
  // Bombay ... from August 6", "will be held on Sept. 11") turns the bias to the future: a day
  // just past still wins ("to repatriate the child by Jan. 14", told on Jan. 15).
  if (day && nearest(true) != best && a.tense() > 0) best = nearest(true);
  // More than two weeks past is no day just past: "The talks will resume on Dec. 28", told on Jan.
  // 25, is the coming Dec. 28.
  constexpr auto kJustPast = date::days{14};
  if (day && key(best) + kJustPast < here && a.tense() > 0 && a.adjacent_tense() >= 0) best += 1;
  // A past form or "since" right before the date governs it: "the year ended Jan. 31".
  if (a.adjacent_tense() < 0 && key(best) > here) best = key(y) <= here ? y : y - 1;
  // So does a verb group of the past farther back in the clause: "The river peaked at 5.2 metres
  // on February 9", told on Dec. 1, is the February before; not when the sentence looks ahead
  // elsewhere ("said it will redeem ... preferred shares on Oct. 31") or a word puts the date
  // ahead of the verb ("declared a dividend, payable Dec. 7": due_words). A day a month ahead or
  // less may still be one chosen in the past ("The council met Friday and May 3 was chosen").
  constexpr auto kNearAhead = date::days{31};
  if (day && key(best) > here + kNearAhead && a.tense() < 0 && a.sentence_tense() <= 0 &&
      !due_before(a))
    best = key(y) <= here ? y : y - 1;
  return best;
}

// The `target` weekday (1 = Monday .. 7 = Sunday) relative to the anchor.
sys_days weekday_near(sys_days anchor, unsigned target, int dir, bool same_day_ok) {
  date::weekday want{target % 7};
  if (dir > 0) {
    auto d = want - date::weekday{anchor};
    return anchor + (d.count() == 0 && !same_day_ok ? days{7} : d);
  }
  auto d = date::weekday{anchor} - want;
  return anchor - (d.count() == 0 && !same_day_ok ? days{7} : d);
}

// The `target` weekday nearest a day earlier in its sentence that states its year, when that day
// is more than a week from the publication date: "On Sept. 4, 2019, the storm hit, and on Friday
// crews cleared the roads" is 2019-09-06. nullopt when the tense points the other way, as for
// months (stated_year).
std::optional<sys_days> weekday_by_stated_day(unsigned target, const Args& a) {
  auto source = year_source(a, Granularity::kDay);
  if (!source) return std::nullopt;
  const ResolveContext& c = a.ctx();
  sys_days stated = source->day;
  bool story = c.options.story_anchor;
  if (!story && stated - c.dct <= days{7} && c.dct - stated <= days{7}) return std::nullopt;
  sys_days after = weekday_near(stated, target, 1, true);
  sys_days before = weekday_near(stated, target, -1, true);
  sys_days day = after - stated <= stated - before ? after : before;
  if (story) return day;
  int tense = a.has(Key::kTense) ? static_cast<int>(a.num(Key::kTense).value_or(0)) : a.tense();
  if ((tense > 0 && day < c.dct) || (tense < 0 && day > c.dct)) return std::nullopt;
  return day;
}

// Whether the sentence of the match has a reporting verb ("said", "announced").
bool reports(const Args& a) {
  const ResolveContext& c = a.ctx();
  const std::vector<Token>& toks = c.toks;
  uint32_t b = a.match().tb, e = a.match().te;
  while (b > 0 && !toks[b - 1].ends_sentence) --b;
  while (e < toks.size() && !toks[e - 1].ends_sentence) ++e;
  for (uint32_t k = b; k < e; ++k)
    if (class_entry(toks[k], c.lex, c.reporting_verbs)) return true;
  return false;
}

// A weekday at one end of a span of weekdays that spells out a weekend named just before it
// ("over the Thanksgiving weekend, from Thursday through Sunday", "the long weekend, Friday to
// Monday"), when the span holds the publication day: the weekend going on ("Spending over the
// weekend, from Thursday through Sunday, is expected to reach $41 billion", told on Saturday:
// Nov. 26 to 29, not the Thursday and Sunday ahead). nullopt with no "weekend" before it ("The
// summit runs Monday to Friday", told on Tuesday, is next week's) or when the two weekdays around
// the publication day are a week apart or more.
std::optional<sys_days> weekday_in_running_span(unsigned target, const Args& a) {
  const ResolveContext& c = a.ctx();
  const std::vector<Token>& toks = c.toks;
  int weekdays = c.weekdays;  // looked up once, at load
  if (weekdays < 0) return std::nullopt;
  auto link = [&](uint32_t k) {
    if (k >= toks.size()) return false;
    const Token& t = toks[k];
    if (t.kind == TokKind::kPunct) return t.punct == '-';
    if (t.kind != TokKind::kWord || !t.word) return false;
    std::string_view w = c.lex.word(t.word);
    return w == "to" || w == "through" || w == "until" || w == "till" || w == "thru";
  };
  auto weekday_of = [&](uint32_t k) -> std::optional<unsigned> {
    if (k >= toks.size() || toks[k].kind != TokKind::kWord) return std::nullopt;
    const LexEntry* e = class_entry(toks[k], c.lex, weekdays);
    if (!e || !e->numeric || e->num < 1 || e->num > 7) return std::nullopt;
    return static_cast<unsigned>(e->num);
  };
  uint32_t tb = a.match().tb, te = a.match().te;
  if (te != tb + 1) return std::nullopt;  // a bare weekday, not "Thursday night"
  std::optional<unsigned> first, last;
  bool is_first = false;
  if (link(te) && (last = weekday_of(te + 1))) {
    first = target;
    is_first = true;
  } else if (tb >= 2 && link(tb - 1) && (first = weekday_of(tb - 2))) {
    last = target;
  } else {
    return std::nullopt;
  }
  constexpr uint32_t kWeekendReach = 6;  // "the Thanksgiving weekend, from"
  uint32_t start = is_first ? tb : tb - 2;
  bool weekend = false;
  for (uint32_t k = start; k-- > 0 && start - k <= kWeekendReach && !toks[k].ends_sentence;)
    if (toks[k].kind == TokKind::kWord && toks[k].word && c.lex.word(toks[k].word) == "weekend")
      weekend = true;
  if (!weekend) return std::nullopt;
  sys_days dct = c.dct;
  sys_days from = weekday_near(dct, *first, -1, true);
  sys_days to = weekday_near(dct, *last, 1, true);
  if (to - from >= days{7} || from == to) return std::nullopt;
  return is_first ? from : to;
}

// The `target` weekday in the story's span of days (ResolveContext::span_from), or the day on
// either side of it, when the weekday is about that span: written "the Thursday" ("Gates open at
// 4pm on the Thursday"), or told next to a day in it ("The festival runs from Thursday 27 August
// to Monday 31 August. ... On Saturday night, Kofi Adu closes the main stage"). nullopt otherwise.
std::optional<sys_days> weekday_in_span(unsigned target, const Args& a) {
  const ResolveContext& c = a.ctx();
  if (c.options.forward_looking || !c.span_from || !c.span_to) return std::nullopt;
  sys_days first = *c.span_from - days{1}, last = *c.span_to + days{1};
  bool the = false;
  if (uint32_t tb = a.match().tb; tb > 0 && c.toks[tb - 1].kind == TokKind::kWord) {
    const Token& t = c.toks[tb - 1];
    std::string_view w = c.text.substr(t.begin, t.end - t.begin);
    the = w == "the" || w == "The";
  }
  // Beside a day of it, only a span ahead and in a sentence that reports nothing: "The summit
  // runs from June 1 to 5. On Friday, officials said ..." is the Friday of the news.
  bool beside = *c.span_from > c.dct && c.last_day && c.last_day->day >= first &&
                c.last_day->day <= last && near_paragraph_of_last_day(a) && !reports(a);
  if (!the && !beside) return std::nullopt;
  std::optional<sys_days> edge;
  for (sys_days d = first; d <= last; d += days{1}) {
    if (date::weekday{d} != date::weekday{target % 7}) continue;
    if (d >= *c.span_from && d <= *c.span_to) return d;
    edge = d;
  }
  // Beside the span, a weekday before it may be another matter's ("The festival runs from Friday 5
  // March to Sunday 7 March. Tickets go on sale at 9am on Thursday": the coming Thursday); "the
  // Thursday" before it is the span's eve. The day after the span is its morrow: what follows
  // an event is seldom told as happening this week ("Crews will clear the park on Monday").
  return the || edge == last ? edge : std::nullopt;
}

// The `target` weekday of the week named earlier in the match's sentence when that is another
// week than the publication's: "Investors turn to the data, followed next week by minutes on
// Tuesday" (the Tuesday of next week), "Last week, shares fell on Monday", unless the weekday's
// verb looks the other way or it has a predicate of its own. nullopt otherwise.
std::optional<sys_days> weekday_in_told_week(unsigned target, const Args& a) {
  const ResolveContext& c = a.ctx();
  if (c.options.forward_looking || !c.last_week) return std::nullopt;
  sys_days week = c.last_week->day;
  sys_days now = truncate(c.dct, Granularity::kWeek).day;
  if (week == now) return std::nullopt;
  bool comma = false;
  for (uint32_t k = a.match().tb; k-- > 0;) {
    const Token& t = c.toks[k];
    if (t.end <= c.last_week_end) {
      // Past a comma, not a day its verb puts on the other side: "The talks, due next week, were
      // agreed on Monday".
      int tense = comma ? a.tense() : 0;
      if ((week > now && tense < 0) || (week < now && tense > 0)) return std::nullopt;
      return week + days{target - 1};
    }
    if (t.ends_sentence || c.toks[k + 1].break_before) return std::nullopt;
    comma = comma || (t.kind == TokKind::kPunct && t.punct == ',');
    // A predicate of its own dates by itself: "will be resurfaced next week and reopened on
    // Friday" (the coming Friday).
    if (t.kind == TokKind::kWord && k + 1 < a.match().tb && c.toks[k + 1].kind == TokKind::kWord) {
      std::string_view w = c.text.substr(t.begin, t.end - t.begin);
      std::string_view v = c.text.substr(c.toks[k + 1].begin, c.toks[k + 1].end - c.toks[k + 1].begin);
      if ((w == "and" || w == "or" || w == "but") && v.size() > 4 && v.ends_with("ed"))
        return std::nullopt;
    }
  }
  return std::nullopt;
}

// The day `day` of the month nearest the anchor (forward-looking: the next one) that falls on
// weekday `wd` (1 = Monday): "Thursday the 15th". nullopt when none does within two years.
std::optional<sys_days> month_with_weekday(unsigned day, unsigned wd, const Args& a) {
  sys_days dct = a.ctx().dct;
  sys_days first = truncate(dct, Granularity::kMonth).day;
  bool forward = a.ctx().options.forward_looking;
  for (int k = 0; k <= 24; ++k)
    for (int dir : {-1, 1}) {  // prose reports the past: the earlier of two as near
      if ((forward && dir < 0) || (k == 0 && dir < 0)) continue;
      date::year_month_day ym{add_units(first, Granularity::kMonth, dir * k)};
      date::year_month_day ymd{ym.year(), ym.month(), date::day{day}};
      if (!ymd.ok() || date::weekday{sys_days{ymd}} != date::weekday{wd % 7}) continue;
      if (forward && sys_days{ymd} < dct) continue;
      return sys_days{ymd};
    }
  return std::nullopt;
}

// The year of a season named by reference to the last date mentioned before it, as the anaphor
// op anchors "the following year": "the following spring" (dir 1) is the first to begin after
// that date, "the previous winter" (dir -1) the last to begin before it, "that summer" (no dir)
// the one of its year. nullopt without an anchor key, or with no date of a year or finer before.
std::optional<int> season_by_last(unsigned mo, const Args& a) {
  const ResolveContext& c = a.ctx();
  if (!a.has(Key::kAnchor) || c.options.forward_looking || !c.last ||
      c.last->g < Granularity::kYear)
    return std::nullopt;
  if (a.text(Key::kAnchor) == "story" && c.options.doc_type != DocType::kNarrative)
    return std::nullopt;
  const Moment& last = *c.last;
  auto start = [&](int yy) { return sys_days{date::year{yy} / mo / 1}; };
  int y = year_of(last.day);
  int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
  if (dir > 0) {
    while (start(y) <= last_day(last)) ++y;
  } else if (dir < 0) {
    while (start(y) >= last.day) --y;
  } else if (mo == 12 && last.g >= Granularity::kMonth && month_of(last.day) <= 2) {
    --y;  // "that winter" after a January: the one that began in December
  }
  return y;
}

}  // namespace

bool unlisted_word(const Token& t, const ResolveContext& c) {
  if (t.word == 0) return true;
  for (const LexEntry& e : c.lex.entries(t.word))
    if (static_cast<int>(e.cls) != c.month_nouns) return false;
  return true;
}

Moment with_pod(Moment m, const Args& a) {
  if (!a.has(Key::kPod)) return m;
  static const char* kPods[] = {"MO", "MI", "AF", "EV", "NI", "DT"};
  std::string_view p = a.text(Key::kPod);
  if (p == "WE") {  // the weekend of the week containing the day
    Moment w = truncate(m.day, Granularity::kWeek);
    w.pod = "WE";
    return w;
  }
  for (const char* k : kPods)
    if (p == k) m.pod = k, m.g = Granularity::kPartOfDay;
  return m;
}

namespace {

// Whether a numeric month and day run on into, or follow, a third slashed number that is no year
// ("1/2/3", "4/2/1"): a series of counts. A date with a year there is a longer match of its own
// rule.
bool slashed_on(const Args& a) {
  const Binding* m = a.part(Key::kMonth);
  const Binding* d = a.part(Key::kDay);
  const std::vector<Token>& toks = a.ctx().toks;
  if (!m || !d || toks[m->tb].kind != TokKind::kNumber) return false;
  if (uint32_t b = m->tb; b >= 2 && toks[b - 1].kind == TokKind::kPunct &&
                          toks[b - 1].punct == '/' && !toks[b].space_before &&
                          !toks[b - 1].space_before && toks[b - 2].kind == TokKind::kNumber)
    return true;  // the "2/3" of "1/2/3"
  uint32_t next = d->te;
  return next + 1 < toks.size() && toks[next].kind == TokKind::kPunct && toks[next].punct == '/' &&
         !toks[next].space_before && !toks[next + 1].space_before &&
         toks[next + 1].kind == TokKind::kNumber;
}

// Whether a slashed numeric date with a year is read in the order the text does not use: a text
// that writes "30/06/2026" means 1 July by "1/07/2026". A weekday before the date decides instead
// ("Tuesday 12/05/2026" is 12 May 2026, a Tuesday), see op_date.
bool against_slash_order(const Args& a) {
  const Binding* m = a.part(Key::kMonth);
  const Binding* d = a.part(Key::kDay);
  if (!m || !d || !a.part(Key::kYear) || a.has(Key::kWeekday)) return false;
  const std::vector<Token>& toks = a.ctx().toks;
  if (toks[m->tb].kind != TokKind::kNumber || toks[d->tb].kind != TokKind::kNumber) return false;
  uint32_t between = std::min(m->te, d->te);
  if (between >= toks.size() || toks[between].kind != TokKind::kPunct || toks[between].punct != '/')
    return false;
  int& order = a.ctx().slash_order;
  if (order == ResolveContext::kSlashOrderUnread) order = slash_order(toks);
  if (order == 0) return false;
  return order > 0 ? m->tb < d->tb : d->tb < m->tb;
}

}  // namespace

std::optional<Resolved> op_date(const Args& a) {
  auto month = a.num(Key::kMonth);
  auto day = a.num(Key::kDay);
  auto year = a.num(Key::kYear);
  if (year && *year < 100) *year += *year < 50 ? 2000 : 1900;
  if (!year && slashed_on(a)) return std::nullopt;
  if (against_slash_order(a)) return std::nullopt;
  if (const Resolved* of = a.cand(Key::kOf)) {
    if (!of->point) return std::nullopt;
    if (of->point->g == Granularity::kMonth && !month) {  // "the 20th of next month"
      month = month_of(of->point->day);
      year = year_of(of->point->day);
    } else if (of->point->g == Granularity::kDay && !month && day) {  // "April 24 and 25": later that month
      if (*day <= static_cast<int64_t>(unsigned(date::year_month_day{of->point->day}.day())))
        return std::nullopt;
      // Not the whole part of a decimal: "from Friday and 6.8% from Oct. 13".
      // (A rule may give the day as a literal, with no part to look after.)
      const std::vector<Token>& toks = a.ctx().toks;
      const Binding* day_part = a.part(Key::kDay);
      uint32_t next = day_part ? day_part->te : 0;
      if (day_part && next + 1 < toks.size() && toks[next].kind == TokKind::kPunct &&
          toks[next].punct == '.' && !toks[next + 1].space_before &&
          toks[next + 1].kind == TokKind::kNumber)
        return std::nullopt;
      month = month_of(of->point->day);
      year = year_of(of->point->day);
    } else if (of->point->g == Granularity::kYear && !month && day) {
      // "the first of the 2026-27 season" (a game), "the 15th of 2027": no month names the day.
      return std::nullopt;
    } else if (of->point->g == Granularity::kYear ||
               (month && of->point->g >= Granularity::kMonth &&
                of->point->g <= Granularity::kDay)) {  // "March in 1 year": that year's March
      year = year_of(of->point->day);
    } else {
      return std::nullopt;
    }
  }
  if (auto wd = a.num(Key::kWeekday); wd && day && !month && !year) {  // "Thu 15th"
    auto m = month_with_weekday(static_cast<unsigned>(*day), static_cast<unsigned>(*wd), a);
    if (!m) return std::nullopt;
    return with_mod(date_at(Moment{*m, Granularity::kDay}), a);
  }
  if (!month && day) {  // "on the 15th": this month, or the next one for a query past that day
    sys_days dct = a.ctx().dct;
    unsigned today = static_cast<unsigned>(date::year_month_day{dct}.day());
    sys_days first = truncate(dct, Granularity::kMonth).day;
    if (a.ctx().options.forward_looking && *day < today)
      first = add_units(first, Granularity::kMonth, 1);
    // News: a clause that looks ahead names the next such day ("will open on the 15th", told on
    // the 18th, is next month's), one told in the past the last ("closed on the 20th": last
    // month's).
    const ResolveContext& c = a.ctx();
    bool told = !c.options.forward_looking && c.last && in_paragraph_of_last(a) &&
                (c.last->g == Granularity::kMonth || c.last->g == Granularity::kDay);
    if (told) {  // "In January the plant shut; it reopened on the 20th": that month's
      first = truncate(c.last->day, Granularity::kMonth).day;
    } else if (!c.options.forward_looking && *day != today) {
      int tense = a.tense();
      sys_days other = add_units(first, Granularity::kMonth, tense > 0 ? 1 : -1);
      date::year_month_day there{date::year{year_of(other)},
                                 date::month{static_cast<unsigned>(month_of(other))},
                                 date::day{static_cast<unsigned>(*day)}};
      if (((tense > 0 && *day < today) || (tense < 0 && *day > today)) && there.ok()) first = other;
    }
    month = month_of(first);
    year = year_of(first);
  }
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  if (auto wd = a.num(Key::kWeekday); wd && day && !year) {  // "Fri, Jul 18": the year that fits
    int y0 = infer_year(static_cast<unsigned>(*month), static_cast<unsigned>(*day), a);
    for (int dy : {0, 1, -1, 2, -2, 3, -3, 4, 5, 6}) {
      date::year_month_day ymd{date::year{y0 + dy}, date::month{static_cast<unsigned>(*month)},
                               date::day{static_cast<unsigned>(*day)}};
      if (ymd.ok() &&
          date::weekday{sys_days{ymd}} == date::weekday{static_cast<unsigned>(*wd % 7)}) {
        year = y0 + dy;
        break;
      }
    }
  }
  if (auto dir = a.num(Key::kDir); dir && day && !year) {  // "last Oct. 23": the one before
    sys_days dct = a.ctx().dct;
    auto on = [&](int yy) {
      return sys_days{date::year{yy} / static_cast<unsigned>(*month) / static_cast<unsigned>(*day)};
    };
    year = year_of(dct);
    if (*dir < 0 && on(static_cast<int>(*year)) >= dct) --*year;
    if (*dir > 0 && on(static_cast<int>(*year)) <= dct) ++*year;
  }
  int y = year
              ? static_cast<int>(*year)
              : infer_year(static_cast<unsigned>(*month), day ? static_cast<unsigned>(*day) : 0, a);
  if (!day)
    return with_mod(date_at(truncate(sys_days{date::year{y} / static_cast<unsigned>(*month) / 1},
                                     Granularity::kMonth)),
                    a);
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(*month)},
                           date::day{static_cast<unsigned>(*day)}};
  if (!ymd.ok()) return std::nullopt;
  if (auto wd = a.num(Key::kWeekday); wd && year && a.part(Key::kMonth) &&
                                      a.ctx().toks[a.part(Key::kMonth)->tb].kind == TokKind::kNumber &&
                                      date::weekday{sys_days{ymd}} != date::weekday{static_cast<unsigned>(*wd % 7)})
    return std::nullopt;  // "Tuesday 12/05/2026": the order of the numbers that makes it a Tuesday
  Resolved r = *with_mod(date_at(Moment{sys_days{ymd}, Granularity::kDay}), a);
  if (auto to = a.num(Key::kTo)) {  // "Jan. 15-16", "March 3 to 5": days of one month
    date::year_month_day end{ymd.year(), ymd.month(), date::day{static_cast<unsigned>(*to)}};
    if (*to <= *day || *to > 31 || !end.ok()) return std::nullopt;
    r.range = r.value + "/" + date_at(Moment{sys_days{end}, Granularity::kDay}).value;
    r.range_end = Moment{sys_days{end}, Granularity::kDay};
  }
  return r;
}

// "at 1600 Pennsylvania Ave.", "the office, 1400 Oak St.": a number before one or two capitalised
// words and a street suffix is a house number; not after a date preposition ("by 2030 Main
// Street will be closed") or an article ("the 1998 Ford Street parade").
bool house_number(const Args& a) {
  const ResolveContext& c = a.ctx();
  const Binding* year = a.part(Key::kYear);
  if (c.street_suffixes < 0 || !year || year->te != year->tb + 1 || a.has(Key::kTo)) return false;
  const std::vector<Token>& toks = c.toks;
  uint32_t k = year->te;
  if (year->tb > 0 && toks[year->tb - 1].kind == TokKind::kWord) {
    std::string_view before = c.lex.word(toks[year->tb - 1].word);
    for (std::string_view p : {"in", "by", "since", "until", "from", "before", "after", "during", "of", "the"})
      if (before == p) return false;
  }
  uint32_t names = 0;  // "Oak", "Pennsylvania", "Martin Luther King"
  while (names < 3 && k < toks.size() && toks[k].kind == TokKind::kWord && toks[k].cap &&
         !class_entry(toks[k], c.lex, c.street_suffixes))
    ++k, ++names;
  return names > 0 && k < toks.size() && toks[k].cap &&
         class_entry(toks[k], c.lex, c.street_suffixes) != nullptr;
}

// "the 1964 Civil Rights Act", "the 1998 Good Friday Agreement": a year before one to four
// capitalised words, the last a law's (law_names), is part of the law's name. ("the 2024 Act"
// with no word between is a block rule.)
bool law_name_year(const Args& a) {
  constexpr uint32_t kNameWords = 4;
  const ResolveContext& c = a.ctx();
  const Binding* year = a.part(Key::kYear);
  if (c.law_names < 0 || !year || year->te != year->tb + 1 || a.has(Key::kTo)) return false;
  const std::vector<Token>& toks = c.toks;
  for (uint32_t k = year->te; k < toks.size() && k - year->te <= kNameWords; ++k) {
    const Token& t = toks[k];
    if (t.kind != TokKind::kWord || !t.cap || !t.space_before) return false;
    if (k > year->te && class_entry(t, c.lex, c.law_names)) return true;
  }
  return false;
}

// "the X1000", "Model T1900", "a 4x1000 relay": a number glued to the letters before it is part
// of a model's name, no year. Not when those letters are in the match ("FY2021").
bool model_number(const Args& a) {
  const Binding* year = a.part(Key::kYear);
  if (!year || year->tb != a.match().tb || year->tb == 0) return false;
  const Token& t = a.ctx().toks[year->tb];
  const Token& before = a.ctx().toks[year->tb - 1];
  return !t.space_before && before.end == t.begin && before.kind == TokKind::kWord;
}

// The month a financial year starts in when none is known for the story's country: July.
constexpr unsigned kFiscalStartUnknown = 7;

// Whether the match opens with a word of fiscal_year_words of month 0, the story's own financial
// year: a fiscal year's code ("FY26", "fiscal 2026", "FY2026-27").
bool own_fiscal_code(const Args& a) {
  const ResolveContext& c = a.ctx();
  if (c.fiscal_year_words < 0 || a.match().tb >= c.toks.size()) return false;
  const LexEntry* e = class_entry(c.toks[a.match().tb], c.lex, c.fiscal_year_words);
  return e && e->numeric && e->num == 0;
}

// The month a financial year starts in when the words after the span of two years say it is one
// (fiscal_year_words: "2026-27 budget", "the 2027-28 financial year", "2026-27 tax year") or the
// words before it ("financial year 2026-27"), or 0 otherwise. A word of month 0 takes the story's
// country's (TagOptions::fiscal_year), July when not known. "FY2026-27" has its country's, and
// none when that is not known (whose year it is, July's or April's, the code does not say).
unsigned fiscal_start(const Args& a) {
  const ResolveContext& c = a.ctx();
  const Match& m = a.match();
  int cls = c.fiscal_year_words;
  if (cls < 0) return 0;
  unsigned own = c.options.fiscal_year.start_month;
  if (own && own_fiscal_code(a)) return own;
  auto word = [&](uint32_t k) { return word_at(c, k); };
  auto start = [&](uint32_t k) -> unsigned {
    const LexEntry* e = k < c.toks.size() ? class_entry(c.toks[k], c.lex, cls) : nullptr;
    if (!e || !e->numeric) return 0;
    return e->num ? static_cast<unsigned>(e->num) : own ? own : kFiscalStartUnknown;
  };
  // Written before the span: "the financial year 2026-27", "tax year 2026-27".
  uint32_t b = word(m.tb) == "the" ? m.tb + 1 : m.tb;
  if (b + 1 < m.te && word(b + 1) == "year") return start(b);
  uint32_t k = m.te;
  if (k < c.toks.size() && c.toks[k].break_before) return 0;
  if (word(k) == "budget") return start(k);
  return word(k + 1) == "year" ? start(k) : 0;
}

std::optional<Resolved> op_year(const Args& a) {
  auto y = a.num(Key::kYear);
  if (!y) return std::nullopt;
  if (house_number(a) || law_name_year(a) || model_number(a)) return std::nullopt;
  int64_t year = *y;
  std::string_view era = a.text(Key::kEra);
  if (era == "BC" && (year < 1 || year > 9999)) return std::nullopt;
  if (era == "BC") year = 1 - year;  // astronomical numbering: 1 BC is year 0
  if (era.empty() && year < 100) year += year < 30 ? 2000 : 1900;  // "'98"
  Resolved r = *with_mod(
      date_at(truncate(sys_days{date::year{static_cast<int>(year)} / 1 / 1}, Granularity::kYear)),
      a);
  if (auto to = a.num(Key::kTo)) {  // "the 1990-91 recession", "the 2019-20 season"
    int64_t end = year / 100 * 100 + *to;
    if (end < year) end += 100;  // "1999-00"
    // "2010-11" is also November 2010: a range only when the second year follows the first.
    if (end <= year || (*to <= 12 && end != year + 1) || end - year > 10) return std::nullopt;
    r.range = r.value + "/" + std::to_string(end);
    r.range_end = truncate(sys_days{date::year{static_cast<int>(end)} / 1 / 1}, Granularity::kYear);
    if (end == year + 1)
      if (unsigned first = fiscal_start(a)) {
        // A financial year: its twelve months ("2026-07/2027-06"), the value still its first
        // year, as TimeBank gives "fiscal 1989" the year alone.
        date::year_month ym = date::year{static_cast<int>(year)} / date::month{first};
        sys_days from = sys_days{ym / 1};
        sys_days last = sys_days{(ym + date::months{11}) / 1};
        r.range = format_day(from).substr(0, 7) + "/" + format_day(last).substr(0, 7);
        r.range_end = truncate(last, Granularity::kMonth);
      }
  } else if (unsigned first = a.ctx().options.fiscal_year.start_month;
             first > 1 && own_fiscal_code(a)) {
    // "FY26" told where the financial year is known: its twelve months, the value still the year
    // named ("FY26" in Mumbai: 2025-04/2026-03; "fiscal 2026" in Tokyo: 2026-04/2027-03).
    int from_year = static_cast<int>(year) - (a.ctx().options.fiscal_year.named_by_start ? 0 : 1);
    date::year_month ym = date::year{from_year} / date::month{first};
    sys_days from = sys_days{ym / 1};
    sys_days last = sys_days{(ym + date::months{11}) / 1};
    r.range = format_day(from).substr(0, 7) + "/" + format_day(last).substr(0, 7);
    r.range_end = truncate(last, Granularity::kMonth);
  }
  return r;
}

std::optional<Resolved> op_decade(const Args& a) {
  auto d = a.num(Key::kDecade);
  if (!d) return std::nullopt;
  int64_t y = *d;
  if (y < 100) y += 1900;  // "the '90s", "the nineties"
  // "the 1800s", "the early 1900s": a century, as news uses them (value 18, 19); "the 2000s"
  // stays the decade it usually names.
  if (y % 100 == 0 && y >= 1000 && y < 2000)
    return with_mod(
        date_at(Moment{sys_days{date::year{static_cast<int>(y)} / 1 / 1}, Granularity::kCentury}),
        a);
  return with_mod(
      date_at(truncate(sys_days{date::year{static_cast<int>(y)} / 1 / 1}, Granularity::kDecade)),
      a);
}

std::optional<Resolved> op_century(const Args& a) {
  auto n = a.num(Key::kN);
  if (!n) {  // "the turn of the century": the turn of a century nearest the anchor, about that year
    // A narrative's is the one nearest the time it is telling of.
    const ResolveContext& c = a.ctx();
    bool told = c.options.doc_type == DocType::kNarrative && c.last;
    int y = (year_of(told ? c.last->day : c.dct) + 50) / 100 * 100;
    Resolved r = date_at(truncate(sys_days{date::year{y} / 1 / 1}, Granularity::kYear));
    r.mod = a.has(Key::kMod) ? a.text(Key::kMod) : "APPROX";
    return r;
  }
  if (*n < 1 || *n > 30) return std::nullopt;
  return with_mod(date_at(Moment{sys_days{date::year{static_cast<int>(*n - 1) * 100} / 1 / 1},
                                 Granularity::kCentury}),
                  a);
}

std::optional<Resolved> op_weekday(const Args& a) {
  auto wd = a.num(Key::kWeekday);
  if (!wd || *wd < 1 || *wd > 7) return std::nullopt;
  sys_days dct = a.ctx().dct;
  unsigned target = static_cast<unsigned>(*wd);
  if (a.text(Key::kValue) == "X") {  // value=X: a weekday of no week ("on a Friday")
    Resolved r = date_at(with_pod(Moment{weekday_near(dct, target, 1, true), Granularity::kDay}, a));
    r.value = "XXXX-WXX-" + std::to_string(target) + r.value.substr(10);
    r.point.reset();
    return r;
  }
  sys_days day;
  bool forward = a.ctx().options.forward_looking;
  if (const Resolved* of = a.cand(Key::kOf)) {  // "Wednesday of next week"
    if (!of->point || of->point->g != Granularity::kWeek) return std::nullopt;
    day = of->point->day + days{target - 1};
  } else if (auto n = a.num(Key::kN); n && a.has(Key::kDir)) {  // "3 Fridays from now"
    int dir = a.num(Key::kDir).value_or(1) < 0 ? -1 : 1;
    if (*n < 1 || *n > 520) return std::nullopt;
    day = weekday_near(dct, target, dir, false) + days{dir * 7 * (static_cast<int>(*n) - 1)};
  } else if (const auto& c = a.ctx(); a.text(Key::kAnchor) == "prior" && !forward && c.last_day) {
    // "the previous Friday": the one before the last day mentioned.
    day = weekday_near(c.last_day->day, target, a.num(Key::kDir).value_or(-1) < 0 ? -1 : 1, false);
  } else if (a.has(Key::kDir)) {
    int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
    if (dir > 1)
      day = weekday_near(dct, target, 1, false) + days{7};  // "Friday after next"
    else if (forward && dir > 0)
      day = truncate(dct, Granularity::kWeek).day + days{7 + target - 1};  // next week's
    else if (forward && dir == 0)
      day = weekday_near(dct, target, 1, true);
    else if (dir == 0)
      day = truncate(dct, Granularity::kWeek).day + days{target - 1};  // "this Friday"
    else
      day = weekday_near(dct, target, dir, false);
  } else if (auto in_week = weekday_in_told_week(target, a)) {
    day = *in_week;
  } else if (auto in_span = weekday_in_span(target, a)) {
    day = *in_span;
  } else if (auto by_stated = weekday_by_stated_day(target, a)) {
    day = *by_stated;
  } else if (auto running = weekday_in_running_span(target, a)) {
    day = *running;
  } else if (a.ctx().options.forward_looking) {
    day = weekday_near(dct, target, 1, false);
  } else if (date::weekday{dct} == date::weekday{target % 7}) {
    day = dct;
  } else {
    int tense = a.has(Key::kTense) ? static_cast<int>(a.num(Key::kTense).value_or(0)) : a.tense();
    day = weekday_near(dct, target, tense > 0 ? 1 : -1, false);
    // A future seen from a past day told earlier in the sentence ("said on Friday it would open
    // on Monday", "halted fire on Sunday and agreed to open corridors on Monday"): the first such
    // weekday after that day, which may have passed by publication.
    if (tense > 0 && !a.has(Key::kTense))
      if (auto told = would_after_told(a, true); told && a.ctx().last->g >= Granularity::kDay)
        day = weekday_near(*told, target, 1, false);
  }
  return with_mod(date_at(with_pod(Moment{day, Granularity::kDay}, a)), a);
}

// Whether a habitual adverb ("usually", habitual_adverbs) stands a few words before the match in
// its clause: "The bill is usually signed in December" names December of any year. A clause link
// ends the clause: "Trading is normally quiet but it jumped in October" is last October.
bool habitual_before(const Args& a) {
  const ResolveContext& c = a.ctx();
  if (c.habitual_adverbs < 0 || c.options.forward_looking) return false;
  constexpr uint32_t kReach = 6;
  const std::vector<Token>& toks = c.toks;
  for (uint32_t i = a.match().tb, n = 0; i > 0 && n < kReach; --i, ++n) {
    const Token& t = toks[i - 1];
    if (toks[i].break_before || t.ends_sentence || (t.kind == TokKind::kPunct && t.punct == ',') ||
        class_entry(t, c.lex, c.clause_links))
      break;
    if (class_entry(t, c.lex, c.habitual_adverbs)) return true;
  }
  return false;
}

std::optional<Resolved> op_month(const Args& a) {
  auto month = a.num(Key::kMonth);
  if (!month) return std::nullopt;
  int y = year_of(a.ctx().dct);
  unsigned cur = month_of(a.ctx().dct);
  unsigned mo = static_cast<unsigned>(*month);
  if (auto by_last = season_by_last(mo, a)) {  // "the following January": after the last date
    y = *by_last;
  } else if (a.has(Key::kDir) && a.text(Key::kAnchor) != "story") {  // a story's dir is its own
    int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
    if (dir < 0) y = mo < cur ? y : y - 1;
    if (dir > 0) y = mo > cur ? y : y + 1;
    if (dir > 1) ++y;  // "March after next"
  } else if (habitual_before(a)) {
    Resolved r = date_at(Moment{sys_days{date::year{y} / mo / 1}, Granularity::kMonth});
    r.value = "XXXX" + r.value.substr(4);
    r.point.reset();
    return with_mod(std::move(r), a);
  } else {
    y = infer_year(mo, 0, a);
  }
  return with_mod(date_at(Moment{sys_days{date::year{y} / mo / 1}, Granularity::kMonth}), a);
}

// "the winter transfer window", "her spring wardrobe": a season alone between a determiner and a
// word in lower case that the lexicon does not know qualifies that noun; it is no time. Not
// before a noun of a stretch of time or a word that opens a clause (season_times: "the summer
// holidays", "the winter when"); "this winter", "last summer" have no determiner of a noun.
bool season_modifier(const Args& a) {
  const ResolveContext& c = a.ctx();
  const Binding* s = a.part(Key::kSeason);
  if (c.season_times < 0 || !s || s->te != s->tb + 1 || s->tb == 0 || s->te >= c.toks.size())
    return false;
  const Token& det = c.toks[s->tb - 1];
  const Token& next = c.toks[s->te];
  if (det.kind != TokKind::kWord || next.kind != TokKind::kWord || next.cap ||
      !next.space_before || next.end - next.begin < 3 || class_entry(next, c.lex, c.season_times))
    return false;
  // A determiner after the unknown word, maybe after "to", makes it a verb with its object ("the
  // summer brings a drought", "forecasts for the summer point to a drought"), not a noun the
  // season modifies.
  uint32_t after = s->te + 1;
  auto word_at = [&](uint32_t k) {
    return k < c.toks.size() && c.toks[k].kind == TokKind::kWord && !c.toks[k].break_before;
  };
  if (word_at(after) && c.toks[after].word < c.cues.roles.size() &&
      c.cues.roles[c.toks[after].word] == TenseRole::kTo)
    ++after;
  if (word_at(after) && class_entry(c.toks[after], c.lex, c.noun_determiners)) return false;
  return class_entry(det, c.lex, c.noun_determiners) != nullptr &&
         unlisted_word(next, c);
}

std::optional<Resolved> op_season(const Args& a) {
  auto season = a.num(Key::kSeason);  // first month: 3 spring, 6 summer, 9 fall, 12 winter
  if (!season || season_modifier(a)) return std::nullopt;
  unsigned mo = static_cast<unsigned>(*season);
  // value=X: the season of a habit, of no year ("The ferry sails on Friday mornings in winter").
  if (a.text(Key::kValue) == "X") {
    Resolved r = date_at(Moment{sys_days{date::year{2000} / mo / 1}, Granularity::kSeason});
    r.value = "XXXX" + r.value.substr(4);
    r.point.reset();
    return r;
  }
  // The rest works on the season's months: a southern story's summer starts in December, its
  // winter in June (the tagger names them as the south does: southern_seasons).
  bool south = a.ctx().options.hemisphere == Hemisphere::kSouth;
  if (south) mo = (mo + 5) % 12 + 1;
  int y;
  if (auto year = a.num(Key::kYear)) {
    y = static_cast<int>(*year);
    // A southern summer named by one year ("summer 2027") is the one of that year's January and
    // February, as the south's papers write it; "summer 2026-27" states the year it starts.
    if (south && mo == 12 && !a.has(Key::kTo)) --y;
  } else if (auto by_last = season_by_last(mo, a)) {
    y = *by_last;
  } else {
    Moment now = truncate(a.ctx().dct, Granularity::kSeason);
    y = year_of(now.day);
    int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
    sys_days cand{date::year{y} / mo / 1};
    if (dir < 0 && cand >= now.day) --y;
    if (dir > 0 && cand <= now.day) ++y;
    // "this summer" is the one of the publication year (in February, the coming one); "this
    // winter" in January is the one that began in December.
    if (dir == 0) y = year_of(a.ctx().dct) - (mo == 12 && unsigned(date::year_month_day{a.ctx().dct}.month()) <= 2 ? 1 : 0);
    if (!a.has(Key::kDir)) {
      y = infer_year(mo, 0, a);
      // A season under way at the publication date is that one, even told ahead ("after such a
      // warm autumn it will feel like a shock", in November), as "November" then is this one.
      // Not a stretch named by the season ("for the winter break" in January: the next one).
      date::year_month_day first{date::year{y - 1} / mo / 1};
      sys_days start{first}, end{first + date::months{3}};
      const ResolveContext& c = a.ctx();
      const Binding* sb = a.part(Key::kSeason);
      bool stretch = sb && sb->te < c.toks.size() && c.season_times >= 0 &&
                     class_entry(c.toks[sb->te], c.lex, c.season_times);
      if (!c.options.forward_looking && !stretch && c.dct >= start && c.dct < end) --y;
    }
  }
  return with_mod(date_at(Moment{sys_days{date::year{y} / mo / 1}, Granularity::kSeason}), a);
}

// Whether a word of fiscal_year_words of month 0 (the story's own financial year: "fiscal", "FY")
// is in the match.
bool own_fiscal_word(const Args& a) {
  const ResolveContext& c = a.ctx();
  if (c.fiscal_year_words < 0) return false;
  for (uint32_t k = a.match().tb; k < a.match().te; ++k) {
    const LexEntry* e = class_entry(c.toks[k], c.lex, c.fiscal_year_words);
    if (e && e->numeric && e->num == 0) return true;
  }
  return false;
}

// "this fiscal year", "the current fiscal", "last financial year" told where the financial year is
// known (TagOptions::fiscal_year): the one that holds `base`, `dir` years on, its twelve months as
// range and as value the year its code names, as for "FY26" ("the current fiscal" in a Mumbai
// story in November 2026: 2027, 2026-04/2027-03). nullopt when no word of month 0 of
// fiscal_year_words is in the match or the year is not known.
std::optional<Resolved> own_fiscal_shift(const Args& a, sys_days base, int dir) {
  const ResolveContext& c = a.ctx();
  const FiscalYear& fy = c.options.fiscal_year;
  if (fy.start_month <= 1 || !own_fiscal_word(a)) return std::nullopt;
  date::year_month_day ymd{base};
  int first = static_cast<int>(ymd.year()) - (unsigned(ymd.month()) >= fy.start_month ? 0 : 1) + dir;
  int named = fy.named_by_start ? first : first + 1;
  Resolved r = *with_mod(
      date_at(truncate(sys_days{date::year{named} / 1 / 1}, Granularity::kYear)), a);
  date::year_month ym = date::year{first} / date::month{fy.start_month};
  sys_days last = sys_days{(ym + date::months{11}) / 1};
  r.range = format_day(sys_days{ym / 1}).substr(0, 7) + "/" + format_day(last).substr(0, 7);
  r.range_end = truncate(last, Granularity::kMonth);
  return r;
}

std::optional<Resolved> op_shift(const Args& a) {
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  int dir = static_cast<int>(a.num(Key::kDir).value_or(0));
  sys_days base = a.ctx().dct;
  if (const Resolved* of = a.cand(Key::kOf)) {  // "the week of October 6th"
    if (!of->point || of->point->g < unit->g) return std::nullopt;
    base = of->point->day;
    // English weeks start on Sunday: the week of a Sunday is the one it begins (ISO's next).
    if (unit->g == Granularity::kWeek && of->point->g >= Granularity::kDay &&
        date::weekday{base} == date::Sunday)
      base += days{1};
  }
  // anchor=turn: "in the new year" is the coming unit, but the one just begun in its first month
  // (said in January, this year).
  if (a.text(Key::kAnchor) == "turn" && dir > 0 && unit->g == Granularity::kYear &&
      unsigned(date::year_month_day{base}.month()) == 1)
    dir = 0;
  // "the turn of the year" (anchor=turn, mod=START): the start of the year nearest the anchor,
  // this one's in its first half; in a past clause the current year ("Sales fell at the turn of
  // the year"), and after a stated year in reach, that year's ("In 2019 ... at the turn of the
  // year it collapsed").
  if (a.text(Key::kAnchor) == "turn" && a.text(Key::kMod) == "START" && dir > 0 &&
      unit->g == Granularity::kYear) {
    const ResolveContext& c = a.ctx();
    if (c.stated && c.stated->g >= Granularity::kYear && stated_in_reach(a))
      base = c.stated->day;
    if (base != c.dct || a.tense() < 0 || unsigned(date::year_month_day{base}.month()) <= 6)
      dir = 0;
  }
  if (unit->g == Granularity::kYear && unit->steps == 1 && !a.cand(Key::kOf))
    if (auto r = own_fiscal_shift(a, base, dir)) return r;
  return with_mod(date_at(shift(truncate(base, unit->g), dir * unit->steps)), a);
}

std::optional<Resolved> op_deictic(const Args& a) {
  int offset = static_cast<int>(a.num(Key::kOffset).value_or(0));
  // "Today the town is known for ..." in a narrative with no publication date: its writer's
  // present, which no date of the story tells.
  if (a.ctx().options.story_anchor && offset == 0 && !a.has(Key::kPod) && !a.has(Key::kMod)) {
    Resolved r;
    r.value = "PRESENT_REF";
    return r;
  }
  // anchor=day: a part of the day alone ("by mid-morning") after a day told earlier in its
  // sentence, the last date before it, is that day's: "left camp in the small hours on May 9 and
  // reached a ridge by mid-morning".
  const ResolveContext& c = a.ctx();
  if (a.text(Key::kAnchor) == "day" && c.last_day && c.last && c.last_end == c.last_day_end &&
      c.last_day->g >= Granularity::kDay && !c.options.forward_looking) {
    uint32_t k = a.match().tb;
    bool same = true;
    for (; k > 0 && c.toks[k - 1].end > c.last_day_end; --k)
      if (c.toks[k].break_before || c.toks[k - 1].ends_sentence) same = false;
    if (same && k > 0 && !c.toks[k].break_before)
      return with_mod(date_at(with_pod(truncate(c.last_day->day, Granularity::kDay), a)), a);
  }
  return with_mod(date_at(with_pod(Moment{c.dct + days{offset}, Granularity::kDay}, a)), a);
}

// "the first half of 2021", "the third quarter", "the first quarter of next year".
std::optional<Resolved> op_part(const Args& a) {
  std::string_view part = a.text(Key::kPart);  // "H" or "Q"
  auto n = a.num(Key::kN);
  Granularity g = part == "H"   ? Granularity::kHalf
                  : part == "Q" ? Granularity::kQuarter
                                : Granularity::kYear;
  if (n && *n == -1) *n = g == Granularity::kHalf ? 2 : 4;  // "the last quarter of 1989"
  if (g == Granularity::kYear || !n || *n < 1 || *n > (g == Granularity::kHalf ? 2 : 4))
    return std::nullopt;
  int y = year_of(a.ctx().dct);
  if (const Resolved* of = a.cand(Key::kOf)) {
    // "the first half of August": the month's start (its second half, its end), as TimeML marks
    // a part it has no unit for.
    if (of->point && of->point->g == Granularity::kMonth && g == Granularity::kHalf &&
        of->mod.empty()) {
      Resolved r = *of;
      r.mod = *n == 1 ? "START" : "END";
      return r;
    }
    if (!of->point || of->point->g != Granularity::kYear) return std::nullopt;  // not "of the '80s"
    y = year_of(of->point->day);
  } else if (auto year = a.num(Key::kYear)) {
    y = static_cast<int>(*year);
    if (y < 100) y += y < 50 ? 2000 : 1900;  // "18q4"
  } else if (auto dir = a.num(Key::kDir)) {  // "the year-earlier third quarter"
    y += static_cast<int>(*dir);
  } else if (auto stated = stated_year(
                 static_cast<unsigned>((*n - 1) * (g == Granularity::kHalf ? 6 : 3) + 1), 0, a)) {
    y = *stated;  // "Revenue rose 8% in 2021, and in the fourth quarter it doubled"
  } else if (!a.ctx().options.forward_looking) {
    // A bare half is a half year only in a sentence about money or the economy: "a shaky first
    // half" is a match's.
    if (g == Granularity::kHalf && !sentence_has(a, a.ctx().half_year_cues)) return std::nullopt;
    // News reports on periods that have begun: "the fourth quarter" said in January is the one
    // just ended. The next one is meant when it is about to begin or the clause looks ahead, but
    // not for its figures, reported after it ends: "will report fourth-quarter results on Feb.
    // 25" is last year's quarter. Figures only with a verb that puts them out (figure_verbs)
    // just before or a day after ("on Feb. 25"): "expect third-quarter earnings to recover later
    // this year" looks ahead.
    int span = g == Granularity::kHalf ? 6 : 3;
    unsigned first = static_cast<unsigned>((*n - 1) * span + 1);
    sys_days dct = a.ctx().dct;
    sys_days start{date::year{y} / first / 1};
    uint32_t te = a.match().te;
    const ResolveContext& c = a.ctx();
    bool figures = te < c.toks.size() && class_entry(c.toks[te], c.lex, c.figures);
    if (figures) {
      bool put_out = false;
      for (uint32_t k = a.match().tb; k > 0 && a.match().tb - k < 3 && !put_out; --k)
        put_out = class_entry(c.toks[k - 1], c.lex, c.figure_verbs);
      bool day_after = te + 2 < c.toks.size() &&
                       class_entry(c.toks[te + 1], c.lex, c.release_day_links) &&
                       (class_entry(c.toks[te + 2], c.lex, c.months) ||
                        class_entry(c.toks[te + 2], c.lex, c.weekdays));
      figures = put_out || day_after;
    }
    bool imminent = start - dct <= days{31 * span} || (a.tense() > 0 && !figures);
    if (start > dct && !imminent) --y;
  }
  unsigned months = g == Granularity::kHalf ? 6 : 3;
  Resolved r = date_at(
      Moment{sys_days{date::year{y} / static_cast<unsigned>((*n - 1) * months + 1) / 1}, g});
  // "Q3 FY26" told where the financial year is known: the value stays the quarter's number in the
  // year named, as TimeBank writes fiscal quarters; the range gives its months (India's Q3 FY26
  // is October to December 2025).
  const FiscalYear& fy = a.ctx().options.fiscal_year;
  if (fy.start_month > 1 && a.has(Key::kYear) && own_fiscal_word(a)) {
    int from = y - (fy.named_by_start ? 0 : 1);
    date::year_month ym = date::year{from} / date::month{fy.start_month} +
                          date::months{static_cast<int>((*n - 1) * months)};
    sys_days last = sys_days{(ym + date::months{static_cast<int>(months) - 1}) / 1};
    r.range = format_day(sys_days{ym / 1}).substr(0, 7) + "/" + format_day(last).substr(0, 7);
    r.range_end = truncate(last, Granularity::kMonth);
  }
  return r;
}

// "Waitangi Day became a public holiday in 1974", "Anzac Day was first observed in 1916",
// "Juneteenth was declared a federal holiday": a feast opening its sentence as the subject of what
// is said about the feast itself (its making or first keeping, holiday_making_verbs) is a name,
// not a day of it. "Waitangi Day falls on a Sunday this year" is a day.
bool holiday_as_subject(const Args& a) {
  const ResolveContext& c = a.ctx();
  uint32_t tb = a.match().tb, k = a.match().te;
  auto in = [&](uint32_t i, int cls) { return i < c.toks.size() && class_entry(c.toks[i], c.lex, cls); };
  auto is_word = [&](uint32_t i, std::string_view w) {
    return i < c.toks.size() && c.toks[i].kind == TokKind::kWord && c.toks[i].word && c.lex.word(c.toks[i].word) == w;
  };
  if (tb > 0 && in(tb - 1, c.noun_determiners)) --tb;  // "The Queen's Birthday became ..."
  if (tb > 0 && !c.toks[tb - 1].ends_sentence && !c.toks[tb].break_before && !c.toks[tb].line_start)
    return false;
  while (in(k, c.holiday_verb_fillers)) ++k;
  if (is_word(k, "first")) return k + 1 < c.toks.size() && c.toks[k + 1].kind == TokKind::kWord;  // "was first observed"
  return in(k, c.holiday_making_verbs);
}

// The year of "this year", "last year" or "next year" in the clause a feast opens as its subject:
// "Waitangi Day falls on a Sunday this year" (the year phrase ends the clause: a sentence's end, a
// comma or ';' after it), "This year, Anzac Day falls on a Saturday" (the phrase opens the
// sentence, maybe with a comma, right before the feast). At most kReach tokens between, none a
// comma, a word of clause_links or comparison_links ("quieter than last year") or a relative
// pronoun (owner_links RELATIVE, tense role RELATIVE), and not "last year's". nullopt when the
// feast does not open its clause: "The strike that began at Christmas will end this year".
std::optional<int> clause_year(const Args& a) {
  constexpr uint32_t kReach = 10;
  const ResolveContext& c = a.ctx();
  const std::vector<Token>& toks = c.toks;
  auto word = [&](uint32_t k) { return word_at(c, k); };
  auto year_at = [&](uint32_t k) -> std::optional<int> {  // "this year" at k, not "this year's"
    std::string_view w = word(k);
    int dir = deictic_year_step(w);
    if (dir == 2 || word(k + 1) != "year" || toks[k + 1].break_before || word(k + 2) == "'s")
      return std::nullopt;
    return year_of(c.dct) + dir;
  };
  auto opens = [&](uint32_t k) {  // token k opens a sentence or a line
    return k == 0 || toks[k - 1].ends_sentence || toks[k].break_before || toks[k].line_start;
  };
  auto splits = [&](uint32_t k) {  // token k parts two clauses
    const Token& t = toks[k];
    if (t.kind == TokKind::kPunct) return t.punct != '.' || t.ends_sentence;
    if (t.kind != TokKind::kWord) return false;
    TenseRole r = t.word < c.cues.roles.size() ? c.cues.roles[t.word] : TenseRole::kNone;
    const LexEntry* e = class_entry(t, c.lex, c.cues.owner_links);
    return r == TenseRole::kRelative || (e && e->value == "RELATIVE") ||
           class_entry(t, c.lex, c.clause_links) != nullptr ||
           class_entry(t, c.lex, c.comparison_links) != nullptr;
  };
  uint32_t tb = a.match().tb, te = a.match().te;
  if (tb > 0 && !opens(tb) && class_entry(toks[tb - 1], c.lex, c.noun_determiners)) --tb;
  // Fronted: "This year(,) Anzac Day ...".
  if (tb >= 2) {
    uint32_t k = tb - 2;
    if (k > 0 && is_comma(toks[tb - 1]) && !toks[tb].break_before) --k;
    if (!toks[k + 2 == tb ? tb : tb - 1].break_before && opens(k))
      if (auto y = year_at(k)) return y;
  }
  if (!opens(tb)) return std::nullopt;
  // Trailing: "Waitangi Day falls on a Sunday this year."
  for (uint32_t k = te; k < toks.size() && k < te + kReach; ++k) {
    if (k > te && (toks[k].break_before || toks[k - 1].ends_sentence)) return std::nullopt;
    if (auto y = year_at(k)) {
      uint32_t after = k + 2;
      bool closes = toks[k + 1].ends_sentence || after >= toks.size() ||
                    toks[after].break_before ||
                    (toks[after].kind == TokKind::kPunct &&
                     std::string_view(",;.!?").find(toks[after].punct) != std::string_view::npos);
      return closes ? y : std::nullopt;
    }
    if (splits(k)) return std::nullopt;
  }
  return std::nullopt;
}

// Whether the story names the lunar New Year before the match, at most kReach tokens back
// (lunar_new_year_names: "Lunar New Year", "Chinese New Year", "Spring Festival", "Tet"): its
// "New Year's Eve" is then the eve of that New Year, not 31 December.
bool lunar_story(const Args& a) {
  constexpr uint32_t kReach = 400;
  const ResolveContext& c = a.ctx();
  if (c.lunar_new_year_names < 0) return false;
  auto word = [&](uint32_t k) { return word_at(c, k); };
  uint32_t tb = a.match().tb;
  for (uint32_t k = tb > kReach ? tb - kReach : 0; k < tb; ++k) {
    const LexEntry* e = class_entry(c.toks[k], c.lex, c.lunar_new_year_names);
    if (!e || !c.toks[k].cap) continue;
    // "Tet" alone, not before another capitalised word ("the Tet Offensive").
    bool alone = !(k + 1 < c.toks.size() && c.toks[k + 1].kind == TokKind::kWord && c.toks[k + 1].cap);
    if ((e->value == "NAME" && alone) || (e->value == "FESTIVAL" && word(k + 1) == "festival") ||
        (e->value == "NEW_YEAR" && word(k + 1) == "new" &&
         (word(k + 2) == "year" || word(k + 2) == "years")))
      return true;
  }
  return false;
}

// Whether the stated date (ResolveContext::stated) ends with its year written out: "in 2024",
// "the winter of 2024", not "two years before 1990" (1988).
bool written_year(const ResolveContext& c) {
  if (!c.stated || c.options.forward_looking || c.stated_te == 0 || c.stated_te > c.toks.size()) return false;
  const Token& t = c.toks[c.stated_te - 1];
  return t.kind == TokKind::kNumber && t.digits == 4 && t.number == year_of(c.stated->day);
}

std::optional<Resolved> op_holiday(const Args& a) {
  if (holiday_as_subject(a)) return std::nullopt;
  const HolidayBook* book = a.ctx().holidays;
  const HolidaySpec* spec = book ? book->find(std::string(a.text(Key::kHoliday))) : nullptr;
  if (!spec) return std::nullopt;
  // "Lunar New Year falls on Feb. 6 ... On New Year's Eve, families gather": the day before the
  // lunar New Year (its table), in a story that named that New Year before; the one nearest the
  // publication date, whatever the tense around it ("tickets for travel on the days before New
  // Year's Eve went on sale on January 18": the coming one), as such a story is of that one.
  int shift = 0;
  if (a.text(Key::kHoliday) == "12-31" && lunar_story(a))
    if (const HolidaySpec* lunar = book->find("table:chinese_new_year")) spec = lunar, shift = -1;
  // Tables cover a range of years; outside it, a year's feast is far enough never to be chosen.
  auto day_in = [&](int y) {
    auto d = book->day_in(*spec, y);
    return d ? *d + days{shift}
             : sys_days{date::year{y} / 7 / 1} + days{y < year_of(a.ctx().dct) ? -9999 : 9999};
  };
  int y = year_of(a.ctx().dct);
  if (auto day = spec->once(); day && !a.has(Key::kYear))
    return date_at(Moment{*day, Granularity::kDay});  // "9/11": the day it happened
  if (auto year = a.num(Key::kYear)) {
    y = static_cast<int>(*year);
  } else if (const Resolved* of = a.cand(Key::kOf)) {  // "MLK day of last year"
    if (!of->point || of->point->g < Granularity::kYear) return std::nullopt;
    // "Easter Monday", "Easter mon": a weekday right after the feast's name is part of that name
    // (a rule of its own), not the day from which the next feast is counted.
    const Binding* at = a.part(Key::kOf);
    const std::vector<Token>& toks = a.ctx().toks;
    if (at && at->tb > 0 && at->tb < toks.size() && toks[at->tb - 1].kind == TokKind::kWord &&
        class_entry(toks[at->tb], a.ctx().lex, a.ctx().weekdays))
      return std::nullopt;
    y = year_of(of->point->day);
    // "Thanksgiving in 3 years", "Diwali six years hence": the first one from that day on.
    if (of->point->g > Granularity::kYear && day_in(y) < of->point->day) ++y;
  } else if (auto stated = clause_year(a)) {
    y = *stated;
  } else if (auto feast = day_in(y); !a.has(Key::kDir) && !shift && written_year(a.ctx()) &&
             (stated = stated_year(unsigned(date::year_month_day{feast}.month()), 0, a))) {
    // A feast takes the year written out earlier in its sentence as a month does ("In 2024 a surge
    // in flu cases filled wards over Christmas": 2024-12-25; not a year counted, "Two years before
    // 1990").
    y = *stated;
  } else if (auto told = a.ctx().options.doc_type == DocType::kNarrative
                            ? year_source(a, Granularity::kYear)
                            : std::nullopt) {
    // A narrative's "Christmas" is that of the year it is telling, as its months are ("the season
    // opened on 7 August 2004 ... at Christmas": 2004-12-25).
    y = year_of(told->day);
  } else if (const auto& c = a.ctx(); !a.has(Key::kDir) && !c.options.forward_looking &&
                                      c.last_day && in_paragraph_of_last(a) &&
                                      day_in(year_of(c.last_day->day)) == c.last_day->day) {
    // The feast the day just told of is: "a holiday-shortened session on Thursday for
    // Thanksgiving", whatever the tense around it.
    y = year_of(c.last_day->day);
  } else {
    int dir = a.has(Key::kDir) ? static_cast<int>(a.num(Key::kDir).value_or(0))
              : shift                ? 0
                                     : a.tense();
    if (a.ctx().options.forward_looking && dir == 0) dir = 1;
    sys_days dct = a.ctx().dct;
    // A feast within a week of the publication date is that one, whatever the tense around it
    // ("as Easter week began" six days before Easter).
    bool this_week = !a.has(Key::kDir) && !a.ctx().options.forward_looking &&
                     day_in(y) - dct <= days{7} && dct - day_in(y) <= days{7};
    if (!this_week) {
      if (dir < 0 && day_in(y) >= dct) --y;
      if (dir > 0 && day_in(y) < dct) ++y;
      if (dir == 0 && day_in(y) > dct && (day_in(y) - dct) > (dct - day_in(y - 1))) --y;
      if (dir == 0 && day_in(y) < dct && (dct - day_in(y)) > (day_in(y + 1) - dct)) ++y;
    }
  }
  // The eve of the lunar New Year the story dated before it ("Chinese New Year fell on Feb. 17
  // ... on New Year's Eve"), when it dated one: that one's year, not the nearest's.
  if (shift && !a.has(Key::kYear)) {
    uint32_t nearest = 0;
    for (const Candidate& f : a.ctx().cands) {
      if (f.match.te > a.match().tb || f.match.te <= nearest ||
          a.ctx().rules[f.match.rule].op != Op::kHoliday || !f.res.point ||
          f.res.point->g != Granularity::kDay)
        continue;
      int fy = year_of(f.res.point->day);
      if (book->day_in(*spec, fy) == f.res.point->day) y = fy, nearest = f.match.te;
    }
  }
  auto day = book->day_in(*spec, y);
  if (!day) return std::nullopt;
  *day += days{shift};
  // "Easter weekend", "Memorial Day weekend": the weekend a Monday feast ends, else its week's.
  if (a.text(Key::kPod) == "WE") {
    sys_days in = date::weekday{*day} == date::Monday ? *day - days{1} : *day;
    Moment w = truncate(in, Granularity::kWeek);
    w.pod = "WE";
    return date_at(w);
  }
  // "Easter week", "Christmas week": the week that holds the feast.
  if (a.text(Key::kUnit) == "W") return date_at(truncate(*day, Granularity::kWeek));
  return date_at(Moment{*day, Granularity::kDay});
}

// The nth (n < 0: last) weekday, day or week of a month or year candidate.
std::optional<Resolved> op_nth(const Args& a) {
  const Resolved* of = a.cand(Key::kOf);
  auto n = a.num(Key::kN);
  if (!of || !of->point || !n || *n == 0 || *n > 53) return std::nullopt;
  // "the third Tuesday after Christmas 2014", "the first Monday before the election": counted
  // from the day after (before) the period, that day not included.
  if (auto wd = a.num(Key::kWeekday);
      wd && (a.text(Key::kAnchor) == "after" || a.text(Key::kAnchor) == "before")) {
    unsigned target = static_cast<unsigned>(*wd);
    days weeks{7 * (*n - 1)};
    sys_days d = a.text(Key::kAnchor) == "after"
                     ? weekday_near(last_day(*of->point), target, 1, false) + weeks
                     : weekday_near(of->point->day, target, -1, false) - weeks;
    return date_at(Moment{d, Granularity::kDay});
  }
  if (auto wd = a.num(Key::kWeekday); wd && a.num(Key::kDir) == 0) {
    // "the second closest Monday to Oct 5th": by distance from the day, earlier first on a tie.
    if (of->point->g != Granularity::kDay) return std::nullopt;
    sys_days after = weekday_near(of->point->day, static_cast<unsigned>(*wd), 1, true);
    sys_days before = weekday_near(of->point->day, static_cast<unsigned>(*wd), -1, false);
    for (int64_t k = 1;; ++k) {
      bool take_before = (of->point->day - before) <= (after - of->point->day);
      sys_days d = take_before ? before : after;
      if (k == *n) return date_at(Moment{d, Granularity::kDay});
      if (take_before)
        before -= days{7};
      else
        after += days{7};
    }
  }
  if (of->point->g > Granularity::kMonth) return std::nullopt;
  sys_days first = of->point->day, last = last_day(*of->point);
  int k =
      static_cast<int>(*n) * (a.num(Key::kDir).value_or(1) < 0 ? -1 : 1);  // "the third last week"
  if (auto wd = a.num(Key::kWeekday)) {
    unsigned target = static_cast<unsigned>(*wd);
    sys_days d = k > 0 ? weekday_near(first, target, 1, true) + days{7 * (k - 1)}
                       : weekday_near(last, target, -1, true) - days{7 * (-k - 1)};
    if (d < first || d > last) return std::nullopt;
    return date_at(Moment{d, Granularity::kDay});
  }
  auto unit = unit_named(a.text(Key::kUnit));
  if (!unit) return std::nullopt;
  if (unit->g == Granularity::kDay) {
    sys_days d = k > 0 ? first + days{k - 1} : last - days{-k - 1};
    if (d < first || d > last) return std::nullopt;
    return date_at(Moment{d, Granularity::kDay});
  }
  if (unit->g == Granularity::kWeek) {
    // The weeks of a year are its ISO 8601 weeks: the first is the one with January 4th, the last
    // the one with December 28th ("the first week of 2026" is 2026-W01, though it starts in
    // December). The weeks of a month are the Monday-to-Sunday weeks wholly inside it, counted
    // from the first Monday on or after its first day, or back from the last Sunday on or before
    // its last day: "the first week of May" 2026 (May 1 a Friday) is 2026-W19, from May 4, and
    // "the last week of May" 2025 (May 31 a Saturday) 2025-W21, to May 25. A week named so is a
    // whole week of the month, as Duckling reads it ("first week of october 2014" is 2014-W41),
    // rather than the ISO week that holds the 1st, which may lie mostly in the month before.
    if (of->point->g == Granularity::kYear) {
      first = first + days{3};  // January 4th
      last = last - days{3};    // December 28th
      sys_days d = k > 0 ? first + days{7 * (k - 1)} : last - days{7 * (-k - 1)};
      return date_at(truncate(d, Granularity::kWeek));
    }
    sys_days d = k > 0 ? weekday_near(first, 1, 1, true) + days{7 * (k - 1)}
                       : weekday_near(last, 7, -1, true) - days{6 + 7 * (-k - 1)};
    return date_at(truncate(d, Granularity::kWeek));
  }
  return std::nullopt;
}

}  // namespace chronoline::temporal::internal

namespace chronoline::temporal {

int slash_order(const std::vector<Token>& toks) {
  bool day_first = false, month_first = false;
  auto glued = [&](size_t i, char c) {
    return toks[i].kind == TokKind::kPunct && toks[i].punct == c && !toks[i].space_before &&
           !toks[i + 1].space_before;
  };
  for (size_t i = 0; i + 4 < toks.size(); ++i) {
    const Token &a = toks[i], &b = toks[i + 2], &y = toks[i + 4];
    if (a.kind != TokKind::kNumber || a.digits == 0 || a.digits > 2 || !glued(i + 1, '/') ||
        b.kind != TokKind::kNumber || b.digits == 0 || b.digits > 2 || !glued(i + 3, '/') ||
        y.kind != TokKind::kNumber || (y.digits != 4 && y.digits != 2))
      continue;
    if (a.number > 12 && a.number <= 31 && b.number >= 1 && b.number <= 12) day_first = true;
    if (b.number > 12 && b.number <= 31 && a.number >= 1 && a.number <= 12) month_first = true;
  }
  return day_first == month_first ? 0 : day_first ? 1 : -1;
}

bool same_sentence(const std::vector<Token>& toks, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i <= to && i < toks.size(); ++i) {
    if (toks[i].break_before || (i < to && toks[i].ends_sentence)) return false;
  }
  return true;
}

}  // namespace chronoline::temporal
