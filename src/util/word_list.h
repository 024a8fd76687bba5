// Word lists: data files of lower-case words or phrases, one per line, validated at load.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "util/embedded.h"
#include "util/result.h"

namespace chronoline {

// Parses a word list: one entry per line (a word or a phrase), lower-case; lines starting with
// '#' and blank lines are skipped, and an entry that starts with '#' is written "\#". Errors name
// the line: "path:7: duplicate entry \"the\"" and "path:3: \"May\" is not lower-case; list each
// word once, in lower case".
Result<std::vector<std::string>> parse_word_list(std::string_view content, std::string_view path);

// Word lists keyed by name: each "en/NAME.txt" of `files` parsed with parse_word_list. Errors
// name the file as `folder` + its path; the first one is kept in `status`, and the lists that
// loaded are still there.
struct WordLists {
  std::map<std::string, std::vector<std::string>, std::less<>> lists;
  Status status;
};
WordLists load_word_lists(std::span<const EmbeddedFile> files, std::string_view folder);

// A set of lower-case words with O(1) lookup.
class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::vector<std::string>& words) : set_(words.begin(), words.end()) {
    for (const std::string& w : words) longest_ = std::max(longest_, w.size());
  }
  // Looks a word up without copying it into a std::string.
  bool contains(std::string_view word) const {
    return word.size() <= longest_ && set_.find(word) != set_.end();
  }
  size_t size() const { return set_.size(); }
  // The length of the longest word: no longer one is in the set.
  size_t longest() const { return longest_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> set_;
  size_t longest_ = 0;
};

}  // namespace chronoline
