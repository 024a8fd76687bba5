// Tense: whether the clause around a token speaks of the past or the future, from cue words.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "temporal/lexicon.h"
#include "temporal/tokenizer.h"

namespace chronoline::temporal {

// Lexicon classes that carry tense cues; -1 when the language has none.
struct TenseCues {
  int past = -1;            // "said", "was", "ago", ...
  int future = -1;          // "will", "'ll", "next", "due", ...
  int past_suffix = -1;     // word endings that mark a past form ("ed"): class of suffixes
  int participle_aux = -1;  // words after which a past form is a participle ("will be held")
  int perfect_aux = -1;     // words before which a future cue is a past plan ("had been due")
  int future_before = -1;   // words that are future cues before a given word ("set" "to")
  int deadline = -1;        // words before a deadline, ahead when no other cue says ("until")
};

// -1 past, +1 future, 0 unknown, for the expression on tokens [tb, te). Looks at the nearest cue
// word within the sentence around it (sentence = tokens between '.', '!', '?', ';' or a blank
// line), at most 14 tokens away; on equal distance the left one wins.
int tense_at(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
             const TenseCues& cues, std::string_view text);

// The tense cue of the word just before token `tb` ("ended Jan. 31"); 0 when it is none.
int adjacent_tense(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text);

}  // namespace chronoline::temporal
