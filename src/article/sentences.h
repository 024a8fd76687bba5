// Sentence splitting for English news prose.
#pragma once

#include <string_view>
#include <vector>

#include "article/article.h"

namespace chronoline {

// Splits `text[range]` into sentences at '.', '!' or '?' (with any closing quotes or brackets)
// followed by white space and an upper-case letter, digit or opening quote. Abbreviations
// ("Mr.", "U.S.", "Jan.") and initials do not end a sentence. Ranges exclude surrounding space.
std::vector<TextRange> split_sentences(std::string_view text, TextRange range);

}  // namespace chronoline
