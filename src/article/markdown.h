// Markdown markup in an article, blanked so that the text reads as prose.
#pragma once

#include <string>

namespace chronoline {

// Turns the markup of Markdown in `text` into spaces, one for each byte, so that offsets
// still fit the file: a heading's "#"s ("## What's next") or underline ("==="), a quote's ">", a
// rule ("---"), emphasis ("**April 2021**", "*September*", "__x__"), code ticks ("`sync`") and a
// link's brackets and address ("[roadmap](https://example.com/2027)" reads "roadmap", and its
// address gives no date).
// Emphasis and ticks are blanked only in pairs on one line, so "5%*" or "snake_case" stay; a
// bullet ("* item", "- item") and a lone "###" (a press release's end mark) stay too.
void blank_markdown(std::string& text);

}  // namespace chronoline
