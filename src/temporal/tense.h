// Tense: whether the clause around a date speaks of the past or the future, from its verb group.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "temporal/lexicon.h"
#include "temporal/tokenizer.h"
#include "util/result.h"

namespace chronoline::temporal {

// The part a word plays in a verb group (the values of the tense_roles lexicon, in order).
enum class TenseRole : uint8_t {
  kNone,
  kFuture,     // "will", "would", "'ll"
  kWont,       // "won": "won't" is a future, "won" alone a past form
  kModal,      // "might", "must": future, but past with "have"
  kPastModal,  // "could": also past with a passive ("could not be reached")
  kProspect,   // "agreed", "plans": looks ahead to a following to-infinitive
  kIntent,     // "scheduled", "planned", "due": what follows is the planned event
  kBePresent,  // "is", "are"
  kBePast,     // "was", "were"
  kBe,         // "be", "been", "being"
  kHave,       // "has", "have": a present perfect reports the past
  kHad,        // "had": a past perfect
  kDoPast,     // "did"
  kScheduled,  // a present that reads as a timetable: "they meet Monday"
  kDefer,      // "postponed", "extended": with "until", the day is ahead
  kAdverb,     // "not", "also": inside a verb group, no tense of its own
  kNegation,   // "t" after an apostrophe
  kDeterminer,
  kUntil,
  kTo,
  kPastAdverb,    // "ago", "last": when no verb group tells
  kFutureAdverb,  // "soon", "upcoming"
  kDatePrep,      // "on", "in": with a present "be", the date is its complement ("is on May 5")
  kSince,         // "since": the date right after it is past, whatever the verb group says
  kRelative,      // "who", "which": a timetable present after it is a relative clause's
  kOf,            // "of": a timetable present before it is a noun ("host of the show")
  kLasts,         // "runs", "remains": a present that lasts; with "until" its end is ahead
  kClock,         // "noon", "midnight": a word of a clock time between a verb and its day
  kAgent,         // "by": after a lone participle and a comma, a reduced passive (", followed by")
  // Not in tense_roles: given by past_cues and by word endings (verb_suffixes).
  kPast,          // a past form: "said", "opened"
  kProgressive,   // an -ing form
  kAdverbEnding,  // an -ly form: read as kAdverb
  // Given by base_pasts: a form that is also its own past ("set", "cut").
  kBasePast,
};

// What the tense model knows of a language, from its lexicons: the role of every word id, the
// class of past forms, and the role of word endings (verb_suffixes: PAST, PROGRESSIVE,
// ADVERB_ENDING), which name what an unknown word of five letters or more is.
struct TenseCues {
  int past = -1;                   // class of irregular past forms: "said", "met", ...
  int base_past = -1;              // class of past forms that are also bases: "set", "cut"
  int held_events = -1;            // class of events held on a day: "meeting", "vote", ...
  int prospects = -1;  // class of what is readied for an event, and its joint: "tickets for"
  int conditional_modals = -1;  // "would": a perfect after one is past (conditional_modals.tsv)
  int clause_links = -1;           // class of words that join a clause after a comma: "but"
  int later_links = -1;  // conjunctions of time whose past looks ahead under a future: "once"
  int reporting = -1;  // class of verbs that report: ", officials said." after a date
  int pronouns = -1;   // class of subject pronouns: "We train on Monday"
  int ordinals = -1;   // "a first cut": an ordinal after a determiner leaves a noun
  int likelihoods = -1;  // "a chance of a cold January": ahead
  int moves = -1;      // nouns of a move still to come: "signalled a cut in March"
  int forecasts = -1;  // class of past forms whose object is foreseen: "predicted rain on Sunday"
  int awaits = -1;     // class of verbs whose object is awaited: "will watch Thursday's report"
  int singular_endings = -1;  // class of endings of a word in -s that is no present: "ss", "us"
  int ed_nouns = -1;  // class of words in -ed that are no past form: "speed", "sacred"
  int cancels = -1;   // class of verbs of calling off: "canceled for Friday" is ahead
  int causes = -1;    // class of intent words that give a cause after a verb: "called off due to"
  int collectives = -1;  // class of group nouns: "The choir sing on Friday" is a plural subject
  int requests = -1;  // class of verbs of asking for a thing: "asked for a reply by Monday" is ahead
  int change_presents = -1;  // present verbs of a change in amount: "House prices climb in"
  int span_edges = -1;  // class of verbs of a stretch's start or end: "The 2026-27 season starts in"
  int course_verbs = -1;  // past verbs of an event's own course: "Last year's fires peaked in"
  int title_nouns = -1;   // nouns of a title won: "last year's champion, who won in May"
  // The resolver's walk from a month back to "last year's" (owner_year): the words of owner_links
  // ("during", "which") and the month's parts of mods ("early March").
  int owner_links = -1, month_parts = -1;
  int deadline_links = -1;  // "by": a future perfect's deadline ("will have cut jobs by March")
  int complementizers = -1;  // "that", "whether": "expect that sales in March rose" (rose dates)
  int aspects = -1;   // class of past forms with an -ing object: "started running on Sunday"
  int arranges = -1;  // class of past forms that arrange an event: "has called a Thursday meeting"
  int expects = -1;   // class of INTENT past forms that are a past with an object: "expected more"
  int onsets = -1;    // class of participles opening a stretch: "closures starting Friday"
  int results = -1;   // class of participles of an outcome: "After losing on Sunday, Rovers visit"
  int season_times = -1;  // class of nouns of a stretch after a season: "the summer recess"
  int settled = -1;   // class of figures fixed when their day is over: "the closing price"
  int validity = -1;  // class of words a window is on: "fees for travel through Sunday"
  int ampm = -1, zones = -1;       // classes of the words after a clock time: "p.m.", "GMT"
  int weekdays = -1;   // class of weekday names: "We watch the game Sunday"
  int months = -1;     // class of month names: "plans for October were approved in September"
  int numbers = -1;    // class of spelled numbers: "hundreds" is a count, no present
  std::vector<TenseRole> roles;    // per word id; empty when the language has no tense_roles
  std::vector<TenseRole> endings;  // per word id of an ending ("ed": kPast); may be empty
  // The endings of two or three letters with a role, and those of singular_endings, by their
  // ending_key: the tense model asks for the last two and three letters of many words, and a
  // comparison of a few integers costs less than a lexicon lookup of each (callgrind, tag --jsonl).
  struct Ending {
    uint32_t key = 0;
    TenseRole role = TenseRole::kNone;
  };
  std::vector<Ending> ending_keys, singular_keys;
  // Bytes of `s` (two or three) with bit 0x20 set, as a lexicon lookup folds them (WordKey): it
  // equals the key of a lexicon word exactly when the lexicon finds `s` as that word.
  static uint32_t ending_key(std::string_view s) {
    uint32_t k = 0;
    for (size_t i = 0; i < s.size(); ++i)
      k |= uint32_t{static_cast<unsigned char>(s[i]) | 0x20u} << (8 * i);
    return k;
  }
  // The role of the ending `s` (two or three bytes), as endings[lex.find(s)]; kNone when none.
  TenseRole ending_role(std::string_view s) const {
    uint32_t k = ending_key(s);
    for (const Ending& e : ending_keys)
      if (e.key == k) return e.role;
    return TenseRole::kNone;
  }
  // Whether `s` (two or three bytes) is a word of singular_endings.
  bool singular_ending(std::string_view s) const {
    uint32_t k = ending_key(s);
    for (const Ending& e : singular_keys)
      if (e.key == k) return true;
    return false;
  }
};

// Reads the classes past_cues, base_pasts, held_events, prospects, clause_links, conditional_modals,
// reporting_verbs, forecast_verbs, foreseen_moves, ordinals, likelihood_nouns, await_verbs,
// subject_pronouns, singular_endings, ed_nouns, cancel_verbs, cause_links, request_verbs,
// collective_nouns,
// span_edges, change_presents, course_verbs,
// onset_participles, result_participles, expect_verbs, ampm, zones, verb_suffixes and
// tense_roles of
// `lex` (each may be missing: that part of the model is then off).
// Errors, located, on a role the model does not know.
Result<TenseCues> load_tense_cues(const Lexicon& lex);

// -1 past, +1 future, 0 unknown, for the bare date on tokens [tb, te) ("Friday", "in March"), in
// the sentence around it (tokens between sentence ends, ';' or a blank line; a clause joined by ",
// but" or ", and" before the date starts after the link), at most 14 tokens away. The date belongs
// to the nearest verb group on its left ("will meet on Friday", "said Friday"), else, fronted, to
// the one on its right ("On Friday, talks began"), as a date in the subject of a complement clause
// is ("expect that sales in March rose": complementizers). Within a group: a future modal or "is to" looks
// ahead, a past form, a present perfect or a past perfect ("had been due to expire Friday") back;
// an intent ("scheduled", "planned") or a verb with a to-infinitive ("agreed to meet") looks ahead
// to the event the date names, unless it is a bare participle in a clause that reports the past ("a
// service planned for Saturday was canceled"). A bare "set" or "cut" (base_pasts) has the tense of
// the group before it in the sentence, a passive one skipped ("had ruled that he must be returned
// and set Friday"). A present "be" whose complement is the date looks ahead ("The vote is on Sept.
// 11"); a past verb with a to-infinitive and its object between it and the date does not tell
// ("placed orders to start the first trading day for November"). A weekday with "'s" ("Friday's
// vote") names a reported event: -1, unless a future adverb stands by it ("ahead of Friday's
// vote"), after what is readied for it (prospects: "Tickets for Saturday's game sold out"; so is
// any date right after such a noun and its "for": "unveiled plans for March", unless another month in
// its clause dates it: "plans for October were approved in September") or a
// verb that awaits it (await_verbs: "Markets will watch Thursday's jobs report"), it
// is a subject whose verb group looks ahead ("Friday's vote will decide"), or an event
// held on a day (held_events), maybe after a noun ("board meeting"), right after such a group
// ("will attend Friday's meeting"). After a
// determiner ("a June deal") the date only qualifies a noun: 0. With no verb group that tells, a
// to-infinitive before the date looks ahead ("a fund to rebuild the bridge by March"), else the
// nearest adverb of time tells ("last MLK day"), else the sentence's verb group farther on for a
// fronted date ("In January, a week after the anniversary of ..., a bombing killed"), else a verb
// group that plainly looks ahead from farther back ("is scheduled to spend five hours in ..., her
// first stop Tuesday morning"); a report tacked on after the date (", officials said.") does not
// tell for a date inside the sentence ("will build 20 schools and 14 clinics in the poorest
// districts of the three northern provinces by March, officials said"). A bare past form whose
// object is a thing foreseen (forecast_verbs) looks ahead to the day of its object ("Forecasters
// predicted rain on Sunday"), not to a day right after it ("predicted Sunday that", "predicted on
// Sunday"). An unknown word right after a subject pronoun (subject_pronouns) is a simple present,
// a habit or timetable that looks ahead ("We train on Monday", "We watch the game Sunday"), unless
// listed (clause_verbs: "They say voting on Monday was rigged"). A participle of intent right after
// its noun looks ahead even in a clause that reports the past ("Forecasters warned of storms
// expected on Sunday"), unless a verb group after the date tells ("A concert planned for Saturday
// was called off"). A present perfect that asks someone to do a thing looks ahead to the thing
// ("has asked the service to meet both sides before the weekend"). A timetable present after a
// preposition is a noun ("with forecasts running to 2029").
//
// `roles`, when given, keeps the role of each token of `toks` from call to call (it depends on
// the document only): the same vector for every call on one document, empty at first.
int tense_at(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
             const TenseCues& cues, std::string_view text, std::vector<TenseRole>* roles = nullptr);

// The tense of the sentence of tokens [tb, te) as a whole, for a date no verb group near it
// dates: +1 when one of its verb groups (at most 40 tokens either way) looks ahead, else -1 when
// one tells of the past, else 0. "Networks called the race for X, a former teacher from ... with
// little money and no party backing, at 11:30 p.m. ET": -1.
int sentence_tense(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text,
                   std::vector<TenseRole>* roles = nullptr);

// Whether the verb group that dates tokens [tb, te) looks ahead from a past moment: "was due to
// leave at 10.30am", "were scheduled to land at 6am", "One flight, scheduled to land at 5.45am, was
// diverted" (a bare intent participle whose clause's verb after the date is past).
bool past_prospect(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text,
                   std::vector<TenseRole>* roles = nullptr);

// -1 when the word just before token `tb`, or before its "on" or "in", is a past form ("ended
// Jan. 31", "expired on Jan. 31"); 0 otherwise.
int adjacent_tense(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text,
                   std::vector<TenseRole>* roles = nullptr);

// Whether the verb group before tokens starting at `tb`, in its clause, is a past form of a plan
// or expectation ("expected", "planned", "agreed", "was due"): the look ahead is from then, so a
// year that opens the clause holds ("In 2019 officials expected talks to resume in December").
bool looked_ahead_then(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                       const TenseCues& cues, std::string_view text,
                       std::vector<TenseRole>* roles = nullptr);

// Whether the verb group before tokens starting at `tb`, in its clause, is a bare past expect verb
// with an object and a to-infinitive: "Few expected the party to win in May", which may have come
// true, so a month it dates is the occurrence nearest the publication, not the next one.
bool expected_then(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text,
                   std::vector<TenseRole>* roles = nullptr);

// Whether the verb before tokens starting at `tb`, in its clause, is a bare present of a change in
// amount (change_presents): "House prices climb in October" (not "will climb", "to climb").
bool change_present(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                    const TenseCues& cues, std::string_view text,
                    std::vector<TenseRole>* roles = nullptr);

}  // namespace chronoline::temporal
