// Lexicon: case-insensitive word lists loaded from data files, one word class per file.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/ascii.h"
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
//   #! lexicon value=int:LO:HI ...      integer in [LO, HI]
//   #! lexicon value=enum:A,B,C ...     one of the listed names
//   #! lexicon value=text ...           anything non-empty
// and what its words are to the tense model (tense.cpp), which every header must say too:
//   ... tense=known     a word of the class is no verb form to read from its ending ("speed",
//                       "evening"): "-ed" does not make it a past
//   ... tense=guessed   its words are verbs or nouns that are still read by their ending
//                       ("meeting", "predicted", "canceled")
struct ValueSchema {
  enum class Kind { kInt, kEnum, kText } kind = Kind::kText;
  int64_t lo = 0, hi = 0;
  std::vector<std::string> names;
  bool guessed = false;  // tense=guessed
};

// A word folded to lowercase and zero-padded into 8-byte chunks, so that a lookup hashes and
// compares a few integers rather than bytes. Words longer than kMaxLen have no key: the tokenizer
// never looks them up.
struct WordKey {
  static constexpr size_t kMaxLen = 32;
  // `word`: at most kMaxLen ASCII letters, digits or apostrophes, in any case. Setting bit 0x20
  // lowercases the letters and leaves digits and apostrophes as they are. Byte i of the word is
  // bits 8 * (i % 8) of chunks[i / 8]; the rest is zero.
  explicit WordKey(std::string_view word) : WordKey(word, word.size()) {}
  // The same, where `readable` bytes from word.data() may be read (a word inside a text): each
  // chunk is then one 8-byte load rather than eight byte loads.
  WordKey(std::string_view word, size_t readable) : len(static_cast<uint32_t>(word.size())) {
    if (std::endian::native == std::endian::little && len - 1 < 8 && readable >= 8) {
      // Most words: 1 to 8 letters in one chunk, read with one load.
      uint64_t v;
      std::memcpy(&v, word.data(), 8);
      chunks[0] = (v | 0x2020202020202020ull) & (~uint64_t{0} >> (64 - 8 * len));
      return;
    }
    for (size_t at = 0; at < word.size(); at += 8) {
      size_t n = std::min<size_t>(8, word.size() - at);
      uint64_t low = n == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;  // n low bytes
      uint64_t v = 0;
      if (std::endian::native == std::endian::little && at + 8 <= readable) {
        std::memcpy(&v, word.data() + at, 8);
        v &= low;
      } else {
        for (size_t j = 0; j < n; ++j)
          v |= uint64_t{static_cast<unsigned char>(word[at + j])} << (8 * j);
      }
      chunks[at / 8] = v | (0x2020202020202020ull & low);
    }
  }
  uint64_t hash() const {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    uint64_t h = len;
    if (len - 1 < 8)  // most words: one chunk, without the loop
      h = (h ^ chunks[0]) * kMul;
    else
      for (size_t k = 0; k * 8 < len; ++k) h = (h ^ chunks[k]) * kMul;
    h ^= h >> 32;  // the slot index uses the low bits: let every byte reach them
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 32);
  }
  bool operator==(const WordKey& o) const {
    if (len != o.len) return false;
    for (size_t k = 0; k * 8 < len; ++k)  // past the length both are zero
      if (chunks[k] != o.chunks[k]) return false;
    return true;
  }

  std::array<uint64_t, kMaxLen / 8> chunks{};
  uint32_t len = 0;
};

// Words are interned to small ids (0 = unknown word) so matching compares integers.
class Lexicon {
 public:
  Lexicon();

  // Parses one lexicon file; the class is named after the file stem ("months.tsv" -> "months").
  // Errors are located: "en/lexicon/months.tsv:7: value \"13\" is outside 1..12".
  Status load_file(std::string_view path, std::string_view content);

  // Returns the id of an interned word, or 0. `word` is ASCII letters, digits or apostrophes in
  // any case; lookups ignore case.
  uint32_t find(std::string_view word) const {
    return may_know(word) ? find(WordKey(word)) : 0;
  }
  // The same for a word inside a text that can be read up to `readable` bytes from word.data().
  // Without may_know: for the tokenizer's words, hashing a word of one 8-byte load and testing the
  // Bloom filter costs less than the shape test before it did (callgrind, 10 copies of tbaq's
  // texts: 736.2M -> 725.7M instructions in all). The answers are the same: a word the lexicon has
  // passes may_know, since a key equal to the word's has its length and first two letters folded.
  uint32_t find(std::string_view word, size_t readable) const {
    return !word.empty() && word.size() <= WordKey::kMaxLen ? find(WordKey(word, readable)) : 0;
  }
  uint32_t find(const WordKey& key) const {
    uint64_t h = key.hash();
    if (!(seen_[seen_index(h) / 64] >> (seen_index(h) % 64) & 1)) return 0;
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == 0) return 0;
      if (slot.chunk0 == key.chunks[0] && slot.len == key.len &&
          (key.len <= 8 || keys_[slot.id] == key))
        return slot.id;
    }
  }
  // Interns a lowercase word (for rule literals) and returns its id.
  uint32_t intern(std::string_view lower);
  std::string_view word(uint32_t id) const { return words_[id]; }
  uint32_t word_count() const { return static_cast<uint32_t>(words_.size()); }

  std::span<const LexEntry> entries(uint32_t id) const { return entries_[id]; }
  // Returns the entry of `id` in class `cls`, or nullptr. A bit test rejects most misses.
  const LexEntry* entry(uint32_t id, uint16_t cls) const {
    if (cls < kMaskBits && !(masks_[id][cls / 64] & (uint64_t{1} << (cls % 64)))) return nullptr;
    return find_entry(id, cls);
  }
  // The OR of the flags of all of a word's entries.
  uint8_t flags(uint32_t id) const { return flags_[id]; }

  // Whether class `cls` said tense=guessed in its header: its words do not stop the tense model
  // from reading a word by its ending.
  bool tense_guessed(uint16_t cls) const { return guessed_[cls] != 0; }

  // Class ids; -1 when the class was never loaded.
  int class_id(std::string_view name) const;
  std::string_view class_name(uint16_t cls) const { return classes_[cls]; }
  size_t class_count() const { return classes_.size(); }

 private:
  // `where` ("file:line") is moved into the entry.
  Status add_entry(std::string where, uint16_t cls, const ValueSchema& schema,
                   std::string_view line);
  const LexEntry* find_entry(uint32_t id, uint16_t cls) const;
  void grow();

  // For find(word) without `readable` (the tense model's and other lookups of a word cut from a
  // text), a table small enough to stay in the L1 cache rejects most unknown words before hashing,
  // by their first two letters and length: shapes_[first two letters, case folded to 5 bits each]
  // has bit (length - 1) set when some interned word has them.
  static size_t shape_index(std::string_view word) {
    size_t c0 = static_cast<unsigned char>(word[0]) & 31;
    size_t c1 = word.size() > 1 ? static_cast<unsigned char>(word[1]) & 31 : 0;
    return c0 << 5 | c1;
  }
  bool may_know(std::string_view word) const {
    return !word.empty() && word.size() <= WordKey::kMaxLen &&
           (shapes_[shape_index(word)] >> (word.size() - 1) & 1);
  }

  // A Bloom filter of one hash over the interned words' keys, small enough to stay in the L1
  // cache where slots_ does not: most words of a text are unknown, and a probe of slots_ for one
  // was a cache miss, the tokenizer's costliest line (perf, tag --jsonl). Bits from the top of
  // the hash, as slots_ uses the bottom.
  static constexpr size_t kSeenBits = size_t{1} << 16;
  static size_t seen_index(uint64_t hash) { return hash >> 48; }
  std::array<uint64_t, kSeenBits / 64> seen_{};
  // Open addressing over word ids (id 0 = empty slot); find() is on the tokenizer's hot path. A
  // slot holds the first chunk and the length of its word's key, so a word of up to 8 letters is
  // confirmed without reading keys_: one cache line per probe.
  struct Slot {
    uint64_t chunk0 = 0;
    uint32_t id = 0, len = 0;
  };
  std::vector<Slot> slots_;
  std::vector<std::string> words_;
  std::vector<WordKey> keys_;  // per word; words longer than WordKey::kMaxLen have no slot
  std::vector<std::vector<LexEntry>> entries_;
  // Per word: bit c set when it has an entry in class c < kMaskBits (a class past them is looked
  // up in the word's entries).
  static constexpr uint16_t kMaskBits = 128;
  std::vector<std::array<uint64_t, kMaskBits / 64>> masks_;
  std::vector<uint8_t> flags_;   // per word: OR of its entries' flags
  std::vector<std::string> classes_;
  std::vector<uint8_t> guessed_;  // per class: 1 for tense=guessed
  // Class name -> id, so class_id hashes the name once rather than comparing it with every class
  // name in turn (it runs some 1,100 times per process: the rules' class atoms, resolvers).
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint16_t, NameHash, std::equal_to<>> class_ids_;
  std::array<uint32_t, 32 * 32> shapes_{};  // see may_know
  static_assert(WordKey::kMaxLen <= 32, "one bit per length");
};

// Splits `line` at tabs, dropping empty fields.
std::vector<std::string_view> split_tabs(std::string_view line);
// Trims ASCII whitespace at both ends.
std::string_view trim(std::string_view s);
// Parses a signed decimal integer; false when malformed.
bool parse_int(std::string_view s, int64_t& out);

// Whether `word` is one of the items of an entry's value `list`, separated by `sep` (settled_facts
// lists words with ',': "premium,above"; account_nouns links with '/': "for/from").
inline bool listed_in(std::string_view list, std::string_view word, char sep) {
  for (size_t at = 0; at <= list.size();) {
    size_t end = std::min(list.find(sep, at), list.size());
    if (list.substr(at, end - at) == word) return true;
    at = end + 1;
  }
  return false;
}
// Lowercases ASCII letters (util/ascii.h).
using chronoline::lower_ascii;

}  // namespace chronoline::temporal
