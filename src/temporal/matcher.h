// Matcher: finds where rules match a token sequence, including rules built on earlier matches.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
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

// Rules indexed by the tokens that can start them. Built once per grammar.
class Matcher {
 public:
  Matcher(const std::vector<Rule>& rules, const Lexicon& lexicon);

  // Appends to `out` every match of the base rules (no @-atoms), longest per rule and start.
  void match_base(const std::vector<Token>& toks, std::vector<Match>& out) const;

  // Appends matches of composite rules that use at least one of the candidates with index
  // >= `fresh_from`; `cands` are all matches so far.
  void match_composite(const std::vector<Token>& toks, const std::vector<CandidateRef>& cands,
                       size_t fresh_from, std::vector<Match>& out) const;

 private:
  class Search;
  struct RuleInfo {
    uint8_t lead = 0;    // leading context elements
    uint8_t tail = 0;    // index of the first trailing context element
    bool quick = false;  // the first two elements are plain token tests
    uint64_t must = 0;   // filter bits of the most selective required element
  };
  static uint64_t must_mask(const Rule& rule);
  uint64_t token_bits(const Token& t) const;
  bool element_matches(const Element& e, const Token& t) const;
  void try_rule(uint32_t r, const std::vector<Token>& toks, uint32_t pos, const std::vector<CandidateRef>* cands,
                const std::vector<std::vector<uint32_t>>* by_start, std::vector<Match>& out) const;
  bool atom_matches(const Atom& a, const Token& t, const LexEntry** entry) const;

  const std::vector<Rule>& rules_;
  const Lexicon& lex_;
  std::vector<RuleInfo> info_;
  uint64_t any_must_ = 0;
  size_t window_ = 1;  // the most tokens a base rule can span
  std::vector<std::vector<uint32_t>> by_word_, by_class_, by_punct_;
  std::vector<uint32_t> numeric_, composite_;
};

}  // namespace chronoline::temporal
