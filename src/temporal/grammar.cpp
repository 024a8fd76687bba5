// Grammar: one language's lexicons and rules, loaded from the embedded data and validated.
#include "temporal/grammar.h"

#include <set>
#include <string>

#include "temporal/embedded.h"
#include "temporal/resolve.h"

namespace chronoline::temporal {
namespace {

// Holiday specs are a small language of their own: compile each one now, once, rather than at
// every match.
Status compile_holidays(Grammar& g) {
  int cls = g.lexicon.class_id("holidays");
  for (uint32_t id = 1; cls >= 0 && id < g.lexicon.word_count(); ++id)
    if (const LexEntry* e = g.lexicon.entry(id, static_cast<uint16_t>(cls)))
      if (auto h = g.holidays.compile(e->value); !h)
        return Error::input(e->where + ": " + h.error().message + "; see the file's header");
  for (const Rule& r : g.rules)
    for (const auto& [key, value] : r.literals)
      if (key == Key::kHoliday)
        if (auto h = g.holidays.compile(value); !h) return h.error().at(r.where);
  return {};
}

bool is_table(std::string_view path) { return path.substr(0, 7) == "tables/"; }

bool has_suffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Result<std::unique_ptr<Grammar>> load_grammar_from(
    const std::vector<std::pair<std::string_view, std::string_view>>& files) {
  auto g = std::make_unique<Grammar>();
  for (const auto& [path, content] : files)
    if (is_table(path))
      if (Status st = g->holidays.load_table(path, content); !st) return st.error();
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
  if (Status st = compile_holidays(*g); !st) return st.error();
  g->number_words = g->lexicon.class_id("numbers");
  g->interval_bounds = g->lexicon.class_id("interval_bounds");
  g->reporting_verbs = g->lexicon.class_id("reporting_verbs");
  g->clause_links = g->lexicon.class_id("clause_links");
  g->half_year_cues = g->lexicon.class_id("half_year_cues");
  g->figures = g->lexicon.class_id("figures");
  g->habitual_adverbs = g->lexicon.class_id("habitual_adverbs");
  g->comparison_links = g->lexicon.class_id("comparison_links");
  g->holiday_making_verbs = g->lexicon.class_id("holiday_making_verbs");
  g->holiday_verb_fillers = g->lexicon.class_id("holiday_verb_fillers");
  g->lunar_new_year_names = g->lexicon.class_id("lunar_new_year_names");
  g->record_nouns = g->lexicon.class_id("record_nouns");
  g->account_nouns = g->lexicon.class_id("account_nouns");
  g->share_words = g->lexicon.class_id("share_words");
  g->date_moves = g->lexicon.class_id("date_moves");
  g->move_particles = g->lexicon.class_id("move_particles");
  g->figure_verbs = g->lexicon.class_id("figure_verbs");
  g->release_day_links = g->lexicon.class_id("release_day_links");
  g->superlatives = g->lexicon.class_id("superlatives");
  g->elapsed_cues = g->lexicon.class_id("elapsed_cues");
  g->race_cues = g->lexicon.class_id("race_cues");
  g->title_minor_words = g->lexicon.class_id("title_minor_words");
  g->day_followers = g->lexicon.class_id("day_followers");
  g->name_titles = g->lexicon.class_id("name_titles");
  g->place_prepositions = g->lexicon.class_id("place_prepositions");
  g->day_name_nouns = g->lexicon.class_id("day_name_nouns");
  g->unit_plurals = g->lexicon.class_id("unit_plurals");
  g->prepositions = g->lexicon.class_id("prepositions");
  g->ordinal_words = g->lexicon.class_id("ordinals");
  for (std::string_view cls : {"units", "unit_plurals", "deictic", "pods", "pod_plurals"})
    if (int id = g->lexicon.class_id(cls); id >= 0) g->time_nouns.push_back(id);
  g->street_suffixes = g->lexicon.class_id("street_suffixes");
  g->law_names = g->lexicon.class_id("law_names");
  g->season_times = g->lexicon.class_id("season_times");
  g->month_nouns = g->lexicon.class_id("month_nouns");
  g->count_nouns = g->lexicon.class_id("count_nouns");
  g->noun_determiners = g->lexicon.class_id("noun_determiners");
  g->story_bounds = g->lexicon.class_id("story_bounds");
  g->months = g->lexicon.class_id("months");
  g->weekdays = g->lexicon.class_id("weekdays");
  g->due_words = g->lexicon.class_id("due_words");
  g->fiscal_year_words = g->lexicon.class_id("fiscal_year_words");
  auto cues = load_tense_cues(g->lexicon);
  if (!cues) return cues.error();
  g->cues = std::move(*cues);
  g->matcher = std::make_unique<Matcher>(g->rules, g->lexicon);
  return g;
}

Result<std::unique_ptr<Grammar>> load_grammar(std::string_view language) {
  std::vector<std::pair<std::string_view, std::string_view>> files, tables;
  std::set<std::string> languages;
  for (const EmbeddedFile& f : embedded_files()) {
    if (f.path.find('/') == std::string_view::npos) continue;  // README.md and such: not a language
    if (is_table(f.path)) {
      tables.emplace_back(f.path, f.content);
      continue;
    }
    std::string_view lang = f.path.substr(0, f.path.find('/'));
    languages.emplace(lang);
    if (lang == language) files.emplace_back(f.path, f.content);
  }
  if (files.empty()) {
    std::string known;
    for (const auto& l : languages) known += (known.empty() ? "" : ", ") + l;
    return Error::input("unknown language \"" + std::string(language) + "\"; available: " + known);
  }
  files.insert(files.end(), tables.begin(), tables.end());
  return load_grammar_from(files);
}

}  // namespace chronoline::temporal
