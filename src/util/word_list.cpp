// Word lists: data files of lower-case words or phrases, one per line, validated at load.
#include "util/word_list.h"

#include <cctype>

namespace chronoline {

Result<std::vector<std::string>> parse_word_list(std::string_view content, std::string_view path) {
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  size_t line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
    ++line_no;
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.starts_with("\\#")) line.remove_prefix(1);  // an entry, not a comment
    std::string where = std::string(path) + ":" + std::to_string(line_no) + ": ";
    for (char c : line)
      if (std::isupper(static_cast<unsigned char>(c)))
        return Error::internal(where + "\"" + std::string(line) + "\" is not lower-case; list each word once, in lower case");
    if (!seen.insert(std::string(line)).second)
      return Error::internal(where + "duplicate entry \"" + std::string(line) + "\"; list each word once");
    out.emplace_back(line);
  }
  return out;
}

WordLists load_word_lists(std::span<const EmbeddedFile> files, std::string_view folder) {
  WordLists out;
  for (const EmbeddedFile& f : files) {
    if (!f.path.starts_with("en/") || !f.path.ends_with(".txt")) continue;
    auto words = parse_word_list(f.content, std::string(folder) + std::string(f.path));
    if (!words) {
      if (out.status) out.status = words.error();
      continue;
    }
    out.lists.emplace(std::string(f.path.substr(3, f.path.size() - 7)), std::move(*words));
  }
  return out;
}

}  // namespace chronoline
