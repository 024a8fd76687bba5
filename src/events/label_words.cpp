// Word classes the labeler uses, loaded once from the embedded data files in src/events/lang.
#include "events/label_words.h"

#include <map>
#include <string>

namespace chronoline {
namespace {

struct Classes {
  std::map<std::string, WordSet, std::less<>> sets;
  std::map<std::string, std::string, std::less<>> participles;  // expectation-verbs.txt
  Status status;
};

const Classes& classes() {
  static const Classes loaded = [] {
    WordLists lists = load_word_lists(label_data_files(), "src/events/lang/");
    Classes c{{}, {}, lists.status};
    for (const auto& [name, words] : lists.lists) c.sets.emplace(name, WordSet(words));
    // "expects expected": a form and its participle, two words.
    if (auto it = lists.lists.find("expectation-verbs"); it != lists.lists.end())
      for (const std::string& entry : it->second) {
        size_t space = entry.find(' ');
        if (space == std::string::npos || space == 0 || entry.find(' ', space + 1) != std::string::npos) {
          if (c.status)
            c.status = Error::internal("src/events/lang/en/expectation-verbs.txt: \"" + entry +
                                       "\" is not a verb form and its participle, one space between");
          continue;
        }
        c.participles.emplace(entry.substr(0, space), entry.substr(space + 1));
      }
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

const WordSet& label_word_class(std::string_view name) {
  static const WordSet kEmpty;
  auto it = classes().sets.find(name);
  return it == classes().sets.end() ? kEmpty : it->second;
}

}  // namespace chronoline
