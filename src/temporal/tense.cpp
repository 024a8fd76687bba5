// Tense: whether the clause around a token speaks of the past or the future, from cue words.
#include "temporal/tense.h"

namespace chronoline::temporal {
namespace {

constexpr uint32_t kWindow = 14;  // tokens looked at on each side

bool ends_sentence(const Token& t) {
  return t.kind == TokKind::kPunct &&
         (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';');
}

// A quotation mark: the words on its other side are the reporter's ("... at 4 a.m. Thursday,''
// Castro said"), not the tense of the quoted clause, nor the quote the reporter's clause's.
bool is_quote(const Token& t, std::string_view text) {
  if (t.kind == TokKind::kPunct) return t.punct == '"' || t.punct == '`' || t.punct == '\'';
  return t.kind == TokKind::kOther && t.end - t.begin == 3 &&
         (text.substr(t.begin, 3) == "\xE2\x80\x9C" || text.substr(t.begin, 3) == "\xE2\x80\x9D");
}

bool has_past_suffix(const Token& t, const Lexicon& lex, const TenseCues& cues,
                     std::string_view text) {
  // A capitalised word is a name ("the United States", "Alfred"), not a guessed past form.
  if (cues.past_suffix < 0 || t.kind != TokKind::kWord || t.cap || t.end - t.begin < 5)
    return false;
  std::string tail = lower_ascii(text.substr(t.end - 2, 2));
  uint32_t id = lex.find(tail);
  return id && lex.entry(id, static_cast<uint16_t>(cues.past_suffix));
}

// The tense a single token signals.
int cue_of(const Token& t, const Lexicon& lex, const TenseCues& cues, std::string_view text) {
  if (t.word) {
    if (cues.future >= 0 && lex.entry(t.word, static_cast<uint16_t>(cues.future))) return 1;
    if (cues.past >= 0 && lex.entry(t.word, static_cast<uint16_t>(cues.past))) return -1;
    if (!lex.entries(t.word).empty()) return 0;  // a known word is never a guessed past form
  }
  return has_past_suffix(t, lex, cues, text) ? -1 : 0;
}

bool in_class(const Token& t, const Lexicon& lex, int cls) {
  return t.word && cls >= 0 && lex.entry(t.word, static_cast<uint16_t>(cls));
}

// The cue of token i, where a past form right after "be"/"is" is a participle, not a past tense,
// and a future cue one or two words after "had" a plan of the past ("had been scheduled").
int cue_at(const std::vector<Token>& toks, uint32_t i, const Lexicon& lex, const TenseCues& cues,
           std::string_view text) {
  int c = cue_of(toks[i], lex, cues, text);
  // "are set to", "is to": a future cue when the word it names follows.
  if (c <= 0 && i + 1 < toks.size() && toks[i + 1].word && cues.future_before >= 0 && toks[i].word)
    if (const LexEntry* e = lex.entry(toks[i].word, static_cast<uint16_t>(cues.future_before)))
      if (lex.word(toks[i + 1].word) == e->value) c = 1;
  if (c < 0 && i > 0 && in_class(toks[i - 1], lex, cues.participle_aux)) return 0;
  // "were planning", "was expected to": the auxiliary's past is the plan's, not the time's.
  if (c < 0 && i + 1 < toks.size() && toks[i + 1].word && cues.future >= 0 &&
      lex.entry(toks[i + 1].word, static_cast<uint16_t>(cues.future)))
    return 0;
  if (c > 0 && ((i > 0 && in_class(toks[i - 1], lex, cues.perfect_aux)) ||
                (i > 1 && in_class(toks[i - 2], lex, cues.perfect_aux))))
    return -1;
  return c;
}

}  // namespace

int tense_at(const std::vector<Token>& toks, uint32_t tb, uint32_t te, const Lexicon& lex,
             const TenseCues& cues, std::string_view text) {
  if (toks.empty()) return 0;
  uint32_t lo = tb;
  while (lo > 0 && tb - lo < kWindow && !ends_sentence(toks[lo - 1]) &&
         !is_quote(toks[lo - 1], text) && !toks[lo].break_before)
    --lo;
  uint32_t hi = te;  // one past the last token looked at
  while (hi < toks.size() && hi - te < kWindow && !toks[hi].break_before) {
    if (ends_sentence(toks[hi]) || is_quote(toks[hi], text)) break;
    ++hi;
  }
  // Alternate outwards; on a tie the left cue wins ("will meet on Friday"). A deadline word on the
  // left counts only when nothing else does.
  int deadline = 0;
  for (uint32_t d = 1; d <= kWindow; ++d) {
    if (tb >= lo + d) {
      if (int c = cue_at(toks, tb - d, lex, cues, text)) return c;
      if (in_class(toks[tb - d], lex, cues.deadline)) deadline = 1;
    }
    if (te + d - 1 < hi)
      if (int c = cue_at(toks, te + d - 1, lex, cues, text)) return c;
  }
  return deadline;
}

int adjacent_tense(const std::vector<Token>& toks, uint32_t tb, const Lexicon& lex,
                   const TenseCues& cues, std::string_view text) {
  if (tb == 0 || toks[tb].break_before || ends_sentence(toks[tb - 1])) return 0;
  return cue_at(toks, tb - 1, lex, cues, text);
}

}  // namespace chronoline::temporal
