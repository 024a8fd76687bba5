// Matcher: finds where rules match a token sequence, including rules built on earlier matches.
#include "temporal/matcher.h"

#include <algorithm>

namespace chronoline::temporal {
namespace {

bool builtin_matches(Builtin b, const Token& t) {
  if (t.kind != TokKind::kNumber) return false;
  int64_t v = t.number;
  bool plain = t.suffix == NumSuffix::kNone;
  switch (b) {
    case Builtin::kInt: return plain && t.digits > 0;
    case Builtin::kNum: return plain && t.digits <= 3;  // 4 digits is a year, not a count
    case Builtin::kYear: return plain && t.digits == 4 && v >= 1000 && v <= 2099;
    case Builtin::kYY: return plain && t.digits == 2;
    case Builtin::kDay:
      return (plain || t.suffix == NumSuffix::kOrdinal) && t.digits > 0 && t.digits <= 2 && v >= 1 && v <= 31;
    case Builtin::kOrd: return t.suffix == NumSuffix::kOrdinal && t.digits > 0;
    case Builtin::kHour:
      return (plain || t.suffix == NumSuffix::kAm || t.suffix == NumSuffix::kPm) && t.digits > 0 && t.digits <= 2 &&
             v <= 24;
    case Builtin::kMinute: return plain && t.digits == 2 && v <= 59;
    case Builtin::kClockHour:
      return (t.suffix == NumSuffix::kAm || t.suffix == NumSuffix::kPm) && t.digits <= 2 && v >= 1 && v <= 12;
    case Builtin::kDecade: return t.suffix == NumSuffix::kPlural && v % 10 == 0 && t.digits == 4;
    case Builtin::kShortDecade: return t.suffix == NumSuffix::kPlural && v % 10 == 0 && t.digits == 2;
  }
  return false;
}

}  // namespace

// State of one backtracking search for a rule at one position.
struct Matcher::Search {
  const Rule& rule;
  const std::vector<Token>& toks;
  const std::vector<CandidateRef>* cands;
  const std::vector<std::vector<uint32_t>>* by_start;
  size_t lead = 0;       // leading context elements
  size_t tail = 0;       // index of the first trailing context element
  Match cur, best;
  uint32_t best_end = 0;
  bool found = false;
};

Matcher::Matcher(const std::vector<Rule>& rules, const Lexicon& lexicon) : rules_(rules), lex_(lexicon) {
  by_punct_.resize(128);
  for (uint32_t r = 0; r < rules.size(); ++r) {
    if (rules[r].composite) {
      composite_.push_back(r);
      continue;
    }
    for (const Element& e : rules[r].elems) {
      for (const Atom& a : e.alts) {
        auto add = [&](std::vector<std::vector<uint32_t>>& index, uint32_t key) {
          if (index.size() <= key) index.resize(key + 1);
          if (index[key].empty() || index[key].back() != r) index[key].push_back(r);
        };
        if (a.kind == Atom::Kind::kWord) add(by_word_, a.id);
        else if (a.kind == Atom::Kind::kClass) add(by_class_, a.id);
        else if (a.kind == Atom::Kind::kPunct) add(by_punct_, static_cast<unsigned char>(a.punct) & 127);
        else if (numeric_.empty() || numeric_.back() != r) numeric_.push_back(r);
      }
      if (!e.optional) break;
    }
  }
}

bool Matcher::atom_matches(const Atom& a, const Token& t, const LexEntry** entry) const {
  switch (a.kind) {
    case Atom::Kind::kWord: return t.word == a.id && t.word != 0;
    case Atom::Kind::kPunct: return t.kind == TokKind::kPunct && t.punct == a.punct;
    case Atom::Kind::kBuiltin: return builtin_matches(static_cast<Builtin>(a.id), t);
    case Atom::Kind::kClass: {
      if (!t.word) return false;
      const LexEntry* e = lex_.entry(t.word, static_cast<uint16_t>(a.id));
      if (!e || ((e->flags & kCapOnly) && !t.cap) || (a.unambiguous && (e->flags & kAmbiguous))) return false;
      *entry = e;
      return true;
    }
    case Atom::Kind::kCandidate: return false;
  }
  return false;
}

void Matcher::try_rule(uint32_t r, const std::vector<Token>& toks, uint32_t pos,
                       const std::vector<CandidateRef>* cands, const std::vector<std::vector<uint32_t>>* by_start,
                       std::vector<Match>& out) const {
  const Rule& rule = rules_[r];
  Search s{rule, toks, cands, by_start, 0, 0, {}, {}, 0, false};
  while (s.lead < rule.elems.size() && rule.elems[s.lead].context) ++s.lead;
  s.tail = rule.elems.size();
  while (s.tail > s.lead && rule.elems[s.tail - 1].context) --s.tail;
  s.cur.rule = r;

  // Depth-first over elements; keeps the longest complete match.
  auto go = [&](auto& self, size_t ei, uint32_t p) -> void {
    if (ei == s.lead) s.cur.tb = p;
    if (ei == s.tail) s.cur.te = p;
    if (ei == rule.elems.size()) {
      if (s.cur.te > s.cur.tb && (!s.found || p > s.best_end)) {
        s.best = s.cur;
        s.best.extent = p - pos;
        s.best_end = p;
        s.found = true;
      }
      return;
    }
    const Element& e = rule.elems[ei];
    bool first = ei == 0;
    for (const Atom& a : e.alts) {
      if (a.kind == Atom::Kind::kCandidate) {
        if (!cands || p >= by_start->size()) continue;
        for (uint32_t ci : (*by_start)[p]) {
          const CandidateRef& c = (*cands)[ci];
          if (!(c.type & a.id)) continue;
          if (!first && (toks[p].break_before || (e.glued && toks[p].space_before))) continue;
          Binding saved = e.part >= 0 ? s.cur.parts[e.part] : Binding{};
          if (e.part >= 0) s.cur.parts[e.part] = Binding{true, p, c.te, nullptr, static_cast<int>(ci)};
          self(self, ei + 1, c.te);
          if (e.part >= 0) s.cur.parts[e.part] = saved;
        }
        continue;
      }
      if (p >= toks.size()) continue;
      const Token& t = toks[p];
      if (!first && (t.break_before || (e.glued && t.space_before))) continue;
      const LexEntry* entry = nullptr;
      if (!atom_matches(a, t, &entry)) continue;
      Binding saved = e.part >= 0 ? s.cur.parts[e.part] : Binding{};
      if (e.part >= 0) s.cur.parts[e.part] = Binding{true, p, p + 1, entry, -1};
      self(self, ei + 1, p + 1);
      if (e.part >= 0) s.cur.parts[e.part] = saved;
    }
    if (e.optional) self(self, ei + 1, p);
  };
  go(go, 0, pos);
  if (s.found) out.push_back(s.best);
}

void Matcher::match_base(const std::vector<Token>& toks, std::vector<Match>& out) const {
  std::vector<uint32_t> tried;
  for (uint32_t p = 0; p < toks.size(); ++p) {
    const Token& t = toks[p];
    tried.clear();
    auto run = [&](const std::vector<uint32_t>& rules) {
      for (uint32_t r : rules) {
        if (std::find(tried.begin(), tried.end(), r) != tried.end()) continue;
        tried.push_back(r);
        try_rule(r, toks, p, nullptr, nullptr, out);
      }
    };
    if (t.word) {
      if (t.word < by_word_.size()) run(by_word_[t.word]);
      for (const LexEntry& e : lex_.entries(t.word))
        if (e.cls < by_class_.size()) run(by_class_[e.cls]);
    }
    if (t.kind == TokKind::kNumber) run(numeric_);
    if (t.kind == TokKind::kPunct) run(by_punct_[static_cast<unsigned char>(t.punct) & 127]);
  }
}

void Matcher::match_composite(const std::vector<Token>& toks, const std::vector<CandidateRef>& cands,
                              size_t fresh_from, std::vector<Match>& out) const {
  if (composite_.empty() || fresh_from >= cands.size()) return;
  std::vector<std::vector<uint32_t>> by_start(toks.size() + 1);
  for (uint32_t i = 0; i < cands.size(); ++i) by_start[cands[i].tb].push_back(i);
  // A composite rule can only use a fresh candidate if it starts within a few tokens before it.
  constexpr uint32_t kReach = 6;
  std::vector<char> starts(toks.size() + 1, 0);
  for (size_t i = fresh_from; i < cands.size(); ++i)
    for (uint32_t p = cands[i].tb > kReach ? cands[i].tb - kReach : 0; p <= cands[i].tb; ++p) starts[p] = 1;
  for (uint32_t p = 0; p < toks.size(); ++p) {
    if (!starts[p]) continue;
    for (uint32_t r : composite_) {
      size_t before = out.size();
      try_rule(r, toks, p, &cands, &by_start, out);
      if (out.size() == before) continue;
      const Match& m = out.back();
      bool uses_fresh = false;
      for (size_t k = 0; k < rules_[r].part_keys.size(); ++k)
        uses_fresh |= m.parts[k].cand >= static_cast<int>(fresh_from);
      if (!uses_fresh) out.pop_back();
    }
  }
}

}  // namespace chronoline::temporal
