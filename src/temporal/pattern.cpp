// Rules: a named pattern over tokens and earlier matches, and the op that turns a match into a
// timex.
#include "temporal/pattern.h"

#include <algorithm>

namespace chronoline::temporal {
namespace {

struct BuiltinName {
  std::string_view name;
  Builtin b;
};
constexpr BuiltinName kBuiltins[] = {{"int", Builtin::kInt},
                                     {"num", Builtin::kNum},
                                     {"year", Builtin::kYear},
                                     {"yy", Builtin::kYY},
                                     {"day", Builtin::kDay},
                                     {"ord", Builtin::kOrd},
                                     {"hour", Builtin::kHour},
                                     {"minute", Builtin::kMinute},
                                     {"decades", Builtin::kDecade},
                                     {"shortdecades", Builtin::kShortDecade},
                                     {"clockhour", Builtin::kClockHour},
                                     {"hhour", Builtin::kHHour},
                                     {"hhmm", Builtin::kHHMM},
                                     {"shortclock", Builtin::kShortClock},
                                     {"clockminute", Builtin::kClockMinute},
                                     {"zhhmm", Builtin::kZeroHHMM},
                                     {"longint", Builtin::kLongInt}};

struct CandName {
  std::string_view name;
  uint8_t mask;
};
constexpr CandName kCands[] = {{"date", kCandDate},
                               {"time", kCandTime},
                               {"duration", kCandDuration},
                               {"set", kCandSet},
                               {"point", kCandDate | kCandTime},
                               {"any", 15}};

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  out.reserve(static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + 1);  // room for every part
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

Result<Atom> parse_atom(std::string_view text, Lexicon& lex) {
  Atom a;
  if (text.empty()) return Error::input("empty alternative");
  if (text[0] == '<') {
    if (text.back() == '!') a.unambiguous = true, text.remove_suffix(1);
    if (text.back() != '>') return Error::input("unclosed class \"" + std::string(text) + "\"");
    std::string_view name = text.substr(1, text.size() - 2);
    for (const auto& b : kBuiltins)
      if (b.name == name)
        return Atom{Atom::Kind::kBuiltin, static_cast<uint32_t>(b.b), 0, a.unambiguous};
    int cls = lex.class_id(name);
    if (cls < 0) return Error::input("unknown class <" + std::string(name) + ">");
    return Atom{Atom::Kind::kClass, static_cast<uint32_t>(cls), 0, a.unambiguous};
  }
  if (text[0] == '@' && text.size() > 1) {
    for (const auto& c : kCands)
      if (c.name == text.substr(1)) return Atom{Atom::Kind::kCandidate, c.mask, 0, false};
    return Error::input("unknown match type \"" + std::string(text) +
                        "\"; use @date, @time, @point, @duration, @set or @any");
  }
  if (text.size() == 1 &&
      !((text[0] >= 'a' && text[0] <= 'z') || (text[0] >= '0' && text[0] <= '9')))
    return Atom{Atom::Kind::kPunct, 0, text[0], false};
  // A number literal ("9" of "9/11") matches that number written in digits: an <int> of its value.
  if (text.size() <= 6 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int32_t value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    return Atom{Atom::Kind::kBuiltin, static_cast<uint32_t>(Builtin::kInt), 0, false, value};
  }
  for (char c : text)
    if (!((c >= 'a' && c <= 'z') || c == '\'' || (c >= '0' && c <= '9')))
      return Error::input("literal \"" + std::string(text) + "\" must be lowercase letters");
  return Atom{Atom::Kind::kWord, lex.intern(text), 0, false};
}

Status parse_element(std::string_view text, Rule& rule, Lexicon& lex) {
  Element e;
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') {
    e.context = true;
    text = text.substr(1, text.size() - 2);
  }
  if (text.starts_with("^^")) {
    if (text.size() == 2 || text[2] == '^')
      return Error::input(std::string(1, '"').append(text).append(
          "\": ^^ (a sentence start) or ^ (a line start) goes before an element"));
    e.sentence_start = true, text.remove_prefix(2);
  }
  if (!text.empty() && text[0] == '^') e.line_start = true, text.remove_prefix(1);
  if (!text.empty() && text[0] == '~') e.glued = true, text.remove_prefix(1);
  if (text.size() > 1 && text.back() == '?') e.optional = true, text.remove_suffix(1);
  size_t colon = text.find(':');
  if (colon != std::string_view::npos && colon > 0 && text.size() > 1) {
    std::string_view name = text.substr(0, colon);
    auto key = key_by_name(name);
    if (!key) return Error::input("part name \"" + std::string(name) + "\" is not an argument key");
    if (!op_accepts(rule.op, *key))
      return Error::input("op " + std::string(op_name(rule.op)) + " takes no \"" +
                          std::string(name) + "\"");
    if (rule.part_keys.size() >= kMaxParts) return Error::input("too many named parts");
    e.part = static_cast<int8_t>(rule.part_keys.size());
    rule.part_keys.push_back(*key);
    text.remove_prefix(colon + 1);
  }
  e.alts.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '|')) + 1);
  while (!text.empty()) {
    size_t bar = text.size() > 1 ? text.find('|', 1) : std::string_view::npos;
    auto atom = parse_atom(text.substr(0, bar), lex);
    if (!atom) return atom.error();
    if (atom->kind == Atom::Kind::kCandidate) rule.composite = true;
    e.alts.push_back(*atom);
    text = bar == std::string_view::npos ? std::string_view{} : text.substr(bar + 1);
  }
  rule.elems.push_back(std::move(e));
  return {};
}

Status parse_args(std::string_view text, Rule& rule) {
  auto words = split_spaces(text);
  if (words.empty()) return Error::input("missing op after \"=>\"");
  auto op = op_by_name(words[0]);
  if (!op) return Error::input("unknown op \"" + std::string(words[0]) + "\"");
  rule.op = *op;
  for (size_t i = 1; i < words.size(); ++i) {
    size_t eq = words[i].find('=');
    if (eq == std::string_view::npos)
      return Error::input("argument \"" + std::string(words[i]) + "\" needs KEY=VALUE");
    if (words[i].substr(0, eq) == "mode") {  // a condition on the rule, not an op argument
      std::string_view mode = words[i].substr(eq + 1);
      if (mode != "forward" && mode != "prose")
        return Error::input("unknown mode \"" + std::string(mode) + "\"; use forward or prose");
      rule.mode = mode == "forward" ? Rule::Mode::kForward : Rule::Mode::kProse;
      continue;
    }
    auto key = key_by_name(words[i].substr(0, eq));
    if (!key || !op_accepts(*op, *key))
      return Error::input("op " + std::string(words[0]) + " takes no \"" +
                          std::string(words[i].substr(0, eq)) + "\"");
    rule.literals.emplace_back(*key, std::string(words[i].substr(eq + 1)));
  }
  return {};
}

Status check_shape(const Rule& rule) {
  size_t n = rule.elems.size();
  if (n == 0) return Error::input("empty pattern");
  for (size_t i = 0; i < n; ++i) {
    bool edge_run = true;
    for (size_t j = 0; j < i; ++j) edge_run &= rule.elems[j].context;
    bool tail_run = true;
    for (size_t j = i + 1; j < n; ++j) tail_run &= rule.elems[j].context;
    if (rule.elems[i].context && !edge_run && !tail_run)
      return Error::input("context elements [..] must be at the start or the end");
  }
  bool has_core = std::any_of(rule.elems.begin(), rule.elems.end(),
                              [](const Element& e) { return !e.context && !e.optional; });
  if (!has_core) return Error::input("pattern needs a required element outside [..]");
  return {};
}

Result<Rule> parse_rule(std::string_view line, Lexicon& lex) {
  size_t colon = line.find(": ");
  size_t arrow = line.find("=>");
  if (colon == std::string_view::npos || arrow == std::string_view::npos || arrow < colon)
    return Error::input("expected \"NAME: PATTERN => OP [KEY=VALUE]...\"");
  Rule rule;
  rule.name = std::string(trim(line.substr(0, colon)));
  if (Status st = parse_args(line.substr(arrow + 2), rule); !st) return st.error();
  auto elems = split_spaces(line.substr(colon + 2, arrow - colon - 2));
  rule.elems.reserve(elems.size());
  for (std::string_view el : elems)
    if (Status st = parse_element(el, rule, lex); !st) return st.error();
  if (Status st = check_shape(rule); !st) return st.error();
  return rule;
}

}  // namespace

Result<std::vector<Rule>> parse_rules(std::string_view path, std::string_view content,
                                      Lexicon& lexicon) {
  std::vector<Rule> rules;
  int line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = trim(content.substr(0, nl));
    content = nl == std::string_view::npos ? std::string_view{} : content.substr(nl + 1);
    ++line_no;
    if (line_no > 1 && (line.empty() || line[0] == '#')) continue;
    std::string where = std::string(path) + ":" + std::to_string(line_no);
    if (line_no == 1) {
      if (line != "#! rules")
        return Error::input(where + ": first line must be the header \"#! rules\"");
      continue;
    }
    auto rule = parse_rule(line, lexicon);
    if (!rule) return Error::input(where + ": " + rule.error().message);
    rule->where = std::move(where);
    for (const Rule& r : rules)
      if (r.name == rule->name)
        return Error::input(rule->where + ": rule \"" + r.name + "\" already defined at " +
                            r.where);
    rules.push_back(std::move(*rule));
  }
  return rules;
}

}  // namespace chronoline::temporal
