// Sentence ends in English prose: one decision shared by the article reader and the tagger.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "util/result.h"

namespace chronoline::text {

// Where a sentence ends and the next one starts: the sentence ends before `end` (past its '.',
// '!' or '?' and any closing quotes or brackets), the next starts at `next`.
struct SentenceBreak {
  size_t end = 0;
  size_t next = 0;
};

// Whether the '.', '!' or '?' at text[at] ends a sentence: closing quotes or brackets may follow
// it, then white space and an upper-case letter, a digit or an opening quote. A '.' that ends an
// abbreviation ("Mr.", "U.S.", "Jan.") or an initial ends none, unless the abbreviation often ends
// sentences ("2 p.m.", "Acme Inc.") and a word that starts sentences follows ("... at 2 p.m. On
// Friday the council met"; but "2 p.m. Friday", "U.S. President"). After a clock's "a.m." or
// "p.m." any capitalised word ends the sentence but a weekday, month or zone ("3 p.m. Anstey
// showed no reaction"; "8 p.m. ET", "4 p.m. New York time" go on). Text past the end of `text`
// is not looked at: pass the paragraph or the whole text. nullopt when no sentence ends there.
//
// Example:
//   sentence_break_at("It ends at 2 p.m. On Friday, they met.", 16)  // {17, 18}
//   sentence_break_at("It ends at 2 p.m. Friday.", 16)               // nullopt
std::optional<SentenceBreak> sentence_break_at(std::string_view text, size_t at);

// Whether the '.' at text[dot] ends a sentence as far as the word before it tells:
// true unless that word is an abbreviation or an initial, or one that often ends sentences
// ("p.m.") and `next`, the word after the dot (any case; empty when none follows), starts
// sentences. sentence_break_at also looks at what follows.
bool period_ends_sentence(std::string_view text, size_t dot, std::string_view next);

// Whether the line text[begin, end), the first line of a paragraph, is a short heading over the
// prose that starts on the next line at `next`: a digest's "Port strike ends\nDock workers at the
// port returned to work on Tuesday ...". The line starts with a capital, has at most eight words,
// at most 60 bytes and no comma, full stop or colon, and ends in a letter or digit; the next line
// starts with a capital and is at least 60 bytes and twice as long. The first line of prose
// wrapped at a width has a next line about as long; a line ending in a word of
// line-end-prepositions.txt or opening with an -ing word and one ("Speaking on Monday"), a next line
// starting with a word of date-words.txt ("The committee meets\nThursday to ...") or of
// continuing-starts.txt ("That the plant ...") or with a dateline in capitals ("LONDON, 25
// November 2026 - ...") is no heading over prose either.
//
// Example:
//   heading_over_prose("Port strike ends\nDock workers ... (60+ bytes)", 0, 16, 17)  // true
bool heading_over_prose(std::string_view text, size_t begin, size_t end, size_t next);

// Whether the word lists of src/text/lang loaded; a test runs it.
Status check_sentence_words();

// The bytes of a list bullet ("- ", "* ", "\u2022 ", "\u2013 ", "\u2014 ") that opens `line`, else
// 0: the items of a bulleted list, for the labeler's field lines and the tagger's list years.
size_t list_bullet_size(std::string_view line);

}  // namespace chronoline::text
