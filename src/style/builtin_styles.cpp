// Built-in styles: the style files among the embedded contents of styles/.
#include "style/builtin_styles.h"

namespace chronoline {

const std::vector<std::pair<std::string_view, std::string_view>>& builtin_styles() {
  static const auto kStyles = [] {
    std::vector<std::pair<std::string_view, std::string_view>> styles;
    for (const EmbeddedFile& f : style_data_files()) {
      std::string_view path = f.path;
      if (!path.ends_with(".json") || path == "schema.json" || path.find('/') != std::string_view::npos) continue;
      styles.emplace_back(path.substr(0, path.size() - 5), f.content);
    }
    return styles;
  }();
  return kStyles;
}

std::string_view builtin_style_text(std::string_view name) {
  for (const auto& [n, text] : builtin_styles())
    if (n == name) return text;
  return {};
}

}  // namespace chronoline
