// Matcher: finds where rules match a token sequence, including rules built on earlier matches.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "temporal/lexicon.h"
#include "temporal/pattern.h"
#include "temporal/tokenizer.h"

namespace chronoline::temporal {

// What one named part of a rule matched.
struct Binding {
  bool bound = false;
  uint32_t tb = 0, te = 0;        // tokens [tb, te)
  const LexEntry* entry = nullptr;  // when a lexicon class matched
  int cand = -1;                  // when an @-atom matched: index of the earlier match
};

struct Match {
  uint32_t rule = 0;
  uint32_t tb = 0, te = 0;  // tokens of the span, [tb, te), without context elements
  uint32_t extent = 0;      // tokens matched including context: more context = more specific
  std::array<Binding, kMaxParts> parts{};
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
  struct Search;
  void try_rule(uint32_t r, const std::vector<Token>& toks, uint32_t pos, const std::vector<CandidateRef>* cands,
                const std::vector<std::vector<uint32_t>>* by_start, std::vector<Match>& out) const;
  bool atom_matches(const Atom& a, const Token& t, const LexEntry** entry) const;

  const std::vector<Rule>& rules_;
  const Lexicon& lex_;
  std::vector<std::vector<uint32_t>> by_word_, by_class_, by_punct_;
  std::vector<uint32_t> numeric_, composite_;
};

}  // namespace chronoline::temporal
