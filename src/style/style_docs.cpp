// Style documentation generated from style_fields(): styles/schema.json and styles/README.md.
#include "style/style_docs.h"

#include <sstream>

#include "style/builtin_styles.h"
#include "style/style.h"
#include "style/style_file.h"

namespace chronoline {
namespace {

using ojson = nlohmann::ordered_json;

constexpr std::string_view kColorPattern = "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$";

std::string type_name(const StyleField& f) {
  switch (f.type) {
    case FieldType::kNumber: return "number";
    case FieldType::kInteger: return "integer";
    case FieldType::kBool: return "boolean";
    case FieldType::kString: return "string";
    case FieldType::kColor: return "colour";
    case FieldType::kColorList: return "list of colours";
    case FieldType::kEnum: return "choice";
  }
  return "";
}

std::string number_text(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

// The default of `f` as style_to_json writes it.
ojson default_value(const StyleField& f) {
  static const ojson defaults = style_to_json(default_style());
  size_t dot = f.key.find('.');
  return defaults.at(std::string(f.key.substr(0, dot))).at(std::string(f.key.substr(dot + 1)));
}

ojson field_schema(const StyleField& f) {
  ojson s = ojson::object();
  s["description"] = std::string(f.doc);
  switch (f.type) {
    case FieldType::kNumber:
    case FieldType::kInteger:
      s["type"] = f.type == FieldType::kNumber ? "number" : "integer";
      s["minimum"] = f.min;
      s["maximum"] = f.max;
      break;
    case FieldType::kBool: s["type"] = "boolean"; break;
    case FieldType::kString:
      s["type"] = "string";
      s["minLength"] = 1;
      break;
    case FieldType::kColor:
      s["type"] = "string";
      s["pattern"] = kColorPattern;
      break;
    case FieldType::kColorList:
      s["type"] = "array";
      s["minItems"] = 1;
      s["items"] = {{"type", "string"}, {"pattern", kColorPattern}};
      break;
    case FieldType::kEnum: {
      s["type"] = "string";
      ojson choices = ojson::array();
      for (std::string_view c : f.choices) choices.push_back(std::string(c));
      s["enum"] = choices;
      break;
    }
  }
  s["default"] = default_value(f);
  return s;
}

std::string range_text(const StyleField& f) {
  switch (f.type) {
    case FieldType::kNumber:
    case FieldType::kInteger: return number_text(f.min) + " to " + number_text(f.max);
    case FieldType::kColor: return "`#rgb`, `#rrggbb`, `#rrggbbaa`";
    case FieldType::kEnum: {
      std::string out;
      for (std::string_view c : f.choices) out += (out.empty() ? "" : " \\| ") + ("`" + std::string(c) + "`");
      return out;
    }
    default: return "";
  }
}

// The first comment line of a built-in style: what it is for.
std::string style_summary(std::string_view text) {
  if (!text.starts_with("//")) return "";
  std::string line(text.substr(2, text.find('\n') - 2));
  size_t start = line.find_first_not_of(' ');
  return start == std::string::npos ? "" : line.substr(start);
}

}  // namespace

ojson style_schema() {
  ojson schema = ojson::object();
  schema["$schema"] = "http://json-schema.org/draft-07/schema#";
  schema["$comment"] = "Generated from style_fields() in src/style/style.cpp by chronoline_style_docs; do not edit.";
  schema["title"] = "chronoline style";
  schema["description"] = "A chronoline style file: JSON with comments. Set only what differs from the style it extends.";
  schema["type"] = "object";
  ojson properties = ojson::object();
  properties["$schema"] = {{"description", "the schema, for editors; ignored by chronoline"}, {"type", "string"}};
  ojson names = ojson::array();
  for (const std::string& n : builtin_style_names()) names.push_back(n);
  properties["extends"] = {{"description", "a built-in style name or a style file, relative to this one"},
                           {"type", "string"},
                           {"examples", names}};
  for (const StyleField& f : style_fields()) {
    size_t dot = f.key.find('.');
    std::string group(f.key.substr(0, dot));
    if (!properties.contains(group))
      properties[group] = {{"type", "object"}, {"properties", ojson::object()}, {"additionalProperties", false}};
    properties[group]["properties"][std::string(f.key.substr(dot + 1))] = field_schema(f);
  }
  schema["properties"] = properties;
  schema["additionalProperties"] = false;
  return schema;
}

std::string style_reference_markdown() {
  std::string out =
      "<!-- Generated from style_fields() in src/style/style.cpp by chronoline_style_docs; do not edit. -->\n"
      "# Styles\n\n"
      "A style sets everything visual about a figure. Style files are JSON with `//` and `/* */`\n"
      "comments; nested objects name the keys, so `{\"canvas\": {\"width\": 1200}}` sets\n"
      "`canvas.width`. A style may start from another with `\"extends\": \"dark\"` (a built-in name,\n"
      "or a file relative to the extending one) and set only what differs. `\"$schema\": \"schema.json\"`\n"
      "lets editors check and complete keys with [schema.json](schema.json).\n\n"
      "    chronoline render article.txt -o out.svg --style dark\n"
      "    chronoline render article.txt -o out.svg --style mystyle.json --set canvas.width=1200 --set show.subtitle=false\n\n"
      "`--set key.path=value` overrides one key and may be repeated; the value is JSON when it\n"
      "parses as JSON (`1200`, `false`, `[\"#000\",\"#777\"]`) and a string otherwise (`#1f2933`,\n"
      "`DejaVu Serif`). Mistakes stop with exit status 2 and a message naming the file and key:\n\n"
      "    chronoline: mystyle.json: canvas.widht: unknown key; did you mean canvas.width?\n\n"
      "## Built-in styles\n\n"
      "They are the files in this folder, embedded in the binary.\n\n"
      "| name | what for |\n|---|---|\n";
  for (const auto& [name, text] : builtin_styles())
    out += "| `" + std::string(name) + "` | " + style_summary(text) + " |\n";
  out += "\n## Keys\n\nSizes are pixels (points in PDF). Colours are `#rgb`, `#rrggbb` or `#rrggbbaa`.\n\n"
         "| key | type | default | allowed | what it sets |\n|---|---|---|---|---|\n";
  for (const StyleField& f : style_fields()) {
    std::string def = default_value(f).dump();
    if (f.type == FieldType::kColorList) {
      def.clear();
      for (const auto& c : default_value(f)) def += (def.empty() ? "" : " ") + c.get<std::string>();
    }
    out += "| `" + std::string(f.key) + "` | " + type_name(f) + " | `" + def + "` | " + range_text(f) + " | " +
           std::string(f.doc) + " |\n";
  }
  return out;
}

std::string default_style_file() {
  return style_to_commented_json(
      default_style(), "The default style: every field with its default. Copy it, keep what you change, or use \"extends\".");
}

}  // namespace chronoline
