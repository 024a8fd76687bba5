// Grammar: one language's lexicons and rules, loaded from the embedded data and validated.
#include "temporal/grammar.h"

#include <set>
#include <string>

#include "temporal/embedded.h"
#include "temporal/resolve.h"

namespace chronoline::temporal {
namespace {

// Holiday specs are a small language of their own: check each one now rather than at first use.
Status check_holidays(const Lexicon& lex) {
  int cls = lex.class_id("holidays");
  if (cls < 0) return {};
  for (uint32_t id = 1; id < lex.word_count(); ++id)
    if (const LexEntry* e = lex.entry(id, static_cast<uint16_t>(cls));
        e && !holiday_in(e->value, 2000))
      return Error::input(e->where + ": malformed holiday spec \"" + e->value +
                          "\"; see the file's header");
  return {};
}

bool has_suffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Result<std::unique_ptr<Grammar>> load_grammar_from(
    const std::vector<std::pair<std::string_view, std::string_view>>& files) {
  auto g = std::make_unique<Grammar>();
  // Lexicons first: rules refer to their classes.
  for (const auto& [path, content] : files)
    if (path.find("/lexicon/") != std::string_view::npos)
      if (Status st = g->lexicon.load_file(path, content); !st) return st.error();
  for (const auto& [path, content] : files) {
    if (path.find("/rules/") == std::string_view::npos) continue;
    if (!has_suffix(path, ".rules"))
      return Error::input(std::string(path) + ": rule files must end in .rules");
    auto rules = parse_rules(path, content, g->lexicon);
    if (!rules) return rules.error();
    for (Rule& r : *rules) {
      for (const auto& [key, value] : r.literals)
        if (std::string why = check_literal(key, value); !why.empty())
          return Error::input(r.where + ": " + why);
      for (const Rule& o : g->rules)
        if (o.name == r.name)
          return Error::input(r.where + ": rule \"" + r.name + "\" already defined at " + o.where);
      g->rules.push_back(std::move(r));
    }
  }
  if (g->rules.empty()) return Error::input("no rules found (expected LANG/rules/*.rules)");
  if (Status st = check_holidays(g->lexicon); !st) return st.error();
  g->number_words = g->lexicon.class_id("numbers");
  g->cues = {g->lexicon.class_id("past_cues"), g->lexicon.class_id("future_cues"),
             g->lexicon.class_id("past_suffixes"), g->lexicon.class_id("participle_aux")};
  g->matcher = std::make_unique<Matcher>(g->rules, g->lexicon);
  return g;
}

Result<std::unique_ptr<Grammar>> load_grammar(std::string_view language) {
  std::vector<std::pair<std::string_view, std::string_view>> files;
  std::set<std::string> languages;
  for (const EmbeddedFile& f : embedded_files()) {
    if (f.path.find('/') == std::string_view::npos) continue;  // README.md and such: not a language
    std::string_view lang = f.path.substr(0, f.path.find('/'));
    languages.emplace(lang);
    if (lang == language) files.emplace_back(f.path, f.content);
  }
  if (files.empty()) {
    std::string known;
    for (const auto& l : languages) known += (known.empty() ? "" : ", ") + l;
    return Error::input("unknown language \"" + std::string(language) + "\"; available: " + known);
  }
  return load_grammar_from(files);
}

}  // namespace chronoline::temporal
