// Sentence splitting for English news prose.
#include "article/sentences.h"

#include "text/sentence_end.h"

namespace chronoline {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

// A heading in capitals on a line of its own over the text it heads ("COUNCIL PASSES BUDGET",
// "NEXT ADVISORY"): letters and no lower-case one, and no comma or dash to go on with (nor a
// lower-case word on the next line, which the caller checks).
bool is_heading(std::string_view text) {
  size_t line = text.rfind('\n');
  std::string_view l = line == std::string_view::npos ? text : text.substr(line + 1);
  size_t letters = 0;
  for (char c : l) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  char end = l.empty() ? ',' : l.back();
  return letters >= 4 && l.size() < 80 && end != ',' && end != '-';
}

// A short line that reads as a field of a list: a capitalised label, a colon and a short value
// ("Annual report 2026: 2027-03-25", "Kick-off: 8 p.m."). Two such lines in a row are a list,
// each its own sentence; prose wrapped at a fixed width has longer lines and rarely a colon.
bool is_field(std::string_view line) {
  if (line.size() > 80 || line.empty() || !(line[0] >= 'A' && line[0] <= 'Z')) return false;
  size_t colon = line.find(": ");
  return colon != std::string_view::npos && colon > 0 && line.size() - colon - 2 <= 30 &&
         line.find(". ") == std::string_view::npos;
}

// True when the line break at `nl` ends a list item or a finished line: the next line starts with
// a bullet ("\u2022 2021: Work is halted") or a number ("2. July 2020: ..."), or this one ends
// with a full stop, colon or semicolon ("Key moments:"), or it is a heading in capitals, or a short
// heading over a long line of prose as the paragraph's first line (`first`: "Port strike ends").
// Prose wrapped at a fixed width has none of these.
bool line_ends_item(std::string_view text, size_t start, size_t nl, size_t end, bool first) {
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
  if (is_field(text.substr(start, last - start)) && is_field(rest.substr(0, rest.find('\n')))) return true;
  if (is_heading(text.substr(start, last - start)) && !(rest[0] >= 'a' && rest[0] <= 'z')) return true;
  if (first && text::heading_over_prose(text.substr(0, end), start, last, next)) return true;
  size_t dot = last - 1;
  while (dot > start && (text[dot] == '"' || text[dot] == '\'' || text[dot] == ')')) --dot;
  char c = text[dot];
  if (c == ':' || c == ';' || c == '!' || c == '?') return true;
  return c == '.' && text::period_ends_sentence(text, dot, {});
}

}  // namespace

std::vector<TextRange> split_sentences(std::string_view text, TextRange range) {
  std::vector<TextRange> out;
  size_t start = range.begin;
  for (size_t i = range.begin; i < range.end; ++i) {
    char c = text[i];
    if (c == '\n' && i > start && line_ends_item(text, start, i, range.end, start == range.begin)) {
      TextRange r{start, i};
      trim(text, r);
      push_capped(text, r, out);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    // The tagger decides the same way (temporal/tokenizer.cpp), so that both agree on where a
    // date's sentence ends.
    auto b = text::sentence_break_at(text.substr(0, range.end), i);
    if (!b) continue;
    TextRange r{start, b->end};
    trim(text, r);
    push_capped(text, r, out);
    start = b->next;
  }
  TextRange last{start, range.end};
  trim(text, last);
  push_capped(text, last, out);
  return out;
}

}  // namespace chronoline
