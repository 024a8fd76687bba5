// Word lists: data files of lower-case words or phrases, one per line, validated at load.
#pragma once

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
  explicit WordSet(const std::vector<std::string>& words) : set_(words.begin(), words.end()) {}
  bool contains(const std::string& word) const { return set_.count(word) > 0; }
  size_t size() const { return set_.size(); }

 private:
  std::unordered_set<std::string> set_;
};

}  // namespace chronoline
