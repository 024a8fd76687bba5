// Sentence splitting for English news prose.
#include "article/sentences.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "article/article_words.h"

namespace chronoline {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True when the UTF-8 text at `p` starts with an opening quote or bracket.
bool opens_quote(std::string_view s) {
  return !s.empty() && (s[0] == '"' || s[0] == '\'' || s[0] == '(' || s.starts_with("\u201C") ||
                        s.starts_with("\u2018"));
}

// Length of closing quotes/brackets at the start of `s`.
size_t closing_run(std::string_view s) {
  size_t n = 0;
  while (n < s.size()) {
    std::string_view rest = s.substr(n);
    if (rest[0] == '"' || rest[0] == '\'' || rest[0] == ')') ++n;
    else if (rest.starts_with("\u201D") || rest.starts_with("\u2019")) n += 3;
    else break;
  }
  return n;
}

// The word ending just before the '.' at `dot`, lower-cased.
std::string word_before(std::string_view text, size_t begin, size_t dot) {
  size_t i = dot;
  while (i > begin && !is_space(text[i - 1]) && text[i - 1] != '(' && text[i - 1] != '"') --i;
  std::string w(text.substr(i, dot - i));
  std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
  return w;
}

// The entries of article word list `name` as a set.
std::unordered_set<std::string> word_set(std::string_view name) {
  const auto& list = article_word_list(name);
  return std::unordered_set<std::string>(list.begin(), list.end());
}

// The first word of `rest`, lower-cased.
std::string first_word(std::string_view rest) {
  size_t n = 0;
  while (n < rest.size() && std::isalpha(static_cast<unsigned char>(rest[n]))) ++n;
  std::string w(rest.substr(0, n));
  std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
  return w;
}

// `rest` is what follows the dot, when known. An abbreviation ends no sentence, unless it often
// ends one ("2 p.m.", "Acme Inc.") and a word that starts sentences follows ("... after 2 p.m.
// Many had packed"; but "2 p.m. Friday", "U.S. President").
bool ends_sentence(std::string_view text, size_t begin, size_t dot, std::string_view rest = {}) {
  if (text[dot] != '.') return true;
  std::string w = word_before(text, begin, dot);
  if (w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]))) return false;  // initials
  static const auto abbreviations = word_set("abbreviations"), finals = word_set("final-abbreviations"),
                    starters = word_set("sentence-starters");
  if (abbreviations.count(w) == 0) return true;
  return finals.count(w) > 0 && starters.count(first_word(rest)) > 0;
}

void trim(std::string_view text, TextRange& r) {
  while (r.begin < r.end && is_space(text[r.begin])) ++r.begin;
  while (r.end > r.begin && is_space(text[r.end - 1])) --r.end;
}

// Appends `r`, cut into pieces of at most kMaxSentenceBytes at "; ", ", " or a space.
void push_capped(std::string_view text, TextRange r, std::vector<TextRange>& out) {
  while (r.size() > kMaxSentenceBytes) {
    size_t limit = r.begin + kMaxSentenceBytes;
    size_t cut = std::string_view::npos;
    for (std::string_view sep : {"; ", ", ", " "}) {
      size_t at = text.substr(r.begin, limit - r.begin).rfind(sep);
      if (at != std::string_view::npos && at > kMaxSentenceBytes / 2) {
        cut = r.begin + at + sep.size() - 1;
        break;
      }
    }
    if (cut == std::string_view::npos) {  // no space at all: cut at a code-point boundary
      cut = limit;
      while (cut > r.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    TextRange head{r.begin, cut};
    trim(text, head);
    if (head.size() > 0) out.push_back(head);
    r.begin = cut;
    trim(text, r);
  }
  if (r.size() > 0) out.push_back(r);
}

// True when the line break at `nl` ends a list item or a finished line: the next line starts with
// a bullet ("\u2022 2021: Work is halted") or a number ("2. July 2020: ..."), or this one ends
// with a full stop, colon or semicolon ("Key moments:"). Prose wrapped at a fixed width has neither.
bool line_ends_item(std::string_view text, size_t start, size_t nl, size_t end) {
  size_t next = nl + 1;
  while (next < end && (text[next] == ' ' || text[next] == '\t')) ++next;
  if (next >= end) return false;
  std::string_view rest = text.substr(next, end - next);
  for (std::string_view bullet : {"\u2022", "\u00B7", "\u2013 ", "\u2014 ", "- ", "* "})
    if (rest.starts_with(bullet)) return true;
  size_t digits = 0;  // a numbered item: "1. May 2019: ...", "12) ..."
  while (digits < rest.size() && digits < 3 && is_digit(rest[digits])) ++digits;
  if (digits > 0 && digits < 3 && rest.size() > digits + 1 && (rest[digits] == '.' || rest[digits] == ')') &&
      rest[digits + 1] == ' ')
    return true;
  size_t last = nl;
  while (last > start && is_space(text[last - 1])) --last;
  if (last == start) return false;
  size_t dot = last - 1;
  while (dot > start && (text[dot] == '"' || text[dot] == '\'' || text[dot] == ')')) --dot;
  char c = text[dot];
  if (c == ':' || c == ';' || c == '!' || c == '?') return true;
  return c == '.' && ends_sentence(text, start, dot);
}

}  // namespace

std::vector<TextRange> split_sentences(std::string_view text, TextRange range) {
  std::vector<TextRange> out;
  size_t start = range.begin;
  for (size_t i = range.begin; i < range.end; ++i) {
    char c = text[i];
    if (c == '\n' && i > start && line_ends_item(text, start, i, range.end)) {
      TextRange r{start, i};
      trim(text, r);
      push_capped(text, r, out);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    size_t after = i + 1 + closing_run(text.substr(i + 1, range.end - i - 1));
    if (after >= range.end || !is_space(text[after])) continue;
    size_t next = after;
    while (next < range.end && is_space(text[next])) ++next;
    if (next >= range.end) break;
    std::string_view rest = text.substr(next, range.end - next);
    if (!(is_upper(rest[0]) || is_digit(rest[0]) || opens_quote(rest))) continue;
    if (!ends_sentence(text, start, i, rest)) continue;
    TextRange r{start, after};
    trim(text, r);
    push_capped(text, r, out);
    start = next;
  }
  TextRange last{start, range.end};
  trim(text, last);
  push_capped(text, last, out);
  return out;
}

}  // namespace chronoline
