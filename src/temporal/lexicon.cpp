// Lexicon: case-insensitive word lists loaded from data files, one word class per file.
#include "temporal/lexicon.h"

#include <algorithm>
#include <optional>

namespace chronoline::temporal {
namespace {

std::string_view stem_of(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name.substr(0, name.find('.'));
}

// The header's value type: "int:LO:HI", "enum:A,B" or "text".
Result<ValueSchema> parse_value(std::string_view spec) {
  ValueSchema s;
  if (spec == "text") return s;
  if (spec.substr(0, 5) == "enum:") {
    s.kind = ValueSchema::Kind::kEnum;
    std::string_view rest = spec.substr(5);
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      s.names.emplace_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return s;
  }
  if (spec.substr(0, 4) == "int:") {
    s.kind = ValueSchema::Kind::kInt;
    std::string_view rest = spec.substr(4);
    size_t colon = rest.find(':');
    if (colon != std::string_view::npos && parse_int(rest.substr(0, colon), s.lo) &&
        parse_int(rest.substr(colon + 1), s.hi) && s.lo <= s.hi)
      return s;
  }
  return Error::input("unknown value type \"" + std::string(spec) +
                      "\"; use int:LO:HI, enum:A,B or text");
}

// The header line: "#! lexicon value=SPEC tense=known|guessed" (see ValueSchema).
Result<ValueSchema> parse_schema(std::string_view header) {
  constexpr std::string_view kPrefix = "#! lexicon ";
  constexpr std::string_view kUsage =
      "\"#! lexicon value=int:LO:HI|enum:A,B|text tense=known|guessed\"";
  if (header.substr(0, kPrefix.size()) != kPrefix)
    return Error::input("first line must be a header " + std::string(kUsage));
  std::string_view rest = header.substr(kPrefix.size());
  std::optional<ValueSchema> schema;
  std::optional<bool> guessed;
  while (!(rest = trim(rest)).empty()) {
    size_t space = rest.find(' ');
    std::string_view field = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space);
    size_t eq = field.find('=');
    std::string_view key = field.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? std::string_view{} : field.substr(eq + 1);
    if (key == "value" && !schema) {
      auto s = parse_value(value);
      if (!s) return s.error();
      schema = std::move(*s);
    } else if (key == "tense" && !guessed && (value == "known" || value == "guessed")) {
      guessed = value == "guessed";
    } else {
      return Error::input("unknown or repeated header field \"" + std::string(field) +
                          "\"; the header is " + std::string(kUsage));
    }
  }
  if (!schema || !guessed)
    return Error::input(std::string(!schema ? "value=" : "tense=") +
                        " is missing from the header; it is " + std::string(kUsage));
  schema->guessed = *guessed;
  return *schema;
}

Result<uint8_t> parse_flags(std::string_view text) {
  uint8_t flags = 0;
  while (!text.empty()) {
    size_t comma = text.find(',');
    std::string_view f = trim(text.substr(0, comma));
    if (f == "cap")
      flags |= kCapOnly;
    else if (f == "ambiguous")
      flags |= kAmbiguous;
    else if (f == "abbrev")
      flags |= kAbbrev;
    else
      return Error::input("unknown flag \"" + std::string(f) + "\"; use cap, ambiguous or abbrev");
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  }
  return flags;
}

bool is_word(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '\'' || (c >= '0' && c <= '9'))) return false;
  return true;
}

}  // namespace

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  out.reserve(3);  // a lexicon line has two or three fields: one allocation, not three
  while (!line.empty()) {
    size_t tab = line.find('\t');
    std::string_view f = trim(line.substr(0, tab));
    if (!f.empty()) out.push_back(f);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool parse_int(std::string_view s, int64_t& out) {
  bool neg = !s.empty() && (s[0] == '-' || s[0] == '+');
  if (neg) neg = s[0] == '-', s.remove_prefix(1);
  if (s.empty() || s.size() > 15) return false;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = neg ? -v : v;
  return true;
}

Lexicon::Lexicon()
    : slots_(1024), words_{""}, keys_{WordKey("")}, entries_(1), masks_(1), flags_(1, 0) {}

void Lexicon::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old)
    if (slot.id) {
      size_t i = keys_[slot.id].hash() & mask;
      while (slots_[i].id) i = (i + 1) & mask;
      slots_[i] = slot;
    }
}

uint32_t Lexicon::intern(std::string_view lower) {
  bool has_key = lower.size() <= WordKey::kMaxLen;
  if (has_key) {
    if (uint32_t id = find(lower)) return id;
  } else {
    // Too long to ever match a token; kept for completeness, found by a scan.
    for (uint32_t id = 1; id < words_.size(); ++id)
      if (words_[id] == lower) return id;
  }
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(lower);
  keys_.push_back(WordKey(has_key ? lower : std::string_view{}));
  entries_.emplace_back();
  masks_.emplace_back();
  flags_.push_back(0);
  if (!has_key) return id;
  if (!lower.empty()) shapes_[shape_index(lower)] |= uint32_t{1} << (lower.size() - 1);
  size_t seen = seen_index(keys_[id].hash());
  seen_[seen / 64] |= uint64_t{1} << (seen % 64);
  // Under 1/4: a third of the lookups are misses (on tbaq), and a miss probes to a gap; at 1/2
  // tbaq costs 0.3% more instructions.
  if (words_.size() * 4 > slots_.size()) grow();
  size_t mask = slots_.size() - 1;
  size_t i = keys_[id].hash() & mask;
  while (slots_[i].id) i = (i + 1) & mask;
  slots_[i] = Slot{keys_[id].chunks[0], id, keys_[id].len};
  return id;
}

const LexEntry* Lexicon::find_entry(uint32_t id, uint16_t cls) const {
  for (const LexEntry& e : entries_[id])
    if (e.cls == cls) return &e;
  return nullptr;
}

int Lexicon::class_id(std::string_view name) const {
  auto it = class_ids_.find(name);
  return it == class_ids_.end() ? -1 : it->second;
}

Status Lexicon::add_entry(std::string where, uint16_t cls, const ValueSchema& schema,
                          std::string_view line) {
  auto at = [&](std::string msg) { return Error::input(where + ": " + msg); };
  auto fields = split_tabs(line);
  if (fields.size() < 2 || fields.size() > 3) return at("expected WORD<TAB>VALUE[<TAB>FLAGS]");
  std::string word = lower_ascii(fields[0]);
  if (!is_word(word))
    return at("\"" + std::string(fields[0]) + "\" is not a single word (letters, digits, ')");
  LexEntry e{cls, 0, 0, false, std::string(fields[1]), {}};
  if (schema.kind == ValueSchema::Kind::kInt &&
      (!parse_int(e.value, e.num) || e.num < schema.lo || e.num > schema.hi))
    return at("value \"" + e.value + "\" is not an integer in " + std::to_string(schema.lo) + ".." +
              std::to_string(schema.hi));
  if (schema.kind == ValueSchema::Kind::kEnum &&
      std::find(schema.names.begin(), schema.names.end(), e.value) == schema.names.end())
    return at("value \"" + e.value + "\" is not one of the header's names");
  e.numeric = parse_int(e.value, e.num);
  if (fields.size() == 3) {
    auto flags = parse_flags(fields[2]);
    if (!flags) return at(flags.error().message);
    e.flags = *flags;
  }
  uint32_t id = intern(word);
  if (entry(id, cls)) return at("\"" + word + "\" is listed twice");
  if (cls < kMaskBits) masks_[id][cls / 64] |= uint64_t{1} << (cls % 64);
  flags_[id] |= e.flags;
  e.where = std::move(where);
  entries_[id].push_back(std::move(e));
  return {};
}

Status Lexicon::load_file(std::string_view path, std::string_view content) {
  std::string name(stem_of(path));
  if (class_id(name) >= 0)
    return Error::input(std::string(path) + ":1: class \"" + name + "\" defined twice");
  uint16_t cls = static_cast<uint16_t>(classes_.size());
  class_ids_.emplace(name, cls);
  classes_.push_back(std::move(name));
  guessed_.push_back(0);
  ValueSchema schema;
  int line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view{} : content.substr(nl + 1);
    ++line_no;
    if (line_no > 1 && (trim(line).empty() || trim(line)[0] == '#')) continue;
    std::string where = std::string(path) + ":" + std::to_string(line_no);
    if (line_no == 1) {
      auto s = parse_schema(trim(line));
      if (!s) return Error::input(where + ": " + s.error().message);
      schema = std::move(*s);
      guessed_[cls] = schema.guessed;
      continue;
    }
    if (Status st = add_entry(std::move(where), cls, schema, line); !st) return st;
  }
  return {};
}

}  // namespace chronoline::temporal
