// Event labels: a short phrase, from the sentence around a date, saying what happened then.
#include "events/label.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>

#include "events/label_phrase.h"
#include "events/label_tokens.h"
#include "events/label_words.h"
#include "temporal/lexicon.h"
#include "util/ascii.h"

namespace chronoline {
namespace {

using label_internal::ends_possessive;
using label_internal::is;
using label_internal::is_punct;
using label_internal::looks_verb;
using label_internal::PhraseWriter;
using label_internal::Token;


// A segment of the sentence between clause boundaries, [begin, end) in tokens.
enum class SegmentKind {
  kMain,         // the main clause
  kFronted,      // a fronted phrase: "On Wednesday,", "More recently,"
  kRelative,     // ", which ...", ", who ...", ", when ..."
  kResume,       // the main clause again after an inserted relative clause: "..., welcomed the opening"
  kCoordinate,   // "; ...", ", and the club has ..."
  kSubordinate,  // "because ...", "after thousands fled ..."
  kAttribution,  // ", according to X"
  kReporting,    // ", a spokeswoman said"
  kParticipial,  // ", including ...", ", adding ..."
};
struct Segment {
  size_t begin = 0;
  size_t end = 0;
  SegmentKind kind = SegmentKind::kMain;
  size_t body = 0;  // first token after the introducing word(s)
};

class Labeler {
 public:
  Labeler(std::string_view sentence, const std::vector<TimeSpan>& times)
      : Labeler(sentence, label_internal::tokenize(sentence), times) {}
  Labeler(std::string_view sentence, std::vector<Token> tokens, const std::vector<TimeSpan>& times)
      : s_(sentence), tokens_(std::move(tokens)), times_(times), phrase_(s_, tokens_) {
    mark_times(times);
    mark_named_date_subjects();
    claim_reflexives();
    segment();
  }
  Labeler(const Labeler&) = delete;  // phrase_ refers to tokens_
  Labeler& operator=(const Labeler&) = delete;

  // The main clause's subject, asides dropped, when it is a name: a few words, the first and the
  // last capitalised ("Voltaren", "Ana Ribeiro"); else empty.
  std::string named_subject() const {
    if (segments_.empty()) return {};
    std::vector<size_t> ids = subject_of(main_segment());
    // "Kopp purports to be": a present-tense verb after a name, which looks like no verb.
    for (size_t j = 1; j + 1 < ids.size(); ++j) {
      const Token& t = tokens_[ids[j]];
      if (!tokens_[ids[j - 1]].cap) break;
      if (t.word && !t.cap && t.lower.size() > 3 && t.lower.ends_with("s") &&
          !t.lower.ends_with("ss") && !is(t, kCutWords) && !is(t, kConjunctions) &&
          !is(t, kPossessives) && !is(t, kArticles)) {
        ids.resize(j);
        break;
      }
    }
    if (ids.empty() || ids.size() > 12) return {};
    phrase_.drop_insertions(ids);
    phrase_.trim_ends(ids);
    // "Chipmaker Veltrix": the firm is "Veltrix".
    if (ids.size() > 1 && is(tokens_[ids[0]], kFirmDescriptors) && tokens_[ids[1]].cap) ids.erase(ids.begin());
    if (ids.empty() || ids.size() > 5) return {};
    auto capitalised = [&](size_t i) {
      const Token& t = tokens_[i];
      unsigned char c = static_cast<unsigned char>(s_[t.begin]);
      return t.word && t.timex < 0 && c >= 'A' && c <= 'Z' && !is(t, kPronouns) &&
             !is(t, kNeuterPronouns) && !is(t, kNeuterPossessives) && !is(t, kArticles);
    };
    if (!capitalised(ids.front()) || !capitalised(ids.back())) return {};
    return phrase_.render(ids) + abbreviation_dot(ids.back());  // "Acme Corp." keeps its dot
  }

  // The main clause's subject when it is a short definite noun phrase ("The 48-turbine farm"),
  // without its article; else empty.
  std::string definite_subject() const {
    if (segments_.empty()) return {};
    std::vector<size_t> ids = subject_of(main_segment());
    if (ids.empty() || ids.size() > 12 || tokens_[ids.front()].lower != "the") return {};
    phrase_.drop_insertions(ids);
    // "The mill never reopened", "The bank last cut rates": an adverb before the verb is no part of
    // the subject.
    while (!ids.empty() &&
           (tokens_[ids.back()].lower == "never" || tokens_[ids.back()].lower == "not" ||
            is(tokens_[ids.back()], kDropAdverbs) || is(tokens_[ids.back()], kAsideAdverbs) ||
            (tokens_[ids.back()].lower.ends_with("ly") && !tokens_[ids.back()].cap)))
      ids.pop_back();
    phrase_.trim_ends(ids);
    if (ids.empty() || ids.size() > 4 || plural(tokens_[ids.back()])) return {};
    for (size_t i : ids)
      if (!tokens_[i].word || tokens_[i].timex >= 0 || is(tokens_[i], kPronouns) || is(tokens_[i], kCutWords) ||
          is(tokens_[i], kPossessives))
        return {};
    return phrase_.render(ids);
  }

  // "it" stands for one thing: not "the workers" or "the talks" ("the crisis", "the bus" are one).
  static bool plural(const Token& head) {
    const std::string& w = head.lower;
    return w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
           !w.ends_with("as") && !w.ends_with("os");
  }

  // The person the sentence is about (see named_person in label.h): the main clause's subject,
  // else the speaker of a reporting verb ("...,\u201D said Hanne Ravik").
  std::string named_person() const {
    std::string p = named_name();
    // "Hurricane Imelda made landfall": a storm's or a place's name is no one a "she" stands for.
    return kNameKinds.contains(lower_ascii(std::string_view(p).substr(0, p.find(' ')))) ? std::string() : p;
  }

  // The name named_person() gives, before it leaves out the names of things.
  std::string named_name() const {
    if (segments_.empty()) return {};
    std::vector<size_t> subject = subject_of(main_segment());
    if (std::string p = phrase_.person(subject); !p.empty()) return p;
    // "The union's leader, Paulo Antunes, 61, said": the name set off by commas after the subject.
    auto comma = std::find_if(subject.begin(), subject.end(), [&](size_t i) { return is_punct(tokens_[i], ","); });
    if (comma != subject.end()) {
      auto next = std::find_if(comma + 1, subject.end(), [&](size_t i) { return is_punct(tokens_[i], ","); });
      if (next != subject.end())
        if (std::string p = phrase_.person(std::vector<size_t>(comma + 1, next)); !p.empty()) return p;
      // "Daniel Cray, of no fixed address, was convicted": the name before an aside; "Kenya's
      // environment minister, Grace Wanjiru, who is presiding ..., said": the name after the post,
      // the aside after it left out of the subject.
      if (std::string p = phrase_.person(std::vector<size_t>(subject.begin(), comma)); !p.empty()) return p;
      if (next == subject.end())
        if (std::string p = phrase_.person(std::vector<size_t>(comma + 1, subject.end())); !p.empty()) return p;
    }
    // "A developer who paid bribes, Stephen Yates, 64, was convicted": the name set off by commas
    // after a subject that a relative clause describes.
    if (!subject.empty() && subject.back() + 1 < tokens_.size() &&
        tokens_[subject.back()].lower == "who" && subject.size() > 1) {
      const Segment& g = segments_[main_segment()];
      size_t open = subject.back() + 1;
      while (open < g.end && open < subject.back() + 12 && !is_punct(tokens_[open], ",")) ++open;
      std::vector<size_t> name;
      for (size_t i = open + 1; i < g.end && !is_punct(tokens_[i], ",") && name.size() < 5; ++i)
        name.push_back(i);
      size_t close = open + 1 + name.size();
      if (close + 1 < g.end && is_punct(tokens_[close], ",") && !tokens_[close + 1].lower.empty() &&
          tokens_[close + 1].lower.find_first_not_of("0123456789") == std::string::npos &&
          close + 2 < g.end && is_punct(tokens_[close + 2], ","))
        close += 2;  // an age: ", 64,"
      if (open < g.end && close + 1 < g.end && is_punct(tokens_[close], ",") &&
          looks_verb(tokens_[close + 1]))
        if (std::string p = phrase_.person(name); !p.empty()) return p;
    }
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (!is(tokens_[i], kReportingVerbs) || tokens_[i].lower == "according") continue;
      std::vector<size_t> after, before;
      for (size_t j = i + 1; j < tokens_.size() && tokens_[j].word && !looks_verb(tokens_[j]) && after.size() < 8; ++j)
        after.push_back(j);
      for (size_t j = i; j-- > 0 && tokens_[j].word && !looks_verb(tokens_[j]) && before.size() < 8;)
        before.insert(before.begin(), j);
      // "..., said the center's lead forecaster, Rosa Delgado.": the name set off by a comma
      // after the speaker's post.
      std::vector<size_t> named;
      if (size_t j = i + 1 + after.size(); !after.empty() && j + 1 < tokens_.size() && is_punct(tokens_[j], ","))
        for (size_t k = j + 1; k < tokens_.size() && tokens_[k].word && named.size() < 5; ++k) named.push_back(k);
      // "..., the firm's restructuring officer, Alan Brightwater, said": the name set off by
      // commas right before the verb.
      std::vector<size_t> set_off;
      if (before.empty() && i >= 2 && is_punct(tokens_[i - 1], ","))
        for (size_t j = i - 1; j-- > 0 && tokens_[j].word && set_off.size() < 5;) set_off.insert(set_off.begin(), j);
      for (const auto& ids : {after, named, before, set_off})
        if (std::string p = phrase_.person(ids); !p.empty()) return p;
    }
    return {};
  }

  // True when the main clause's verb, or the sentence's last one, reports speech ("Anna Berg said
  // he ...", "..., Hanne Ravik said").
  bool main_verb_reports() const {
    if (segments_.empty()) return false;
    const Segment& g = segments_[main_segment()];
    for (size_t i = g.body; i < g.end; ++i)
      if (looks_verb(tokens_[i]) || is(tokens_[i], kReportingVerbs))
        return is(tokens_[i], kReportingVerbs);
    return false;
  }

  // True when the main clause's subject is a noun phrase for one thing ("The portion of OTC volume
  // attributable to program trading isn't known"), no pronoun, possessive ("Its ratio"), person,
  // plural or "there", and its verb reports no speech: an "it" after it in the sentence is rather
  // that thing, or unknown, than the last sentence's subject ("..., as it is on the New York Stock
  // Exchange, where it amounted").
  bool thing_subject() const {
    if (segments_.empty() || main_verb_reports()) return false;
    std::vector<size_t> ids = subject_of(main_segment());
    while (!ids.empty() && !tokens_[ids.back()].word) ids.pop_back();
    if (ids.empty()) return false;
    const Token& first = tokens_[ids.front()];
    if (is(first, kPronouns) || is(first, kNeuterPronouns) || is(first, kPersonPronouns) ||
        is(first, kPossessives) || is(first, kNeuterPossessives) || first.lower == "there" || first.timex >= 0)
      return false;
    // "The amount of money it holds is not published, although it reached ...": a subject that
    // speaks of "it" itself leaves the last sentence's thing in play.
    if (std::any_of(ids.begin(), ids.end(), [&](size_t i) {
          return is(tokens_[i], kNeuterPronouns) || is(tokens_[i], kNeuterPossessives);
        }))
      return false;
    return !plural(tokens_[head_of(ids)]) && phrase_.person(ids).empty();
  }

  // True when the main clause's first verb takes a noun phrase right after it ("founded the firm",
  // "bought a rival"), which a later "it" may stand for as well as the subject.
  bool verb_object() const {
    if (segments_.empty()) return false;
    const Segment& g = segments_[main_segment()];
    for (size_t i = g.body; i + 1 < g.end; ++i)
      if (looks_verb(tokens_[i]) && !is(tokens_[i], kAuxiliaries)) {
        const Token& next = tokens_[i + 1];
        return is(next, kArticles) || is(next, kPossessives) || is(next, kNeuterPossessives);
      }
    return false;
  }

  // "He"/"she" as the main clause's whole subject: someone named before.
  Gender subject_pronoun() const {
    if (segments_.empty()) return Gender::kUnknown;
    std::vector<size_t> ids = subject_of(main_segment());
    phrase_.trim_ends(ids);
    if (ids.size() != 1 || !is(tokens_[ids[0]], kPersonPronouns)) return Gender::kUnknown;
    return gender_of_word(tokens_[ids[0]].lower);
  }

  // What the sentence's pronouns say of `person` when it is the only person it names: all of them
  // "he"/"his"/"him" or all "she"/"her" ("Anna Berg said she would resign"); else kUnknown.
  Gender pronouns_of(std::string_view person) const {
    if (person.empty() || segments_.empty()) return Gender::kUnknown;
    bool male = false, female = false;
    // Only pronouns after the main verb: "His partner, Sara Quinn, wrote" is about someone else.
    const Segment& g = segments_[main_segment()];
    size_t verb = g.body;
    while (verb < g.end && !looks_verb(tokens_[verb])) ++verb;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      male = male || (i > verb && is(t, kMalePronouns));
      female = female || (i > verb && is(t, kFemalePronouns));
      // Another run of two or more capitalised words is another name the pronouns may be about.
      if (!t.word || !t.cap || t.timex >= 0 || i == 0 || (tokens_[i - 1].word && tokens_[i - 1].cap)) continue;
      size_t e = i;
      while (e < tokens_.size() && tokens_[e].word && tokens_[e].cap && tokens_[e].timex < 0) ++e;
      if (e - i < 2) continue;
      std::string run = phrase_.render(range(i, e));
      if (run.find(person) == std::string::npos && person.find(run) == std::string_view::npos) return Gender::kUnknown;
    }
    return male == female ? Gender::kUnknown : male ? Gender::kMale : Gender::kFemale;
  }

  // The label; when the chosen phrase leaves nothing ("Since 1985 _ when ..."), the sentence's if
  // it says something (six words or more; a heading such as "12:05 GMT What we know so far" stays
  // empty, and its date is no event).
  std::string label(size_t focus, size_t max_length) {
    size_t k = segment_of(focus_tokens(focus).first);
    if (quotes_dated(k) || presents_what_follows()) return {};
    std::string out = label_of_clause(focus, max_length);
    // One word is no event ("Yesterday was the same." gave "Same", "2022 and 2023 were the
    // worst." "Worst"): the sentence's own words say more when there are enough of them (below).
    // A verb alone is one ("Died" under a life line: selection joins it to the death in words).
    if (out.find(' ') != std::string::npos || one_verb(out) || copula_subject(focus, out))
      return without_kicker(std::move(out));
    if (segments_[k].kind == SegmentKind::kReporting && says_dated(main_segment())) return {};
    out = phrase_.finish(all_tokens(), max_length);
    return std::count(out.begin(), out.end(), ' ') >= 5 ? without_kicker(std::move(out)) : std::string();
  }

  // Whether the sentence opens with "Here is", "Here are" or "Here's" and has no colon nor a
  // clause of its own (here-clause-openers.txt: "when", "where"): a standfirst
  // that points at what follows ("Here are the stories that shaped the past seven days"), no event.
  bool presents_what_follows() const {
    if (tokens_.size() < 3 || tokens_[0].lower.rfind("here", 0) != 0) return false;
    const std::string& w = tokens_[0].lower;
    bool opens = w == "here's" || w == "here\u2019s" ||
                 (w == "here" && (is(tokens_[1], kBeForms) || tokens_[1].lower == "'s" || tokens_[1].lower == "\u2019s"));
    // "Here are the results from Sunday, when Smith won the final": a clause of its own tells of
    // an event.
    return opens && std::none_of(tokens_.begin(), tokens_.end(), [](const Token& t) { return is_punct(t, ":"); }) &&
           std::none_of(tokens_.begin() + 2, tokens_.end(), [](const Token& t) { return is(t, kHereClauseOpeners); });
  }

  // Whether `word` is the subject a copula right before the focus date joins it to ("The vote was
  // [Tuesday]": "Vote"): the one word says what happened then.
  bool copula_subject(size_t focus, std::string_view word) const {
    size_t first = focus_tokens(focus).first;
    if (word.empty() || first < 2 || first >= tokens_.size() || !is(tokens_[first - 1], kBeForms)) return false;
    const Token& subject = tokens_[first - 2];
    return subject.word && subject.timex < 0 && !subject.cap && subject.lower == temporal::lower_ascii(word) &&
           !is(subject, kPronouns) && !looks_verb(subject);
  }

  // Whether `word` is one of the sentence's words that looks like a past verb ("Died", "Born").
  bool one_verb(std::string_view word) const {
    if (word.empty()) return false;
    const std::string lower = temporal::lower_ascii(word);
    for (const Token& t : tokens_)
      if (t.word && t.timex < 0 && t.lower == lower)
        return !t.lower.ends_with("ing") && !t.lower.ends_with("s") &&
               (looks_verb(t) || is(t, kIrregularPast) || is(t, kParticiples) ||
                (t.lower.size() >= 4 && t.lower.ends_with("ed")));
    return false;
  }

  // "09:40 GMT - Breaking: Acas says talks will continue": a kicker after a live blog's stamp
  // is left at the label's head ("Breaking: Acas says ..."), where speaker_tag_end (which looks
  // only at the sentence's first words) does not see it; the label starts after it.
  static std::string without_kicker(std::string label) {
    size_t end = 0;
    while (end < label.size() && std::isalpha(static_cast<unsigned char>(label[end]))) ++end;
    if (end == 0 || end + 2 >= label.size()) return label;
    if (!kKickers.contains(temporal::lower_ascii(std::string_view(label).substr(0, end)))) return label;
    size_t rest = end;
    if (label[rest] == ':') ++rest;
    else if (label.compare(rest, 3, " - ") == 0) rest += 2;
    else return label;
    while (rest < label.size() && label[rest] == ' ') ++rest;
    std::string out = label.substr(rest);
    if (out.find(' ') == std::string::npos) return label;
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  }

  // Whether segment k (a main clause that a reporting clause reports) holds a date of its own:
  // "Ridership figures will be published next month, a spokeswoman said on Wednesday" has its
  // event next month; the day it was said would only repeat it ("Spokeswoman said: Ridership
  // figures will be published"), so that day gets no label. Without a date of its own ("Trains
  // will run later, a spokeswoman said on Wednesday") the saying is the event.
  bool says_dated(size_t k) const {
    return std::any_of(tokens_.begin() + static_cast<long>(segments_[k].body),
                       tokens_.begin() + static_cast<long>(segments_[k].end),
                       [](const Token& t) { return t.timex >= 0 && t.dated; });
  }

  // Whether segment k is a reporting clause that a colon ends and what follows has a date of
  // its own: "Ana Reis said on Wednesday: Ridership figures will be published next month".
  bool quotes_dated(size_t k) const {
    if (k + 1 >= segments_.size() || !is_punct(tokens_[segments_[k + 1].begin], ":")) return false;
    const Segment& g = segments_[k];
    bool reports = false;
    for (size_t i = g.body; i < g.end && !reports; ++i)
      reports = is(tokens_[i], kReportingVerbs) && tokens_[i].timex < 0 && tokens_[i].lower != "according";
    if (!reports) return false;
    for (size_t j = k + 1; j < segments_.size(); ++j)
      if (says_dated(j)) return true;
    return false;
  }

  std::string label_of_clause(size_t focus, size_t max_length) {
    phrase_.set_focus(static_cast<int>(focus));
    auto [first, last] = focus_tokens(focus);
    if (first == tokens_.size()) return phrase_.finish(all_tokens(), max_length);
    // "12:05 GMT What we know so far": a time that runs into words with no verb heads a section
    // (a live blog's entry) and says nothing of what happened.
    if (first == 0 && time_end(0) < tokens_.size() && tokens_[time_end(0)].word &&
        !has_verb(time_end(0), tokens_.size()) && !has_present(time_end(0), tokens_.size()))
      return {};
    if (auto next = followed_by(first)) return phrase_.finish(*next, max_length);
    size_t home = segment_of(first), k = home;
    std::vector<size_t> period = period_antecedent(home);
    phrase_.set_kept(period.empty() ? -1 : tokens_[period.front()].timex);
    // "Rescued by fishermen on Nov. 25, Elian has become ...": the date times the participle,
    // which says what happened to the main clause's subject.
    // Not "According to the survey released on Tuesday,": a source, not what its subject did.
    bool perfect = tokens_[0].lower == "having";
    // "Ending a case that began with a whistle-blower's email in 2019, the jury ...": a date inside
    // a relative clause of the opening phrase dates that clause ("Case began with ...").
    if (segments_[home].kind == SegmentKind::kFronted && home == 0 && opening_participle())
      if (auto relative = fronted_relative(segments_[home].begin, first, segments_[home].end))
        return phrase_.finish(*relative, max_length);
    if (segments_[home].kind == SegmentKind::kFronted && home == 0 && opening_participle() &&
        tokens_[0].lower != "according" && (perfect || person_subject_pronoun().empty())) {
      std::vector<size_t> subject = subject_of(main_segment());
      std::vector<size_t> phrase = range(segments_[home].begin, segments_[home].end);
      // "Having lost on Sunday, Rovers ...": the perfect participle says the subject lost then
      // ("Rovers lost"; "Having been delayed": "Ferry delayed").
      if (perfect && phrase.size() > 2) {
        phrase.erase(phrase.begin());
        if (tokens_[phrase[0]].lower == "been") phrase.erase(phrase.begin());
      }
      std::string who = subject.size() <= 6 ? phrase_.finish(subject, max_length / 3) : std::string();
      std::string what = phrase_.finish(phrase, max_length - std::min(max_length, who.size() + 1));
      if (!who.empty() && (what.find(' ') != std::string::npos || (perfect && !what.empty()))) {
        if (what[0] >= 'A' && what[0] <= 'Z' && !(what.size() > 1 && what[1] >= 'A' && what[1] <= 'Z'))
          what[0] = static_cast<char>(what[0] - 'A' + 'a');
        return who + " " + what;
      }
    }
    if (segments_[home].kind == SegmentKind::kFronted && home == 0)
      if (std::string done = fronted_ing(first, max_length); !done.empty()) return done;
    if (auto absolute = absolute_clause(home, first, max_length)) return *absolute;
    if (auto compared = elliptical_comparison(first)) return phrase_.finish(*compared, max_length);
    if (auto focused = cleft(home, first, last)) return phrase_.finish(*focused, max_length);
    if (auto aside = parenthesised(first, last)) return phrase_.finish(*aside, max_length);
    if (segments_[k].kind == SegmentKind::kFronted) k = main_segment();
    else if (segments_[k].kind == SegmentKind::kResume) k = resume_owner(k);
    if (auto gapped = gapped_object(first, k)) return phrase_.finish(*gapped, max_length);
    if (auto meeting = happening_after_of(first)) return phrase_.finish(*meeting, max_length);
    if (auto owner = aside_after_relative(home, first, last))
      return phrase_.finish(segment_words(*owner), max_length);
    if (auto when = when_clause_after(last)) return phrase_.finish(segment_words(*when), max_length);
    if (auto change = change_at(first, k)) return phrase_.finish(*change, max_length);
    if (auto phrase = fronted_participle(first)) return phrase_.finish(*phrase, max_length);
    if (auto aside = participle_aside(first, last, k)) return phrase_.finish(*aside, max_length);
    // "X, which offered ..., said it would extend its bid, due to expire last Thursday, to ...":
    // an aside in the resumed main clause.
    // Not the resumed clause's own verb ("Ogden, whose shares ..., closed [yesterday] at $26").
    if (segments_[home].kind == SegmentKind::kResume &&
        std::any_of(tokens_.begin() + static_cast<long>(segments_[home].body) + 1,
                    tokens_.begin() + static_cast<long>(first),
                    [](const Token& t) { return is_punct(t, ",") && t.timex < 0; }))
      if (auto aside = participle_aside(first, last, home)) return phrase_.finish(*aside, max_length);
    if (auto relative = object_relative(first, k)) {
      // "the peak we expect in March": what is expected then, not the expecting.
      if (std::string_view p = expected_participle(first, k); !p.empty()) {
        std::string np = phrase_.finish(noun_phrase_of_relative(first, k),
                                        max_length - std::min(max_length, p.size() + 1));
        if (!np.empty()) return np + " " + std::string(p);
      }
      return phrase_.finish(*relative, max_length);
    }
    // "the storm surge of December 2013 flooded 300 homes": the dated phrase is a subject.
    // Not a reported clause's subject ("forecasts that [Cyber Monday] will be"), which its label keeps.
    bool verb_follows = last + 1 < segments_[k].end && looks_verb(tokens_[last + 1]) &&
                        !tokens_[last + 1].lower.ends_with("ing") && !tokens_[first].subject;
    if (verb_follows) {
      // "the issues that hurt Sun's performance [earlier this year] are now behind it": the
      // relative clause the date ends, with the noun phrase it is about.
      if (auto relative = relative_clause_ending_at(first); !relative.empty()) return phrase_.finish(relative, max_length);
      // "the big, often tumultuous slide in stock prices [this month] has turned ...": a date that
      // ends the clause's subject; the whole subject, not only its last noun phrase.
      const Segment& g = segments_[k];
      // "Air quality alerts for PM2.5 issued [on Nov. 18] may have contributed": a participle
      // right before the date is what the subject underwent then ("... issued"). Not when the
      // date is a period with its end after it ("Sales increased in the quarter ended Sept. 30").
      if (size_t p = first - 1; first > g.body + 1 && tokens_[p].lower.ends_with("ed") &&
                                looks_verb(tokens_[p]) && !is(tokens_[p], kAuxiliaries) &&
                                !has_verb(g.body, p) && !is(tokens_[last + 1], kPeriodVerbs)) {
        size_t from = subject_start(g.body, p);
        // "A survey published last week found that ...": what it says came out with it, so the
        // label says that instead ("Survey found that ...").
        bool says = is(tokens_[last + 1], kReportingVerbs) ||
                    (last + 2 < g.end && tokens_[last + 2].lower == "that");
        if (from < p && p - from <= 14 && says) {
          std::vector<size_t> out = range(from, p), rest = range(last + 1, g.end);
          out.insert(out.end(), rest.begin(), rest.end());
          return phrase_.finish(out, max_length);
        }
        if (from < p && p - from <= 14) return phrase_.finish(range(from, first), max_length);
      }
      size_t from = subject_start(g.body, first);
      if (from < first && first - from <= 14 && !has_verb(g.body, first)) {
        std::vector<size_t> subject = range(from, first), rest = range(last + 1, g.end);
        subject.insert(subject.end(), rest.begin(), rest.end());
        return phrase_.finish(subject, max_length);
      }
      if (auto np = noun_phrase_before(first); !np.empty()) {
        std::vector<size_t> rest = range(last + 1, segments_[k].end);
        np.insert(np.end(), rest.begin(), rest.end());
        return phrase_.finish(np, max_length);
      }
    }
    // "... up from £1,719 under the current cap that took effect on 1 October.": a date that ends
    // its segment inside a relative clause dates that clause, told of the noun phrase it is about
    // ("Current cap took effect"), not the main clause's happening.
    // The noun phrase starts after a preposition inside it, at an article ("under the current
    // cap"); one with a bare noun after its preposition ("the rise in prices") is left to the
    // main clause.
    bool ends_sentence = std::none_of(tokens_.begin() + static_cast<std::ptrdiff_t>(last) + 1, tokens_.end(),
                                      [](const Token& t) { return t.word; });
    if (ends_sentence && (home == k || segments_[home].kind == SegmentKind::kResume))
      if (auto relative = relative_clause_ending_at(first); !relative.empty()) {
        size_t gap = 0;  // the relative pronoun stands after relative[gap]
        while (gap + 1 < relative.size() && relative[gap + 1] == relative[gap] + 1) ++gap;
        auto opens_np = [&](size_t j) { return is(tokens_[j], kArticles) || is(tokens_[j], kPossessives); };
        // A phrase that does not open as a noun phrase does ("oversees enforcement of the consent
        // decree that ..."; "to investigate who shot ..." has none) after its last preposition
        // with an article, "of" too.
        const Token& lead = tokens_[relative[0]];
        bool whole = opens_np(relative[0]) || lead.cap || std::isdigit(static_cast<unsigned char>(lead.lower[0]));
        size_t cut = relative.size();
        for (size_t j = 0; j < gap; ++j)
          if (is(tokens_[relative[j]], kCutWords) && (!whole || tokens_[relative[j]].lower != "of") &&
              (whole || opens_np(relative[j + 1])))
            cut = j;
        if ((whole && cut == relative.size()) || (cut != relative.size() && opens_np(relative[cut + 1]))) {
          if (cut != relative.size()) relative.erase(relative.begin(), relative.begin() + cut + 1);
          return phrase_.finish(relative, max_length);
        }
      }
    // After an inserted relative clause, the main clause resumes in its own segment ("X, who ...,
    // said on Monday that ..."): a date there may claim it too.
    bool resumed = segments_[home].kind == SegmentKind::kResume;
    if (auto gapped = gapped_phrase(first, k)) return phrase_.finish(*gapped, max_length);
    if (auto before = before_gapped_phrase(first, last, k)) return phrase_.finish(*before, max_length);
    // "28 days between the holiday and [Christmas]": the date is one of the pair, whose clause
    // says what it is to Christmas; "Holiday" alone would not.
    if (!between_second(first) && (claimed_by_earlier(k, focus) || (resumed && claimed_by_earlier(home, focus)))) {
      // "Town beat Castleford on Saturday and travel to Brampton [this afternoon]": a predicate
      // of its own after "and", told of the clause's subject.
      if (size_t c = coordinate_predicate(k, first); c < first) {
        std::vector<size_t> subject = noun_phrase_subject(main_segment());
        if (k == main_segment() && !subject.empty() && subject.size() <= 6) {
          // "will spend ... and return the budget to surplus": a plain verb shares the modal.
          if (is(tokens_[c + 1], kBarePresents))
            for (size_t m = subject.back() + 1; m < c && is(tokens_[m], kModals); ++m) subject.push_back(m);
          std::vector<size_t> rest = range(c + 1, first);
          subject.insert(subject.end(), rest.begin(), rest.end());
          return phrase_.finish(subject, max_length);
        }
      }
      if (auto np = noun_phrase_before(first); !np.empty()) {
        // "revenues dropped to $300 million last year, down from $450 million [the year before]":
        // an amount says what it measures through the clause's subject ("Revenues: $450 million").
        if (amount(np)) {
          std::vector<size_t> subject = subject_of(main_segment());
          if (subject.empty() || subject.size() > 8) return {};
          if (np.front() > 0) {  // its currency sign
            if (kCurrencySigns.contains(tokens_[np.front() - 1].lower))
              np.insert(np.begin(), np.front() - 1);
          }
          subject.push_back(tokens_.size());
          subject.insert(subject.end(), np.begin(), np.end());
          return phrase_.finish(subject, max_length);
        }
        return phrase_.finish(np, max_length);
      }
      // "told analysts that hiring had been frozen since January": the reported clause.
      const Segment& g = segments_[resumed ? home : k];
      for (size_t i = first; i-- > g.begin;)
        if (tokens_[i].lower == "that" && tokens_[i].timex < 0)
          return phrase_.finish(
              with_subject_for_pronoun(up_to_date(reported_clause(i + 1, g.end), last), resumed ? main_segment() : k),
              max_length);
      // "The authority said on Monday it would reopen the quay on Friday": the reported clause
      // without "that", after the saying's own date. Not when its subject is a pronoun that says
      // less than the saying's subject ("they had made progress", "it" for a long subject).
      // "On Monday, the authority said it would ...": the saying's date before its verb too.
      if (auto clause = bare_reported_clause(first, g)) {
        std::vector<size_t> reported = with_subject_for_pronoun(up_to_date(*clause, last), resumed ? main_segment() : k);
        const Token& lead = tokens_[reported.front()];
        // Nor "its members would ...": whose members the saying's subject says.
        if ((!is(lead, kPronouns) && !is(lead, kPossessives)) || is(lead, kMalePronouns) ||
            is(lead, kFemalePronouns))
          return phrase_.finish(reported, max_length);
      }
    }
    // "she learned to sail, graduating in 1961", "he studied law, qualifying as a barrister in
    // 1985": a participle phrase says what the main clause's person did then, in the past ("She
    // graduated", "He qualified as a barrister").
    // "The jury deliberated for three days before returning its verdict shortly after 3 p.m.":
    // an -ing phrase after "before" or "after" says the same ("Jury returned its verdict"); a
    // name is no -ing phrase ("after Beijing announced support on Tuesday").
    bool timed_ing = segments_[k].kind == SegmentKind::kSubordinate && segments_[k].body > 0 &&
                     segments_[k].body < segments_[k].end &&
                     tokens_[segments_[k].body].lower.ends_with("ing") &&
                     !tokens_[segments_[k].body].cap &&  // "after Beijing announced": a name
                     (tokens_[segments_[k].body - 1].lower == "before" ||
                      tokens_[segments_[k].body - 1].lower == "after");
    if (segments_[k].kind == SegmentKind::kParticipial || timed_ing) {
      const Token& verb = tokens_[segments_[k].body];
      bool ing = verb.lower.ends_with("ing") && !is(verb, kAspectVerbs);
      std::string who = ing ? person_subject() : std::string();
      // "The company cut prices in March, sending shares up by April": any short subject that is
      // no pronoun did it ("Company sent shares up").
      if (ing && who.empty())
        if (std::vector<size_t> subject = noun_phrase_subject(main_segment());
            !subject.empty() && subject.size() <= 6)
          if (std::string np = phrase_.finish(subject, max_length / 3);
              np.find("\u2026") == std::string::npos)
            who = np + abbreviation_dot(subject.back());  // a subject cut short says no one
      std::string past = who.empty() || !main_clause_past() ? std::string() : past_of_ing(verb.lower);
      size_t room = who.size() + past.size() + 1;
      if (!past.empty() && room < max_length) {
        std::string out = phrase_.finish(segment_words(k), max_length - room + verb.lower.size());
        if (out.size() >= verb.lower.size() &&
            temporal::lower_ascii(out.substr(0, verb.lower.size())) == verb.lower)
          return who + " " + past + out.substr(verb.lower.size());
      }
      // A bare verb ("Starting") says nothing alone; the sentence says more.
      std::string out = phrase_.finish(segment_words(k), max_length);
      return out.find(' ') == std::string::npos ? std::string() : out;
    }
    if (segments_[k].kind == SegmentKind::kReporting) return reported_content(k, max_length);
    std::vector<size_t> words = segment_words(k);
    // "The concert opens the festival [on Friday], followed by a parade on Saturday": the dated
    // phrase after "followed by" is the later event, not this one's.
    for (size_t i = last + 1; i + 2 < tokens_.size(); ++i)
      if (followed_at(i)) {
        size_t by = i + 1;
        while (by < tokens_.size() && tokens_[by].timex >= 0) ++by;
        bool dated = std::any_of(tokens_.begin() + static_cast<long>(by), tokens_.end(),
                                 [](const Token& t) { return t.timex >= 0 && t.dated; });
        if (dated) std::erase_if(words, [&](size_t j) { return j >= i - 1; });
        break;
      }
    // "... beat Castleford [on Saturday] and travel to Brampton this afternoon": the later
    // predicate, dated itself, is not what happened then.
    for (size_t i = last + 1; i < segments_[k].end; ++i)
      if (i + 1 < tokens_.size() && tokens_[i + 1].timex >= 0 && tokens_[i + 1].timex != static_cast<int>(focus) &&
          tokens_[i + 1].dated) {
        size_t c = coordinate_predicate(k, i + 1);
        if (c > last && c < i + 1)
          words.erase(std::remove_if(words.begin(), words.end(), [&](size_t j) { return j >= c; }), words.end());
        break;
      }
    return phrase_.finish(words, max_length);
  }

  // "Rovers will be without their top scorer for about six weeks ..., the club said on Thursday":
  // a date on a trailing reporting clause labels what was said. "Speaker said: what was said"
  // when both fit; when the cut would leave only "Club said", what was said alone.
  std::string reported_content(size_t k, size_t max_length) {
    std::vector<size_t> words = segment_words(k);
    std::string out = phrase_.finish(words, max_length);
    if (std::find(words.begin(), words.end(), tokens_.size()) == words.end() || out.find(": ") != std::string::npos)
      return out;
    // Only for a speaker of its own before the verb ("the club said"), after a main clause.
    const Segment& g = segments_[k];
    size_t m = main_segment();
    bool speaker_first = g.body < g.end && tokens_[g.body].word && !is(tokens_[g.body], kReportingVerbs) &&
                         !is(tokens_[g.body], kConjunctions);
    if (!speaker_first || m >= k || segments_[m].kind != SegmentKind::kMain) return out;
    // '"... is closing very fast," Prince Bandar bin Sultan, the ambassador, said': the speaker's
    // name after the quotation is the reporting clause's, not what was said.
    std::vector<size_t> words_said = segment_words(m);
    for (size_t q = words_said.size(); q-- > 0 && q + 8 > words_said.size();) {
      size_t i = words_said[q];
      if (i >= tokens_.size() || !(is_punct(tokens_[i], "\"") || is_punct(tokens_[i], "\u201D"))) continue;
      bool name = q + 1 < words_said.size() && words_said[q + 1] < tokens_.size() && tokens_[words_said[q + 1]].cap;
      for (size_t r = q + 1; name && r < words_said.size(); ++r)
        name = words_said[r] < tokens_.size() && !looks_verb(tokens_[words_said[r]]) &&
               (tokens_[words_said[r]].word || is_punct(tokens_[words_said[r]], ","));
      if (name) words_said.resize(q + 1);
      break;
    }
    std::string said = phrase_.finish(words_said, max_length);
    return said.find(' ') == std::string::npos ? out : said;
  }

 private:
  // The main clause's first verb, or tokens_.size() when it has none (or a date comes first).
  size_t main_clause_verb() const {
    if (segments_.empty()) return tokens_.size();
    const Segment& g = segments_[main_segment()];
    size_t i = g.body;
    while (i < g.end && !looks_verb(tokens_[i])) ++i;
    return i == g.end || tokens_[i].timex >= 0 ? tokens_.size() : i;
  }

  // Whether the main clause's first verb is in the simple past ("learned", "came", "was",
  // "didn't"): only then does the text justify writing an -ing phrase beside it in the past
  // ("The line will open in May, bringing trams ..." is no "Line brought trams").
  bool main_clause_past() const {
    size_t i = main_clause_verb();
    if (i == tokens_.size()) return false;
    std::string_view w = tokens_[i].lower;
    for (std::string_view neg : {"n't", "n\u2019t"})
      if (w.ends_with(neg)) w.remove_suffix(neg.size());
    if (w == "was" || w == "were" || w == "had" || w == "did" || listed_past(w)) return true;
    return w.size() > 4 && w.ends_with("ed") && !kAuxiliaries.contains(std::string(w));
  }

  // Whether the main clause's first verb is a simple present ("Rovers visit", "the team
  // travels"): no auxiliary ("has been creating", "will vote"), no past, no -ing.
  bool main_clause_simple_present() const {
    size_t i = main_clause_verb();
    if (i == tokens_.size()) return false;
    const Token& v = tokens_[i];
    return !is(v, kAuxiliaries) && !is(v, kModals) && !listed_past(v.lower) &&
           !v.lower.ends_with("ed") && !v.lower.ends_with("ing") && !v.lower.ends_with("n't") &&
           !v.lower.ends_with("n\u2019t");
  }

  // The main clause's subject when it is "he"/"she" or a person's name, as a label writes it.
  std::string person_subject() const {
    if (std::string pronoun = person_subject_pronoun(); !pronoun.empty()) return pronoun;
    return phrase_.person(subject_of(main_segment()));
  }

  // "." when one closes the word at token i ("Corp."), so that a label ending there keeps it.
  std::string abbreviation_dot(size_t i) const {
    bool dot = i + 1 < tokens_.size() && is_punct(tokens_[i + 1], ".") &&
               tokens_[i + 1].begin == tokens_[i].end && tokens_[i].word && tokens_[i].cap;
    return dot ? "." : "";
  }

  // "The river rose faster than it did [in 2019]", "as many ships as it did [last year]", "fell
  // in February, as it had [in January]": a comparison whose clause is only a pronoun and an
  // auxiliary before the date says the clause it compares with was measured (or happened) then
  // too. Its own words say nothing alone ("... faster than it"), so the label is that clause up
  // to "than" or "as" ("River rose faster", "Rail traffic fell"); nullopt for any other date.
  std::optional<std::vector<size_t>> elliptical_comparison(size_t first) const {
    size_t i = first;
    while (i > 0 && is(tokens_[i - 1], kAuxiliaries) && tokens_[i - 1].timex < 0) --i;
    if (i < 2 || !(is(tokens_[i - 1], kSubjectPronouns) || is(tokens_[i - 1], kNeuterPronouns)) ||
        tokens_[i - 1].timex >= 0)
      return std::nullopt;
    size_t word = i - 2;  // "than" or "as"
    if ((tokens_[word].lower != "than" && tokens_[word].lower != "as") || tokens_[word].timex >= 0)
      return std::nullopt;
    size_t k = segment_of(word);
    // ", as it had in January" opens a clause of its own: the one before it is compared.
    if (segments_[k].body > word) {
      if (k == 0) return std::nullopt;
      return segment_words(k - 1);
    }
    std::vector<size_t> out = segment_words(k);
    std::erase_if(out, [&](size_t j) { return j >= word && j < tokens_.size(); });
    if (out.empty()) return std::nullopt;
    return out;
  }

  // The relative clause ("that began with an email") in a sentence's opening phrase that holds the
  // date at token `first`, with the noun phrase it is about first ("a case that began ..." ->
  // "case began ..."): "that", "which" or "who" after a noun, its verb right after it and the date
  // past the verb; nullopt else.
  std::optional<std::vector<size_t>> fronted_relative(size_t begin, size_t first, size_t end) const {
    for (size_t r = begin + 2; r + 1 < first; ++r) {
      const Token& rel = tokens_[r];
      if (rel.timex >= 0 || !is(rel, kRelativePronouns)) continue;
      const Token& noun = tokens_[r - 1];
      if (!noun.word || noun.timex >= 0 || looks_verb(noun) || is(noun, kCutWords)) continue;
      // Its verb: a verb, or an auxiliary and a verb ("that was launched").
      size_t v = r + 1;
      if (is(tokens_[v], kAuxiliaries) && v + 1 < first && looks_verb(tokens_[v + 1])) ++v;
      if (tokens_[v].timex >= 0 || !looks_verb(tokens_[v])) return std::nullopt;
      std::vector<size_t> np = noun_phrase_ending_at(r);
      // The opening participle is capitalised, so no verb to noun_phrase_ending_at: it goes.
      std::erase_if(np, [&](size_t i) { return i == begin && tokens_[i].lower.ends_with("ing"); });
      if (np.empty()) return std::nullopt;
      std::vector<size_t> out = np;
      for (size_t i = r + 1; i < end; ++i) out.push_back(i);
      return out;
    }
    return std::nullopt;
  }

  // "After touring the capital on Thursday and meeting police leaders on Friday, the FBI chief
  // said": an -ing phrase after "after" or "before" that opens the sentence says what the main
  // clause's subject did then, in the past ("FBI chief toured the capital"); else empty.
  std::string fronted_ing(size_t first, size_t max_length) const {
    const Segment& g = segments_[0];
    if (g.end < g.begin + 3 || !is(tokens_[g.begin], kClauseConjunctions) ||
        !is(tokens_[g.begin], kFrontedStarters))
      return {};
    auto ing = [&](size_t i) {
      return tokens_[i].timex < 0 && tokens_[i].lower.ends_with("ing") && looks_verb(tokens_[i]) &&
             (i == g.begin + 1 || is(tokens_[i - 1], kConjunctions));
    };
    size_t verb = g.end;
    for (size_t i = g.begin + 1; i < first; ++i)
      if (ing(i)) verb = i;
    if (verb == g.end || is(tokens_[verb], kAspectVerbs)) return {};
    size_t end = verb + 1;
    while (end < g.end && !(is(tokens_[end], kConjunctions) && end + 1 < g.end && ing(end + 1)))
      ++end;
    if (first >= end) return {};
    std::string who = person_subject();
    if (who.empty()) {
      std::vector<size_t> subject = noun_phrase_subject(main_segment());
      while (!subject.empty() &&
             (is(tokens_[subject.back()], kDropAdverbs) ||
              (tokens_[subject.back()].lower.ends_with("ly") && !tokens_[subject.back()].cap)))
        subject.pop_back();
      if (subject.empty() || subject.size() > 6) return {};
      who = phrase_.finish(subject, max_length / 3);
      if (who.find("\u2026") != std::string::npos) return {};
      who += abbreviation_dot(subject.back());
    }
    // The main clause not in the past ("After bringing the plan forward on Monday, the council
    // will vote"): the text's own -ing phrase, no past tense the text does not write; unless its
    // date is over ("After losing on Sunday, Rovers visit Bristol on Tuesday": "Rovers lost").
    if (!main_clause_past() &&
        !(main_clause_simple_present() && times_[static_cast<size_t>(tokens_[first].timex)].past)) {
      std::string own = phrase_.finish(range(verb, end), max_length);
      return own.find(' ') == std::string::npos ? std::string() : own;
    }
    std::string past = past_of_ing(tokens_[verb].lower);
    if (past.empty() || who.size() + past.size() + 2 >= max_length) return {};
    // An article right after the verb stays ("won the election"); a label would drop it.
    size_t from = verb + 1;
    if (is(tokens_[from], kArticles) && from + 1 < end && tokens_[from + 1].timex < 0)
      past += " " + tokens_[from++].lower;
    std::string what = phrase_.finish(range(from, end), max_length - who.size() - past.size() - 2);
    // The phrase's first word keeps its case ("toured Tanzanian capital", "met with police").
    if (!what.empty() && !tokens_[from].cap && what[0] >= 'A' && what[0] <= 'Z')
      what[0] = static_cast<char>(what[0] - 'A' + 'a');
    return who + " " + past + (what.empty() ? "" : " " + what);
  }

  // "It was not until Tuesday that Castro revealed ...", "It was on Monday that the council
  // voted": the clause after "that" is what happened then (a cleft sentence); else nullopt.
  std::optional<std::vector<size_t>> cleft(size_t k, size_t first, size_t last) const {
    const Segment& g = segments_[k];
    size_t i = g.body;
    while (i < first && (is(tokens_[i], kConjunctions) || is(tokens_[i], kDiscourse))) ++i;
    if (i + 1 >= first || tokens_[i].lower != "it" ||
        !(is(tokens_[i + 1], kAuxiliaries) || tokens_[i + 1].lower.ends_with("n't") ||
          tokens_[i + 1].lower.ends_with("n\u2019t")))
      return std::nullopt;
    for (i += 2; i < first; ++i)
      if (!is(tokens_[i], kNegations) && tokens_[i].lower != "only") return std::nullopt;
    if (last + 2 >= g.end || tokens_[last + 1].lower != "that" || !clause_follows(last + 2))
      return std::nullopt;
    return range(last + 2, g.end);
  }

  // "He" or "She" when that is the main clause's whole subject; else empty.
  std::string person_subject_pronoun() const {
    if (segments_.empty()) return {};
    std::vector<size_t> subject = subject_of(main_segment());
    phrase_.trim_ends(subject);
    if (subject.size() != 1 || !is(tokens_[subject[0]], kPersonPronouns)) return {};
    std::string w = tokens_[subject[0]].lower;
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
  }

  // "on Christmas Day itself", "in 2019 itself": a reflexive that stresses a date is the date's.
  void claim_reflexives() {
    for (size_t i = 1; i < tokens_.size(); ++i)
      if (tokens_[i].timex < 0 && tokens_[i - 1].timex >= 0 &&
          (tokens_[i].lower == "itself" || tokens_[i].lower == "themselves")) {
        tokens_[i].timex = tokens_[i - 1].timex;
        tokens_[i].dated = tokens_[i - 1].dated;
      }
  }

  // "Eid al-Fitr, which ends the month of fasting, is expected on March 20": a named day (a
  // holiday's capitalised name, no weekday) that opens its clause as its subject, maybe with an
  // aside between commas after it, before a verb whose clause has a date of its own, is what the
  // clause is about; kept in that date's label ("Eid al-Fitr is expected"), not "Is expected".
  void mark_named_date_subjects() {
    for (size_t first = 0; first < tokens_.size(); ++first) {
      int t = tokens_[first].timex;
      if (t < 0 || (first > 0 && tokens_[first - 1].timex == t)) continue;
      bool opens = first == 0 || (is(tokens_[first - 1], kConjunctions) && first > 1 &&
                                  is_punct(tokens_[first - 2], ","));
      size_t e = time_end(first);
      bool named = opens && !is(tokens_[first], kWeekdays);
      for (size_t i = first; named && i < e; ++i) named = tokens_[i].word && (tokens_[i].cap || tokens_[i].lower.find('-') != std::string::npos);
      if (!named || e >= tokens_.size()) continue;
      size_t v = e;
      if (is_punct(tokens_[v], ",")) {  // ", which ends the month of fasting,"
        size_t close = v + 1;
        while (close < tokens_.size() && close < v + 16 && !is_punct(tokens_[close], ",")) ++close;
        if (close >= tokens_.size() || close == v + 16) continue;
        v = close + 1;
      }
      if (v >= tokens_.size() || tokens_[v].timex >= 0 ||
          !(is(tokens_[v], kAuxiliaries) || is(tokens_[v], kModals) || is(tokens_[v], kBeForms)))
        continue;
      bool dated_later = false;
      for (size_t i = v + 1; i < tokens_.size() && !dated_later; ++i) {
        if (is_punct(tokens_[i], ";") || (is_punct(tokens_[i], ",") && i + 1 < tokens_.size() &&
                                          is(tokens_[i + 1], kConjunctions)))
          break;
        dated_later = tokens_[i].timex >= 0 && tokens_[i].timex != t && tokens_[i].dated;
      }
      if (dated_later)
        for (size_t i = first; i < e; ++i) tokens_[i].subject = true;
    }
  }

  // Marks tokens of each time expression, with the prepositions that introduce it.
  void mark_times(const std::vector<TimeSpan>& times) {
    for (size_t t = 0; t < times.size(); ++t) {
      auto claim = [&](size_t i) {
        tokens_[i].timex = static_cast<int>(t);
        tokens_[i].dated = times[t].dated;
      };
      size_t first = tokens_.size();
      for (size_t i = 0; i < tokens_.size(); ++i) {
        // "Last year's floods": the possessive ending goes with the time phrase.
        bool possessive = tokens_[i].begin < times[t].end && tokens_[i].end > times[t].end &&
                          (s_.substr(times[t].end, tokens_[i].end - times[t].end) == "'s" ||
                           s_.substr(times[t].end, tokens_[i].end - times[t].end) == "\u2019s");
        if (tokens_[i].begin >= times[t].begin && (tokens_[i].end <= times[t].end || possessive)) {
          claim(i);
          first = std::min(first, i);
        }
      }
      if (first == tokens_.size()) continue;
      // A deictic date ("next week", "this month") takes no preposition into its phrase, but "for"
      // or "by" before it ("scheduled for next Thursday", "done by next year") is the date's, not
      // the label's ("is scheduled for at the hall" was left).
      // Not before a possessive date, which is a noun's ("up from last year's $1.55 billion").
      bool deictic = is(tokens_[first], kDeictic) &&
                     !(first > 0 && tokens_[first - 1].timex < 0 &&
                       is(tokens_[first - 1], kDeicticPrepositions) &&
                       !ends_possessive(tokens_[time_end(first) - 1].lower));
      // "after a shaky first half", "in a dismal fourth quarter": an ordinal period's article and
      // adjectives go with it, not into the label.
      const std::string& lead = tokens_[first].lower;
      if (lead == "first" || lead == "second" || lead == "third" || lead == "fourth" ||
          lead == "final") {
        size_t k = first, words = 0;
        while (k > 0 && words < 2 && tokens_[k - 1].word && !tokens_[k - 1].cap &&
               tokens_[k - 1].timex < 0 && !looks_verb(tokens_[k - 1]) &&
               !is(tokens_[k - 1], kCutWords) && !is(tokens_[k - 1], kArticles) &&
               !is(tokens_[k - 1], kPossessives))
          --k, ++words;
        if (words > 0 && k > 0 && is(tokens_[k - 1], kArticles) && tokens_[k - 1].timex < 0)
          while (first > k - 1) claim(--first);
      }
      // "its fourth quarter ended Sept. 30": the participle that ties a period to the day it ended
      // on goes with the period, or the label keeps a stray "ended".
      if (size_t e = time_end(first);
          e + 1 < tokens_.size() && t + 1 < times.size() && tokens_[e].timex < 0 &&
          (tokens_[e].lower == "ended" || tokens_[e].lower == "ending") &&
          tokens_[e + 1].begin == times[t + 1].begin)
        claim(e);
      // "resigned shortly after 10 p.m. local time", "at 8 p.m. Hong Kong time": the clock the
      // time is told in goes with it ("Champion resigned local time" was left). Only after a
      // clock time ("p.m.", "noon", "10:15"), and at most two capitalised words before "time".
      if (size_t e = time_end(first); e + 1 < tokens_.size() && tokens_[e].timex < 0 &&
                                      clock_time(times[t]) &&
                                      (tokens_[e].lower == "local" || tokens_[e].cap)) {
        size_t k = e + 1;
        if (tokens_[e].cap && tokens_[k].cap && tokens_[k].timex < 0 && k + 1 < tokens_.size()) ++k;
        if (tokens_[k].lower == "time" && tokens_[k].timex < 0 && tokens_[e].word && tokens_[k - 1].word)
          for (size_t i = e; i <= k; ++i) claim(i);
      }
      // "profit rose in its fiscal first quarter": a possessive before a period after a
      // preposition goes with it, or the label keeps "in its"; not before the noun the date
      // modifies ("since his Aug. 2 power-grab").
      if (first > 1 && is(tokens_[first - 1], kPossessives) && tokens_[first - 1].timex < 0 &&
          is(tokens_[first - 2], kTimePrepositions) && tokens_[first - 2].timex < 0 &&
          (ends_noun_phrase(first) || (time_end(first) < tokens_.size() && t + 1 < times.size() &&
                                       tokens_[time_end(first)].begin == times[t + 1].begin)))
        claim(--first);
      // "as of Friday's close", "by Monday's deadline": a possessive date and a noun that names a
      // time are one time phrase.
      if (size_t e = time_end(first); e < tokens_.size() && ends_possessive(tokens_[e - 1].lower) &&
                                      is(tokens_[e], kTimeNouns) && tokens_[e].timex < 0)
        claim(e);
      // "during the Christmas period", "over the Easter break": a date and the noun of a stretch
      // of time after it (stretch-nouns) are one time phrase, with the article before them.
      if (size_t e = time_end(first); e < tokens_.size() && e > first && is(tokens_[e], kStretchNouns) &&
                                      tokens_[e].timex < 0 && !tokens_[e].cap &&
                                      tokens_[e].begin > tokens_[e - 1].end) {
        claim(e);
        if (first > 0 && is(tokens_[first - 1], kArticles) && tokens_[first - 1].timex < 0) claim(--first);
      }
      // "that cold January night", "this wet Friday morning": "that" or "this" and up to two
      // adjectives before a date, and the part of the day after it, are one time phrase.
      if (size_t e = time_end(first); e < tokens_.size() && is(tokens_[e], kDayParts) && tokens_[e].timex < 0) {
        size_t p = first, n = 0;
        while (p > 0 && n < 2 && tokens_[p - 1].word && !tokens_[p - 1].cap && tokens_[p - 1].timex < 0 &&
               !looks_verb(tokens_[p - 1]) && !is(tokens_[p - 1], kArticles) && !is(tokens_[p - 1], kCutWords) &&
               !is(tokens_[p - 1], kConjunctions) && tokens_[p - 1].lower != "that" && tokens_[p - 1].lower != "this") {
          --p;
          ++n;
        }
        if (n > 0 && p > 0 && (tokens_[p - 1].lower == "that" || tokens_[p - 1].lower == "this") &&
            tokens_[p - 1].timex < 0) {
          claim(e);
          while (first > p - 1) claim(--first);
        }
      }
      // "Forecasters expect a mild February", "the wettest May on record": a date that heads a noun
      // phrase with its own article (and adjectives; "a" needs none: "on a Monday") is one phrase
      // with them, so that other dates' labels drop it whole ("a mild and a wet" was left) and its
      // own label may keep it (PhraseWriter::finish). Not a date that modifies a noun after it ("a
      // 2019 report"), nor one that has its article already ("the past week").
      // Only in a subject or object (no preposition before the article), and not a weekday, which
      // wire copy puts bare after any noun ("said in a statement Tuesday"), nor before an -ing
      // noun ("an August meeting").
      bool weekday = is(tokens_[first], kWeekdays);
      size_t after_date = time_end(first);
      // One word that names a month, holiday or season ("February", "Christmas", "summer"), not a
      // day's date or a count ("the plan Aug. 21", "the company that autumn", "a stake five years ago").
      bool named = after_date == first + 1 && tokens_[first].word &&
                   (tokens_[first].cap || is(tokens_[first], kSeasons));
      if (times[t].dated && first > 0 && named && !weekday && !is(tokens_[first], kDeictic) && !is(tokens_[first], kArticles) &&
          !is(tokens_[first], kTimePrepositions) &&
          (after_date >= tokens_.size() || !tokens_[after_date].lower.ends_with("ing")) &&
          (ends_noun_phrase(first) || tokens_[after_date].timex >= 0)) {
        size_t p = first, n = 0;
        while (p > 0 && n < 3 && tokens_[p - 1].word && !tokens_[p - 1].cap && tokens_[p - 1].timex < 0 &&
               !looks_verb(tokens_[p - 1]) && !is(tokens_[p - 1], kArticles) && !is(tokens_[p - 1], kPossessives) &&
               !is(tokens_[p - 1], kCutWords) && !is(tokens_[p - 1], kConjunctions) && !is(tokens_[p - 1], kPronouns) &&
               !is(tokens_[p - 1], kAuxiliaries) && !is(tokens_[p - 1], kDeictic) &&
               !is(tokens_[p - 1], kTimeModifiers) && !tokens_[p - 1].lower.ends_with("ly") &&
               !std::isdigit(static_cast<unsigned char>(tokens_[p - 1].lower[0]))) {
          --p;
          ++n;
        }
        if (p > 0 && tokens_[p - 1].timex < 0 &&
            !(p > 1 && is(tokens_[p - 2], kCutWords) && !is(tokens_[p - 2], kConjunctions) &&
              tokens_[p - 2].lower != "for") &&
            ((n > 0 && (is(tokens_[p - 1], kArticles) || is(tokens_[p - 1], kPossessives))) ||
             (n == 0 && (tokens_[p - 1].lower == "a" || tokens_[p - 1].lower == "an")))) {
          while (first > p - 1) claim(--first);
          for (size_t i = first; i < tokens_.size() && tokens_[i].timex == static_cast<int>(t); ++i)
            tokens_[i].np_head = true;
        }
      }
      // "within a week of his capture", "within hours of the attack": what the time is counted from
      // is part of the time phrase.
      bool counted = is(tokens_[first], kCountingPrepositions) ||
                     (first > 0 && is(tokens_[first - 1], kCountingPrepositions));
      if (size_t e = time_end(first);
          counted && e + 1 < tokens_.size() && tokens_[e].lower == "of" && tokens_[e].timex < 0 &&
          (is(tokens_[e + 1], kArticles) || is(tokens_[e + 1], kPossessives))) {
        claim(e);
        claim(e + 1);
        // Its noun phrase: "the slaying" is a noun after its article.
        for (size_t i = e + 2, n = 0;
             i < tokens_.size() && n < 4 && tokens_[i].word && tokens_[i].timex < 0 &&
             (!looks_verb(tokens_[i]) || (n == 0 && tokens_[i].lower.ends_with("ing"))) &&
             !is(tokens_[i], kCutWords) && !is(tokens_[i], kConjunctions) &&
             !is(tokens_[i], kRelatives);
             ++i, ++n)
          claim(i);
      }
      // "the first storm of the winter": the article left out of the time phrase goes with it,
      // unless the phrase modifies a noun after it ("of the Aug. 7 bombings").
      bool ends_phrase = ends_noun_phrase(first);
      // "over the Thanksgiving weekend,": so is "the" after another time preposition, before a
      // date of more than one word that punctuation ends (not "after the Oct. 23 slaying").
      if (ends_phrase && first > 1 && tokens_[first - 1].lower == "the" &&
          tokens_[first - 1].timex < 0 &&
          (tokens_[first - 2].lower == "of" ||
           (is(tokens_[first - 2], kTimePrepositions) && time_end(first) > first + 1 &&
            time_end(first) < tokens_.size() && !tokens_[time_end(first)].word)) &&
          tokens_[first - 2].timex < 0)
        claim(--first);
      // "lifted in the November of that year": an article the tagger left out of a date that
      // ends its noun phrase goes with it and its preposition ("in the after heavy rain" was left;
      // so was "into the if parts run short": a subordinator after it opens a clause).
      else if (ends_phrase && first > 1 && tokens_[first - 1].lower == "the" && tokens_[first - 1].timex < 0 &&
               is(tokens_[first - 2], kTimePrepositions) && tokens_[first - 2].timex < 0 &&
               (tokens_[first].cap || is(tokens_[first], kSeasons)) && [&] {
                 size_t e = time_end(first);  // nothing of a noun phrase after it
                 return e >= tokens_.size() || !tokens_[e].word || is(tokens_[e], kTimePrepositions) ||
                        is(tokens_[e], kConjunctions) || is(tokens_[e], kSubordinators);
               }())
        claim(--first);
      // "until after May", but "took over in May" keeps its particle: a second preposition right
      // after a verb ("was sworn in on Tuesday": a word after an auxiliary is one) belongs to it.
      // "before autumn rains put it out": a date that describes the subject of a clause leaves
      // the conjunction before it to the clause.
      bool attributive = attributive_time(first);
      // "raised in [Saturday night's] debate", "much of [the third-quarter] growth": a date that
      // modifies the noun after it leaves the preposition to the noun phrase.
      // "hoping for a busy December": "for" before such a noun phrase is no duration's.
      bool purpose = tokens_[first].np_head && first > 0 && tokens_[first - 1].lower == "for";
      for (size_t claimed = 0; !deictic && !purpose && !modifies_noun(first) && first > 0 && is(tokens_[first - 1], kTimePrepositions) &&
                               tokens_[first - 1].timex < 0 && !(attributive && is(tokens_[first - 1], kClauseConjunctions));
           ++claimed) {
        // "Cyprus takes over for ...": a present in -s after a name or a pronoun is a verb too.
        auto named_present = [&](size_t v) {
          return v > 0 && is(tokens_[first - 1], kVerbParticles) && present_after_subject(tokens_[v], tokens_[v - 1]);
        };
        // "notified starting Dec. 14", "rise starting in January": a participle of onset is the
        // date's, whatever precedes it; not the verb of a clause ("Work is starting on Monday"),
        // nor one set off by a comma, whose subject is an event of its own (", starting at noon
        // Saturday": aspect-verbs.txt).
        bool onset = is(tokens_[first - 1], kAspectVerbs);
        if (onset && first >= 2 &&
            (is(tokens_[first - 2], kAuxiliaries) || is(tokens_[first - 2], kBeForms) || is_punct(tokens_[first - 2], ",")))
          break;
        if (claimed > 0 && first > 1 && !onset &&
            (looks_verb(tokens_[first - 2]) || is(tokens_[first - 2], kParticiples) || named_present(first - 2) ||
             (first > 2 && is(tokens_[first - 3], kAuxiliaries) && tokens_[first - 2].word &&
              !tokens_[first - 2].cap)))
          break;
        claim(--first);
      }
      // "a week later than last year": the date a comparison is made with takes its "than" (other
      // labels read "later than because of a clash").
      if (first > 1 && tokens_[first - 1].lower == "than" && tokens_[first - 1].timex < 0 &&
          is(tokens_[first - 2], kTimingComparatives))
        claim(--first);
      // "the best deal of the year", "the first storm of the winter": a time phrase that
      // completes a noun with "of" is part of its noun phrase, kept in other dates' labels.
      if (ends_phrase && first > 0 && tokens_[first].lower == "of" &&
          of_complement_head(tokens_[first - 1]))
        for (size_t i = first; i < tokens_.size() && tokens_[i].timex == static_cast<int>(t); ++i)
          tokens_[i].of_noun = true;
      // "most recently", "as early as 2010", "only last week", "shortly after 6 a.m.".
      // After an auxiliary the word is the predicate ("could be effective next year").
      // "broken even this year": a verb's own word stays with it.
      while (first > 0 && is(tokens_[first - 1], kTimeModifiers) && tokens_[first - 1].timex < 0 &&
             !(first > 1 && is(tokens_[first - 2], kAuxiliaries)) &&
             !(first > 1 &&
               kModifierIdioms.contains(tokens_[first - 2].lower + " " + tokens_[first - 1].lower)))
        claim(--first);
      // "Adobe forecasts that [Cyber Monday] will be the biggest day": a date that is what a
      // reported clause is about says what the clause is about; without it the clause has no
      // subject ("forecasts that will be").
      // So is the subject of a fronted absolute clause ("With [Thanksgiving] falling on Nov. 26,").
      if (size_t e = time_end(first);
          (first > 0 && tokens_[first - 1].lower == "that" && tokens_[first - 1].timex < 0 &&
           !is(tokens_[first], kTimePrepositions) && e < tokens_.size() &&
           (is(tokens_[e], kAuxiliaries) || is(tokens_[e], kModals) || is(tokens_[e], kBeForms))) ||
          (first == 1 && absolute_verb(e) < tokens_.size()))
        for (size_t i = first; i < e; ++i) tokens_[i].subject = true;
    }
  }

  // Whether the date at token `first` ends a "between" pair whose first member is no date ("28
  // days between the holiday and [Christmas]"): one of the pair's nouns, which labels keep.
  bool between_second(size_t first) const {
    if (first < 3 || !is(tokens_[first - 1], kPairConjunctions) || tokens_[first - 1].timex >= 0)
      return false;
    for (size_t j = first - 1; j-- > 0 && j + 6 > first;) {
      if (tokens_[j].timex >= 0 || !tokens_[j].word) return false;
      if (is(tokens_[j], kPairPrepositions)) return j + 2 < first;
    }
    return false;
  }

  // "With Thanksgiving falling on Nov. 26, there are only 28 days ...": the -ing verb of an
  // absolute clause that "with" opens the sentence with, its subject of one to four words before
  // it from token 1 up to `from`; tokens_.size() when the sentence opens otherwise.
  size_t absolute_verb(size_t from) const {
    if (tokens_.empty() || !is(tokens_[0], kAbsoluteOpeners)) return tokens_.size();
    for (size_t i = from; i < tokens_.size() && i <= 5; ++i) {
      const Token& t = tokens_[i];
      if (!t.word) return tokens_.size();
      if (i > 1 && !t.cap && t.timex < 0 && t.lower.size() > 5 && t.lower.ends_with("ing") &&
          !is(t, kCutWords))
        return i;
    }
    return tokens_.size();
  }

  // The absolute clause that holds the date at token `first` ("With [Thanksgiving] falling on
  // Nov. 26, there are only 28 days between the holiday and Christmas") that is segment `home`,
  // when the main clause has a date of its own: the absolute clause is what its date times,
  // written in the main clause's tense ("Thanksgiving falls"; "..., the bank raised rates on
  // Thursday": "Prices rose"), or with its -ing form where that tense cannot be written or the
  // date is a bound ("Prices rising since March"). nullopt when the segment is no such clause or
  // the main clause has no date, whose event the date then times ("With Easter falling on April 5,
  // schools close early": "Schools close early").
  // True when token `first` starts a date after the publication day ("With the vote taking place
  // on 3 December, the party launched ...": the vote is still to come, no past "took place").
  bool after_publication(size_t first) const {
    return tokens_[first].timex >= 0 && times_[static_cast<size_t>(tokens_[first].timex)].after;
  }

  std::optional<std::string> absolute_clause(size_t home, size_t first, size_t max_length) const {
    const Segment& g = segments_[home];
    if (home != 0 || g.kind != SegmentKind::kFronted || g.begin != 0) return std::nullopt;
    size_t verb = absolute_verb(1);
    if (verb >= g.end) return std::nullopt;
    const Segment& m = segments_[main_segment()];
    bool main_dated = false;
    for (size_t i = m.begin; i < m.end; ++i)
      main_dated |= tokens_[i].timex >= 0 && times_[static_cast<size_t>(tokens_[i].timex)].dated;
    if (!main_dated || m.begin < g.end) return std::nullopt;
    bool bound = first > verb && (is(tokens_[first], kBoundPrepositions) ||
                                  is(tokens_[first - 1], kBoundPrepositions));
    std::string finite = bound                ? std::string()
                         : main_clause_past() && !after_publication(first) ? past_of_ing(tokens_[verb].lower)
                                              : present_of_ing(tokens_[verb].lower);
    if (finite.empty() || verb == 1) return phrase_.finish(range(1, g.end), max_length);
    std::string who = phrase_.finish(range(1, verb), max_length / 2);
    // An article right after the verb stays ("reached the coast"); a label would drop it.
    size_t from = verb + 1;
    if (from + 1 < g.end && is(tokens_[from], kArticles) && tokens_[from + 1].timex < 0)
      finite += " " + tokens_[from++].lower;
    std::string what = phrase_.finish(
        range(from, g.end), max_length - std::min(max_length, who.size() + finite.size() + 2));
    // The phrase's first word keeps its case ("fell on a Thursday").
    if (!what.empty() && !tokens_[from].cap && what[0] >= 'A' && what[0] <= 'Z')
      what[0] = static_cast<char>(what[0] - 'A' + 'a');
    return who + " " + finite + (what.empty() ? "" : " " + what);
  }

  // True when no noun follows the time phrase that token `first` starts: punctuation, a verb or a
  // function word does ("of the winter hit", "of the year,"; not "of the Aug. 7 bombings").
  bool ends_noun_phrase(size_t first) const {
    size_t e = time_end(first);
    if (e >= tokens_.size() || !tokens_[e].word) return true;
    const Token& t = tokens_[e];
    // "of the November [meeting]": a noun of happening-nouns.txt in -ing is no verb there.
    bool happening = is(t, kHappeningNouns) && !t.cap;
    return (looks_verb(t) && !happening) || is(t, kCutWords) || is(t, kConjunctions) ||
           is(t, kRelatives) || is(t, kAuxiliaries) || is(t, kRelativePronouns);
  }

  // A noun that an "of" phrase may complete: a lower-case word, no verb, function word or date.
  static bool of_complement_head(const Token& t) {
    return t.word && !t.cap && t.timex < 0 && !looks_verb(t) && !is(t, kCutWords) &&
           !is(t, kArticles) && !is(t, kPronouns) && !is(t, kPossessives) && !is(t, kAuxiliaries) &&
           !is(t, kTimeModifiers) && !is(t, kConjunctions) &&
           !std::isdigit(static_cast<unsigned char>(t.lower[0]));
  }

  // Whether the time phrase `span` tells a clock time: "10 p.m.", "9am", "14:30", "noon",
  // "midnight" (a digit, then ':' or a half of the day, or one of those words).
  bool clock_time(const TimeSpan& span) const {
    const std::string text = temporal::lower_ascii(s_.substr(span.begin, span.end - span.begin));
    if (text.find("noon") != std::string::npos || text.find("midnight") != std::string::npos) return true;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) continue;
      size_t j = i + 1;
      if (text[j] == ':' && j + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[j + 1]))) return true;
      while (j < text.size() && text[j] == ' ') ++j;
      if (j + 1 < text.size() && (text[j] == 'a' || text[j] == 'p') &&
          (text[j + 1] == 'm' || (text[j + 1] == '.' && j + 2 < text.size() && text[j + 2] == 'm')))
        return true;
    }
    return false;
  }

  // Past the last token of the time phrase that token `first` starts (first < tokens_.size()).
  size_t time_end(size_t first) const {
    size_t e = first + 1;
    while (e < tokens_.size() && tokens_[e].timex == tokens_[first].timex) ++e;
    return e;
  }

  // True when the time phrase starting at token `first` is a possessive or ends in a hyphenated
  // word ("Saturday night's", "the third-quarter", "year-end") and a noun follows it.
  bool modifies_noun(size_t first) const {
    size_t e = time_end(first);
    if (e >= tokens_.size()) return false;
    const std::string& last = tokens_[e - 1].lower;
    const Token& noun = tokens_[e];
    // A hyphenated number ("nineteen ninety-one Charles Keating") before a name is no modifier.
    bool form = ends_possessive(last) || (last.find('-') != std::string::npos && !noun.cap);
    // "around Wednesday's ruling": an -ing word after a possessive is its noun.
    bool ing_noun = ends_possessive(last) && noun.lower.ends_with("ing") && !is(noun, kAuxiliaries);
    // "began in mid-March because of": a subordinator after the date is no noun.
    return form && noun.word && (!looks_verb(noun) || ing_noun) && !is(noun, kCutWords) && !is(noun, kConjunctions) &&
           !is(noun, kArticles) && !is(noun, kPronouns) && !is(noun, kAuxiliaries) && !is(noun, kRelatives) &&
           !is(noun, kSubordinators);
  }

  // True when the time phrase whose first token is `first` describes a noun that a verb follows
  // ("autumn rains put it out", "summer crowds returned"): a subject, not a time adverbial.
  bool attributive_time(size_t first) const {
    size_t e = time_end(first);
    // "before Friday's purchases": a possessive date is rather a noun phrase's than a clause's.
    if (e + 1 >= tokens_.size() || tokens_[e].begin == tokens_[e - 1].end || ends_possessive(tokens_[e - 1].lower))
      return false;
    const Token& noun = tokens_[e];
    if (!noun.word || noun.cap || looks_verb(noun) || is(noun, kCutWords) || is(noun, kArticles) ||
        is(noun, kPronouns) || is(noun, kExpletives) || is(noun, kPossessives) ||
        is(noun, kConjunctions) || is(noun, kRelatives) || is(noun, kAuxiliaries) ||
        noun.lower.ends_with("ly") || std::isdigit(static_cast<unsigned char>(noun.lower[0])))
      return false;
    const Token& verb = tokens_[e + 1];
    return verb.word && looks_verb(verb) && !verb.lower.ends_with("ing");
  }

  std::pair<size_t, size_t> focus_tokens(size_t focus) const {
    size_t first = tokens_.size(), last = 0;
    for (size_t i = 0; i < tokens_.size(); ++i)
      if (tokens_[i].timex == static_cast<int>(focus)) { first = std::min(first, i); last = i; }
    return {first, last};
  }

  // True when the next few words before punctuation read like a clause (have a verb).
  bool clause_follows(size_t i) const {
    // A date there is not counted: ", and [four years later] in Montreal she added".
    for (size_t j = i, words = 0;
         j < tokens_.size() && words < 6 && (tokens_[j].word || tokens_[j].timex >= 0); ++j) {
      if (tokens_[j].timex >= 0) continue;
      // "after the Oct. 23 slaying": an -ing word right after a date is its noun.
      bool noun = j > 0 && tokens_[j - 1].timex >= 0 && tokens_[j].lower.ends_with("ing");
      if (looks_verb(tokens_[j]) && !noun) return true;
      if (j > i && listed_present_after_noun(j)) return true;
      ++words;
    }
    return false;
  }

  // "before the squad flies to Spain": an -s form of a verb of bare-presents.txt ("flies",
  // "travels", "hosts") right after a noun that follows an article or possessive, before an object
  // or a preposition ("the visits to", with no noun before it, is a noun); or after a name of up
  // to three words that an article or a conjunction leads ("before the United States marks the").
  bool listed_present_after_noun(size_t j) const {
    if (j < 2 || j + 1 >= tokens_.size()) return false;
    const Token& t = tokens_[j];
    const Token& noun = tokens_[j - 1];
    const Token& after = tokens_[j + 1];
    if (!t.word || t.cap || t.timex >= 0 || !t.lower.ends_with("s") || !noun.word ||
        noun.timex >= 0)
      return false;
    if (noun.cap) {
      size_t b = j - 1;
      while (b > 0 && j - b < 3 && tokens_[b - 1].word && tokens_[b - 1].cap &&
             tokens_[b - 1].timex < 0)
        --b;
      if (b == 0 || !(is(tokens_[b - 1], kArticles) || is(tokens_[b - 1], kClauseConjunctions) ||
                      is(tokens_[b - 1], kSubordinators)))
        return false;
    } else if (looks_verb(noun) || is(noun, kArticles) || is(noun, kPossessives) ||
               is(noun, kCutWords) ||
               !(is(tokens_[j - 2], kArticles) || is(tokens_[j - 2], kPossessives))) {
      return false;
    }
    if (!after.word || !(after.cap || is(after, kArticles) || is(after, kPossessives) || is(after, kCutWords)))
      return false;
    return bare_present_s(t.lower);
  }

  // Whether `w` is the present in -s of a listed bare present ("meets", "flies", "finishes").
  static bool bare_present_s(std::string_view w) {
    if (w.size() < 2 || !w.ends_with("s") || w.ends_with("ss")) return false;
    if (kBarePresents.contains(std::string(w.substr(0, w.size() - 1)))) return true;
    if (w.ends_with("ies")) return kBarePresents.contains(std::string(w.substr(0, w.size() - 3)) + "y");
    return w.ends_with("es") && kBarePresents.contains(std::string(w.substr(0, w.size() - 2)));
  }

  // After the first comma outside a date: whether a main clause follows it (not a reporting
  // clause, nor a phrase opening with a conjunction, a cut word or a verb); nullopt with no comma.
  std::optional<bool> main_clause_after_comma() const {
    for (size_t i = 2; i < tokens_.size(); ++i)
      if (is_punct(tokens_[i], ",") && tokens_[i].timex < 0) {
        const Token* next = i + 1 < tokens_.size() ? &tokens_[i + 1] : nullptr;
        bool clause = next && next->word && next->timex < 0 && !is(*next, kConjunctions) &&
                      !is(*next, kCutWords) && !looks_verb(*next) && clause_follows(i + 1);
        return clause && !reporting_clause_at(i + 1);
      }
    return std::nullopt;
  }

  // "Even before the dam opened in 1962,", "Ever since he learned ...,": a conjunction that opens
  // the sentence after an adverb that only says how near or far in time.
  bool modified_conjunction_opens() const {
    return tokens_.size() > 3 && tokens_[0].timex < 0 && tokens_[1].timex < 0 &&
           (is(tokens_[0], kTimeModifiers) || tokens_[0].lower == "ever") &&
           is(tokens_[1], kClauseConjunctions) && is(tokens_[1], kFrontedStarters);
  }

  // Past a transcript's speaker tag ("Q:", "A.", "Question:", "MINISTER:") and an answer's "Yes,"
  // or "No," that open the sentence: who speaks and that they agree say nothing of what happened,
  // and the clause after them has its own subject ("No, we will meet them"); else 0.
  size_t speaker_tag_end() const {
    auto capitals = [&](size_t i) {
      const std::string_view w = std::string_view(s_).substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
      return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    size_t i = 0;
    while (i < tokens_.size() && i < 3 && tokens_[i].word && tokens_[i].cap && tokens_[i].timex < 0 &&
           (is(tokens_[i], kTranscriptTags) || capitals(i)))
      ++i;
    bool tag = i > 0 && i < tokens_.size() &&
               (is_punct(tokens_[i], ":") ||
                (i == 1 && tokens_[0].lower.size() == 1 && is_punct(tokens_[1], ".")));
    // A kicker: "Breaking:", "Some background -", "Update 2:" (up to three words or numbers, one
    // of them from kickers.txt, before a colon or a spaced dash).
    if (!tag) {
      size_t j = 0;
      bool kicker = false;
      while (j < tokens_.size() && j < 3 && tokens_[j].timex < 0 &&
             (tokens_[j].word || std::isdigit(static_cast<unsigned char>(tokens_[j].lower[0])))) {
        kicker = kicker || is(tokens_[j], kKickers);
        ++j;
      }
      if (kicker && j > 0 && j + 1 < tokens_.size()) {
        bool spaced = tokens_[j].begin > tokens_[j - 1].end && tokens_[j + 1].begin > tokens_[j].end;
        for (std::string_view dash : {"-", "\u2013", "\u2014"})
          tag = tag || (spaced && is_punct(tokens_[j], dash));
        tag = tag || is_punct(tokens_[j], ":");
        if (tag) i = j;
      }
    }
    size_t end = tag ? i + 1 : 0;
    if (end + 2 < tokens_.size() && is(tokens_[end], kInterjections) && tokens_[end].timex < 0 &&
        is_punct(tokens_[end + 1], ","))
      end += 2;
    return end < tokens_.size() ? end : 0;
  }

  // True when the five tokens before the comma at `comma` (after `start`) hold no comma and a
  // date: the end of a clause, not of a list's item ("Poland, Hungary, and the Czech Republic").
  bool long_run_before(size_t start, size_t comma) const {
    if (comma < start + 5) return false;
    bool dated = false;
    for (size_t j = comma - 5; j < comma; ++j) {
      if (is_punct(tokens_[j], ",")) return false;
      dated = dated || tokens_[j].timex >= 0;
    }
    return dated;
  }

  // True when a subject of up to four words starts at token i, maybe with an aside between
  // commas, and a finite or present-tense verb follows it: "the OPEC+ group holds", "chipmaker
  // Veltrix, whose X900 ships in 2027, reports", "they meet". Not a date before the verb.
  bool subject_then_verb(size_t i) const {
    // A named day that is its clause's subject counts ("and Eid al-Fitr, which ..., is expected").
    if (i + 1 >= tokens_.size() || (tokens_[i].timex >= 0 && !tokens_[i].subject) || !tokens_[i].word) return false;
    const Token& first = tokens_[i];
    bool pronoun = is(first, kSubjectPronouns);
    bool described = !first.cap && std::isalpha(static_cast<unsigned char>(first.lower[0])) && !looks_verb(first) && !is(first, kCutWords) && !is(first, kPronouns) &&
                     !is(first, kConjunctions) && tokens_[i + 1].word && tokens_[i + 1].cap;
    if (!pronoun && !described && !is(first, kArticles) && !is(first, kPossessives) &&
        !(first.cap && !is(first, kPronouns)))
      return false;
    for (size_t j = i + 1, words = 0; j < tokens_.size() && words < 4; ++j) {
      const Token& t = tokens_[j];
      if (is_punct(t, ",")) {
        size_t close = j + 1;
        while (close < tokens_.size() && close < j + 14 && !is_punct(tokens_[close], ",") &&
               !is_punct(tokens_[close], ";") && !is_punct(tokens_[close], "."))
          ++close;
        if (close >= tokens_.size() || !is_punct(tokens_[close], ",")) return false;
        j = close;
        continue;
      }
      if (!t.word && t.timex < 0 && t.begin == tokens_[j - 1].end && !is_punct(t, ".")) continue;  // "OPEC+"
      if (t.subject && t.timex == first.timex) continue;
      if (!t.word || t.timex >= 0) return false;
      if ((looks_verb(t) && !t.lower.ends_with("ing")) || present_at(j)) return true;
      if (pronoun || is(t, kCutWords) || is(t, kConjunctions) || is(t, kRelatives) || is(t, kArticles)) return false;
      ++words;
    }
    return false;
  }

  // True when a subject with asides between commas and then a finite verb start at token i
  // ("the victim, Linda Sanders, 35, had finished").
  bool clause_past_asides(size_t i) const {
    if (i >= tokens_.size() || !(is(tokens_[i], kArticles) || is(tokens_[i], kPossessives) ||
                                 (tokens_[i].cap && !is(tokens_[i], kPronouns))))
      return false;
    bool aside = false;
    for (size_t j = i, words = 0; j < tokens_.size() && words < 9; ++j) {
      const Token& t = tokens_[j];
      if (is_punct(t, ",") && j > i) {
        aside = true;
        continue;
      }
      if (!t.word || t.timex >= 0) return false;
      if (looks_verb(t)) return aside && !t.lower.ends_with("ing");
      ++words;
    }
    return false;
  }

  // True when a main clause follows the comma at token `comma`: a clause, or a capitalised word
  // (a name an aside may follow), past any closing quote.
  bool main_clause_after(size_t comma) const {
    size_t from = comma + 1;
    while (from < tokens_.size() && (is_punct(tokens_[from], "\u201D") ||
                                     is_punct(tokens_[from], "\"") || is_punct(tokens_[from], "'")))
      ++from;
    return clause_follows(from) ||
           (from < tokens_.size() && tokens_[from].word && tokens_[from].cap);
  }

  // True when the next few words before punctuation have a verb, an -ing form after an article or
  // possessive being a noun ("since its founding", "since the January 1998 bombing").
  bool verb_not_noun_follows(size_t i) const {
    for (size_t j = i; j < tokens_.size() && j < i + 6 && tokens_[j].word; ++j) {
      bool noun = tokens_[j].lower.ends_with("ing") && j > i && tokens_[j - 1].timex < 0 &&
                  (is(tokens_[j - 1], kArticles) || is(tokens_[j - 1], kPossessives));
      bool after_determiner =
          j > i && (is(tokens_[j - 1], kArticles) || is(tokens_[j - 1], kPossessives) ||
                    (tokens_[j - 1].timex >= 0 && j > i + 1 && is(tokens_[i], kArticles)));
      if (looks_verb(tokens_[j]) && !noun &&
          !(tokens_[j].lower.ends_with("ing") && after_determiner))
        return true;
      if (j > i && listed_present_after_noun(j)) return true;
    }
    return false;
  }

  // "For the year, which ends in June, analysts expect a loss": once the which-clause after a
  // fronted phrase has its verb, a comma ends it unless what follows goes on with it (", and",
  // ", which", ", including", a date); the sentence's main clause is still to come.
  bool which_clause_ends_at(size_t begin, size_t comma) const {
    if (!has_verb(begin, comma) && !has_present(begin, comma)) return false;
    if (comma + 2 >= tokens_.size()) return false;
    const Token& next = tokens_[comma + 1];
    return next.word && next.timex < 0 && !is(next, kConjunctions) && !is(next, kRelatives) &&
           !is(next, kParticiples) && next.lower != "that" && !next.lower.ends_with("ing");
  }

  // "that ended Sept. 30" at i in a fronted phrase a time preposition opens ("In the quarter
  // that ended Sept. 30,"): "that"/"which" right after a noun, a verb of period-verbs.txt, a date
  // before the phrase's comma and a word after that comma. Not "In a speech that lasted an hour
  // on Monday,": the date is the speech's, which the main clause tells of.
  bool period_clause_at(size_t i) const {
    if (i < 2 || i + 3 >= tokens_.size() || !is(tokens_[0], kTimePrepositions) || tokens_[i].timex >= 0 ||
        (tokens_[i].lower != "that" && tokens_[i].lower != "which") || !tokens_[i - 1].word ||
        !is(tokens_[i + 1], kPeriodVerbs) || tokens_[i + 1].timex >= 0)
      return false;
    bool dated = false;
    for (size_t j = i + 2; j < tokens_.size(); ++j) {
      if (tokens_[j].timex >= 0) dated = true;
      else if (is_punct(tokens_[j], ",")) return dated && j + 1 < tokens_.size() && tokens_[j + 1].word;
      else if (!tokens_[j].word && !is_punct(tokens_[j], ".")) return false;
    }
    return false;
  }

  // Token i opens what a verb takes: a preposition, article, possessive, number or time phrase
  // ("runs [until] June", "employs [400] people"); not "reports [say]".
  bool object_or_adjunct(size_t i) const {
    if (i >= tokens_.size()) return false;
    const Token& t = tokens_[i];
    return t.timex >= 0 || is(t, kTimePrepositions) || is(t, kArticles) || is(t, kPossessives) ||
           (t.word && std::isdigit(static_cast<unsigned char>(t.lower[0])));
  }

  // Whether "and" at token i, right after a date that ends a verb phrase of a modal in [start, i)
  // ("will start on 1 March"), joins a bare verb, a time preposition and a date of its own ("and
  // end on 31 December"): a second predicate with the same subject and modal.
  bool modal_verb_after_date(size_t start, size_t i) const {
    if (i <= start || i + 3 >= tokens_.size() || tokens_[i - 1].timex < 0 ||
        !times_[static_cast<size_t>(tokens_[i - 1].timex)].dated)
      return false;
    const Token& verb = tokens_[i + 1];
    if (!verb.word || verb.cap || verb.timex >= 0 || is(verb, kArticles) || is(verb, kPossessives) ||
        is(verb, kPronouns) || is(verb, kCutWords) || is(verb, kConjunctions) || is(verb, kAuxiliaries) ||
        is(verb, kModals) || is(verb, kEchoAdverbs) || is(verb, kDiscourse) ||
        std::isdigit(static_cast<unsigned char>(verb.lower[0])) || verb.lower.ends_with("ing") ||
        verb.lower.ends_with("ly"))  // "and again in April", "and possibly in May": no verb
      return false;
    // "will meet unions on Monday and nurses on Friday": a plural in -s is a second object, no bare
    // verb (not "discuss", "focus").
    if (verb.lower.ends_with("s") && !verb.lower.ends_with("ss") && !verb.lower.ends_with("us")) return false;
    // The preposition is the time phrase's (mark_times claims it) or right before it.
    const Token& prep = tokens_[i + 2];
    int when = prep.timex >= 0 ? prep.timex : tokens_[i + 3].timex;
    if (!is(prep, kTimePrepositions) || when < 0 || !times_[static_cast<size_t>(when)].dated) return false;
    for (size_t j = start; j < i; ++j)
      if (is(tokens_[j], kModals) && tokens_[j].timex < 0) return true;
    return false;
  }

  // A dated time phrase from token i to the sentence's end or the next comma.
  bool dated_after(size_t i) const {
    for (; i < tokens_.size() && !is_punct(tokens_[i], ","); ++i)
      if (tokens_[i].timex >= 0 && tokens_[i].dated) return true;
    return false;
  }

  bool has_verb(size_t begin, size_t end) const {
    for (size_t j = begin; j < end; ++j)
      if (looks_verb(tokens_[j]) && tokens_[j].timex < 0) return true;
    return false;
  }

  void segment() {
    size_t start = 0;
    auto push = [&](size_t end, SegmentKind kind, size_t skip) {
      if (end > start) segments_.push_back({start, end, current_, start + current_skip_});
      start = end;
      current_ = kind;
      current_skip_ = skip;
    };
    current_ = SegmentKind::kMain;
    // "Last year the port handled ...": a time phrase that opens the sentence and runs straight
    // into a clause, with no comma after it.
    if (size_t e = speaker_tag_end(); e > 0) {
      current_ = SegmentKind::kFronted;
      push(e, SegmentKind::kMain, 0);
    } else if (size_t e = opening_time_phrase_end(); e > 0) {
      current_ = SegmentKind::kFronted;
      push(e, SegmentKind::kMain, 0);
    }
    // A fronted phrase: a preposition or discourse marker up to the first comma outside a date.
    // Not a possessive date and its noun ("Last year's pilgrimage, which began ..., drew"): a subject.
    else if (!tokens_.empty() && opening_sequence() == 0 &&
             !(tokens_[0].timex >= 0 && ends_possessive(tokens_[time_end(0) - 1].lower) && modifies_noun(0)) &&
             (is(tokens_[0], kFrontedStarters) || (tokens_[0].timex >= 0 && !tokens_[0].subject) || opening_participle() ||
                                  modified_conjunction_opens())) {
      bool relative = false;
      for (size_t i = 1; i < tokens_.size() && i < 14; ++i) {
        if (is_punct(tokens_[i], ",") && tokens_[i].timex < 0 && (i + 1 >= tokens_.size() || tokens_[i + 1].timex < 0) &&
            (i >= 3 || !opening_participle()) && !list_comma(i)) {
          current_ = SegmentKind::kFronted;
          push(place_after(i) + 1, SegmentKind::kMain, 0);
          break;
        }
        // "In the quarter that ended Sept. 30, the company earned": a restrictive clause whose verb
        // bounds the fronted phrase's period is a relative segment of its own, as ", which ended
        // Sept. 30," is; the main clause still starts after the comma.
        if (period_clause_at(i)) {
          current_ = SegmentKind::kFronted;
          push(i, SegmentKind::kMain, 0);
          break;
        }
        // "In announcing the plan,", "In NYSE trading Friday,": a gerund stays in the phrase, as do
        // the verbs of a relative clause in it ("Under a program that didn't specify an amount,").
        if (is(tokens_[i], kRelatives) || tokens_[i].lower == "that") relative = true;
        if (looks_verb(tokens_[i]) && tokens_[i].timex < 0 && !tokens_[i].lower.ends_with("ed") &&
            !tokens_[i].lower.ends_with("ing") && !relative &&
            !(i == 1 && tokens_[0].lower == "having") && !reduced_relative_at(i))
          break;
      }
    }
    // "In 1962, when the ferry first carried cars, the town had 400 residents": a when-clause
    // about the fronted date, then the main clause after its comma.
    // "For the second quarter, which ends Dec. 31, it expects ...": a which-clause about the fronted
    // phrase's period, then the main clause after its comma, the same way.
    // Only after a phrase that a preposition opens: "Winter snowfall, which replenishes glaciers,
    // has declined" is a subject with its own clause inserted.
    bool fronted_which = start > 0 && start < tokens_.size() && tokens_[start].timex < 0 &&
                         (tokens_[start].lower == "which" || tokens_[start].lower == "that") && !segments_.empty() &&
                         segments_.back().kind == SegmentKind::kFronted &&
                         is(tokens_[segments_.back().begin], kTimePrepositions);
    bool fronted_when = fronted_which || (start > 0 && start < tokens_.size() && tokens_[start].lower == "when" &&
                                          tokens_[start].timex < 0);
    if (fronted_when) {
      current_ = SegmentKind::kRelative;
      current_skip_ = 1;
    }
    // "Although profits were squeezed in 1989, the company said ...": a subordinate clause that
    // opens the sentence, up to the comma before the main clause.
    bool opening_subordinate = start == 0 && !tokens_.empty() && tokens_[0].timex < 0 &&
                               (is(tokens_[0], kSubordinators) || tokens_[0].lower == "when") &&
                               !is(tokens_[0], kLooseSubordinators) && clause_follows(1);
    size_t sequence = start == 0 ? opening_sequence() : 0;
    if (opening_subordinate || sequence > 0) {
      current_ = SegmentKind::kSubordinate;
      current_skip_ = opening_subordinate ? 1 : sequence;
      fronted_when = true;  // the same comma ends it
    }
    for (size_t i = start; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      bool comma = is_punct(t, ",");
      // 'Although he called conditions "highly competitive," Mr. LaMothe, the chairman, forecast':
      // past a closing quote, a name may open the main clause before an aside.
      if (fronted_when && comma && t.timex < 0 &&
          (main_clause_after(i) || (fronted_which && which_clause_ends_at(start, i)))) {
        fronted_when = false;
        push(i, SegmentKind::kMain, 1);
        continue;
      }
      // "After the council voted on Monday the mayor resigned": with no comma, the main clause
      // starts with its own subject right after the opening clause's date.
      if (fronted_when && sequence > 0 && !comma && t.timex < 0 && i > start + 2 && tokens_[i - 1].timex >= 0 &&
          subject_clause_at(i)) {
        fronted_when = false;
        push(i, SegmentKind::kMain, 0);
      }
      if (is_punct(t, ";") || is_punct(t, "\u2014") || is_punct(t, ":")) { push(i, SegmentKind::kCoordinate, 1); continue; }
      // The word after a comma, past any closing quote: '..., \u201D when' reads as ', when'.
      size_t after = i + 1;
      while (comma && after < tokens_.size() &&
             (is_punct(tokens_[after], "\u201D") || is_punct(tokens_[after], "\"") || is_punct(tokens_[after], "'")))
        ++after;
      const Token* next = after < tokens_.size() ? &tokens_[after] : nullptr;
      // "now" is a time phrase that dates nothing: the clause after it is looked at as after a word.
      if (comma && next && (next->timex < 0 || (next->lower == "now" && !next->dated))) {
        if (is(*next, kRelatives)) { push(i, SegmentKind::kRelative, after - i + 1); continue; }
        if (next->lower == "according") { push(i, SegmentKind::kAttribution, 3); continue; }
        if (is(*next, kParticiples) || (next->lower.ends_with("ing") && looks_verb(*next) && has_verb(start, i))) {
          // ", including ...", ", adding that ...": the word goes; ", killing three people" keeps
          // its verb.
          push(i, SegmentKind::kParticipial, is(*next, kParticiples) ? after - i + 1 : after - i);
          continue;
        }
        if (current_ != SegmentKind::kReporting && !apposition_before(start, i) && reporting_clause_at(after)) { push(i, SegmentKind::kReporting, after - i); continue; }
        // "The ruling, which cannot be appealed, means ...": a present-tense verb resumes it too.
        // "The match, which began on Nov. 14, now moves to ...": past an adverb of time before it.
        const Token* verb_at = next;
        if ((next->lower == "now" || next->lower == "still" || next->lower == "also") && after + 1 < tokens_.size() &&
            tokens_[after + 1].timex < 0)
          verb_at = &tokens_[after + 1];
        bool present_verb = verb_at->word && !verb_at->cap && verb_at->lower.size() > 3 &&
                            verb_at->lower.ends_with("s") && !verb_at->lower.ends_with("ss") &&
                            !is(*verb_at, kCutWords) && !is(*verb_at, kPronouns) &&
                            (has_verb(start, i) || has_present(start, i));
        if (current_ == SegmentKind::kRelative && (looks_verb(*verb_at) || present_verb) && !verb_at->lower.ends_with("ing")) {
          push(i, SegmentKind::kResume, 1);
          continue;
        }
        // ", but" joins clauses even when the first one's verb does not look like one ("expect").
        // ", and the OPEC+ group holds ...", ", and chipmaker Veltrix, whose ..., reports ...": a
        // clause with its own subject after a long run with no comma ends a clause there too, when
        // its verb was not seen as one ("G20 finance ministers meet in Johannesburg").
        bool own_subject = (next->lower == "and" || next->lower == "but") && after + 1 < tokens_.size() &&
                           (long_run_before(start, i) || current_ == SegmentKind::kReporting) &&
                           subject_then_verb(after + 1);
        // "The consultation closes on 12 January, and ministers have promised ...": a present in
        // -s is the first clause's verb as well.
        if (is(*next, kConjunctions) && (((has_verb(start, i) || next->lower == "but" ||
                                           (next->lower == "and" && has_present(start, i))) &&
                                          clause_follows(after + 1)) ||
                                         own_subject)) {
          push(i, SegmentKind::kCoordinate, after - i + 1);  // past a closing quote: ",\" and said"
          continue;
        }
        // ", while Aster shares, which were suspended, will resume trading on Thursday": a clause
        // of contrast after a finite clause stands beside it as "and" does, its subject before
        // any aside ("while" as "during" opens no clause with its own subject: "while on holiday").
        if (is(*next, kContrastConjunctions) && has_verb(start, i) && subject_then_verb(after + 1)) {
          push(i, SegmentKind::kCoordinate, after - i + 1);
          continue;
        }
        if ((is(*next, kSubordinators) && clause_follows(after + 1)) ||
            ((is(*next, kSubordinators) || is(*next, kClauseConjunctions)) && clause_past_asides(after + 1))) {
          push(i, SegmentKind::kSubordinate, after - i + 1);
          continue;
        }
      }
      // "Construction starts in May and finishes in 2027": a present tense on both sides; "The
      // first quake struck on Monday and the largest hit on Tuesday": a clause with its own subject.
      // "when the boiler failed and the town went dark": clauses joined inside an undated
      // when-clause say together what happened at the moment it names.
      bool when_joined = false;
      for (size_t w = start; w < i && w < start + 2; ++w)
        if (tokens_[w].lower == "when" && tokens_[w].timex < 0) {
          when_joined = std::none_of(tokens_.begin() + static_cast<long>(w), tokens_.begin() + static_cast<long>(i),
                                     [](const Token& x) { return x.timex >= 0; });
          break;
        }
      // "a dispute over pay and rostering": an -ing word after "and" and a noun is another noun.
      // Not one with an object or a preposition after it ("and meeting with Kenyan police
      // leaders", "and reducing its stake"): a verb phrase of its own.
      bool ing_noun = next && i > start && next->lower.ends_with("ing") && !looks_verb(tokens_[i - 1]) &&
                      !(i + 2 < tokens_.size() &&
                        (looks_verb(tokens_[i + 2]) || is(tokens_[i + 2], kCutWords) ||
                         is(tokens_[i + 2], kArticles) || is(tokens_[i + 2], kPossessives) ||
                         is(tokens_[i + 2], kPronouns)));
      // "in April or May of 2019": a date's "May" is no modal.
      if (!comma && !when_joined && t.timex < 0 && next && is(t, kConjunctions) &&
          ((looks_verb(*next) && next->timex < 0 && has_verb(start, i) && !ing_noun) ||
           (present_start(i + 1) && has_present(start, i)) ||
           // "The contract was signed on Monday and runs until June 2027": a dated past clause
           // and a present verb phrase after it, each with its own date.
           (present_start(i + 1) && i > start && tokens_[i - 1].timex >= 0 && has_verb(start, i) &&
            object_or_adjunct(i + 2) && dated_after(i + 2)) ||
           (subject_clause_at(i + 1) && joins_clauses(start, i)) ||
           // "Walmart launched its event on Oct. 21 and Target began price matching on Nov. 1":
           // a dated clause, then a named subject with a verb and a date of its own.
           named_clause_after_date(start, i) ||
           // "The powers will start on 1 March and end on 31 December": after a modal's dated
           // verb phrase, a bare verb with a date of its own shares the modal and subject.
           modal_verb_after_date(start, i))) {
        push(i, SegmentKind::kCoordinate, 1);
        continue;
      }
      if (!comma && t.timex < 0 && i > start + 2 && is(t, kSubordinators) && !is(t, kTimePrepositions) && clause_follows(i + 1))
        push(i, SegmentKind::kSubordinate, 1);
      // "since he was found", not "since its founding": a verb follows, no -ing noun.
      else if (!comma && t.timex < 0 && i > start + 2 && is(t, kClauseConjunctions) && next &&
               (next->timex < 0 || attributive_time(i + 1)) && clause_follows(i + 1) &&
               verb_not_noun_follows(i + 1))
        push(i, SegmentKind::kSubordinate, 1);
    }
    push(tokens_.size(), SegmentKind::kMain, 0);
  }

  // "In a letter [sent] in August,": an irregular participle right after the noun phrase that a
  // preposition opening the sentence leads (an article or possessive and one to three lower-case
  // words), before a preposition or a date, describes that noun; it is no main verb.
  bool reduced_relative_at(size_t i) const {
    if (i < 3 || i > 5 || i + 1 >= tokens_.size() || !is(tokens_[0], kCutWords) ||
        !(is(tokens_[1], kArticles) || is(tokens_[1], kPossessives)) ||
        !listed_past(tokens_[i].lower) ||
        !(tokens_[i + 1].timex >= 0 || is(tokens_[i + 1], kCutWords)))
      return false;
    for (size_t j = 2; j < i; ++j)
      if (!tokens_[j].word || tokens_[j].cap || tokens_[j].timex >= 0 || looks_verb(tokens_[j]) ||
          is(tokens_[j], kArticles) || is(tokens_[j], kPossessives) || is(tokens_[j], kCutWords) ||
          is(tokens_[j], kPronouns))  // "On the day [the team] left": a clause of its own
        return false;
    return true;
  }

  // "After talks broke down on Friday, ...", "Even before the dam opened in 1962, ...": a
  // conjunction of sequence-conjunctions.txt (after an adverb of nearness) that opens the
  // sentence with a finite clause of its own; past it, else 0. An -ing verb there ("After
  // winning the election") is the main clause subject's doing, and fronted_ing() labels it.
  size_t opening_sequence() const {
    size_t c = modified_conjunction_opens() ? 1 : 0;
    if (tokens_.size() < c + 4 || tokens_[c].timex >= 0 || !is(tokens_[c], kSequenceConjunctions) ||
        tokens_[c + 1].timex >= 0 || (tokens_[c + 1].lower.ends_with("ing") && looks_verb(tokens_[c + 1])))
      return 0;
    return clause_follows(c + 1) && verb_not_noun_follows(c + 1) ? c + 1 : 0;
  }

  // True when the conjunction at token `conj` may end a clause that starts at `start`: a finite
  // verb comes before it, with no list ("Poland, Hungary and") and no relative or subordinate
  // clause whose subject it may be joining ("the rendezvous that Fidel Castro and the Pope are
  // having") after that verb.
  bool joins_clauses(size_t start, size_t conj) const {
    if (conj < start + 2 || is_punct(tokens_[conj - 2], ",")) return false;
    for (size_t j = conj; j-- > start;) {
      const Token& t = tokens_[j];
      if (t.timex >= 0) continue;
      if (looks_verb(t) && !t.lower.ends_with("ing")) return true;
      if (is(t, kRelatives) || is(t, kRelativePronouns) || is(t, kSubordinators) || t.lower == "that")
        return false;
    }
    return false;
  }

  // True when the "and" at token `conj` right after a date of a clause with a verb opens a clause
  // with a capitalised subject of one to three words, a finite verb and a date of its own: "Walmart
  // launched its event on Oct. 21 and Target began price matching on Nov. 1". Not "on May 1 and
  // Lyon on May 2" (no verb), nor "in May and June", nor a verb whose clause has no date.
  bool named_clause_after_date(size_t start, size_t conj) const {
    if (conj < start + 2 || tokens_[conj].lower != "and" || tokens_[conj - 1].timex < 0 ||
        !has_verb(start, conj - 1))
      return false;
    size_t j = conj + 1;
    while (j < tokens_.size() && j < conj + 4 && tokens_[j].word && tokens_[j].cap && tokens_[j].timex < 0 &&
           !is(tokens_[j], kPronouns) && !is(tokens_[j], kArticles) && !is(tokens_[j], kCutWords) &&
           !looks_verb(tokens_[j]))
      ++j;
    if (j == conj + 1 || j >= tokens_.size() || tokens_[j].timex >= 0 || !looks_verb(tokens_[j]) ||
        tokens_[j].lower.ends_with("ing"))
      return false;
    return dated_after(j + 1);
  }

  // True when a clause with a subject of its own starts at token i: a subject pronoun, or an
  // article or possessive and up to three nouns, then a finite verb ("the largest hit", "its
  // shares fell", "they left"; not "the house in May", "the workers leaving").
  bool subject_clause_at(size_t i) const {
    if (i + 1 >= tokens_.size() || tokens_[i].timex >= 0) return false;
    auto finite = [&](size_t j) {
      return tokens_[j].timex < 0 && looks_verb(tokens_[j]) && !tokens_[j].lower.ends_with("ing");
    };
    if (is(tokens_[i], kSubjectPronouns)) return finite(i + 1);
    if (!is(tokens_[i], kArticles) && !is(tokens_[i], kPossessives)) return false;
    for (size_t j = i + 1, words = 0; j < tokens_.size() && words < 4; ++j, ++words) {
      // "and the largest, a 5.8, hit": an aside between commas after the noun.
      if (is_punct(tokens_[j], ",") && j > i + 1) {
        size_t close = j + 1;
        while (close < tokens_.size() && close < j + 6 && tokens_[close].word && tokens_[close].timex < 0) ++close;
        if (close >= tokens_.size() || close == j + 1 || !is_punct(tokens_[close], ",")) return false;
        j = close;
        continue;
      }
      const Token& t = tokens_[j];
      if (!t.word || t.timex >= 0) return false;
      // "the injured were", "the damaged roof fell": an -ed word right after the article describes.
      if (looks_verb(t) && !(j == i + 1 && t.lower.ends_with("ed") && !is(t, kAuxiliaries)))
        return j > i + 1 && finite(j);
      if (is(t, kCutWords) || is(t, kConjunctions) || is(t, kRelatives) || is(t, kPronouns) ||
          is(t, kArticles))
        return false;
    }
    return false;
  }

  // "In Cape Town, South Africa, police said": in a fronted phrase that opens with a preposition,
  // the comma that ends a place named after the place at the comma at token `comma` (one to three
  // capitalised words, "N.Y." with its dots, and no description after them, which would make them
  // a person's name); else `comma`.
  size_t place_after(size_t comma) const {
    // "Born in Duluth, Minnesota, Dr. Voss earned": a participle before the preposition too.
    bool opens = is(tokens_[0], kCutWords) ||
                 (comma > 2 && is(tokens_[1], kCutWords) && tokens_[0].cap && tokens_[0].timex < 0 &&
                  (is(tokens_[0], kFrontedParticiples) || (tokens_[0].lower.size() > 4 && tokens_[0].lower.ends_with("ed"))));
    if (comma < 2 || !opens || !tokens_[comma - 1].word ||
        !tokens_[comma - 1].cap || tokens_[comma - 1].timex >= 0)
      return comma;
    size_t j = comma + 1, words = 0;
    for (; j < tokens_.size() && j < comma + 7 && tokens_[j].timex < 0; ++j) {
      if (tokens_[j].word && tokens_[j].cap && !is(tokens_[j], kArticles) &&
          !is(tokens_[j], kPronouns))
        ++words;
      else if (!(is_punct(tokens_[j], ".") && tokens_[j].begin == tokens_[j - 1].end))
        break;
    }
    if (words == 0 || words > 3 || j + 1 >= tokens_.size() || !is_punct(tokens_[j], ","))
      return comma;
    const Token& next = tokens_[j + 1];
    if (!next.word || is(next, kArticles) || is(next, kPossessives) || is(next, kRelatives) ||
        next.timex >= 0)
      return comma;
    return j;
  }

  // Whether the comma at token i parts names of one list that a gerund subject's verb ends: the
  // names before and after it capitalised, then "and" or "or", names, and a present in -s ("Shipping
  // to Germany, France and Japan begins in January": "France and Japan" would take "begin").
  bool list_comma(size_t i) const {
    if (i == 0 || !tokens_[i - 1].word || !tokens_[i - 1].cap) return false;
    size_t j = i + 1, names = 0;
    bool joined = false;
    for (; j < tokens_.size() && j < i + 12 && tokens_[j].timex < 0; ++j) {
      const Token& t = tokens_[j];
      if (t.word && t.cap && !is(t, kArticles)) ++names;
      else if (names > 0 && (t.lower == "and" || t.lower == "or") && !joined) joined = true;
      else if (!is_punct(t, ",")) break;
    }
    return joined && names >= 2 && j < tokens_.size() && tokens_[j].word && !tokens_[j].cap &&
           bare_present_s(tokens_[j].lower);
  }

  // "Calling the mother [...], Fidel Castro said", "Rated single-A by Moody's, the issue will be
  // sold": a participle that opens the sentence, its object or agent after it in lower case.
  bool opening_participle() const {
    if (tokens_.size() < 4 || !tokens_[0].word || !tokens_[0].cap || tokens_[0].timex >= 0 ||
        is(tokens_[0], kFrontedStarters) || is(tokens_[0], kCutWords) || is(tokens_[0], kTimePrepositions))
      return false;  // "During the day,"
    const std::string& w = tokens_[0].lower;
    bool form = (w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"))) ||
                is(tokens_[0], kFrontedParticiples);
    // "Having lost on Sunday, Rovers visit ...": a perfect participle takes a verb after it.
    if (!form || !tokens_[1].word || tokens_[1].cap || (looks_verb(tokens_[1]) && w != "having")) return false;
    // "Voting begins on Friday", "Qualifying takes place": a gerund subject and a present in -s
    // of a schedule verb (bare-presents), not "Citing concerns, ..." nor "Fearing clashes by fans
    // on Saturday, police closed the road" (a main clause after the comma: a participle).
    if (w.ends_with("ing") && !is(tokens_[0], kFrontedParticiples) && tokens_[1].lower.size() > 3 &&
        bare_present_s(tokens_[1].lower) && main_clause_after_comma() != true)
      return false;
    // "United host Eastmoor on Wednesday, hoping to ...", "..., and Rovers travel to Hull",
    // "..., the club said": a capitalised -ed word that no main clause follows after its comma
    // (only a reporting clause, or a phrase opening with a conjunction, preposition or verb) is
    // the subject's name, not a participle.
    if (!is(tokens_[0], kFrontedParticiples) && !w.ends_with("ing") && main_clause_after_comma() == false)
      return false;
    if (w == "having") return true;
    // "Spending over the Thanksgiving weekend, from Thursday through Sunday, is expected to reach
    // $41 billion": an auxiliary right after a comma, with no verb before it, has the -ing phrase
    // as its subject (a gerund), not a main clause of its own.
    // Only a time phrase may stand between in commas ("Caridad Gonzalez, the oldest sister, was"
    // after "According to press reports," is a subject of its own).
    if (w.ends_with("ing") && !is(tokens_[0], kFrontedParticiples)) {
      size_t comma = 0;  // the first comma
      for (size_t i = 2; i < tokens_.size() && i < 24 && !looks_verb(tokens_[i - 1]); ++i) {
        if (!is_punct(tokens_[i - 1], ",")) continue;
        if (comma == 0) comma = i - 1;
        bool timed = true;  // what lies between the first comma and this one
        for (size_t j = comma + 1; j + 1 < i; ++j)
          timed = timed && (tokens_[j].timex >= 0 || is(tokens_[j], kTimePrepositions));
        if (timed && tokens_[i].timex < 0 &&
            (is(tokens_[i], kAuxiliaries) || is(tokens_[i], kBeForms) || is(tokens_[i], kModals)))
          return false;
      }
    }
    // "Suspected bombs exploded", "Armed men stormed the bank": an adjective and the bare noun of
    // a subject that a finite verb follows.
    size_t j = 1;
    while (j < tokens_.size() && j < 4 && tokens_[j].word && !tokens_[j].cap &&
           tokens_[j].timex < 0 && !looks_verb(tokens_[j]) && !is(tokens_[j], kCutWords) &&
           !is(tokens_[j], kArticles) && !is(tokens_[j], kPossessives) &&
           !is(tokens_[j], kConjunctions))
      ++j;
    return !(j < tokens_.size() && looks_verb(tokens_[j]) && !tokens_[j].lower.ends_with("ing"));
  }

  // "His partner, Sara Quinn, wrote the plan": a name in commas after a subject that opens the
  // sentence, with no verb or quotation before it, is the subject's name, not a speaker.
  bool apposition_before(size_t start, size_t comma) const {
    if (start != 0) return false;
    size_t close = apposed_name_end(comma);
    if (close < tokens_.size()) return close + 1 < tokens_.size() && looks_verb(tokens_[close + 1]);
    if (described_name_end(comma) < tokens_.size()) return true;
    for (size_t open = start; open < comma; ++open)
      if (is_punct(tokens_[open], ","))
        return apposed_name_end(open) == comma || described_name_end(open) == comma;
    return false;
  }

  // "Veltrix, a maker of chips, reported a loss", "Kellam, the mining group, said": the comma
  // closing a description (an article or possessive and up to six words, no verb) right after the
  // comma `open`, when a name of one to four capitalised words (or an article and up to three
  // nouns: "The company, a maker of chips,") opens the sentence before it and a verb follows the
  // description; else past the end. The description is the subject's, not a speaker.
  size_t described_name_end(size_t open) const {
    if (open == 0 || open > 4 || open + 2 >= tokens_.size()) return tokens_.size();
    // Or "The company": an article and one to three nouns.
    bool noun_phrase = open > 1 && is(tokens_[0], kArticles);
    for (size_t i = noun_phrase ? 1 : 0; i < open; ++i)
      if (!tokens_[i].word || (!noun_phrase && !tokens_[i].cap) || tokens_[i].timex >= 0 ||
          looks_verb(tokens_[i]) || is(tokens_[i], kCutWords) || is(tokens_[i], kPronouns))
        return tokens_.size();
    if (!(is(tokens_[open + 1], kArticles) || is(tokens_[open + 1], kPossessives)))
      return tokens_.size();
    for (size_t j = open + 2; j < tokens_.size() && j <= open + 8; ++j) {
      if (is_punct(tokens_[j], ",")) {
        if (j == open + 2 || j + 2 >= tokens_.size() || !looks_verb(tokens_[j + 1]))
          return tokens_.size();
        // "Tom Reid, its chairman, said on Friday: ...": a reporting verb with no object after it
        // names a speaker, whose words its label gives; "reported a loss" is a verb like others.
        const Token& after = tokens_[j + 2];
        bool object = after.word && after.timex < 0 && !after.cap && !is(after, kCutWords) &&
                      after.lower != "that" && !is(after, kPronouns);
        return !is(tokens_[j + 1], kReportingVerbs) || object ? j : tokens_.size();
      }
      if (!tokens_[j].word || tokens_[j].timex >= 0 || looks_verb(tokens_[j]) ||
          is(tokens_[j], kRelatives))
        return tokens_.size();
    }
    return tokens_.size();
  }

  // The comma closing a name of one to four capitalised words right after the comma `open`,
  // when a short subject with no verb or quotation opens the sentence before it; else past the end.
  size_t apposed_name_end(size_t open) const {
    if (open == 0 || open > 6) return tokens_.size();
    for (size_t j = 0; j < open; ++j)
      if (!tokens_[j].word || looks_verb(tokens_[j]) || tokens_[j].timex >= 0) return tokens_.size();
    size_t j = open + 1;
    while (j < tokens_.size() && j < open + 5 && tokens_[j].word && tokens_[j].cap && tokens_[j].timex < 0) ++j;
    if (j == open + 1 || j >= tokens_.size() || !is_punct(tokens_[j], ",")) return tokens_.size();
    return j;
  }

  // Whether `t` is the colon or dash after a list item's date ("June 2017: ...", "2015 - ...").
  static bool list_mark(const Token& t) {
    for (std::string_view mark : {":", "-", "\u2013", "\u2014"})
      if (is_punct(t, mark)) return true;
    return false;
  }

  // The end of a time phrase that opens the sentence and is followed by a colon or dash, or after
  // a space by a clause that is not its predicate ("In March 2024 the board approved"; not "2023
  // was a record year", "Last year's floods"); 0 when there is none.
  size_t opening_time_phrase_end() const {
    size_t b = 0;  // past a list bullet ("\u2022 2021: Work is halted")
    while (b < tokens_.size() && b < 2 && !tokens_[b].word && tokens_[b].timex < 0) ++b;
    if (size_t h = dated_heading_end(b); h > 0) return h;
    if (b >= tokens_.size() || tokens_[b].timex < 0) return 0;
    size_t e = time_end(b);
    if (e >= tokens_.size()) return 0;
    // Dates joined by "and" or a comma before the mark: "Dec. 7 and Dec. 8: Seven Oaks hall".
    for (size_t n = e; n + 1 < tokens_.size() && (is(tokens_[n], kConjunctions) || is_punct(tokens_[n], ",")) &&
                       tokens_[n + 1].timex >= 0;) {
      n = time_end(n + 1);
      if (n >= tokens_.size()) break;
      if (list_mark(tokens_[n])) {
        e = n;
        break;
      }
    }
    // A list item's date: "June 2017: Designs are approved", "2015 - The city proposes".
    if (list_mark(tokens_[e])) return e + 1 < tokens_.size() ? e + 1 : 0;
    if (!tokens_[e].word || tokens_[e].begin == tokens_[e - 1].end) return 0;
    if (looks_verb(tokens_[e]) || is(tokens_[e], kConjunctions) || is(tokens_[e], kCutWords)) return 0;
    return clause_follows(e) ? e : 0;
  }

  // The end of a short heading with a date in it and no verb, ended by a colon, that opens the
  // sentence from token b: "Day one (Monday): Rain delayed the opening match", "Saturday's final:
  // Harbour City posted 178". Not a speaker ("Smith said on Monday: ..."); 0 when there is none.
  size_t dated_heading_end(size_t b) const {
    constexpr size_t kHeading = 6;  // tokens before the colon
    bool dated = false;
    for (size_t i = b; i < tokens_.size() && i - b <= kHeading; ++i) {
      const Token& t = tokens_[i];
      if (is_punct(t, ":") && t.timex < 0)
        return dated && i > b && i + 2 < tokens_.size() && tokens_[i + 1].word ? i + 1 : 0;
      if (t.timex >= 0) {
        dated = true;
        continue;
      }
      if (t.word ? looks_verb(t) : !is_punct(t, "(") && !is_punct(t, ")") && !is_punct(t, "'"))
        return 0;
    }
    return 0;
  }

  size_t segment_of(size_t token) const {
    for (size_t k = 0; k < segments_.size(); ++k)
      if (token >= segments_[k].begin && token < segments_[k].end) return k;
    return 0;
  }

  size_t main_segment() const {
    for (size_t k = 0; k < segments_.size(); ++k)
      if (segments_[k].kind == SegmentKind::kMain) return k;
    return 0;
  }

  // "Ingrid Solberg (born 4 March 1946) is ...", "the plan (first tabled in 2019)": a date in
  // brackets dates the noun phrase before them, with what the brackets say of it ("Ingrid Solberg
  // born", "plan first tabled"). Empty when the date is not in brackets after a noun phrase.
  std::optional<std::vector<size_t>> parenthesised(size_t first, size_t last) const {
    size_t open = first;
    while (open > 0 && first - open < 8 && !is_punct(tokens_[open - 1], "(") &&
           !is_punct(tokens_[open - 1], ")"))
      --open;
    if (open == 0 || !is_punct(tokens_[open - 1], "(")) return std::nullopt;
    size_t close = last + 1;
    while (close < tokens_.size() && close - last < 8 && !is_punct(tokens_[close], ")") &&
           !is_punct(tokens_[close], "("))
      ++close;
    if (close >= tokens_.size() || !is_punct(tokens_[close], ")")) return std::nullopt;
    std::vector<size_t> np = noun_phrase_ending_at(open - 1);
    if (np.empty() || np.size() > 8 || !tokens_[np.back()].word ||
        is(tokens_[np.front()], kPronouns))
      return std::nullopt;
    // Words besides the date ("The Clean Air Act (1970) set limits": the clause says more), and
    // no clause of their own ("(which opened in 2019)").
    size_t words = 0;
    for (size_t i = open; i < close; ++i) {
      if (is(tokens_[i], kRelatives) || tokens_[i].lower == "that") return std::nullopt;
      words += tokens_[i].word && tokens_[i].timex < 0;
    }
    if (words == 0) return std::nullopt;
    std::vector<size_t> inside = range(open, close);
    np.insert(np.end(), inside.begin(), inside.end());
    return np;
  }

  // "since the 1990s, when the network last doubled": the when-clause says what happened then.
  std::optional<size_t> when_clause_after(size_t last) const {
    size_t i = last + 1;
    while (i < tokens_.size() && !tokens_[i].word && !is_punct(tokens_[i], "(")) ++i;
    if (i >= tokens_.size() || tokens_[i].lower != "when" || i == last + 1) return std::nullopt;
    // "The plant closed in 2001, when demand fell", "In 1962, when ..., the town had": a date that
    // times its own clause gives it the event; a bound ("since the 1990s") or a date inside a noun
    // phrase ("the demonstrations of early December", "in contrast to Thursday") leaves that to
    // the when-clause.
    size_t first = focus_tokens(static_cast<size_t>(tokens_[last].timex)).first;
    if (!is(tokens_[first], kBoundPrepositions) && times_clause(first)) return std::nullopt;
    // "Fans travel to Leeds on Saturday, when the club marks its centenary": a date after the
    // verb and its object or place, in a phrase of its own ("on", "in"), times that clause too.
    // Not a second date of that clause ("held in 2000 and again in 2015, when water reached ..."):
    // the when-clause tells it apart.
    size_t focus = static_cast<size_t>(tokens_[last].timex);
    if (adverbial_date(first) && !claimed_by_earlier(segment_of(first), focus)) return std::nullopt;
    size_t k = segment_of(i);
    if (segments_[k].kind != SegmentKind::kRelative || segments_[k].body != i + 1) return std::nullopt;
    return k;
  }

  // A relative clause with no "that" whose subject comes before its verb, the date in it: "the
  // tower the council approved [in 2019]" -> "council approved the tower"; after a reporting verb
  // its noun phrase is the subject: "the 1,200 jobs Unisys said would be laid off [in March]" ->
  // "1,200 jobs would be laid off".
  std::optional<std::vector<size_t>> object_relative(size_t first, size_t k) const {
    RelativeParts parts;
    return object_relative(first, k, parts);
  }

  // The tokens of an object relative clause without "that" (see object_relative()).
  struct RelativeParts {
    size_t subject = 0;      // its subject's first token
    size_t verb = 0;         // its verb group's first token
    size_t verb_end = 0;     // past its verb group
    std::vector<size_t> np;  // the noun phrase it is about
  };

  // The noun phrase that the object relative clause holding token `first` is about ("the peak").
  std::vector<size_t> noun_phrase_of_relative(size_t first, size_t k) const {
    RelativeParts parts;
    return object_relative(first, k, parts) ? parts.np : std::vector<size_t>();
  }

  // "the peak we expect [in March]": the participle of the relative clause's verb of expecting,
  // right before the date; else empty.
  std::string_view expected_participle(size_t first, size_t k) const {
    RelativeParts parts;
    if (!object_relative(first, k, parts) || parts.verb + 1 != parts.verb_end) return {};
    for (size_t i = parts.verb_end; i < first; ++i)  // "they forecast [for] next week"
      if (!is(tokens_[i], kTimePrepositions)) return {};
    return expectation_participle(tokens_[parts.verb].lower);
  }

  // A verb, or any lower-case word right after a subject pronoun at or after `floor` ("we
  // [expect]", "she [married]").
  bool verb_at(size_t i, size_t floor) const {
    if (looks_verb(tokens_[i])) return true;
    const Token& t = tokens_[i];
    return i > floor && is(tokens_[i - 1], kSubjectPronouns) && t.word && !t.cap && t.timex < 0 &&
           !is(t, kCutWords) && !is(t, kConjunctions) && !is(t, kArticles) &&
           !is(t, kPossessives) && !is(t, kPronouns) && !t.lower.ends_with("ly");
  }

  std::optional<std::vector<size_t>> object_relative(size_t first, size_t k,
                                                     RelativeParts& parts) const {
    const Segment& g = segments_[k];
    if (first <= g.body || first >= g.end) return std::nullopt;  // a fronted date times the main clause
    // "at the same time it reported [third-quarter] net income": a date that modifies the verb's
    // own object leaves no object to the noun phrase before.
    if (modifies_noun(first)) return std::nullopt;
    // The clause's verb group, back from the date over its object or particle ("put [it] in place").
    size_t v1 = first;
    while (v1 > g.body && tokens_[v1 - 1].word && tokens_[v1 - 1].timex < 0 &&
           !verb_at(v1 - 1, g.body) && first - v1 < 4)
      --v1;
    if (v1 == g.body || !verb_at(v1 - 1, g.body)) return std::nullopt;
    size_t v0 = v1 - 1;
    while (v0 > g.body && verb_at(v0 - 1, g.body) && tokens_[v0 - 1].timex < 0) --v0;
    const Token& verb = tokens_[v0];
    if (v0 <= g.body + 1 || verb.lower.ends_with("ing") || (is(verb, kAuxiliaries) && v0 + 1 == v1)) return std::nullopt;
    // Its subject: a name, a pronoun, a phrase from its article, or after a reporting verb a bare plural.
    size_t s0 = v0;
    const Token& last = tokens_[v0 - 1];
    if (!last.word || last.timex >= 0) return std::nullopt;
    bool reported = is(verb, kReportingVerbs) && v0 + 1 < tokens_.size() && is(tokens_[v0 + 1], kAuxiliaries);
    if (last.cap && !is(last, kPronouns)) {
      while (s0 > g.body && tokens_[s0 - 1].word && tokens_[s0 - 1].cap && tokens_[s0 - 1].timex < 0) --s0;
    } else if (is(last, kPronouns) && last.lower != "that") {
      s0 = v0 - 1;
    } else {
      for (size_t j = v0 - 1; j > g.body && v0 - j <= 4; --j) {
        const Token& t = tokens_[j];
        if (!t.word || t.timex >= 0 || is(t, kCutWords) || is(t, kRelatives) || looks_verb(t)) break;
        if (is(t, kArticles) || is(t, kPossessives)) { s0 = j; break; }
      }
      if (s0 == v0 && reported && !last.cap) s0 = v0 - 1;  // "jobs officials said would"
    }
    if (s0 == v0 || s0 <= g.body) return std::nullopt;
    // A name that says something is no relative clause's subject unless what follows is reported
    // ("the jobs Unisys said would"; not "Egypt's official Middle East News Agency said").
    if (last.cap && is(verb, kReportingVerbs) && !reported) return std::nullopt;
    // The noun the clause is about ends right before its subject: a lower-case word, no verb,
    // preposition or function word ("the jobs [Unisys]"; not "told [the board]", "that [the]").
    const Token& head = tokens_[s0 - 1];
    if (!head.word || head.cap || head.timex >= 0 || looks_verb(head) || is(head, kCutWords) || is(head, kArticles) ||
        is(head, kTitles) ||
        is(head, kPossessives) || is(head, kPronouns) || is(head, kRelatives) || is(head, kConjunctions) ||
        is(head, kAuxiliaries) || is(head, kStopBeforeNoun) || head.lower.ends_with("ly") ||
        std::isdigit(static_cast<unsigned char>(head.lower[0])) || s0 - 1 == g.body)
      return std::nullopt;
    std::vector<size_t> np = noun_phrase_ending_at(s0);
    // "raised the peak [we expect]": from its last "the" or possessive, past a verb that does not
    // look like one ("a" may be "per": "16 cents a share").
    auto determiner = std::find_if(np.rbegin(), np.rend(), [&](size_t j) {
      return tokens_[j].lower == "the" || is(tokens_[j], kPossessives);
    });
    if (determiner != np.rend()) np.erase(np.begin(), determiner.base() - 1);
    if (np.empty() || np.size() > 8) return std::nullopt;
    // The noun phrase starts at an article, possessive or number, or is a name ("Acme's plan").
    const Token& lead = tokens_[np.front()];
    if (!is(lead, kArticles) && !is(lead, kPossessives) && !std::isdigit(static_cast<unsigned char>(lead.lower[0])) &&
        !lead.cap)
      return std::nullopt;
    // The clause ends before the next verb group ("... in May [was] criticised") or punctuation.
    size_t end = v1;
    for (bool in_verbs = true; end < g.end && tokens_[end].word; ++end) {
      bool v = looks_verb(tokens_[end]) && tokens_[end].timex < 0;
      if (v && !in_verbs) break;
      in_verbs = in_verbs && v;
    }
    // The noun phrase has a verb of its own clause outside the relative one: before it ("opposed
    // [the tower]") or after ("[the plan] ... was criticised"); else the words are one clause
    // ("Some 1,500 ethnic Albanians marched").
    if (!has_verb(g.body, np.front()) && !(end < g.end && looks_verb(tokens_[end]))) return std::nullopt;
    std::vector<size_t> out;
    if (reported) {
      out = np;
      for (size_t i = v0 + 1; i < end; ++i) out.push_back(i);
    } else {
      out = range(s0, v1);
      // "The plan the minister unveiled": a capitalised article that opened the sentence goes.
      if (np.front() == 0 && is(tokens_[0], kArticles) && np.size() > 1) np.erase(np.begin());
      out.insert(out.end(), np.begin(), np.end());
      for (size_t i = v1; i < end; ++i) out.push_back(i);
    }
    parts = {s0, v0, v1, np};
    return out;
  }

  // "the issues that hurt Sun's performance" before token `end`: a relative clause's noun phrase,
  // "that"/"which"/"who", its verb and its object; else empty.
  std::vector<size_t> relative_clause_ending_at(size_t end) const {
    // "the storm surge of December 2013": a date that a noun phrase ends is that phrase's.
    if (end < tokens_.size() && tokens_[end].lower == "of") return {};
    size_t i = end;
    while (i > 0 && tokens_[i - 1].word && tokens_[i - 1].timex < 0 && !looks_verb(tokens_[i - 1]) &&
           !is(tokens_[i - 1], kRelatives) && !is(tokens_[i - 1], kSubordinators) &&
           !is(tokens_[i - 1], kBoundPrepositions) && tokens_[i - 1].lower != "that" && end - i < 6)
      --i;
    if (i < 3 || i == end || !looks_verb(tokens_[i - 1]) || is(tokens_[i - 1], kAuxiliaries)) return {};
    if (!is(tokens_[i - 2], kRelativePronouns)) return {};
    std::vector<size_t> head = noun_phrase_ending_at(i - 2);
    if (head.empty() || head.size() > 8 || is(tokens_[head.front()], kPronouns)) return {};
    // "the number of stocks on the New York Stock Exchange that fell": a name after a preposition
    // is seldom what the clause is about.
    size_t lead = is(tokens_[head.front()], kArticles) ? head.front() + 1 : head.front();
    if (head.front() > 0 && is(tokens_[head.front() - 1], kCutWords) && lead < i - 2 && tokens_[lead].cap) return {};
    // "the company's $728 million recapitalization that took place": the amount's currency sign
    // and the words before it are in the phrase.
    if (!head.empty() && head.front() > 0 && std::isdigit(static_cast<unsigned char>(tokens_[head.front()].lower[0])) &&
        !tokens_[head.front() - 1].word && kCurrencySigns.contains(tokens_[head.front() - 1].lower)) {
      std::vector<size_t> before = noun_phrase_ending_at(head.front() - 1);
      // "$585 million of the company's": from after its last preposition.
      for (size_t b = before.size(); b-- > 0;)
        if (is(tokens_[before[b]], kCutWords)) {
          before.erase(before.begin(), before.begin() + static_cast<long>(b) + 1);
          break;
        }
      before.push_back(head.front() - 1);
      head.insert(head.begin(), before.begin(), before.end());
    }
    head.push_back(i - 1);
    for (size_t j = i; j < end; ++j) head.push_back(j);
    return head;
  }

  // Where the subject that runs up to token `end` starts, from `begin`: after the last punctuation
  // when a noun phrase follows it ("Just ahead of the trip, [the State Department]", "HAGUE _ [The
  // World Court]"), from `begin` when the commas are between adjectives ("the big, often
  // tumultuous slide"); `end` for a list ("Poland, Hungary and the Czech Republic"), which the
  // noun phrase before the date reads better.
  size_t subject_start(size_t begin, size_t end) const {
    if (begin >= end) return end;
    size_t p = end;
    for (size_t i = begin; i < end; ++i)
      if (!tokens_[i].word && !is_punct(tokens_[i], "'") && !is_punct(tokens_[i], "\u2019")) p = i;
    if (p == end) return begin;
    if (p + 1 >= end) return end;
    for (size_t i = p + 1; i < end; ++i)
      if (is(tokens_[i], kConjunctions)) return end;
    const Token& next = tokens_[p + 1];
    if (is(next, kArticles) || is(next, kPossessives) || next.cap) return p + 1;
    return is_punct(tokens_[p], ",") ? begin : end;
  }

  // True when the date phrase starting at token `first` is an adjunct of its clause: right after
  // its verb or an adverb ("closed in 2001", "spoke briefly on Monday"), or all of a fronted
  // phrase but for its opening words ("Back in 1999,"; not "In contrast to Thursday,").
  // Whether the date at token `first` is a time phrase of its own after its clause's verb: "on
  // Saturday" in "Fans travel to Leeds on Saturday"; not a bound ("since the 1990s"), nor a date
  // inside a noun phrase ("the demonstrations of early December", "in contrast to Thursday").
  bool adverbial_date(size_t first) const {
    auto opens = [&](size_t i) {
      const std::string& w = tokens_[i].lower;
      return w == "on" || w == "in" || w == "during" || w == "at";
    };
    size_t p = first;
    if (!opens(p) && p > 0) --p;  // the date's phrase may start at the date
    if (!opens(p)) return false;
    if (p == 0 || !tokens_[p - 1].word || is(tokens_[p - 1], kTimePrepositions)) return false;
    const Segment& g = segments_[segment_of(p)];
    return g.kind == SegmentKind::kMain && p > g.body &&
           (has_verb(g.body, p) || has_present(g.body, p));
  }

  bool times_clause(size_t first) const {
    if (first == 0) return true;
    const Token& before = tokens_[first - 1];
    if (before.word && (looks_verb(before) || (before.lower.ends_with("ly") && !before.cap))) return true;
    for (size_t i = 0; i < first; ++i)
      if (!is(tokens_[i], kFrontedStarters) && !is(tokens_[i], kTimeModifiers)) return false;
    return true;
  }

  // "Hewlett announced that [it] planned ...": "it" opening a reported clause stands for the
  // subject of segment k, when that is a short noun phrase, and "they" when that is plural. "He"
  // and "she" stay, for the article's people to resolve: "Anna Berg said that he had fled", "The
  // court ruled that he must return" are about someone else.
  std::vector<size_t> with_subject_for_pronoun(std::vector<size_t> clause, size_t k) const {
    std::string_view w = clause.empty() ? std::string_view() : std::string_view(tokens_[clause.front()].lower);
    if (w != "it" && w != "they") return clause;
    std::vector<size_t> subject = subject_of(k);
    while (!subject.empty() && !tokens_[subject.back()].word) subject.pop_back();
    // "The authority on Monday said it would ...": the saying's date is no part of who "it" is.
    if (!subject.empty() && tokens_[subject.back()].timex >= 0) {
      while (!subject.empty() && tokens_[subject.back()].timex >= 0) subject.pop_back();
      if (!subject.empty() && is(tokens_[subject.back()], kTimePrepositions)) subject.pop_back();
    }
    if (w == "they" && (subject.empty() || !plural(tokens_[head_of(subject)]))) return clause;
    bool noun_phrase = !subject.empty() && subject.size() <= 6 && std::none_of(subject.begin(), subject.end(), [&](size_t i) {
      return tokens_[i].timex >= 0 || is(tokens_[i], kPronouns) || is(tokens_[i], kNeuterPronouns) ||
             is(tokens_[i], kPersonPronouns);
    });
    if (!noun_phrase) return clause;
    clause.erase(clause.begin());
    subject.insert(subject.end(), clause.begin(), clause.end());
    return subject;
  }

  // Where a clause's subject and finite verb start at token c, before `limit`: a subject pronoun
  // or "it" ("it would"), or a noun phrase of up to six words that an article, a possessive or a
  // capital opens ("the ship would", "Port officials expect"), then a modal, a finite auxiliary
  // or a verb in the past; the verb's index, or nullopt.
  std::optional<size_t> clause_verb_at(size_t c, size_t limit) const {
    if (c >= limit || !tokens_[c].word || tokens_[c].timex >= 0) return std::nullopt;
    auto finite = [&](const Token& t) {
      if (!t.word || t.timex >= 0 || t.cap) return false;
      if (is(t, kModals)) return true;
      if (is(t, kAuxiliaries)) return !is(t, kNonfiniteAuxiliaries);
      return listed_past(t.lower) || (t.lower.size() > 4 && t.lower.ends_with("ed") && looks_verb(t));
    };
    const Token& s = tokens_[c];
    if (is(s, kSubjectPronouns) || is(s, kNeuterPronouns))
      return c + 1 < limit && finite(tokens_[c + 1]) ? std::optional(c + 1) : std::nullopt;
    if (!is(s, kArticles) && !is(s, kPossessives) && !(s.cap && !is(s, kPronouns))) return std::nullopt;
    for (size_t j = c + 1; j < limit && j <= c + 6; ++j) {
      const Token& t = tokens_[j];
      if (finite(t)) return j > c + (is(s, kArticles) || is(s, kPossessives) ? 1 : 0) ? std::optional(j) : std::nullopt;
      if (!t.word || t.timex >= 0 || looks_verb(t) || is(t, kConjunctions) || is(t, kCutWords) ||
          is(t, kPronouns))
        return std::nullopt;
    }
    return std::nullopt;
  }

  // "The authority said on Monday it would reopen the quay on Friday", "told reporters on Monday
  // it would ...": a reporting verb, maybe with an object of up to three words, its own dated time
  // phrase, then a clause with its own subject and finite verb that holds the date at `first`:
  // that clause's tokens. "he hoped the ship would be refloated by Wednesday": a clause with its
  // own subject and finite verb right after the clause's verb is the one reported ("the ship
  // would be refloated").
  std::optional<std::vector<size_t>> bare_reported_clause(size_t first, const Segment& g) const {
    if (first >= tokens_.size() || tokens_[first].timex < 0) return std::nullopt;
    for (size_t i = g.body; i < first; ++i) {
      if (!is(tokens_[i], kReportingVerbs) || tokens_[i].timex >= 0 || tokens_[i].lower == "according") continue;
      size_t j = i + 1;
      while (j < first && j <= i + 3 && tokens_[j].word && tokens_[j].timex < 0 && !looks_verb(tokens_[j]) &&
             !is(tokens_[j], kConjunctions) && tokens_[j].lower != "that")
        ++j;
      std::optional<size_t> verb;
      size_t c = j;
      if (j < first && tokens_[j].timex < 0 && dated_before(i, tokens_[first].timex)) {
        // "On Monday, the authority said it would ...": the saying's date stands before its verb.
        for (c = i + 1; c <= j && !verb; ++c) verb = clause_verb_at(c, first);
        if (!verb) continue;
        --c;
      } else {
        if (j >= first || tokens_[j].timex < 0 || tokens_[j].timex == tokens_[first].timex || !tokens_[j].dated)
          continue;
        int said = tokens_[j].timex;
        while (j < first && tokens_[j].timex == said) ++j;
        verb = clause_verb_at(j, first);
        if (!verb) continue;
        c = j;
      }
      // Down into a clause reported by the reported one ("he hoped [the ship would ...]").
      for (int depth = 0; depth < 2; ++depth) {
        size_t v = *verb;
        if (is(tokens_[v], kModals) || is(tokens_[v], kAuxiliaries)) break;
        auto inner = clause_verb_at(v + 1, first);
        if (!inner || is(tokens_[v + 1], kSubjectPronouns) || tokens_[v + 1].lower == "it") break;
        c = v + 1;
        verb = inner;
      }
      return reported_clause(c, g.end);
    }
    return std::nullopt;
  }

  // Whether token i is "followed" after a comma, with "by" after it or after a time phrase
  // (", followed next week by").
  bool followed_at(size_t i) const {
    if (i == 0 || i + 1 >= tokens_.size() || tokens_[i].lower != "followed" || !is_punct(tokens_[i - 1], ","))
      return false;
    size_t by = i + 1;
    while (by < tokens_.size() && tokens_[by].timex >= 0) ++by;
    return by < tokens_.size() && tokens_[by].lower == "by";
  }

  // "Investors turn to Friday's figures, followed next week by minutes of the Fed's meeting [on
  // Tuesday] and a shortened session on Thursday": the noun phrase after "followed by" that the
  // date at `first` ends is what happens then ("Minutes of the Fed's meeting"); after "and" and
  // an earlier date in the phrase, the one after "and" ("Shortened session").
  std::optional<std::vector<size_t>> followed_by(size_t first) const {
    // ", followed [next week] by minutes of the Fed's meeting on Tuesday": the phrase's first noun
    // phrase, up to its own date.
    if (first > 0 && followed_at(first - 1)) {
      size_t from = first;
      while (from < tokens_.size() && tokens_[from].timex >= 0) ++from;
      std::vector<size_t> out;
      for (size_t j = from + 1; j < tokens_.size() && tokens_[j].timex < 0 && !is_punct(tokens_[j], ","); ++j)
        out.push_back(j);
      if (!out.empty()) return out;
    }
    if (!ends_noun_phrase(first)) return std::nullopt;  // "the Fed's November meeting"
    for (size_t i = first; i-- > 1;) {
      const Token& t = tokens_[i];
      if (t.timex >= 0) continue;
      // "the Fed's meeting", "a shortened session": an -ing noun after a possessive or article.
      bool noun = is(t, kHappeningNouns) || ends_possessive(tokens_[i - 1].lower) || is(tokens_[i - 1], kArticles);
      if (is_punct(t, ",") || is_punct(t, ";") || (looks_verb(t) && !noun && t.lower != "followed"))
        return std::nullopt;
      if (!followed_at(i)) continue;
      size_t from = i + 1;
      while (tokens_[from].timex >= 0) ++from;
      ++from;  // "by"
      for (size_t j = from + 1; j + 1 < first; ++j)
        if (is(tokens_[j], kConjunctions) && tokens_[j - 1].timex >= 0 && tokens_[j - 1].dated) from = j + 1;
      if (from >= first) return std::nullopt;
      return range(from, first);
    }
    return std::nullopt;
  }

  // The "and" or "but" that opens a predicate of its own, with no subject, right before the date
  // at `first` in segment k, after an earlier date of the segment ("beat Castleford on Saturday
  // [and] travel to Brampton this afternoon"): a lower-case verb after it (past, or a plain
  // present of bare-presents.txt), then an object or a preposition. `first` when there is none.
  size_t coordinate_predicate(size_t k, size_t first) const {
    const Segment& g = segments_[k];
    size_t dated = first;  // the earlier date's last token
    for (size_t i = first; i-- > g.body;)
      if (tokens_[i].timex >= 0 && tokens_[i].timex != tokens_[first].timex && tokens_[i].dated) {
        dated = i;
        break;
      }
    if (dated == first) return first;
    for (size_t c = dated + 1; c + 2 < first; ++c) {
      const Token& conj = tokens_[c];
      if (conj.lower != "and" && conj.lower != "but") continue;
      const Token& verb = tokens_[c + 1];
      const Token& after = tokens_[c + 2];
      bool is_verb = verb.word && !verb.cap && verb.timex < 0 && !verb.lower.ends_with("ing") &&
                     !is(verb, kAuxiliaries) && !is(verb, kModals) &&
                     (is(verb, kBarePresents) || bare_present_s(verb.lower) || listed_past(verb.lower) ||
                      (looks_verb(verb) && verb.lower.ends_with("ed")));
      bool object = after.word && after.timex < 0 &&
                    (after.cap || is(after, kArticles) || is(after, kPossessives) || is(after, kCutWords) ||
                     std::isdigit(static_cast<unsigned char>(after.lower[0])));
      if (is_verb && object && !has_verb(c + 2, first)) return c;
    }
    return first;
  }

  // Whether a dated time other than `timex` stands before token `i` ("On Monday, the authority
  // said", "The authority on Monday said"): it dates what happens at `i`.
  bool dated_before(size_t i, int timex) const {
    for (size_t j = 0; j < i; ++j)
      if (tokens_[j].timex >= 0 && tokens_[j].timex != timex && tokens_[j].dated) return true;
    return false;
  }

  // A reported clause up to the date that ends at token `last` when "and" or "or" and a
  // lower-case word after it start another predicate ("would review its water plans [by the end
  // of the year] and commission a new study in the spring"): that one is not what happens then.
  std::vector<size_t> up_to_date(std::vector<size_t> clause, size_t last) const {
    auto at = std::find(clause.begin(), clause.end(), last + 1);
    if (at == clause.end() || at + 1 == clause.end() || !is(tokens_[*at], kConjunctions)) return clause;
    const Token& next = tokens_[*(at + 1)];
    if (!next.word || next.cap || next.timex >= 0 || is(next, kArticles) || is(next, kPossessives) ||
        is(next, kPronouns) || is(next, kConjunctions))
      return clause;
    clause.erase(at, clause.end());
    return clause;
  }

  // Tokens of a "that" clause, up to a second one coordinated with it ("... and that ...").
  std::vector<size_t> reported_clause(size_t begin, size_t end) const {
    for (size_t j = begin + 1; j + 1 < end; ++j)
      if (is(tokens_[j], kConjunctions) && tokens_[j + 1].lower == "that") return range(begin, j);
    return range(begin, end);
  }

  // "Born in Hobart in 1939, the daughter of ..., she learned": a date in a participle phrase that
  // opens the sentence dates that phrase ("Born in Hobart").
  std::optional<std::vector<size_t>> fronted_participle(size_t first) const {
    if (tokens_.empty() || !is(tokens_[0], kFrontedParticiples)) return std::nullopt;
    for (size_t i = 1; i < tokens_.size() && i < 14; ++i)
      if (is_punct(tokens_[i], ",") && tokens_[i].timex < 0)
        return first < i ? std::optional(range(0, i)) : std::nullopt;
    return std::nullopt;
  }

  // When one to three capitalised words ("Ohio", "N.J.") start at token `open`, after a comma
  // that a capitalised word and, before it, a participle's phrase lead to (", founded in Dayton,
  // Ohio,"): the first token of that phrase. Else `open`.
  size_t place_opening(size_t open) const {
    size_t j = open, words = 0;
    for (; j < tokens_.size() && j < open + 6 && tokens_[j].timex < 0; ++j) {
      if (tokens_[j].word && tokens_[j].cap && !is(tokens_[j], kArticles)) ++words;
      else if (!(is_punct(tokens_[j], ".") && j > open && tokens_[j].begin == tokens_[j - 1].end)) break;
    }
    if (words == 0 || words > 3 || j >= tokens_.size() || !(is_punct(tokens_[j], ",") || tokens_[j].timex >= 0))
      return open;
    if (open < 3 || !is_punct(tokens_[open - 1], ",") || !tokens_[open - 2].cap) return open;
    size_t p = open - 1;
    while (p > 0 && p + 10 > open && !is_punct(tokens_[p - 1], ",")) --p;
    if (p == 0 || !is_punct(tokens_[p - 1], ",")) return open;
    const Token& lead = tokens_[p];
    bool participle = looks_verb(lead) && !is(lead, kAuxiliaries) && lead.lower.ends_with("ed");
    return participle ? p : open;
  }

  // Whether token i may be a verb after "to" ("due to open"), not a noun phrase ("due to the
  // delays", "due to March's storms", "due to rain").
  bool infinitive_at(size_t i) const {
    const Token& t = tokens_[i];
    return aside_infinitive(t);
  }

  // "A plan, adopted during the drought of 2017, was ...": the date belongs to the aside, which
  // describes the noun phrase before it.
  std::optional<std::vector<size_t>> participle_aside(size_t first, size_t last, size_t k) const {
    size_t open = first;
    while (open > segments_[k].begin && !(is_punct(tokens_[open - 1], ",") && tokens_[open - 1].timex < 0)) --open;
    // ", founded in Dayton, Ohio, in 1921,": the aside goes on past a place's state or country.
    if (open == first && open > segments_[k].begin + 2) {
      size_t q = open - 1;
      while (q > segments_[k].begin && q + 5 > open && !is_punct(tokens_[q - 1], ",")) --q;
      if (size_t back = place_opening(q); back != q && back > segments_[k].begin) open = back;
    }
    if (open == segments_[k].begin || open >= first) return std::nullopt;
    // ", first tabled at 10 Downing Street in March,": an adverb may come before the participle.
    size_t verb = open + 1 < first && is(tokens_[open], kAsideAdverbs) ? open + 1 : open;
    const Token& lead = tokens_[verb];
    // An -ing aside ("The minister, speaking to reporters on Friday, said") happens along with the
    // main clause, which says what happened.
    // ", due to open in August,": an adjective with "to" after it is one too.
    bool adjective = is(lead, kAsideAdjectives) && verb + 2 < first && tokens_[verb + 1].lower == "to" &&
                     infinitive_at(verb + 2);
    if ((!looks_verb(lead) && !adjective) || is(lead, kAuxiliaries) || lead.lower.ends_with("ing"))
      return std::nullopt;
    size_t close = last + 1;
    while (close < segments_[k].end && !(is_punct(tokens_[close], ",") && tokens_[close].timex < 0)) ++close;
    if (close >= segments_[k].end) return std::nullopt;
    std::vector<size_t> out = noun_phrase_ending_at(open - 1);
    // "under new terms of the agreement, announced Friday,": the preposition is the clause's.
    while (!out.empty() && is(tokens_[out.front()], kCutWords) && tokens_[out.front()].lower != "of")
      out.erase(out.begin());
    if (out.empty()) return std::nullopt;
    // "would appeal the decision, announced Wednesday by ...": a lower-case word before the
    // phrase's first article is a verb that does not look like one.
    if (auto article = std::find_if(out.begin(), out.end(),
                                    [&](size_t j) { return is(tokens_[j], kArticles); });
        article != out.begin() && article != out.end() && !tokens_[*(article - 1)].cap &&
        tokens_[*(article - 1)].word && !is(tokens_[*(article - 1)], kCutWords) &&
        std::none_of(out.begin(), article, [&](size_t j) {  // "31 cents a share" is an amount
          return kAmountUnits.contains(tokens_[j].lower) ||
                 std::isdigit(static_cast<unsigned char>(tokens_[j].lower[0]));
        }))
      out.erase(out.begin(), article);
    // "a proposal by the United Kingdom, first tabled ...": the aside describes the head noun.
    if (size_t p = out.front(); p > 1 && is(tokens_[p - 1], kHeadPrepositions)) {
      std::vector<size_t> head = noun_phrase_ending_at(p - 1);
      auto article = std::find_if(head.begin(), head.end(), [&](size_t j) { return is(tokens_[j], kArticles); });
      if (article != head.end() && article + 1 != head.end()) {
        head.erase(head.begin(), article);
        head.push_back(p - 1);
        out.insert(out.begin(), head.begin(), head.end());
      }
    }
    // "Senator Ellen Marsh, a Democrat from Ohio, introduced the bill in March 2025, a month after
    // the crash": after a description set off by commas, with no verb before it and none after it
    // to go on with, the participle is the clause's own verb.
    if (size_t p = out.front(); p > segments_[k].body && is_punct(tokens_[p - 1], ",") &&
                                is(tokens_[p], kArticles) && !has_verb(segments_[k].body, open) &&
                                !verb_or_present(close + 1))
      return std::nullopt;
    std::vector<size_t> aside = range(open, close);
    out.insert(out.end(), aside.begin(), aside.end());
    return out;
  }

  // True when token i may be a verb in the present tense: a lower-case word in -s that is no
  // function word, count of time or date ("reopens", "takes"; not "weeks", "its", "this").
  bool present_at(size_t i) const {
    if (i >= tokens_.size()) return false;
    const Token& t = tokens_[i];
    // Not a possessive: "and sheriff's deputies went" opens a clause with its own subject.
    return t.word && !t.cap && t.timex < 0 && t.lower.size() > 3 && t.lower.ends_with("s") &&
           !t.lower.ends_with("'s") && !t.lower.ends_with("\u2019s") &&
           !t.lower.ends_with("ss") && !t.lower.ends_with("us") && !t.lower.ends_with("is") &&
           !is(t, kCutWords) && !is(t, kPronouns) && !is(t, kPossessives) && !is(t, kTimeUnits) &&
           !is(t, kConjunctions) && !is(t, kArticles);
  }

  // True when a present-tense verb follows the subject in [begin, end): a word that present_at()
  // accepts right after a name or a noun, with no verb before it ("The museum reopens",
  // "Construction starts").
  bool has_present(size_t begin, size_t end) const { return present_in(begin, end) < end; }

  // Where has_present() finds its verb; else `end`.
  size_t present_in(size_t begin, size_t end) const {
    for (size_t j = begin + 1; j < end; ++j) {
      if (looks_verb(tokens_[j])) return end;
      const Token& before = tokens_[j - 1];
      if (present_start(j) && before.word && before.timex < 0 && !is(before, kArticles) &&
          !is(before, kPossessives) && (!is(before, kCutWords) || is(before, kRelatives)) &&
          !before.lower.ends_with("ly") &&
          !std::isdigit(static_cast<unsigned char>(before.lower[0])))
        return j;
    }
    return end;
  }

  // present_at(i), and what follows reads as its object or adjunct, not as the verb or clause of
  // a plural noun ("negotiations [broke]", "politics [that]", "write-downs [and]").
  bool present_start(size_t i) const {
    if (!present_at(i) || i + 1 >= tokens_.size()) return false;
    const Token& next = tokens_[i + 1];
    return next.word && !looks_verb(next) && !is(next, kRelatives) && next.lower != "that" &&
           !is(next, kConjunctions) && !is(next, kAuxiliaries);
  }

  // True when token i is a verb, or a lower-case word in -s that may be a present-tense one ("The
  // agreement, reached on Thursday, [requires] ..."; not "weeks after", a noun before a
  // preposition).
  bool verb_or_present(size_t i) const {
    if (i >= tokens_.size()) return false;
    const Token& t = tokens_[i];
    if (looks_verb(t)) return true;
    bool preposition_next =
        i + 1 < tokens_.size() && is(tokens_[i + 1], kCutWords) && tokens_[i + 1].lower != "that";
    return t.word && !t.cap && t.lower.size() > 3 && t.lower.ends_with("s") &&
           !t.lower.ends_with("ss") && !is(t, kCutWords) && !is(t, kPronouns) && !preposition_next;
  }

  // "a spokeswoman said" (from token `from`, after a comma) up to the end of the sentence or a
  // date: a reporting clause.
  bool reporting_clause_at(size_t from) const {
    size_t words = 0;
    bool titled = true;
    for (size_t j = from; j < tokens_.size(); ++j) {
      const Token& t = tokens_[j];
      if ((!t.word && !is_punct(t, ",")) || t.timex >= 0) return false;
      if (is(t, kReportingVerbs) && t.lower != "according") {
        // Up to a short phrase and dates may follow: "said in a statement Tuesday", "said at a
        // briefing" (an -ing word after an article is a noun).
        size_t k = j + 1, extra = 0;
        auto noun_ing = [&](size_t i) {
          return tokens_[i].lower.ends_with("ing") && (is(tokens_[i - 1], kArticles) || is(tokens_[i - 1], kPossessives));
        };
        // "said Governor of New South Wales Jane Roe": a capitalised speaker counts as one word.
        auto speaker_word = [&](size_t i) {
          return k > j + 1 && (tokens_[i].cap || tokens_[i].lower == "of") && tokens_[j + 1].cap &&
                 tokens_[j + 1].timex < 0;
        };
        while (k < tokens_.size() && tokens_[k].word &&
               (tokens_[k].timex >= 0 || speaker_word(k) || ++extra <= 4) &&
               (!looks_verb(tokens_[k]) || noun_ing(k)))
          ++k;
        // "..., said Ruth Calloway, 58, who ...": the speaker after the verb, then any aside.
        // "said mission manager Elena Rossi": a title before the name too.
        bool titled_name = j + 2 < k && (is(tokens_[j + 1], kTitles) || is(tokens_[j + 2], kTitles));
        bool inverted = words == 0 && k > j + 1 && (tokens_[j + 1].cap || is(tokens_[j + 1], kArticles) || titled_name);
        if (inverted) return k == tokens_.size() || !tokens_[k].word;
        // "..., a spokesman said, and the board wants ...": a comma before a clause with its own
        // subject after "and" or "but" ends it too.
        bool joined = k + 2 < tokens_.size() && is_punct(tokens_[k], ",") &&
                      (tokens_[k + 1].lower == "and" || tokens_[k + 1].lower == "but") && subject_then_verb(k + 2);
        // "..., the club said on Thursday, leaving him ...": an -ing phrase after it is its own.
        bool participle = k + 1 < tokens_.size() && is_punct(tokens_[k], ",") && tokens_[k + 1].word &&
                          !tokens_[k + 1].cap && tokens_[k + 1].lower.ends_with("ing");
        return words >= 1 && (k == tokens_.size() || (!tokens_[k].word && !is_punct(tokens_[k], ",")) || joined || participle);
      }
      if (is_punct(t, ",")) continue;  // "his attorney, Maria Okafor, said"
      // "Governor of New South Wales Jane Roe said": a title of capitalised words runs longer.
      titled = titled && (t.cap || t.lower == "of" || t.lower == "the");
      if (++words > (titled ? 10 : 6) || looks_verb(t)) return false;
    }
    return false;
  }

  // True when a time phrase before `focus` already dates segment k (for the main clause, also
  // through a fronted phrase).
  bool claimed_by_earlier(size_t k, size_t focus) const {
    // A date inside a relative clause ("the revolution that brought Castro to power 42 years ago",
    // "the tower the council approved in 2019") dates that clause, not the one around it.
    auto dated_before_focus = [&](size_t seg) {
      for (size_t i = segments_[seg].begin; i < segments_[seg].end; ++i)
        if (tokens_[i].timex >= 0 && tokens_[i].timex < static_cast<int>(focus) && times_[tokens_[i].timex].dated &&
            (i == segments_[seg].begin || tokens_[i - 1].timex != tokens_[i].timex) &&
            relative_clause_ending_at(i).empty() && !object_relative(i, seg)) {
          // "The agreement, reached on Thursday, requires ... within 30 days": a date in a
          // participle aside dates the aside, not the clause around it.
          auto [f, l] = focus_tokens(static_cast<size_t>(tokens_[i].timex));
          if (participle_aside(f, l, seg)) {
            i = l;
            continue;
          }
          return true;
        }
      return false;
    };
    if (dated_before_focus(k)) return true;
    // "in 2018, when auditors flagged payments made between 2014 and 2017": 2018 dates the clause.
    if (segments_[k].kind == SegmentKind::kRelative && tokens_[segments_[k].body - 1].lower == "when" && k > 0 &&
        dated_before_focus(k - 1))
      return true;
    if (k != main_segment()) return false;
    for (size_t f = 0; f < k; ++f)
      if (segments_[f].kind == SegmentKind::kFronted && !(f == 0 && fronted_doing()) &&
          dated_before_focus(f))
        return true;
    return false;
  }

  // Whether the sentence opens with a participle phrase or "after"/"before" and an -ing verb
  // ("Having signed the deal in May,", "Elected in 2019,", "After touring the capital on
  // Thursday,"): what it says is an event of its own, so its date does not date the main clause
  // ("the club unveiled the new kit on Friday" is Friday's event, not "New kit").
  bool fronted_doing() const {
    if (tokens_.size() < 3) return false;
    if (opening_participle()) return tokens_[0].lower != "according";
    return is(tokens_[0], kClauseConjunctions) && is(tokens_[0], kFrontedStarters) &&
           tokens_[1].timex < 0 && tokens_[1].lower.ends_with("ing") && looks_verb(tokens_[1]) &&
           !is(tokens_[1], kAspectVerbs);
  }

  // The noun phrase a time phrase follows: "the Taliban takeover of Afghanistan [earlier this month]".
  // "ended support for Windows 7 in January 2020 and for Windows 8.1 in January 2023": a phrase
  // after "and" that repeats the preposition of one before an earlier date in the clause leaves
  // out the clause's verb, which it shares: the clause up to that preposition, then the phrase
  // ("Company ended support for Windows 8.1"). nullopt for any other date.
  std::optional<std::vector<size_t>> gapped_phrase(size_t first, size_t k) const {
    const Segment& g = segments_[k];
    // Back from the date over its own preposition and the phrase's words (at most six).
    size_t prep = first;
    if (prep > g.body && is(tokens_[prep - 1], kCutWords)) --prep;
    size_t words = 0;
    // "and on wages growing faster than inflation [from next year]": an -ing word after the
    // phrase's noun describes it.
    auto describes = [&](size_t j) {
      const Token& t = tokens_[j];
      return t.lower.ends_with("ing") && !is(t, kAuxiliaries) && j > g.body && tokens_[j - 1].word &&
             !looks_verb(tokens_[j - 1]) && !is(tokens_[j - 1], kCutWords);
    };
    while (prep > g.body && words < 6 && tokens_[prep - 1].word && tokens_[prep - 1].timex < 0 &&
           !is(tokens_[prep - 1], kCutWords) && (!looks_verb(tokens_[prep - 1]) || describes(prep - 1)))
      --prep, ++words;
    if (words == 0 || prep < g.body + 2) return std::nullopt;
    size_t link = --prep - 1;
    if (link <= g.body || !is(tokens_[prep], kCutWords) || is(tokens_[prep], kConjunctions) ||
        !is(tokens_[link], kConjunctions) || tokens_[link].lower == "but")
      return std::nullopt;
    for (size_t p = link; p-- > g.body;) {
      if (!tokens_[p].word || tokens_[p].lower != tokens_[prep].lower || tokens_[p + 1].timex >= 0) continue;
      // The earlier phrase has its own date between it and the link, and a verb before it.
      bool dated = false;
      for (size_t j = p + 1; j < link; ++j) dated = dated || tokens_[j].timex >= 0;
      if (!dated || !has_verb(g.body, p)) return std::nullopt;
      std::vector<size_t> out = range(g.body, p), rest = range(prep, first);
      out.insert(out.end(), rest.begin(), rest.end());
      return out;
    }
    return std::nullopt;
  }

  // "It will announce the level for the April-June quarter on 25 February, and the figure for the
  // summer on or around 27 May": after a comma that a date of the clause ends, "and" (or "or"), an
  // object of up to six words (not a name) and a date of its own leave out the clause's verb, which
  // they share (a name there is rather a list's last item: "Hungary, and the Czech Republic").
  // The comma; nullopt when segment k has no such phrase.
  std::optional<size_t> gapped_object_comma(size_t k) const {
    const Segment& g = segments_[k];
    for (size_t c = g.body + 2; c + 3 < g.end; ++c) {
      if (!is_punct(tokens_[c], ",") || tokens_[c - 1].timex < 0 ||
          !times_[static_cast<size_t>(tokens_[c - 1].timex)].dated ||
          !is(tokens_[c + 1], kPairConjunctions) ||
          !(is(tokens_[c + 2], kArticles) || is(tokens_[c + 2], kPossessives)) ||
          tokens_[c + 2].timex >= 0)
        continue;
      size_t j = c + 3, words = 0;
      while (j < g.end && words < 6 && tokens_[j].word && tokens_[j].timex < 0 &&
             !looks_verb(tokens_[j]) && !(j == c + 3 && tokens_[j].cap) &&
             !is(tokens_[j], kConjunctions) && !is(tokens_[j], kRelatives))
        ++j, ++words;
      if (words == 0 || j >= g.end || tokens_[j].timex < 0) continue;
      if (!times_[static_cast<size_t>(tokens_[j].timex)].dated || !has_verb(g.body, c)) continue;
      return c;
    }
    return std::nullopt;
  }

  // A date of such a pair (see gapped_object_comma): before the comma, the clause up to it ("Ofgem
  // will announce the level for the April-June quarter"); after it, the clause up to its verb's
  // object, then the phrase's own ("Ofgem will announce the figure").
  std::optional<std::vector<size_t>> gapped_object(size_t first, size_t k) const {
    std::optional<size_t> comma = gapped_object_comma(k);
    if (!comma) return std::nullopt;
    const Segment& g = segments_[k];
    if (first < *comma) return first > g.body ? std::optional(range(g.body, *comma)) : std::nullopt;
    // The first coordinate's object: an article or possessive right after its last verb.
    size_t object = g.end;
    auto verb = [&](size_t i) {  // "will [announce]": a word after an auxiliary is a verb
      return looks_verb(tokens_[i]) ||
             (i > g.body && tokens_[i].word && !tokens_[i].cap &&
              (is(tokens_[i - 1], kModals) || is(tokens_[i - 1], kAuxiliaries)));
    };
    for (size_t i = g.body; i + 1 < *comma && tokens_[i].timex < 0; ++i)
      if (verb(i) && (is(tokens_[i + 1], kArticles) || is(tokens_[i + 1], kPossessives)) &&
          tokens_[i + 1].timex < 0)
        object = i + 1;
    if (object >= *comma) return std::nullopt;
    std::vector<size_t> out = range(g.body, object), rest = range(*comma + 2, first);
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
  }

  // "He has made several trips to Canada, where he is head of state, most recently in May last
  // year": a date that ends the sentence after a comma that closes a relative clause, an adverb
  // of one or two words between ("most recently", "notably"), tells of the clause the relative
  // clause hangs on ("He has made several trips to Canada"), not of the relative clause. That
  // clause's segment; nullopt else.
  std::optional<size_t> aside_after_relative(size_t home, size_t first, size_t last) const {
    const Segment& g = segments_[home];
    if (g.kind != SegmentKind::kRelative || home == 0) return std::nullopt;
    size_t p = first, adverbs = 0;
    while (p > g.body && adverbs < 3 && tokens_[p - 1].word &&
           (tokens_[p - 1].timex >= 0 || tokens_[p - 1].lower.ends_with("ly") ||
            tokens_[p - 1].lower == "most"))
      --p, ++adverbs;
    if (adverbs == 0 || p < g.body + 3 || !is_punct(tokens_[p - 1], ",") ||
        !has_verb(g.body, p - 1))
      return std::nullopt;
    for (size_t i = p; i < first; ++i)
      if (tokens_[i].timex >= 0 && times_[static_cast<size_t>(tokens_[i].timex)].dated)
        return std::nullopt;
    for (size_t i = last + 1; i < tokens_.size(); ++i)
      if (tokens_[i].word) return std::nullopt;
    size_t owner = resume_owner(home);
    return segments_[owner].begin < g.begin ? std::optional(owner) : std::nullopt;
  }

  // "minutes of the Federal Reserve's November meeting on Tuesday": a month (or season, year)
  // between a named owner's possessive and a noun that names a happening (happening-nouns.txt),
  // after "of" or another preposition, dates that happening, which is its label without the date
  // ("Federal Reserve's meeting"), not what is said of it ("Minutes of the Federal Reserve's
  // meeting"). The owner is one to four capitalised words after "the" or none; nullopt else.
  std::optional<std::vector<size_t>> happening_after_of(size_t first) const {
    std::vector<size_t> nouns = nouns_after_date(first);
    if (nouns.empty() || !is(tokens_[nouns.back()], kHappeningNouns) || first < 2 ||
        !ends_possessive(tokens_[first - 1].lower) || !tokens_[first - 1].cap)
      return std::nullopt;
    size_t b = first - 1;
    while (b > 0 && first - b < 4 && tokens_[b - 1].word && tokens_[b - 1].cap &&
           tokens_[b - 1].timex < 0 && !is(tokens_[b - 1], kArticles))
      --b;
    size_t lead = b > 0 && is(tokens_[b - 1], kArticles) ? b - 1 : b;
    if (lead == 0 || !is(tokens_[lead - 1], kCutWords) || tokens_[lead - 1].timex >= 0)
      return std::nullopt;
    std::vector<size_t> out = range(lead, first);
    out.insert(out.end(), nouns.begin(), nouns.end());
    return out;
  }

  // The earlier date of such a pair: the clause up to it, without the phrase after "and"
  // ("Company ended support for Windows 7").
  std::optional<std::vector<size_t>> before_gapped_phrase(size_t first, size_t last, size_t k) const {
    const Segment& g = segments_[k];
    size_t link = last + 1, prep = last + 2;
    if (prep + 1 >= g.end || !is(tokens_[link], kConjunctions) || tokens_[link].lower == "but" ||
        !is(tokens_[prep], kCutWords) || is(tokens_[prep], kConjunctions) || tokens_[prep + 1].timex >= 0)
      return std::nullopt;
    bool dated = false;  // a date of its own after the phrase
    for (size_t j = prep + 1; j < g.end && !dated; ++j) dated = tokens_[j].timex >= 0;
    if (!dated) return std::nullopt;
    for (size_t p = first; p-- > g.body;)
      if (tokens_[p].word && tokens_[p].lower == tokens_[prep].lower && tokens_[p + 1].timex < 0)
        return has_verb(g.body, p) ? std::optional<std::vector<size_t>>(range(g.body, first)) : std::nullopt;
    return std::nullopt;
  }

  // "a larger-than-expected build in crude inventories [last week]": a bare noun phrase after
  // "in" or a preposition of head-prepositions.txt completes the noun before it, which an article or possessive opens within four
  // words, no verb between; the phrase starts there ("larger-than-expected build in crude
  // inventories", not "Crude inventories").
  void with_head_before_preposition(std::vector<size_t>& np) const {
    if (np.size() < 2 || np.front() < 3 || is(tokens_[np.front()], kArticles) || is(tokens_[np.front()], kPossessives) ||
        tokens_[np.front()].cap)
      return;
    size_t p = np.front() - 1;
    if (!(is(tokens_[p], kHeadPrepositions) || tokens_[p].lower == "in") || tokens_[p].timex >= 0) return;
    size_t a = p;
    // A hyphenated word is an adjective ("larger-than-expected"), whatever its ending.
    while (a > 0 && p - a < 4 && tokens_[a - 1].word && tokens_[a - 1].timex < 0 && !tokens_[a - 1].cap &&
           (!looks_verb(tokens_[a - 1]) || tokens_[a - 1].lower.find('-') != std::string::npos) && !is(tokens_[a - 1], kCutWords) && !is(tokens_[a - 1], kArticles) &&
           !is(tokens_[a - 1], kPossessives) && !is(tokens_[a - 1], kPronouns))
      --a;
    if (a == p || a == 0 || !(is(tokens_[a - 1], kArticles) || is(tokens_[a - 1], kPossessives))) return;
    std::vector<size_t> head = range(a - 1, p + 1);
    np.insert(np.begin(), head.begin(), head.end());
  }

  // "in a series that goes back [to 1884]": words before a date that a relative pronoun opens are
  // a relative clause's verb phrase, with the noun phrase it is about first ("series goes back");
  // nullopt when `np` is no such phrase or that noun phrase is a pronoun or too long.
  std::optional<std::vector<size_t>> relative_with_antecedent(const std::vector<size_t>& np) const {
    // The clause's verb right after the pronoun, which a noun follows ("some of which date": no).
    if (np.empty() || np.size() > 4 || np.front() < 2 || tokens_[np.front()].cap ||
        !is(tokens_[np.front() - 1], kRelativePronouns) || !(looks_verb(tokens_[np.front()]) || present_at(np.front())) ||
        !tokens_[np.front() - 2].word || is(tokens_[np.front() - 2], kCutWords))
      return std::nullopt;
    std::vector<size_t> head = noun_phrase_ending_at(np.front() - 1);
    if (head.empty() || head.size() > 8 || is(tokens_[head.front()], kPronouns)) return std::nullopt;
    head.insert(head.end(), np.begin(), np.end());
    return head;
  }

  std::vector<size_t> noun_phrase_before(size_t first) const {
    std::vector<size_t> np;
    std::vector<size_t> head = nouns_after_date(first);
    bool after_participle = false;
    // "payments made [between 2014 and 2017]": a participle right before the date belongs to it.
    if (first > 1 && looks_verb(tokens_[first - 1]) && !is(tokens_[first - 1], kAuxiliaries) &&
        !tokens_[first - 1].lower.ends_with("ing") && tokens_[first - 2].word && !looks_verb(tokens_[first - 2]) &&
        !is(tokens_[first - 2], kCutWords) && !is(tokens_[first - 2], kArticles)) {
      np.push_back(first - 1);
      --first;
    }
    // "gains that began [last fall]": the noun phrase a restrictive relative clause is about, and
    // its verb.
    // "a bill that had stalled [since the spring]": auxiliaries may stand between.
    size_t rel = first > 2 ? first - 2 : 0;
    while (rel > 1 && is(tokens_[rel], kAuxiliaries) && tokens_[rel].timex < 0 && first - rel < 4)
      --rel;
    if (np.empty() && first > 2 && looks_verb(tokens_[first - 1]) &&
        !is(tokens_[first - 1], kAuxiliaries) && is(tokens_[rel], kRelativePronouns)) {
      std::vector<size_t> head = noun_phrase_ending_at(rel);
      if (head.size() >= 1 && head.size() <= 8 && !is(tokens_[head.front()], kPronouns)) {
        for (size_t i = rel + 1; i < first; ++i) head.push_back(i);
        return head;
      }
    }
    for (size_t i = first; i-- > 0;) {
      const Token& t = tokens_[i];
      // A reduced relative ("the flooding caused by the storm") belongs to the noun phrase.
      if (t.lower == "by" && i > 1 && tokens_[i - 1].lower.ends_with("ed") && tokens_[i - 2].word &&
          !is(tokens_[i - 2], kAuxiliaries)) {
        np.insert(np.begin(), {i - 1, i});
        --i;
        after_participle = true;
        continue;
      }
      bool head_noun = after_participle && t.word && !is(t, kAuxiliaries);  // "the flooding caused"
      after_participle = false;
      if (head_noun) {
        np.insert(np.begin(), i);
        continue;
      }
      if (!t.word || t.timex >= 0 || looks_verb(t) || is(t, kRelatives) || is(t, kSubordinators) ||
          (is(t, kCutWords) && t.lower != "of" && t.lower != "and"))
        break;
      np.insert(np.begin(), i);
    }
    while (!np.empty() && (tokens_[np.front()].lower == "of" || tokens_[np.front()].lower == "and")) np.erase(np.begin());
    if (auto clause = relative_with_antecedent(np)) return *clause;
    // "expected the authority to publish the review [before March]", "will stay high [through
    // Wednesday]": a verb phrase after "to" or an auxiliary, no noun phrase; the clause around it
    // says more.
    if (!np.empty() && np.front() > 0 && !tokens_[np.front()].cap && !is(tokens_[np.front()], kArticles)) {
      const Token& before = tokens_[np.front() - 1];
      bool article_later = std::any_of(np.begin() + 1, np.end(), [&](size_t i) { return is(tokens_[i], kArticles); });
      // "to try again [in May]", "to recover slowly": a verb and its adverb, no noun phrase.
      const Token& last = tokens_[np.back()];
      bool infinitive = np.size() == 2 && tokens_[np.front()].word && !tokens_[np.front()].cap &&
                        (is(last, kEchoAdverbs) || (last.word && last.lower.size() > 4 && last.lower.ends_with("ly")));
      if ((before.lower == "to" && (article_later || infinitive)) || is(before, kAuxiliaries)) return {};
    }
    with_head_before_preposition(np);
    // "the 486 chip [early next year]": a phrase led by a number is no event; the clause around it
    // says more (amounts are taken up by the caller).
    auto lead = std::find_if(np.begin(), np.end(), [&](size_t i) { return !is(tokens_[i], kArticles); });
    if (lead != np.end() && std::isdigit(static_cast<unsigned char>(tokens_[*lead].lower[0])) &&
        !amount(std::vector<size_t>(lead, np.end())))
      return {};
    // "to break even [for the quarter]": a verb and its adverb are no noun phrase.
    for (size_t j = 1; j < np.size(); ++j)
      if (kModifierIdioms.contains(tokens_[np[j - 1]].lower + " " + tokens_[np[j]].lower))
        return {};
    // "the Federal Reserve's [October] meeting": a date before a noun is part of its noun phrase.
    if (!head.empty() && (np.empty() || !is(tokens_[np.front()], kPronouns)))
      np.insert(np.end(), head.begin(), head.end());
    size_t content = std::count_if(np.begin(), np.end(), [&](size_t i) { return !is(tokens_[i], kArticles); });
    // "put it out [in October]": a pronoun and a particle are no noun phrase.
    if (content < 2 || is(tokens_[np[0]], kPronouns) || is(tokens_[np[0]], kNeuterPronouns)) return {};
    // "were recorded at Mumbles Head [this morning]": a name after a preposition is where or to
    // whom something happened, not what happened; the clause says that.
    bool name = std::all_of(np.begin(), np.end(), [&](size_t i) { return tokens_[i].cap; });
    if (name && np.front() > 0 && is(tokens_[np.front() - 1], kCutWords) &&
        tokens_[np.front() - 1].lower != "of")
      return {};
    return np;
  }

  // The nouns a date at token `first` stands before as a modifier ("the October [meeting]", "the
  // November [jobs report]", "the Thanksgiving [holiday]"): lower-case words up to a verb, a
  // function word or punctuation; empty when a verb or anything else follows the date.
  std::vector<size_t> nouns_after_date(size_t first) const {
    if (first >= tokens_.size() || tokens_[first].timex < 0) return {};
    size_t e = time_end(first);
    // "the meeting [on Friday] and": a date after a preposition ends its phrase.
    if (is(tokens_[first], kTimePrepositions) || ends_possessive(tokens_[e - 1].lower)) return {};
    std::vector<size_t> out;
    for (size_t i = e; i < tokens_.size() && out.size() < 3; ++i) {
      const Token& t = tokens_[i];
      // An -ing word there is a noun: "the October meeting", "the Sunday briefing".
      bool verb = looks_verb(t) && !(t.lower.ends_with("ing") && i == e);
      // A name may lead the nouns: "the 2011 Fukushima disaster" (not "in 2011 Tokyo Electric").
      bool name = t.cap && out.size() < 2 && first > 0 && is(tokens_[first - 1], kArticles) &&
                  i + 1 < tokens_.size() && tokens_[i + 1].word && !tokens_[i + 1].cap &&
                  !looks_verb(tokens_[i + 1]) && !is(tokens_[i + 1], kCutWords) &&
                  !is(tokens_[i + 1], kConjunctions);
      if (!t.word || (t.cap && !name) || t.timex >= 0 || t.begin == tokens_[i - 1].end || verb ||
          is(t, kCutWords) || is(t, kConjunctions) || is(t, kArticles) || is(t, kPronouns) ||
          is(t, kPossessives) || is(t, kRelatives) || is(t, kAuxiliaries) ||
          is(t, kReportingVerbs) || t.lower.ends_with("ly") ||
          std::isdigit(static_cast<unsigned char>(t.lower[0])))
        break;
      out.push_back(i);
    }
    // "the October 1998 shooting death of Dr. Barnet Slepian": what it was of comes along.
    size_t of = out.empty() ? tokens_.size() : out.back() + 1;
    if (of + 1 < tokens_.size() && tokens_[of].lower == "of" && tokens_[of].timex < 0 &&
        (is(tokens_[of + 1], kArticles) || is(tokens_[of + 1], kPossessives) ||
         tokens_[of + 1].cap)) {
      std::vector<size_t> object{of};
      for (size_t i = of + 1; i < tokens_.size() && object.size() < 6; ++i) {
        const Token& t = tokens_[i];
        bool abbreviation_dot = is_punct(t, ".") && t.begin == tokens_[i - 1].end &&
                                i + 1 < tokens_.size() && tokens_[i + 1].cap;
        if ((!t.word && !abbreviation_dot) || t.timex >= 0 || looks_verb(t) || is(t, kRelatives) ||
            (is(t, kCutWords) && i > of + 1))
          break;
        object.push_back(i);
      }
      if (object.size() > 1 && object.size() < 6)
        out.insert(out.end(), object.begin(), object.end());
    }
    return out;
  }

  // "450 million", "4.1 percent", "8 a share": a number with what it counts of money or shares.
  bool amount(const std::vector<size_t>& np) const {
    if (np.size() < 2 || !std::isdigit(static_cast<unsigned char>(tokens_[np.front()].lower[0]))) return false;
    const std::string& unit = tokens_[np[1]].lower;
    return is(tokens_[np[1]], kAmountUnits) ||
           (unit == "a" && np.size() > 2 && tokens_[np[2]].lower == "share");
  }

  // "The share rose from 9% in 2021 to 14% in 2023": a date after an amount of a change from one
  // value to another says the value then, through the clause's subject ("Share: 9%", "Share rose
  // to 14%"), not the whole change twice.
  std::optional<std::vector<size_t>> change_at(size_t first, size_t k) const {
    size_t p = first;
    while (p > 0 && is(tokens_[p - 1], kTimePrepositions) && tokens_[p - 1].timex < 0) --p;
    // "9% in 2021": an amount, a preposition (maybe marked as the date's), the date
    if ((p == first && !is(tokens_[first], kTimePrepositions)) || p == 0) return std::nullopt;
    std::vector<size_t> np = noun_phrase_before(p);
    bool rate = p >= 2 && tokens_[p - 1].lower == "%" && std::isdigit(static_cast<unsigned char>(tokens_[p - 2].lower[0]));
    if (rate) np = {p - 2, p - 1};  // "9%": the sign is no word
    if (np.empty() || !(amount(np) || rate) || np.front() == 0) return std::nullopt;
    size_t before = np.front() - 1;
    if (kCurrencySigns.contains(tokens_[before].lower)) {
      if (before == 0) return std::nullopt;
      np.insert(np.begin(), before--);
    }
    const Segment& g = segments_[k];
    if (before < g.body) return std::nullopt;
    std::vector<size_t> subject = subject_of(k);
    if (subject.empty() || subject.size() > 8 || subject.back() >= before) return std::nullopt;
    if (tokens_[before].lower == "from") {
      bool to = false;
      for (size_t j = first; j < g.end && !to; ++j) to = tokens_[j].lower == "to" && tokens_[j].timex < 0;
      if (!to) return std::nullopt;
      subject.push_back(tokens_.size());  // a ':' marker
      subject.insert(subject.end(), np.begin(), np.end());
      return subject;
    }
    if (tokens_[before].lower != "to") return std::nullopt;
    size_t from = before;
    while (from > subject.back() + 1 && tokens_[from - 1].lower != "from") --from;
    if (from <= subject.back() + 1) return std::nullopt;
    std::vector<size_t> out = subject;
    for (size_t j = subject.back() + 1; j + 1 < from; ++j)
      if (tokens_[j].timex < 0) out.push_back(j);
    out.push_back(before);
    out.insert(out.end(), np.begin(), np.end());
    return out;
  }

  std::vector<size_t> all_tokens() const {
    std::vector<size_t> out;
    for (size_t i = 0; i < tokens_.size(); ++i) out.push_back(i);
    return out;
  }

  std::vector<size_t> range(size_t begin, size_t end) const {
    std::vector<size_t> out;
    for (size_t i = begin; i < end; ++i) out.push_back(i);
    return out;
  }

  // Words before the first verb of a segment: its subject.
  std::vector<size_t> subject_of(size_t k) const {
    const Segment& g = segments_[k];
    std::vector<size_t> out;
    for (size_t i = g.body; i < g.end && (!looks_verb(tokens_[i]) || gerund_before_verb(i, g.end) ||
                                          noun_ing_before_aside(i, g));
         ++i)
      out.push_back(i);
    return out;
  }

  // Whether token i is an -ing noun that ends its subject's noun phrase before an aside's comma,
  // after a word of that phrase: the "meeting" of "The annual meeting, known as the forum, opened"
  // (not the "facing" of "The firm, facing losses, said").
  bool noun_ing_before_aside(size_t i, const Segment& g) const {
    const Token& t = tokens_[i];
    if (i == g.body || i + 1 >= g.end || !t.word || t.cap || !t.lower.ends_with("ing") ||
        !is_punct(tokens_[i + 1], ","))
      return false;
    const Token& before = tokens_[i - 1];
    return before.word &&
           (is(before, kArticles) || is(before, kPossessives) || !looks_verb(before));
  }

  // Whether token i is an -ing noun right before its clause's verb: the "voting" of "Early voting
  // ran for 18 days and ended Sunday".
  bool gerund_before_verb(size_t i, size_t end) const {
    const Token& t = tokens_[i];
    if (i + 1 >= end || !t.word || !t.lower.ends_with("ing")) return false;
    const Token& next = tokens_[i + 1];
    return next.word && looks_verb(next) && !next.lower.ends_with("ing");
  }

  // The subject of the last clause reported in segment k ("said [on Monday] [that] the ship
  // docked" -> "the ship"), when one has its own subject and verb.
  std::optional<std::vector<size_t>> reported_subject(size_t k) const {
    std::optional<std::vector<size_t>> found;
    const Segment& g = segments_[k];
    for (size_t i = g.body; i < g.end; ++i) {
      if (!is(tokens_[i], kReportingVerbs) || tokens_[i].timex >= 0 || tokens_[i].lower == "according") continue;
      size_t j = i + 1;
      while (j < g.end && tokens_[j].timex >= 0) ++j;
      if (j < g.end && tokens_[j].lower == "that") ++j;
      std::vector<size_t> np;
      // Asides between commas come along; the label drops them later.
      while (j < g.end && (tokens_[j].word || is_punct(tokens_[j], ",")) && tokens_[j].timex < 0 &&
             !looks_verb(tokens_[j]) && np.size() < 14)
        np.push_back(j++);
      // A pronoun there is most often the speaker again ("owners said they lost ... and will").
      bool pronoun = np.size() == 1 && (is(tokens_[np[0]], kPronouns) || is(tokens_[np[0]], kNeuterPronouns));
      if (!np.empty() && !pronoun && j < g.end && looks_verb(tokens_[j]) &&
          !is(tokens_[np.front()], kCutWords)) {
        // "announced the Pocket 3, a handheld gaming PC that ... and will ship": a description
        // after a comma is no part of the subject.
        auto comma = std::find_if(np.begin() + 1, np.end(), [&](size_t i) {
          return is_punct(tokens_[i], ",") && i + 1 < g.end && is(tokens_[i + 1], kArticles);
        });
        np.erase(comma, np.end());
        found = np;
      }
    }
    return found;
  }

  // The noun phrase before the comma that opens segment k (the antecedent of "which"/"who").
  // "an expansion plan in March 2024, which": the time phrase before the comma is skipped.
  std::vector<size_t> antecedent(size_t k) const {
    if (std::vector<size_t> period = period_antecedent(k); !period.empty()) return period;
    size_t end = segments_[k].begin;
    // "During the holiday season, which began ...": the fronted phrase keeps its comma.
    if (end > 1 && k > 0 && segments_[k - 1].kind == SegmentKind::kFronted && is_punct(tokens_[end - 1], ","))
      --end;
    while (end > 0 && tokens_[end - 1].timex >= 0) --end;
    // 'comparable to Ophelia", which killed': the quote closes before the comma.
    while (end > 0 && (is_punct(tokens_[end - 1], "\"") || is_punct(tokens_[end - 1], "\u201D"))) --end;
    std::vector<size_t> np = noun_phrase_ending_at(end);
    // "two hours longer than the Pocket 2, which launched": the clause is about what follows
    // "than".
    auto than =
        std::find_if(np.rbegin(), np.rend(), [&](size_t i) { return tokens_[i].lower == "than"; });
    if (than != np.rend() && than != np.rbegin()) np.erase(np.begin(), than.base());
    // "Maria Lopez, 45, who": an age between commas follows the name the clause is about.
    auto number = [](const std::string& w) {
      return std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); });
    };
    if (np.size() == 1 && np[0] > 0 && is_punct(tokens_[np[0] - 1], ",") && number(tokens_[np[0]].lower))
      return noun_phrase_ending_at(np[0] - 1);
    // "the current library at 10 Main Street, which opened in 1962": an address is where the
    // antecedent is, not what the clause is about.
    if (np.size() >= 3 && number(tokens_[np[0]].lower) &&
        is(tokens_[np.back()], kOrganisationWords) && np[0] > 0 &&
        is(tokens_[np[0] - 1], kAddressPrepositions)) {
      std::vector<size_t> before = noun_phrase_ending_at(np[0] - 1);
      // "will replace the current library": from its article, past a verb that does not look like one.
      auto article = std::find_if(before.begin(), before.end(), [&](size_t j) { return is(tokens_[j], kArticles); });
      if (article != before.end()) before.erase(before.begin(), article);
      if (!before.empty()) {
        before.insert(before.end(), np[0] - 1);
        before.insert(before.end(), np.begin(), np.end());
        return before;
      }
    }
    // "before the Mobile World Congress in Barcelona, which starts on March 1", "the Australian
    // Open in Melbourne, which begins on Jan. 17": when the clause's verb says a period begins or
    // ends (period-verbs.txt), a name after "in" is where the happening before it is held; the
    // clause is about the happening. Not when no noun comes before "in" ("grew up in Ohio,
    // which"), nor with other verbs ("stakes in Navigation Mixte, which is being traded").
    const Segment& seg = segments_[k];
    if (!np.empty() && np[0] > 1 && tokens_[np[0] - 1].lower == "in" && seg.body < seg.end &&
        is(tokens_[seg.body], kPeriodVerbs) &&
        std::all_of(np.begin(), np.end(), [&](size_t i) { return tokens_[i].cap; })) {
      std::vector<size_t> before = noun_phrase_ending_at(np[0] - 1);
      auto article = std::find_if(before.begin(), before.end(), [&](size_t i) { return is(tokens_[i], kArticles); });
      if (article != before.end()) before.erase(before.begin(), article);
      const Token* head = before.empty() ? nullptr : &tokens_[before.back()];
      if (head && head->word && !is(*head, kArticles) && !is(*head, kPronouns) && !looks_verb(*head) &&
          (article != before.end() || before.size() >= 2)) {
        before.insert(before.end(), np[0] - 1);
        before.insert(before.end(), np.begin(), np.end());
        return before;
      }
    }
    return np;
  }

  // "fiscal 2027, which ends in July", "the season of 2026, which began in April": the time phrase
  // before the comma that opens relative segment k, without its preposition, when the clause's
  // verb says a period begins or ends; else empty.
  std::vector<size_t> period_antecedent(size_t k) const {
    const Segment& g = segments_[k];
    size_t end = g.begin;
    // "For the second quarter, which ends Dec. 31, ...": the fronted phrase keeps its comma.
    if (end > 1 && k > 0 && segments_[k - 1].kind == SegmentKind::kFronted && is_punct(tokens_[end - 1], ","))
      --end;
    if (g.kind != SegmentKind::kRelative || end == 0 || g.body >= g.end ||
        tokens_[end - 1].timex < 0 || !is(tokens_[g.body - 1], kRelativePronouns) ||
        !is(tokens_[g.body], kPeriodVerbs))
      return {};
    int timex = tokens_[end - 1].timex;
    size_t begin = end - 1;
    while (begin > 0 && tokens_[begin - 1].timex == timex) --begin;
    while (begin < end &&
           (is(tokens_[begin], kTimePrepositions) || is(tokens_[begin], kTimeModifiers)))
      ++begin;
    return begin < end ? range(begin, end) : std::vector<size_t>();
  }

  std::vector<size_t> noun_phrase_ending_at(size_t end) const {
    std::vector<size_t> np;
    size_t i = end;
    for (; i-- > 0;) {
      const Token& t = tokens_[i];
      // The word before ", which" is the antecedent's head, a noun even when it ends like a verb
      // ("the judge's ruling, which", "at closing, which").
      bool head = i + 1 == end && !is(t, kAuxiliaries) && !is(t, kIrregularPast);
      if (!t.word || is(t, kStopBeforeNoun) || (looks_verb(t) && !head)) break;
      // "will replace Orbix-1, which": a bare word after a modal is its verb, no noun.
      if (!head && !t.cap && i > 0 && is(tokens_[i - 1], kModals)) break;
      np.insert(np.begin(), i);
    }
    // "met to consider the review, which": after an infinitive's "to", the phrase starts at its
    // article, not at the verb before it.
    if (i < end && tokens_[i].lower == "to" && !np.empty() && !tokens_[np[0]].cap && !is(tokens_[np[0]], kArticles)) {
      auto article = std::find_if(np.begin(), np.end(), [&](size_t j) { return is(tokens_[j], kArticles); });
      // "a striker to replace Lewis Kane, who": else at the name after the verb.
      if (article == np.end())
        article = std::find_if(np.begin() + 1, np.end(), [&](size_t j) { return tokens_[j].cap; });
      if (article != np.end()) np.erase(np.begin(), article);
    }
    return np;
  }

  // Whether `body` opens with an -ing word and a noun that are its subject, an auxiliary after
  // them: ", and opening statements were heard on Jan. 26" (not "and opening the hall").
  bool ing_subject(const std::vector<size_t>& body) const {
    // Not "being made by those ..." or "having said": an auxiliary's -ing form.
    if (body.size() >= 2 && tokens_[body[0]].word && tokens_[body[0]].lower.ends_with("ing") &&
        !is(tokens_[body[0]], kAuxiliaries) && !is(tokens_[body[0]], kBeForms) &&
        gerund_before_verb(body[0], body[1] + 1))
      return true;  // "and voting began on Tuesday"
    if (body.size() < 3) return false;
    const Token& ing = tokens_[body[0]];
    const Token& noun = tokens_[body[1]];
    const Token& aux = tokens_[body[2]];
    return ing.word && ing.lower.ends_with("ing") && noun.word && !noun.cap && !looks_verb(noun) &&
           !is(noun, kArticles) && !is(noun, kPossessives) && !is(noun, kPronouns) && aux.word &&
           is(aux, kAuxiliaries);
  }

  std::vector<size_t> segment_words(size_t k) const {
    const Segment& g = segments_[k];
    std::vector<size_t> body = range(g.body, g.end);
    drop_leading_phrase_with_time(body);
    // "... will start on 1 March and [end on 31 December]": a bare verb that shares the modal.
    bool modal_shared = g.kind == SegmentKind::kCoordinate && k > 0 && g.body > 0 &&
                        modal_verb_after_date(segments_[k - 1].body, g.body - 1);
    bool starts_with_verb =
        !body.empty() && (looks_verb(tokens_[body.front()]) || modal_shared ||
                          (g.kind == SegmentKind::kCoordinate && present_start(body.front()))) &&
        !ing_subject(body);
    std::vector<size_t> subject;
    switch (g.kind) {
      case SegmentKind::kRelative:
        if (tokens_[g.body - 1].lower != "where" && tokens_[g.body - 1].lower != "when") {
          subject = antecedent(k);
          // "Peter Ellery, whom she married in 1968" -> "she married Peter Ellery": an object
          // relative's subject and verb come first, the noun phrase it is about after them.
          if (size_t verbs = object_relative_verbs(k, body); verbs > 0 && !subject.empty()) {
            // "will also discuss the enlargement report, which the Commission is set to publish":
            // the object is the phrase from its article, past a verb that does not look like one.
            auto article = std::find_if(subject.begin() + 1, subject.end(),
                                        [&](size_t j) { return is(tokens_[j], kArticles); });
            if (article != subject.end() && article + 1 != subject.end())
              subject.erase(subject.begin(), article);
            // "The offer, which the directors rejected": the sentence's capitalised article goes.
            if (subject.front() == 0 && is(tokens_[0], kArticles) && subject.size() > 1)
              subject.erase(subject.begin());
            std::vector<size_t> out(body.begin(), body.begin() + static_cast<long>(verbs));
            out.insert(out.end(), subject.begin(), subject.end());
            out.insert(out.end(), body.begin() + static_cast<long>(verbs), body.end());
            return out;
          }
        }
        // "The network has grown since the 1990s, when it last doubled": "it" is the main subject.
        else if (!body.empty() && is(tokens_[body.front()], kNeuterPronouns) && k != main_segment())
          if (auto main_subject = noun_phrase_subject(main_segment()); !main_subject.empty()) {
            body.erase(body.begin());
            subject = main_subject;
          }
        break;
      case SegmentKind::kCoordinate:
        if (starts_with_verb && k > 0) {
          // A verb phrase joins the nearest clause: "X said the ship docked and was unloaded".
          if (segments_[k - 1].kind == SegmentKind::kRelative) subject = antecedent(k - 1);
          else if (auto reported = reported_subject(k - 1)) subject = *reported;
          else subject = subject_of(main_segment());
          // "Construction starts in May and finishes": the subject ends at a present-tense verb.
          if (!subject.empty()) {
            size_t verb = present_in(subject.front(), subject.back() + 1);
            while (!subject.empty() && subject.back() >= verb) subject.pop_back();
          }
          // "The company first noticed ... and shut down": an adverb before the first verb is
          // that verb's ("first", "quickly"), not the subject's.
          while (subject.size() > 1 && tokens_[subject.back()].word && !tokens_[subject.back()].cap &&
                 (is(tokens_[subject.back()], kAsideAdverbs) || is(tokens_[subject.back()], kDropAdverbs) ||
                  (tokens_[subject.back()].lower.size() > 4 && tokens_[subject.back()].lower.ends_with("ly") &&
                   !is(tokens_[subject[subject.size() - 2]], kArticles) &&
                   !is(tokens_[subject[subject.size() - 2]], kPossessives))))
            subject.pop_back();
          // "Powers will end": the shared modal after the subject.
          if (modal_shared && !subject.empty())
            for (size_t j = subject.back() + 1; j < g.body; ++j)
              if (is(tokens_[j], kModals) && tokens_[j].timex < 0) {
                subject.push_back(j);
                break;
              }
        }
        break;
      case SegmentKind::kMain:
        // "Back in 1999, when the club was founded, it had ten members": "it" is the subject of
        // the clause before it in the sentence.
        if (!body.empty() && is(tokens_[body.front()], kNeuterPronouns) && k > 0 &&
            (segments_[k - 1].kind == SegmentKind::kRelative || segments_[k - 1].kind == SegmentKind::kSubordinate))
          if (auto before = noun_phrase_subject(k - 1); !before.empty()) {
            body.erase(body.begin());
            subject = before;
          }
        for (size_t r = k + 1; r < segments_.size(); ++r)
          if (segments_[r].kind == SegmentKind::kResume && resume_owner(r) == k) {
            std::vector<size_t> more = range(segments_[r].body, segments_[r].end);
            body.insert(body.end(), more.begin(), more.end());
          }
        break;
      case SegmentKind::kReporting: {
        // A sentence may have no main clause (", a spokeswoman said."): then the reporting clause
        // is all there is.
        size_t m = main_segment();
        if (segments_[m].kind != SegmentKind::kMain) break;
        if (says_dated(m)) return {};  // label() writes no label for it either
        while (!body.empty() && !tokens_[body.back()].word) body.pop_back();
        // "Its chief executive, Anita Shah, said on Thursday: "...": the main segment before it
        // with no verb is the speaker's other name, and what was said follows the colon. The
        // speaker is the person's name, whichever of the two it is.
        if (const Segment& main = segments_[m];
            m < k && !has_verb(main.body, main.end) && k + 1 < segments_.size() &&
            is_punct(tokens_[segments_[k + 1].begin], ":")) {
          std::vector<size_t> speaker;
          size_t verb = tokens_.size();
          for (size_t i : body) {
            if (is(tokens_[i], kReportingVerbs)) verb = i;
            else if (tokens_[i].word && tokens_[i].timex < 0) speaker.push_back(i);
          }
          std::vector<size_t> other = range(main.body, main.end);
          while (!other.empty() && !tokens_[other.back()].word) other.pop_back();
          if (phrase_.person(speaker).empty() && !phrase_.person(other).empty()) speaker = other;
          if (verb == tokens_.size() || speaker.empty()) break;
          speaker.push_back(verb);
          std::vector<size_t> quote = range(segments_[k + 1].begin + 1, tokens_.size());
          std::erase_if(quote, [&](size_t i) {
            return is_punct(tokens_[i], "\"") || is_punct(tokens_[i], "\u201c") || is_punct(tokens_[i], "\u201d");
          });
          while (!quote.empty() && !tokens_[quote.back()].word) quote.pop_back();
          if (quote.empty()) return speaker;
          speaker.push_back(tokens_.size());  // ':'
          speaker.insert(speaker.end(), quote.begin(), quote.end());
          return speaker;
        }
        // "said Ruth Calloway, 58": the speaker first, without what follows the name.
        if (!body.empty() && is(tokens_[body.front()], kReportingVerbs)) {
          std::vector<size_t> speaker;
          for (size_t i = 1; i < body.size() && tokens_[body[i]].word; ++i) speaker.push_back(body[i]);
          if (!speaker.empty()) {
            speaker.push_back(body.front());
            body = speaker;
          }
        }
        std::vector<size_t> said = segment_words(m);
        body.push_back(tokens_.size());  // ':' between the speaker and what was said
        body.insert(body.end(), said.begin(), said.end());
        break;
      }
      case SegmentKind::kSubordinate:
        // "The farm will supply 400,000 homes once it is finished": "it" is the main subject;
        // "Elian has been the focus ... since he was found": "he" the main subject that is a name;
        // "Talks resumed on Monday after they broke down": "they" a plural one.
        if (!body.empty() &&
            (is(tokens_[body.front()], kNeuterPronouns) ||
             is(tokens_[body.front()], kPersonPronouns) || tokens_[body.front()].lower == "they") &&
            k != main_segment())
          if (auto main_subject = noun_phrase_subject(main_segment());
              !main_subject.empty() &&
              (is(tokens_[body.front()], kNeuterPronouns) ? !plural(tokens_[head_of(main_subject)])
               : tokens_[body.front()].lower == "they"    ? plural(tokens_[head_of(main_subject)])
                                                          : one_name(main_subject))) {
            body.erase(body.begin());
            subject = main_subject;
          }
        // "a surge in employment gains that began last fall": a relative clause's verb takes the
        // noun phrase before it.
        if (starts_with_verb && g.body > 0 && is(tokens_[g.body - 1], kRelativePronouns))
          subject = noun_phrase_ending_at(g.body - 1);
        break;
      case SegmentKind::kAttribution:
        if (k > 0) {
          std::vector<size_t> source = body, before = segment_words(k - 1);
          while (!source.empty() && !tokens_[source.back()].word) source.pop_back();
          // "... weekly report for the week ending Nov. 21 (week 47).": a bracket left open by the
          // closing one popped goes, with what it holds.
          auto open = std::find_if(source.rbegin(), source.rend(), [&](size_t i) {
            return is_punct(tokens_[i], "(") || is_punct(tokens_[i], ")");
          });
          if (open != source.rend() && is_punct(tokens_[*open], "("))
            source.erase(std::prev(open.base()), source.end());
          while (!source.empty() && !tokens_[source.back()].word) source.pop_back();
          source.push_back(tokens_.size());  // a ':' marker, rendered below
          source.insert(source.end(), before.begin(), before.end());
          return source;
        }
        break;
      default:
        break;
    }
    // "..., and chipmaker Veltrix, whose X900 ships in 2027, reports after the close on
    // Thursday": a coordinate clause resumes after its relative one, too.
    if (g.kind == SegmentKind::kCoordinate)
      for (size_t r = k + 1; r < segments_.size() && (segments_[r].kind == SegmentKind::kRelative ||
                                                      segments_[r].kind == SegmentKind::kResume); ++r)
        if (segments_[r].kind == SegmentKind::kResume) {
          std::vector<size_t> more = range(segments_[r].body, segments_[r].end);
          body.insert(body.end(), more.begin(), more.end());
        }
    subject.insert(subject.end(), body.begin(), body.end());
    return subject;
  }

  // The clause a resumed segment goes on with: a coordinate clause before its relative ones
  // ("and chipmaker Veltrix, whose ..., reports"), else the main clause.
  size_t resume_owner(size_t r) const {
    size_t j = r;
    while (j > 0 && (segments_[j].kind == SegmentKind::kResume || segments_[j].kind == SegmentKind::kRelative)) --j;
    return segments_[j].kind == SegmentKind::kCoordinate ? j : main_segment();
  }

  // When relative segment k is about its verb's object (", whom she married", ", which the council
  // approved"): how many words of `body` are its subject and verb group; else 0. Its subject is a
  // subject pronoun or "it", or up to five words from an article, possessive or capitalised word.
  size_t object_relative_verbs(size_t k, const std::vector<size_t>& body) const {
    const Segment& g = segments_[k];
    if (body.empty() || g.body == 0 ||
        !(tokens_[g.body - 1].lower == "whom" || is(tokens_[g.body - 1], kRelativePronouns)) ||
        tokens_[g.body - 1].lower == "who")
      return 0;
    const Token& lead = tokens_[body[0]];
    size_t s = 0;
    // "The plant, which it bought in 2019": "it" too ("It bought plant", whose "It" the article's
    // names resolve).
    if (is(lead, kSubjectPronouns) || is(lead, kNeuterPronouns)) {
      s = 1;
    } else if (lead.word && lead.timex < 0 &&
               (is(lead, kArticles) || is(lead, kPossessives) || lead.cap) &&
               !is(lead, kPronouns) && !is(lead, kNeuterPronouns)) {
      while (s < body.size() && s < 5 && tokens_[body[s]].word && tokens_[body[s]].timex < 0 &&
             !looks_verb(tokens_[body[s]]) && !is(tokens_[body[s]], kCutWords) &&
             !is(tokens_[body[s]], kConjunctions))
        ++s;
    }
    if (s == 0 || s >= body.size() || body[s] != body[s - 1] + 1 || !verb_at(body[s], body[0]))
      return 0;
    // The verb group runs on over "to" and a bare verb after "to", an auxiliary or a modal: "which
    // the Commission is set to publish", "which the Commission will publish" (the object's gap
    // after "publish", not after "set" or "will").
    auto goes_on = [&](size_t j) {
      const Token& t = tokens_[body[j]];
      if (body[j] != body[j - 1] + 1 || t.timex >= 0 || !t.word) return false;
      if (looks_verb(t)) return true;
      // After "it" the gap is right after the verbs that look like ones (below): "which it is due
      // to reach" is no object relative.
      if (is(lead, kNeuterPronouns)) return false;
      if (t.cap || is(t, kArticles) || is(t, kPossessives) || is(t, kPronouns) ||
          is(t, kTimePrepositions) || is(t, kConjunctions) || is(t, kCutWords))
        return t.lower == "to" && j + 1 < body.size() && body[j + 1] == body[j] + 1 &&
               tokens_[body[j + 1]].word && !tokens_[body[j + 1]].cap &&
               !is(tokens_[body[j + 1]], kArticles) && !is(tokens_[body[j + 1]], kPossessives) &&
               tokens_[body[j + 1]].timex < 0;
      const Token& p = tokens_[body[j - 1]];
      return p.lower == "to" || is(p, kAuxiliaries) || is(p, kModals);
    };
    size_t v = s + 1;
    while (v < body.size() && goes_on(v)) ++v;
    // "which the company said would close": what it reports is about the noun phrase, as a subject.
    if (is(tokens_[body[s]], kReportingVerbs)) return 0;
    // "which it bought in 2019", not "which it is due to reach": after "it", the object's gap comes
    // right after the verbs, at a date, a preposition or the clause's end.
    if (is(lead, kNeuterPronouns) && v < body.size() && tokens_[body[v]].timex < 0 &&
        !is(tokens_[body[v]], kTimePrepositions) && tokens_[body[v]].word)
      return 0;
    return v;
  }

  // The head noun of a noun phrase: the word before its first "of" ("copies of the rifle"), else
  // its last word.
  size_t head_of(const std::vector<size_t>& ids) const {
    for (size_t j = 1; j < ids.size(); ++j)
      if (tokens_[ids[j]].lower == "of") return ids[j - 1];
    return ids.back();
  }

  // True when `ids` are one or two capitalised words, no organisation's ("Elian", "Anna Berg").
  bool one_name(const std::vector<size_t>& ids) const {
    return !ids.empty() && ids.size() <= 2 && std::all_of(ids.begin(), ids.end(), [&](size_t i) {
      return tokens_[i].word && tokens_[i].cap;
    }) && !is(tokens_[ids.back()], kOrganisationWords);
  }

  // The subject of segment k when it is a short noun phrase with no pronoun or date; else empty.
  std::vector<size_t> noun_phrase_subject(size_t k) const {
    std::vector<size_t> subject = subject_of(k);
    while (!subject.empty() && !tokens_[subject.back()].word) subject.pop_back();
    // "Tessaly, the payroll software company, raised ...": a name and then, between commas, an
    // article's noun phrase that says what it is (an apposition); the name is the subject.
    size_t name = 0;
    while (name < subject.size() && tokens_[subject[name]].word && tokens_[subject[name]].cap) ++name;
    if (name > 0 && subject.size() > name + 2 && is_punct(tokens_[subject[name]], ",") &&
        is(tokens_[subject[name + 1]], kArticles) && subject.back() + 1 < tokens_.size() &&
        is_punct(tokens_[subject.back() + 1], ",") &&
        std::all_of(subject.begin() + static_cast<long>(name) + 1, subject.end(),
                    [&](size_t i) { return tokens_[i].word; }))
      subject.resize(name);
    bool noun_phrase = !subject.empty() && subject.size() <= 12 && std::none_of(subject.begin(), subject.end(), [&](size_t i) {
      return tokens_[i].timex >= 0 || is(tokens_[i], kPronouns) || is(tokens_[i], kNeuterPronouns) ||
             is(tokens_[i], kPersonPronouns);
    });
    return noun_phrase ? subject : std::vector<size_t>();
  }

  // "during their rule from 1996 until 2001 included ..." -> "included ...": a clause-initial
  // prepositional phrase that holds a date belongs to the date, not to the event.
  void drop_leading_phrase_with_time(std::vector<size_t>& body) const {
    if (body.empty() || !is(tokens_[body.front()], kTimePrepositions) || tokens_[body.front()].timex >= 0) return;
    for (size_t j = 0; j < body.size() && j < 10; ++j) {
      if (!tokens_[body[j]].word && tokens_[body[j]].timex < 0) return;
      if (tokens_[body[j]].timex >= 0) {
        size_t e = j;
        while (e < body.size() && tokens_[body[e]].timex >= 0) ++e;
        if (e < body.size() && looks_verb(tokens_[body[e]])) body.erase(body.begin(), body.begin() + static_cast<long>(e));
        return;
      }
    }
  }

  std::string_view s_;
  std::vector<Token> tokens_;
  std::vector<TimeSpan> times_;
  PhraseWriter phrase_;  // reads tokens_, so declared after it
  std::vector<Segment> segments_;
  SegmentKind current_ = SegmentKind::kMain;
  size_t current_skip_ = 0;
};

// Surnames after "Mr", "Mrs. ", "Ms" ...: the last capitalised word of the name after the title;
// with kUnknown, the last word of each person's name the sentence writes ("James Charles Kopp").
std::vector<std::pair<std::string, Gender>> surnames_of(std::string_view s,
                                                        const std::vector<Token>& toks) {
  PhraseWriter phrase(s, toks);
  auto text = [&](size_t i) {
    return std::string(s.substr(toks[i].begin, toks[i].end - toks[i].begin));
  };
  std::vector<std::pair<std::string, Gender>> out;
  for (size_t i = 1; i < toks.size(); ++i) {
    if (!toks[i].word || !toks[i].cap || (toks[i - 1].word && toks[i - 1].cap)) continue;
    size_t e = i;
    while (e < toks.size() && toks[e].word && toks[e].cap && toks[e].timex < 0) ++e;
    std::vector<size_t> run;
    for (size_t k = i; k < e; ++k) run.push_back(k);
    if (e - i >= 2 && e - i <= 4 && !phrase.person(run).empty())
      out.emplace_back(text(e - 1), Gender::kUnknown);
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    Gender g = is(toks[i], kMaleTitles)     ? Gender::kMale
               : is(toks[i], kFemaleTitles) ? Gender::kFemale
                                            : Gender::kUnknown;
    if (g == Gender::kUnknown || !toks[i].cap) continue;
    size_t j = i + 1;
    if (j < toks.size() && is_punct(toks[j], ".") && toks[j].begin == toks[i].end) ++j;
    size_t last = toks.size();
    for (size_t n = 0; j < toks.size() && n < 3 && toks[j].word && toks[j].cap; ++j, ++n) last = j;
    if (last < toks.size()) out.emplace_back(text(last), g);
  }
  return out;
}

}  // namespace

std::string named_subject(std::string_view sentence) { return Labeler(sentence, {}).named_subject(); }

SentenceTokens tokenize_sentence(std::string_view sentence) {
  return label_internal::tokenize(sentence);
}

SentenceLabels label_sentence(std::string_view sentence, const std::vector<TimeSpan>& times,
                              size_t max_length) {
  return label_sentence(sentence, tokenize_sentence(sentence), times, max_length);
}

SentenceLabels label_sentence(std::string_view sentence, SentenceTokens tokens,
                              const std::vector<TimeSpan>& times, size_t max_length) {
  Labeler labeler(sentence, std::move(tokens), times);
  SentenceLabels out;
  out.labels.reserve(times.size());
  for (size_t k = 0; k < times.size(); ++k) out.labels.push_back(labeler.label(k, max_length));
  out.subject = labeler.named_subject();
  out.person = labeler.named_person();
  out.person_speaks =
      labeler.main_verb_reports() || (!out.person.empty() && out.person != labeler.named_subject());
  out.subject_pronoun = labeler.subject_pronoun();
  out.verb_object = labeler.verb_object();
  out.thing_subject = labeler.thing_subject();
  // For a one-word subject too: the article may know it as a person's surname ("Kopp").
  out.person_pronouns = labeler.pronouns_of(out.person.empty() ? out.subject : out.person);
  if (out.subject.empty() && out.person.empty()) out.definite = labeler.definite_subject();
  return out;
}

Gender gender_of_given_name(std::string_view lower) {
  std::string w(lower);
  if (kMaleGivenNames.contains(w)) return Gender::kMale;
  if (kFemaleGivenNames.contains(w)) return Gender::kFemale;
  return Gender::kUnknown;
}

std::string named_person(std::string_view sentence) { return Labeler(sentence, {}).named_person(); }

std::vector<std::pair<std::string, Gender>> titled_surnames(std::string_view sentence,
                                                            const SentenceTokens& tokens) {
  return surnames_of(sentence, tokens);
}

std::vector<std::pair<std::string, Gender>> titled_surnames(std::string_view sentence) {
  return surnames_of(sentence, tokenize_sentence(sentence));
}

Gender gender_of_word(std::string_view lower) {
  std::string w(lower);
  if (kMaleTitles.contains(w) || kMalePronouns.contains(w)) return Gender::kMale;
  if (kFemaleTitles.contains(w) || kFemalePronouns.contains(w)) return Gender::kFemale;
  return Gender::kUnknown;
}

namespace {

// The first word of `s`, lower-cased.
std::string first_word_lower(std::string_view s) {
  std::string w(s.substr(0, s.find(' ')));
  std::transform(w.begin(), w.end(), w.begin(), [](unsigned char x) { return std::tolower(x); });
  return w;
}

// `label` with its first word replaced by `name` when the word is in `pronouns`, or by `name`'s
// possessive when it is in `possessives`.
std::string replace_leading(std::string_view label, std::string_view name, const WordSet& pronouns,
                            const WordSet& possessives) {
  size_t space = label.find(' ');
  if (name.empty() || space == std::string_view::npos) return std::string(label);
  std::string first = first_word_lower(label);
  std::string out;
  if (pronouns.contains(first)) out = std::string(name) + std::string(label.substr(space));
  else if (possessives.contains(first))
    out = std::string(name) + (name.ends_with('s') ? "'" : "'s") + std::string(label.substr(space));
  else
    return std::string(label);
  if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');  // "wind farm"
  return out;
}

}  // namespace

std::string resolve_it(std::string_view label, std::string_view name) {
  // "It emerged that ...", "It was the first strike": an empty or situational "it", no name.
  size_t space = label.find(' ');
  if (space != std::string_view::npos && kNeuterPronouns.contains(first_word_lower(label)) &&
      kImpersonalVerbs.contains(first_word_lower(label.substr(space + 1))))
    return std::string(label);
  return replace_leading(label, name, kNeuterPronouns, kNeuterPossessives);
}

std::string resolve_person(std::string_view label, std::string_view person) {
  return replace_leading(label, person, kPersonPronouns, kPersonPossessives);
}

std::vector<std::string> make_labels(std::string_view sentence, const std::vector<TimeSpan>& times,
                                     size_t max_length) {
  return label_sentence(sentence, times, max_length).labels;
}

}  // namespace chronoline
