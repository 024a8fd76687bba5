// Sentence ends in English prose: one decision shared by the article reader and the tagger.
#include "text/sentence_end.h"

#include <array>
#include <cstdint>
#include <string>

#include "text/text_data.h"
#include "util/word_list.h"

namespace chronoline::text {
namespace {

constexpr bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char lower(char c) { return is_upper(c) ? static_cast<char>(c | 0x20) : c; }

const WordLists& lists() {
  static const WordLists loaded = load_word_lists(text_data_files(), "src/text/lang/");
  return loaded;
}

// The shape of a word of 1 to 32 bytes: its first two bytes with five bits each (so a letter's
// case does not count, nor does lower()), and its length. A word a set has, lower-cased, has the
// shape of some word of the set.
size_t shape_index(std::string_view w) {
  size_t c0 = static_cast<unsigned char>(w[0]) & 31;
  size_t c1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) & 31 : 0;
  return c0 << 5 | c1;
}

struct Words {
  WordSet abbreviations, finals, starters, clock_followers, date_words, line_end_prepositions,
      continuing_starts;
  // abbreviation_shapes[shape_index(w)] has bit (length - 1) set for each abbreviation w of up to
  // 32 bytes: the tagger asks about the word before every full stop, and most are none; this
  // turns them away before lower-casing and hashing (callgrind, one copy of tbaq's texts).
  std::array<uint32_t, 32 * 32> abbreviation_shapes{};
};

// Builds the lists once; words() below, asked at every full stop, is then a guard test inline.
[[gnu::noinline]] Words make_words() {
  auto set = [](std::string_view name) {
    auto it = lists().lists.find(name);
    return it == lists().lists.end() ? WordSet() : WordSet(it->second);
  };
  Words ws{set("abbreviations"), set("final-abbreviations"), set("sentence-starters"),
           set("clock-followers"),  set("date-words"),           set("line-end-prepositions"),
           set("continuing-starts")};
  if (auto it = lists().lists.find("abbreviations"); it != lists().lists.end())
    for (const std::string& a : it->second)
      if (!a.empty() && a.size() <= 32)
        ws.abbreviation_shapes[shape_index(a)] |= uint32_t{1} << (a.size() - 1);
  return ws;
}

const Words& words() {
  static const Words w = make_words();
  return w;
}

// Whether `w` may be an abbreviation (abbreviations.txt) in any case: false only when no
// abbreviation has its shape, so that contains_lower(abbreviations, w) is false too.
bool may_be_abbreviation(const Words& ws, std::string_view w) {
  if (w.empty() || w.size() > 32) return true;  // left to contains_lower
  return ws.abbreviation_shapes[shape_index(w)] >> (w.size() - 1) & 1;
}

// Whether `s` starts with an opening quote or bracket (wire copy writes "``" for one).
bool opens_quote(std::string_view s) {
  return !s.empty() && (s[0] == '"' || s[0] == '\'' || s[0] == '(' || s[0] == '`' ||
                        s.starts_with("\u201C") || s.starts_with("\u2018"));
}

// Length of the closing quotes and brackets at the start of `s`.
size_t closing_run(std::string_view s) {
  size_t n = 0;
  while (n < s.size()) {
    std::string_view rest = s.substr(n);
    if (rest[0] == '"' || rest[0] == '\'' || rest[0] == ')')
      ++n;
    else if (rest.starts_with("\u201D") || rest.starts_with("\u2019"))
      n += 3;
    else
      break;
  }
  return n;
}

// kWordStop[b] says whether byte b stops that word: a space (as is_space), '(', '"', '-', '/' or a
// byte of 0x80 or more. One table load per byte rather than nine tests (the tagger asks at every
// full stop).
constexpr std::array<bool, 256> kWordStop = [] {
  std::array<bool, 256> stop{};
  for (int b = 0; b < 256; ++b) {
    char c = static_cast<char>(b);
    stop[b] = is_space(c) || c == '(' || c == '"' || c == '-' || c == '/' || (c & 0x80);
  }
  return stop;
}();

// The ASCII word ending just before the '.' at `dot` ("U.S" of "the U.S."; "Aug" of "June 11-Aug."
// and of "June 11\u2013Aug.": a hyphen, slash or any byte of a multi-byte character before it is
// no part of it).
std::string_view word_before(std::string_view text, size_t dot) {
  size_t i = dot;
  while (i > 0 && !kWordStop[static_cast<unsigned char>(text[i - 1])]) --i;
  return text.substr(i, dot - i);
}

// The leading letters of `rest`.
std::string_view first_word(std::string_view rest) {
  size_t n = 0;
  while (n < rest.size() && is_alpha(rest[n])) ++n;
  return rest.substr(0, n);
}

// Whether `set` has `word` lower-cased. The tagger asks at every full stop: a word longer than
// any in the set is no member, and a shorter one is lower-cased on the stack, not in a string.
bool contains_lower(const WordSet& set, std::string_view word) {
  if (word.size() > set.longest()) return false;
  char buf[32];
  std::string long_word;
  char* out = word.size() <= sizeof buf ? buf : (long_word.resize(word.size()), long_word.data());
  for (size_t k = 0; k < word.size(); ++k) out[k] = lower(word[k]);
  return set.contains(std::string_view(out, word.size()));
}

// Whether `w` is a clock's half of the day written with dots ("p.m", "A.M").
bool clock_half(std::string_view w) {
  return w.size() == 3 && w[1] == '.' && (lower(w[2]) == 'm') &&
         (lower(w[0]) == 'a' || lower(w[0]) == 'p');
}

// Whether the capitalised word starting `next` goes on with a sentence after "2 p.m.": a weekday,
// month, zone (clock-followers.txt), or a place before "time" ("4 p.m. Hong Kong time").
bool goes_on_after_clock(std::string_view next) {
  std::string_view first = first_word(next);
  if (contains_lower(words().clock_followers, first)) return true;
  for (size_t i = first.size(), n = 0; i < next.size() && n < 3; ++n) {
    while (i < next.size() && next[i] == ' ') ++i;
    std::string_view w = first_word(next.substr(i));
    if (w.empty()) return false;
    if (w == "time") return true;
    if (!is_upper(w[0])) return false;
    i += w.size();
  }
  return false;
}

}  // namespace

bool period_ends_sentence(std::string_view text, size_t dot, std::string_view next) {
  std::string_view w = word_before(text, dot);
  if (w.size() == 1 && is_alpha(w[0])) return false;  // an initial: "J. R. Doe"
  const Words& ws = words();
  if (!may_be_abbreviation(ws, w) || !contains_lower(ws.abbreviations, w)) return true;
  // "at 3 p.m. Anstey showed no reaction": after a clock, a capitalised word ends the sentence
  // unless it dates or zones the time.
  if (clock_half(w) && !next.empty() && is_upper(next[0])) return !goes_on_after_clock(next);
  return contains_lower(ws.finals, w) && contains_lower(ws.starters, first_word(next));
}

std::optional<SentenceBreak> sentence_break_at(std::string_view text, size_t at) {
  if (at >= text.size() || (text[at] != '.' && text[at] != '!' && text[at] != '?'))
    return std::nullopt;
  size_t end = at + 1 + closing_run(text.substr(at + 1));
  if (end >= text.size() || !is_space(text[end])) return std::nullopt;
  size_t next = end;
  while (next < text.size() && is_space(text[next])) ++next;
  if (next >= text.size()) return std::nullopt;
  std::string_view rest = text.substr(next);
  if (!(is_upper(rest[0]) || is_digit(rest[0]) || opens_quote(rest))) return std::nullopt;
  if (text[at] == '.' && !period_ends_sentence(text, at, rest)) return std::nullopt;
  return SentenceBreak{end, next};
}

bool heading_over_prose(std::string_view text, size_t begin, size_t end, size_t next) {
  while (end > begin && is_space(text[end - 1])) --end;
  if (end <= begin || end - begin > 60 || next >= text.size()) return false;
  std::string_view line = text.substr(begin, end - begin);
  if (!is_upper(line[0]) || !(is_alpha(line.back()) || is_digit(line.back()))) return false;
  size_t words = 1;
  for (char c : line) {
    if (c == ',' || c == '.' || c == ':' || c == ';' || c == '\n') return false;
    words += c == ' ';
  }
  if (words > 8 || !is_upper(text[next])) return false;
  // Prose wrapped after a preposition ("Talks resumed after\n..."), after a fronted participle and
  // its preposition ("Speaking on Monday\nMr Reid told ..."; "Rising prices hit shoppers" is a
  // heading), before a date ("The committee meets\nThursday to
  // decide ..."), before a relative or "that" ("Mr Reid has said on Monday\nThat the plant ...")
  // or before a dateline ("Council's budget ...\nLONDON, 25 November 2026 - ..." is a title over
  // the article's first line) goes on.
  std::string_view last_word = line.substr(line.rfind(' ') + 1), lead_word = first_word(line);
  std::string_view next_word = first_word(text.substr(next));
  const Words& ws = text::words();
  if (contains_lower(ws.line_end_prepositions, last_word) || contains_lower(ws.date_words, next_word) ||
      contains_lower(ws.continuing_starts, next_word) ||
      (lead_word.size() >= 6 && lead_word.ends_with("ing") && lead_word.size() < line.size() &&
       contains_lower(ws.line_end_prepositions, first_word(line.substr(lead_word.size() + 1)))))
    return false;
  size_t caps = next;  // a dateline's place in capitals: "LONDON,", "NEW YORK (Reuters) -"
  while (caps < text.size() && (is_upper(text[caps]) || (text[caps] == ' ' && caps + 1 < text.size() && is_upper(text[caps + 1]))))
    ++caps;
  if (caps >= next + 2 && caps < text.size() &&
      (text[caps] == ',' || text.substr(caps).starts_with(" (") || text.substr(caps).starts_with(" -")))
    return false;
  size_t nl = text.find('\n', next);
  size_t rest = (nl == std::string_view::npos ? text.size() : nl) - next;
  return rest >= 60 && rest >= 2 * line.size();
}

Status check_sentence_words() { return lists().status; }

size_t list_bullet_size(std::string_view line) {
  for (std::string_view bullet : {"- ", "* ", "\u2022 ", "\u2013 ", "\u2014 "})
    if (line.starts_with(bullet)) return bullet.size();
  return 0;
}

}  // namespace chronoline::text
