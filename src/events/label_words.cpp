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
    Classes c;
    for (const EmbeddedFile& f : label_data_files()) {
      std::string_view path = f.path;
      if (!path.starts_with("en/") || !path.ends_with(".txt")) continue;
      auto words = parse_word_list(f.content, "src/events/lang/" + std::string(path));
      if (!words) {
        c.status = words.error();
        continue;
      }
      c.sets.emplace(std::string(path.substr(3, path.size() - 7)), WordSet(*words));
    }
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
