// Tokenizer: splits text into words, numbers and punctuation, and looks every word up once.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "temporal/lexicon.h"

namespace chronoline::temporal {

enum class TokKind : uint8_t { kWord, kNumber, kPunct, kOther };

// Letters glued to a number: "19th", "1990s", "5pm".
enum class NumSuffix : uint8_t {
  kNone,
  kOrdinal,
  kPlural,
  kAm,
  kPm,
  kShortAm,
  kShortPm,
  kH,
  kIsh,  // "3ish": about that number
  kOther
};

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets into the text, [begin, end)
  uint32_t word = 0;            // interned lowercase word id, 0 when the lexicon does not know it
  // (The one-byte fields fill the gap before `number`, so that a token stays 32 bytes.)
  TokKind kind = TokKind::kOther;
  NumSuffix suffix = NumSuffix::kNone;
  uint8_t digits = 0;         // digit count of a written number; 0 for spelled-out numbers
  char punct = 0;             // the character of a punctuation token ('-' for dashes)
  int64_t number = 0;           // the value of a number ("1,700" -> 1700, "twenty-four" -> 24)
  bool cap = false;           // the word starts with a capital letter
  bool space_before = false;  // whitespace separates it from the previous token
  bool break_before = false;  // a blank line separates it from the previous token
  bool line_start = false;    // it starts the text or a line ("March:" over a list item)
  // A sentence ends with this token: its '.', '!' or '?' (its own, or the final dot of "p.m.",
  // "U.S.", "Sept.") ends one as text::sentence_break_at decides, the article reader's rule.
  bool ends_sentence = false;
};

// Splits `text`. Letters glued to a number are its suffix when they are one ("19th", "5pm", "3ish")
// and a word of their own when the lexicon knows them ("14april", "2018Q4"). Words are runs of ASCII letters ("’s" and "'s" are one word "'s"; "a.m." is one
// word "am"); a '.' right after a word the lexicon marks `abbrev` joins that word; whether a dot
// ends a sentence is Token::ends_sentence; spelled-out
// numbers ("twenty-four", "one hundred") become one number token using the class `number_cls`.
std::vector<Token> tokenize(std::string_view text, const Lexicon& lexicon, int number_cls);

// The entry of lexicon class `cls` for the word token `t`: nullptr when `t` is no word, its word
// is not in the class, or `cls` is negative (a class the language does not have).
inline const LexEntry* class_entry(const Token& t, const Lexicon& lex, int cls) {
  return cls >= 0 && t.kind == TokKind::kWord && t.word
             ? lex.entry(t.word, static_cast<uint16_t>(cls))
             : nullptr;
}

}  // namespace chronoline::temporal
