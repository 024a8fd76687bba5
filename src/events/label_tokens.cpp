// Label internals: the sentence's tokens.
#include "events/label_tokens.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "events/label_words.h"

namespace chronoline::label_internal {
namespace {

bool is_alnum(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// True when s[i, i + n) are n ASCII digits.
bool digits(std::string_view s, size_t i, size_t n) {
  if (i + n > s.size()) return false;
  return std::all_of(s.begin() + static_cast<long>(i), s.begin() + static_cast<long>(i + n),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// Multi-byte punctuation that separates words; pictographs count as punctuation.
size_t punct_length(std::string_view s, size_t i) {
  // All of them start with a byte past ASCII: an ASCII character is none (the tokenizer asks at
  // every character that starts no word).
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  size_t n = 0;
  if (is_pictograph(decode_at(s, i, n))) return n;
  for (std::string_view p : {"\u201C", "\u201D", "\u2018", "\u2014", "\u2013", "\u2026", "\u2022", "\u00B7",
                             "\u201E", "\u00AB", "\u00BB", "\u2039", "\u203A"})
    if (s.substr(i).starts_with(p)) return p.size();
  if (s.substr(i).starts_with("\u2019")) return 3;  // a closing quote unless inside a word
  return 0;
}

bool is_number(const Token& t) { return t.word && std::isdigit(static_cast<unsigned char>(t.lower[0])); }

// "United host Arsenal", "Fans travel to Leeds", "They face Chelsea": a plain present of
// bare-presents.txt is a verb right after a plural subject (a capitalised name, a plural noun in
// -s, "they" or "we", a group noun of collective-nouns.txt after "the" or a possessive: "The band
// play Leeds") and before an object or a preposition: a name, number, article, possessive or
// preposition. Not "the host city", "Fans' travel plans", "its visit to Leeds", "The band play
// list was published".
void mark_presents(std::vector<Token>& toks) {
  for (size_t i = 1; i + 1 < toks.size(); ++i) {
    Token& t = toks[i];
    if (!is(t, kBarePresents) || t.cap) continue;
    const Token& before = toks[i - 1];
    const Token& after = toks[i + 1];
    bool plural = before.word && !is(before, kArticles) && !is(before, kPossessives) && !is(before, kCutWords) &&
                  !is(before, kConjunctions) && !ends_possessive(before.lower) &&
                  (before.cap || (before.lower.size() > 3 && before.lower.ends_with("s") &&
                                  !before.lower.ends_with("ss") && !before.lower.ends_with("us") &&
                                  !before.lower.ends_with("'s")));
    if (is(before, kPronouns) || is(before, kAuxiliaries) || is(before, kModals)) plural = false;
    if (before.lower == "they" || before.lower == "we") plural = true;
    // "The band play Leeds", "Their squad travel to Spain": a group noun takes a plural verb.
    bool group = is(before, kCollectiveNouns) && i >= 2 && (is(toks[i - 2], kArticles) || is(toks[i - 2], kPossessives));
    if (group) plural = true;
    // "United, who lost in 2019, host Arsenal": after an aside that opened after the subject.
    if (is_punct(before, ",") && i >= 3) {
      size_t open = i - 2;
      while (open > 0 && i - open < 12 && !is_punct(toks[open], ",")) --open;
      plural = open > 0 && is_punct(toks[open], ",") && toks[open - 1].word && toks[open - 1].cap &&
               (open == 1 || !toks[open - 2].word || !toks[open - 2].cap);
    }
    if (!plural) continue;
    bool object = after.word && (after.cap || is_number(after) || is(after, kArticles) || is(after, kPossessives) ||
                                 is(after, kCutWords));
    if (object && after.lower != "of") {
      t.present = true;
      t.group_verb = group;
    }
  }
}

// "a contract that runs until June 2027", "a deal which expires in May", "a lease that lasts
// until 2030": a word in -s right after "that", "which" or "who" that follows a noun is the
// relative clause's present-tense verb, when a preposition, article, possessive, number or -ly
// adverb comes after it and no verb in lower case follows in the next five words ("a plan that
// fans in the city hated" has its verb later; "said that fans ..." follows no noun).
void mark_relative_presents(std::vector<Token>& toks) {
  for (size_t i = 2; i + 1 < toks.size(); ++i) {
    Token& t = toks[i];
    const Token& rel = toks[i - 1];
    const Token& noun = toks[i - 2];
    const std::string& w = t.lower;
    if (!is(rel, kRelativePronouns)) continue;
    if (!t.word || t.cap || w.size() < 4 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") ||
        w.ends_with("is") || w.ends_with("as") || w.ends_with("os") || w.ends_with("'s") || is(t, kCutWords) ||
        is(t, kConjunctions) || is(t, kPronouns))
      continue;
    if (!noun.word || noun.cap || looks_verb(noun) || is(noun, kCutWords) || is(noun, kArticles) ||
        is(noun, kPossessives) || is(noun, kPronouns) || is(noun, kConjunctions) || is(noun, kAuxiliaries))
      continue;
    const Token& after = toks[i + 1];
    bool opens = after.word && (is(after, kCutWords) || is(after, kArticles) || is(after, kPossessives) ||
                                is_number(after) || (!after.cap && after.lower.ends_with("ly")));
    if (!opens || after.lower == "of" || after.lower == "and" || after.lower == "or") continue;
    bool verb_later = false;
    for (size_t j = i + 1; j < toks.size() && j <= i + 5 && toks[j].word; ++j)
      if (!toks[j].cap && looks_verb(toks[j])) verb_later = true;
    if (!verb_later) t.present = true;
  }
}

// "cut", "set", "cost" ... are nouns after a determiner, possessive or number ("a cut", "its cost",
// "Acme's bid", "two sets"), before "of" ("the spread of"), or before a verb ("the tax cut was reversed"); verbs
// elsewhere, after a subject and before an object ("storms cut power", "rains put it out").
void mark_nouns(std::vector<Token>& toks) {
  for (size_t i = 0; i < toks.size(); ++i) {
    Token& t = toks[i];
    if (!is(t, kAmbiguousVerbs)) continue;
    if (i > 0) {
      const Token& before = toks[i - 1];
      bool possessive = before.word && ends_possessive(before.lower);  // "Merieux's bid"
      if (is(before, kArticles) || is(before, kPossessives) || is_number(before) || possessive) {
        t.noun = true;
        continue;
      }
    }
    if (i + 1 < toks.size()) {
      const Token& after = toks[i + 1];
      bool verb_after = is(after, kAuxiliaries) || is(after, kIrregularPast) ||
                        (after.word && after.lower.size() > 4 && !after.cap && after.lower.ends_with("ed"));
      if (after.lower == "of" || verb_after) t.noun = true;
    }
  }
}

}  // namespace

bool is_pictograph(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
         cp == 0xFE0F || cp == 0x200D || (cp >= 0xE0020 && cp <= 0xE007F);
}

char32_t decode_at(std::string_view s, size_t i, size_t& length) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + n > s.size()) n = 1;
  char32_t cp = n == 1 ? c : (c & (0xFF >> (n + 1)));
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  length = n;
  return cp;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) { ++i; continue; }
    size_t p = punct_length(s, i);
    bool apostrophe_in_word = s.substr(i).starts_with("\u2019") && i > 0 && is_alnum(s[i - 1]) &&
                              i + 3 < s.size() && std::isalpha(static_cast<unsigned char>(s[i + 3]));
    Token t;
    t.begin = i;
    if ((p > 0 && !apostrophe_in_word) || (!is_alnum(c) && p == 0)) {
      t.end = i + (p > 0 ? p : 1);
    } else {
      size_t j = i;
      while (j < s.size()) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (d >= 0x80 && punct_length(s, j) > 0) {
          bool inner = s.substr(j).starts_with("\u2019") && j + 3 < s.size() && is_alnum(s[j + 3]);
          if (!inner) break;
          j += 3;
        } else if (is_alnum(d)) {
          ++j;
        } else if ((d == '-' || d == '\'' || d == '.' || d == '/') && j + 1 < s.size() && is_alnum(s[j + 1]) && j > i) {
          ++j;
        } else if (d == '&' && j > i && std::isupper(static_cast<unsigned char>(s[j - 1])) && j + 1 < s.size() &&
                   std::isupper(static_cast<unsigned char>(s[j + 1]))) {
          ++j;  // "A&E", "R&D", "AT&T": one name, not "A" and "E"
        } else if (d == ',' && j > i && digits(s, j - 1, 1) && digits(s, j + 1, 3) && !digits(s, j + 4, 1)) {
          ++j;  // "3,000" is one number, not a clause comma
        } else if (d == ':' && j > i && digits(s, j - 1, 1) && digits(s, j + 1, 2) && !digits(s, j + 3, 1)) {
          ++j;  // "3:22" is one clock time, not a colon that opens a clause
        } else {
          break;
        }
      }
      t.end = j;
      t.word = true;
      t.cap = std::isupper(c);
    }
    t.lower = std::string(s.substr(t.begin, t.end - t.begin));
    std::transform(t.lower.begin(), t.lower.end(), t.lower.begin(), [](unsigned char x) { return std::tolower(x); });
    out.push_back(std::move(t));
    i = out.back().end;
  }
  mark_nouns(out);
  mark_presents(out);
  mark_relative_presents(out);
  return out;
}

bool present_after_subject(const Token& verb, const Token& before) {
  return verb.word && !verb.cap && verb.lower.size() > 3 && verb.lower.ends_with("s") &&
         !verb.lower.ends_with("ss") &&
         ((before.word && before.cap && before.timex < 0 && !is(before, kArticles)) ||
          is(before, kSubjectPronouns));
}

bool looks_verb(const Token& t) {
  return t.present || is(t, kAuxiliaries) || is(t, kIrregularPast) || (is(t, kAmbiguousVerbs) && !t.noun) || t.lower.ends_with("n't") || t.lower.ends_with("n\u2019t") ||
         (t.word && t.lower.size() > 4 && !t.cap && (t.lower.ends_with("ed") || t.lower.ends_with("ing")) &&
          !(is(t, kCutWords) && !is(t, kParticiples)));  // "during" is a preposition
}

bool aside_infinitive(const Token& t) {
  if (!t.word || t.cap || t.timex >= 0 || t.lower.ends_with("ing")) return false;
  if (t.lower.ends_with("s") && !t.lower.ends_with("ss")) return false;
  return t.lower == "be" || is(t, kBarePresents) || is(t, kAsideInfinitives) ||
         (looks_verb(t) && !is(t, kAuxiliaries));
}

}  // namespace chronoline::label_internal
