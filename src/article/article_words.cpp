// Word lists the article reader uses, loaded once from the embedded data files.
#include "article/article_words.h"

#include "util/word_list.h"

namespace chronoline {
namespace {

const WordLists& lists() {
  static const WordLists loaded = load_word_lists(article_data_files(), "src/article/lang/");
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
