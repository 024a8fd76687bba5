// Tokenizer: splits text into words, numbers and punctuation, and looks every word up once.
#include "temporal/tokenizer.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "text/sentence_end.h"

namespace chronoline::temporal {
namespace {

inline bool is_alpha(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr size_t kMaxWord = WordKey::kMaxLen;  // longer words are never in a lexicon

// The high bit of each byte of v (read little-endian) that is not an ASCII letter, as is_alpha.
inline uint64_t non_alpha_bytes(uint64_t v) {
  constexpr uint64_t kHigh = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  uint64_t x = (v | 0x2020202020202020ull) & kLow7;  // folded to lowercase, high bit cleared
  uint64_t ge_a = x + 0x1F1F1F1F1F1F1F1Full;         // high bit set where x >= 'a' (0x61)
  uint64_t gt_z = x + 0x0505050505050505ull;         // high bit set where x > 'z' (0x7A)
  return (~(ge_a & ~gt_z) | v) & kHigh;              // non-ASCII bytes are no letters either
}

// The end of the run of letters at p. Eight bytes at a time while they can be read: a byte loop
// mispredicts its exit once per word, and most words end within their first eight bytes.
inline const char* word_end(const char* p, const char* end) {
  if constexpr (std::endian::native == std::endian::little) {
    for (; end - p >= 8; p += 8) {
      uint64_t v;
      std::memcpy(&v, p, 8);
      if (uint64_t stop = non_alpha_bytes(v)) return p + std::countr_zero(stop) / 8;
    }
  }
  while (p < end && is_alpha(static_cast<unsigned char>(*p))) ++p;
  return p;
}

class Scanner {
 public:
  Scanner(std::string_view text, const Lexicon& lex, int number_cls)
      : s_(text), lex_(lex), number_cls_(number_cls) {}

  // Indices of the tokens that are number words ("twenty"), in order; the merge visits only those.
  std::vector<uint32_t> number_words;

  std::vector<Token> run() {
    std::vector<Token> out;
    // English news runs some five bytes a token (tbaq: 5.05): a fifth was too few for half the
    // documents, which then moved every token to a vector twice as large.
    out.reserve(s_.size() / 4 + 16);
    while (skip_space()) {
      Token& t = out.emplace_back();
      t.space_before = space_;
      t.break_before = blank_line_;
      t.line_start = line_start_;
      t.begin = static_cast<uint32_t>(i_);
      unsigned char c = s_[i_];
      if (is_alpha(c))
        word(t);
      else if (is_digit(c))
        number(t);
      else if (c == '\'' || starts_with_curly_apostrophe())
        apostrophe(t);
      else if (c >= 0x80)
        other(t);
      else
        punct(t);
      t.end = static_cast<uint32_t>(i_);
      if (t.word && t.kind == TokKind::kWord && number_cls_ >= 0 &&
          lex_.entry(t.word, static_cast<uint16_t>(number_cls_)))
        number_words.push_back(static_cast<uint32_t>(out.size() - 1));
    }
    return out;
  }

 private:
  // Skips whitespace, noting whether it contained a blank line; false at the end of the text.
  bool skip_space() {
    // Most tokens follow one plain space or none: settle those before the loop (callgrind,
    // tbaq: 1.1M of 96M instructions).
    // Printable ASCII only (signed, a byte of a multi-byte character is negative): one that may
    // start a wide space is left to the loop.
    if (i_ + 1 < s_.size()) {
      auto c = static_cast<signed char>(s_[i_]);
      blank_line_ = false;
      line_start_ = i_ == 0;
      space_ = c == ' ';
      if (c > ' ') return true;
      if (space_ && static_cast<signed char>(s_[i_ + 1]) > ' ') return ++i_, true;
    }
    space_ = blank_line_ = false;
    line_start_ = i_ == 0;
    int newlines = 0;
    size_t from = i_, first_nl = 0;
    while (i_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c > ' ') {  // fast exit: most characters are not white space
        size_t n = c < 0xC2 ? 0 : wide_space_at(i_);
        if (!n) break;
        space_ = true;
        i_ += n;
        continue;
      }
      // A carriage return alone ends a line too, as the article reader has it (old Mac files);
      // before "\n" it is part of that line break.
      if (c == '\n' || (c == '\r' && (i_ + 1 == s_.size() || s_[i_ + 1] != '\n')))
        first_nl = newlines++ ? first_nl : i_;
      else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
        break;
      space_ = true;
      ++i_;
    }
    blank_line_ = newlines >= 2;
    line_start_ = line_start_ || newlines >= 1;
    // A short heading over a paragraph's prose ends there as a blank line would, as the article
    // reader splits it ("Port strike ends\nDock workers returned to work on Tuesday ...").
    if (newlines == 1 && paragraph_line_ != std::string_view::npos && i_ < s_.size())
      blank_line_ = text::heading_over_prose(s_, paragraph_line_, first_nl, i_);
    paragraph_line_ = newlines >= 2 || from == 0 ? i_ : newlines ? std::string_view::npos : paragraph_line_;
    return i_ < s_.size();
  }

  // Bytes of the no-break, figure, thin or narrow no-break space (U+00A0, U+2007, U+2009,
  // U+202F) at byte i, else 0: pasted from a web page ("Friday\u00A0morning", "7\u202Fp.m."),
  // each is a space, as the article reader has it; offsets stay those of the text.
  size_t wide_space_at(size_t i) const {
    auto b = [&](size_t k) { return i + k < s_.size() ? static_cast<unsigned char>(s_[i + k]) : 0; };
    if (b(0) == 0xC2) return b(1) == 0xA0 ? 2 : 0;
    if (b(0) != 0xE2 || b(1) != 0x80) return 0;
    unsigned char c = b(2);
    return c == 0x87 || c == 0x89 || c == 0xAF ? 3 : 0;
  }

  // Called for every punctuation character: test the first byte before comparing three.
  bool starts_with_curly_apostrophe() const {
    return static_cast<unsigned char>(s_[i_]) == 0xE2 &&
           (s_.compare(i_, 3, "\xE2\x80\x99") == 0 || s_.compare(i_, 3, "\xE2\x80\x98") == 0);
  }

  void word(Token& t) {
    t.kind = TokKind::kWord;
    t.cap = s_[i_] >= 'A' && s_[i_] <= 'Z';
    // Find the end of the word first, then look it up whole: WordKey lowercases and hashes it a
    // chunk at a time rather than a letter at a time.
    const char* start = s_.data() + i_;
    const char* end = s_.data() + s_.size();
    const char* p = word_end(start, end);
    size_t n = static_cast<size_t>(p - start);
    // Dotted letters: "a.m.", "p.m.", "U.S." become one word without the dots. They begin with a
    // run of one letter, which most words are not: tested after the run, not before every word.
    if (n == 1 && i_ + 3 < s_.size() && s_[i_ + 1] == '.' && is_alpha(s_[i_ + 2]) &&
        s_[i_ + 3] == '.' && (i_ + 4 >= s_.size() || !is_alpha(s_[i_ + 4]))) {
      char buf[2] = {s_[i_], s_[i_ + 2]};
      i_ += 4;
      t.word = lex_.find(std::string_view(buf, 2));
      t.ends_sentence = ends_sentence_at(i_ - 1);
      return;
    }
    i_ = static_cast<size_t>(p - s_.data());
    t.word = n <= kMaxWord ? lex_.find(std::string_view(start, n), static_cast<size_t>(end - start))
                           : 0;
    if (t.word && i_ < s_.size() && s_[i_] == '.' && (lex_.flags(t.word) & kAbbrev))
      t.ends_sentence = ends_sentence_at(i_++);
  }

  void number(Token& t) {
    t.kind = TokKind::kNumber;
    int64_t v = 0;
    int digits = 0;
    while (i_ < s_.size()) {
      if (is_digit(s_[i_])) {
        if (digits < 15) v = v * 10 + (s_[i_] - '0');
        ++digits, ++i_;
      } else if (s_[i_] == ',' && i_ + 3 < s_.size() + 0 && is_digit(s_[i_ + 1]) &&
                 is_digit(s_[i_ + 2]) && is_digit(s_[i_ + 3]) &&
                 (i_ + 4 >= s_.size() || !is_digit(s_[i_ + 4])) && digits <= 3) {
        ++i_;  // thousands separator: "1,700"
        digits = 0;
      } else {
        break;
      }
    }
    t.number = v;
    t.digits = static_cast<uint8_t>(digits > 255 ? 255 : digits);
    suffix(t);
  }

  void suffix(Token& t) {
    size_t start = i_;
    while (i_ < s_.size() && is_alpha(s_[i_])) ++i_;
    if (start == i_) return;
    std::string suf = lower_ascii(s_.substr(start, i_ - start));
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")
      t.suffix = NumSuffix::kOrdinal;
    else if (suf == "s")
      t.suffix = NumSuffix::kPlural;
    else if (suf == "am")
      t.suffix = NumSuffix::kAm;
    else if (suf == "pm")
      t.suffix = NumSuffix::kPm;
    else if (suf == "a")
      t.suffix = NumSuffix::kShortAm;  // "3:18a"; a bare "4a" is no time
    else if (suf == "p")
      t.suffix = NumSuffix::kShortPm;
    else if (suf == "h")
      t.suffix = NumSuffix::kH;
    else if (suf == "ish")
      t.suffix = NumSuffix::kIsh;
    else if (suf.size() <= kMaxWord && lex_.find(suf))
      i_ = start;  // a known word glued on: "14april", "2018Q4"
    else
      t.suffix = NumSuffix::kOther;
  }

  void apostrophe(Token& t) {
    size_t len = s_[i_] == '\'' ? 1 : 3;
    if (i_ + len < s_.size() && (s_[i_ + len] | 0x20) == 's' &&
        (i_ + len + 1 >= s_.size() || !is_alpha(s_[i_ + len + 1]))) {
      i_ += len + 1;
      t.kind = TokKind::kWord;
      t.word = lex_.find("'s");
      return;
    }
    i_ += len;
    t.kind = TokKind::kPunct;
    t.punct = '\'';
  }

  void other(Token& t) {
    // Dashes U+2013/U+2014 act as '-'; other non-ASCII characters are opaque.
    if (static_cast<unsigned char>(s_[i_]) == 0xE2 &&
        (s_.compare(i_, 3, "\xE2\x80\x93") == 0 || s_.compare(i_, 3, "\xE2\x80\x94") == 0)) {
      i_ += 3;
      t.kind = TokKind::kPunct;
      t.punct = '-';
      return;
    }
    ++i_;
    while (i_ < s_.size() && (static_cast<unsigned char>(s_[i_]) & 0xC0) == 0x80) ++i_;
    t.kind = TokKind::kOther;
  }

  void punct(Token& t) {
    t.kind = TokKind::kPunct;
    t.punct = s_[i_++];
    if (t.punct == '.' || t.punct == '!' || t.punct == '?')
      t.ends_sentence = ends_sentence_at(i_ - 1);
  }

  // The reader's decision, so that the tagger's sentences are the reader's ("at 2 p.m. On Friday
  // the council met" is two).
  bool ends_sentence_at(size_t at) const { return text::sentence_break_at(s_, at).has_value(); }

  std::string_view s_;
  const Lexicon& lex_;
  int number_cls_;
  size_t i_ = 0;
  bool space_ = false, blank_line_ = false, line_start_ = false;
  size_t paragraph_line_ = 0;  // where the line began when it is a paragraph's first, else npos
};

// Folds runs like "twenty - four" or "one hundred" into one number token. `starts`: the indices
// of the number words, where runs can start; the tokens between them move down in blocks.
void merge_number_words(std::vector<Token>& toks, const std::vector<uint32_t>& starts,
                        const Lexicon& lex, int cls) {
  if (cls < 0 || starts.empty()) return;
  const uint32_t and_id = lex.find("and");
  size_t r = 0, w = 0;  // read and write positions; w <= r
  for (uint32_t at : starts) {
    if (at < r) continue;  // taken by the previous run
    if (w != r) std::copy(toks.begin() + r, toks.begin() + at, toks.begin() + w);
    w += at - r;
    r = at;
    const LexEntry* e = class_entry(toks[r], lex, cls);
    Token merged = toks[r];
    int64_t total = 0, cur = e->num;
    size_t next = r + 1;
    for (;;) {
      size_t k = next;
      if (k + 1 < toks.size() && toks[k].kind == TokKind::kPunct && toks[k].punct == '-' &&
          !toks[k].space_before)
        ++k;
      else if (k + 1 < toks.size() && and_id && toks[k].word == and_id && (total || cur >= 100))
        ++k;  // "one hundred and five", "two thousand and five"
      const LexEntry* f = k < toks.size() ? class_entry(toks[k], lex, cls) : nullptr;
      if (!f) break;
      if (f->num == 100)
        cur = (cur ? cur : 1) * 100;
      else if (f->num == 1000)
        total += (cur ? cur : 1) * 1000, cur = 0;
      else if (cur == 0 && total > 0 && f->num < 100)
        cur = f->num;  // two thousand ten
      else if (cur % 10 == 0 && cur % 100 != 0 && f->num < 10)
        cur += f->num;  // twenty-four
      else if (cur % 100 == 0 && cur >= 100 && f->num < 100)
        cur += f->num;  // one hundred five
      else
        break;
      next = k + 1;
    }
    merged.kind = TokKind::kNumber;
    merged.number = total + cur;
    // "two thousand ten" reads as a year; "two thousand" alone is a count.
    merged.digits = total >= 1000 && total < 3000 && total % 1000 == 0 && cur > 0 && cur < 100 ? 4 : 0;
    // "nineteen ninety-six": a spelled century followed by a spelled two-digit number is a year.
    if (total == 0 && cur >= 11 && cur <= 20 && next < toks.size()) {
      const LexEntry* f = class_entry(toks[next], lex, cls);
      if (f && f->num >= 10 && f->num < 100 && f->num % 10 == 0) {
        int64_t tail = f->num;
        size_t k = next + 1;
        if (k + 1 < toks.size() && toks[k].kind == TokKind::kPunct && toks[k].punct == '-' &&
            !toks[k].space_before)
          if (const LexEntry* u = class_entry(toks[k + 1], lex, cls); u && u->num < 10)
            tail += u->num, k += 2;
        merged.number = cur * 100 + tail;
        merged.digits = 4;
        next = k;
      }
    }
    merged.end = toks[next - 1].end;
    toks[w++] = merged;
    r = next;
  }
  if (w != r) std::copy(toks.begin() + r, toks.end(), toks.begin() + w);
  toks.resize(w + (toks.size() - r));
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const Lexicon& lexicon, int number_cls) {
  Scanner scanner(text, lexicon, number_cls);
  std::vector<Token> toks = scanner.run();
  merge_number_words(toks, scanner.number_words, lexicon, number_cls);
  return toks;
}

}  // namespace chronoline::temporal
