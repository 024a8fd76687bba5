// Sentence splitting for English news prose.
#pragma once

#include <string_view>
#include <vector>

#include "article/article.h"

namespace chronoline {

// Longest sentence kept whole, in bytes; longer runs of text (lists, tables, text without
// punctuation) are cut at a clause break or a space so that labelling stays linear.
inline constexpr size_t kMaxSentenceBytes = 1500;

// Splits `text[range]` into sentences where text::sentence_break_at says one ends: at '.', '!' or
// '?' (with any closing quotes or brackets) followed by white space and an upper-case letter,
// digit or opening quote, not after an abbreviation ("Mr.", "U.S.", "Jan.") or an initial (the
// tagger decides the same way). A line ends one when it ends a list item or a finished line.
// Ranges exclude surrounding space and are at most kMaxSentenceBytes long.
std::vector<TextRange> split_sentences(std::string_view text, TextRange range);

}  // namespace chronoline
