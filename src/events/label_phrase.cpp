// Label internals: writing and shortening a label.
#include "events/label_phrase.h"

#include <algorithm>
#include <cctype>

#include "events/label_words.h"
#include "util/utf8.h"

namespace chronoline::label_internal {

// "OPEC+ meets [on Dec. 1] and again [in January] to decide ...", "The company expects growth of
// 3% [in Q1 2026] and 5% [in Q4 2026]": a second date after "and" and a few words with no verb
// dates a conjunct whose verb is the first one's. The first date's label leaves out "and", the
// words and the second date ("OPEC+ meets to decide ...", "Company expects growth of 3%"); the
// second's leaves out the first date and "and", and when the words are a figure, the figure
// before the first date that they stand in for ("OPEC+ meets again to decide ...", "Company
// expects growth of 5%"). Words of echo-adverbs.txt or a figure only: not "in 2019 and the storm
// in 2021", nor a range or a reschedule ("between May and June", "moved from May to June").
void PhraseWriter::split_gapped_pair(std::vector<size_t>& ids) const {
  if (focus_ < 0 || ids.size() < 4) return;
  auto is_number = [](const Token& t) { return t.word && std::isdigit(static_cast<unsigned char>(t.lower[0])); };
  // A word of a figure after its number, the same in both conjuncts ("5 percent", "$2 trillion",
  // British "5 per cent").
  auto unit = [](const Token& t) {
    return is(t, kAmountUnits) || t.lower == "per" || t.lower == "cent";
  };
  auto held = [&](size_t b, size_t e) {  // ids hold every token of [b, e]
    auto at = std::lower_bound(ids.begin(), ids.end(), b);
    for (size_t i = b; i <= e; ++i, ++at)
      if (at == ids.end() || *at != i) return false;
    return true;
  };
  if (!std::is_sorted(ids.begin(), ids.end())) return;
  auto dated_phrase = [&](size_t i) { return i < toks_.size() && toks_[i].timex >= 0 && toks_[i].dated; };
  for (size_t a0 = 0; a0 < toks_.size(); ++a0) {
    if (!dated_phrase(a0) || (a0 > 0 && toks_[a0 - 1].timex == toks_[a0].timex)) continue;
    size_t a1 = a0;
    while (a1 + 1 < toks_.size() && toks_[a1 + 1].timex == toks_[a0].timex) ++a1;
    size_t conj = a1 + 1;
    if (conj + 2 >= toks_.size() || toks_[conj].lower != "and" || toks_[conj].timex >= 0) continue;
    // The words up to the second date, a time preposition before it going with it.
    size_t b0 = conj + 1;
    while (b0 < toks_.size() && b0 <= conj + 5 && toks_[b0].timex < 0) ++b0;
    if (b0 >= toks_.size() || !dated_phrase(b0) || b0 == conj + 1) continue;
    size_t b1 = b0;
    while (b1 + 1 < toks_.size() && toks_[b1 + 1].timex == toks_[b0].timex) ++b1;
    size_t x1 = b0;  // words [conj + 1, x1)
    if (is(toks_[x1 - 1], kTimePrepositions) && x1 - 1 > conj + 1) --x1;
    bool figure = is_number(toks_[conj + 1]) ||
                  (kCurrencySigns.contains(toks_[conj + 1].lower) && is_number(toks_[conj + 2]));
    bool echo = true;
    for (size_t i = conj + 1; i < x1; ++i) {
      const Token& t = toks_[i];
      echo = echo && is(t, kEchoAdverbs);
      if (looks_verb(t) || is_punct(t, ",") || (figure && t.word && !is_number(t) && !unit(t)))
        figure = false;
    }
    // "the Screen Actors Guild ceremony [on Feb. 21] and the directors' guild [on Feb. 7]": a
    // noun phrase with its article or possessive and no verb, standing in for the one before the
    // first date.
    bool noun = !figure && !echo && (is(toks_[conj + 1], kArticles) || is(toks_[conj + 1], kPossessives));
    for (size_t i = conj + 1; noun && i < x1; ++i)
      noun = (toks_[i].word && !looks_verb(toks_[i])) || toks_[i].lower == "'" || toks_[i].lower == "\u2019";
    if (!figure && !echo && !noun) continue;
    // The first date with its own time preposition.
    size_t first = a0 > 0 && is(toks_[a0 - 1], kTimePrepositions) && toks_[a0 - 1].timex < 0 ? a0 - 1 : a0;
    // The figure the second one stands in for: "3%" before "in Q1 2026".
    size_t p0 = first;
    if (noun) {  // the noun phrase before the first date, from its article or possessive
      while (p0 > 0 && first - p0 < 6 && toks_[p0 - 1].word && toks_[p0 - 1].timex < 0 &&
             !looks_verb(toks_[p0 - 1]) && !is(toks_[p0 - 1], kArticles) && !is(toks_[p0 - 1], kPossessives))
        --p0;
      if (p0 == 0 || p0 == first || !(is(toks_[p0 - 1], kArticles) || is(toks_[p0 - 1], kPossessives))) continue;
      --p0;
    }
    if (figure) {
      while (p0 > 0 && first - p0 < 4 &&
             (is_number(toks_[p0 - 1]) || (!toks_[p0 - 1].word && toks_[p0 - 1].lower != ",") ||
              unit(toks_[p0 - 1])))
        --p0;
      while (p0 < first && !is_number(toks_[p0]) && !kCurrencySigns.contains(toks_[p0].lower)) ++p0;
      if (p0 == first) continue;  // no figure before the first date
    }
    if (!held(p0, b1)) continue;
    auto erase = [&](size_t b, size_t e) {
      std::erase_if(ids, [&](size_t i) { return i >= b && i <= e; });
    };
    if (toks_[a0].timex == focus_) erase(conj, b1);
    else if (toks_[b0].timex == focus_) {
      // "won in 2010, 2014 and again in 2018": the list's comma goes with its last date.
      erase(p0 > 0 && is_punct(toks_[p0 - 1], ",") ? p0 - 1 : p0, conj);
      // "again" says the verb's happening is repeated; "then", "later" say nothing once apart.
      if (echo && !(x1 == conj + 2 && toks_[conj + 1].lower == "again")) erase(conj + 1, x1 - 1);
    }
    return;
  }
}

// "The Ohio site is due to open [in January] and the Irish one [in the spring]", "The bridge will
// reopen [in January] and the tunnel [in the spring]": a noun phrase (an article or possessive, no
// verb; or a name: "and Bristol [in May]"; or, after a subject that is one bare plural, another:
// "Sales rose 3% [in March] and profits [in April]") and a date after "and" leave out the verb
// group of the clause before, which they share. The first date's label leaves out "and" and what
// follows it ("Ohio site is due to open"); the second's is the noun phrase with the first clause's
// verb group ("Irish one is due to open", "Tunnel will reopen", "Profits rose": a figure the first
// clause measures is its own). The first clause's subject runs from its start (the sentence's, or
// past a comma or "that") to its first verb, which the first date follows within eight words
// with nothing but verbs, adverbs, particles and a figure between: not an object ("The firm
// opened its Ohio site in January and the Irish one in March": the firm opened both).
void PhraseWriter::borrow_gapped_verb(std::vector<size_t>& ids) const {
  if (focus_ < 0 || ids.empty() || !std::is_sorted(ids.begin(), ids.end()) || ids.back() >= toks_.size()) return;
  auto dated_at = [&](size_t i) { return i < toks_.size() && toks_[i].timex >= 0 && toks_[i].dated; };
  auto bare_plural = [&](const Token& t) {
    return t.word && (!t.cap || &t == &toks_[0]) && t.timex < 0 && ends_in_s(t.lower) &&
           !looks_verb(t) && !is(t, kPronouns) && !is(t, kCutWords);
  };
  auto figure = [](const Token& t) {
    return (t.word && std::isdigit(static_cast<unsigned char>(t.lower[0]))) || is(t, kAmountUnits) ||
           kCurrencySigns.contains(t.lower) || t.lower == "%" || t.lower == "per" || t.lower == "cent";
  };
  for (size_t a0 = 1; a0 < toks_.size(); ++a0) {
    if (!dated_at(a0) || toks_[a0 - 1].timex == toks_[a0].timex) continue;
    size_t conj = a0;
    while (conj < toks_.size() && toks_[conj].timex == toks_[a0].timex) ++conj;
    if (conj + 2 >= toks_.size() || toks_[conj].lower != "and" || toks_[conj].timex >= 0) continue;
    const Token& lead = toks_[conj + 1];
    bool determined = is(lead, kArticles) || is(lead, kPossessives);
    bool name = !determined && lead.word && lead.cap && lead.timex < 0 && !is(lead, kPronouns);
    if (!determined && !name && !bare_plural(lead)) continue;
    size_t b0 = conj + (determined ? 2 : 1);  // the noun phrase [conj + 1, x1), then the second date
    while (b0 < toks_.size() && b0 < conj + 6 && toks_[b0].word && toks_[b0].timex < 0 && !looks_verb(toks_[b0]) &&
           !is(toks_[b0], kConjunctions) && (!name || toks_[b0].cap))
      ++b0;
    size_t x1 = b0;
    if (b0 < toks_.size() && is(toks_[b0], kTimePrepositions) && !dated_at(b0)) ++b0;
    if (!dated_at(b0) || x1 == conj + 1 || (determined && x1 == conj + 2)) return;
    size_t b1 = b0;
    while (b1 + 1 < toks_.size() && toks_[b1 + 1].timex == toks_[b0].timex) ++b1;
    if (b1 + 1 < toks_.size() && toks_[b1 + 1].word) return;  // the conjunct ends with its date
    size_t first = is(toks_[a0 - 1], kTimePrepositions) && toks_[a0 - 1].timex < 0 ? a0 - 1 : a0;
    // The first clause: its start, its subject and the verb group up to the first date.
    size_t start = first;
    while (start > 0 && first - start < 16 && toks_[start - 1].timex < 0 &&
           (toks_[start - 1].word || toks_[start - 1].lower == "'" || toks_[start - 1].lower == "\u2019" ||
            toks_[start - 1].lower == "%") &&
           toks_[start - 1].lower != "that")
      --start;
    if (start == first || !(start == 0 || !toks_[start - 1].word || toks_[start - 1].lower == "that")) return;
    size_t v = start;
    while (v < first && !looks_verb(toks_[v]) && !is(toks_[v], kBeForms) && !is(toks_[v], kModals)) ++v;
    // "The Leeds office opens [in March]": a present in -s right before the date after the subject.
    if (v == first && first >= start + 2) {
      const Token& verb = toks_[first - 1];
      const Token& noun = toks_[first - 2];
      if (verb.word && !verb.cap && ends_in_s(verb.lower) &&
          noun.word && !is(noun, kArticles) && !is(noun, kPossessives) && !is(noun, kCutWords) && !looks_verb(noun))
        v = first - 1;
    }
    if (v == start || v == first || first - v > 8) return;
    // A bare plural stands in for a subject of one bare plural ("Sales rose ... and profits").
    if (!determined && !name && !(v == start + 1 && bare_plural(toks_[start]))) return;
    std::vector<size_t> group;  // the verb group the conjunct borrows: no figure
    for (size_t i = v; i < first; ++i) {
      const Token& t = toks_[i];
      if (figure(t)) continue;
      bool verbal = looks_verb(t) || is(t, kBeForms) || is(t, kModals) || is(t, kAuxiliaries) || t.lower == "to" ||
                    is(t, kAsideAdjectives) || is(t, kVerbParticles) || is(t, kPrepositionalParticles) ||
                    is(t, kNegations) || (t.word && !t.cap && t.lower.size() > 4 && t.lower.ends_with("ly")) ||
                    i == v ||  // "opens"
                    // "will reopen", "is due to open", "has been rebuilt": the verb after a modal, "to" or an auxiliary
                    (i > v && (is(toks_[i - 1], kModals) || toks_[i - 1].lower == "to" || is(toks_[i - 1], kAuxiliaries)));
      if (!verbal || is(t, kArticles) || is(t, kPossessives) || t.cap) return;  // an object: not gapped
      group.push_back(i);
    }
    if (toks_[a0].timex == focus_) {
      std::erase_if(ids, [&](size_t i) { return i >= conj && i <= b1; });
    } else if (toks_[b0].timex == focus_) {
      ids.clear();
      for (size_t i = conj + 1; i < x1; ++i) ids.push_back(i);
      ids.insert(ids.end(), group.begin(), group.end());
    }
    return;
  }
}

// "[The quarter] was terrible, and ...", "[This summer] could be a long one", "[Tuesday] saw heavy
// rain": a date that opens the sentence as the subject of the verb right after it stays in its
// own label, which without it would open with that verb ("Could be a long one"). Not where the
// verb is a copula with a predicate of two words or more, which drop_leading_copula() makes the
// label ("[2025] was a record year for the airline": "Record year for the airline"). `i` is the
// date's first token.
bool PhraseWriter::subject_date(const std::vector<size_t>& ids, size_t i) const {
  if (ids.empty() || is_marker(ids.front()) || (i > 0 && toks_[i - 1].word)) return false;
  size_t v = i;
  while (v < toks_.size() && toks_[v].timex == focus_) ++v;
  // The label's first word ('"The quarter': past an opening quote).
  auto first = std::find_if(ids.begin(), ids.end(), [&](size_t k) { return !is_marker(k) && toks_[k].word; });
  if (v + 1 >= toks_.size() || first == ids.end() || *first < i || *first > v) return false;
  const Token& verb = toks_[v];
  if (!verb.word || verb.cap || verb.lower.ends_with("ing") ||
      !(is(verb, kModals) || is(verb, kAuxiliaries) || is(verb, kBeForms) || is(verb, kIrregularPast) ||
        looks_verb(verb)))
    return false;
  size_t copula = 0;
  if (verb.lower == "is" || verb.lower == "was" || verb.lower == "are" || verb.lower == "were") copula = 1;
  if ((verb.lower == "will" || verb.lower == "would" || verb.lower == "has" || verb.lower == "have" ||
       verb.lower == "had") &&
      (toks_[v + 1].lower == "be" || toks_[v + 1].lower == "been"))
    copula = 2;
  // The predicate's words, past quote marks, up to other punctuation.
  size_t words = 0;
  for (size_t p = v + copula; copula > 0 && p < toks_.size() && words < 2; ++p) {
    const std::string& w = toks_[p].lower;
    if (toks_[p].word) ++words;
    else if (w != "\"" && w != "'" && w != "`" && w != "\u201C" && w != "\u201D" && w != "\u2018" && w != "\u2019" &&
             w != "\u00AB" && w != "\u00BB" && w != "\u201E")
      break;
  }
  return copula == 0 || words < 2;
}

std::string PhraseWriter::finish(std::vector<size_t> ids, size_t max_length) const {
  // "The contract runs until June 2027": a date that ends what the clause says keeps its
  // "until" in its own label ("Contract runs until June 2027"); "Contract runs" would say the
  // contract starts then.
  int until = -1;
  if (focus_ >= 0)
    for (size_t i = 0; i < toks_.size(); ++i)
      if (toks_[i].timex == focus_) {
        // The time phrase holds its preposition ("[until June 2027]").
        const std::string& w = toks_[i].lower;
        if (toks_[i].word && (w == "until" || w == "till" || w == "through") && i + 1 < toks_.size() &&
            toks_[i + 1].timex == focus_)
          until = focus_;
        // Or before it, maybe with "at least" between ("until next month", "until at least
        // Sunday"): the label keeps the date, not a bare "until". Not when the date heads a
        // clause "until" opens ("until summer storms put it out").
        size_t b = i, e = i;
        while (e + 1 < toks_.size() && toks_[e + 1].timex == focus_) ++e;
        bool ends = e + 1 >= toks_.size() || !toks_[e + 1].word || is(toks_[e + 1], kCutWords);
        if (b >= 2 && toks_[b - 1].lower == "least" && toks_[b - 2].lower == "at") b -= 2;
        if (ends && b > 0 && toks_[b - 1].word && toks_[b - 1].timex < 0 &&
            (toks_[b - 1].lower == "until" || toks_[b - 1].lower == "till"))
          until = focus_;
        // "Forecasters expect [a mild February]": a date that heads the verb's subject or object
        // (no preposition leads it) keeps its noun phrase; "Forecasters expect" would say nothing.
        if (toks_[i].np_head && (is(toks_[i], kArticles) || is(toks_[i], kPossessives))) until = focus_;
        if (subject_date(ids, i)) until = focus_;
        break;
      }
  split_gapped_pair(ids);
  borrow_gapped_verb(ids);
  // "28 days between the holiday and [Christmas]": a date that ends a "between" pair whose first
  // member is no date is one of the pair's nouns, kept in every label, its own too.
  auto between_pair = [&](size_t i) {
    size_t b = i;
    while (b > 0 && toks_[b - 1].timex == toks_[i].timex) --b;
    if (b < 3 || !is(toks_[b - 1], kPairConjunctions) || toks_[b - 1].timex >= 0) return false;
    for (size_t j = b - 1; j-- > 0 && j + 6 > b;) {
      if (toks_[j].timex >= 0 || !toks_[j].word) return false;
      if (is(toks_[j], kPairPrepositions)) return j + 2 < b;
    }
    return false;
  };
  auto left_out = [&](size_t i) {
    return i < toks_.size() && toks_[i].timex >= 0 && toks_[i].timex != until && !toks_[i].subject &&
           !between_pair(i) &&
           ((toks_[i].dated && !toks_[i].of_noun) || toks_[i].timex == focus_) &&
           (toks_[i].timex != kept_ || kept_ == focus_);
  };
  // "The floods of 1987 and [1990] forced planners": a date coordinated with one left out goes
  // with it, as one of the pair.
  auto paired_out = [&](size_t i) {
    if (i >= toks_.size() || toks_[i].timex < 0) return false;
    int t = toks_[i].timex;
    size_t b = i, e = i;
    while (b > 0 && toks_[b - 1].timex == t) --b;
    while (e + 1 < toks_.size() && toks_[e + 1].timex == t) ++e;
    // Both named dates, with a number or a name: not an adverb ("in 1995 and now are poised").
    auto named_date = [&](size_t k) {
      int d = toks_[k].timex;
      while (k > 0 && toks_[k - 1].timex == d) --k;
      for (; k < toks_.size() && toks_[k].timex == d; ++k)
        if (toks_[k].cap || std::isdigit(static_cast<unsigned char>(toks_[k].lower[0]))) return true;
      return false;
    };
    if (!named_date(i)) return false;
    if (e + 2 < toks_.size() && is(toks_[e + 1], kConjunctions) && left_out(e + 2) && named_date(e + 2))
      return true;
    return b >= 2 && is(toks_[b - 1], kConjunctions) && left_out(b - 2) && named_date(b - 2);
  };
  auto gone = [&](size_t i) {
    return left_out(i) || (paired_out(i) && !(i < toks_.size() && toks_[i].timex == until && toks_[i].np_head));
  };
  // "will be held [on Saturday] and [on Dec. 5] at 40 locations": the conjunction between two
  // dates goes with them.
  std::erase_if(ids, [&](size_t i) {
    // "fear a dry April and [a hot May]": also between a date gone and the kept noun phrase.
    auto kept_np = [&](size_t j) { return j < toks_.size() && toks_[j].timex == until && toks_[j].np_head; };
    return gone(i) || (i > 0 && i < toks_.size() && is(toks_[i], kConjunctions) &&
                       (gone(i - 1) || kept_np(i - 1)) && (gone(i + 1) || kept_np(i + 1)));
  });
  // "that runs [until June 2030]" with its noun phrase left out: one word and the time phrase say
  // no more than the word alone, which the labeler then replaces.
  if (until >= 0 && std::count_if(ids.begin(), ids.end(), [&](size_t i) {
                      return i < toks_.size() && toks_[i].word && toks_[i].timex != until;
                    }) <= 1)
    std::erase_if(ids, [&](size_t i) { return i < toks_.size() && toks_[i].timex == until; });
  // "Version 4.1, due [on Tuesday], adds offline maps": an aside the date leaves with one word
  // goes with its commas ("Version 4.1 adds offline maps"); not a list's name ("Poland [on Monday],
  // Hungary [on Tuesday], and ...").
  for (size_t a = 0; a + 2 < ids.size(); ++a) {
    size_t w = ids[a + 1];
    if (ids[a + 2] >= toks_.size() || ids[a] >= toks_.size() || w + 1 >= toks_.size() ||
        toks_[ids[a]].lower != "," || toks_[ids[a + 2]].lower != "," || !toks_[w].word || toks_[w].cap ||
        ids[a] + 1 != w || ids[a + 2] == w + 1)
      continue;
    bool dated_after = true;
    for (size_t j = w + 1; j < ids[a + 2]; ++j)
      dated_after = dated_after && (left_out(j) || (is(toks_[j], kTimePrepositions) && j + 1 < ids[a + 2]));
    if (!dated_after) continue;
    ids.erase(ids.begin() + static_cast<long>(a) + 1, ids.begin() + static_cast<long>(a) + 3);
    ids.erase(ids.begin() + static_cast<long>(a));
    break;
  }
shorten_figure_clause(ids);
  replace_parentheticals(ids);
  drop_dash_asides(ids);
  prefer_named_apposition(ids);
  drop_insertions(ids);
  // "even more" loses its adverb; "broke even" keeps it (a verb's own word).
  std::erase_if(ids, [&](size_t i) {
    return i < toks_.size() && is(toks_[i], kDropAdverbs) &&
           !(i > 0 && kModifierIdioms.contains(toks_[i - 1].lower + " " + toks_[i].lower));
  });
  shorten_titles(ids);
  drop_trailing_aside_time(ids);
  drop_emptied_comparison(ids);
  trim_ends(ids);
  drop_dangling_end(ids);
  drop_gapped_object_end(ids);
  drop_dangling_adverb_end(ids);
  drop_stranded_before_comma(ids);
  drop_leading_copula(ids);
  drop_unopened_quote(ids);
  // "Their squad travel to Spain" -> "Squad travels to Spain": no one says whose.
  if (ids.size() >= 3 && !is_marker(ids[0]) && !is_marker(ids[2]) && (toks_[ids[0]].lower == "their" || toks_[ids[0]].lower == "our") &&
      ids[1] == ids[0] + 1 && toks_[ids[2]].group_verb)
    ids.erase(ids.begin());
  std::string out = render(ids);
  // A kept time phrase that a label too long would lose when cut goes, as other dates do, rather
  // than the words after it too ("has given the Miami relatives [until 9 a.m. Tuesday] to sign a
  // paper").
  auto loses_until = [&] {
    size_t b = toks_.size(), e = 0;
    for (size_t i : ids)
      if (i < toks_.size() && toks_[i].timex == until) b = std::min(b, toks_[i].begin), e = std::max(e, toks_[i].end);
    return b < e && cut(ids, max_length).find(s_.substr(b, e - b)) == std::string::npos;
  };
  if (until >= 0 && utf8::length(out) > max_length && loses_until()) {
    std::erase_if(ids, [&](size_t i) { return i < toks_.size() && toks_[i].timex == until; });
    trim_ends(ids);
    drop_dangling_end(ids);
    until = -1;
    out = render(ids);
  }
  // "until about 3 a.m.": the kept time phrase ends with its abbreviation's dot.
  if (until >= 0 && !ids.empty() && ids.back() + 1 < toks_.size() && toks_[ids.back()].timex == until &&
      toks_[ids.back()].lower.size() > 2 && toks_[ids.back()].lower.end()[-2] == '.' &&
      std::isalpha(static_cast<unsigned char>(toks_[ids.back()].lower.back())) && is_punct(toks_[ids.back() + 1], ".") &&
      toks_[ids.back() + 1].begin == toks_[ids.back()].end)
    out += '.';
  if (utf8::length(out) > max_length) out = cut(ids, max_length);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  drop_pictographs(out);
  curl_wire_quotes(out);
  size_t before = utf8::length(out);
  close_quotes(out);
  if (size_t added = utf8::length(out) - before; added > 0 && before + added > max_length && max_length > added)
    return finish(std::move(ids), max_length - added);  // room for the closing marks
  return out;
}

std::string PhraseWriter::person(std::vector<size_t> ids) const {
  if (ids.empty() || ids.size() > 16) return {};
  drop_insertions(ids);
  shorten_titles(ids);
  trim_ends(ids);
  // "Mrs. Alvarez", "Mr Haddad": a title that says man or woman makes a surname a person's name.
  std::vector<size_t> words = ids;
  if (words.size() >= 3 && !is_marker(words[0]) && !is_marker(words[1]) &&
      (is(toks_[words[0]], kMaleTitles) || is(toks_[words[0]], kFemaleTitles)) && is_punct(toks_[words[1]], ".") &&
      toks_[words[1]].begin == toks_[words[0]].end)
    words.erase(words.begin() + 1);
  if (words.size() < 2 || words.size() > 4 || is(toks_[words.back()], kOrganisationWords)) return {};
  for (size_t i : words)
    if (is_marker(i) || !toks_[i].word || !toks_[i].cap || toks_[i].timex >= 0 || is(toks_[i], kArticles)) return {};
  return render(ids);
}

// "The council's transport chair, Iain Dorward, said ...": a subject that names its person (or
// firm) in an aside is written with the name alone ("Iain Dorward said ...").
void PhraseWriter::prefer_named_apposition(std::vector<size_t>& ids) const {
  auto comma = [&](size_t j) { return j < ids.size() && !is_marker(ids[j]) && is_punct(toks_[ids[j]], ","); };
  if (ids.empty() || is_marker(ids[0]) || !toks_[ids[0]].word) return;
  // The description may hold a relative clause: "A developer who paid bribes, Stephen Yates, was".
  size_t open = 1;
  bool relative = false;
  while (open < ids.size() && open < 12 && !comma(open)) {
    // "The committee's ranking Republican", "its managing director": an -ing adjective.
    if (is_marker(ids[open]) || is_marker(ids[open - 1])) return;
    const Token& before = toks_[ids[open - 1]];
    bool adjective =
        toks_[ids[open]].lower.ends_with("ing") &&
        (ends_possessive(before.lower) || is(before, kArticles) || is(before, kPossessives));
    // "The drivers' union": a plural's possessive apostrophe glued to its word.
    bool apostrophe = (is_punct(toks_[ids[open]], "'") || is_punct(toks_[ids[open]], "\u2019")) &&
                      toks_[ids[open]].begin == before.end && before.lower.ends_with("s");
    if (apostrophe) { ++open; continue; }
    if (!toks_[ids[open]].word || (looks_verb(toks_[ids[open]]) && !relative && !adjective)) return;
    relative = relative || (toks_[ids[open]].lower == "who" && open > 1);
    ++open;
  }
  size_t close = open + 1;
  while (close < ids.size() && close < open + 6 && !comma(close)) ++close;
  // An age after the name: "Stephen Yates, 64, was".
  size_t last = close;
  if (comma(close) && close + 2 < ids.size() && !is_marker(ids[close + 1]) && comma(close + 2) &&
      !toks_[ids[close + 1]].lower.empty() &&
      toks_[ids[close + 1]].lower.find_first_not_of("0123456789") == std::string::npos)
    last = close + 2;
  // Then a description: "Its sponsor, Senator Ellen Marsh, a Democrat from Ohio, introduced it".
  if (comma(last) && last + 1 < ids.size() && !is_marker(ids[last + 1]) &&
      (is(toks_[ids[last + 1]], kArticles) || is(toks_[ids[last + 1]], kPossessives))) {
    size_t end = last + 2;
    while (end < ids.size() && end < last + 10 && !comma(end) && !is_marker(ids[end]) &&
           !looks_verb(toks_[ids[end]]))
      ++end;
    if (comma(end)) last = end;
  }
  // The verb may follow an adverb: "..., first introduced it".
  auto verb_at = [&](size_t j) {
    if (j >= ids.size() || is_marker(ids[j])) return false;
    if (looks_verb(toks_[ids[j]])) return true;
    const Token& t = toks_[ids[j]];
    return t.word && !t.cap && !is(t, kArticles) && !is(t, kCutWords) && j + 1 < ids.size() &&
           !is_marker(ids[j + 1]) && looks_verb(toks_[ids[j + 1]]) &&
           !toks_[ids[j + 1]].lower.ends_with("ing");
  };
  bool reports = last + 1 < ids.size() && !is_marker(ids[last + 1]) && is(toks_[ids[last + 1]], kReportingVerbs);
  // "His brother, Paul Smith, died": after a kin noun the aside is that person, whatever the word
  // after it ("died", "wed", "sang" look like no verb here).
  bool kin = open == 2 && !is_marker(ids[0]) && !is_marker(ids[1]) && is(toks_[ids[0]], kPersonPossessives) &&
             is(toks_[ids[1]], kKinNouns) && last + 1 < ids.size() && !is_marker(ids[last + 1]) &&
             toks_[ids[last + 1]].word && !toks_[ids[last + 1]].cap && !is(toks_[ids[last + 1]], kArticles) &&
             !is(toks_[ids[last + 1]], kConjunctions) && !is(toks_[ids[last + 1]], kCutWords);
  if (!comma(open) || !comma(close) || !(verb_at(last + 1) || reports || kin)) return;
  std::vector<size_t> name(ids.begin() + static_cast<long>(open + 1), ids.begin() + static_cast<long>(close));
  // "The drivers' union, ATU, says", "The rail group, Northline, cut": an organisation named in
  // the aside (after a subject whose head is an organisation word, or as an acronym in capitals)
  // is written alone too ("ATU says").
  auto acronym = [&](size_t id) {
    std::string_view w(s_.data() + toks_[id].begin, toks_[id].end - toks_[id].begin);
    return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  bool capitalised = std::all_of(name.begin(), name.end(), [&](size_t id) {
    return !is_marker(id) && toks_[id].word && toks_[id].cap && toks_[id].timex < 0;
  });
  bool organisation = capitalised && !name.empty() && name.size() <= 4 && !is_marker(ids[open - 1]) &&
                      (is(toks_[ids[open - 1]], kOrganisationWords) || (name.size() == 1 && acronym(name[0])));
  if (organisation) {
    ids.erase(ids.begin() + static_cast<long>(close), ids.begin() + static_cast<long>(last + 1));
    ids.erase(ids.begin(), ids.begin() + static_cast<long>(open + 1));
    return;
  }
  // "His daughter, Giulia, came home": a relative named by a first name alone.
  bool first_name = name.size() == 1 && !is_marker(name[0]) && toks_[name[0]].word &&
                    toks_[name[0]].cap && is(toks_[ids[0]], kPersonPossessives) &&
                    !is(toks_[name[0]], kOrganisationWords);
  if (!first_name && person(name).empty()) return;
  ids.erase(ids.begin() + static_cast<long>(close), ids.begin() + static_cast<long>(last + 1));
  ids.erase(ids.begin(), ids.begin() + static_cast<long>(open + 1));
}

// "Some 20,000 cars were sold in 2024, up from 14,000 ...", "20,000 cars sold in 2024, the
// association said ...": a clause that opens with a figure (after words such as "some", "more
// than", figure-approximators.txt) and up to three nouns says what was counted and what happened
// to it; the label is that, its verb group and what follows it up to the date, a comma or a
// relative or subordinate clause, a passive's "was"/"were" and a leading "some" dropped as
// headlines do ("20,000 cars sold", "At least 30 people injured in the blast").
void PhraseWriter::shorten_figure_clause(std::vector<size_t>& ids) const {
  auto word = [&](size_t k) { return k < ids.size() && !is_marker(ids[k]) && toks_[ids[k]].word; };
  size_t j = 0;
  while (j < 3 && word(j) && is(toks_[ids[j]], kFigureApproximators)) ++j;
  if (!word(j) || !std::isdigit(static_cast<unsigned char>(toks_[ids[j]].lower[0])) || toks_[ids[j]].timex >= 0)
    return;
  size_t figure = j++;
  if (word(j) && is(toks_[ids[j]], kAmountUnits)) ++j;  // "2 million"
  size_t nouns = j;
  while (j < nouns + 3 && word(j) && !toks_[ids[j]].cap && !looks_verb(toks_[ids[j]]) && toks_[ids[j]].timex < 0 &&
         !is(toks_[ids[j]], kCutWords) && !is(toks_[ids[j]], kArticles) && !is(toks_[ids[j]], kRelativePronouns))
    ++j;
  if (j == nouns) return;
  size_t verbs = j;
  while (j < verbs + 3 && word(j) && looks_verb(toks_[ids[j]]) && toks_[ids[j]].timex < 0 &&
         !toks_[ids[j]].lower.ends_with("ing"))
    ++j;
  if (j == verbs) return;
  // The date's first token, if it comes after the verb group.
  size_t date = toks_.size();
  for (size_t i = 0; i < toks_.size() && date == toks_.size(); ++i)
    if (toks_[i].timex == focus_ && focus_ >= 0) date = i;
  // A date inside a noun phrase ("attended a [Sunday night] memorial service") ends nothing.
  // Nor does a date before the figure ("on 15 November, when more than 300 flood warnings were [in
  // force]"): the clause runs to its own end.
  size_t stop = (date > 0 && date < toks_.size() &&
                 (is(toks_[date - 1], kArticles) || is(toks_[date - 1], kPossessives))) ||
                        (date < toks_.size() && date < ids[figure])
                    ? toks_.size()
                    : date;
  size_t end = j;
  while (end < ids.size() && !is_marker(ids[end]) && ids[end] < stop && !is_punct(toks_[ids[end]], ",") &&
         !is(toks_[ids[end]], kRelativePronouns) && !is(toks_[ids[end]], kSubordinators) &&
         !is(toks_[ids[end]], kClauseConjunctions) && !is_punct(toks_[ids[end]], ";"))
    ++end;
  // Only for a date in that clause (or before it): "up from 14,000 [the year before]" after the
  // comma is another figure's.
  bool at_date = end < ids.size() && !is_marker(ids[end]) && ids[end] >= stop;
  // (A label that is all the figure's clause is that date's too: "..., the ministry said" left.)
  bool whole = end == ids.size();
  if (date == toks_.size() ||
      !(at_date || whole || date < ids[figure] || (stop != date && date < (whole ? toks_.size() : ids[end]))))
    return;
  // The time phrase's own preposition ("sold [in] 2024") stays behind with it.
  if (at_date && end > j && is(toks_[ids[end - 1]], kTimePrepositions) && ids[end - 1] + 1 == date) --end;
  std::vector<size_t> out;
  for (size_t k = 0; k < end; ++k) {
    const std::string& w = toks_[ids[k]].lower;
    if (k < figure && w == "some") continue;
    bool passive = k >= verbs && k + 1 < j && (w == "was" || w == "were");
    if (!passive) out.push_back(ids[k]);
  }
  ids = std::move(out);
}

// "There were 19 trading days in February, compared with 20 [last year] and 21 [in 2025]": for a
// date before it, a comparison after a comma whose own dates the label leaves out says figures of
// no date the label gives ("..., compared with 20 and 21"); it goes to its end (the next comma
// the label keeps, or the label's end). The comparison's own dates keep theirs.
void PhraseWriter::drop_emptied_comparison(std::vector<size_t>& ids) const {
  auto word = [&](size_t k) -> std::string_view {
    return k < ids.size() && !is_marker(ids[k]) ? std::string_view(toks_[ids[k]].lower) : "";
  };
  for (size_t a = 1; a + 2 < ids.size(); ++a) {
    if (word(a) != ",") continue;
    size_t body = 0;
    if (word(a + 1) == "compared" && (word(a + 2) == "with" || word(a + 2) == "to")) body = a + 3;
    else if (word(a + 1) == "versus" || word(a + 1) == "vs") body = a + 2;
    if (body == 0 || body >= ids.size()) continue;
    size_t e = body;
    while (e < ids.size() && word(e) != "," && word(e) != ";") ++e;
    // The comparison in the text: from its comma to the next comma or stop, or the kept word after it.
    size_t end = e < ids.size() && !is_marker(ids[e]) ? ids[e] : toks_.size();
    bool left_out_date = false, own = false;
    for (size_t j = ids[a]; j < end; ++j) {
      if (e == ids.size() && (is_punct(toks_[j], ".") || is_punct(toks_[j], ";")) && toks_[j].timex < 0) break;
      if (toks_[j].timex < 0) continue;
      own = own || toks_[j].timex == focus_ || toks_[j].timex == kept_;
      left_out_date = true;
    }
    if (!left_out_date || own) continue;
    ids.erase(ids.begin() + static_cast<long>(a), ids.begin() + static_cast<long>(e));
    return;
  }
}

// "Visits fell 2.1% from [last year], RetailNext said": a preposition or conjunction whose only
// object was a date left out, right before a comma the label keeps, goes with it ("Visits fell
// 2.1%, RetailNext said"). A verb's particle stays ("Cyprus takes over [on Jan. 1], ...").
void PhraseWriter::drop_stranded_before_comma(std::vector<size_t>& ids) const {
  for (size_t a = 1; a + 1 < ids.size(); ++a) {
    size_t w = ids[a], c = ids[a + 1];
    if (is_marker(w) || is_marker(c) || is_marker(ids[a - 1]) || !is_punct(toks_[c], ",") || w + 1 >= c ||
        !toks_[w].word || !(is(toks_[w], kCutWords) || is(toks_[w], kConjunctions)))
      continue;
    bool date_gap = true;
    for (size_t j = w + 1; j < c && date_gap; ++j) date_gap = toks_[j].timex >= 0;
    if (!date_gap) continue;
    const Token& before = toks_[ids[a - 1]];
    bool particle = ids[a - 1] + 1 == w && (is(toks_[w], kVerbParticles) || is(toks_[w], kPrepositionalParticles)) &&
                    looks_verb(before) && !is(toks_[w], kTimePrepositions);
    if (particle) continue;
    // "noted that [over the past 20 years], Mr. Fournier has built": a word that opens a clause
    // keeps it, and the comma goes instead.
    bool opener = !is(toks_[w], kTimePrepositions) &&
                  (is(toks_[w], kRelativePronouns) || is(toks_[w], kSubordinators) || is(toks_[w], kClauseOpeners));
    ids.erase(ids.begin() + static_cast<long>(opener ? a + 1 : a));
    if (!opener) --a;
  }
}

// Whether the quote mark at token i closes a quotation: a curly closing mark, or a straight one
// right after a word or punctuation mark (not after a space or bracket, nor before a word).
bool PhraseWriter::closing_quote(size_t i) const {
  const Token& t = toks_[i];
  if (t.word) return false;
  if (t.lower == "\u201D") return true;
  if (t.lower != "\"") return false;
  bool after_space = t.begin == 0 || s_[t.begin - 1] == ' ' || s_[t.begin - 1] == '(';
  bool before_word = t.end < s_.size() && s_[t.end] != ' ';
  return !(after_space && before_word);
}

// '"Last winter was the third driest on record," said Kerryn Maddox': a quotation whose opening
// the label left out ends in a closing mark the label must not carry. When what follows it is
// its attribution (a reporting verb within four words: "said Kerryn Maddox", "Annika Solberg told
// a news conference"), the label is the quoted words and the tail goes with the mark; else the
// mark alone goes ('The Salt Road, which won'). All kinds of quotes count: “…”, "…", ``…'', „…“,
// «…», ‹…› and ‘…’ (a ’ closes only an open ‘: else it is an apostrophe, "the players’ union").
// A mark right after a figure that no quote leaves open is an inch mark ('a 12" pipe', "20''",
// "a 55” screen"), which stays; not one before a comma or stop ('by 2027,” she said').
void PhraseWriter::drop_unopened_quote(std::vector<size_t>& ids) const {
  std::string open;  // the kinds of the quotes open, one byte each: 'c' “, 'l' „, 'g' «, 's' ‹, 'q' ‘, '"', 'w' ``
  for (size_t j = 0; j < ids.size(); ++j) {
    if (is_marker(ids[j]) || toks_[ids[j]].word) continue;
    const std::string& q = toks_[ids[j]].lower;
    // Wire copy's ``quotes'': two marks, adjacent.
    bool wire = (q == "`" || q == "'") && j + 1 < ids.size() && ids[j + 1] == ids[j] + 1 &&
                toks_[ids[j + 1]].lower == q && toks_[ids[j + 1]].begin == toks_[ids[j]].end;
    size_t b = toks_[ids[j]].begin;
    size_t e = wire ? toks_[ids[j + 1]].end : toks_[ids[j]].end;
    bool after_figure = b > 0 && std::isdigit(static_cast<unsigned char>(s_[b - 1]));
    bool inch = after_figure && open.empty() &&
                (e >= s_.size() || std::string_view(",.;:!?)").find(s_[e]) == std::string_view::npos);
    char kind = 0;  // an opening mark's kind
    bool closes = false;
    if (q == "\u201E") kind = 'l';
    else if (q == "\u00AB") kind = 'g';
    else if (q == "\u2039") kind = 's';
    else if (q == "\u2018") kind = 'q';
    else if (q == "\u201C") {
      // „…“: after a low opening mark, a high one closes it.
      if (!open.empty() && open.back() == 'l') closes = true;
      else kind = 'c';
    } else if (q == "\u201D" || q == "\u00BB" || q == "\u203A") {
      if (q == "\u201D" && inch) continue;
      closes = true;
    } else if (q == "\u2019") {
      if (open.empty() || open.back() != 'q') continue;  // an apostrophe
      closes = true;
    } else if (q == "\"") {
      if (after_figure) continue;  // an inch mark: 12"
      if (closing_quote(ids[j])) closes = true;
      else kind = '"';
    } else if (wire) {
      if (q == "'" && inch) {
        ++j;
        continue;
      }
      // A '' that opens (after a space, before a word) opens, as curl_wire_quotes() reads it.
      bool wire_opens = q == "`" || ((b == 0 || s_[b - 1] == ' ' || s_[b - 1] == '(') && e < s_.size() && s_[e] != ' ');
      if (wire_opens) kind = 'w';
      else closes = true;
    } else {
      continue;
    }
    if (kind != 0) {
      open += kind;
      j += wire ? 1 : 0;
      continue;
    }
    if (!closes) continue;
    if (!open.empty()) {
      open.pop_back();
      j += wire ? 1 : 0;
      continue;
    }
    bool attribution = false;
    for (size_t k = j + 1, words = 0; k < ids.size() && words < 4 && !attribution; ++k) {
      if (is_marker(ids[k]) || !toks_[ids[k]].word) continue;
      attribution = is(toks_[ids[k]], kReportingVerbs);
      ++words;
    }
    if (attribution && j >= 2) {
      ids.resize(j);
      trim_ends(ids);
      return;
    }
    ids.erase(ids.begin() + static_cast<long>(j), ids.begin() + static_cast<long>(j + (wire ? 2 : 1)));
    --j;
  }
}

// "[2023] was a record year", "[Next year] will be decisive": with the date that was its subject
// gone, the predicate reads as a phrase ("Record year for the airline").
void PhraseWriter::drop_leading_copula(std::vector<size_t>& ids) const {
  auto word = [&](size_t j) -> std::string_view {
    return j < ids.size() && !is_marker(ids[j]) && toks_[ids[j]].word ? std::string_view(toks_[ids[j]].lower) : "";
  };
  size_t n = 0;
  if (word(0) == "is" || word(0) == "was" || word(0) == "are" || word(0) == "were") n = 1;
  bool auxiliary = word(0) == "will" || word(0) == "would" || word(0) == "has" || word(0) == "have" || word(0) == "had";
  if (auxiliary && (word(1) == "be" || word(1) == "been")) n = 2;
  if (n == 0 || ids.size() <= n + 1) return;
  ids.erase(ids.begin(), ids.begin() + static_cast<long>(n));
  trim_ends(ids);
}

// "reopened the quay, three weeks [after the collapse]": a duration set off by a comma at the end
// says nothing alone. ("reached 140 km an hour" keeps its rate.)
// So does a count of time units the tagger left untagged (", weeks [after a train derailed]").
template <class Ids>
void PhraseWriter::drop_trailing_aside_time_in(Ids& ids) const {
  size_t n = ids.size();
  while (n > 0 && !is_marker(ids[n - 1]) && toks_[ids[n - 1]].timex >= 0) --n;
  if (n == ids.size() && n > 0 && !is_marker(ids[n - 1]) && is(toks_[ids[n - 1]], kTimeUnits))
    while (n > 0 && ids.size() - n < 3 && !is_marker(ids[n - 1]) && toks_[ids[n - 1]].word &&
           !looks_verb(toks_[ids[n - 1]]))
      --n;
  if (n < ids.size() && n > 0 && !is_marker(ids[n - 1]) && is_punct(toks_[ids[n - 1]], ",")) ids.resize(n);
}

// Words that needed the date left out after them: "The Fed's next policy meeting is [Dec. 15-16]"
// (an auxiliary), "the jobs report, due [next Friday]" and "will go top, kick-off [3pm]" (one word
// after a comma, the only one, right before the date), "The wall held in 2000 and again [in 2015]"
// (a conjunction and an adverb that repeats the clause, echo-adverbs).
template <class Ids>
void PhraseWriter::drop_dangling_end_in(Ids& ids) const {
  auto before_date = [&] {
    if (ids.empty() || is_marker(ids.back())) return false;
    size_t next = ids.back() + 1;
    return next < toks_.size() && toks_[next].timex >= 0 &&
           (toks_[next].dated || toks_[next].timex == focus_);
  };
  // "Da Silva joined [in 2019] on a contract that runs [until June 2027]": a relative clause whose
  // verb is all that is left of it before another date says nothing of this one; it goes.
  if (ids.size() >= 4 && !is_marker(ids.back()) && !is_marker(ids[ids.size() - 2]) &&
      !is_marker(ids[ids.size() - 3])) {
    size_t v = ids.back();
    const Token& rel = toks_[ids[ids.size() - 2]];
    const Token& noun = toks_[ids[ids.size() - 3]];
    size_t next = v + 1;
    if (next < toks_.size() && is(toks_[next], kTimePrepositions) && toks_[next].timex < 0) ++next;
    // "signed a contract extension [in March] that runs": the focus may come between the noun and "that".
    auto adjacent = [&](size_t a, size_t b) {
      for (size_t i = a + 1; i < b; ++i)
        if (toks_[i].timex != focus_ || focus_ < 0) return false;
      return a < b;
    };
    if (ids[ids.size() - 2] + 1 == v && adjacent(ids[ids.size() - 3], ids[ids.size() - 2]) &&
        (rel.lower == "that" || rel.lower == "which") && noun.word && !looks_verb(noun) &&
        // "that runs [until ...]": a word in -s right after "that" and before a date is its verb.
        (looks_verb(toks_[v]) || (toks_[v].word && !toks_[v].cap && toks_[v].lower.size() > 3 && toks_[v].lower.ends_with("s"))) &&
        next < toks_.size() && toks_[next].timex >= 0 && toks_[next].timex != focus_) {
      ids.resize(ids.size() - 2);
      trim_ends(ids);
      return;
    }
  }
  // "The vote was [Tuesday]": a copula the date completes goes, even when one word is left.
  if (ids.size() == 2 && before_date() && !is_marker(ids[0]) && !is_marker(ids[1]) &&
      is(toks_[ids[1]], kBeForms) && toks_[ids[0]].word && ids[0] + 1 == ids[1]) {
    ids.pop_back();
    return;
  }
  // "The line was closed for most [of last year]", "losses in each [of the past three quarters]":
  // a word that counts a part of the date left out goes with it, and its preposition too.
  if (ids.size() >= 3 && !is_marker(ids.back()) && !is_marker(ids[ids.size() - 2]) &&
      is(toks_[ids.back()], kPartitiveWords) && is(toks_[ids[ids.size() - 2]], kCutWords) &&
      ids[ids.size() - 2] + 1 == ids.back()) {
    size_t of = ids.back() + 1, date = of + 1;
    if (of < toks_.size() && toks_[of].lower == "of" && toks_[of].timex >= 0) date = of;
    if (of < toks_.size() && toks_[of].lower == "of" && date < toks_.size() && toks_[date].timex >= 0 &&
        (toks_[date].dated || toks_[date].timex == focus_)) {
      ids.resize(ids.size() - 2);
      trim_ends(ids);
      return;
    }
  }
  if (!before_date() || ids.size() < 3) return;
  const Token& last = toks_[ids.back()];
  const Token& prev = toks_[ids[ids.size() - 2]];
  bool prev_word = !is_marker(ids[ids.size() - 2]);
  if (is(last, kAuxiliaries)) {
    ids.pop_back();
    // "closed higher [on Friday] than it had [on Thursday]": the comparison's pronoun and
    // "than" go with the auxiliary.
    size_t n = ids.size();
    if (n >= 3 && !is_marker(ids[n - 1]) && !is_marker(ids[n - 2]) &&
        (is(toks_[ids[n - 1]], kSubjectPronouns) || is(toks_[ids[n - 1]], kNeuterPronouns)) &&
        (toks_[ids[n - 2]].lower == "than" || toks_[ids[n - 2]].lower == "as"))
      ids.resize(n - 2);
  } else if (prev_word && is(last, kEchoAdverbs) && is(prev, kConjunctions)) {
    ids.resize(ids.size() - 2);

  } else if (prev_word && ids.size() >= 4 && is_punct(prev, ",") && last.word && !last.cap &&
             std::isalpha(static_cast<unsigned char>(last.lower[0])) &&
             !is(toks_[ids.back() + 1], kTimePrepositions) &&
             std::none_of(ids.begin(), ids.end() - 2,
                          [&](size_t i) { return !is_marker(i) && is_punct(toks_[i], ","); })) {
    // Not the end of an aside ("at the Newark, N.J., airport [in December]").

    ids.resize(ids.size() - 2);
  } else {
    return;
  }
  trim_ends(ids);
}

// Emoji and pictographs ("\U0001F6A8", "\u2705") go: a label is a phrase, and the fonts a figure
// names have no glyphs for them (they would draw as boxes). Spaces they leave double are merged.
void PhraseWriter::drop_pictographs(std::string& out) {
  std::string kept;
  for (size_t i = 0, n = 0; i < out.size(); i += n) {
    bool pictograph = is_pictograph(decode_at(out, i, n));
    if (!pictograph && !(out[i] == ' ' && (kept.empty() || kept.back() == ' '))) kept.append(out, i, n);
  }
  while (!kept.empty() && kept.back() == ' ') kept.pop_back();
  out = std::move(kept);
}

// Wire copy's ``quotes'' are written as the curly quotes they stand for, so that a label
// that stops inside one closes it. A '' that opens (after a space, before a word) opens; one
// right after a figure with no `` before it is an inch mark ("20''"), which stays.
void PhraseWriter::curl_wire_quotes(std::string& out) {
  size_t opened = 0;
  for (size_t i = out.find("``"); i != std::string::npos; i = out.find("``", i)) {
    out.replace(i, 2, "\u201C");
    ++opened;
  }
  for (size_t i = out.find("''"); i != std::string::npos; i = out.find("''", i)) {
    bool opens = (i == 0 || out[i - 1] == ' ') && i + 2 < out.size() && out[i + 2] != ' ';
    if (!opens && opened == 0 && i > 0 && std::isdigit(static_cast<unsigned char>(out[i - 1]))) {
      i += 2;
      continue;
    }
    if (!opens && opened > 0) --opened;
    out.replace(i, 2, opens ? "\u201C" : "\u201D");
  }
}

// A quotation the label stops inside ('She said: "We are not back to normal yet') is closed, with
// the mark that closes its kind: “…”, „…“, «…», ‹…›, ‘…’, "…". Only a quote the label opens
// counts: not a closing one whose opening was cut ('rebuild," Park said') nor an inch mark ('a
// 12" pipe'). A straight quote opens after a space or bracket, before a word; a ’ before a letter
// is an apostrophe.
void PhraseWriter::close_quotes(std::string& out) {
  // Each opening mark with the mark that closes it; „ is closed by “ (or ”, as in Polish).
  static constexpr std::string_view kOpen[] = {"\u201C", "\u201E", "\u00AB", "\u2039", "\u2018"};
  static constexpr std::string_view kClose[] = {"\u201D", "\u201C", "\u00BB", "\u203A", "\u2019"};
  auto closes = [](size_t kind, std::string_view mark) { return mark == kClose[kind] || (kind == 1 && mark == "\u201D"); };
  std::vector<size_t> open;  // kinds, innermost last
  size_t straight = 0;
  for (size_t i = 0, n = 1; i < out.size(); i += n) {
    n = 1;
    if (out[i] == '"') {
      bool opens = (i == 0 || out[i - 1] == ' ' || out[i - 1] == '(') && i + 1 < out.size() && out[i + 1] != ' ';
      if (opens) ++straight;
      else straight -= straight > 0 ? 1 : 0;
      continue;
    }
    if (static_cast<unsigned char>(out[i]) < 0x80) continue;
    decode_at(out, i, n);
    std::string_view mark = std::string_view(out).substr(i, n);
    // A ’ before a letter is an apostrophe ("‘the city’s best’").
    if (mark == "\u2019" && i + n < out.size() && std::isalpha(static_cast<unsigned char>(out[i + n]))) continue;
    auto inner = std::find_if(open.rbegin(), open.rend(), [&](size_t kind) { return closes(kind, mark); });
    if (inner != open.rend() && (inner == open.rbegin() || mark != "\u201C")) {
      open.erase(std::prev(inner.base()), open.end());
      continue;
    }
    for (size_t kind = 0; kind < std::size(kOpen); ++kind)
      if (mark == kOpen[kind]) open.push_back(kind);
  }
  for (size_t k = open.size(); k-- > 0;) out += kClose[open[k]];
  for (; straight > 0; --straight) out += '"';
}

bool PhraseWriter::is_marker(size_t i) const { return i >= toks_.size(); }

// The length in ids of the dash at ids[j]: "\u2014", a spaced "\u2013", two or more hyphens
// ("--", "----") or a spaced "_" as wire copy writes them; 0 when there is none.
size_t PhraseWriter::dash_at(const std::vector<size_t>& ids, size_t j) const {
  if (j >= ids.size() || is_marker(ids[j]) || toks_[ids[j]].word) return 0;
  const std::string& p = toks_[ids[j]].lower;
  if (p == "\u2014" || p == "\u2013" || p == "_") return 1;
  size_t n = 0;
  while (j + n < ids.size() && !is_marker(ids[j + n]) && is_punct(toks_[ids[j + n]], "-") &&
         (n == 0 || toks_[ids[j + n - 1]].end == toks_[ids[j + n]].begin))
    ++n;
  return n >= 2 ? n : 0;
}

// "tens of thousands of women -- hundreds visibly pregnant -- marched": an aside between two
// dashes goes.
void PhraseWriter::drop_dash_asides(std::vector<size_t>& ids) const {
  for (size_t j = 1; j < ids.size(); ++j) {
    size_t open = dash_at(ids, j);
    if (open == 0) continue;
    size_t close = j + open;
    while (close < ids.size() && close < j + 30 && dash_at(ids, close) == 0) ++close;
    if (close >= ids.size() || close >= j + 30) return;
    // An aside that holds the date being labelled says what happened then.
    bool holds_focus = false;
    for (size_t i = ids[j]; i < ids[close] && i < toks_.size(); ++i) holds_focus = holds_focus || (focus_ >= 0 && toks_[i].timex == focus_);
    if (holds_focus) {
      j = close;
      continue;
    }
    ids.erase(ids.begin() + static_cast<long>(j), ids.begin() + static_cast<long>(close + dash_at(ids, close)));
    --j;
  }
}

// "the Shanghai Cooperation Organization (SCO)" -> "the SCO"; other parentheticals go.
void PhraseWriter::replace_parentheticals(std::vector<size_t>& ids) const {
  for (size_t j = 0; j < ids.size(); ++j) {
    if (is_marker(ids[j]) || !is_punct(toks_[ids[j]], "(")) continue;
    size_t close = j + 1;
    while (close < ids.size() && (is_marker(ids[close]) || !is_punct(toks_[ids[close]], ")"))) ++close;
    if (close >= ids.size()) return;
    bool acronym = close == j + 2 && is_acronym(toks_[ids[j + 1]]);
    size_t name = j;
    while (acronym && name > 0 && !is_marker(ids[name - 1]) && toks_[ids[name - 1]].cap) --name;
    // "the Mid-Year Economic and Fiscal Outlook (MYEFO)", "the Department of Health and Social Care
    // (DHSC)": a name may join its capitalised words with "and", "of", "for" or a hyphen; it then
    // reaches back as far as the initials of its capitalised words spell the acronym's capitals
    // ("Ukrainian and United Nations (UN)" keeps "Ukrainian and": UUN is not UN).
    if (acronym && name > 1) {
      size_t linked = name;
      auto link = [&](size_t k) {  // ids[k] joins two capitalised words of one name
        if (k == 0 || is_marker(ids[k]) || is_marker(ids[k - 1]) || !toks_[ids[k - 1]].cap) return false;
        const Token& t = toks_[ids[k]];
        return t.lower == "and" || t.lower == "of" || t.lower == "for" || t.lower == "&" || is_punct(t, "-");
      };
      while (linked > 1 && link(linked - 1)) {
        linked -= 2;
        while (linked > 0 && !is_marker(ids[linked - 1]) && toks_[ids[linked - 1]].cap) --linked;
      }
      const Token& short_name = toks_[ids[j + 1]];
      std::string capitals;
      for (char c : s_.substr(short_name.begin, short_name.end - short_name.begin))
        if (std::isupper(static_cast<unsigned char>(c))) capitals += c;
      for (size_t k = linked; k < name; ++k) {
        if (!toks_[ids[k]].cap || !toks_[ids[k]].word) continue;
        std::string initials;
        for (size_t m = k; m < j; ++m) {
          const Token& t = toks_[ids[m]];
          if (is_marker(ids[m]) || !t.word || !t.cap || t.lower.empty()) continue;
          std::string_view w = s_.substr(t.begin, t.end - t.begin);  // "Mid-Year": M and Y
          for (size_t i = 0; i < w.size(); ++i)
            if (i == 0 || (w[i - 1] == '-' && std::isupper(static_cast<unsigned char>(w[i]))))
              initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[i])));
        }
        if (initials == capitals) {
          name = k;
          break;
        }
      }
    }
    if (acronym && j - name >= 2) {
      size_t keep = ids[j + 1];
      ids.erase(ids.begin() + static_cast<long>(name), ids.begin() + static_cast<long>(close + 1));
      ids.insert(ids.begin() + static_cast<long>(name), keep);
      j = name;
    } else {
      ids.erase(ids.begin() + static_cast<long>(j), ids.begin() + static_cast<long>(close + 1));
      --j;
    }
  }
}

bool PhraseWriter::is_acronym(const Token& t) {
  return t.word && t.lower.size() >= 2 && std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return !std::isdigit(static_cast<unsigned char>(c)); }) &&
         std::string_view(t.lower) != "us";
}

// ", an Afghan neighbor," and ", the membership of which includes ...,": asides between commas.
void PhraseWriter::drop_insertions(std::vector<size_t>& ids) const {
  for (size_t j = 0; j < ids.size(); ++j) {
    if (is_marker(ids[j]) || !is_punct(toks_[ids[j]], ",") || j + 1 >= ids.size() || is_marker(ids[j + 1])) continue;
    size_t close = j + 1;
    while (close < ids.size() && close < j + 14 && (is_marker(ids[close]) || !is_punct(toks_[ids[close]], ","))) ++close;
    // "$46.9 million, or 91 cents a share,": the same amount put another way goes, up to the
    // next comma or the end.
    if (restated_amount(ids, j) && close < j + 14) {
      ids.erase(ids.begin() + static_cast<long>(j), ids.begin() + static_cast<long>(std::min(close + 1, ids.size())));
      --j;
      continue;
    }
    if (close >= ids.size() || close >= j + 14) continue;
    const Token& first = toks_[ids[j + 1]];
    if (close == j + 1) {  // "The crane, [in 2011], fell": nothing left between the commas
      bool verb_next = close + 1 < ids.size() && !is_marker(ids[close + 1]) && looks_verb(toks_[ids[close + 1]]);
      ids.erase(ids.begin() + static_cast<long>(j), ids.begin() + static_cast<long>(verb_next ? j + 2 : j + 1));
      --j;
      continue;
    }
    // "The latest quarter's results, however, included": a discourse word between commas goes
    // with them, before it lets the next comma open a long aside ("Results, however or 20 cents").
    if (close == j + 2 && is(first, kDiscourse) && close + 1 < ids.size() && !is_marker(ids[close + 1])) {
      ids.erase(ids.begin() + static_cast<long>(j), ids.begin() + static_cast<long>(close + 1));
      --j;
      continue;
    }
    bool number = close == j + 2 && std::isdigit(static_cast<unsigned char>(first.lower[0]));  // ", 61,"
    bool participle = (looks_verb(first) && (first.lower.ends_with("ed") || first.lower.ends_with("ing"))) ||  // ", installed [in 2011],"
                      (is(first, kAsideAdjectives) && j + 3 < close && !is_marker(ids[j + 2]) &&
                       toks_[ids[j + 2]].lower == "to" && !is_marker(ids[j + 3]) &&
                       aside_infinitive(toks_[ids[j + 3]]));  // ", due to open [in August],"
    // ", R-Ind.,": a US politician's party and state.
    bool party = first.lower.size() >= 4 && std::string_view("dri").find(first.lower[0]) != std::string_view::npos &&
                 first.lower[1] == '-' && std::isalpha(static_cast<unsigned char>(first.lower[2])) && close - j <= 3;
    // A long stretch between commas is an aside, unless the amount it ends with is put another
    // way after it: ", for example, net was $10.5 million, or $1.05 a share," is the clause.
    bool restated = restated_amount(ids, close);
    // "Norwood, Mass.-based Phoenix,": a state glued to "-based" names where the firm is.
    bool based = std::any_of(ids.begin() + static_cast<long>(j + 1),
                             ids.begin() + static_cast<long>(close), [&](size_t i) {
                               return !is_marker(i) && toks_[i].lower == "based" && i > 0 &&
                                      is_punct(toks_[i - 1], "-") &&
                                      toks_[i - 1].end == toks_[i].begin;
                             });
    if (based) continue;
    // ", a Dayton, Ohio-based maker of heaters,": the aside goes on past its place's state.
    if (close + 1 < ids.size() && !is_marker(ids[close + 1]) && toks_[ids[close + 1]].cap &&
        toks_[ids[close + 1]].lower.ends_with("-based")) {
      size_t more = close + 1;
      while (more < ids.size() && more < close + 14 && (is_marker(ids[more]) || !is_punct(toks_[ids[more]], ","))) ++more;
      if (more < ids.size() && more < close + 14) close = more;
    }
    bool aside = is(first, kArticles) || is(first, kRelatives) || is(first, kPossessives) ||
                 (close - j > 4 && !restated) || number || participle || party;
    if (!aside || is(first, kConjunctions)) continue;
    // "Hartwell, 54, a former state treasurer, called": the age's closing comma opens the next
    // aside, so it stays for that to be dropped too.
    // ", based in Dayton, Ohio,": a place's state or country after the aside's comma is in it.
    if (participle) close = place_continued(ids, close);
    bool next_aside = number && close + 1 < ids.size() && !is_marker(ids[close + 1]) &&
                      (is(toks_[ids[close + 1]], kArticles) || is(toks_[ids[close + 1]], kPossessives));
    ids.erase(ids.begin() + static_cast<long>(j), ids.begin() + static_cast<long>(next_aside ? close : close + 1));
    --j;
  }
}

// The comma that ends one to three capitalised words ("Ohio", "New South Wales", "N.J.") right
// after the comma ids[close], when a capitalised word ends the aside before it ("based in
// Dayton"); else `close`.
size_t PhraseWriter::place_continued(const std::vector<size_t>& ids, size_t close) const {
  if (close == 0 || is_marker(ids[close - 1]) || !toks_[ids[close - 1]].word || !toks_[ids[close - 1]].cap)
    return close;
  size_t j = close + 1, words = 0;
  for (; j < ids.size() && j < close + 7 && !is_marker(ids[j]); ++j) {
    const Token& t = toks_[ids[j]];
    if (t.word && t.cap && t.timex < 0 && !is(t, kArticles) && !is(t, kPronouns)) ++words;
    else if (!(is_punct(t, ".") && t.begin == toks_[ids[j - 1]].end)) break;
  }
  if (words == 0 || words > 3 || j >= ids.size() || is_marker(ids[j]) || !is_punct(toks_[ids[j]], ","))
    return close;
  return j;
}

// True when ids[j] is a comma after an amount and ", or" and another amount follow it.
bool PhraseWriter::restated_amount(const std::vector<size_t>& ids, size_t j) const {
  auto number = [&](size_t k) {
    if (k >= ids.size() || is_marker(ids[k])) return false;
    const Token& t = toks_[ids[k]];
    return std::isdigit(static_cast<unsigned char>(t.lower[0])) ||
           kCurrencySigns.contains(t.lower) || kAmountUnits.contains(t.lower);
  };
  return j > 0 && number(j - 1) && j + 2 < ids.size() && !is_marker(ids[j + 1]) && toks_[ids[j + 1]].lower == "or" &&
         number(j + 2);
}

// Where the person's name starts in the "of" phrase of a title that begins at ids[from]
// ("[the] Bank of England Andrew Bailey said"), else 0. The phrase runs over words that are no
// verb; the name is the last two of its closing capitalised words when there are three or more
// ("State Antony Blinken"), or two that follow a lower-case noun ("the board of directors Marta
// Quist"), neither a word of organisations. ("New South Wales" still reads as a place and a name.)
size_t PhraseWriter::name_after_of(const std::vector<size_t>& ids, size_t from) const {
  auto glued_dot = [&](size_t p) {
    return p > from && !is_marker(ids[p]) && !is_marker(ids[p - 1]) &&
           is_punct(toks_[ids[p]], ".") && toks_[ids[p - 1]].word &&
           toks_[ids[p]].begin == toks_[ids[p - 1]].end;
  };
  auto in_phrase = [&](size_t p) {
    if (p >= ids.size() || p >= from + 16 || is_marker(ids[p])) return false;
    const Token& t = toks_[ids[p]];
    return (t.word && !looks_verb(t) && !is(t, kReportingVerbs) && t.timex < 0) || glued_dot(p);
  };
  auto capital = [&](size_t p) { return glued_dot(p) || toks_[ids[p]].cap; };
  // Each run of capitalised words that closes before a lower-case word or the phrase's end may
  // end with the name: "the U.S. Federal Bureau | of Investigation Louis Freeh | said".
  for (size_t end = from + 1; end <= ids.size() && in_phrase(end - 1); ++end) {
    if (!capital(end - 1) || (in_phrase(end) && capital(end))) continue;
    size_t run = end, words = 0;
    while (run > from && capital(run - 1)) {
      if (toks_[ids[run - 1]].word) ++words;
      --run;
    }
    if (words < 2) continue;
    size_t name = end;
    for (size_t taken = 0; taken < 2;) {
      --name;
      if (toks_[ids[name]].word) ++taken;
    }
    // "Louis J. Freeh": an initial takes the word before it along.
    if (toks_[ids[name]].lower.size() == 1 && name > run + 1 && toks_[ids[name - 1]].word) --name;
    const Token& before = toks_[ids[run > from ? run - 1 : from]];
    bool after_noun = run > from && before.word && !before.cap && !is(before, kArticles) &&
                      !is(before, kCutWords) && !is(before, kConjunctions);
    if (words < 3 && !after_noun) continue;
    // "commander of the Space Shuttle Columbia for a mission": a name goes on with its verb, not
    // a preposition.
    if (end < ids.size() && !is_marker(ids[end]) && is(toks_[ids[end]], kCutWords) &&
        toks_[ids[end]].lower != "that" && toks_[ids[end]].lower != "and" &&
        toks_[ids[end]].lower != "who")
      continue;
    bool organisation = false;
    for (size_t p = name; p < end; ++p)
      organisation =
          organisation || is(toks_[ids[p]], kOrganisationWords) || is(toks_[ids[p]], kTitles);
    if (!organisation) return name;
  }
  return 0;
}

// "Russian President Vladimir Putin" -> "Vladimir Putin"; "former Afghan president Hamid Karzai" too.
void PhraseWriter::shorten_titles(std::vector<size_t>& ids) const {
  for (size_t j = 0; j < ids.size(); ++j) {
    if (is_marker(ids[j]) || !(is(toks_[ids[j]], kTitles) || is(toks_[ids[j]], kFirmDescriptors))) continue;
    bool firm = !is(toks_[ids[j]], kTitles);
    // A descriptor is written in lower case but at the sentence's start ("Maker Studios" is a name).
    if (firm && toks_[ids[j]].cap && ids[j] != 0) continue;
    size_t name = j + 1;
    // "Gov. Tina Morales": an abbreviated title's dot.
    if (name < ids.size() && !is_marker(ids[name]) && is_punct(toks_[ids[name]], ".") &&
        toks_[ids[name]].begin == toks_[ids[j]].end)
      ++name;
    // "Secretary of State Antony Blinken", "Director of the Federal Bureau of Investigation Louis
    // Freeh"; but not "head of the militia".
    if (name + 1 < ids.size() && !is_marker(ids[name]) && toks_[ids[name]].lower == "of") {
      name = name_after_of(ids, name + 1);
      if (name == 0) continue;
    }
    if (name >= ids.size() || is_marker(ids[name]) || !toks_[ids[name]].cap || is(toks_[ids[name]], kTitles)) continue;
    // "General Motors Corp.", "General Electric": a company's name, not a title and a person's.
    bool company = false;
    for (size_t k = name; k < ids.size() && k < name + 4 && !is_marker(ids[k]); ++k) {
      const Token& t = toks_[ids[k]];
      if (is_punct(t, ".")) continue;
      if (!t.word || !t.cap) break;
      company = company || is(t, kOrganisationWords);
    }
    if (company && !firm) continue;
    // Back over the words that qualify the title ("former port", "Russian", "the city's police").
    size_t start = j;
    while (start > 0 && !is_marker(ids[start - 1])) {
      const Token& t = toks_[ids[start - 1]];
      // "Dock workers' union leader": a plural possessive's apostrophe, glued to its word.
      bool apostrophe = (is_punct(t, "'") || is_punct(t, "\u2019")) && start > 1 && !is_marker(ids[start - 2]) &&
                        toks_[ids[start - 2]].word && toks_[ids[start - 2]].end == t.begin;
      if (apostrophe) {
        --start;
        continue;
      }
      // "U.S. District Judge": an abbreviated place before the title, its last dot glued to it.
      if (is_punct(t, ".") && start > 1 && !is_marker(ids[start - 2])) {
        const Token& w = toks_[ids[start - 2]];
        std::string_view text = s_.substr(w.begin, w.end - w.begin);
        if (w.word && w.cap && w.end == t.begin && text.find('.') != std::string_view::npos) {
          start -= 2;
          continue;
        }
      }
      // "Mrs Justice Fenwick", "Lord Justice Hale": a title of sex before the post stays with the
      // surname ("Mrs Fenwick"), as it does with its dot ("Mrs. Justice Fenwick").
      if (!t.word || is(t, kArticles) || is(t, kCutWords) || is(t, kConjunctions) ||
          looks_verb(t) || is(t, kPossessives) || is(t, kRelatives) || is(t, kReportingVerbs) ||
          is(t, kMaleTitles) || is(t, kFemaleTitles))
        break;
      --start;
    }
    if (start > 0 && !is_marker(ids[start - 1]) && is(toks_[ids[start - 1]], kArticles)) --start;
    ids.erase(ids.begin() + static_cast<long>(start), ids.begin() + static_cast<long>(name));
    j = start;
  }
}

template <class Ids>
void PhraseWriter::trim_ends_in(Ids& ids) const {
  auto junk_front = [&](size_t i) {
    // "$310 million buyout took place": a currency sign before its amount stays.
    if (!is_marker(i) && !toks_[i].word && kCurrencySigns.contains(toks_[i].lower) && i + 1 < toks_.size() &&
        toks_[i + 1].word && std::isdigit(static_cast<unsigned char>(toks_[i + 1].lower[0])))
      return false;
    return is_marker(i) || !toks_[i].word || is(toks_[i], kArticles) || is(toks_[i], kConjunctions) ||
           is(toks_[i], kDiscourse) || is(toks_[i], kRelatives) || toks_[i].lower == "that";
  };
  // "bonds due", "lower than": a word that wants what follows; not a predicate ("will be due").
  auto dangling = [&](size_t i) {
    return is(toks_[i], kDanglingWords) && !(i > 0 && is(toks_[i - 1], kAuxiliaries));
  };
  // A possessive last has lost its noun ("in its"); "her" may be an object ("met her").
  auto junk_back = [&](size_t i) {
    return is_marker(i) || !toks_[i].word || is(toks_[i], kConjunctions) ||
           is(toks_[i], kCutWords) || is(toks_[i], kArticles) || dangling(i) ||
           (is(toks_[i], kPossessives) && toks_[i].lower != "her");
  };
  // "Mike Dunn took over", "Rebels pushed through": a particle right after its verb ends a label
  // well.
  auto particle = [&]() {
    if (ids.size() < 2 || is_marker(ids.back()) || is_marker(ids[ids.size() - 2])) return false;
    const Token& t = toks_[ids.back()];
    const Token& verb = toks_[ids[ids.size() - 2]];
    // "was sworn in [on Tuesday]": a preposition that the time phrase's own preposition follows
    // was left to the verb.
    // So was one before a deictic date, which takes no preposition ("will be switched on [next
    // Saturday]", "moved in [last year]").
    // But a deictic word before a day's or a month's name may take "on" ("will be signed on
    // [next Monday]"): there only a verb known to take the particle keeps it.
    size_t after = ids.back() + 1;
    bool named_day = after + 1 < toks_.size() && is(toks_[after], kDeictic) && toks_[after + 1].cap &&
                     toks_[after + 1].timex >= 0;
    bool left = is(t, kPrepositionalParticles) && after < toks_.size() && toks_[after].timex >= 0 &&
                (is(toks_[after], kTimePrepositions) ||
                 (is(toks_[after], kDeictic) &&
                  (!named_day || kParticleVerbs.contains(verb.lower + " " + t.lower))));
    bool word = is(t, kVerbParticles) || left;
    // "was sworn in": a word after an auxiliary is a participle.
    size_t v = ids[ids.size() - 2];
    bool participle = v > 0 && is(toks_[v - 1], kAuxiliaries) && verb.word && !verb.cap;
    // "the operation was over", "shares were down": after a form of "be" the word is the
    // predicate.
    // "Cyprus takes over", "she steps down": a present in -s after a name or a pronoun right
    // before it is a verb too.
    size_t n = ids.size();
    bool present = n >= 3 && !is_marker(ids[n - 3]) && ids[n - 3] + 1 == v &&
                   present_after_subject(verb, toks_[ids[n - 3]]);
    return word && v + 1 == ids.back() && (!is(verb, kAuxiliaries) || (is(verb, kBeForms) && is(t, kVerbParticles))) &&
           (looks_verb(verb) || is(verb, kParticiples) || participle || present);
  };
  // "Overseas, G20 leaders meet", "Domestically, retail sales fell": an adverb set off by a
  // comma at the start says where or how, not what happened.
  auto fronted_adverb = [&]() {
    if (ids.size() < 3 || is_marker(ids[0]) || is_marker(ids[1]) || !is_punct(toks_[ids[1]], ",") ||
        !toks_[ids[0]].word)
      return false;
    const std::string& w = toks_[ids[0]].lower;
    if (is(toks_[ids[0]], kFrontedAdverbs)) return true;
    for (size_t n = 3; n <= kAdverbEndings.longest() && n + 3 <= w.size(); ++n)
      if (kAdverbEndings.contains(std::string_view(w).substr(w.size() - n))) return true;
    return false;
  };
  // "Dayton, Ohio-based Acme Corp. said": where a firm is based, before its name, goes.
  auto based_prefix = [&]() -> size_t {
    for (size_t j = 0; j + 2 < ids.size() && j < 8; ++j) {
      if (is_marker(ids[j])) return 0;
      const Token& t = toks_[ids[j]];
      bool based = (t.lower.ends_with("-based") && t.cap) ||  // "Ohio-based"; "Mass.-based"
                   (t.lower == "based" && j >= 2 && is_punct(toks_[ids[j - 1]], "-") &&
                    toks_[ids[j - 1]].begin == toks_[ids[j - 2]].end);
      if (based && !is_marker(ids[j + 1]) && toks_[ids[j + 1]].word && toks_[ids[j + 1]].cap) return j + 1;
      if (!(t.word && t.cap) && !is_punct(t, ",") && !is_punct(t, ".") && !is_punct(t, "-")) return 0;
    }
    return 0;
  };
  if (size_t n = based_prefix(); n > 0) ids.erase(ids.begin(), ids.begin() + static_cast<long>(n));
  // A quoted title that opens the label keeps its marks and words: '"An Enemy of the People"
  // runs', not 'Enemy of the People" runs'.
  auto quote = [&](size_t i) {
    return !is_marker(i) && !toks_[i].word &&
           (toks_[i].lower == "\"" || toks_[i].lower == "\u201c" || toks_[i].lower == "\u201d");
  };
  // A title: a few words, the last no mark and right before the quote in the text, then the words
  // of its clause (not a quoted saying: '"We will win," she said').
  auto quoted_title = [&]() {
    constexpr size_t kTitle = 8;  // words of a title at most
    if (ids.size() < 4 || !quote(ids[0]) || is_marker(ids[1]) || !toks_[ids[1]].cap) return false;
    for (size_t q = 2; q < ids.size() && q <= kTitle + 1; ++q) {
      if (is_marker(ids[q])) return false;
      if (!quote(ids[q])) continue;
      return toks_[ids[q - 1]].word && ids[q - 1] + 1 == ids[q] && q + 1 < ids.size() &&
             !is_marker(ids[q + 1]) && toks_[ids[q + 1]].word;
    }
    return false;
  };
  while (!ids.empty() && !quoted_title() && (junk_front(ids.front()) || fronted_adverb())) ids.erase(ids.begin());
  // A closing bracket and a per cent sign ("rose 3%") belong to what they end.
  while (!ids.empty() && junk_back(ids.back()) && !particle() &&
         (is_marker(ids.back()) ||
          !(is_punct(toks_[ids.back()], ")") || is_punct(toks_[ids.back()], "%"))))
    ids.pop_back();
}

// "... the level for the April-June quarter [on 25 February], and the figure [for the summer on
// or around 27 May]": an object after ", and" whose date is left out says nothing without it (the
// clause's verb was left out too); it goes with its comma and conjunction, when a date left out
// ends the clause before the comma as well (not a list: "bought apples, and the pears [on
// Monday]"), and it names no one (a list's last item: "visited Poland [on Monday], Hungary [on
// Tuesday], and the Czech Republic [on Wednesday]").
void PhraseWriter::drop_gapped_object_end(std::vector<size_t>& ids) const {
  if (ids.size() < 5 || is_marker(ids.back())) return;
  // The date right after the object, maybe after its preposition and article ("for the summer").
  size_t d = ids.back() + 1;
  while (d < toks_.size() && d < ids.back() + 3 && toks_[d].timex < 0 &&
         (is(toks_[d], kTimePrepositions) || is(toks_[d], kArticles)))
    ++d;
  if (d >= toks_.size() || toks_[d].timex < 0) return;
  for (size_t q = ids.size() - 1; q-- > 0 && q + 9 > ids.size();) {
    if (is_marker(ids[q]) || !is_punct(toks_[ids[q]], ",")) continue;
    if (q + 3 >= ids.size() || ids[q] == 0 || toks_[ids[q] - 1].timex < 0) return;
    const Token& conj = toks_[ids[q + 1]];
    const Token& det = toks_[ids[q + 2]];
    if ((conj.lower != "and" && conj.lower != "or") ||
        !(is(det, kArticles) || is(det, kPossessives)))
      return;
    for (size_t j = q + 1; j < ids.size(); ++j)
      if (is_marker(ids[j]) || (j > 0 && ids[j] != ids[j - 1] + 1) || looks_verb(toks_[ids[j]]))
        return;
    if (toks_[ids[q + 3]].cap) return;  // a name: rather a list's last item
    ids.erase(ids.begin() + static_cast<long>(q), ids.end());
    return;
  }
}

// "She has visited Paris often, most recently [in March]": an adverb after a comma that its date
// completes says nothing once the date is left out; it goes with its comma. Not an adverb of the
// clause ("prices rose sharply [in March]"), which no comma sets off.
void PhraseWriter::drop_dangling_adverb_end(std::vector<size_t>& ids) const {
  if (ids.size() < 4 || is_marker(ids.back()) || ids.back() + 1 >= toks_.size()) return;
  size_t d = ids.back() + 1;
  if (d < toks_.size() && toks_[d].timex < 0 && is(toks_[d], kTimePrepositions)) ++d;
  if (d >= toks_.size() || toks_[d].timex < 0 || !toks_[d].dated) return;
  size_t n = ids.size();
  auto adverb = [&](size_t j) {
    const Token& t = toks_[ids[j]];
    return !is_marker(ids[j]) && t.word && !t.cap &&
           (t.lower.ends_with("ly") || t.timex >= 0 || t.lower == "most");
  };
  size_t q = n;
  while (q > n - 3 && q > 1 && adverb(q - 1)) --q;
  if (q == n || !(toks_[ids[n - 1]].lower.ends_with("ly")) || is_marker(ids[q - 1]) ||
      !is_punct(toks_[ids[q - 1]], ","))
    return;
  for (size_t j = q; j < n; ++j)
    if (ids[j] != ids[j - 1] + 1) return;
  ids.erase(ids.begin() + static_cast<long>(q) - 1, ids.end());
}

void PhraseWriter::trim_ends(std::vector<size_t>& ids) const { trim_ends_in(ids); }
void PhraseWriter::trim_ends(IdRange& ids) const { trim_ends_in(ids); }
void PhraseWriter::drop_trailing_aside_time(std::vector<size_t>& ids) const { drop_trailing_aside_time_in(ids); }
void PhraseWriter::drop_trailing_aside_time(IdRange& ids) const { drop_trailing_aside_time_in(ids); }
void PhraseWriter::drop_dangling_end(std::vector<size_t>& ids) const { drop_dangling_end_in(ids); }
void PhraseWriter::drop_dangling_end(IdRange& ids) const { drop_dangling_end_in(ids); }

// Whether render() puts a space before ids[j] (j > 0): not between tokens written together in
// the sentence, before a comma or closing mark, nor after an opening bracket.
bool PhraseWriter::space_before(const std::vector<size_t>& ids, size_t j) const {
  if (is_marker(ids[j])) return false;
  const Token& t = toks_[ids[j]];
  bool adjacent = !is_marker(ids[j - 1]) && ids[j - 1] + 1 == ids[j] && toks_[ids[j - 1]].end == t.begin;
  bool tight = !t.word && (t.lower == "," || t.lower == ")" || t.lower == ";" || t.lower == ".");
  bool after_open = !is_marker(ids[j - 1]) && is_punct(toks_[ids[j - 1]], "(");
  return !adjacent && !tight && !after_open;
}

std::string PhraseWriter::render(const std::vector<size_t>& ids) const {
  std::string out;
  for (size_t j = 0; j < ids.size(); ++j) {
    if (is_marker(ids[j])) { out += ":"; continue; }
    if (j > 0 && space_before(ids, j)) out += ' ';
    append_token(out, ids, j);
  }
  return out;
}

// "a" or "an" agrees with the word after it when words between were left out ("a third-quarter
// earnings report" -> "an earnings report", "an August meeting" -> "a meeting"): +1 when the
// article at ids[j] gains an "n", -1 when it loses one, else 0. Words starting with "h", "u" or a
// digit are left as written.
int PhraseWriter::article_change(const std::vector<size_t>& ids, size_t j) const {
  const Token& t = toks_[ids[j]];
  if ((t.lower != "a" && t.lower != "an") || j + 1 >= ids.size() || is_marker(ids[j + 1]) || ids[j + 1] == ids[j] + 1)
    return 0;
  const Token& next = toks_[ids[j + 1]];
  if (!next.word || is(next, kCutWords)) return 0;
  char c = next.lower[0];
  if (c == 'h' || c == 'u' || !std::isalpha(static_cast<unsigned char>(c))) return 0;
  bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o';
  if (vowel && t.lower == "a") return 1;   // "a" -> "an" ("A" -> "An")
  if (!vowel && t.lower == "an") return -1;  // "an" -> "a"
  return 0;
}

// "The choir sing in York" is labelled "Choir sings in York": a headline's group noun takes a
// singular verb. What a group verb right after its noun in `ids` gains in -s: "s", "es" ("goes",
// "marches"), "ies" for its last "y" ("flies"); else "".
std::string_view PhraseWriter::verb_suffix(const std::vector<size_t>& ids, size_t j) const {
  if (j == 0 || is_marker(ids[j]) || !toks_[ids[j]].group_verb || ids[j - 1] + 1 != ids[j]) return {};
  const std::string& w = toks_[ids[j]].lower;
  if (w.size() > 1 && w.back() == 'y' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return "ies";
  if (w.ends_with("s") || w.ends_with("sh") || w.ends_with("ch") || w.ends_with("x") || w.ends_with("z") ||
      w.ends_with("o"))
    return "es";
  return "s";
}

// The code points verb_suffix() adds to ids[j]'s text.
size_t PhraseWriter::verb_growth(const std::vector<size_t>& ids, size_t j) const {
  std::string_view suffix = verb_suffix(ids, j);
  return suffix == "ies" ? 2 : suffix.size();
}

// Appends the text of token ids[j] to `out` (render() calls it for every token, with no copy),
// a group verb in -s (verb_suffix()), its article agreeing with the next word (article_change()).
void PhraseWriter::append_token(std::string& out, const std::vector<size_t>& ids, size_t j) const {
  const Token& t = toks_[ids[j]];
  out += s_.substr(t.begin, t.end - t.begin);
  if (std::string_view suffix = verb_suffix(ids, j); !suffix.empty()) {
    if (suffix == "ies") out.pop_back();
    out += suffix;
  }
  if (int change = article_change(ids, j); change > 0) out += 'n';
  else if (change < 0) out.resize(out.size() - 1);
}

// Prefix sums of what render() writes for each token of `ids`, so that the length in code points
// of render() of any part ids[b, e) is known without writing it: each token's text, the space
// before it and its article's change all depend only on it and its neighbours in `ids`.
class PhraseWriter::Widths {
 public:
  Widths(const PhraseWriter& w, const std::vector<size_t>& ids)
      : text_(ids.size() + 1), space_(ids.size() + 1), article_(ids.size() + 1) {
    for (size_t j = 0; j < ids.size(); ++j) {
      size_t text = 1;  // a marker's ":"
      if (!w.is_marker(ids[j])) {
        const Token& t = w.toks_[ids[j]];
        text = utf8::length(w.s_.substr(t.begin, t.end - t.begin)) + w.verb_growth(ids, j);
      }
      text_[j + 1] = text_[j] + text;
      space_[j + 1] = space_[j] + (j > 0 && w.space_before(ids, j) ? 1 : 0);
      article_[j + 1] = article_[j] + (w.is_marker(ids[j]) ? 0 : w.article_change(ids, j));
    }
  }
  // utf8::length(render(ids[b, e))), for b < e.
  size_t length(size_t b, size_t e) const {
    long n = static_cast<long>(text_[e] - text_[b]) + static_cast<long>(space_[e] - space_[b + 1]) +
             (article_[e - 1] - article_[b]);
    return static_cast<size_t>(n);
  }

 private:
  std::vector<size_t> text_, space_;
  std::vector<long> article_;
};

// The longest prefix ending before a phrase boundary that fits; else a cut at a word.
std::string PhraseWriter::cut(std::vector<size_t> ids, size_t max_length) const {
  // "officers who had been searching for Howes concluded he had been killed": a relative clause
  // inside the subject goes first, up to the main verb (a past form after the clause's own words).
  for (size_t r = 1; r + 2 < ids.size(); ++r) {
    if (is_marker(ids[r]) || is_marker(ids[r - 1])) continue;
    // Past the main verb a relative clause is in the object ("kidnapped by the boyfriend who
    // perished ..."), and the verb after it is no main verb.
    // A participle that opens the label is its verb ("extending a trend that has ...").
    if (looks_verb(toks_[ids[r - 1]]) && (!toks_[ids[r - 1]].lower.ends_with("ing") || r == 1))
      break;
    const Token& rel = toks_[ids[r]];
    if (!is(rel, kRelativePronouns)) continue;
    if (!toks_[ids[r - 1]].word || looks_verb(toks_[ids[r - 1]]) || is(toks_[ids[r - 1]], kCutWords)) continue;
    size_t m = r + 1;
    while (m < ids.size() && !is_marker(ids[m]) && looks_verb(toks_[ids[m]])) ++m;  // its verb group
    if (m == r + 1) continue;
    for (; m < ids.size() && !is_marker(ids[m]) && toks_[ids[m]].word; ++m) {
      const Token& t = toks_[ids[m]];
      if (looks_verb(t) && !is(t, kAuxiliaries) && !t.lower.ends_with("ing")) break;
    }
    if (m >= ids.size() || is_marker(ids[m]) || !toks_[ids[m]].word) continue;
    std::vector<size_t> shorter(ids.begin(), ids.begin() + static_cast<long>(r));
    shorter.insert(shorter.end(), ids.begin() + static_cast<long>(m), ids.end());
    if (utf8::length(render(shorter)) <= max_length) return render(shorter);
    ids = std::move(shorter);
    break;
  }
  // Each prefix is trimmed at both ends only, so it stays a part of `ids`: read in place and
  // measured by prefix sums, and only the one returned is written (linear in the label's length,
  // but for trimming runs of words at a cut).
  Widths widths(*this, ids);
  // "A U.S. official said last week that field tests suggested ...", "The ambassadors of Hungary,
  // Poland and the Czech Republic issued a joint statement ...": a cut that leaves a label with a
  // verb none ("U.S. official", "Ambassadors of Hungary, Poland") says nothing happened; the
  // words up to the limit with an ellipsis say more.
  auto verbal = [&](size_t i) {
    return !is_marker(i) && toks_[i].word && toks_[i].timex < 0 && !toks_[i].cap &&
           (looks_verb(toks_[i]) || is(toks_[i], kBeForms) || is(toks_[i], kModals));
  };
  // A present is hard to tell from a noun ("Incidents underscore ...", "It expects ...", "Tanzania
  // boast ..."): a lower-case word in -s or a bare present may be the prefix's verb.
  auto maybe_verbal = [&](size_t i) {
    if (verbal(i)) return true;
    if (is_marker(i) || !toks_[i].word || toks_[i].cap || toks_[i].timex >= 0) return false;
    // Before an article or possessive, an object's ("mail an offer", "Commemorates the dead").
    if (i + 1 < toks_.size() && (is(toks_[i + 1], kArticles) || is(toks_[i + 1], kPossessives)) &&
        !is(toks_[i], kCutWords) && !is(toks_[i], kConjunctions) && !is(toks_[i], kArticles))
      return true;
    if (i == ids.front() || i == 0) return false;
    // Not a noun after its determiner or preposition ("The ambassadors", "of the talks").
    const Token& before = toks_[i - 1];
    if (is(before, kArticles) || is(before, kPossessives) || is(before, kCutWords)) return false;
    const std::string& w = toks_[i].lower;
    return is(toks_[i], kBarePresents) || (ends_in_s(w) &&
                                           !w.ends_with("us") && !ends_possessive(w));
  };
  bool has_verb = std::any_of(ids.begin(), ids.end(), verbal);
  for (size_t j = ids.size(); j-- > 3;) {
    if (is_marker(ids[j])) continue;
    const Token& t = toks_[ids[j]];
    if (!(is_punct(t, ",") || (is(t, kCutWords) && t.lower != "of"))) continue;
    // "The Food and Drug Administration": no cut inside a name of capitalised words.
    auto cap_at = [&](size_t k) {
      return k < ids.size() && !is_marker(ids[k]) && toks_[ids[k]].word && toks_[ids[k]].cap;
    };
    if (is(t, kConjunctions) && cap_at(j - 1) && cap_at(j + 1)) continue;
    // "It comes [two weeks] before the United States marks ...": a measure that "before" or
    // "after" counts from would dangle ("It comes two weeks").
    if (is(t, kSequenceConjunctions) && !is_marker(ids[j - 1]) && ids[j - 1] + 1 == ids[j] &&
        toks_[ids[j - 1]].timex >= 0 && !toks_[ids[j - 1]].dated)
      continue;
    IdRange prefix(ids, j);
    drop_trailing_aside_time(prefix);
    // A participle left hanging by the cut ("threats resulting") goes too, but not one that
    // completes its auxiliary ("providers were warned"); an auxiliary or "not" left last goes.
    auto hanging = [&](bool verbs) {
      if (prefix.empty() || is_marker(prefix.back())) return false;
      const Token& t = toks_[prefix.back()];
      // ... or a subject left without its verb ("the earning power they [lost]", "the principle
      // of fairness it [vindicated]", "told analysts that it [intended]": "it" after a noun or
      // "that", not an object after its verb).
      if (is(t, kAuxiliaries) || is(t, kNegations) || is(t, kSubjectPronouns)) return true;
      if (is(t, kNeuterPronouns) && prefix.size() > 1 && !is_marker(prefix[prefix.size() - 2])) {
        const Token& before = toks_[prefix[prefix.size() - 2]];
        return before.word && !looks_verb(before) && (!is(before, kCutWords) || before.lower == "that") &&
               !is(before, kParticiples) && !is(before, kConjunctions) && !is(before, kReportingVerbs);
      }
      bool completes = prefix.size() > 1 && !is_marker(prefix[prefix.size() - 2]) &&
                       is(toks_[prefix[prefix.size() - 2]], kAuxiliaries);
      return verbs && looks_verb(t) && !completes;
    };
    while (hanging(true)) prefix.pop_back();
    trim_ends(prefix);
    // "... as he was [about to be deported]": an auxiliary or pronoun that trim_ends() left last
    // hangs too (a verb there ends its clause: "residents said").
    for (size_t before = 0; before != prefix.size();) {
      before = prefix.size();
      while (hanging(false)) prefix.pop_back();
      trim_ends(prefix);
    }
    drop_dangling_end(prefix);
    if (has_verb && std::none_of(prefix.begin(), prefix.end(), maybe_verbal)) continue;
    if (prefix.size() >= 3 && widths.length(prefix.first(), prefix.last()) <= max_length)
      return render(std::vector<size_t>(prefix.begin(), prefix.end()));
  }
  // "Members of the drivers' union, Aslef, at Northern Lines, TransPennine Connect and Mersey
  // Regional will walk out": when no prefix fits, the names of the places after "at" or "in"
  // inside the subject go, up to its modal or auxiliary, so the label keeps who and what they do
  // rather than end in an ellipsis inside the subject.
  for (size_t r = 1; r + 2 < ids.size(); ++r) {
    if (is_marker(ids[r]) || is_marker(ids[r - 1])) continue;
    if (looks_verb(toks_[ids[r - 1]]) || is(toks_[ids[r - 1]], kModals) || is(toks_[ids[r - 1]], kAuxiliaries))
      break;
    const Token& prep = toks_[ids[r]];
    if (prep.lower != "at" && prep.lower != "in") continue;
    size_t m = r + 1;
    size_t names = 0;
    for (; m < ids.size() && !is_marker(ids[m]); ++m) {
      const Token& t = toks_[ids[m]];
      if (t.word && t.cap && t.timex < 0) {
        ++names;
        continue;
      }
      if (is_punct(t, ",") || t.lower == "and" || t.lower == "&") continue;
      break;
    }
    if (names < 2 || m >= ids.size() || is_marker(ids[m]) ||
        !(is(toks_[ids[m]], kModals) || is(toks_[ids[m]], kAuxiliaries)) || !toks_[ids[m - 1]].word)
      continue;
    std::vector<size_t> shorter(ids.begin(), ids.begin() + static_cast<long>(r));
    shorter.insert(shorter.end(), ids.begin() + static_cast<long>(m), ids.end());
    if (utf8::length(render(shorter)) <= max_length) return render(shorter);
    break;
  }
  std::string out = render(ids);
  std::string cut = utf8::truncate(out, max_length);
  size_t space = cut.rfind(' ');
  if (space != std::string::npos && space > cut.size() / 2) {
    cut.resize(space);
    // "could not stop the\u2026": an article, preposition or conjunction says nothing before the
    // ellipsis.
    for (size_t last = cut.rfind(' '); last != std::string::npos && last > cut.size() / 2; last = cut.rfind(' ')) {
      std::string word = cut.substr(last + 1);
      std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
      if (!kArticles.contains(word) && !kCutWords.contains(word) && !kConjunctions.contains(word) &&
          !kPossessives.contains(word))
        break;
      cut.resize(last);
    }
    cut += "\u2026";
  }
  return cut;
}

}  // namespace chronoline::label_internal
