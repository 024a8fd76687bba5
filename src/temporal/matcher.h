// Matcher: finds where rules match a token sequence, including rules built on earlier matches.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "temporal/lexicon.h"
#include "temporal/pattern.h"
#include "temporal/tokenizer.h"

namespace chronoline::temporal {

// What one named part of a rule matched. Trivial on purpose: the matcher's inner loop must not pay
// for initialising parts a rule does not have.
struct Binding {
  bool bound;
  uint32_t tb, te;        // tokens [tb, te)
  const LexEntry* entry;  // when a lexicon class matched
  int cand;               // when an @-atom matched: index of the earlier match, else -1
};

struct Match {
  uint32_t rule = 0;
  uint32_t tb = 0, te = 0;  // tokens of the span, [tb, te), without context elements
  uint32_t extent = 0;      // tokens matched including context: more context = more specific
  std::array<Binding, kMaxParts> parts;  // parts[i] for i < the rule's part count; the rest unbound
};

// An earlier match offered to @-atoms: its token span and its CandMask type.
struct CandidateRef {
  uint32_t tb = 0, te = 0;
  uint8_t type = 0;
};

// Earlier matches by their first token.
struct CandidateIndex {
  CandidateIndex(const std::vector<CandidateRef>& cands, size_t tokens);
  // The candidates starting at token p <= tokens: (token, candidate id) pairs in id order.
  std::span<const std::pair<uint32_t, uint32_t>> at(uint32_t p) const {
    if (!types[p]) return {};
    size_t end = first[p];
    while (end < starts.size() && starts[end].first == p) ++end;
    return {starts.data() + first[p], end - first[p]};
  }
  // The OR of the CandMask types of the candidates starting at token p, plus kPresent when there
  // is any (a candidate's type can be 0).
  uint8_t types_at(uint32_t p) const { return types[p]; }
  static constexpr uint8_t kPresent = 0x80;

  std::vector<std::pair<uint32_t, uint32_t>> starts;  // sorted
  // Per token: where its candidates begin in `starts`; set only where types[p] != 0. A document
  // has some ten candidates to some thousand tokens, so nothing is done per token but clearing.
  std::vector<uint32_t> first;
  std::vector<uint8_t> types;  // per token and one past the end
};

// An allocator that leaves a resized vector's new elements uninitialised (no zeroing) when they
// are default-constructed: for per-token vectors that are written in full right after.
template <class T>
struct UninitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitAllocator<U>;
  };
  UninitAllocator() = default;
  template <class U>
  UninitAllocator(const UninitAllocator<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    std::allocator_traits<std::allocator<T>>::construct(*this, p, std::forward<Args>(args)...);
  }
};
// Per-token filter bits (Matcher::TokenBits).
using TokenBitVector = std::vector<uint64_t, UninitAllocator<uint64_t>>;

// Rules indexed by the tokens that can start them. Built once per grammar.
class Matcher {
 public:
  Matcher(const std::vector<Rule>& rules, const Lexicon& lexicon);

  // The filter bits of a document's tokens, computed once for match_base and match_composite.
  struct TokenBits {
    TokenBitVector must;   // per token: the bits rules' most selective elements test
    TokenBitVector start;  // per token and one past the end (0): what rules start with
  };
  TokenBits token_bits(const std::vector<Token>& toks) const;

  // Appends to `out` every match of the base rules (no @-atoms), longest per rule and start.
  // `lenient` (forward-looking queries) ignores the `cap` flag and `<class>!`. `bits` are
  // token_bits(toks).
  void match_base(const std::vector<Token>& toks, const TokenBits& bits, bool lenient,
                  std::vector<Match>& out) const;

  // The matches of match_base without its filters: every base rule tried at every token. Slow;
  // for the tests that the filters never lose a match.
  void match_base_unfiltered(const std::vector<Token>& toks, bool lenient,
                             std::vector<Match>& out) const;

  // Appends matches of composite rules that use at least one of the candidates with index
  // >= `fresh_from`; `cands` are all matches so far.
  void match_composite(const std::vector<Token>& toks, const TokenBits& bits,
                       const std::vector<CandidateRef>& cands, size_t fresh_from, bool lenient,
                       std::vector<Match>& out) const;

 private:
  class Search;
  // The rules already tried at the current position; clear() is O(1). One per thread (for_rules),
  // kept from call to call: a document is matched in up to four calls, and a fresh set zeroes a
  // stamp per rule each time (callgrind, tbaq: 1.1M of 100M instructions in memset).
  class TriedSet {
   public:
    // This thread's set, cleared, with room for `rules` rules.
    static TriedSet& for_rules(size_t rules);
    void clear() {
      if (++now_ == 0) std::fill(stamp_.begin(), stamp_.end(), 0), now_ = 1;  // wrapped around
    }
    bool insert(uint32_t r) { return stamp_[r] == now_ ? false : (stamp_[r] = now_, true); }

   private:
    // Stamps below now_ are stale, whichever matcher set them.
    std::vector<uint32_t> stamp_;
    uint32_t now_ = 1;
  };
  struct RuleInfo {
    uint8_t lead = 0;                  // leading context elements
    uint8_t tail = 0;                  // index of the first trailing context element
    uint8_t quick = 0;  // how many leading elements are plain token tests, each one token
    uint64_t must = 0;                 // filter bits of the most selective required element
    uint8_t must_lo = 0, must_hi = 0;  // token offsets from the start where that element can be
    uint8_t cand_lo = 0,
            cand_hi = 0;  // composite rules: offsets where their first @-element can start
    uint8_t cand_types = 0xFF;  // composite rules: types_at() bits that let that element match
    // Base rules: what the first two tokens of a match can be, as pairs of filter-bit masks (see
    // choose_starts). A match at p needs a pair with bits[p] & first, and bits[p + 1] & second
    // unless second is 0 (the match can be one token long).
    uint8_t n_starts = 0;  // 0: no filter (composite rules)
    std::array<std::pair<uint64_t, uint64_t>, 3> starts{};
    // Composite rules that begin with a required element of @-atoms ("@date 's <weekday>"):
    // elements [1, after_end] can match right after it (all of the rest are optional when
    // after_end is past the end). See choose_after.
    bool lead_cand = false;
    uint8_t after_end = 0;
    // What those elements can start with: the filter bits of their token atoms and the types
    // of their @-atoms. A candidate followed by neither cannot begin a match.
    uint64_t after_bits = 0;
    uint8_t after_types = 0;
  };
  void choose_must(const Rule& rule, RuleInfo& info);
  void choose_starts(const Rule& rule, RuleInfo& info);
  void choose_after(const Rule& rule, RuleInfo& info);
  void mark_start_word(uint32_t id);
  bool candidate_followed(const Rule& rule, const RuleInfo& info, uint32_t p,
                          const std::vector<Token>& toks, const TokenBitVector& start_bits,
                          const std::vector<CandidateRef>& cands, const CandidateIndex& by_start,
                          bool lenient) const;
  bool may_start(const RuleInfo& info, const uint64_t* bits) const {
    for (size_t k = 0; k < info.n_starts; ++k)
      if ((bits[0] & info.starts[k].first) &&
          (!info.starts[k].second || (bits[1] & info.starts[k].second)))
        return true;
    return info.n_starts == 0;
  }
  uint64_t own_bits(const Token& t) const;
  void index_words();
  bool element_matches(const Element& e, const Token& t, bool lenient) const;
  void try_at(uint32_t p, const std::vector<Token>& toks, const TokenBitVector& bits,
              const TokenBitVector& start_bits, bool lenient, TriedSet& tried,
              std::vector<Match>& out) const;
  void try_rule(uint32_t r, const std::vector<Token>& toks, uint32_t pos,
                const std::vector<CandidateRef>* cands, const CandidateIndex* by_start,
                bool lenient, std::vector<Match>& out) const;
  bool atom_matches(const Atom& a, const Token& t, bool lenient, const LexEntry** entry) const;

  // A rule that can start with a number, and the Builtins of its atoms that can match there.
  struct NumericTrigger {
    uint32_t rule;
    uint32_t builtins;  // bit b set for Builtin b; kAnyNumber: offered for every number
    uint64_t follow = 0;  // as Triggers::word_follow, for this rule alone
    uint64_t must = ~uint64_t{0};  // as Trigger::must
  };
  static constexpr uint32_t kAnyNumber = ~uint32_t{0};
  // A rule in a list of Triggers, with its own follow mask: as the list's (Triggers::word_follow)
  // for this rule alone, so that each() skips it without reading its RuleInfo.
  // `must`: the rule's RuleInfo::must for base rules, which some token of the window near_bits
  // reads must carry (try_at's test, weaker): each() rejects most offers of a common word ("the"
  // offers some 60 rules) without reading their RuleInfo. All ones for composite rules.
  struct Trigger {
    uint32_t rule;
    uint64_t follow = 0;
    uint64_t must = ~uint64_t{0};
  };
  // Rules indexed by what their first token can be.
  struct Triggers {
    std::vector<std::vector<Trigger>> by_word, by_class, by_punct;
    std::vector<NumericTrigger> numeric;
    uint32_t wanted_builtins = 0;  // the OR of numeric's builtins
    // `numeric` as bitsets over its indices, one row of `numeric_words` words per Builtin and a
    // last row for kAnyNumber: a number's rules are the OR of its builtins' rows, in order,
    // without walking every rule that wants some other kind of number. Set by index_numeric.
    size_t numeric_words = 0;
    std::vector<uint64_t> numeric_rows;
    void index_numeric();
    // `numeric` as bitsets again, for the test may_start makes of a number written in digits,
    // whose start filter bits are one of three (number_bits: kNumberBit, kYearBit or kSuffixBit,
    // kind 0, 1 or 2): numeric_free[kind] holds the rules that can begin with such a number and be
    // one token long, numeric_next[kind] one row per filter bit of the next token that lets a
    // rule begin there. Intersecting rows rather than testing rules one by one: a number is
    // offered some 14 rules, most of which the next token rules out, and a test per rule was the
    // matcher's costliest line (perf, tag --jsonl). Set by Matcher::index_numeric_starts.
    std::array<std::vector<uint64_t>, 3> numeric_free, numeric_next;
    // Rules that can start with an @-atom, offered where a candidate starts. `types`: the CandMask
    // bits one of which a candidate there needs, for rules that begin with a required element of
    // @-atoms (RuleInfo::lead_cand); 0xFF for the others. Set by Matcher::index_follow.
    struct CandidateTrigger {
      uint32_t rule;
      uint8_t types = 0xFF;
    };
    std::vector<CandidateTrigger> candidate;
    // `candidate` as bitsets over its indices (candidate_words words each), by what follows the
    // candidates at a position: candidate_open holds the rules that need nothing after their
    // first element's candidate, candidate_after_bits one row per filter bit (RuleInfo::
    // after_bits) and candidate_after_types one per CandMask bit (RuleInfo::after_types) of what
    // lets the others go on. match_composite ORs the rows of what follows, and each() offers
    // only those rules: of some 26k offers on tbaq 24k were rules that begin with a candidate
    // followed by nothing they can use, each rejected after reading its RuleInfo. Set by
    // Matcher::index_candidate_follow.
    size_t candidate_words = 0;
    std::vector<uint64_t> candidate_open, candidate_after_bits, candidate_after_types;
    // Per list of by_word, by_class and by_punct: the union of the second-token masks
    // (RuleInfo::starts) of its rules' start pairs that a token offering the list can begin, or 0
    // when one of those lets a match be one token long or a rule has no start masks. A list whose
    // union the next token misses holds no rule that can start here: "the" offers some 60 rules,
    // and "the" + a word no rule knows offers none. Set by Matcher::index_follow.
    std::vector<uint64_t> word_follow, class_follow, punct_follow;
    // What each() reads of those lists, set by Matcher::flatten once they are complete: every
    // non-empty list once in `pool`, and per word and per punctuation mark the lists it offers
    // as ListRefs side by side (a word's own list first, then its classes' in its lexicon entry
    // order, as each() took them). A word token then costs one look-up of its ListRefs and
    // reads of one array, where it read its classes (class_begin_, word_classes_), then per
    // class a vector's header and its follow mask in tables of their own, each a cache miss on
    // a word no cache held (perf, tag --jsonl: the first read of a list was try_at's costliest
    // line).
    struct ListRef {
      uint64_t follow = 0;  // the list's follow mask (word_follow, class_follow, punct_follow)
      uint32_t begin = 0, end = 0;  // pool[begin, end)
    };
    std::vector<Trigger> pool;
    std::vector<ListRef> word_refs;      // word w's: word_refs[word_refs_at[w], word_refs_at[w + 1])
    std::vector<uint32_t> word_refs_at;  // per word id and one past the last
    std::array<ListRef, 128> punct_refs{};  // by punctuation mark & 127
    void add(uint32_t r, const Rule& rule);
    void add_numeric(uint32_t r, uint32_t builtins);
    // `next`: the start filter bits of the token after t, ~0 when not to filter.
    // `cand_types`: the CandidateIndex::types_at() of t, 0 when no candidate starts there.
    // `allowed`: a bitset over `candidate` of the rules to offer where a candidate starts, or
    // nullptr for all of them. `near`: offers only rules whose `must` it meets (all ones: all).
    template <class Fn>
    void each(const Token& t, uint64_t next, uint8_t cand_types, const uint64_t* allowed,
              uint64_t near, Fn&& fn) const;
  };
  void flatten(Triggers& triggers) const;
  void index_musts(Triggers& triggers) const;
  // The OR of the filter bits of tokens [p, p + max_must_hi_[lenient]]: of every token where a
  // base rule starting at p can have its filter element.
  uint64_t near_bits(uint32_t p, const TokenBitVector& bits, bool lenient) const {
    uint64_t near = 0;
    size_t end = std::min<size_t>(bits.size(), size_t{p} + max_must_hi_[lenient] + 1);
    for (size_t o = p; o < end; ++o) near |= bits[o];
    return near;
  }
  std::array<uint8_t, 2> max_must_hi_{};  // by `lenient`: the largest RuleInfo::must_hi
  void index_follow(Triggers& triggers) const;
  void index_candidate_follow(Triggers& triggers) const;
  void index_numeric_starts(Triggers& triggers) const;

  const std::vector<Rule>& rules_;
  const Lexicon& lex_;
  std::vector<RuleInfo> info_;
  // Indexed by `lenient`: documents [0] and forward-looking queries [1] try only their rules.
  std::array<Triggers, 2> base_, composite_;
  std::array<uint64_t, 2> any_must_{};  // by `lenient`, as the triggers
  std::vector<bool> must_words_;     // literal words that some rule's filter element needs
  // The filter bits of each interned word: `must` for the must filter (TokenBits::must), `start`
  // for may_start (see start_words_). Side by side, as token_bits reads both for every token:
  // one cache miss rather than two.
  struct WordBits {
    uint64_t must = 0, start = 0;
  };
  std::vector<WordBits> word_bits_;
  // Per filter space (must, start: TokenBits) and class id: the class's rank among the classes that
  // space's masks name, in the order they first name them, or kNoRank (matcher.cpp class_bit and
  // filter_bits).
  static constexpr uint16_t kNoRank = 0xFFFF;
  enum Space { kMustSpace, kStartSpace };
  std::array<std::vector<uint16_t>, 2> class_ranks_;
  std::array<uint16_t, 2> ranked_{};
  uint64_t filter_bits(const Atom& a, Space space);
  // The classes of word id w are word_classes_[class_begin_[w], class_begin_[w + 1]): the lexicon's
  // entries, compact, for each() on every token.
  std::vector<uint32_t> class_begin_;
  std::vector<uint16_t> word_classes_;
  // Per word id, bit `lenient`: some base rule of that mode can start with the word, through the
  // word itself or one of its classes. Most positions match_base visits start none.
  std::vector<uint8_t> word_begins_;
  bool may_begin(const Token& t, bool lenient) const {
    const Triggers& triggers = base_[lenient];
    if (word_begins_[t.word] >> lenient & 1) return true;
    if (t.kind == TokKind::kNumber) return !triggers.numeric.empty();
    if (t.kind == TokKind::kPunct)
      return !triggers.by_punct[static_cast<unsigned char>(t.punct) & 127].empty();
    return false;
  }
  void index_begins();
  // Per `lenient` and word id: the union of the follow masks (Triggers::word_follow,
  // class_follow) of the base lists the word offers, all ones when one of them lets any token
  // follow. A word token whose next token's start bits (`next`) miss it offers no rule, as each()
  // would find list by list: most of the positions match_base visited were such words ("the" + a
  // word no rule knows), and try_at cost some 350 instructions each (callgrind, one copy of
  // tbaq's texts: 30,582 try_at calls -> 14,177). Numbers and punctuation: each() decides.
  std::array<std::vector<uint64_t>, 2> word_next_;
  void index_word_next();
  bool may_follow_word(const Token& t, uint64_t next, bool lenient) const {
    if (t.kind != TokKind::kWord) return true;
    uint64_t follow = word_next_[lenient][t.word];
    return follow == ~uint64_t{0} || (follow & next);
  }
  std::span<const uint16_t> classes_of(uint32_t w) const {
    return {word_classes_.data() + class_begin_[w], class_begin_[w + 1] - class_begin_[w]};
  }
  // The words whose WordBits::start has their word bit: every literal word of the rules' first
  // two elements; separate from must_words_ because those common words ("the", "in") would
  // blunt the `must` filter.
  std::vector<bool> start_words_;
  // By `lenient`, per filter bit: how far before it a rule using it can start.
  std::array<std::array<uint8_t, 64>, 2> reach_{};
};

}  // namespace chronoline::temporal
