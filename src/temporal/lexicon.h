// Lexicon: case-insensitive word lists loaded from data files, one word class per file.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace chronoline::temporal {

// Per-entry flags, written in the third column of a lexicon file.
enum LexFlag : uint8_t {
  kCapOnly = 1,    // "cap": only when capitalised in the text ("May" but not "may")
  kAmbiguous = 2,  // "ambiguous": also a common non-temporal word; rules can demand `<class>!`
  kAbbrev = 4,     // "abbrev": a following '.' belongs to the word ("Sept.")
};

// One meaning of a word: its class (the file it came from) and its value in that class.
struct LexEntry {
  uint16_t cls = 0;
  uint8_t flags = 0;
  int64_t num = 0;  // the value as an integer, when `numeric`
  bool numeric = false;
  std::string value;  // the value as written
  std::string where;  // "en/lexicon/months.tsv:7", for errors found after loading
};

// What values a class accepts, declared in the file's header line:
//   #! lexicon value=int:LO:HI      integer in [LO, HI]
//   #! lexicon value=enum:A,B,C     one of the listed names
//   #! lexicon value=text           anything non-empty
struct ValueSchema {
  enum class Kind { kInt, kEnum, kText } kind = Kind::kText;
  int64_t lo = 0, hi = 0;
  std::vector<std::string> names;
};

// Words are interned to small ids (0 = unknown word) so matching compares integers.
class Lexicon {
 public:
  Lexicon();

  // Parses one lexicon file; the class is named after the file stem ("months.tsv" -> "months").
  // Errors are located: "en/lexicon/months.tsv:7: value \"13\" is outside 1..12".
  Status load_file(std::string_view path, std::string_view content);

  // Returns the id of an interned lowercase word, or 0.
  uint32_t find(std::string_view lower) const { return find(lower, hash_word(lower)); }
  // The same, with the word's hash_word() already computed (the tokenizer hashes while
  // lowercasing).
  uint32_t find(std::string_view lower, uint64_t hash) const;
  static constexpr uint64_t kHashSeed = 1469598103934665603ull;  // FNV-1a
  static constexpr uint64_t hash_step(uint64_t h, char c) {
    return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  static uint64_t hash_word(std::string_view s) {
    uint64_t h = kHashSeed;
    for (char c : s) h = hash_step(h, c);
    return h;
  }
  // Interns a lowercase word (for rule literals) and returns its id.
  uint32_t intern(std::string_view lower);
  std::string_view word(uint32_t id) const { return words_[id]; }
  uint32_t word_count() const { return static_cast<uint32_t>(words_.size()); }

  std::span<const LexEntry> entries(uint32_t id) const { return entries_[id]; }
  // Returns the entry of `id` in class `cls`, or nullptr. A bit test rejects most misses.
  const LexEntry* entry(uint32_t id, uint16_t cls) const {
    if (cls < 64 && !(masks_[id] & (uint64_t{1} << cls))) return nullptr;
    return find_entry(id, cls);
  }
  // The OR of the flags of all of a word's entries.
  uint8_t flags(uint32_t id) const { return flags_[id]; }

  // Class ids; -1 when the class was never loaded.
  int class_id(std::string_view name) const;
  std::string_view class_name(uint16_t cls) const { return classes_[cls]; }

 private:
  Status add_entry(std::string_view where, uint16_t cls, const ValueSchema& schema,
                   std::string_view line);
  const LexEntry* find_entry(uint32_t id, uint16_t cls) const;
  void grow();

  // Open addressing over word ids (0 = empty slot); find() is on the tokenizer's hot path.
  std::vector<uint64_t> slots_;  // (hash high bits << 32) | id
  std::vector<std::string> words_;
  std::vector<std::vector<LexEntry>> entries_;
  std::vector<uint64_t> masks_;  // per word: bit c set when it has an entry in class c < 64
  std::vector<uint8_t> flags_;   // per word: OR of its entries' flags
  std::vector<std::string> classes_;
};

// Splits `line` at tabs, dropping empty fields.
std::vector<std::string_view> split_tabs(std::string_view line);
// Trims ASCII whitespace at both ends.
std::string_view trim(std::string_view s);
// Parses a signed decimal integer; false when malformed.
bool parse_int(std::string_view s, int64_t& out);
// Lowercases ASCII letters.
std::string lower_ascii(std::string_view s);

}  // namespace chronoline::temporal
