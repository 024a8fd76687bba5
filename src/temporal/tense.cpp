// Tense: whether the clause around a date speaks of the past or the future, from its verb group.
#include "temporal/tense.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

namespace chronoline::temporal {
namespace {

constexpr uint32_t kWindow = 14;     // tokens looked at on each side
constexpr uint32_t kMinGuessed = 5;  // shorter unknown words are not guessed from their ending
constexpr uint32_t kCoordinationReach = 40;  // how far back a bare "set" looks for its partner

// The values of tense_roles.tsv, in the order of TenseRole from kFuture on.
constexpr std::array<std::string_view, 28> kRoleNames = {
    "FUTURE",    "WONT",     "MODAL",      "PAST_MODAL", "PROSPECT", "INTENT",      "BE_PRESENT",
    "BE_PAST",   "BE",       "HAVE",       "HAD",        "DO_PAST",  "SCHEDULED",   "DEFER",
    "ADVERB",    "NEGATION", "DETERMINER", "UNTIL",      "TO",       "PAST_ADVERB", "FUTURE_ADVERB",
    "DATE_PREP", "SINCE",    "RELATIVE",   "OF",         "LASTS",    "CLOCK",       "AGENT"};
static_assert(kRoleNames.size() == static_cast<size_t>(TenseRole::kAgent));
// The values of verb_suffixes.tsv, in the order of TenseRole from kPast on.
constexpr std::array<std::string_view, 3> kEndingNames = {"PAST", "PROGRESSIVE", "ADVERB_ENDING"};

// A sentence ends with `t` (Token::ends_sentence), or a clause with its ';'.
bool ends_sentence(const Token& t) {
  return t.ends_sentence || (t.kind == TokKind::kPunct && t.punct == ';');
}

bool is_verb(TenseRole r) {
  switch (r) {
    case TenseRole::kFuture:
    case TenseRole::kModal:
    case TenseRole::kPastModal:
    case TenseRole::kProspect:
    case TenseRole::kIntent:
    case TenseRole::kBePresent:
    case TenseRole::kBePast:
    case TenseRole::kBe:
    case TenseRole::kHave:
    case TenseRole::kHad:
    case TenseRole::kDoPast:
    case TenseRole::kScheduled:
    case TenseRole::kDefer:
    case TenseRole::kPast:
    case TenseRole::kBasePast:
    case TenseRole::kLasts:
      return true;
    default:
      return false;
  }
}

// The words of one sentence window, with the role each plays in a verb group.
class Clause {
 public:
  // Roles of tokens from `first` on are remembered: the scans ask for them again and again.
  // With `doc`, the roles of all tokens are, in it, for the calls that follow on the same
  // document too: a token's role depends on the document only, and the windows of nearby dates
  // overlap (callgrind, tbaq: find_role was called some 6,000 times, 3.7M instructions).
  Clause(const std::vector<Token>& toks, const Lexicon& lex, const TenseCues& cues,
         std::string_view text, uint32_t first, std::vector<TenseRole>* doc = nullptr)
      : toks_(toks), lex_(lex), cues_(cues), text_(text), first_(first), doc_(doc) {
    if (doc_) {
      if (doc_->size() != toks_.size()) doc_->assign(toks_.size(), kUnset);
    } else {
      memo_.fill(kUnset);
    }
  }

  TenseRole role(uint32_t i) const {
    // Past the last token: a group that ends the text asks after its end ("Friday and closed").
    if (i >= toks_.size()) return TenseRole::kNone;
    if (doc_) {
      TenseRole& r = (*doc_)[i];  // find_role asks for earlier tokens' roles: no growth here
      if (r == kUnset) r = find_role(i);
      return r;
    }
    if (i - first_ >= memo_.size()) return find_role(i);  // also i < first_: unsigned
    TenseRole& r = memo_[i - first_];
    if (r == kUnset) r = find_role(i);
    return r;
  }

  // Whether token i and its neighbours can be one verb group ("would not be traveling").
  bool in_group(uint32_t i) const {
    TenseRole r = role(i);
    return is_verb(r) || r == TenseRole::kTo || r == TenseRole::kProgressive ||
           r == TenseRole::kAdverb || r == TenseRole::kNegation ||
           (toks_[i].kind == TokKind::kPunct && toks_[i].punct == '\'');
  }

  // "to" before a verb rather than before a noun phrase ("to resume", not "to the talks").
  bool infinitival_to(uint32_t i) const {
    if (role(i) != TenseRole::kTo || i + 1 >= toks_.size()) return false;
    const Token& n = toks_[i + 1];
    return n.kind == TokKind::kWord && !n.cap && role(i + 1) != TenseRole::kDeterminer;
  }

  // Whether token i starts a relative clause's timetable present ("who heads the panel"): it dates
  // nothing before it outside the clause ("On Friday, Jones, who heads the panel, said"), only
  // what follows it ("The summit, which ends on Friday, ...").
  bool relative_verb(uint32_t i) const {
    return i > 0 && role(i - 1) == TenseRole::kRelative && role(i) == TenseRole::kScheduled;
  }

  // Whether the word before token i is "to": the verb at i is an infinitive.
  bool infinitive_at(uint32_t i) const { return i > 0 && role(i - 1) == TenseRole::kTo; }

  bool is_word(uint32_t i, std::string_view w) const {
    return i < toks_.size() && toks_[i].kind == TokKind::kWord && toks_[i].word &&
           lex_.word(toks_[i].word) == w;
  }
  // Whether a word of deadline_links ("by") is in token i's sentence: a future perfect's deadline
  // ("will have cut 2,000 jobs by March", "By March the firm will have cut").
  bool by_in_sentence(uint32_t i) const {
    auto by = [&](uint32_t k) { return class_entry(toks_[k], lex_, cues_.deadline_links); };
    for (uint32_t k = i; k > 0 && !toks_[k].break_before && !ends_sentence(toks_[k - 1]); --k)
      if (by(k - 1)) return true;
    for (uint32_t k = i + 1; k < toks_.size() && !toks_[k].break_before; ++k) {
      if (by(k)) return true;
      if (ends_sentence(toks_[k])) return false;
    }
    return false;
  }
  bool conditional_modal(uint32_t i) const {
    return class_entry(toks_[i], lex_, cues_.conditional_modals);
  }
  bool is_comma(uint32_t i) const {
    return toks_[i].kind == TokKind::kPunct && toks_[i].punct == ',';
  }
  // "but", "and" (clause_links): joins a clause after a comma.
  bool clause_link(uint32_t i) const {
    return class_entry(toks_[i], lex_, cues_.clause_links);
  }
  bool complementizer(uint32_t i) const {
    return class_entry(toks_[i], lex_, cues_.complementizers);
  }
  // An irregular simple past that is no base form too ("rose", "fell"; not "set", "cut").
  bool plain_past(uint32_t i) const {
    return is_past_cue(toks_[i]) && !is_base_past(toks_[i]) && role(i) == TenseRole::kPast;
  }

  // An adjective before a noun: "the planned merger".
  bool attributive(uint32_t i) const { return after_determiner(i); }

  // The first token of the sentence of token i, at most `reach` tokens back.
  uint32_t sentence_start(uint32_t i, uint32_t reach) const {
    uint32_t lo = i;
    while (lo > 0 && i - lo < reach && !ends_sentence(toks_[lo - 1]) && !toks_[lo].break_before)
      --lo;
    return lo;
  }

  // The first token of the clock time that the day at `tb` follows, no further back than `lo`:
  // "is at [7 p.m.] Saturday", "until [midnight on] Monday". `tb` when there is none.
  uint32_t clock_start(uint32_t tb, uint32_t lo) const {
    uint32_t k = tb;
    // "midnight on Monday", "7 p.m., Saturday": the day's own preposition or comma first.
    if (k > lo && (listed_role(k - 1) == TenseRole::kDatePrep || is_comma(k - 1))) --k;
    uint32_t words = k;
    while (k > lo && clock_part(k - 1)) --k;
    return k == words ? tb : k;
  }

  // Whether the bare past form at `verb`, its group ending at `ge`, is of a verb whose object is
  // foreseen (forecast_verbs), with that object between it and the date at `tb`: "predicted rain on Sunday", "projected a loss in
  // March", "pointed to a cut in March" (an entry whose value starts "to" takes its object after
  // "to"; one whose value names "move" needs a noun of foreseen_moves right before the date or its
  // preposition) (not "predicted Sunday", "predicted on Sunday", "predicted that ... on Sunday",
  // "flagged problems in March").
  bool foreseen_object(uint32_t verb, uint32_t ge, uint32_t tb) const {
    const LexEntry* e = class_entry(toks_[verb], lex_, cues_.forecasts);
    if (ge >= tb || !e) return false;
    std::string_view need = e->value;
    if (need.substr(0, 2) == "to") {  // "pointed to a cut in March": the object after its "to"
      if (!is_word(ge, "to") || ge + 1 >= tb) return false;
      ++ge;
    }
    // "signalled a cut in March": the object must be a move still to come (foreseen_moves),
    // its last word right before the date or the date's preposition.
    // "warned of snow from Thursday": only a stretch the object runs from ("from", "starting")
    // is the object's; "warned of attacks on Tuesday" mostly dates the warning.
    if (need.find("from") != std::string_view::npos &&
        (tb == 0 || tb - 1 <= ge || !(is_word(tb - 1, "from") || is_word(tb - 1, "starting"))))
      return false;
    if (need.find("move") != std::string_view::npos) {
      uint32_t head = listed_role(tb - 1) == TenseRole::kDatePrep ? tb - 2 : tb - 1;
      if (head < ge || !class_entry(toks_[head], lex_, cues_.moves)) return false;
    }
    if (listed_role(ge) == TenseRole::kDatePrep || toks_[ge].kind != TokKind::kWord ||
        is_word(ge, "that"))
      return false;
    for (uint32_t k = ge; k < tb; ++k)
      if (toks_[k].kind == TokKind::kPunct || is_word(k, "that")) return false;
    return true;
  }

  // Whether group [gb, ge), after the date that ends at `te`, is a report tacked on at the end
  // of the sentence: ", officials said." (a comma, a subject of at most four words, a reporting
  // verb alone, the sentence's end at `hi`).
  bool tacked_report(uint32_t gb, uint32_t ge, uint32_t te, uint32_t hi) const {
    constexpr uint32_t kSubject = 4;
    if (ge - gb != 1 || !class_entry(toks_[gb], lex_, cues_.reporting)) return false;
    // The sentence ends right after it: at its end mark, or with the text.
    bool ends = ge == toks_.size() ||
                (ge + 1 >= hi && toks_[ge].kind == TokKind::kPunct &&
                 (toks_[ge].punct == '.' || toks_[ge].punct == '!' || toks_[ge].punct == '?') &&
                 (ge + 1 == toks_.size() || ends_sentence(toks_[ge]) || toks_[ge + 1].break_before));
    if (!ends) return false;
    for (uint32_t k = gb; k-- > te && gb - k <= kSubject + 1;) {
      if (is_comma(k)) return k + 1 < gb;
      if (toks_[k].kind != TokKind::kWord) return false;
    }
    return false;
  }

  // Whether the word before token i is a noun in lower case that a participle at i qualifies
  // ("storms expected on Sunday"): no listed word, no verb form by its ending, not "as" or "than"
  // ("as planned", "than expected").
  bool after_noun(uint32_t i) const {
    if (i == 0 || toks_[i].break_before || toks_[i - 1].kind != TokKind::kWord) return false;
    const Token& p = toks_[i - 1];
    if (p.cap || p.end - p.begin < 3 || is_word(i - 1, "than") || is_word(i - 1, "as") ||
        clause_link(i - 1))
      return false;
    return role(i - 1) == TenseRole::kNone && ending_role(p) == TenseRole::kNone &&
           !is_past_form(i - 1) && !class_entry(p, lex_, cues_.pronouns);
  }
  // Whether token i is a verb of calling off (cancel_verbs).
  bool cancels(uint32_t i) const { return class_entry(toks_[i], lex_, cues_.cancels) != nullptr; }

  // Whether the bare "put" or "cut" at v has a subject whose present has the same form: a plural
  // noun that opens the sentence, maybe after "The" ("Crews put up barriers"), or "we", "they"
  // (not "he", "it": "The crew put", "She cut" are past).
  bool plural_subject_before(uint32_t v) const {
    if (v < 1 || toks_[v].break_before) return false;
    const Token& p = toks_[v - 1];
    uint32_t s = v - 1;  // where the subject starts
    if (s >= 1 && !p.break_before && is_word(s - 1, "the")) --s;
    if (s >= 1 && !ends_sentence(toks_[s - 1]) && !toks_[s].break_before) return false;
    if (p.kind != TokKind::kWord) return false;
    if (const LexEntry* e = class_entry(p, lex_, cues_.pronouns)) return e->value != "s";
    std::string_view w = text_.substr(p.begin, p.end - p.begin);
    return (p.cap || s < v - 1) && w.size() >= 4 && w.ends_with('s') && !w.ends_with("ss") &&
           !singular_ending(p) && !count_noun(w) && listed_role(v - 1) == TenseRole::kNone &&
           !is_past_form(v - 1);
  }

  // A word in -ly, listed or not: "late", no; "hourly", "daily", "quickly", yes.
  bool ly_word(uint32_t i) const {
    return toks_[i].kind == TokKind::kWord && !toks_[i].cap &&
           ending_role(toks_[i]) == TenseRole::kAdverbEnding;
  }

  bool is_past_form(uint32_t i) const {
    const Token& t = toks_[i];
    return is_past_cue(t) || ending_role(t) == TenseRole::kPast;
  }

  // A base form right after "and" (maybe "and then") whose partner before it is a bare "cut",
  // "put" or "set" after a plural subject: the second verb of one predicate, so a present, and
  // the partner one too ("Traders cut their bets on Friday and buy back on Monday"; not "and
  // bought back", "She cut ... and", "and Monday", nor a noun with its own verb after it: "and
  // profit taking hit shares"). A lone line too: a caption tells of one moment, not two days.
  bool present_after_and(uint32_t i) const {
    const Token& t = toks_[i];
    if (i < 3 || t.kind != TokKind::kWord || t.cap || t.end - t.begin < 3 || t.break_before)
      return false;
    // The words around it first: most words have no "and" before them, and the tests of the
    // word itself look it up in the lexicon.
    uint32_t a = i - 1;
    if (is_word(a, "then")) --a;
    if (!is_word(a, "and") || toks_[a].break_before) return false;
    if (i + 1 >= toks_.size() || toks_[i + 1].kind != TokKind::kWord || toks_[i + 1].cap ||
        toks_[i + 1].break_before)
      return false;
    std::string_view w = text_.substr(t.begin, t.end - t.begin);
    if ((w.ends_with('s') && !w.ends_with("ss")) || is_past_form(i) || is_base_past(t) ||
        ending_role(t) != TenseRole::kNone || listed_role(i) != TenseRole::kNone ||
        class_entry(t, lex_, cues_.pronouns))
      return false;
    for (uint32_t j = i + 1; j < toks_.size() && !ends_sentence(toks_[j]) && !toks_[j].break_before;
         ++j) {
      if (is_comma(j)) break;
      if (toks_[j].kind == TokKind::kWord && !clock_part(j) &&
          (listed_verb(j) || is_past_form(j) || is_base_past(toks_[j])))
        return false;
    }
    return base_past_partner(a) < a;
  }

  // The bare "cut", "put" or "set" after a plural subject that opens the predicate an "and" at
  // `a` continues, with no other verb between; `a` when there is none.
  uint32_t base_past_partner(uint32_t a) const {
    for (uint32_t k = a; k-- > 0 && a - k <= kWindow;) {
      const Token& b = toks_[k];
      if (ends_sentence(b) || toks_[k + 1].break_before) break;
      if (b.kind != TokKind::kWord) continue;
      if (is_base_past(b) && base_past_role(k) == TenseRole::kBasePast)
        return plural_subject_before(k) ? k : a;
      if (is_verb(listed_role(k)) || is_past_form(k)) return a;
    }
    return a;
  }

  // Whether the bare "cut" at v has a present partner after "and" (present_after_and).
  bool present_partner_after(uint32_t v) const {
    for (uint32_t j = v + 1; j + 1 < toks_.size() && j - v <= kWindow; ++j) {
      if (ends_sentence(toks_[j]) || toks_[j].break_before) return false;
      if (is_word(j, "and"))
        return present_after_and(j + 1) || (is_word(j + 1, "then") && present_after_and(j + 2));
    }
    return false;
  }

  // Whether the lexicon knows token `t` as a word of its own (known(), below): "day", not "seat".
  bool known_word(const Token& t) const { return known(t); }

  // Whether a to-infinitive follows the object that starts at token i, a few plain words on:
  // "expected talks to resume", "expected the bank to cut". The subject expected what the
  // infinitive tells, which looks ahead as "planned to open" does. Not a perfect infinitive, which
  // looks back: "expected sales to have fallen in October".
  // Whether the object that starts at token i is a happening, its last word (held_events or
  // foreseen_moves) right before the preposition of the date at `tb`, after at most three plain
  // words or determiners: "expected talks in December", "expected a rise in October". What was
  // expected is dated, and it may still lie ahead. A month's part may stand between the
  // preposition and the date: "expected talks in early December" (month_parts).
  bool event_object(uint32_t i, uint32_t tb) const {
    constexpr uint32_t kObject = 4;
    tb = before_month_part(tb);
    if (tb < 2 || tb - 1 <= i || listed_role(tb - 1) != TenseRole::kDatePrep) return false;
    uint32_t head = tb - 2;
    if (head - i >= kObject) return false;
    for (uint32_t k = i; k <= head; ++k) {
      const Token& t = toks_[k];
      if (t.kind != TokKind::kWord || t.break_before || t.cap) return false;
      TenseRole r = listed_role(k);
      if (k < head && r != TenseRole::kNone && r != TenseRole::kDeterminer) return false;
    }
    return class_entry(toks_[head], lex_, cues_.held_events) ||
           class_entry(toks_[head], lex_, cues_.moves);
  }

  // The token before the month's part right before token tb ("early", "mid-": mods, not an
  // ambiguous one), else tb itself.
  uint32_t before_month_part(uint32_t tb) const {
    auto part = [&](uint32_t k) {
      const LexEntry* e = class_entry(toks_[k], lex_, cues_.month_parts);
      return e && !(e->flags & kAmbiguous) && !toks_[k].break_before;
    };
    if (tb >= 2 && toks_[tb - 1].kind == TokKind::kPunct && toks_[tb - 1].punct == '-' &&
        part(tb - 2))
      return tb - 2;
    return tb >= 1 && part(tb - 1) ? tb - 1 : tb;
  }

  // Whether the one-word verb group `b` is the head noun of an event object right before the
  // preposition of the date at tb ("expected a rate cut in December": "cut" is no verb there).
  bool object_head(uint32_t b, uint32_t tb) const {
    tb = before_month_part(tb);
    return tb >= 2 && b == tb - 2 && listed_role(tb - 1) == TenseRole::kDatePrep && b > 0 &&
           toks_[b - 1].kind == TokKind::kWord && !toks_[b - 1].cap &&
           (listed_role(b - 1) == TenseRole::kNone || listed_role(b - 1) == TenseRole::kDeterminer) &&
           !class_entry(toks_[b - 1], lex_, cues_.pronouns) &&
           (class_entry(toks_[b], lex_, cues_.held_events) || class_entry(toks_[b], lex_, cues_.moves));
  }

  bool object_infinitive(uint32_t i) const {
    constexpr uint32_t kObject = 4;
    for (uint32_t k = i; k < toks_.size() && k < i + kObject; ++k) {
      const Token& t = toks_[k];
      if (t.kind != TokKind::kWord || t.break_before) return false;
      TenseRole r = listed_role(k);
      if (r == TenseRole::kTo && k > i) {
        const Token* n = k + 1 < toks_.size() ? &toks_[k + 1] : nullptr;
        return n && n->kind == TokKind::kWord && !n->cap &&
               listed_role(k + 1) != TenseRole::kDeterminer &&
               listed_role(k + 1) != TenseRole::kHave;
      }
      if (r != TenseRole::kNone && r != TenseRole::kDeterminer) return false;
    }
    return false;
  }

 private:
  static constexpr TenseRole kUnset = static_cast<TenseRole>(0xFF);

  TenseRole find_role(uint32_t i) const {
    const Token& t = toks_[i];
    if (t.kind != TokKind::kWord) return TenseRole::kNone;
    TenseRole r = t.word < cues_.roles.size() ? cues_.roles[t.word] : TenseRole::kNone;
    if (r != TenseRole::kNone) return lexical_role(i, r);
    // "with arrears paid in November", "with prices cut by March": as for a participle in -ed.
    if (is_base_past(t)) return absolute_participle(i) ? TenseRole::kNone : base_past_role(i);
    if (is_past_cue(t)) return absolute_participle(i) ? TenseRole::kNone : TenseRole::kPast;
    // Not guessed, but after a plural subject a present: "Buses start at 5 a.m. on Sunday".
    if (known(t))
      return present_after_plural(i) || present_after_and(i) ? TenseRole::kScheduled
                                                              : TenseRole::kNone;
    if (present_after_event(i)) return TenseRole::kScheduled;
    switch (TenseRole e = ending_role(t)) {
      case TenseRole::kPast:  // "opened", but not a name ("United") nor an adjective ("an unnamed
                              // aide"); after "that" and before a date's preposition, a relative
                              // clause's verb ("a consultation that closed in September")
        return name_like(i) || initial_name(i) || (after_determiner(i) && !relative_that(i)) ||
                       absolute_participle(i) || after_bare_verb(i)
                   ? TenseRole::kNone
                   : e;
      case TenseRole::kProgressive:
        return t.cap ? TenseRole::kNone : e;
      case TenseRole::kAdverbEnding:  // "Doctors rally on Friday": a verb after all
        return present_after_plural(i) ? TenseRole::kScheduled : TenseRole::kAdverb;
      default:
        return present_after_pronoun(i) || present_after_subject(i) || present_after_plural(i) ||
                       present_after_and(i)
                   ? TenseRole::kScheduled
                   : e;
    }
  }

  // Whether word w is the plural of a spelled number, a count and no verb: "In March hundreds
  // died", "Thousands march on Sunday" (the march, not "thousands", is the verb).
  bool count_noun(std::string_view w) const {
    if (cues_.numbers < 0 || w.size() < 4) return false;
    uint32_t id = lex_.find(w.substr(0, w.size() - 1));
    return id && lex_.entry(id, static_cast<uint16_t>(cues_.numbers));
  }

  // An unknown word in -s right after a noun phrase that starts its clause, with no verb after it
  // in the clause: a present of a timetable ("On Monday, ISM publishes its survey", "Dollar Crest
  // reports on Wednesday", "The central bank decides on Thursday", "The Class of 2027 graduates
  // in June"). Not a plural noun: with its verb after it ("Media reports on Wednesday said",
  // "Oil prices on Monday hit"), after a determiner, "of" or a possessive ("the reports", "the
  // company's results"), nor after a verb ("faces higher costs in March"); nor a word with an
  // ending of singular_endings ("process", "status", "analysis").
  // A listed word that can be part of a noun phrase: "central" (CLOCK: "central time").
  static bool noun_like_role(TenseRole r) { return r == TenseRole::kNone || r == TenseRole::kClock; }
  bool present_after_subject(uint32_t i) const {
    constexpr uint32_t kSubject = 6;  // words of the subject at most
    const Token& t = toks_[i];
    if (i < 1 || t.cap || t.end - t.begin < 4) return false;
    std::string_view w = text_.substr(t.begin, t.end - t.begin);
    if (!w.ends_with('s') || singular_ending(t) || count_noun(w)) return false;
    // The word before: a noun ("bank", "ISM", "2027" after "of").
    const Token& p = toks_[i - 1];
    if (p.kind == TokKind::kNumber) {
      if (p.end - p.begin != 4 || i < 2 || listed_role(i - 2) != TenseRole::kOf) return false;
    } else if (p.kind != TokKind::kWord || !noun_like_role(listed_role(i - 1)) ||
               after_possessive(i) || class_entry(p, lex_, cues_.pronouns) ||
               (!p.cap && (is_past_form(i - 1) || ending_role(p) != TenseRole::kNone))) {
      return false;
    }
    // The subject starts the sentence, or follows a fronted phrase and its comma: nothing in it
    // is a verb, a preposition or an adverb.
    uint32_t k = i;
    for (; k > 0 && i - k <= kSubject; --k) {
      const Token& b = toks_[k - 1];
      if (ends_sentence(b) || toks_[k].break_before) break;
      // A reported clause's subject starts after the reporting verb, maybe and "that": "Veltrix
      // said the chip ships in June".
      if (k < i && (class_entry(b, lex_, cues_.reporting) ||
                    (is_word(k - 1, "that") && k >= 2 && class_entry(toks_[k - 2], lex_, cues_.reporting))))
        break;
      if (b.kind == TokKind::kPunct && b.punct == ',') {
        if (!fronted_phrase(k - 1)) return false;
        break;
      }
      if (b.kind == TokKind::kNumber) continue;
      if (b.kind != TokKind::kWord) return false;
      TenseRole r = listed_role(k - 1);
      // A small word inside a name: "the Institute for Supply Management publishes"; a place
      // after the noun: "A federal judge in Denver sentences".
      bool in_name = b.cap || (k >= 2 && toks_[k - 2].cap && toks_[k].cap) ||
                     (r == TenseRole::kDatePrep && toks_[k].cap && k >= 2 &&
                      toks_[k - 2].kind == TokKind::kWord && !toks_[k - 1].break_before);
      if (!noun_like_role(r) && r != TenseRole::kDeterminer && r != TenseRole::kOf && !in_name)
        return false;
      // Nor a bare "put" or "cut" that is no noun: "Crews put up barriers on Monday" has its verb.
      if (noun_like_role(r) && !b.cap &&
          (is_past_form(k - 1) || ending_role(b) != TenseRole::kNone ||
           class_entry(b, lex_, cues_.pronouns) ||
           (is_base_past(b) && base_past_role(k - 1) == TenseRole::kBasePast)))
        return false;
    }
    if (i - k > kSubject || in_headline(i)) return false;
    // No verb after it in its clause: a plural noun has one ("Media reports on Wednesday said").
    for (uint32_t j = i + 1; j < toks_.size() && j - i <= kWindow; ++j) {
      const Token& a = toks_[j];
      if (ends_sentence(a) || a.break_before) break;
      if (a.kind == TokKind::kPunct && a.punct == ',') break;
      if (a.kind != TokKind::kWord) continue;
      if (listed_verb(j) || is_past_form(j) || is_base_past(a)) return false;
    }
    return true;
  }
  // An unknown word in its base form right after a plural noun that opens the sentence ("Lawmakers
  // vote on Friday", "Teachers strike on Friday", "Buses start at 5 a.m. on Sunday"): a present of a
  // timetable, ahead, like a pronoun's (present_after_pronoun), with no verb after it in its clause.
  // Only in a paragraph of more than one sentence: a line of its own is often a photo caption,
  // whose present tells of the past ("Engineers inspect the portal on Wednesday."); or with a
  // report tacked on after a comma, which a caption does not carry ("Teachers strike in May, the
  // union says."). A headline's present still tells of the past.
  // The plural noun of a subject with a prepositional phrase that ends right before token i:
  // "Flights to the island restart", "Ferries from Oban resume" (at most kPhrase words after the
  // preposition, none a verb). 0 when there is none.
  uint32_t plural_before_phrase(uint32_t i) const {
    constexpr uint32_t kPhrase = 3;
    for (uint32_t k = i - 1; k > 1 && i - k <= kPhrase; --k) {
      const Token& a = toks_[k];
      if (a.kind != TokKind::kWord || a.break_before || is_past_form(k) || is_base_past(a) ||
          ending_role(a) != TenseRole::kNone || class_entry(a, lex_, cues_.pronouns))
        return 0;
      TenseRole r = listed_role(k);
      if (r != TenseRole::kNone && r != TenseRole::kDeterminer) return 0;
      uint32_t q = k - 1;  // the preposition
      bool prep = listed_role(q) == TenseRole::kTo ||
                  (listed_role(q) == TenseRole::kDatePrep && !toks_[q].cap) || is_word(q, "from") ||
                  is_word(q, "for");
      if (prep && !toks_[q].break_before && !(k == i - 1 && r == TenseRole::kDeterminer))
        return q - 1;
    }
    return 0;
  }

  bool present_after_plural(uint32_t i) const {
    constexpr uint32_t kSentenceReach = 60;
    const Token& t = toks_[i];
    if (i < 1 || t.cap || t.end - t.begin < 3 || t.break_before) return false;
    std::string_view w = text_.substr(t.begin, t.end - t.begin);
    if (w.ends_with('s') && !w.ends_with("ss")) return false;  // "discuss" is a base form
    // It goes on with a lower-case word, as "on", "out" or an object do (tested first: the
    // search for the subject below looks words up in the lexicon).
    if (i + 1 >= toks_.size() || toks_[i + 1].kind != TokKind::kWord || toks_[i + 1].cap ||
        toks_[i + 1].break_before)
      return false;
    auto plural = [&](uint32_t k) {
      const Token& q = toks_[k];
      if (q.kind != TokKind::kWord || q.end - q.begin < 3) return false;
      // A group noun after its determiner: "The choir sing in York on Friday".
      if (!q.cap && class_entry(q, lex_, cues_.collectives) && k >= 1 &&
          listed_role(k - 1) == TenseRole::kDeterminer)
        return true;
      if (q.end - q.begin < 4) return false;
      std::string_view sw = text_.substr(q.begin, q.end - q.begin);
      return sw.ends_with('s') && !singular_ending(q) && !count_noun(sw) &&
             listed_role(k) == TenseRole::kNone && !is_past_form(k) &&
             (q.cap || ending_role(q) == TenseRole::kNone) && !class_entry(q, lex_, cues_.pronouns);
    };
    // The plural noun of the subject, before a phrase that qualifies it or right before the verb.
    uint32_t head = plural_before_phrase(i);
    if (!head || !plural(head)) head = i - 1;
    if (!plural(head)) return false;
    const Token& p = toks_[head];
    // The subject opens the sentence, maybe after a determiner ("The teachers strike"), or a
    // clause after ", and" ("Buses run at night, and services start at dawn on Sunday").
    uint32_t s = head;
    if (s >= 1 && !p.cap && !p.break_before && listed_role(s - 1) == TenseRole::kDeterminer) --s;
    // Or after a capitalised noun that qualifies it: "Night buses begin", "Junior doctors strike".
    else if (s >= 1 && !p.cap && !p.break_before && toks_[s - 1].kind == TokKind::kWord &&
             toks_[s - 1].cap && listed_role(s - 1) == TenseRole::kNone && !is_past_form(s - 1) &&
             !class_entry(toks_[s - 1], lex_, cues_.pronouns) &&
             !class_entry(toks_[s - 1], lex_, cues_.weekdays))
      --s;
    // A colon opens a clause too: "Day two (Tuesday): Ministers vote on the text".
    bool opens = s == 0 || toks_[s].break_before || ends_sentence(toks_[s - 1]) ||
                 (toks_[s - 1].kind == TokKind::kPunct && toks_[s - 1].punct == ':');
    bool linked = s >= 2 && !toks_[s].break_before && !toks_[s - 1].break_before &&
                  clause_link(s - 1) && is_comma(s - 2);
    if (!(opens ? toks_[s].cap : linked && !p.cap)) return false;
    uint32_t j = i + 1;  // no verb after it in its clause, and the sentence's end
    bool reported = false;  // a report tacked on after a comma: ", the union says."
    for (; j < toks_.size() && !ends_sentence(toks_[j]) && !toks_[j].break_before; ++j) {
      const Token& a = toks_[j];
      if (a.kind == TokKind::kPunct && a.punct == ',') {
        uint32_t end = report_tail(j);
        if (!end) return false;
        reported = true;
        j = end;
        break;
      }
      // A listed verb right after a determiner is a noun: "debate the plan on Friday".
      bool noun = listed_role(j - 1) == TenseRole::kDeterminer && !is_past_form(j);
      if (a.kind == TokKind::kWord && !clock_part(j) && !noun &&  // "a.m." is no "am"
          (listed_verb(j) || is_past_form(j) || is_base_past(a)))
        return false;
    }
    // Another sentence in its paragraph, before it or after it; or a report tacked on, which a
    // photo caption does not carry, unless the verb is one of a change in amount: "House prices
    // climb in October, Nationwide says" reports a figure already out (change_presents).
    if (reported) return !class_entry(t, lex_, cues_.change_presents);
    uint32_t first = sentence_start(s, kSentenceReach);
    bool before = first > 0 && !toks_[first].break_before && ends_sentence(toks_[first - 1]);
    bool after = j + 1 < toks_.size() && ends_sentence(toks_[j]) && !toks_[j + 1].break_before;
    return before || after;
  }

  // The token that ends the sentence (or one past the text) when the words after the comma at
  // `comma` are a report tacked on at its end: ", the union says.", ", officials said.", ", said
  // the union." (at most kSubject words and the reporting verb, first or last); 0 otherwise.
  uint32_t report_tail(uint32_t comma) const {
    constexpr uint32_t kSubject = 4;
    uint32_t k = comma + 1;
    while (k < toks_.size() && toks_[k].kind == TokKind::kWord && !toks_[k].break_before &&
           k - comma <= kSubject + 1 && !ends_sentence(toks_[k]))
      ++k;
    // The sentence ends there: at its end mark (the text's last one too), or with the text.
    bool end = k == toks_.size() ||
               (toks_[k].kind == TokKind::kPunct && !toks_[k].break_before &&
                (ends_sentence(toks_[k]) ||
                 ((toks_[k].punct == '.' || toks_[k].punct == '!' || toks_[k].punct == '?') &&
                  (k + 1 == toks_.size() || toks_[k + 1].break_before))));
    if (!end || k < comma + 3) return 0;
    bool verb = class_entry(toks_[comma + 1], lex_, cues_.reporting) ||
                class_entry(toks_[k - 1], lex_, cues_.reporting);
    return verb ? k : 0;
  }

  // Whether the words from the sentence's start to the comma at `comma` are a short fronted
  // phrase ("On Monday,", "This week,"), with no verb nor pronoun: not a clause ("She estimates
  // her properties, worth ... dollars in October, are").
  bool fronted_phrase(uint32_t comma) const {
    constexpr uint32_t kFronted = 6;
    uint32_t k = comma;
    for (; k > 0 && comma - k <= kFronted; --k) {
      if (ends_sentence(toks_[k - 1]) || toks_[k].break_before) return true;
      const Token& b = toks_[k - 1];
      if (b.kind == TokKind::kPunct) return false;
      if (b.kind != TokKind::kWord) continue;
      if (is_verb(listed_role(k - 1)) || is_past_form(k - 1) || is_base_past(b) ||
          class_entry(b, lex_, cues_.pronouns) || ending_role(b) == TenseRole::kProgressive)
        return false;
    }
    return k == 0;
  }

  // Whether token i is "he", "she" or "it" (a subject whose present verb ends in -s).
  bool singular_pronoun(uint32_t i) const {
    const LexEntry* p = class_entry(toks_[i], lex_, cues_.pronouns);
    return (p && p->value == "s") || is_word(i, "it");
  }

  // An unknown word right after a subject pronoun, in the form that pronoun's present takes: "We
  // train on Monday", "She flies to Oslo on Friday" (a habit or timetable, ahead). Not a past form
  // too short to be guessed ("we used"), nor a word whose own verb follows ("they all met"), nor
  // after a pronoun that is an object ("gave him shares"). Verbs of saying and thinking ("They
  // say voting on Monday was rigged") are listed (clause_verbs), so known: never guessed.
  bool present_after_pronoun(uint32_t i) const {
    const Token& t = toks_[i];
    if (i < 1 || t.cap || t.end - t.begin < 3 || cues_.pronouns < 0) return false;
    const LexEntry* p = class_entry(toks_[i - 1], lex_, cues_.pronouns);
    if (!p) return false;
    std::string_view w = text_.substr(t.begin, t.end - t.begin);
    if (w.ends_with("ed") || (p->value == "s") != (w.ends_with("s") && !w.ends_with("ss")))
      return false;
    if (i + 1 < toks_.size() && (is_verb(listed_role(i + 1)) || is_past_form(i + 1))) return false;
    // It goes on with a lower-case word, as "on", "to" or an object do ("We train on Monday",
    // "She flies to Oslo"): not with the date ("They say Monday's vote was rigged"), nor with a
    // clause or noun phrase whose date is not its ("She estimates her properties, worth $130
    // million in October, are worth half that now").
    if (i + 1 >= toks_.size() || toks_[i + 1].kind != TokKind::kWord ||
        (toks_[i + 1].cap && !bare_weekday(i + 1)) ||
        (listed_role(i + 1) == TenseRole::kDeterminer && !short_object(i + 1)) ||
        is_word(i + 1, "it") || class_entry(toks_[i + 1], lex_, cues_.pronouns))
      return false;
    if (i < 2 || ends_sentence(toks_[i - 2]) || toks_[i - 1].break_before) return true;
    const Token& b = toks_[i - 2];
    if (b.kind != TokKind::kWord) return b.kind == TokKind::kPunct && b.punct != '\'';
    TenseRole r = listed_role(i - 2);
    return !is_verb(r) && !is_past_form(i - 2) && r != TenseRole::kTo &&
           r != TenseRole::kDatePrep && r != TenseRole::kOf && r != TenseRole::kUntil;
  }

  // Whether token i is a weekday named alone, as a bare date ("We train Sunday"), not the
  // possessive of a reported event ("They say Monday's vote was rigged").
  bool bare_weekday(uint32_t i) const {
    return toks_[i].cap && class_entry(toks_[i], lex_, cues_.weekdays) &&
           !after_possessive(i + 1);
  }

  // Whether the determiner at `d` opens a short object that a date follows, with its preposition
  // or a bare weekday ("We watch the game on Sunday", "We watch the game Sunday", "They play the
  // final in May"): at most three lower-case words that are no verb, then "on", "in" or "at", or
  // the weekday. Not a noun phrase with a clause after it ("She estimates her properties, worth
  // ... in October, are").
  bool short_object(uint32_t d) const {
    constexpr uint32_t kObject = 3;
    for (uint32_t k = d + 1; k < toks_.size() && k - d <= kObject + 1; ++k) {
      const Token& t = toks_[k];
      if (t.kind == TokKind::kWord && k > d + 1 && bare_weekday(k)) return true;
      if (t.kind != TokKind::kWord || t.cap || t.break_before) return false;
      TenseRole r = listed_role(k);
      if (r == TenseRole::kDatePrep) return k > d + 1;
      // A listed verb right after the determiner is a noun: "We debate the plan on Friday".
      if (k == d + 1 && is_verb(r) && !is_past_form(k)) continue;
      if (r != TenseRole::kNone || is_past_form(k) || ending_role(t) != TenseRole::kNone)
        return false;
    }
    return false;
  }

  TenseRole lexical_role(uint32_t i, TenseRole r) const {
    if (name_like(i) && r != TenseRole::kDeterminer) return TenseRole::kNone;  // "May", "Will"
    const Token& t = toks_[i];
    if (r == TenseRole::kBePresent && (t.end - t.begin == 4 || after_number(i)))
      return TenseRole::kNone;  // "a.m.", "10 am"
    if (r == TenseRole::kWont) {
      bool negated = i + 2 < toks_.size() && toks_[i + 1].kind == TokKind::kPunct &&
                     toks_[i + 1].punct == '\'' && listed_role(i + 2) == TenseRole::kNegation;
      return negated ? TenseRole::kFuture : TenseRole::kPast;
    }
    // Not a noun ("the vote Friday", "the host of the show"), a relative clause's verb ("Jones, who
    // heads the panel, said"), nor a headline's present, which tells of the past.
    // Nor after a possessive: "as of Friday's close".
    // Nor after a preposition: "with forecasts running to 2029", "in play". After "that" with a
    // preposition of time after it, it is a relative clause's verb: "a strike that runs from
    // midnight Sunday", "a show that opens on Friday".
    // A verb whose past is its base form, right after "he", "she" or "it": the present would end
    // in -s ("the $7.4 billion it forecast in August" is past; "it forecasts" is not).
    if (r == TenseRole::kScheduled && is_base_past(t) && i > 0 && singular_pronoun(i - 1))
      return TenseRole::kPast;
    // Nor in a comparison with what was foreseen: "faster than we forecast in the summer", "than
    // the bank forecast in August" (its own past).
    if (r == TenseRole::kScheduled && is_base_past(t) && after_than(i)) return TenseRole::kPast;
    // Nor a noun right before its subject's past verb: "Travel rose over Thanksgiving", "Holiday
    // travel set a record on Friday". Only a past the lexicon knows: a guessed -ed word is as often
    // an adjective before the verb's object ("The gallery opens renovated rooms on Friday").
    if (r == TenseRole::kScheduled && i + 1 < toks_.size() && toks_[i + 1].kind == TokKind::kWord &&
        !toks_[i + 1].break_before && (is_past_cue(toks_[i + 1]) || is_base_past(toks_[i + 1])))
      return TenseRole::kNone;
    if ((r == TenseRole::kScheduled || r == TenseRole::kLasts) &&
        ((after_determiner(i) && !relative_that(i)) || after_possessive(i) || of_follows(i) ||
         after_preposition(i) || in_headline(i) || compound_noun(i)))
      return TenseRole::kNone;
    if (r == TenseRole::kIntent && cause_link(i)) return TenseRole::kNone;
    if (r == TenseRole::kIntent && held_then(i)) return TenseRole::kPast;
    if (r == TenseRole::kIntent && gerund_noun(i)) return TenseRole::kNone;
    // "expected" as an adjective before its noun plans nothing: "sold its bonds below the
    // expected price on Monday" is the Monday the verb group tells of ("the planned strike on
    // Monday" still looks ahead).
    if (r == TenseRole::kIntent && after_determiner(i) && class_entry(t, lex_, cues_.expects) &&
        i + 1 < toks_.size() && toks_[i + 1].kind == TokKind::kWord &&
        listed_role(i + 1) == TenseRole::kNone)
      return TenseRole::kNone;
    if (r == TenseRole::kProspect && listed_role(i + 1) != TenseRole::kTo) {
      // After a present "be", a plan ("The launch is set for Thursday", "are poised for").
      if (i && listed_role(i - 1) == TenseRole::kBePresent) return TenseRole::kIntent;
      // "talks set for Friday": a participle after its noun, a plan as "scheduled" is.
      if (is_base_past(t) && after_noun(i) && is_word(i + 1, "for")) return TenseRole::kIntent;
      if (is_base_past(t)) return base_past_role(i);                 // "and set Friday as"
      if (is_past_form(i)) return TenseRole::kPast;  // "agreed in June"
      // "The central bank decides on Thursday"; "plans" is a noun.
      return present_after_subject(i) || present_after_plural(i) ? TenseRole::kScheduled
                                                                 : TenseRole::kNone;
    }
    return r;
  }

  // Whether the INTENT word at i (expect_verbs) is active with an object, a past of what its subject
  // thought: "Analysts expected more on Monday", "They expected a rise". Not a passive or
  // participle ("are expected", "storms expected on Sunday"), an adjective ("the expected rise"),
  // nor before "to", "for" or "that".
  bool held_then(uint32_t i) const {
    if (i < 1 || i + 1 >= toks_.size() || !class_entry(toks_[i], lex_, cues_.expects)) return false;
    const Token& p = toks_[i - 1];
    const Token& n = toks_[i + 1];
    if (toks_[i].break_before || n.break_before || p.kind != TokKind::kWord ||
        n.kind != TokKind::kWord || n.cap || after_determiner(i))
      return false;
    if (listed_role(i - 1) != TenseRole::kNone && !class_entry(p, lex_, cues_.pronouns))
      return false;
    if (is_past_form(i - 1) || ending_role(p) != TenseRole::kNone) return false;
    TenseRole r = listed_role(i + 1);
    return (r == TenseRole::kNone || r == TenseRole::kDeterminer) && !is_word(i + 1, "for") &&
           !is_word(i + 1, "that");
  }

  // Whether the INTENT word at i gives a cause (cause_links): its listed next word after it, a
  // past form before it that is no "be" or "had", maybe with a particle or an adverb between
  // ("called off due to rain", "postponed indefinitely due to"). Not after a noun or a "be"
  // ("flights due to leave", "is due to open"), nor across a comma (", due to reopen in May").
  bool cause_link(uint32_t i) const {
    constexpr uint32_t kBetween = 2;
    const LexEntry* e = class_entry(toks_[i], lex_, cues_.causes);
    if (!e || i == 0 || toks_[i].break_before || !is_word(i + 1, e->value)) return false;
    for (uint32_t k = i; k-- > 0 && i - k <= kBetween + 1;) {
      const Token& t = toks_[k];
      if (t.kind != TokKind::kWord || t.cap || toks_[k + 1].break_before) return false;
      TenseRole r = listed_role(k);
      if (r == TenseRole::kBe || r == TenseRole::kBePresent || r == TenseRole::kBePast ||
          r == TenseRole::kHad || r == TenseRole::kHave)
        return false;
      if (is_past_form(k)) {
        // Not a present perfect: "Flights have been cancelled due to a strike on Friday" tells
        // now of what a cause still to come does ("had been cancelled" is past).
        uint32_t aux = k > 0 && is_word(k - 1, "been") ? k - 1 : k;
        return !(aux > 0 && listed_role(aux - 1) == TenseRole::kHave);
      }
      bool particle = r == TenseRole::kNone && t.end - t.begin <= 4 &&
                      ending_role(t) == TenseRole::kNone && !class_entry(t, lex_, cues_.pronouns);
      if (r != TenseRole::kAdverb && !ly_word(k) && !particle) return false;
    }
    return false;
  }

  // Whether "than" opens the clause of token i within its three words before: "than we forecast",
  // "than the central bank forecast".
  bool after_than(uint32_t i) const {
    constexpr uint32_t kSubject = 3;
    for (uint32_t k = i; k-- > 0 && i - k <= kSubject + 1;) {
      const Token& p = toks_[k];
      if (p.kind != TokKind::kWord || p.break_before) return false;
      if (is_word(k, "than")) return k + 1 < i;
    }
    return false;
  }

  // Whether the -ing INTENT word at i ("planning") is a noun, no be-word before it and neither
  // "to" nor "for" after it: "the flight planning system failed", "town planning rules"; not "are
  // planning to strike", "is planning a walkout".
  bool gerund_noun(uint32_t i) const {
    const Token& t = toks_[i];
    if (t.end - t.begin < 4 || text_.substr(t.end - 3, 3) != "ing") return false;
    if (i > 0) {
      TenseRole b = listed_role(i - 1);
      if (b == TenseRole::kBe || b == TenseRole::kBePresent || b == TenseRole::kBePast) return false;
    }
    return i + 1 >= toks_.size() ||
           (listed_role(i + 1) != TenseRole::kTo && !is_word(i + 1, "for"));
  }

  // "set", "cut": a verb unless a name ("Hit") or a noun ("a cut").
  TenseRole base_past_role(uint32_t i) const {
    return name_like(i) || after_determiner(i) ? TenseRole::kNone : TenseRole::kBasePast;
  }
  bool is_base_past(const Token& t) const {
    return t.word && cues_.base_past >= 0 &&
           lex_.entry(t.word, static_cast<uint16_t>(cues_.base_past));
  }
  bool is_past_cue(const Token& t) const {
    return t.word && cues_.past >= 0 && lex_.entry(t.word, static_cast<uint16_t>(cues_.past));
  }
  // The role an ending gives a word ("opened": kPast), or kNone.
  TenseRole ending_role(const Token& t) const {
    if (t.kind != TokKind::kWord || t.end - t.begin < kMinGuessed) return TenseRole::kNone;
    if (t.word && cues_.ed_nouns >= 0 && lex_.entry(t.word, static_cast<uint16_t>(cues_.ed_nouns)))
      return TenseRole::kNone;  // "speed limits", "sacred": no past form
    for (uint32_t n : {2u, 3u})
      if (TenseRole r = cues_.ending_role(text_.substr(t.end - n, n)); r != TenseRole::kNone)
        return r;
    return TenseRole::kNone;
  }
  // A token of a clock time: a number, the ':' or '.' inside one, "p.m.", "GMT", "noon".
  bool clock_part(uint32_t i) const {
    const Token& t = toks_[i];
    if (t.kind == TokKind::kNumber) return true;
    if (t.kind == TokKind::kPunct) return (t.punct == ':' || t.punct == '.') && !t.space_before;
    return listed_role(i) == TenseRole::kClock || class_entry(t, lex_, cues_.ampm) ||
           class_entry(t, lex_, cues_.zones);
  }
  // A listed verb that is no name ("in May", "Will Smith": lexical_role reads them as names), for
  // the scans after a present that ask whether its clause has a verb farther on ("Retailers hope
  // for a busy May" has none).
  bool listed_verb(uint32_t j) const { return is_verb(listed_role(j)) && !name_like(j); }
  // A capitalised word inside a sentence: a name.
  bool name_like(uint32_t i) const {
    if (!toks_[i].cap || i == 0) return false;
    const Token& p = toks_[i - 1];
    return p.kind == TokKind::kWord || p.kind == TokKind::kNumber ||
           (p.kind == TokKind::kPunct && p.punct == ',');
  }
  // An unknown word in -s right after an event held on a day that is a sentence's subject ("The
  // funeral happens on Saturday", "The race gets under way at 10 a.m. Sunday"): the present of a
  // timetable. Not after a plural ("talks"), nor a word in -ss ("The vote process"), nor a plural
  // noun followed by its verb.
  bool present_after_event(uint32_t i) const {
    const Token& t = toks_[i];
    if (t.cap || t.end - t.begin < 4 || i < 1 || text_[t.end - 1] != 's' || text_[t.end - 2] == 's')
      return false;
    const Token& e = toks_[i - 1];
    if (!class_entry(e, lex_, cues_.held_events) || text_[e.end - 1] == 's') return false;
    // A plural noun has its verb after it: "The vote counts were released on Friday".
    if (i + 1 < toks_.size() && (is_verb(listed_role(i + 1)) || is_past_form(i + 1))) return false;
    bool starts = i == 1 || ends_sentence(toks_[i - 2]) || e.break_before;
    return starts || (listed_role(i - 2) == TenseRole::kDeterminer &&
                      (i == 2 || ends_sentence(toks_[i - 3]) || toks_[i - 2].break_before));
  }
  // A capitalised word in -ed that starts a sentence with a verb right after it is a name, the
  // subject of that verb: "United host Millbrook on Wednesday" (not "Opened in 2017, the pool").
  bool initial_name(uint32_t i) const {
    if (!toks_[i].cap || (i > 0 && !ends_sentence(toks_[i - 1]) && !toks_[i].break_before))
      return false;
    if (i + 1 >= toks_.size() || toks_[i + 1].kind != TokKind::kWord || toks_[i + 1].cap)
      return false;
    TenseRole next = listed_role(i + 1);
    return next != TenseRole::kPast && is_verb(next);
  }
  // A participle in -ed after "with" and its noun phrase is no past: "will be sent from October
  // 26, with all orders fulfilled by January" (the clause's own verb dates January). Only when
  // "with" opens its clause (sentence start or after a comma): in "Talks with the union broke
  // down in May" the phrase is inside the subject and the verb is the sentence's own.
  bool absolute_participle(uint32_t i) const {
    constexpr uint32_t kNoun = 4;  // words of the noun phrase at most
    for (uint32_t k = i; k > 0 && i - k <= kNoun; --k) {
      const Token& b = toks_[k - 1];
      if (b.kind != TokKind::kWord || ends_sentence(b) || toks_[k].break_before) return false;
      if (is_word(k - 1, "with")) return k < i && with_outside_subject(k - 1);
      TenseRole r = listed_role(k - 1);
      if (r != TenseRole::kNone && r != TenseRole::kDeterminer) return false;
    }
    return false;
  }
  // Whether "with" at `w` opens its clause (sentence start, after a comma) or follows the
  // clause's verb ("was ruled out until February with a knee injury sustained in training"),
  // rather than sitting in the subject ("Talks with the union broke down").
  bool with_outside_subject(uint32_t w) const {
    for (uint32_t j = w; j > 0; --j) {
      if (toks_[j].break_before || ends_sentence(toks_[j - 1]) || is_comma(j - 1)) return j == w;
      if (is_verb(listed_role(j - 1)) || is_past_form(j - 1)) return true;
    }
    return w == 0;
  }
  // Whether token i, a base form ("forecast", "visit", "meet"), ends a noun phrase after a
  // determiner and a singular noun: "its profit forecast", "the state visit", "a track meet". A
  // present after a singular subject would end in -s ("the board meets"), a plural one is the
  // subject ("the two teams meet"), and so is a group noun, which British English gives a plural
  // verb ("the team play Arsenal on Saturday").
  bool compound_noun(uint32_t i) const {
    if (i < 2) return false;
    const Token& t = toks_[i];
    const Token& p = toks_[i - 1];
    auto ends_s = [&](const Token& k) { return text_[k.end - 1] == 's'; };
    if (t.kind != TokKind::kWord || ends_s(t) || p.kind != TokKind::kWord || p.cap || ends_s(p) ||
        p.end - p.begin < 3 || listed_role(i - 1) != TenseRole::kNone ||
        ending_role(p) != TenseRole::kNone || class_entry(p, lex_, cues_.collectives))
      return false;
    // "the weather forecast for Sunday": a forecast of a day still looks ahead to it.
    if (is_word(i + 1, "for") && i + 2 < toks_.size() &&
        (toks_[i + 2].cap || toks_[i + 2].kind != TokKind::kWord || is_word(i + 2, "next") ||
         is_word(i + 2, "this") || is_word(i + 2, "tomorrow")))
      return false;
    return after_determiner(i - 1);
  }
  bool after_possessive(uint32_t i) const {
    return i > 0 && toks_[i - 1].kind == TokKind::kWord && toks_[i - 1].word &&
           lex_.word(toks_[i - 1].word) == "'s";
  }
  bool relative_that(uint32_t i) const {
    // After a noun, not after a verb ("said that runs on Monday were slow").
    if (i < 2 || !is_word(i - 1, "that") || toks_[i - 2].kind != TokKind::kWord ||
        is_verb(listed_role(i - 2)) || is_past_form(i - 2) ||
        class_entry(toks_[i - 2], lex_, cues_.reporting) ||
        class_entry(toks_[i - 2], lex_, cues_.pronouns))
      return false;
    TenseRole next = listed_role(i + 1);
    return next == TenseRole::kDatePrep || next == TenseRole::kUntil || is_word(i + 1, "from");
  }
  bool after_preposition(uint32_t i) const {
    if (i == 0) return false;
    TenseRole r = listed_role(i - 1);
    return r == TenseRole::kOf || r == TenseRole::kDatePrep || is_word(i - 1, "with") ||
           is_word(i - 1, "for") || is_word(i - 1, "from") || is_word(i - 1, "without");
  }
  bool after_number(uint32_t i) const { return i > 0 && toks_[i - 1].kind == TokKind::kNumber; }
  // A word that makes the one before it a noun after token i: "host of the show".
  bool of_follows(uint32_t i) const { return listed_role(i + 1) == TenseRole::kOf; }
  // Whether word t ends in one of singular_endings ("process", "status", "analysis"): no plural
  // nor a present in -s.
  bool singular_ending(const Token& t) const {
    if (cues_.singular_endings < 0) return false;
    for (uint32_t n : {2u, 3u})
      if (t.end - t.begin > n && cues_.singular_ending(text_.substr(t.end - n, n))) return true;
    return false;
  }
  // A word the lexicon knows ("evening", "spring") is not guessed from its ending, unless every
  // class that lists it says tense=guessed in its header: a held event ("is meeting Friday"), a
  // verb of foreseeing ("predicted"), of calling off ("canceled"), ... (lexicon.h, ValueSchema).
  bool known(const Token& t) const {
    if (!t.word) return false;
    for (const LexEntry& e : lex_.entries(t.word))
      if (!lex_.tense_guessed(e.cls)) return true;
    return false;
  }
  // Whether token i is in a headline: a paragraph of one line that ends with no sentence end
  // ("Fed holds rates Wednesday" over the story). The first line of prose wrapped at a width
  // ("The committee meets\nThursday to ...") goes on in the next line. Looks at most
  // kHeadlineReach tokens either way.
  bool in_headline(uint32_t i) const {
    constexpr uint32_t kHeadlineReach = 40;
    auto line_break = [&](uint32_t k) {  // between tokens k and k + 1
      return text_.substr(toks_[k].end, toks_[k + 1].begin - toks_[k].end).find('\n') !=
             std::string_view::npos;
    };
    for (uint32_t k = i; k > 0 && !toks_[k].break_before; --k)
      if (i - k >= kHeadlineReach || line_break(k - 1)) return false;
    for (uint32_t k = i; k + 1 < toks_.size() && k - i < kHeadlineReach; ++k) {
      const Token& t = toks_[k];
      if (t.ends_sentence) return false;
      if (!line_break(k)) continue;
      bool closed =
          t.kind == TokKind::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?' ||
                                        t.punct == ':' || t.punct == '"' || t.punct == '\'');
      return !closed && toks_[k + 1].break_before;
    }
    return false;  // the text's last line: a sentence cut short
  }
  // Whether a determiner comes before token i, maybe with an adverb or two ("a still unnamed").
  // Whether token i (a word in -ed) follows a bare verb that "to", a future or a modal governs,
  // or that "and" joins to one, with a word in lower case after it: an adjective before its noun
  // ("would resume counting and publish updated totals through Saturday", "to release revised
  // figures").
  bool after_bare_verb(uint32_t i) const {
    if (i < 2 || i + 1 >= toks_.size() || toks_[i + 1].kind != TokKind::kWord || toks_[i + 1].cap)
      return false;
    const Token& verb = toks_[i - 1];
    if (verb.kind != TokKind::kWord || verb.cap || known(verb) || verb.end - verb.begin < 3 ||
        ending_role(verb) != TenseRole::kNone)
      return false;
    TenseRole r = listed_role(i - 2);
    return r == TenseRole::kTo || r == TenseRole::kFuture || r == TenseRole::kModal ||
           is_word(i - 2, "and");
  }

  bool after_determiner(uint32_t i) const {
    for (int skipped = 0; i > 0 && skipped <= 2; ++skipped, --i) {
      TenseRole r = listed_role(i - 1);
      if (r == TenseRole::kNone && ending_role(toks_[i - 1]) == TenseRole::kAdverbEnding)
        r = TenseRole::kAdverb;
      // "a first cut", "the second rise": an ordinal between the determiner and the noun.
      if (r == TenseRole::kNone && class_entry(toks_[i - 1], lex_, cues_.ordinals))
        r = TenseRole::kAdverb;
      if (r != TenseRole::kAdverb) return r == TenseRole::kDeterminer;
    }
    return false;
  }
  // The role tense_roles gives token i, out of context (role() looks at the neighbours, and is
  // not called from here: a long run of words must not recurse).
  TenseRole listed_role(uint32_t i) const {
    if (i >= toks_.size() || toks_[i].kind != TokKind::kWord) return TenseRole::kNone;
    uint32_t w = toks_[i].word;
    return w < cues_.roles.size() ? cues_.roles[w] : TenseRole::kNone;
  }

  const std::vector<Token>& toks_;
  const Lexicon& lex_;
  const TenseCues& cues_;
  std::string_view text_;
  uint32_t first_;
  std::vector<TenseRole>* doc_;
  mutable std::array<TenseRole, 64> memo_;
};

// The roles of a verb group's words, adverbs and negations left out.
struct Group {
  static constexpr size_t kMax = 12;
  std::array<TenseRole, kMax> role{};
  std::array<uint32_t, kMax> tok{};
  size_t n = 0;
  uint32_t begin = 0, end = 0;  // tokens [begin, end)

  bool has(TenseRole r, size_t from = 0) const {
    for (size_t k = from; k < n; ++k)
      if (role[k] == r) return true;
    return false;
  }
};

// The verb group around token i, within tokens [lo, hi).
Group group_at(const Clause& c, uint32_t i, uint32_t lo, uint32_t hi) {
  Group g;
  g.begin = i;
  while (g.begin > lo && c.in_group(g.begin - 1)) --g.begin;
  g.end = i + 1;
  while (g.end < hi && c.in_group(g.end)) ++g.end;
  for (uint32_t k = g.begin; k < g.end && g.n < Group::kMax; ++k) {
    TenseRole r = c.role(k);
    if (r == TenseRole::kNone || r == TenseRole::kAdverb || r == TenseRole::kNegation) continue;
    g.role[g.n] = r;
    g.tok[g.n++] = k;
  }
  return g;
}

// Whether every word of group `g` before its last is an -ing form: before a copula, nouns of
// its subject ("The meeting is on Friday", "the next sentencing hearing was on Friday").
bool ing_nouns_before(const Group& g) {
  for (size_t k = 0; k + 1 < g.n; ++k)
    if (g.role[k] != TenseRole::kProgressive) return false;
  return true;
}

int coordinated(const Clause& c, const Group& g);
bool shares_future_be(const Clause& c, const Group& g);

// The tense of group `g`; `after`: the date follows it; `to`: an infinitival "to" lies between;
// `partner`: a bare "set" that starts it looks back for the group it is coordinated with (else
// it tells nothing: coordinated() is already looking there).
int decide(const Clause& c, const Group& g, bool after, bool to, bool partner = true) {
  using R = TenseRole;
  if (g.has(R::kHad)) return -1;  // "had been scheduled to expire Friday"
  if (after) {
    for (size_t k = 0; k < g.n; ++k) {
      if (g.role[k] == R::kIntent) return 1;  // "a meeting scheduled for Friday"
      if (g.role[k] == R::kProspect && (to || g.has(R::kTo, k + 1))) return 1;
    }
    if (g.n && g.role[0] == R::kTo && g.has(R::kBe)) return 1;  // "rules to be published in May"
  }
  for (size_t k = 0; k < g.n; ++k) {
    R r = g.role[k];
    R prev = k ? g.role[k - 1] : R::kNone;
    switch (r) {
      case R::kFuture:
      case R::kModal:
      case R::kPastModal:
        // "might have met"; not "have" as the main verb ("could have a medical on Wednesday"),
        // nor a future perfect with a deadline ("will have cut 2,000 jobs by March"; "would
        // have" is past). Without "by" it tells nothing: "Visitors will have noticed the closure
        // in March" infers a past.
        if (g.has(R::kHave, k + 1) && g.role[g.n - 1] != R::kHave) {
          if (r != R::kFuture || c.conditional_modal(g.tok[k]))
            return -1;
          return c.by_in_sentence(g.tok[g.n - 1]) ? 1 : 0;
        }
        if (r == R::kPastModal && g.has(R::kBe, k + 1) && g.role[g.n - 1] == R::kPast) return -1;
        return 1;
      case R::kBePresent:  // "is to resume", "is leaving", "is supposed to end"; not a bare
                           // copula nor a stative passive ("is accused of")
        if (k + 1 < g.n && (g.role[k + 1] == R::kTo || g.role[k + 1] == R::kProgressive ||
                            g.role[k + 1] == R::kIntent || g.role[k + 1] == R::kProspect))
          return 1;
        if (k + 2 < g.n && g.role[k + 1] == R::kPast && g.role[k + 2] == R::kTo &&
            !g.has(R::kHave, k + 3))
          return 1;
        break;
      case R::kHave:  // a perfect ("have met"); a lone "have" is a present main verb: "If we
                      // have no frost before mid-April"
        if (k + 1 == g.n) break;
        return -1;
      case R::kPast:
      case R::kDefer:
        if (prev == R::kBe || prev == R::kBePresent) break;  // a participle: "be held"
        if (k == 0 && g.n == 1 && shares_future_be(c, g)) return 1;
        if (r == R::kDefer && !c.is_past_form(g.tok[k])) break;
        return -1;
      case R::kBePast:
      case R::kDoPast:
        return -1;
      case R::kIntent:
      case R::kProspect:  // the date is before it: its own tense ("On Friday, they planned to")
        return c.is_past_form(g.tok[k]) ? -1 : 1;
      case R::kScheduled:  // not after "to": an infinitive has no tense ("to meet demand"),
                           // even when the "to" is out of the window
        if (prev != R::kTo && (k || !c.infinitive_at(g.begin))) return 1;
        break;
      case R::kBasePast:  // bare "set": as the group before it; after "to" or "will", theirs
        if (k == 0) return partner ? coordinated(c, g) : 0;
        break;
      default:
        break;
    }
  }
  return 0;
}

bool is_be(TenseRole r) {
  return r == TenseRole::kBe || r == TenseRole::kBePresent || r == TenseRole::kBePast;
}

// A bare "set" or "cut" is past or base as the verb group before it in the sentence, a passive one
// skipped: "had ruled that he must be returned and set Friday as the deadline" (past), "will cut
// jobs and set Friday as the deadline" (future). Another bare one on the way is passed over, so
// that the search goes back kCoordinationReach tokens in all, once ("will cut jobs, set prices and
// set Friday"). 0 when none tells.
int coordinated(const Clause& c, const Group& g) {
  uint32_t lo = c.sentence_start(g.begin, kCoordinationReach);
  for (uint32_t i = g.begin; i-- > lo;) {
    if (!is_verb(c.role(i))) continue;
    Group h = group_at(c, i, lo, g.begin);
    i = h.begin;
    size_t n = h.n;
    while (n && h.role[n - 1] == TenseRole::kTo) --n;  // "be returned to his father"
    if (n >= 2 && h.role[n - 1] == TenseRole::kPast && is_be(h.role[n - 2])) continue;
    if (int d = decide(c, h, true, false, false)) return d;
  }
  return 0;
}

// A lone participle right after "and" that the verb group before it lends its future "be" to:
// "will be open late on Thursdays, and closed on Easter Monday", "will be repaired in March and
// reopened in May". Not one with an object after it ("will reopen in May, and closed it on
// Monday"), nor after a group with no "be" ("will retire and moved").
bool shares_future_be(const Clause& c, const Group& g) {
  if (g.begin == 0 || !c.is_word(g.begin - 1, "and")) return false;
  TenseRole next = c.role(g.end);
  if (next == TenseRole::kDeterminer || c.is_word(g.end, "it") || c.is_word(g.end, "them"))
    return false;
  uint32_t lo = c.sentence_start(g.begin, kCoordinationReach);
  for (uint32_t i = g.begin - 1; i-- > lo;) {
    if (!is_verb(c.role(i))) continue;
    Group h = group_at(c, i, lo, g.begin - 1);
    for (size_t k = 0; k + 1 < h.n; ++k)
      if ((h.role[k] == TenseRole::kFuture || h.role[k] == TenseRole::kModal) &&
          h.role[k + 1] == TenseRole::kBe)
        return true;
    return false;
  }
  return false;
}

// Whether group `g` is one past participle right after a comma, with a comma between it and the
// date at `tb`: a parenthetical aside (", postponed from June,").
bool parenthetical_participle(const Clause& c, const Group& g, uint32_t tb) {
  if (g.n != 1 || (g.role[0] != TenseRole::kPast && g.role[0] != TenseRole::kDefer) ||
      !c.is_past_form(g.tok[0]) || g.begin == 0 || !c.is_comma(g.begin - 1))
    return false;
  for (uint32_t k = g.end; k < tb; ++k)
    if (c.is_comma(k)) return true;
  return false;
}

// Whether group `g` is one past participle right after a comma with its agent next (", followed
// by", ", preceded by", ", joined by"): a reduced passive that goes on with what the clause before
// the comma tells ("will host a ceremony, followed by a state dinner on Tuesday night").
bool agent_participle(const Clause& c, const Group& g) {
  return g.n == 1 && g.role[0] == TenseRole::kPast && c.is_past_form(g.tok[0]) && g.begin > 0 &&
         c.is_comma(g.begin - 1) && c.role(g.end) == TenseRole::kAgent;
}

// Whether group `g` is such a participle and the verb group before its comma, in its sentence,
// looks ahead: the date the passive's phrase holds does too, however long the phrase ("will host
// a ceremony, followed by talks in the Oval Office and a state dinner on Tuesday night").
bool agent_after_future(const Clause& c, const Group& g) {
  if (!agent_participle(c, g)) return false;
  uint32_t lo = c.sentence_start(g.begin, kCoordinationReach);
  for (uint32_t i = g.begin - 1; i-- > lo;) {
    if (!is_verb(c.role(i))) continue;
    return decide(c, group_at(c, i, lo, g.begin - 1), true, false) > 0;
  }
  return false;
}

// Whether group `g` is a lone simple past in a clause of time (later_links: "once", "until", "as
// soon as") after its subject of at most kSubject words, and the verb group right before the
// conjunction, in the sentence from `lo`, looks ahead: "were likely to buy its stock as soon as
// trading opened Monday", "would reopen once repairs ended on Friday" (a future told from a past).
bool future_in_past(const Clause& c, const std::vector<Token>& toks, const Lexicon& lex,
                    const TenseCues& cues, const Group& g, uint32_t lo) {
  constexpr uint32_t kSubject = 4;
  if (cues.later_links < 0 || g.n != 1 || g.role[0] != TenseRole::kPast || g.begin <= lo)
    return false;
  // The cheap test first: most pasts have no conjunction of later_links before them.
  bool linked = false;
  for (uint32_t k = g.begin; k-- > lo && g.begin - k <= kSubject + 2 && !linked;)
    linked = class_entry(toks[k], lex, cues.later_links) != nullptr;
  if (!linked || !c.is_past_form(g.tok[0])) return false;
  for (uint32_t k = g.begin; k-- > lo && g.begin - k <= kSubject + 1;) {
    const Token& t = toks[k];
    if (t.kind != TokKind::kWord || toks[k + 1].break_before) return false;
    const LexEntry* e = class_entry(t, lex, cues.later_links);
    if (!e || k + 1 == g.begin) {  // a subject's word: none that a verb group would take in
      if (is_verb(c.role(k))) return false;
      continue;
    }
    if (e->value != "-" && !(k > lo && c.is_word(k - 1, e->value))) return false;
    uint32_t conj = e->value == "-" ? k : k - 1;
    if (conj > lo && c.is_word(conj - 1, "as")) --conj;  // "as soon as"
    for (uint32_t i = conj; i-- > lo;) {
      if (!is_verb(c.role(i))) {
        if (toks[i].kind == TokKind::kPunct) return false;
        continue;
      }
      return decide(c, group_at(c, i, lo, conj), true, false) > 0;
    }
    return false;
  }
  return false;
}

// "planned" with no auxiliary and no object, a participle: "a service planned for Saturday",
// "as previously planned Saturday night" (not "Farmers planned a march on Saturday", nor an
// adjective: "the slated visit in September").
bool intent_participle(const Clause& c, const Group& g, uint32_t tb) {
  if (g.n != 1 || g.role[0] != TenseRole::kIntent) return false;
  if (c.attributive(g.tok[0])) return false;
  if (g.end == tb) return true;
  if (c.object_infinitive(g.end)) return false;  // "expected talks to resume": a finite verb
  TenseRole next = c.role(g.end);
  return next != TenseRole::kDeterminer && next != TenseRole::kTo;
}

// The tense of the clause a participle before the date sits in: the first verb group after the
// date that tells ("a service planned for Saturday was canceled"), else the last one before the
// participle ("let the offensive begin as previously planned Saturday night"), but not for a
// participle right after its noun, which looks ahead from the time of that verb ("Forecasters
// warned of storms expected on Sunday"). A group that looks ahead ("was expected to") tells +1,
// as for a date after it.
int governing(const Clause& c, const Group& p, uint32_t te, uint32_t hi) {
  for (uint32_t i = te; i < hi; ++i) {
    if (!is_verb(c.role(i))) continue;
    Group g = group_at(c, i, te, hi);
    if (int d = decide(c, g, true, false)) return d;
    i = g.end - 1;
  }
  if (c.after_noun(p.begin)) return 0;
  uint32_t lo = c.sentence_start(p.begin, kCoordinationReach);
  for (uint32_t i = p.begin; i-- > lo;) {
    if (!is_verb(c.role(i))) continue;
    Group g = group_at(c, i, lo, p.begin);
    if (int d = decide(c, g, true, false)) return d;
    i = g.begin;
  }
  return 0;
}

// "postponed until (9 a.m.) Tuesday", "delayed to Friday": a delay ends ahead. So does a state
// that lasts now: "The exhibition runs until Sunday", "The curfew is in place until midnight on
// Monday", "The road is closed through Friday" (not "was closed", "ran until").
bool deferred(const Clause& c, const Group& g, uint32_t tb) {
  bool until = false, defer = false;
  for (uint32_t k = g.begin; k < tb; ++k) {
    TenseRole r = c.role(k);
    if (r == TenseRole::kDefer || (r == TenseRole::kLasts && k < g.end)) defer = true;
    if (k >= g.end && r == TenseRole::kUntil) until = true;
  }
  // "The conference runs Nov. 3-5", "The festival runs from Thursday until Sunday", "The trial
  // continues Monday", "The talks continue on Friday": a present that lasts with its dates right
  // after it is ahead or under way, a word in -ly maybe between ("Trains run hourly from Sunday").
  // A clock time may stand before the day: "The strike runs from midnight Sunday".
  uint32_t day = c.clock_start(tb, g.end);
  uint32_t end = g.end;
  if (end < day && c.ly_word(end)) ++end;
  if (g.n && g.role[g.n - 1] == TenseRole::kLasts && !c.is_past_form(g.tok[g.n - 1]) &&
      (day == end || (day == end + 1 && (c.is_word(end, "from") || c.is_word(end, "on")))))
    return true;
  // "has until Friday to accept": a deadline ahead, as a delay is.
  bool have_only = g.n == 1 && g.role[0] == TenseRole::kHave;
  bool present_be = g.n && g.role[0] == TenseRole::kBePresent &&
                    (g.n == 1 || (g.n == 2 && g.role[1] == TenseRole::kPast));
  // "postponed to Friday", "The launch slipped a day to Friday": the new day of a delay, also
  // bounded ("delayed to no earlier than June": the comparative and "than" go between).
  uint32_t before = tb;
  if (before >= g.begin + 3 && c.is_word(before - 1, "than")) {
    before -= 2;
    if (c.is_word(before - 1, "no") || c.is_word(before - 1, "not")) --before;
  }
  bool to_day = before > g.begin && c.role(before - 1) == TenseRole::kTo;
  // "600 flights were canceled for Friday": the day of what is called off.
  if (g.n && tb == g.end + 1 && c.is_word(g.end, "for") && c.cancels(g.tok[g.n - 1])) return true;
  return (until && (defer || have_only || present_be)) || (defer && to_day);
}

}  // namespace

namespace {

// The role of every word of class `name` in `table`, by id; the class's values are `names`, in
// the order of TenseRole from `first` on.
Status read_roles(const Lexicon& lex, std::string_view name,
                  std::span<const std::string_view> names, TenseRole first,
                  std::vector<TenseRole>& table) {
  int cls = lex.class_id(name);
  if (cls < 0) return {};
  table.assign(lex.word_count(), TenseRole::kNone);
  for (uint32_t id = 1; id < lex.word_count(); ++id) {
    const LexEntry* e = lex.entry(id, static_cast<uint16_t>(cls));
    if (!e) continue;
    auto k = std::find(names.begin(), names.end(), e->value);
    if (k == names.end())
      return Error::input(e->where + ": role \"" + e->value + "\" is unknown to the tense model");
    table[id] = static_cast<TenseRole>(static_cast<size_t>(first) + (k - names.begin()));
  }
  return {};
}

}  // namespace

Result<TenseCues> load_tense_cues(const Lexicon& lex) {
  TenseCues cues;
  cues.past = lex.class_id("past_cues");
  cues.base_past = lex.class_id("base_pasts");
  cues.held_events = lex.class_id("held_events");
  cues.prospects = lex.class_id("prospects");
  cues.clause_links = lex.class_id("clause_links");
  cues.later_links = lex.class_id("later_links");
  cues.conditional_modals = lex.class_id("conditional_modals");
  cues.forecasts = lex.class_id("forecast_verbs");
  cues.moves = lex.class_id("foreseen_moves");
  cues.ordinals = lex.class_id("ordinals");
  cues.likelihoods = lex.class_id("likelihood_nouns");
  cues.awaits = lex.class_id("await_verbs");
  cues.pronouns = lex.class_id("subject_pronouns");
  cues.singular_endings = lex.class_id("singular_endings");
  cues.ed_nouns = lex.class_id("ed_nouns");
  cues.cancels = lex.class_id("cancel_verbs");
  cues.causes = lex.class_id("cause_links");
  cues.requests = lex.class_id("request_verbs");
  cues.collectives = lex.class_id("collective_nouns");
  cues.span_edges = lex.class_id("span_edges");
  cues.change_presents = lex.class_id("change_presents");
  cues.months = lex.class_id("months");
  cues.course_verbs = lex.class_id("course_verbs");
  cues.title_nouns = lex.class_id("title_nouns");
  cues.owner_links = lex.class_id("owner_links");
  cues.complementizers = lex.class_id("complementizers");
  cues.deadline_links = lex.class_id("deadline_links");
  cues.month_parts = lex.class_id("mods");
  cues.arranges = lex.class_id("arrange_verbs");
  cues.expects = lex.class_id("expect_verbs");
  cues.aspects = lex.class_id("aspect_verbs");
  cues.onsets = lex.class_id("onset_participles");
  cues.results = lex.class_id("result_participles");
  cues.validity = lex.class_id("validity_words");
  cues.settled = lex.class_id("settled_facts");
  cues.season_times = lex.class_id("season_times");
  cues.reporting = lex.class_id("reporting_verbs");
  cues.ampm = lex.class_id("ampm");
  cues.zones = lex.class_id("zones");
  cues.weekdays = lex.class_id("weekdays");
  cues.numbers = lex.class_id("numbers");
  if (Status st = read_roles(lex, "tense_roles", kRoleNames, TenseRole::kFuture, cues.roles); !st)
    return st.error();
  if (Status st = read_roles(lex, "verb_suffixes", kEndingNames, TenseRole::kPast, cues.endings);
      !st)
    return st.error();
  // Lexicon words are lowercase letters, digits and apostrophes, each byte its own folding.
  for (uint32_t id = 1; id < lex.word_count(); ++id) {
    std::string_view w = lex.word(id);
    if (w.size() < 2 || w.size() > 3) continue;
    if (id < cues.endings.size() && cues.endings[id] != TenseRole::kNone)
      cues.ending_keys.push_back({TenseCues::ending_key(w), cues.endings[id]});
    if (cues.singular_endings >= 0 && lex.entry(id, static_cast<uint16_t>(cues.singular_endings)))
      cues.singular_keys.push_back({TenseCues::ending_key(w), TenseRole::kNone});
  }
  return cues;
}

namespace {

// Where the clause of the date at `tb` starts, from sentence start `lo` on: after ", but" or ",
// and" when no verb group comes between ("would publish the figures within 48 hours, but by
// Friday nothing had appeared": the verb groups before the comma are another clause's).
uint32_t clause_start(const Clause& c, uint32_t lo, uint32_t tb) {
  for (uint32_t i = tb; i-- > lo + 1;) {
    if (is_verb(c.role(i))) return lo;
    if (c.clause_link(i) && c.is_comma(i - 1)) return i + 1;
  }
  return lo;
}

// Where the clause of a date inside the subject of a complement clause starts: right after its
// complementizer (complementizers: "that", "whether") when a verb group stands right before that
// and the clause has a verb group of its own after the date, before any comma ("Retailers expect
// that sales in March rose 3%": "rose" dates March, not "expect"; "said that sales in March will
// rise"). `lo` otherwise: a verb group between the complementizer and the date is the date's own
// ("expect that sales will rise in March"), and with no verb after the date "that" is a
// determiner ("will sign that deal in March").
uint32_t complement_start(const Clause& c, uint32_t lo, uint32_t tb, uint32_t te, uint32_t hi) {
  // The nearest complementizer before the date, with no comma between (word tests only: most
  // dates have none, and roles cost more).
  uint32_t at = tb;
  for (uint32_t i = tb; i-- > lo + 1 && !c.is_comma(i);)
    if (c.complementizer(i)) {
      at = i;
      break;
    }
  // No complementizer: "Retailers expect sales in March rose 3%": a verb group, the subject
  // (no verb) and the date, then an irregular simple past right after the date (a regular one
  // may be a participle: "will weigh plans in March approved last year").
  if (at == tb) {
    if (te >= hi || !c.plain_past(te)) return lo;
    for (uint32_t i = tb; i-- > lo + 1 && !c.is_comma(i);)
      if (is_verb(c.role(i))) return i + 1 < tb && !c.is_comma(i + 1) ? i + 1 : lo;
    return lo;
  }
  if (!is_verb(c.role(at - 1))) return lo;
  for (uint32_t i = at + 1; i < tb; ++i)
    if (is_verb(c.role(i))) return lo;
  for (uint32_t k = te; k < hi; ++k) {
    if (c.is_comma(k)) return lo;
    if (is_verb(c.role(k))) return at + 1;
  }
  return lo;
}

// "announced road closures starting Friday", "issued a warning covering Wednesday and Thursday",
// "a ban lasting until Sunday": a stretch that a participle (onset_participles) opens right before
// the day, or before a day listed with it, lies ahead, whatever the verb of the telling; not when
// a verb group follows the date in its sentence ("The strike, starting on Monday, shut the port").
bool opens_stretch_ahead(const Clause& c, const std::vector<Token>& toks, const Lexicon& lex,
                         const TenseCues& cues, uint32_t tb, uint32_t te, uint32_t lo,
                         uint32_t hi) {
  constexpr uint32_t kListed = 4;  // "Wednesday and", "Monday, Tuesday or"
  auto joint = [&](uint32_t i) {
    return c.is_word(i, "and") || c.is_word(i, "or") || c.is_comma(i);
  };
  uint32_t p = tb;
  if (tb > lo && joint(tb - 1))  // a later day of a list: look before the list
    while (p > lo && tb - p < kListed &&
           (joint(p - 1) || (toks[p - 1].cap && toks[p - 1].kind == TokKind::kWord)))
      --p;
  // "fees for travel through Sunday", "tickets valid until Friday", "a ban on flights until
  // Monday": the window of a thing (validity_words) ends at the day, still ahead after a past
  // verb of the telling ("had waived"); not a stretch a verb spans ("The festival ran through
  // Sunday", "He stayed in hospital until Monday").
  bool window = p > lo + 1 && c.role(p - 1) == TenseRole::kUntil && !toks[p - 2].cap &&
                class_entry(toks[p - 2], lex, cues.validity);
  if (p > lo && (c.role(p - 1) == TenseRole::kUntil || c.role(p - 1) == TenseRole::kDatePrep ||
                 c.is_word(p - 1, "from")))
    --p;
  if (!window &&
      (p <= lo || toks[p - 1].cap || !class_entry(toks[p - 1], lex, cues.onsets)))
    return false;
  // The object of a verb of beginning or going on (aspect_verbs) opens nothing: "Trams started
  // running on Sunday" (not "said starting Monday it would", "are running on Sunday").
  if (!window && p >= lo + 2 && class_entry(toks[p - 2], lex, cues.aspects)) return false;
  // A verb group after it ends the stretch's phrase, unless it looks ahead itself, as a reported
  // clause with the onset fronted does: "said starting Monday it would close stores" (not
  // "closures starting Friday were canceled").
  for (uint32_t i = te; i < hi; ++i)
    if (is_verb(c.role(i))) return decide(c, group_at(c, i, te, hi), false, false) > 0;
  return true;
}

// "After losing on Sunday, Rovers visit Bristol on Tuesday", "... on Tuesday after beating Leeds
// on Sunday": a date in a phrase of "after" and a participle of an outcome (result_participles),
// with no comma nor other verb between, is past whatever the main clause's tense (a plan keeps
// it: "After closing on Friday, the museum reopens on Monday").
bool after_result(const Clause& c, const std::vector<Token>& toks, const Lexicon& lex,
                  const TenseCues& cues, uint32_t tb, uint32_t lo) {
  constexpr uint32_t kPhrase = 8;
  if (cues.results < 0) return false;
  for (uint32_t k = tb; k-- > lo && tb - k <= kPhrase;) {
    if (toks[k].kind == TokKind::kPunct && toks[k].punct == ',') return false;
    // Not a phrasal verb of planning: "After drawing up plans on Friday, the council votes".
    if (class_entry(toks[k], lex, cues.results))
      return k > 0 && c.is_word(k - 1, "after") && !c.is_word(k + 1, "up");
    if (is_verb(c.role(k))) return false;
  }
  return false;
}

// "gave a higher chance of a cold January", "raised the odds of a cut in March", "the forecasts
// for the summer": a date in the phrase after a noun of likelihood (likelihood_nouns) and its
// link ("of", or the word its entry names: "for"), no verb nor comma between,
// is ahead; not when a past "be" comes right before the noun's phrase ("There was a risk of
// frost in March").
bool after_odds(const Clause& c, const std::vector<Token>& toks, const Lexicon& lex,
                const TenseCues& cues, uint32_t tb, uint32_t te, uint32_t lo) {
  constexpr uint32_t kPhrase = 6;
  if (cues.likelihoods < 0) return false;
  for (uint32_t k = tb; k-- > lo + 1 && tb - k <= kPhrase;) {
    if (toks[k].kind != TokKind::kWord || is_verb(c.role(k))) return false;
    const LexEntry* e = class_entry(toks[k - 1], lex, cues.likelihoods);
    if (!e || !c.is_word(k, e->value == "-" ? std::string_view("of") : e->value)) continue;
    // A forecast's date with a past "be" right after it was foreseen and is gone: "The forecasts
    // for the summer were wrong".
    if (e->value != "-" && te < toks.size() && c.role(te) == TenseRole::kBePast) return false;
    for (uint32_t j = k - 1; j-- > lo && k - 1 - j <= 3;) {  // "was a high risk"
      if (c.role(j) == TenseRole::kBePast) return false;
      if (toks[j].kind != TokKind::kWord || is_verb(c.role(j))) break;
    }
    return true;
  }
  return false;
}

// "the next seat they could offer was on Thursday", "The next hearing is on Friday": a date that
// a copula gives an event its subject calls "the next" (a noun the lexicon does not know, or an
// event held on a day, right after "next" or last in the subject: not "the next day") is ahead of
// the telling, whatever the copula's tense. -ing nouns right before the copula are no verb ("The
// next hearing was on Friday", "the next sentencing hearing"), as for a bare copula in tense_at().
bool next_event(const Clause& c, const std::vector<Token>& toks, const Lexicon& lex,
                const TenseCues& cues, uint32_t tb, uint32_t lo) {
  uint32_t k = tb;
  if (k > lo && c.role(k - 1) == TenseRole::kDatePrep) --k;  // "was on Thursday"
  if (k <= lo || !is_verb(c.role(k - 1))) return false;
  Group g = group_at(c, k - 1, lo, k);
  if (!g.n || g.end != k || !ing_nouns_before(g) ||
      (g.role[g.n - 1] != TenseRole::kBePast && g.role[g.n - 1] != TenseRole::kBePresent))
    return false;
  size_t be = g.n - 1;
  uint32_t subject_end = be ? g.tok[be - 1] + 1 : g.begin;
  auto event = [&](uint32_t j) {
    return toks[j].kind == TokKind::kWord &&
           (!c.known_word(toks[j]) || class_entry(toks[j], lex, cues.held_events));
  };
  for (uint32_t i = subject_end; i-- > lo + 1;) {
    if (toks[i].kind != TokKind::kWord) return false;
    // The noun after "next" or the subject's last word: "the next court hearing".
    if (c.is_word(i, "next") && c.is_word(i - 1, "the") && i + 1 < subject_end &&
        (event(i + 1) || event(subject_end - 1)))
      return true;
  }
  return false;
}

// "asked for a decision by Monday", "demanded a reply by Friday", "urged residents to leave by
// Friday": a deadline "by" a weekday after what a verb of wanting or asking (request_verbs) asks
// for is ahead of the asking, whatever its tense; its object, a "that" clause or a to-infinitive
// may stand between, no punctuation nor other finite verb. Not after a past perfect ("had asked for a
// decision by Monday"), nor after a verb of doing ("filed the report by Friday").
bool requested_by(const Clause& c, const std::vector<Token>& toks, const Lexicon& lex,
                  const TenseCues& cues, uint32_t tb, uint32_t te, uint32_t lo) {
  constexpr uint32_t kObject = 8;
  if (cues.requests < 0) return false;
  uint32_t at = c.clock_start(tb, lo);  // "by 5 p.m. Friday": the day's clock time first
  if (at < lo + 2 || !c.is_word(at - 1, "by")) return false;
  // A weekday's, maybe right after a clock time's ("by 5 p.m. Friday", "by noon on Monday"): a
  // month or a date written out may be well past ("demanded a reply by Nov. 2").
  constexpr uint32_t kDayAfter = 2;
  bool weekday = false;
  for (uint32_t k = tb; k < te + kDayAfter && k < toks.size() && !weekday; ++k)
    weekday = class_entry(toks[k], lex, cues.weekdays);
  if (!weekday) return false;
  for (uint32_t k = at - 1; k-- > lo && at - k <= kObject + 1;) {
    if (toks[k].kind == TokKind::kPunct) return false;
    if (toks[k].kind != TokKind::kWord) continue;
    if (class_entry(toks[k], lex, cues.requests) && !c.infinitive_at(k))
      return !group_at(c, k, lo, k + 1).has(TenseRole::kHad);
    TenseRole r = c.role(k);
    if (is_verb(r) && !c.infinitive_at(k)) return false;
  }
  return false;
}

// "a premium to the closing price on Friday", "above the close on Monday": a figure fixed once
// its day is over (settled_facts, after one of the words its entry lists), so a past day.
bool settled_fact(const Clause& c, const std::vector<Token>& toks, const Lexicon& lex,
                  const TenseCues& cues, uint32_t tb, uint32_t lo) {
  uint32_t n = tb;
  if (n > lo && c.role(n - 1) == TenseRole::kDatePrep) --n;
  if (n < lo + 2) return false;
  const LexEntry* e = class_entry(toks[n - 1], lex, cues.settled);
  if (!e || toks[n - 2].kind != TokKind::kWord || !toks[n - 2].word) return false;
  return listed_in(e->value, lex.word(toks[n - 2].word), ',');
}

// The tense of the sentences next to the one that starts at `lo`, in its paragraph: the one
// before, else the one after ("The storm will hit on Sunday. Crews put up barriers on Monday."):
// the first verb group that tells. 0 when none does or the sentence stands alone.
int paragraph_tense(const Clause& c, const std::vector<Token>& toks, uint32_t lo) {
  auto tell = [&](uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i) {
      if (!is_verb(c.role(i))) continue;
      Group g = group_at(c, i, b, e);
      if (int d = c.relative_verb(g.begin) ? 0 : decide(c, g, false, false)) return d;
      i = g.end - 1;
    }
    return 0;
  };
  if (lo > 0 && !toks[lo].break_before && ends_sentence(toks[lo - 1])) {
    uint32_t b = c.sentence_start(lo - 1, kCoordinationReach);
    if (int d = tell(b, lo - 1)) return d;
  }
  uint32_t e = lo;
  while (e < toks.size() && !ends_sentence(toks[e]) && (e == lo || !toks[e].break_before)) ++e;
  if (e + 1 >= toks.size() || toks[e + 1].break_before || !ends_sentence(toks[e])) return 0;
  uint32_t f = e + 1;
  while (f < toks.size() && f - e < kCoordinationReach && !ends_sentence(toks[f]) &&
         (f == e + 1 || !toks[f].break_before))
    ++f;
  return tell(e + 1, f);
}

}  // namespace

int tense_at(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
             const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles) {
  if (toks.empty() || cues.roles.empty()) return 0;
  Clause c(toks, lex, cues, text, tb >= kWindow ? tb - kWindow : 0, roles);
  uint32_t lo = clause_start(c, c.sentence_start(tb, kWindow), tb);
  uint32_t hi = te;  // one past the last token looked at
  while (hi < toks.size() && hi - te < kWindow && !toks[hi].break_before) {
    if (ends_sentence(toks[hi])) break;
    ++hi;
  }
  lo = complement_start(c, lo, tb, te, hi);
  // Before the noun modifier's reading below: "the forecasts for the summer are grim".
  if (after_odds(c, toks, lex, cues, tb, te, lo)) return 1;
  // "after a winter that brought little rain", "a summer which saw record heat": a relative
  // clause on the date whose verb is a simple past tells of one gone, whatever the clause around.
  if (te + 1 < hi && !c.is_comma(te) && (c.is_word(te, "that") || c.is_word(te, "which")) &&
      c.role(te + 1) == TenseRole::kPast && c.is_past_form(te + 1))
    return -1;
  // "Tickets for Saturday's game sold out", "unveiled plans for March": what is readied for a
  // time is readied ahead of it, whatever tense the readying is told in.
  auto prospect = [&](uint32_t i, std::string_view v) {
    const LexEntry* e = i >= lo ? class_entry(toks[i], lex, cues.prospects) : nullptr;
    return e && e->value == v;
  };
  // A month dated again by another month in its clause is read from that one, not looked ahead
  // of publication: "Budget plans for October were approved in September" (the clause's tense).
  auto month_after = [&] {
    if (class_entry(toks[tb], lex, cues.weekdays)) return false;
    for (uint32_t i = te; i < hi; ++i)
      if (class_entry(toks[i], lex, cues.months)) return true;
    return false;
  };
  if (tb >= 2 && prospect(tb - 1, "prep") && prospect(tb - 2, "noun") && !month_after()) return 1;
  if (te < toks.size() && toks[te].kind == TokKind::kWord) {
    const Token& next = toks[te];
    if (next.word && lex.word(next.word) == "'s") {  // "Friday's vote": reported, unless ahead
      auto ahead = [&](uint32_t i) {
        return i >= lo && i < hi && c.role(i) == TenseRole::kFutureAdverb;
      };
      if (ahead(tb - 1) || ahead(tb - 2) || ahead(te + 1)) return 1;  // "ahead of Friday's vote"
      // "will watch Thursday's jobs report", "await Friday's data": an awaited event is ahead.
      if (tb > lo) {
        const LexEntry* e = class_entry(toks[tb - 1], lex, cues.awaits);
        if (e && e->value == "-") return 1;
        // "Investors now turn to Friday's inflation data": a verb that awaits with "to".
        if (!e && tb >= lo + 2 && toks[tb - 1].word && lex.word(toks[tb - 1].word) == "to") {
          e = class_entry(toks[tb - 2], lex, cues.awaits);
          if (e && e->value == "to") return 1;
        }
      }
      // As a subject, the phrase dates what its verb group says, with no comma between ("Thursday's
      // vote will decide"). As an object it names a past event even after a verb that looks ahead
      // ("would look for ways to get around Wednesday's ruling"), unless it is an event held on
      // the day right after such a group ("will decide on Thursday's openings").
      for (uint32_t i = tb; i-- > lo;) {
        if (!is_verb(c.role(i))) continue;
        Group g = group_at(c, i, lo, tb);
        // Maybe after a noun of its kind: "will attend Friday's board meeting".
        auto held_at = [&](uint32_t k) {
          return k < hi && class_entry(toks[k], lex, cues.held_events);
        };
        bool held = held_at(te + 1) ||
                    (te + 2 < hi && toks[te + 1].kind == TokKind::kWord && !toks[te + 1].cap &&
                     c.role(te + 1) == TenseRole::kNone && held_at(te + 2));
        return held && tb - g.end <= 2 && decide(c, g, true, false) > 0 ? 1 : -1;
      }
      for (uint32_t i = te + 1; i < hi; ++i) {
        if (toks[i].kind == TokKind::kPunct && toks[i].punct == ',') break;
        if (!is_verb(c.role(i))) continue;
        if (decide(c, group_at(c, i, te, hi), true, false) > 0) return 1;
        break;
      }
      return -1;
    }
    // "before the summer recess", "after the winter break": a season before a noun of a stretch
    // of time (season_times) is that time, dated by the clause's verb group as a bare season is.
    // ("a Thursday session" is a weekday's event, held_events, not a season's stretch.)
    bool season_time = class_entry(next, lex, cues.season_times) != nullptr &&
                       !(class_entry(toks[tb], lex, cues.weekdays) &&
                         class_entry(next, lex, cues.held_events));
    // "to file measures for the May 5 primary", "before the June 12 vote": a date of a month before
    // an event held on it is dated by the clause, as a bare date is (below).
    bool dated_event = tb > 0 && c.role(tb - 1) == TenseRole::kDeterminer && !next.cap &&
                       !class_entry(toks[tb], lex, cues.weekdays) &&
                       class_entry(next, lex, cues.held_events);
    // A preposition of time or an adverb of the future after the date ("plans for the summer on
    // Friday", "the summer soon") leaves it no modifier of a noun: the clause dates it. So does a
    // verb right after it, whose subject it is ("The winter was the coldest in years", "The
    // winter brought snow"): an auxiliary or a listed past form, not a word that may be a noun
    // ("a June forecast", "the Friday explosions").
    TenseRole after = c.role(te);
    bool subject_of = te < hi && (after == TenseRole::kBePresent || after == TenseRole::kBePast ||
                                  after == TenseRole::kHave || after == TenseRole::kHad ||
                                  after == TenseRole::kFuture || after == TenseRole::kWont ||
                                  after == TenseRole::kModal || after == TenseRole::kPastModal ||
                                  after == TenseRole::kDoPast || c.is_past_form(te));
    bool modifier = after != TenseRole::kDatePrep && after != TenseRole::kFutureAdverb && !subject_of;
    // A month qualifying the noun its clause opens with ("The March budget raised taxes", "Her
    // March data were revised") is dated by the verb group said of that noun, below, as a date
    // inside the subject is; a weekday's event keeps the reading here ("The Friday vote").
    bool subject_month = tb >= 1 && tb - 1 == lo && !class_entry(toks[tb], lex, cues.weekdays);
    if (tb > 0 && c.role(tb - 1) == TenseRole::kDeterminer && !next.cap && !season_time &&
        !dated_event && modifier && !subject_month) {
      // "face a Friday deadline", "ahead of a Sunday vote", "set a Monday deadline": a weekday
      // before an event held on it (held_events) is the coming one, unless the verb group before it in the
      // clause is past ("missed a Friday deadline", "won a Sunday vote").
      // Maybe after a noun of its kind: "a Friday press conference".
      bool held = class_entry(next, lex, cues.held_events) ||
                  (te + 1 < hi && c.role(te) == TenseRole::kNone && !c.is_past_form(te) &&
                   class_entry(toks[te + 1], lex, cues.held_events));
      if (!class_entry(toks[tb], lex, cues.weekdays) || !held) return 0;  // "a June deal"
      if (tb >= 3 && tb - 3 >= lo && c.role(tb - 3) == TenseRole::kFutureAdverb) return 1;
      // "by the Tuesday deadline" names one already told of: only "a" opens a new one.
      if (!c.is_word(tb - 1, "a")) return 0;
      for (uint32_t i = tb - 1; i-- > lo;) {
        if (!is_verb(c.role(i))) continue;
        Group g = group_at(c, i, lo, tb);
        // "has called a Thursday meeting", "have set a Friday deadline": a present perfect that
        // arranges the event leaves it ahead.
        if (g.n == 2 && g.role[0] == TenseRole::kHave && g.end == tb - 1 &&
            class_entry(toks[g.tok[1]], lex, cues.arranges))
          return 1;
        return decide(c, g, true, false) < 0 ? -1 : 1;
      }
      return 1;
    }
  }
  if (after_result(c, toks, lex, cues, tb, lo)) return -1;
  if (next_event(c, toks, lex, cues, tb, lo)) return 1;
  if (requested_by(c, toks, lex, cues, tb, te, lo)) return 1;
  if (opens_stretch_ahead(c, toks, lex, cues, tb, te, lo, hi)) return 1;
  if (settled_fact(c, toks, lex, cues, tb, lo)) return -1;
  bool to = false;       // an infinitival "to" lies between the date and the verb group
  bool comma = false;    // a comma does: an infinitive clause ends there
  bool left = false;     // a verb group stands before the date in its sentence
  bool purpose = false;  // "to" and a verb with an object lie between: "to start the day"
  // A verb group that the window's edge cuts keeps its auxiliaries: "will be sent in batches
  // starting October 26, with all orders fulfilled by mid-January" is no bare past "sent".
  constexpr uint32_t kAuxiliaries = 3;
  uint32_t group_lo = c.sentence_start(lo, kAuxiliaries);
  uint32_t infinitive = 0;  // where the nearest infinitive group ("to meet") before the date starts
  for (uint32_t i = tb; i-- > lo;) {
    if (is_verb(c.role(i))) {
      left = true;
      Group g = group_at(c, i, group_lo, tb);
      // A present perfect that has asked someone to do a thing ("The minister has asked the
      // service to meet both sides before the weekend", "has told staff to return on Monday"):
      // the thing is not done yet, so ahead.
      if (infinitive && !comma && g.n == 2 && g.role[0] == TenseRole::kHave &&
          g.role[1] == TenseRole::kPast && g.end < infinitive)
        return 1;
      if (!comma && g.n && g.role[0] == TenseRole::kTo && g.begin > lo) infinitive = g.begin;
      if (deferred(c, g, tb)) return 1;
      // A lone participle right after a comma, its phrase closed by another comma before the
      // date, is an aside on the noun before it ("would hold its investor day on 15 September,
      // postponed from June, and publish results on 12 November"): it dates the noun, not the
      // clause the date is in, so the search goes on to the verb group before it.
      if (parenthetical_participle(c, g, tb)) {
        i = g.begin;
        continue;
      }
      // A reduced passive after a comma (", followed by talks and a state dinner on Tuesday
      // night") takes the future of the verb group before the comma; after any other group it is
      // read as a past, as before.
      if (agent_after_future(c, g)) return 1;
      // "pointed to a cut": the group may have taken the "to" in.
      if (((g.n == 1 && g.role[0] == TenseRole::kPast) ||
           (g.n == 2 && g.role[0] == TenseRole::kPast && g.role[1] == TenseRole::kTo &&
            g.tok[1] == g.tok[0] + 1)) &&
          c.foreseen_object(g.tok[0], g.n == 1 ? g.end : g.tok[1], tb))
        return 1;
      // So after a present perfect: "Forecasters have predicted snow from Thursday".
      if (g.n == 2 && g.role[0] == TenseRole::kHave && g.role[1] == TenseRole::kPast &&
          c.foreseen_object(g.tok[1], g.end, tb))
        return 1;
      if (future_in_past(c, toks, lex, cues, g, lo)) return 1;
      if (int d = decide(c, g, true, to)) {
        // A participle looks ahead only within a clause that does not report the past.
        if (d > 0 && intent_participle(c, g, tb) && governing(c, g, te, hi) < 0) return -1;
        // A to-infinitive with an object after a past verb looks ahead from that past, to either
        // side of the publication date ("placed orders to start the first trading day for
        // November"; not "was shot to death", "rose to record levels").
        if (d < 0 && purpose && !g.has(TenseRole::kHad)) return 0;
        return d;
      }
      if (g.n && g.role[0] == TenseRole::kBasePast) {  // its partner did not tell
        // After a plural subject it is as much a present: the paragraph's other sentences tell.
        // With a present partner after "and" ("cut ... on Friday and buy back on Monday"), a present.
        if (g.n == 1 && c.plural_subject_before(g.begin)) {
          if (c.present_partner_after(g.begin)) return 1;
          if (int d = paragraph_tense(c, toks, lo)) return d;
        }
        break;
      }
      // A present "be" whose complement is the date: "The vote is on Sept. 11", "is in May"
      // ("The meeting is on Friday": an -ing noun before it is no verb).
      // So are two: "The sentencing hearing is on Friday".
      bool copula = g.n && g.role[g.n - 1] == TenseRole::kBePresent && ing_nouns_before(g);
      // So is a clock time on the date: "Kickoff is at 7 p.m. Saturday", "The deadline is midnight
      // Friday".
      uint32_t at = c.clock_start(tb, g.end);
      if (copula && at - g.end <= 1 && (g.end == at || c.role(g.end) == TenseRole::kDatePrep))
        return 1;
      i = g.begin;
      continue;
    }
    if (toks[i].kind == TokKind::kPunct && toks[i].punct == ',') comma = true;
    if (!comma && c.infinitival_to(i)) {
      to = true;
      infinitive = i;
      if (i + 2 < tb && c.role(i + 2) == TenseRole::kDeterminer) purpose = true;
    }
  }
  // A date inside the subject ("A parade on Saturday was expected to draw crowds") dates what the
  // verb group says of it, as a date after the group does; a fronted one ("On Saturday, officials
  // were expected to") keeps the group's own tense.
  bool in_subject = !left && tb > lo + 1;
  bool right = false;  // one stands after it
  for (uint32_t i = te; i < hi; ++i) {
    if (toks[i].kind == TokKind::kPunct && toks[i].punct == ',') in_subject = false;
    if (!is_verb(c.role(i))) continue;
    Group g = group_at(c, i, te, hi);
    // A report tacked on after a date well inside its sentence: the verb group farther back tells.
    if (!left && tb > lo + 2 && c.tacked_report(g.begin, g.end, te, hi)) break;
    right = true;
    if (int d = c.relative_verb(g.begin) ? 0 : decide(c, g, in_subject, false)) return d;
    i = g.end - 1;
  }
  if (to) return 1;  // in a to-infinitive whose governing verb is out of reach: a prospect
  // "between the holiday and Christmas, compared with 27 last year": an adverb after a word of
  // comparison dates the thing compared with, not the date's clause.
  uint32_t compared = hi;
  for (uint32_t i = te; i < hi; ++i)
    if (c.is_word(i, "compared") || c.is_word(i, "than") || c.is_word(i, "versus")) {
      compared = i;
      break;
    }
  for (uint32_t d = 1; d <= kWindow; ++d) {  // on a tie the left one wins
    for (uint32_t i : {tb - d, te + d - 1}) {
      if (i < lo || i >= hi || (i >= tb && i < te) || (i >= compared && i >= te)) continue;
      // "the last Saturday before Christmas": an ordinal after "the", no adverb of time.
      if (c.role(i) == TenseRole::kPastAdverb && !(i > lo && c.is_word(i - 1, "the"))) return -1;
      if (c.role(i) == TenseRole::kFutureAdverb) return 1;
    }
  }
  // No verb group within reach at all: the date is in a long noun phrase or apposition ("is
  // scheduled to spend five hours in Dar es Salaam, Tanzania, her first stop Tuesday morning"),
  // ahead when the sentence's verb group before it plainly looks ahead. A far past form tells
  // nothing the default does not: it often only reports ("told oil companies of a cutback in
  // September"); nor does a modal ("could not stop").
  if (left || right) return 0;
  uint32_t start = c.sentence_start(tb, kCoordinationReach);
  // A fronted date with a long phrase after it belongs to the sentence's verb group however far
  // ("In January, a week after the anniversary of ..., a bombing killed a guard").
  if (tb <= start + 1)
    for (uint32_t i = hi, end = std::min<uint32_t>(te + kCoordinationReach, toks.size());
         i < end && !toks[i].break_before && !ends_sentence(toks[i]); ++i) {
      if (!is_verb(c.role(i))) continue;
      Group g = group_at(c, i, hi, end);
      if (int d = decide(c, g, false, false)) return d;
      i = g.end - 1;
    }
  for (uint32_t i = lo; i-- > start;) {
    if (!is_verb(c.role(i))) continue;
    Group g = group_at(c, i, start, lo);
    if (parenthetical_participle(c, g, tb)) {  // as in the clause's own search above
      i = g.begin;
      continue;
    }
    if (int d = decide(c, g, true, false))
      return d > 0 && !g.has(TenseRole::kModal) && !g.has(TenseRole::kPastModal) ? 1 : 0;
    i = g.begin;
  }
  return 0;
}

int sentence_tense(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles) {
  if (toks.empty() || cues.roles.empty()) return 0;
  Clause c(toks, lex, cues, text, tb >= kCoordinationReach ? tb - kCoordinationReach : 0, roles);
  uint32_t lo = c.sentence_start(tb, kCoordinationReach);
  uint32_t hi = te;
  while (hi < toks.size() && hi - te < kCoordinationReach && !toks[hi].break_before &&
         !ends_sentence(toks[hi - 1]))
    ++hi;
  int told = 0;
  for (uint32_t i = lo; i < hi; ++i) {
    if (i >= tb && i < te) continue;
    if (!is_verb(c.role(i))) continue;
    Group g = group_at(c, i, lo, hi);
    // A clause set off by a comma and "which" or "who" tells of its noun, not of the sentence's
    // time: "coincided last year, on April 20, which will next happen in 2028".
    bool aside = g.begin >= lo + 2 && c.role(g.begin - 1) == TenseRole::kRelative &&
                 c.is_comma(g.begin - 2);
    int d = c.relative_verb(g.begin) || aside ? 0 : decide(c, g, false, false);
    if (d > 0) return 1;
    if (d < 0) told = -1;
    i = g.end - 1;
  }
  return told;
}

int adjacent_tense(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles) {
  if (tb == 0 || toks[tb].break_before || ends_sentence(toks[tb - 1])) return 0;
  Clause c(toks, lex, cues, text, tb > 2 ? tb - 3 : 0, roles);
  if (c.role(tb - 1) == TenseRole::kSince) return -1;  // "expects to ship more since July"
  // "expired on Jan. 31": the preposition between changes nothing.
  uint32_t verb = tb - 1;
  if (c.role(verb) == TenseRole::kDatePrep && verb > 0 && !toks[verb].break_before &&
      !ends_sentence(toks[verb - 1]))
    --verb;
  if (c.role(verb) != TenseRole::kPast) return 0;
  if (verb > 0 && (c.role(verb - 1) == TenseRole::kBe || c.role(verb - 1) == TenseRole::kBePresent))
    return 0;  // a participle: "is expected"
  // A past in a clause of time under a verb group that looks ahead is no past of its own: "said he
  // would retire once his contract ended in June" (future_in_past).
  auto linked = [&] {  // a conjunction of later_links a few words before the verb
    for (uint32_t k = verb; k-- > 0 && verb - k <= 6;)
      if (class_entry(toks[k], lex, cues.later_links)) return true;
    return false;
  };
  if (cues.later_links >= 0 && verb > 0 && linked()) {
    Clause w(toks, lex, cues, text, tb >= kWindow ? tb - kWindow : 0, roles);
    uint32_t lo = clause_start(w, w.sentence_start(tb, kWindow), tb);
    if (verb > lo && future_in_past(w, toks, lex, cues, group_at(w, verb, lo, tb), lo)) return 0;
  }
  return -1;
}

// Calls fn(c, g, k) on the verb groups of the date's clause before token tb, right to left, k being
// the index in g of its first intent or prospect word ("due", "expected"; g.n if none), until fn
// returns a verdict; false when none does.
template <class Fn>
bool scan_intent_groups(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                        const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles,
                        Fn fn) {
  if (toks.empty() || cues.roles.empty()) return false;
  Clause c(toks, lex, cues, text, tb >= kWindow ? tb - kWindow : 0, roles);
  uint32_t lo = clause_start(c, c.sentence_start(tb, kWindow), tb);
  for (uint32_t i = tb; i-- > lo;) {
    if (!is_verb(c.role(i))) continue;
    Group g = group_at(c, i, lo, tb);
    i = g.begin;
    size_t k = 0;
    while (k < g.n && g.role[k] != TenseRole::kIntent && g.role[k] != TenseRole::kProspect) ++k;
    if (std::optional<bool> verdict = fn(c, g, k)) return *verdict;
  }
  return false;
}

// Whether the verb group that dates the clock time on tokens [tb, te) looks ahead from a past
// moment: a past "be" before an intent or prospect ("was due to leave at 10.30am", "were
// scheduled to land at 6am"), or a bare intent participle whose clause's verb after the date is
// past ("One flight, scheduled to land at 5.45am, was diverted"). Not a "had" ("had been due
// to"), which decide() already calls past, nor a group farther left than the date's own.
bool past_prospect(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles) {
  using R = TenseRole;
  auto verdict = [&](const Clause& c, const Group& g, size_t k) -> std::optional<bool> {
    if (g.has(R::kHad) || g.has(R::kFuture) || g.has(R::kModal)) return false;
    if (k == g.n || !g.has(R::kTo, k + 1)) return false;  // "due to", "expected to"
    if (k > 0) return g.role[k - 1] == R::kBePast;  // "was due to", not "is due to"
    // A bare participle: the verb group after the date, in its sentence, says when.
    uint32_t hi = te;
    while (hi < toks.size() && hi - te < kWindow && !toks[hi].break_before &&
           !ends_sentence(toks[hi]))
      ++hi;
    for (uint32_t j = te; j < hi; ++j) {
      if (!is_verb(c.role(j))) continue;
      Group after = group_at(c, j, te, hi);
      return decide(c, after, false, false) < 0;
    }
    return false;
  };
  return scan_intent_groups(toks, tb, lex, cues, text, roles, verdict);
}

bool looked_ahead_then(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                       const TenseCues& cues, std::string_view text,
                       std::vector<TenseRole>* roles) {
  using R = TenseRole;
  auto verdict = [&](const Clause& c, const Group& g, size_t k) -> std::optional<bool> {
    if (k == g.n) return std::nullopt;  // the infinitive's own verb: "to resume"
    if (g.has(R::kFuture) || g.has(R::kModal) || g.has(R::kBePresent) || g.has(R::kHave))
      return false;
    return k > 0 ? g.role[k - 1] == R::kBePast : c.is_past_form(g.tok[k]);
  };
  return scan_intent_groups(toks, tb, lex, cues, text, roles, verdict);
}

bool expected_then(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles) {
  auto verdict = [&](const Clause& c, const Group& g, size_t) -> std::optional<bool> {
    if (g.role[0] == TenseRole::kTo || (g.begin > 0 && c.role(g.begin - 1) == TenseRole::kTo))
      return std::nullopt;  // the infinitive's own verb: "to win"
    if (g.n == 1 && g.end == g.tok[0] + 1 && c.object_head(g.tok[0], tb))
      return std::nullopt;  // the object's noun: "a rate cut"
    return g.n == 1 && c.is_past_form(g.tok[0]) &&
           class_entry(toks[g.tok[0]], lex, cues.expects) &&
           (c.object_infinitive(g.end) || c.event_object(g.end, tb));
  };
  return scan_intent_groups(toks, tb, lex, cues, text, roles, verdict);
}

bool change_present(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                    const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles) {
  if (toks.empty() || cues.roles.empty() || cues.change_presents < 0) return false;
  Clause c(toks, lex, cues, text, tb >= kWindow ? tb - kWindow : 0, roles);
  uint32_t lo = clause_start(c, c.sentence_start(tb, kWindow), tb);
  for (uint32_t i = tb; i-- > lo;) {
    if (class_entry(toks[i], lex, cues.change_presents))
      return c.role(i) == TenseRole::kScheduled;  // "prices rise", not "the rise", "will rise"
    if (is_verb(c.role(i))) return false;
  }
  return false;
}

}  // namespace chronoline::temporal
