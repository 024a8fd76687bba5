// Tests that styles/schema.json and styles/README.md are what style_fields() generates, and that
// every shipped style validates against the schema.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "style/builtin_styles.h"
#include "style/style_docs.h"
#include "test_support.h"

namespace chronoline {
namespace {

using nlohmann::json;

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Checks `value` against `schema` for the subset of JSON Schema that style_schema() uses: type,
// properties, additionalProperties: false, minimum, maximum, minLength, pattern, enum, items,
// minItems. Appends one line per problem to `errors`, naming the key path.
void validate(const json& value, const json& schema, const std::string& path, std::vector<std::string>& errors) {
  auto fail = [&](const std::string& what) { errors.push_back((path.empty() ? "(root)" : path) + ": " + what); };
  if (schema.contains("type")) {
    std::string type = schema["type"];
    bool ok = (type == "object" && value.is_object()) || (type == "array" && value.is_array()) ||
              (type == "string" && value.is_string()) || (type == "boolean" && value.is_boolean()) ||
              (type == "number" && value.is_number()) ||
              (type == "integer" && (value.is_number_integer() ||
                                     (value.is_number_float() && value.get<double>() == std::floor(value.get<double>()))));
    if (!ok) return fail("expected " + type + ", got " + value.dump());
  }
  if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end())
    fail("not one of " + schema["enum"].dump());
  if (value.is_number()) {
    if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>()) fail("below minimum");
    if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>()) fail("above maximum");
  }
  if (value.is_string()) {
    std::string s = value;
    if (schema.contains("minLength") && s.size() < schema["minLength"].get<size_t>()) fail("too short");
    if (schema.contains("pattern") && !std::regex_search(s, std::regex(schema["pattern"].get<std::string>())))
      fail(value.dump() + " does not match " + schema["pattern"].get<std::string>());
  }
  if (value.is_array()) {
    if (schema.contains("minItems") && value.size() < schema["minItems"].get<size_t>()) fail("too few items");
    if (schema.contains("items"))
      for (size_t i = 0; i < value.size(); ++i)
        validate(value[i], schema["items"], path + "[" + std::to_string(i) + "]", errors);
  }
  if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      std::string sub = path.empty() ? key : path + "." + key;
      if (schema.contains("properties") && schema["properties"].contains(key))
        validate(item, schema["properties"][key], sub, errors);
      else if (schema.value("additionalProperties", true) == false)
        errors.push_back(sub + ": not allowed");
    }
  }
}

std::vector<std::string> schema_errors(const json& value) {
  static const json schema = json::parse(read_text(testing::source_dir() / "styles/schema.json"));
  std::vector<std::string> errors;
  validate(value, schema, "", errors);
  return errors;
}

TEST_CASE("styles/schema.json is the schema generated from style_fields()") {
  CHECK(read_text(testing::source_dir() / "styles/schema.json") == style_schema().dump(2) + "\n");
}

TEST_CASE("styles/README.md is the reference generated from style_fields()") {
  CHECK(read_text(testing::source_dir() / "styles/README.md") == style_reference_markdown());
}

TEST_CASE("every shipped style file validates against styles/schema.json") {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_dir() / "styles")) {
    if (entry.path().extension() != ".json" || entry.path().filename() == "schema.json") continue;
    CAPTURE(entry.path());
    json style = json::parse(read_text(entry.path()), nullptr, true, /*ignore_comments=*/true);
    CHECK(schema_errors(style) == std::vector<std::string>{});
    ++files;
  }
  CHECK(files == static_cast<int>(builtin_styles().size()));
}

TEST_CASE("the schema validator catches what the loader rejects") {
  CHECK(schema_errors(json::parse(R"({"canvas": {"widht": 3}})")) == std::vector<std::string>{"canvas.widht: not allowed"});
  CHECK(schema_errors(json::parse(R"({"canvas": {"width": 3}})")) == std::vector<std::string>{"canvas.width: below minimum"});
  CHECK(schema_errors(json::parse(R"({"colors": {"palette": ["red"]}})")).size() == 1);
  CHECK(schema_errors(json::parse(R"({"markers": {"shape": "star"}})")).size() == 1);
  CHECK(schema_errors(json::parse(R"({"labels": {"max_lines": 2.5}})")).size() == 1);
  CHECK(schema_errors(json::parse(R"({"extends": "dark", "$schema": "schema.json"})")).empty());
}

}  // namespace
}  // namespace chronoline
