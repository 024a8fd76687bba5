// Style documentation generated from style_fields(): styles/schema.json and styles/README.md.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace chronoline {

// A JSON Schema (draft-07) for style files, for editors: every key path of style_fields() with its
// type, range or choices, default and documentation; `extends` and `$schema` at the top.
// Unknown keys are not allowed, as in the loader. styles/schema.json is this, dumped with indent 2.
nlohmann::ordered_json style_schema();

// styles/README.md: how style files work, the built-in styles (the first comment line of each
// styles/NAME.json) and a table of every key with its type, default, range and documentation.
std::string style_reference_markdown();

// styles/default.json: every field with its default and documentation (style_to_commented_json).
std::string default_style_file();

}  // namespace chronoline
