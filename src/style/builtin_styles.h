// Built-in styles: the files in styles/, embedded at build time by cmake/embed_data.cmake.
#pragma once

#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "util/embedded.h"

namespace chronoline {

// Every file in styles/ (generated at build time); builtin_styles() picks the styles from them.
std::span<const EmbeddedFile> style_data_files();

// (name, JSON text) for every styles/NAME.json but schema.json, sorted by name.
const std::vector<std::pair<std::string_view, std::string_view>>& builtin_styles();

// The text of built-in style `name`, or "" when there is none.
std::string_view builtin_style_text(std::string_view name);

}  // namespace chronoline
