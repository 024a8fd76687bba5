// Style files: JSON (with comments) that set style fields by key path, `extends` and --set
// overrides.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "style/style.h"
#include "util/result.h"

namespace chronoline {

// Loads a style by built-in name ("default", "dark", "vertical", ...: the files in styles/,
// embedded at build time) or by path to a JSON file, then applies `overrides` ("key.path=value",
// as given to --set) in order.
//
// A style file is a JSON object, comments allowed, whose nested objects name fields by key path:
//   // mystyle.json
//   {"extends": "dark", "canvas": {"width": 1200}, "fonts": {"family": "DejaVu Serif"}}
// `extends` names a built-in style or a file (relative to the extending file); the fields of the
// file are applied on top. Errors name the file and key path and say what to do:
//   "mystyle.json: canvas.widht: unknown key; did you mean canvas.width?"
//   "mystyle.json: canvas.width: expected a number from 200 to 20000, got \"wide\""
//   "--set canvas.width=abc: expected a number from 200 to 20000, got \"abc\""
Result<Style> load_style(std::string_view name_or_path,
                         const std::vector<std::string>& overrides = {});

// A style from the text of a style file, as load_style reads files; `source` names it in errors
// and `extends` of a file is relative to the current directory.
Result<Style> parse_style(std::string_view text, std::string_view source);

// Applies one "key.path=value" override; the value is read as JSON when it parses (1200, true,
// ["#fff"]) and as a string otherwise (DejaVu Serif, #ffffff).
Status apply_override(Style& style, std::string_view assignment);

// Applies the fields of a parsed style object (no `extends`) to `style`; `source` prefixes errors.
Status apply_style_json(Style& style, const nlohmann::json& object, std::string_view source);

// Every field of `style` as a nested JSON object, in table order: what a full style file holds.
nlohmann::ordered_json style_to_json(const Style& style);

// The same as a commented style file: each field with its documentation, as styles/default.json.
std::string style_to_commented_json(const Style& style, std::string_view first_line);

// Names of the built-in styles, sorted.
std::vector<std::string> builtin_style_names();

}  // namespace chronoline
