// Built-in styles: the files in styles/, embedded at build time (builtin_styles.cpp is generated).
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace chronoline {

// (name, JSON text) for every styles/NAME.json.
const std::vector<std::pair<std::string_view, std::string_view>>& builtin_styles();

// The text of built-in style `name`, or "" when there is none.
std::string_view builtin_style_text(std::string_view name);

}  // namespace chronoline
