// Word lists the article reader uses, loaded once from the embedded data files.
#include "article/article_words.h"

#include <map>

#include "util/word_list.h"

namespace chronoline {
namespace {

struct Lists {
  std::map<std::string, std::vector<std::string>, std::less<>> lists;
  Status status;
};

const Lists& lists() {
  static const Lists loaded = [] {
    Lists l;
    for (const EmbeddedFile& f : article_data_files()) {
      if (!f.path.starts_with("en/") || !f.path.ends_with(".txt")) continue;
      auto words = parse_word_list(f.content, "src/article/lang/" + std::string(f.path));
      if (!words) {
        l.status = words.error();
        continue;
      }
      l.lists.emplace(std::string(f.path.substr(3, f.path.size() - 7)), std::move(*words));
    }
    return l;
  }();
  return loaded;
}

}  // namespace

Status check_article_words() { return lists().status; }

const std::vector<std::string>& article_word_list(std::string_view name) {
  static const std::vector<std::string> kEmpty;
  auto it = lists().lists.find(name);
  return it == lists().lists.end() ? kEmpty : it->second;
}

}  // namespace chronoline
