// Matcher: finds where rules match a token sequence, including rules built on earlier matches.
#include "temporal/matcher.h"

#include <algorithm>
#include <utility>

namespace chronoline::temporal {
namespace {

// Inlined everywhere: with `b` known, as in all_builtin_bits, its switch folds away.
[[gnu::always_inline]] inline bool builtin_matches(Builtin b, const Token& t) {
  if (t.kind != TokKind::kNumber) return false;
  int64_t v = t.number;
  bool plain = t.suffix == NumSuffix::kNone;
  switch (b) {
    case Builtin::kInt:
      return plain && t.digits > 0;
    case Builtin::kNum:
      return plain && t.digits <= 3;  // 4 digits is a year, not a count
    case Builtin::kYear:
      return plain && t.digits == 4 && v >= 1000 && v <= 2099;
    case Builtin::kYY:
      return plain && t.digits == 2;
    case Builtin::kDay:
      return (plain || t.suffix == NumSuffix::kOrdinal) && t.digits > 0 && t.digits <= 2 &&
             v >= 1 && v <= 31;
    case Builtin::kOrd:
      return t.suffix == NumSuffix::kOrdinal && t.digits > 0;
    case Builtin::kHour:
      return (plain || t.suffix == NumSuffix::kAm || t.suffix == NumSuffix::kPm ||
              t.suffix == NumSuffix::kIsh) &&
             t.digits <= 2 && v <= 24;
    case Builtin::kHHMM:
      return (plain || t.suffix == NumSuffix::kAm || t.suffix == NumSuffix::kPm ||
              t.suffix == NumSuffix::kIsh) &&
             (t.digits == 3 || t.digits == 4) && v % 100 <= 59 && v / 100 >= 1 && v / 100 <= 23;
    case Builtin::kLongInt:
      return plain && t.digits >= 3;
    case Builtin::kZeroHHMM:  // no year or amount is written with a leading zero
      return plain && t.digits == 4 && v >= 100 && v < 1000 && v % 100 <= 59;
    case Builtin::kShortClock:
      return (t.suffix == NumSuffix::kShortAm || t.suffix == NumSuffix::kShortPm) &&
             t.digits <= 2 && v >= 1 && v <= 12;
    case Builtin::kHHour:
      return t.suffix == NumSuffix::kH && t.digits <= 2 && v <= 24;
    case Builtin::kMinute:
      return (plain || t.suffix == NumSuffix::kAm || t.suffix == NumSuffix::kPm ||
              t.suffix == NumSuffix::kShortAm || t.suffix == NumSuffix::kShortPm) &&
             t.digits == 2 && v <= 59;
    case Builtin::kClockHour:
      return (t.suffix == NumSuffix::kAm || t.suffix == NumSuffix::kPm) && t.digits <= 2 &&
             v >= 1 && v <= 12;
    case Builtin::kClockMinute:
      return (t.suffix == NumSuffix::kAm || t.suffix == NumSuffix::kPm) && t.digits == 2 && v <= 59;
    case Builtin::kDecade:
      return t.suffix == NumSuffix::kPlural && v % 10 == 0 && t.digits == 4;
    case Builtin::kShortDecade:
      return t.suffix == NumSuffix::kPlural && v % 10 == 0 && t.digits == 2;
  }
  return false;
}

// Bit b set when Builtin b matches t, every builtin tested with its case known at compile time:
// each test inlines to a few comparisons, where a loop over the wanted builtins called
// builtin_matches and its switch once per builtin for every number a rule may start with
// (callgrind, tbaq: 98.37M -> 98.14M instructions in all).
template <size_t... B>
[[gnu::always_inline]] inline uint32_t all_builtin_bits(const Token& t, std::index_sequence<B...>) {
  return ((uint32_t{builtin_matches(static_cast<Builtin>(B), t)} << B) | ...);
}

// The builtins among `wanted` (bit b for Builtin b) that match t.
uint32_t builtin_mask(const Token& t, uint32_t wanted) {
  constexpr size_t kBuiltins = static_cast<size_t>(Builtin::kLongInt) + 1;
  static_assert(kBuiltins <= 32, "one bit per builtin");
  if (t.kind != TokKind::kNumber) return 0;
  return all_builtin_bits(t, std::make_index_sequence<kBuiltins>{}) & wanted;
}

}  // namespace

// Sorted by first token, ids ascending within a token. Sorting the few candidates costs less
// than a counting sort, which would walk every token.
CandidateIndex::CandidateIndex(const std::vector<CandidateRef>& cands, size_t tokens)
    : starts(cands.size()), first(tokens + 1, 0), types(tokens + 1, 0) {
  for (uint32_t i = 0; i < cands.size(); ++i) {
    starts[i] = {cands[i].tb, i};
    types[cands[i].tb] |= cands[i].type | kPresent;
  }
  std::sort(starts.begin(), starts.end());
  for (size_t k = starts.size(); k-- > 0;) first[starts[k].first] = static_cast<uint32_t>(k);
}

// Inline: the search and the quick tests of try_rule call it for every atom they try.
inline bool Matcher::atom_matches(const Atom& a, const Token& t, bool lenient,
                                  const LexEntry** entry) const {
  switch (a.kind) {
    case Atom::Kind::kWord:
      return t.word == a.id && t.word != 0;
    case Atom::Kind::kPunct:
      return t.kind == TokKind::kPunct && t.punct == a.punct;
    case Atom::Kind::kBuiltin:
      return builtin_matches(static_cast<Builtin>(a.id), t) &&
             (a.number < 0 || t.number == a.number);
    case Atom::Kind::kClass: {
      if (!t.word) return false;
      const LexEntry* e = lex_.entry(t.word, static_cast<uint16_t>(a.id));
      if (!e) return false;
      if (!lenient &&
          (((e->flags & kCapOnly) && !t.cap) || (a.unambiguous && (e->flags & kAmbiguous))))
        return false;
      *entry = e;
      return true;
    }
    case Atom::Kind::kCandidate:
      return false;
  }
  return false;
}

// One backtracking search for a rule at one position; keeps the longest complete match.
class Matcher::Search {
 public:
  Search(const Matcher& m, const RuleInfo& info, uint32_t r, const std::vector<Token>& toks,
         uint32_t pos, const std::vector<CandidateRef>* cands, const CandidateIndex* by_start,
         bool lenient)
      : m_(m),
        rule_(m.rules_[r]),
        info_(info),
        toks_(toks),
        cands_(cands),
        by_start_(by_start),
        pos_(pos),
        lenient_(lenient) {
    best_.rule = r;
    for (size_t i = 0; i < rule_.part_keys.size(); ++i)
      parts_[i] = Binding{false, 0, 0, nullptr, -1};
  }

  // Appends the longest match to `out`, if there is one.
  void run(std::vector<Match>& out) {
    go(0, pos_);
    if (found_) out.push_back(best_);
  }

 private:
  void go(size_t ei, uint32_t p) {
    if (ei == info_.lead) tb_ = p;
    if (ei == info_.tail) te_ = p;
    if (ei == rule_.elems.size()) return finish(p);
    const Element& e = rule_.elems[ei];
    for (const Atom& a : e.alts) {
      if (a.kind == Atom::Kind::kCandidate) {
        candidates(ei, e, a, p);
        continue;
      }
      if (p >= toks_.size() || !may_continue(p, e, toks_[p])) continue;
      if (e.line_start && !toks_[p].line_start) continue;
      if (e.sentence_start && !opens_sentence(p)) continue;
      const LexEntry* entry = nullptr;
      if (!m_.atom_matches(a, toks_[p], lenient_, &entry)) continue;
      bind(ei, e, Binding{true, p, p + 1, entry, -1}, p + 1);
    }
    if (e.optional) go(ei + 1, p);
  }

  void candidates(size_t ei, const Element& e, const Atom& a, uint32_t p) {
    if (!cands_) return;
    for (auto [tb, ci] : by_start_->at(p)) {
      const CandidateRef& c = (*cands_)[ci];
      if (!(c.type & a.id) || !may_continue(p, e, toks_[p])) continue;
      bind(ei, e, Binding{true, p, c.te, nullptr, static_cast<int>(ci)}, c.te);
    }
  }

  // Whether token p starts a sentence: the text's first, after a blank line, a sentence end or ";",
  // maybe behind an opening quote or bracket ('"In winter markets fell," he said'). (Not a line
  // start: hard-wrapped text breaks lines inside sentences. A curly quote is an opaque token.)
  bool opens_sentence(uint32_t p) const {
    if (p > 0 && !toks_[p].space_before && opening_mark(p - 1)) --p;
    if (p == 0 || toks_[p].break_before || toks_[p - 1].ends_sentence) return true;
    const Token& b = toks_[p - 1];
    return b.kind == TokKind::kPunct && b.punct == ';';
  }

  // Whether token k is a quote or bracket that opens: glued to what follows, not to what precedes.
  bool opening_mark(uint32_t k) const {
    const Token& t = toks_[k];
    if (t.kind != TokKind::kPunct || (k > 0 && !t.space_before)) return false;
    return t.punct == '"' || t.punct == '\'' || t.punct == '(' || t.punct == '[';
  }

  // Tokens after the first never cross a blank line or a sentence end ("at 2 p.m. On Friday" is
  // two expressions), and glued elements need no space before.
  bool may_continue(uint32_t p, const Element& e, const Token& t) const {
    return p == pos_ ||
           !(t.break_before || toks_[p - 1].ends_sentence || (e.glued && t.space_before));
  }

  void bind(size_t ei, const Element& e, const Binding& b, uint32_t next) {
    if (e.part < 0) return go(ei + 1, next);
    Binding saved = parts_[e.part];
    parts_[e.part] = b;
    go(ei + 1, next);
    parts_[e.part] = saved;
  }

  void finish(uint32_t p) {
    if (te_ <= tb_ || (found_ && p <= best_end_)) return;
    best_.tb = tb_;
    best_.te = te_;
    best_.extent = p - pos_;
    for (size_t i = 0; i < kMaxParts; ++i)
      best_.parts[i] = i < rule_.part_keys.size() ? parts_[i] : Binding{false, 0, 0, nullptr, -1};
    best_end_ = p;
    found_ = true;
  }

  const Matcher& m_;
  const Rule& rule_;
  const RuleInfo& info_;
  const std::vector<Token>& toks_;
  const std::vector<CandidateRef>* cands_;
  const CandidateIndex* by_start_;
  uint32_t pos_;
  bool lenient_;
  uint32_t tb_ = 0, te_ = 0, best_end_ = 0;
  bool found_ = false;
  std::array<Binding, kMaxParts> parts_;
  Match best_;
};

Matcher::Matcher(const std::vector<Rule>& rules, const Lexicon& lexicon)
    : rules_(rules), lex_(lexicon) {
  for (auto& ranks : class_ranks_) ranks.assign(lex_.class_count(), kNoRank);
  for (const Rule& rule : rules) {
    RuleInfo info;
    while (info.lead < rule.elems.size() && rule.elems[info.lead].context) ++info.lead;
    info.tail = static_cast<uint8_t>(rule.elems.size());
    while (info.tail > info.lead && rule.elems[info.tail - 1].context) --info.tail;
    auto simple = [](const Element& e) {
      if (e.optional) return false;
      for (const Atom& a : e.alts)
        if (a.kind == Atom::Kind::kCandidate) return false;
      return true;
    };
    while (info.quick < rule.elems.size() && info.quick < UINT8_MAX &&
           simple(rule.elems[info.quick]))
      ++info.quick;
    if (!rule.composite) {  // composite rules start where candidates are, not by the token filter
      choose_must(rule, info);
      choose_starts(rule, info);
    } else {
      for (const Element& e : rule.elems) {
        bool cand = false, only_cands = true;
        uint8_t types = 0;
        for (const Atom& a : e.alts) {
          bool c = a.kind == Atom::Kind::kCandidate;
          cand |= c, only_cands &= c;
          if (c) types |= static_cast<uint8_t>(a.id);
        }
        if (cand) {
          // A required element of @-atoms only needs a candidate of one of their types there.
          if (only_cands && !e.optional) info.cand_types = types;
          break;
        }
        info.cand_hi++;
        if (!e.optional) info.cand_lo++;
      }
      choose_after(rule, info);
      choose_starts(rule, info);
    }
    for (int lenient : {0, 1})
      if (!rule.composite && rule.mode != (lenient ? Rule::Mode::kProse : Rule::Mode::kForward)) {
        any_must_[lenient] |= info.must;
        max_must_hi_[lenient] = std::max(max_must_hi_[lenient], info.must_hi);
        for (int b = 0; b < 64; ++b)
          if (info.must >> b & 1)
            reach_[lenient][b] = std::max(reach_[lenient][b], info.must_hi);
      }
    info_.push_back(info);
  }
  for (uint32_t r = 0; r < rules.size(); ++r)
    for (int lenient : {0, 1})
      if (rules[r].mode != (lenient ? Rule::Mode::kProse : Rule::Mode::kForward))
        (rules[r].composite ? composite_ : base_)[lenient].add(r, rules[r]);
  index_words();
  index_begins();
  for (auto* triggers : {&base_, &composite_})
    for (Triggers& t : *triggers) {
      index_follow(t);
      t.index_numeric();
      index_numeric_starts(t);
      index_candidate_follow(t);
    }
  for (Triggers& t : base_) index_musts(t);
  index_word_next();
  for (auto* triggers : {&base_, &composite_})
    for (Triggers& t : *triggers) flatten(t);
}

void Matcher::flatten(Triggers& triggers) const {
  triggers.pool.clear();
  auto ref = [&](const std::vector<Trigger>& list, uint64_t follow) {
    Triggers::ListRef r{follow, static_cast<uint32_t>(triggers.pool.size()), 0};
    triggers.pool.insert(triggers.pool.end(), list.begin(), list.end());
    r.end = static_cast<uint32_t>(triggers.pool.size());
    return r;
  };
  // Each non-empty class list once in the pool, however many words offer it.
  std::vector<Triggers::ListRef> class_refs(triggers.by_class.size());
  for (size_t c = 0; c < triggers.by_class.size(); ++c)
    if (!triggers.by_class[c].empty())
      class_refs[c] = ref(triggers.by_class[c], triggers.class_follow[c]);
  triggers.word_refs.clear();
  triggers.word_refs_at.assign(1, 0);
  for (uint32_t id = 0; id < lex_.word_count(); ++id) {
    // As each() took them: no word for id 0, the word's own list, then its classes' lists.
    if (id && id < triggers.by_word.size() && !triggers.by_word[id].empty())
      triggers.word_refs.push_back(ref(triggers.by_word[id], triggers.word_follow[id]));
    if (id)
      for (uint16_t cls : classes_of(id))
        if (cls < triggers.by_class.size() && !triggers.by_class[cls].empty())
          triggers.word_refs.push_back(class_refs[cls]);
    triggers.word_refs_at.push_back(static_cast<uint32_t>(triggers.word_refs.size()));
  }
  for (size_t c = 0; c < triggers.by_punct.size() && c < triggers.punct_refs.size(); ++c)
    if (!triggers.by_punct[c].empty())
      triggers.punct_refs[c] = ref(triggers.by_punct[c], triggers.punct_follow[c]);
}

void Matcher::index_musts(Triggers& triggers) const {
  for (auto* lists : {&triggers.by_word, &triggers.by_class, &triggers.by_punct})
    for (std::vector<Trigger>& list : *lists)
      for (Trigger& tr : list) tr.must = info_[tr.rule].must;
  for (NumericTrigger& n : triggers.numeric) n.must = info_[n.rule].must;
}

void Matcher::Triggers::add(uint32_t r, const Rule& rule) {
  auto put_candidate = [&] {
    if (candidate.empty() || candidate.back().rule != r) candidate.push_back({r, 0xFF});
  };
  auto put_at = [&](std::vector<std::vector<Trigger>>& index, uint32_t key) {
    if (index.size() <= key) index.resize(key + 1);
    if (index[key].empty() || index[key].back().rule != r)
      index[key].push_back({r, 0, ~uint64_t{0}});
  };
  if (by_punct.empty()) by_punct.resize(128);
  for (const Element& e : rule.elems) {
    for (const Atom& a : e.alts) {
      if (a.kind == Atom::Kind::kWord)
        put_at(by_word, a.id);
      else if (a.kind == Atom::Kind::kClass)
        put_at(by_class, a.id);
      else if (a.kind == Atom::Kind::kPunct)
        put_at(by_punct, static_cast<unsigned char>(a.punct) & 127);
      else if (a.kind == Atom::Kind::kCandidate)
        put_candidate();
      else
        add_numeric(r, a.id < 32 ? uint32_t{1} << a.id : kAnyNumber);  // no bit past 31
    }
    if (!e.optional) break;
  }
  // each() may skip a rule in `numeric` only if no later list offers it at the same token, or the
  // order of tries, and so of matches, would change: keep rules that can also start at a
  // candidate.
  if (!numeric.empty() && numeric.back().rule == r && !candidate.empty() &&
      candidate.back().rule == r)
    numeric.back().builtins = kAnyNumber;
}

void Matcher::Triggers::index_numeric() {
  numeric_words = (numeric.size() + 63) / 64;
  numeric_rows.assign(33 * numeric_words, 0);
  for (size_t i = 0; i < numeric.size(); ++i) {
    uint64_t bit = uint64_t{1} << (i % 64);
    if (numeric[i].builtins == kAnyNumber) {
      numeric_rows[32 * numeric_words + i / 64] |= bit;
      continue;
    }
    for (uint32_t rest = numeric[i].builtins; rest; rest &= rest - 1)
      numeric_rows[std::countr_zero(rest) * numeric_words + i / 64] |= bit;
  }
}

void Matcher::Triggers::add_numeric(uint32_t r, uint32_t builtins) {
  if (numeric.empty() || numeric.back().rule != r) numeric.push_back({r, 0, 0, ~uint64_t{0}});
  numeric.back().builtins |= builtins;
  if (builtins != kAnyNumber) wanted_builtins |= builtins;
}

// Calls fn(rule) for each rule that can start at token t (and at a candidate, when one starts
// there).
template <class Fn>
void Matcher::Triggers::each(const Token& t, uint64_t next, uint8_t cand_types,
                             const uint64_t* allowed, uint64_t near, Fn&& fn) const {
  // The follow masks assume a token's start bits are its word's, its number's or its punctuation
  // mark's; a merged number word ("twenty") has both its word's and number bits: no filter.
  if (t.kind == TokKind::kNumber && t.word) next = ~uint64_t{0};
  auto may_follow = [next](uint64_t follow) { return !follow || (follow & next); };
  auto offered = [&](uint64_t follow, uint64_t must) {
    return may_follow(follow) && (must & near);
  };
  // A word's own list, then its classes' (flatten).
  if (t.word && t.word + size_t{1} < word_refs_at.size())
    for (uint32_t k = word_refs_at[t.word]; k < word_refs_at[t.word + 1]; ++k) {
      const ListRef& list = word_refs[k];
      if (may_follow(list.follow))
        for (uint32_t i = list.begin; i < list.end; ++i)
          if (offered(pool[i].follow, pool[i].must)) fn(pool[i].rule);
    }
  // Most rules that can start with a number want a particular kind of number (a year, a day,
  // "5pm"): skip those whose builtins cannot match this one.
  if (t.kind == TokKind::kNumber && !numeric.empty()) {
    uint32_t mask = builtin_mask(t, wanted_builtins);
    const uint64_t* any = &numeric_rows[32 * numeric_words];
    // The index of number_bits(t) in kNumberKinds; a number word ("twenty") also has its word's
    // start bits: no start filter (3).
    const size_t kind = t.word                          ? 3
                        : t.suffix != NumSuffix::kNone ? 2
                        : t.digits == 4                ? 1
                                                       : 0;
    for (size_t w = 0; w < numeric_words; ++w) {
      uint64_t set = any[w];
      for (uint32_t rest = mask; rest; rest &= rest - 1)
        set |= numeric_rows[std::countr_zero(rest) * numeric_words + w];
      if (kind < 3) {
        uint64_t starts = numeric_free[kind][w];
        for (uint64_t bits = next; bits; bits &= bits - 1)
          starts |= numeric_next[kind][std::countr_zero(bits) * numeric_words + w];
        set &= starts;
      }
      for (; set; set &= set - 1) {
        const NumericTrigger& n = numeric[w * 64 + std::countr_zero(set)];
        if (offered(n.follow, n.must)) fn(n.rule);
      }
    }
  }
  if (t.kind == TokKind::kPunct) {
    const ListRef& list = punct_refs[static_cast<unsigned char>(t.punct) & 127];
    if (may_follow(list.follow))
      for (uint32_t i = list.begin; i < list.end; ++i)
        if (offered(pool[i].follow, pool[i].must)) fn(pool[i].rule);
  }
  if (!cand_types) return;
  if (!allowed) {
    for (const CandidateTrigger& c : candidate)
      if (c.types & cand_types) fn(c.rule);
    return;
  }
  for (size_t w = 0; w < candidate_words; ++w)
    for (uint64_t set = allowed[w]; set; set &= set - 1) {
      const CandidateTrigger& c = candidate[w * 64 + std::countr_zero(set)];
      if (c.types & cand_types) fn(c.rule);
    }
}

// Token filter bits: a rule is tried only where a token within reach could match its most selective
// required element. Bits may collide; that only weakens the filter, never loses a match.
namespace {
// Bits 0-45 classes, 46 years, 47 suffixed numbers, 48-59 literal words, 60 ':', 61 '/', 62 other
// numbers, 63 other punctuation.
constexpr int kWordBits = 12, kClassBits = 46;
// A class's bit: its rank among the classes one filter space's masks name (Matcher::class_ranks_,
// filter_bits), so that classes only the C++ reads take none and adding one moves no rule's class
// to another bit (with the class id as the bit, the ids after a new class shifted by one and their
// bits collided differently: tag --jsonl cost 1.2% more in try_at and match_base after two classes
// were added). Past 46 classes the ranks wrap around and share bits, which only weakens the filter;
// in November 2026 the must masks named 42 classes and the start masks 45.
uint64_t class_bit(uint32_t cls, const std::vector<uint16_t>& ranks) {
  return uint64_t{1} << ((cls < ranks.size() ? ranks[cls] : cls) % kClassBits);
}
uint64_t word_bit(uint32_t word) { return uint64_t{1} << (48 + word % kWordBits); }
constexpr uint64_t kNumberBit = uint64_t{1} << 62, kPunctBit = uint64_t{1} << 63;
constexpr uint64_t kColonBit = uint64_t{1} << 60,
                   kSlashBit = uint64_t{1} << 61;  // rare, so selective

uint64_t punct_bits(char c) { return c == ':' ? kColonBit : c == '/' ? kSlashBit : kPunctBit; }
constexpr uint64_t kYearBit = uint64_t{1} << 46,
                   kSuffixBit = uint64_t{1} << 47;  // shared with classes 46, 47

uint64_t builtin_bits(Builtin b) {
  switch (b) {
    case Builtin::kYear:
      return kYearBit;
    case Builtin::kInt:
      return kNumberBit | kYearBit;
    case Builtin::kDay:
    case Builtin::kMinute:
    case Builtin::kHour:
      return kNumberBit | kSuffixBit;
    case Builtin::kHHMM:
      return kNumberBit | kYearBit | kSuffixBit;
    case Builtin::kZeroHHMM:
    case Builtin::kLongInt:
      return kNumberBit | kYearBit;
    case Builtin::kShortClock:
      return kSuffixBit;
    case Builtin::kOrd:
    case Builtin::kHHour:
    case Builtin::kDecade:
    case Builtin::kShortDecade:
    case Builtin::kClockHour:
    case Builtin::kClockMinute:
      return kSuffixBit;
    default:
      return kNumberBit;
  }
}

uint64_t number_bits(const Token& t) {
  if (t.suffix != NumSuffix::kNone) return kSuffixBit;
  return t.digits == 4 ? kYearBit : kNumberBit;
}

// The three values of number_bits, by their index in Triggers::numeric_free (see each()).
constexpr std::array<uint64_t, 3> kNumberKinds = {kNumberBit, kYearBit, kSuffixBit};

int atom_rank(const Atom& a) {
  switch (a.kind) {
    case Atom::Kind::kClass:
      return 0;
    case Atom::Kind::kBuiltin:
      return builtin_bits(static_cast<Builtin>(a.id)) & kNumberBit ? 3 : 1;
    case Atom::Kind::kWord:
      return 2;
    case Atom::Kind::kPunct:
      return punct_bits(a.punct) == kPunctBit ? 4 : 2;
    default:
      return 4;
  }
}

uint64_t atom_bits(const Atom& a, const std::vector<uint16_t>& ranks) {
  switch (a.kind) {
    case Atom::Kind::kWord:
      return word_bit(a.id);
    case Atom::Kind::kClass:
      return class_bit(a.id, ranks);
    case Atom::Kind::kBuiltin:
      return builtin_bits(static_cast<Builtin>(a.id));
    case Atom::Kind::kPunct:
      return punct_bits(a.punct);
    case Atom::Kind::kCandidate:
      return ~uint64_t{0};
  }
  return ~uint64_t{0};
}
}  // namespace

// An atom's filter bits in the must or the start space (TokenBits). A class takes its rank in the
// space (class_bit) when a mask of that space first names it. The two spaces are tested apart, so
// each has its 46 class bits: ranked together, the classes past 46 shared bits and let tries
// through for nothing ("the New York" tried every season rule).
uint64_t Matcher::filter_bits(const Atom& a, Space space) {
  std::vector<uint16_t>& ranks = class_ranks_[space];
  if (a.kind == Atom::Kind::kClass && a.id < ranks.size() && ranks[a.id] == kNoRank)
    ranks[a.id] = ranked_[space]++;
  return atom_bits(a, ranks);
}

void Matcher::choose_must(const Rule& rule, RuleInfo& info) {
  // Prefer the most selective required element: lexicon classes, then suffixed numbers and years,
  // then literal words (longer ones first: "quarter" beats "of"), then plain numbers, punctuation.
  int best_rank = 99;
  size_t best_len = 0;
  uint8_t required_before = 0, lo = 0, hi = 0;
  bool any = false;
  for (size_t k = 0; k < rule.elems.size(); ++k) {
    const Element& e = rule.elems[k];
    if (e.optional) continue;
    uint8_t before = required_before++;
    int rank = 0;
    size_t len = 99;
    for (const Atom& a : e.alts) {
      rank = std::max(rank, atom_rank(a));
      if (a.kind == Atom::Kind::kWord) len = std::min(len, lex_.word(a.id).size());
    }
    // On a tie the later element wins: leading ones are often modifiers ("a", "last").
    if (rank < best_rank || (rank == best_rank && len >= best_len))
      best_rank = rank, best_len = len, lo = before, hi = static_cast<uint8_t>(k), any = true;
  }
  // Only the chosen element's classes take filter bits (see filter_bits).
  uint64_t best = any ? 0 : ~uint64_t{0};
  if (any)
    for (const Atom& a : rule.elems[hi].alts) best |= filter_bits(a, kMustSpace);
  info.must = best;
  info.must_lo = lo;
  info.must_hi = hi;
  for (const Atom& a : rule.elems[hi].alts)
    if (a.kind == Atom::Kind::kWord) {
      if (must_words_.size() <= a.id) must_words_.resize(a.id + 1, false);
      must_words_[a.id] = true;
    }
}

// Most tries start at a common word that many rules can begin with ("the", "a", "in") and fail
// on the next token. A match's first token is the first element not skipped as optional, its
// second the next such element, or nothing when all the rest are optional: record those pairs
// of element masks, so try_at can test the two tokens' filter bits before trying the rule.
void Matcher::choose_starts(const Rule& rule, RuleInfo& info) {
  auto mask_of = [&](const Element& e) {
    uint64_t mask = 0;
    for (const Atom& a : e.alts) {
      mask |= filter_bits(a, kStartSpace);
      if (a.kind == Atom::Kind::kWord) mark_start_word(a.id);  // its tokens must carry its bit
    }
    return mask;
  };
  std::vector<std::pair<uint64_t, uint64_t>> pairs;
  // second == 0: the match can end after its first token, so the second is free.
  auto join = [](uint64_t a, uint64_t b) { return a && b ? a | b : 0; };
  auto add = [&](uint64_t first, uint64_t second) {
    for (auto& pr : pairs)
      if (pr.first == first) return void(pr.second = join(pr.second, second));
    pairs.emplace_back(first, second);
  };
  // Composite rules: a candidate spans tokens any rule may have matched, so an @-element as the
  // first leaves the rule unfiltered, and as the second leaves the second token free.
  auto has_cand = [](const Element& e) {
    for (const Atom& a : e.alts)
      if (a.kind == Atom::Kind::kCandidate) return true;
    return false;
  };
  const auto& elems = rule.elems;
  for (size_t i = 0; i < elems.size(); ++i) {
    if (has_cand(elems[i])) return;  // n_starts stays 0
    uint64_t first = mask_of(elems[i]);
    bool may_end = true;  // the match can end after element i
    for (size_t j = i + 1; j < elems.size(); ++j) {
      add(first, has_cand(elems[j]) ? 0 : mask_of(elems[j]));
      if (!elems[j].optional) {
        may_end = false;
        break;
      }
    }
    if (may_end) add(first, 0);
    if (!elems[i].optional) break;
  }
  // Too many pairs: one pair of unions is a weaker test but still never rejects a match.
  if (pairs.size() > info.starts.size()) {
    std::pair<uint64_t, uint64_t> all = pairs[0];
    for (auto& pr : pairs) all.first |= pr.first, all.second = join(all.second, pr.second);
    pairs.assign(1, all);
  }
  info.n_starts = static_cast<uint8_t>(pairs.size());
  std::copy(pairs.begin(), pairs.end(), info.starts.begin());
}

void Matcher::mark_start_word(uint32_t id) {
  if (start_words_.size() <= id) start_words_.resize(id + 1, false);
  start_words_[id] = true;
}

// A composite rule that begins with an @-element is offered wherever a candidate starts, and
// usually fails on the token after it ("@date 's", "@point - @point"): note which elements can
// come next, so match_composite can test that token before trying the rule.
void Matcher::choose_after(const Rule& rule, RuleInfo& info) {
  const auto& elems = rule.elems;
  if (elems.empty() || elems[0].optional) return;
  for (const Atom& a : elems[0].alts)
    if (a.kind != Atom::Kind::kCandidate) return;
  info.lead_cand = true;
  info.after_end = 1;
  while (info.after_end < elems.size() && elems[info.after_end].optional) ++info.after_end;
  // Elements [1, after_end] can match right after the first; past the end, nothing must.
  for (size_t j = 1; j <= info.after_end && j < elems.size(); ++j)
    for (const Atom& a : elems[j].alts) {
      if (a.kind == Atom::Kind::kCandidate) {
        info.after_types |= static_cast<uint8_t>(a.id);
        continue;
      }
      info.after_bits |= filter_bits(a, kStartSpace);
      if (a.kind == Atom::Kind::kWord) mark_start_word(a.id);  // its tokens must carry its bit
    }
}

// Whether some candidate at p that the rule's first element accepts is followed by what its next
// elements can start with: a token an element matches, a candidate one accepts, or nothing needed.
bool Matcher::candidate_followed(const Rule& rule, const RuleInfo& info, uint32_t p,
                                 const std::vector<Token>& toks,
                                 const TokenBitVector& start_bits,
                                 const std::vector<CandidateRef>& cands,
                                 const CandidateIndex& by_start, bool lenient) const {
  if (info.after_end >= rule.elems.size()) return true;
  for (auto [tb, ci] : by_start.at(p)) {
    const CandidateRef& c = cands[ci];
    if (!(c.type & info.cand_types)) continue;
    // The filter bits first: most candidates are followed by nothing the rule can use.
    if (!(start_bits[c.te] & info.after_bits) && !(by_start.types_at(c.te) & info.after_types))
      continue;
    for (size_t j = 1; j <= info.after_end; ++j) {
      const Element& e = rule.elems[j];
      if (c.te < toks.size() && element_matches(e, toks[c.te], lenient)) return true;
      for (const Atom& a : e.alts)
        if (a.kind == Atom::Kind::kCandidate && (by_start.types_at(c.te) & a.id)) return true;
    }
  }
  return false;
}

void Matcher::index_begins() {
  word_begins_.assign(lex_.word_count(), 0);
  for (uint32_t id = 1; id < lex_.word_count(); ++id)
    for (int lenient : {0, 1}) {
      const Triggers& triggers = base_[lenient];
      bool begins = id < triggers.by_word.size() && !triggers.by_word[id].empty();
      for (uint16_t cls : classes_of(id))
        begins |= cls < triggers.by_class.size() && !triggers.by_class[cls].empty();
      if (begins) word_begins_[id] |= static_cast<uint8_t>(1 << lenient);
    }
}

void Matcher::index_word_next() {
  for (int lenient : {0, 1}) {
    const Triggers& triggers = base_[lenient];
    std::vector<uint64_t>& next = word_next_[lenient];
    next.assign(lex_.word_count(), 0);
    // A list's follow mask of 0 lets any token follow: so does an all-ones union.
    auto add = [&](uint64_t& to, const std::vector<Trigger>& list, uint64_t follow) {
      if (!list.empty()) to |= follow ? follow : ~uint64_t{0};
    };
    for (uint32_t id = 1; id < lex_.word_count(); ++id) {
      if (id < triggers.by_word.size())
        add(next[id], triggers.by_word[id], triggers.word_follow[id]);
      for (uint16_t cls : classes_of(id))
        if (cls < triggers.by_class.size())
          add(next[id], triggers.by_class[cls], triggers.class_follow[cls]);
    }
  }
}

void Matcher::index_words() {
  class_begin_.assign(1, 0);
  word_classes_.clear();
  for (uint32_t id = 0; id < lex_.word_count(); ++id) {
    for (const LexEntry& e : lex_.entries(id)) word_classes_.push_back(e.cls);
    class_begin_.push_back(static_cast<uint32_t>(word_classes_.size()));
  }
  // Only the classes some rule names give a word filter bits: a class only the C++ reads (the
  // tense model's pronouns, say) would share a bit with a rule's class and make its words start
  // tries for nothing.
  word_bits_.assign(lex_.word_count(), WordBits{});
  for (uint32_t id = 1; id < lex_.word_count(); ++id) {
    uint64_t must = 0, start = 0;
    for (const LexEntry& e : lex_.entries(id)) {
      if (class_ranks_[kMustSpace][e.cls] != kNoRank)
        must |= class_bit(e.cls, class_ranks_[kMustSpace]);
      if (class_ranks_[kStartSpace][e.cls] != kNoRank)
        start |= class_bit(e.cls, class_ranks_[kStartSpace]);
    }
    word_bits_[id] = {must, start};
    if (id < must_words_.size() && must_words_[id]) word_bits_[id].must |= word_bit(id);
    if (id < start_words_.size() && start_words_[id]) word_bits_[id].start |= word_bit(id);
  }
}

void Matcher::index_numeric_starts(Triggers& triggers) const {
  const size_t words = triggers.numeric_words;
  for (size_t kind = 0; kind < kNumberKinds.size(); ++kind) {
    std::vector<uint64_t>& free = triggers.numeric_free[kind];
    std::vector<uint64_t>& next = triggers.numeric_next[kind];
    free.assign(words, 0);
    next.assign(64 * words, 0);
    for (size_t i = 0; i < triggers.numeric.size(); ++i) {
      uint64_t bit = uint64_t{1} << (i % 64);
      const RuleInfo& info = info_[triggers.numeric[i].rule];
      if (info.n_starts == 0) free[i / 64] |= bit;  // as may_start: no filter
      for (size_t k = 0; k < info.n_starts; ++k) {
        auto [first, second] = info.starts[k];
        if (!(first & kNumberKinds[kind])) continue;
        if (!second) free[i / 64] |= bit;
        for (uint64_t rest = second; rest; rest &= rest - 1)
          next[std::countr_zero(rest) * words + i / 64] |= bit;
      }
    }
  }
}

void Matcher::index_candidate_follow(Triggers& triggers) const {
  const size_t words = (triggers.candidate.size() + 63) / 64;
  triggers.candidate_words = words;
  triggers.candidate_open.assign(words, 0);
  triggers.candidate_after_bits.assign(64 * words, 0);
  triggers.candidate_after_types.assign(8 * words, 0);
  for (size_t i = 0; i < triggers.candidate.size(); ++i) {
    uint64_t bit = uint64_t{1} << (i % 64);
    uint32_t r = triggers.candidate[i].rule;
    const RuleInfo& info = info_[r];
    // As match_composite's test: only a rule that begins with a candidate and needs more after it.
    if (!info.lead_cand || info.after_end >= rules_[r].elems.size()) {
      triggers.candidate_open[i / 64] |= bit;
      continue;
    }
    for (uint64_t rest = info.after_bits; rest; rest &= rest - 1)
      triggers.candidate_after_bits[std::countr_zero(rest) * words + i / 64] |= bit;
    for (unsigned rest = info.after_types; rest; rest &= rest - 1)
      triggers.candidate_after_types[std::countr_zero(rest) * words + i / 64] |= bit;
  }
}

void Matcher::index_follow(Triggers& triggers) const {
  // The second-token masks of rule r's start pairs that a token with start filter bits `bits` can
  // begin; `free` when one of those lets a match be one token long or the rule has no start masks.
  auto rule_follow = [&](uint32_t r, uint64_t bits, bool& free) {
    const RuleInfo& info = info_[r];
    free = info.n_starts == 0;
    uint64_t all = 0;
    for (size_t k = 0; k < info.n_starts; ++k) {
      if (!(info.starts[k].first & bits)) continue;
      if (!info.starts[k].second) free = true;
      all |= info.starts[k].second;
    }
    return all;
  };
  // Sets the follow masks of the rules of `list` and returns the list's. `bits`: every start
  // filter bit a token offering the list can have. A rule none of whose pairs such a token can
  // begin keeps 0: may_start rejects it.
  auto follow_of = [&](std::vector<Trigger>& list, uint64_t bits) {
    uint64_t all = 0;
    bool any_free = false;
    for (Trigger& tr : list) {
      bool free = false;
      uint64_t follow = rule_follow(tr.rule, bits, free);
      tr.follow = free ? 0 : follow;
      all |= follow;
      any_free |= free;
    }
    return any_free ? 0 : all;
  };
  // (each() applies the lists' masks to word tokens only, whose bits are their word's.)
  std::vector<uint64_t> class_bits(triggers.by_class.size(), 0);
  for (uint32_t id = 1; id < lex_.word_count(); ++id)
    for (const LexEntry& e : lex_.entries(id))
      if (e.cls < class_bits.size()) class_bits[e.cls] |= word_bits_[id].start;
  triggers.word_follow.assign(triggers.by_word.size(), 0);
  triggers.class_follow.assign(triggers.by_class.size(), 0);
  for (uint32_t w = 1; w < triggers.by_word.size(); ++w)
    triggers.word_follow[w] = follow_of(triggers.by_word[w], word_bits_[w].start);
  for (size_t c = 0; c < triggers.by_class.size(); ++c)
    triggers.class_follow[c] = follow_of(triggers.by_class[c], class_bits[c]);
  triggers.punct_follow.assign(triggers.by_punct.size(), 0);
  for (size_t c = 0; c < triggers.by_punct.size(); ++c)
    triggers.punct_follow[c] = follow_of(triggers.by_punct[c], punct_bits(static_cast<char>(c)));
  // Numbers written in digits: their start bits are number_bits().
  // A rule that begins with a required element of @-atoms needs a candidate of their types
  // where it starts (the `reachable` test of match_composite).
  for (Triggers::CandidateTrigger& c : triggers.candidate)
    if (info_[c.rule].lead_cand) c.types = info_[c.rule].cand_types;
  for (NumericTrigger& n : triggers.numeric) {
    bool free = false;
    uint64_t follow = rule_follow(n.rule, kNumberBit | kYearBit | kSuffixBit, free);
    n.follow = free ? 0 : follow;
  }
}

// A token's filter bits without its word's: those are word_bits_ of t.word (both 0
// for id 0).
uint64_t Matcher::own_bits(const Token& t) const {
  return t.kind == TokKind::kNumber  ? number_bits(t)
         : t.kind == TokKind::kPunct ? punct_bits(t.punct)
                                     : 0;
}

Matcher::TokenBits Matcher::token_bits(const std::vector<Token>& toks) const {
  // Sized without zeroing (TokenBitVector), then written through plain pointers: push_back
  // stored each vector's end back to memory at every token (callgrind, tbaq: 2.8M -> 2.2M).
  TokenBits bits;
  const size_t n = toks.size();
  bits.must.resize(n);
  bits.start.resize(n + 1);
  uint64_t* must = bits.must.data();
  uint64_t* start = bits.start.data();
  const Token* t = toks.data();
  const WordBits* words = word_bits_.data();
  for (size_t i = 0; i < n; ++i) {
    uint64_t own = own_bits(t[i]);
    const WordBits& word = words[t[i].word];
    must[i] = own | word.must;
    start[i] = own | word.start;
  }
  start[n] = 0;  // nothing follows the last token (may_start)
  return bits;
}

// Whether element `e` can match token `t` on its own (token atoms only). Inline, as atom_matches:
// try_rule tests the leading elements of every rule it is offered.
inline bool Matcher::element_matches(const Element& e, const Token& t, bool lenient) const {
  if (e.line_start && !t.line_start) return false;
  const LexEntry* entry = nullptr;
  for (const Atom& a : e.alts)
    if (a.kind != Atom::Kind::kCandidate && atom_matches(a, t, lenient, &entry)) return true;
  return false;
}

void Matcher::try_rule(uint32_t r, const std::vector<Token>& toks, uint32_t pos,
                       const std::vector<CandidateRef>* cands, const CandidateIndex* by_start,
                       bool lenient, std::vector<Match>& out) const {
  const RuleInfo& info = info_[r];
  // Most tries fail on the second token ("the" + anything), or on the third ("two years" + not
  // "ago"): test the leading plain elements, the first last, before searching.
  if (info.quick >= 2) {
    const Rule& rule = rules_[r];
    for (uint32_t k = 1; k < info.quick; ++k) {
      uint32_t p = pos + k;
      if (p >= toks.size() || toks[p].break_before || toks[p - 1].ends_sentence ||
          (rule.elems[k].glued && toks[p].space_before) ||
          !element_matches(rule.elems[k], toks[p], lenient))
        return;
    }
    if (!element_matches(rule.elems[0], toks[pos], lenient)) return;
  }
  Search(*this, info, r, toks, pos, cands, by_start, lenient).run(out);
}

Matcher::TriedSet& Matcher::TriedSet::for_rules(size_t rules) {
  thread_local TriedSet set;
  if (set.stamp_.size() < rules) set.stamp_.resize(rules, 0);
  set.clear();
  return set;
}

void Matcher::match_base(const std::vector<Token>& toks, const TokenBits& token_bits, bool lenient,
                         std::vector<Match>& out) const {
  // Only positions within reach of a token some rule needs can start a match.
  const TokenBitVector& bits = token_bits.must;
  TriedSet& tried = TriedSet::for_rules(rules_.size());
  std::vector<char> visited(toks.size(), 0);
  for (uint32_t q = 0; q < toks.size(); ++q) {
    uint64_t need = bits[q] & any_must_[lenient];
    if (!need) continue;
    // Start where a rule whose filter element matches token q could start: at most reach_ before.
    uint32_t back = 0;
    for (uint64_t rest = need; rest; rest &= rest - 1) back = std::max<uint32_t>(back, reach_[lenient][std::countr_zero(rest)]);
    for (uint32_t p = q >= back ? q - back : 0; p <= q; ++p)
      if (!visited[p]) {
        visited[p] = 1;
        if (may_begin(toks[p], lenient) &&
            may_follow_word(toks[p], token_bits.start[p + 1], lenient))
          try_at(p, toks, bits, token_bits.start, lenient, tried, out);
      }
  }
}

void Matcher::match_base_unfiltered(const std::vector<Token>& toks, bool lenient,
                                    std::vector<Match>& out) const {
  for (uint32_t p = 0; p < toks.size(); ++p)
    for (uint32_t r = 0; r < rules_.size(); ++r)
      if (!rules_[r].composite && rules_[r].mode != (lenient ? Rule::Mode::kProse : Rule::Mode::kForward))
        try_rule(r, toks, p, nullptr, nullptr, lenient, out);
}

void Matcher::try_at(uint32_t p, const std::vector<Token>& toks, const TokenBitVector& bits,
                     const TokenBitVector& start_bits, bool lenient, TriedSet& tried,
                     std::vector<Match>& out) const {
  {
    tried.clear();
    base_[lenient].each(toks[p], start_bits[p + 1], 0, nullptr, near_bits(p, bits, lenient),
                        [&](uint32_t r) {
      const RuleInfo& info = info_[r];
      if (!may_start(info, &start_bits[p])) return;
      uint64_t near = 0;
      for (size_t o = p + info.must_lo; o <= p + info.must_hi && o < toks.size(); ++o)
        near |= bits[o];
      if (!(info.must & near)) return;
      if (!tried.insert(r)) return;
      try_rule(r, toks, p, nullptr, nullptr, lenient, out);
    });
  }
}

void Matcher::match_composite(const std::vector<Token>& toks, const TokenBits& bits,
                              const std::vector<CandidateRef>& cands, size_t fresh_from,
                              bool lenient, std::vector<Match>& out) const {
  if (fresh_from >= cands.size()) return;
  CandidateIndex by_start(cands, toks.size());
  // A composite rule can only use a fresh candidate if it starts within a few tokens before it:
  // visit those positions in order.
  constexpr uint32_t kReach = 6;
  // Both sized up front: growing them cost a reallocation every few candidates.
  std::vector<uint32_t> fresh_starts;
  fresh_starts.reserve(cands.size() - fresh_from);
  for (size_t i = fresh_from; i < cands.size(); ++i) fresh_starts.push_back(cands[i].tb);
  // Sorting the starts, not the seven times as many positions of their windows.
  std::sort(fresh_starts.begin(), fresh_starts.end());
  std::vector<uint32_t> near_fresh;
  near_fresh.reserve(fresh_starts.size() * (kReach + 1));
  uint32_t unseen = 0;  // the positions before it are in near_fresh
  for (uint32_t tb : fresh_starts) {
    for (uint32_t p = std::max(unseen, tb > kReach ? tb - kReach : 0); p <= tb && p < toks.size();
         ++p)
      near_fresh.push_back(p);
    unseen = std::max(unseen, tb + 1);
  }
  const TokenBitVector& start_bits = bits.start;
  TriedSet& tried = TriedSet::for_rules(rules_.size());
  const Triggers& triggers = composite_[lenient];
  std::vector<uint64_t> allowed(triggers.candidate_words);  // see Triggers::candidate_open
  for (uint32_t p : near_fresh) {
    tried.clear();
    // What follows the candidates starting at p, all of them: a rule that begins with one and
    // can use none of that is rejected here, before candidate_followed looks at them one by one
    // for it (callgrind, tbaq: match_composite 8.80M -> 7.75M instructions).
    uint64_t next_bits = 0;
    uint8_t next_types = 0;
    for (auto [tb, ci] : by_start.at(p)) {
      next_bits |= start_bits[cands[ci].te];
      next_types |= by_start.types_at(cands[ci].te);
    }
    if (by_start.types_at(p)) {
      allowed.assign(triggers.candidate_open.begin(), triggers.candidate_open.end());
      for (size_t w = 0; w < allowed.size(); ++w) {
        for (uint64_t rest = next_bits; rest; rest &= rest - 1)
          allowed[w] |= triggers.candidate_after_bits[std::countr_zero(rest) * allowed.size() + w];
        for (unsigned rest = next_types; rest; rest &= rest - 1)
          allowed[w] |= triggers.candidate_after_types[std::countr_zero(rest) * allowed.size() + w];
      }
    }
    triggers.each(toks[p], start_bits[p + 1], by_start.types_at(p), allowed.data(), ~uint64_t{0},
                  [&](uint32_t r) {
      const RuleInfo& info = info_[r];
      if (!may_start(info, &start_bits[p])) return;
      // The rule's first @-element must find a candidate a few tokens on.
      bool reachable = false;
      for (uint32_t o = p + info.cand_lo; o <= p + info.cand_hi && o < toks.size() && !reachable;
           ++o)
        reachable = by_start.types_at(o) & info.cand_types;
      if (!reachable) return;
      if (info.lead_cand && info.after_end < rules_[r].elems.size() &&
          ((!(next_bits & info.after_bits) && !(next_types & info.after_types)) ||
           !candidate_followed(rules_[r], info, p, toks, start_bits, cands, by_start, lenient)))
        return;
      if (!tried.insert(r)) return;
      size_t before = out.size();
      try_rule(r, toks, p, &cands, &by_start, lenient, out);
      if (out.size() == before) return;
      const Match& m = out.back();
      bool uses_fresh = false;
      for (size_t k = 0; k < rules_[r].part_keys.size(); ++k)
        uses_fresh |= m.parts[k].cand >= static_cast<int>(fresh_from);
      if (!uses_fresh) out.pop_back();
    });
  }
}

}  // namespace chronoline::temporal
