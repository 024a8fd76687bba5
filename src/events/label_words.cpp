// Word classes the labeler uses, loaded once from the embedded data files in src/events/lang.
#include "events/label_words.h"

#include <map>
#include <string>

namespace chronoline {
namespace {

struct Classes {
  std::map<std::string, WordSet, std::less<>> sets;
  Status status;
};

const Classes& classes() {
  static const Classes loaded = [] {
    WordLists lists = load_word_lists(label_data_files(), "src/events/lang/");
    Classes c{{}, lists.status};
    for (const auto& [name, words] : lists.lists) c.sets.emplace(name, WordSet(words));
    return c;
  }();
  return loaded;
}

}  // namespace

Status check_label_words() { return classes().status; }

const WordSet& label_word_class(std::string_view name) {
  static const WordSet kEmpty;
  auto it = classes().sets.find(name);
  return it == classes().sets.end() ? kEmpty : it->second;
}

}  // namespace chronoline
