// Label internals: the words and punctuation of a sentence, as the labeler sees them.
// Internal to src/events/label*.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/word_list.h"

namespace chronoline::label_internal {

struct Token {
  size_t begin = 0;
  size_t end = 0;
  std::string lower;   // lower-cased text
  bool word = false;   // a word, not punctuation
  bool cap = false;    // starts with an upper-case letter
  int timex = -1;      // index of the time phrase it belongs to, or -1
  bool dated = false;  // that time phrase names days (a date, not a duration or "recently")
  bool noun = false;   // a verb form that is a noun here ("the cut", "the cost of", "tax cut was")
  bool present = false;  // a plain present after a plural subject ("United [host] Arsenal") or a
                         // relative pronoun ("a contract that [runs] until June")
  bool group_verb = false;  // such a present after a group noun ("The choir [sing] in York"): a
                            // label that keeps the noun right before it writes it in -s
  bool of_noun =
      false;  // in a time phrase after a noun and "of" ("the first storm [of the winter]")
  bool np_head = false;  // in a date that heads a noun phrase with its own article and adjectives,
                         // which belong to it ("expect [a mild February]")
  bool subject = false;  // in a date that is the subject of a reported clause ("forecasts that
                         // [Cyber Monday] will be the biggest day"), kept in every label
};

// Emoji and pictographs ("\U0001F6A8", "\u2705"), with their joiners and variation selectors.
bool is_pictograph(char32_t cp);
// The code point at s[i] and its length in bytes (1 for a stray byte).
char32_t decode_at(std::string_view s, size_t i, size_t& length);

// Words (with inner hyphens, apostrophes, dots and slashes: "third-nation", "U.S.") and single
// punctuation marks, curly quotes and dashes included.
std::vector<Token> tokenize(std::string_view s);

inline bool is(const Token& t, const WordSet& set) { return t.word && set.contains(t.lower); }
inline bool is_punct(const Token& t, std::string_view p) { return !t.word && t.lower == p; }
// Whether a word ends in a possessive "'s" or "\u2019s" ("Acme's", "Saturday night\u2019s").
inline bool ends_possessive(std::string_view lower) {
  return lower.ends_with("'s") || lower.ends_with("\u2019s");
}
// Whether a word of more than three letters ends in a single "s": a plural noun or a present in
// -s ("profits", "opens"; not "press", "was").
inline bool ends_in_s(std::string_view lower) {
  return lower.size() > 3 && lower.ends_with("s") && !lower.ends_with("ss");
}
// An auxiliary, an irregular past, a form such as "cut" or "set" not read as a noun, a negation or
// a lower-case "-ed"/"-ing" form.
bool looks_verb(const Token& t);
// Whether a word after "due to" or "poised to" is a verb ("due to open", "due to be", "due to
// expire"): "be", a plain present of bare-presents.txt or aside-infinitives.txt, or a form
// looks_verb knows; not an -ing word or a plural in -s ("due to flooding", "due to strikes").
bool aside_infinitive(const Token& t);
// "Cyprus takes over", "she steps down": a lower-case present in -s of four letters or more right
// after a name (a capitalised word, no article, no date) or a subject pronoun is a verb.
bool present_after_subject(const Token& verb, const Token& before);

}  // namespace chronoline::label_internal
