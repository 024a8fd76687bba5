// Markdown markup in an article, blanked so that the text reads as prose.
#include "article/markdown.h"

#include <string_view>
#include <vector>

namespace chronoline {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

void blank(std::string& s, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) s[i] = ' ';
}

// A thematic break, or the underline of a heading: three or more of one of "-", "*", "_", "=" and
// nothing else but spaces.
bool is_rule(std::string_view line) {
  char mark = 0;
  size_t count = 0;
  for (char c : line) {
    if (is_blank(c)) continue;
    if (c != '-' && c != '*' && c != '_' && c != '=') return false;
    if (mark && c != mark) return false;
    mark = c;
    ++count;
  }
  return count >= 3;
}

// Blanks the markers of a heading ("# ", "### ") or of quoted lines ("> ", "> > ") at the start
// of the line [b, e).
void blank_line_start(std::string& s, size_t b, size_t e) {
  size_t i = b;
  while (i < e && i < b + 3 && s[i] == ' ') ++i;
  size_t hashes = 0;
  while (i + hashes < e && s[i + hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && i + hashes < e && s[i + hashes] == ' ') {
    blank(s, i, i + hashes);
    // A closing run of "#"s ("## Notes ##") goes too.
    size_t end = e;
    while (end > i && is_blank(s[end - 1])) --end;
    size_t close = end;
    while (close > i + hashes && s[close - 1] == '#') --close;
    if (close < end && close > i + hashes && s[close - 1] == ' ') blank(s, close, end);
    return;
  }
  while (i + 1 < e && s[i] == '>' && (s[i + 1] == ' ' || s[i + 1] == '>')) {
    s[i] = ' ';
    while (i < e && s[i] == ' ') ++i;
  }
}

// Blanks "[text](address)" links (and images, "![alt](address)") in the line [b, e). In one pass:
// the "["s not yet used and the last "]" left stand for looking back, and where the address
// starting at or before a "](" ends is kept for the next ones, so a line of "[](" is linear.
void blank_links(std::string& s, size_t b, size_t e) {
  std::vector<size_t> opens;        // the line's "["s not used by a link, left to right
  size_t last_close = std::string::npos;  // the last "]" left as it is
  size_t stop = b;  // [.., stop) holds no ")" nor blank; s[stop] is one, or stop is e
  size_t close = b;  // where an address that runs to `stop` ends: at stop or after a title
  for (size_t i = b; i + 1 < e; ++i) {
    if (s[i] == '[') opens.push_back(i);
    if (s[i] != ']') continue;
    bool after = !opens.empty() && (last_close == std::string::npos || last_close < opens.back());
    if (s[i + 1] != '(' || !after) {
      last_close = i;
      continue;
    }
    if (stop < i + 2) {
      stop = i + 2;
      while (stop < e && s[stop] != ')' && !is_blank(s[stop])) ++stop;
      close = stop;
      // An address has no spaces ("[a](b c)" is prose), but may carry a quoted title.
      if (close + 1 < e && s[close] == ' ' && s[close + 1] == '"') {
        size_t quote = std::string_view(s).substr(0, e).find('"', close + 2);
        if (quote != std::string::npos && quote + 1 < e && s[quote + 1] == ')') close = quote + 1;
      }
    }
    if (close >= e || s[close] != ')') {
      last_close = i;
      continue;
    }
    size_t open = opens.back();
    opens.pop_back();
    if (open > b && s[open - 1] == '!') s[open - 1] = ' ';
    s[open] = ' ';
    blank(s, i, close + 1);
    i = close;
  }
}

// Blanks pairs of `mark` ("**", "__", "*", "_", "`") around text on the line [b, e): the opening
// one before a non-space, not inside a word; the closing one after a non-space, not before a word.
void blank_pairs(std::string& s, size_t b, size_t e, std::string_view mark) {
  auto at = [&](size_t i) { return i + mark.size() <= e && std::string_view(s).substr(i, mark.size()) == mark; };
  char c = mark[0];
  for (size_t i = b; i < e; ++i) {
    if (!at(i)) continue;
    bool opens = (i == b || !is_word(s[i - 1])) && (i == b || s[i - 1] != c) &&
                 i + mark.size() < e && !is_blank(s[i + mark.size()]) && s[i + mark.size()] != c;
    if (!opens) continue;
    bool closed = false;
    for (size_t j = i + mark.size() + 1; j < e && !closed; ++j) {
      if (!at(j)) continue;
      size_t after = j + mark.size();
      closed = !is_blank(s[j - 1]) && s[j - 1] != c &&
               (after >= e || (!is_word(s[after]) && s[after] != c));
      if (!closed) continue;
      blank(s, i, i + mark.size());
      blank(s, j, after);
      i = after - 1;
    }
    // Nothing closed it: nor anything a later opening mark would look at (a part of what this one
    // saw, unchanged), so the line is done; else a line of "*a *a *a" is quadratic.
    if (!closed) return;
  }
}

}  // namespace

void blank_markdown(std::string& text) {
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    if (is_rule(std::string_view(text).substr(b, e - b))) {
      blank(text, b, e);
    } else {
      blank_line_start(text, b, e);
      blank_links(text, b, e);
      for (std::string_view mark : {"**", "__", "`", "*", "_"}) blank_pairs(text, b, e, mark);
    }
    b = e + 1;
  }
}

}  // namespace chronoline
