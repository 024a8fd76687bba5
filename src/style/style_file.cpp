// Style files: JSON (with comments) that set style fields by key path, `extends` and --set
// overrides.
#include "style/style_file.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "style/builtin_styles.h"
#include "util/file_io.h"
#include "util/suggest.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr size_t kMaxExtends = 16;
constexpr size_t kMaxStyleBytes = 1u << 20;  // a style file is a few kB; this stops /dev/zero

// A value as JSON for messages; invalid UTF-8 (only --set text can hold it) shows as U+FFFD.
std::string shown(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string number_range(const StyleField& f) {
  std::ostringstream out;
  out << f.min << " to " << f.max;
  return out.str();
}

Status expected(const std::string& what, const json& got) {
  return Error::input("expected " + what + ", got " + shown(got));
}

Status set_number(Style& s, const StyleField& f, const json& v) {
  bool integer = f.type == FieldType::kInteger;
  std::string what = std::string(integer ? "an integer" : "a number") + " from " + number_range(f);
  if (!v.is_number()) return expected(what, v);
  double d = v.get<double>();
  if (d < f.min || d > f.max || (integer && d != std::floor(d))) return expected(what, v);
  if (integer)
    *f.integer(s) = static_cast<int>(d);
  else
    *f.number(s) = d;
  return {};
}

Status set_color(Color& out, const json& v) {
  std::optional<Color> c = v.is_string() ? parse_color(v.get<std::string>()) : std::nullopt;
  if (!c) return expected("a colour \"#rgb\", \"#rrggbb\" or \"#rrggbbaa\"", v);
  out = *c;
  return {};
}

Status set_enum(Style& s, const StyleField& f, const json& v) {
  std::string names;
  for (std::string_view c : f.choices) names += (names.empty() ? "" : " | ") + std::string(c);
  if (!v.is_string()) return expected("one of " + names, v);
  auto it = std::find(f.choices.begin(), f.choices.end(), v.get<std::string>());
  if (it == f.choices.end()) return expected("one of " + names, v);
  f.set_enum(s, static_cast<int>(it - f.choices.begin()));
  return {};
}

Status set_field(Style& s, const StyleField& f, const json& v) {
  switch (f.type) {
    case FieldType::kNumber:
    case FieldType::kInteger:
      return set_number(s, f, v);
    case FieldType::kBool:
      if (!v.is_boolean()) return expected("true or false", v);
      *f.boolean(s) = v.get<bool>();
      return {};
    case FieldType::kString:
      if (!v.is_string() || v.get<std::string>().empty()) return expected("a non-empty string", v);
      *f.string(s) = v.get<std::string>();
      return {};
    case FieldType::kColor:
      return set_color(*f.color(s), v);
    case FieldType::kColorList: {
      if (!v.is_array() || v.empty()) return expected("a non-empty list of colours", v);
      std::vector<Color> colors(v.size());
      for (size_t i = 0; i < v.size(); ++i)
        if (Status st = set_color(colors[i], v[i]); !st) return st;
      *f.color_list(s) = std::move(colors);
      return {};
    }
    case FieldType::kEnum:
      return set_enum(s, f, v);
  }
  return {};
}

std::vector<std::string> all_keys() {
  std::vector<std::string> keys;
  for (const StyleField& f : style_fields()) keys.emplace_back(f.key);
  return keys;
}

bool is_group(const std::string& path) {
  for (const StyleField& f : style_fields())
    if (f.key.size() > path.size() && f.key.substr(0, path.size()) == path &&
        f.key[path.size()] == '.')
      return true;
  return false;
}

// "canvas.width, canvas.height, ..." : the keys under group `path`.
std::string group_keys(const std::string& path) {
  std::string out;
  for (const StyleField& f : style_fields())
    if (f.key.size() > path.size() && f.key.starts_with(path) && f.key[path.size()] == '.')
      out += (out.empty() ? "" : ", ") + std::string(f.key);
  return out;
}

std::string first_key(const std::string& path) {
  std::string keys = group_keys(path);
  return keys.substr(0, keys.find(','));
}

// `path` names a group of keys where a value was given: list the group's keys.
Error group_not_value(const std::string& path, const std::string& example) {
  return Error::input(path + ": a group of keys, not a value; set one of " + group_keys(path) + example);
}

Error unknown_key(const std::string& path) {
  std::string guess = nearest(path, all_keys());
  return Error::input(
      path + ": unknown key" +
      (guess.empty() ? "; see styles/default.json for the keys" : "; did you mean " + guess + "?"));
}

Status apply_object(Style& s, const json& object, const std::string& prefix) {
  for (const auto& item : object.items()) {
    std::string path = prefix.empty() ? item.key() : prefix + "." + item.key();
    if (const StyleField* f = find_style_field(path)) {
      if (Status st = set_field(s, *f, item.value()); !st) return st.error().at(path);
      continue;
    }
    if (!is_group(path)) return unknown_key(path);
    if (!item.value().is_object())
      return group_not_value(path, " inside an object, e.g. \"" + item.key() + "\": {\"" +
                                       first_key(path).substr(path.size() + 1) + "\": ...}; got " +
                                       shown(item.value()));
    if (Status st = apply_object(s, item.value(), path); !st) return st;
  }
  return {};
}

// "file:line:col" for byte `offset` (0-based) of `text`; columns count characters from 1.
std::string location(const std::string& source, const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t line = 1, col = 1;
  // A byte-order mark takes no column, and a column counts characters, not bytes, as editors do.
  size_t from = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (size_t i = from; i < offset; ++i) {
    if (text[i] == '\n')
      ++line, col = 1;
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      ++col;
  }
  return source + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::string builtin_list() {
  std::string list;
  for (const auto& n : builtin_style_names()) list += (list.empty() ? "" : ", ") + n;
  return list;
}

// Text that cannot be a style file, named before the JSON parser reports it as a syntax error:
// empty, UTF-16, binary, invalid UTF-8, or not JSON at all (an article or a timeline given to
// --style).
Status check_style_bytes(std::string_view text, const std::string& source) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos)
    return Error::input(source + ": the style file is empty; write a JSON object such as {\"extends\": \"dark\"} "
                                 "(keys: styles/README.md)");
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
      (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0')))
    return Error::input(source + ": UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
  std::string whole(text);
  if (size_t nul = text.find('\0'); nul != std::string_view::npos)
    return Error::input(location(source, whole, nul) + ": NUL byte; this is a binary file, not a style; give a " +
                        "style JSON file or a built-in style (" + builtin_list() + ")");
  if (size_t bad = utf8::find_invalid(text); bad != std::string_view::npos)
    return Error::input(location(source, whole, bad) +
                        ": invalid UTF-8; convert the file to UTF-8 (for example iconv -f latin1 -t utf-8)");
  if (text[first] != '{' && text[first] != '/')
    return Error::input(location(source, whole, first) + ": not a style file, which is a JSON object { ... }; give " +
                        "a style JSON file or a built-in style (" + builtin_list() + ")");
  return {};
}

Result<json> parse_style_text(const std::string& text, const std::string& source) {
  if (Status st = check_style_bytes(text, source); !st) return st.error();
  try {
    json j = json::parse(text, nullptr, true, /*ignore_comments=*/true);
    if (!j.is_object()) return Error::input(source + ": a style file is a JSON object { ... }");
    if (j.contains("events") && j["events"].is_array())
      return Error::input(source + ": a timeline JSON file, not a style; give it as the input (chronoline render " +
                          source + " -o OUT.svg) and --style a built-in style (" + builtin_list() + ") or a style file");
    return j;
  } catch (const json::parse_error& e) {
    // nlohmann says "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
    // error ..."; keep the reason and put the place first, as compilers do.
    std::string what = e.what();
    if (size_t colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    size_t byte = e.byte > 0 ? e.byte - 1 : 0;
    return Error::input(location(source, text, byte) + ": invalid JSON: " + utf8::sanitize(what) + "; fix the syntax");
  } catch (const json::out_of_range& e) {
    // "[json.exception.out_of_range.406] number overflow parsing '33e333'": no offset, so point
    // at the first occurrence of the quoted number.
    std::string what = e.what();
    if (size_t close = what.find("] "); close != std::string::npos) what = what.substr(close + 2);
    size_t open = what.find('\''), end = what.rfind('\'');
    size_t at = open < end ? text.find(what.substr(open + 1, end - open - 1)) : std::string::npos;
    std::string where = at == std::string::npos ? source : location(source, text, at);
    return Error::input(where + ": invalid JSON: " + utf8::sanitize(what) + "; fix the number");
  }
}

// Where a style comes from: its text and a name for messages; files also their folder.
struct StyleSource {
  std::string text, name;
  fs::path dir;
};

Result<StyleSource> find_style(std::string_view name_or_path, const fs::path& relative_to) {
  std::string name(name_or_path);
  if (std::string_view text = builtin_style_text(name); !text.empty()) return StyleSource{std::string(text), name, {}};
  fs::path path = fs::path(name).is_absolute() || relative_to.empty() ? fs::path(name) : relative_to / name;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    // "dark.json" or "styles/dark.json" from another folder: the built-in of that stem.
    std::vector<std::string> names = builtin_style_names();
    std::string stem = fs::path(name).stem().string();
    std::string guess = std::find(names.begin(), names.end(), stem) != names.end() ? stem : nearest(stem, names);
    return Error::input("style '" + name + "': no such built-in style or file" +
                        (guess.empty() ? "" : "; did you mean " + guess + "?") + " (built-in: " + builtin_list() + ")");
  }
  if (fs::is_directory(path, ec))
    return Error::input("style '" + name + "': is a directory; give a style JSON file or a built-in style (" +
                        builtin_list() + ")");
  auto text = read_input(path.string(), kMaxStyleBytes);
  if (!text) return text.error();
  return StyleSource{std::move(*text), path.string(), path.parent_path()};
}

std::string chain_text(const std::vector<std::string>& chain) {
  std::string out;
  for (const auto& name : chain) out += (out.empty() ? "" : " -> ") + name;
  return out;
}

Status load_into(Style& style, std::string_view name_or_path, const fs::path& relative_to,
                 std::vector<std::string>& chain);

// Applies the style in `src` and, first, what it extends. `chain` holds the styles that extend
// it, outermost first, to report loops.
Status apply_source(Style& style, const StyleSource& src, std::vector<std::string>& chain) {
  if (std::find(chain.begin(), chain.end(), src.name) != chain.end() || chain.size() >= kMaxExtends) {
    std::string loop = chain_text(chain) + " -> " + src.name;
    return Error::input(chain.back() + ": extends: styles extend each other in a loop (" + loop +
                        "); remove one of the \"extends\"");
  }
  auto object = parse_style_text(src.text, src.name);
  if (!object) return object.error();
  object->erase("$schema");  // lets editors find styles/schema.json; not a style field
  chain.push_back(src.name);
  if (auto it = object->find("extends"); it != object->end()) {
    if (!it->is_string())
      return Error::input(src.name + ": extends: expected the name of a built-in style or a file, got " + shown(*it));
    if (Status st = load_into(style, it->get<std::string>(), src.dir, chain); !st) return st;
    object->erase("extends");
  }
  chain.pop_back();
  return apply_style_json(style, *object, src.name);
}

// Finds style `name_or_path` (relative to the folder of the style extending it) and applies it.
Status load_into(Style& style, std::string_view name_or_path, const fs::path& relative_to,
                 std::vector<std::string>& chain) {
  auto src = find_style(name_or_path, relative_to);
  if (!src) return chain.empty() ? src.error() : src.error().at(chain.back() + ": extends");
  return apply_source(style, *src, chain);
}

}  // namespace

Status apply_style_json(Style& style, const json& object, std::string_view source) {
  if (Status st = apply_object(style, object, ""); !st) return st.error().at(std::string(source));
  return {};
}

Status apply_override(Style& style, std::string_view assignment) {
  std::string where = "--set " + std::string(assignment);
  size_t eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0)
    return Error::input(where + ": expected key.path=value, e.g. canvas.width=1200");
  std::string key(assignment.substr(0, eq)), text(assignment.substr(eq + 1));
  if (utf8::find_invalid(text) != std::string::npos)
    return Error::input(utf8::sanitize(where) + ": the value is not valid UTF-8");
  const StyleField* f = find_style_field(key);
  if (!f && is_group(key))
    return group_not_value(key, ", e.g. --set " + first_key(key) + "=" + text)
        .at(utf8::sanitize(where));
  if (!f) return unknown_key(key).at("--set");
  json value = json::parse(text, nullptr, false);
  if (value.is_discarded() || (f->type == FieldType::kString && !value.is_string())) value = text;
  if (Status st = set_field(style, *f, value); !st) return st.error().at(where);
  return {};
}

Result<Style> load_style(std::string_view name_or_path, const std::vector<std::string>& overrides) {
  Style style = default_style();
  std::vector<std::string> chain;
  if (Status st = load_into(style, name_or_path.empty() ? "default" : name_or_path, {}, chain); !st) return st.error();
  for (const std::string& o : overrides)
    if (Status st = apply_override(style, o); !st) return st.error();
  return style;
}

Result<Style> parse_style(std::string_view text, std::string_view source) {
  Style style = default_style();
  std::vector<std::string> chain;
  if (Status st = apply_source(style, StyleSource{std::string(text), std::string(source), {}}, chain); !st)
    return st.error();
  return style;
}

namespace {

nlohmann::ordered_json field_value(const StyleField& f, Style& copy) {
  nlohmann::ordered_json v;
  switch (f.type) {
    case FieldType::kNumber: {
      double d = *f.number(copy);
      if (d == std::floor(d) && std::abs(d) < 1e9)
        v = static_cast<long>(d);
      else
        v = d;
      break;
    }
    case FieldType::kInteger:
      v = *f.integer(copy);
      break;
    case FieldType::kBool:
      v = *f.boolean(copy);
      break;
    case FieldType::kString:
      v = *f.string(copy);
      break;
    case FieldType::kColor:
      v = format_color(*f.color(copy));
      break;
    case FieldType::kColorList:
      v = json::array();
      for (Color c : *f.color_list(copy)) v.push_back(format_color(c));
      break;
    case FieldType::kEnum:
      v = std::string(f.choices[static_cast<size_t>(f.get_enum(copy))]);
      break;
  }
  return v;
}

}  // namespace

nlohmann::ordered_json style_to_json(const Style& style) {
  Style copy = style;  // accessors take a mutable Style
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const StyleField& f : style_fields()) {
    size_t dot = f.key.find('.');
    out[std::string(f.key.substr(0, dot))][std::string(f.key.substr(dot + 1))] =
        field_value(f, copy);
  }
  return out;
}

std::string style_to_commented_json(const Style& style, std::string_view first_line) {
  Style copy = style;
  std::string out = "// " + std::string(first_line) + "\n{\n  \"$schema\": \"schema.json\",\n";
  std::string group;
  auto fields = style_fields();
  for (size_t i = 0; i < fields.size(); ++i) {
    const StyleField& f = fields[i];
    size_t dot = f.key.find('.');
    std::string g(f.key.substr(0, dot));
    if (g != group) {
      if (!group.empty()) out += "  },\n";
      out += "  \"" + g + "\": {\n";
      group = g;
    }
    bool last_in_group =
        i + 1 == fields.size() || fields[i + 1].key.substr(0, fields[i + 1].key.find('.')) != g;
    std::string line = "    \"" + std::string(f.key.substr(dot + 1)) +
                       "\": " + field_value(f, copy).dump() + (last_in_group ? "" : ",");
    std::string doc(f.doc);
    if (f.type == FieldType::kEnum) {
      doc += ":";
      for (size_t c = 0; c < f.choices.size(); ++c)
        doc += (c ? " | " : " ") + std::string(f.choices[c]);
    }
    out += line + std::string(line.size() < 44 ? 44 - line.size() : 1, ' ') + "// " + doc + "\n";
  }
  out += "  }\n}\n";
  return out;
}

std::vector<std::string> builtin_style_names() {
  std::vector<std::string> names;
  for (const auto& [name, text] : builtin_styles()) names.emplace_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace chronoline
