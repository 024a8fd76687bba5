// Word classes the labeler uses, loaded once from the embedded data files in src/events/lang.
#include "events/label_words.h"

#include <map>
#include <string>

namespace chronoline {
namespace {

struct Classes {
  std::map<std::string, WordSet, std::less<>> sets;
  std::map<std::string, std::string, std::less<>> participles;  // expectation-verbs.txt
  std::map<std::string, std::string, std::less<>> pasts;        // ing-pasts.txt
  Status status;
};

// The pairs "FORM OTHER" of list `name` into `out`; an entry that is not two words is an error.
void read_pairs(const WordLists& lists, const std::string& name,
                std::map<std::string, std::string, std::less<>>& out, Status& status) {
  auto it = lists.lists.find(name);
  if (it == lists.lists.end()) return;
  for (const std::string& entry : it->second) {
    size_t space = entry.find(' ');
    if (space == std::string::npos || space == 0 ||
        entry.find(' ', space + 1) != std::string::npos) {
      if (status)
        status = Error::internal("src/events/lang/en/" + name + ".txt: \"" + entry +
                                 "\" is not two words, a verb form and the form it stands for");
      continue;
    }
    out.emplace(entry.substr(0, space), entry.substr(space + 1));
  }
}

const Classes& classes() {
  static const Classes loaded = [] {
    WordLists lists = load_word_lists(label_data_files(), "src/events/lang/");
    Classes c{{}, {}, {}, lists.status};
    for (const auto& [name, words] : lists.lists) c.sets.emplace(name, WordSet(words));
    read_pairs(lists, "expectation-verbs", c.participles, c.status);  // "expects expected"
    read_pairs(lists, "ing-pasts", c.pasts, c.status);                // "winning won"
    return c;
  }();
  return loaded;
}

}  // namespace

Status check_label_words() { return classes().status; }

std::string_view expectation_participle(std::string_view form) {
  auto it = classes().participles.find(form);
  return it == classes().participles.end() ? std::string_view() : std::string_view(it->second);
}

std::string past_of_ing(std::string_view form) {
  if (form.size() < 6 || !form.ends_with("ing")) return {};
  if (auto it = classes().pasts.find(form); it != classes().pasts.end()) return it->second;
  std::string stem(form.substr(0, form.size() - 3));
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (stem.back() == 'y' && !vowel(stem[stem.size() - 2]))
    return stem.substr(0, stem.size() - 1) + "ied";
  if (stem.back() == 'e') return stem + "d";  // "agreeing"
  return stem + "ed";                         // "graduat" + "ed", "plann" + "ed"
}

std::string present_of_ing(std::string_view form) {
  if (form.size() < 6 || !form.ends_with("ing")) return {};
  std::string stem(form.substr(0, form.size() - 3));
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  size_t n = stem.size();
  char last = stem[n - 1], before = stem[n - 2];
  if (last == before && !vowel(last)) {
    // "falling", "passing": a stem's own double letter; "stopping": one doubled before "-ing".
    if (std::string_view("lsfz").find(last) == std::string_view::npos) stem.pop_back();
    return stem + (last == 's' || last == 'z' ? "es" : "s");
  }
  if (last == 'y')
    return vowel(before) ? stem + "s" : stem.substr(0, n - 1) + "ies";  // "plays", "studies"
  if (last == 'u') return stem + "es";                                  // "continues"
  if (vowel(last)) return stem + "s";                                   // "agrees"
  // A lost "e" is certain after these ("giving", "forcing", "urging", "judging", "settling",
  // "nursing"): "gives", "forces", "urges", "settles", "nurses".
  std::string_view pair = std::string_view(stem).substr(n - 2);
  if (last == 'v' || last == 'c' || pair == "rg" || pair == "dg" || pair == "rs" || pair == "ns" ||
      pair == "ls" || (last == 'l' && !vowel(before)))
    return stem + "es";
  // One consonant after one vowel ("rising": "rise"; "opening": "open"), "-ng" ("changing",
  // "bringing") and "-th" ("bathing", "earthing") read either way.
  if (vowel(before) && !(n >= 3 && vowel(stem[n - 3])) && last != 'w' && last != 'x') return {};
  if (pair == "ng" || pair == "th") return {};
  if (pair == "ch" || pair == "sh" || last == 'x' || last == 's' || last == 'z') return stem + "es";
  return stem + "s";
}

bool listed_past(std::string_view form) {
  if (label_word_class("irregular-past").contains(std::string(form))) return true;
  for (const auto& [ing, past] : classes().pasts)
    if (past == form) return true;
  return false;
}

const WordSet& label_word_class(std::string_view name) {
  static const WordSet kEmpty;
  auto it = classes().sets.find(name);
  return it == classes().sets.end() ? kEmpty : it->second;
}

}  // namespace chronoline
