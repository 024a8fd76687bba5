# Writes OUT: a C++ file embedding every styles/*.json (run at build time by src/style/CMakeLists.txt).
file(GLOB files ${STYLES_DIR}/*.json)
list(FILTER files EXCLUDE REGEX "/schema\\.json$")
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} text)
  string(APPEND body "      {\"${name}\", R\"chronoline_style(${text})chronoline_style\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from styles/*.json by src/style/embed_styles.cmake; do not edit.
#include \"style/builtin_styles.h\"

namespace chronoline {

const std::vector<std::pair<std::string_view, std::string_view>>& builtin_styles() {
  static const std::vector<std::pair<std::string_view, std::string_view>> kStyles = {
${body}  };
  return kStyles;
}

std::string_view builtin_style_text(std::string_view name) {
  for (const auto& [n, text] : builtin_styles())
    if (n == name) return text;
  return {};
}

}  // namespace chronoline
")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})
