// JSONL tagging: streams {"doc","dct","text"} lines to {"doc","timex":[...]} lines.
#include "temporal/jsonl.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "temporal/value.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

Error at_line(size_t line, const std::string& msg) {
  return Error::input("line " + std::to_string(line) + ": " + msg);
}

Result<std::string> string_field(const nlohmann::json& doc, const char* key) {
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_string())
    return Error::input(
        std::string("missing string field \"") + key +
        "\"; each line must be {\"doc\": ..., \"dct\": \"YYYY-MM-DD\", \"text\": \"...\"}");
  return it->get<std::string>();
}

// The three fields of one input line. `doc` is kept as JSON text and copied to the output as is.
struct InputLine {
  std::string doc = "null";
  std::string dct, text;
  bool has_dct = false, has_text = false;
  bool text_ascii = false;  // known to be ASCII: code-point offsets are byte offsets
};

// UTF-8 validation with a fast path over ASCII runs (the text is validated once per line).
bool valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    uint64_t v;
    while (i + 8 <= n && (std::memcpy(&v, s.data() + i, 8), (v & 0x8080808080808080ull) == 0))
      i += 8;
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    uint32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      unsigned char b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    i += len;
  }
  return true;
}

// A hand-written reader for the common case: an object whose keys have no escapes, and whose
// values are flat but for those of keys nobody reads. Returns false when the line needs the full
// parser (a nested "doc", odd escapes, malformed JSON), which then also produces the error
// message.
class FlatReader {
 public:
  explicit FlatReader(std::string_view s) : s_(s) {}

  bool read(InputLine& out) {
    ws();
    if (!eat('{')) return false;
    ws();
    if (eat('}')) return end();
    for (;;) {
      std::string_view key;
      if (!raw_key(key)) return false;
      ws();
      if (!eat(':')) return false;
      ws();
      if (!value(key, out)) return false;
      ws();
      if (eat('}')) return end();
      if (!eat(',')) return false;
      ws();
    }
  }

 private:
  bool end() {
    ws();
    return i_ == s_.size();
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n'))
      ++i_;
  }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) return ++i_, true;
    return false;
  }
  // A key of printable ASCII: one with an escape, a control character (which JSON forbids) or
  // another byte (which may be malformed UTF-8) is left to the full parser.
  bool raw_key(std::string_view& key) {
    if (!eat('"')) return false;
    size_t start = i_;
    while (i_ < s_.size() && s_[i_] != '"') {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '\\' || c < 0x20 || c >= 0x80) return false;
      ++i_;
    }
    if (i_ >= s_.size()) return false;
    key = s_.substr(start, i_++ - start);
    return true;
  }
  bool value(std::string_view key, InputLine& out) {
    size_t start = i_;
    // An array or object nobody reads, such as the gold "timex" list of an annotated corpus
    // (tbaq.jsonl): checked and skipped here, as handing the line to the full parser costs
    // nearly as much as tagging it (callgrind, tbaq.jsonl: 195M -> 115M instructions).
    if (i_ < s_.size() && (s_[i_] == '[' || s_[i_] == '{') && key != "doc" && key != "text" &&
        key != "dct")
      return skip_value(0);
    if (i_ < s_.size() && s_[i_] == '"') {
      std::string* dest = key == "text" ? &out.text : key == "dct" ? &out.dct : nullptr;
      if (dest) dest->clear();
      if (!string(dest)) return false;
      if (key == "text")
        out.has_text = true, out.text_ascii = ascii_;
      else if (key == "dct")
        out.has_dct = true;
      else if (key == "doc")
        out.doc.assign(s_.substr(start, i_ - start));
      return true;
    }
    if (key == "text" || key == "dct") return false;  // not a string: let the full parser explain
    // A literal or a number; anything else (a nested "doc" among them) is the full parser's.
    if (!literal() && !number()) return false;
    if (key == "doc") out.doc.assign(s_.substr(start, i_ - start));
    return true;
  }
  // Skips one JSON value, accepting only what the full parser accepts; false when it is
  // malformed or nested deeper than kMaxDepth (the full parser then decides).
  bool skip_value(int depth) {
    static constexpr int kMaxDepth = 64;
    if (i_ >= s_.size()) return false;
    char open = s_[i_];
    if (open == '"') return string(nullptr);
    if (open != '[' && open != '{') return literal() || number();
    if (depth >= kMaxDepth) return false;
    char close = open == '[' ? ']' : '}';
    ++i_;
    ws();
    if (eat(close)) return true;
    for (;;) {
      if (open == '{') {
        if (i_ >= s_.size() || s_[i_] != '"') return false;
        if (!string(nullptr)) return false;
        ws();
        if (!eat(':')) return false;
        ws();
      }
      if (!skip_value(depth + 1)) return false;
      ws();
      if (eat(close)) return true;
      if (!eat(',')) return false;
      ws();
    }
  }
  bool literal() {
    for (std::string_view word : {"true", "false", "null"})
      if (s_.substr(i_, word.size()) == word) return i_ += word.size(), true;
    return false;
  }
  // -?(0|[1-9][0-9]*)(.[0-9]+)?, which any double holds. One with an exponent or of more than
  // 300 characters may not ("1e400", which nlohmann rejects): the full parser decides.
  bool number() {
    size_t start = i_;
    auto digit = [&] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
    auto digits = [&] {
      if (!digit()) return false;
      while (digit()) ++i_;
      return true;
    };
    eat('-');
    if (!eat('0') && !digits()) return false;
    if (eat('.') && !digits()) return false;
    return i_ - start <= 300 && !(i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E'));
  }
  bool hex4(uint32_t& cp) {
    if (i_ + 4 > s_.size()) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      cp <<= 4;
      if (c >= '0' && c <= '9')
        cp |= static_cast<uint32_t>(c - '0');
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        cp |= static_cast<uint32_t>((c | 0x20) - 'a' + 10);
      else
        return false;
    }
    return true;
  }
  static void put_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool escape(std::string& out, uint64_t& seen) {
    if (i_ >= s_.size()) return false;
    char c = s_[i_++];
    switch (c) {
      case '"':
      case '\\':
      case '/':
        out += c;
        return true;
      case 'b':
        out += '\b';
        return true;
      case 'f':
        out += '\f';
        return true;
      case 'n':
        out += '\n';
        return true;
      case 'r':
        out += '\r';
        return true;
      case 't':
        out += '\t';
        return true;
      case 'u':
        break;
      default:
        return false;
    }
    uint32_t cp;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t lo;
      if (!eat('\\') || !eat('u') || !hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    put_utf8(out, cp);
    if (cp >= 0x80) seen |= 0x80;
    return true;
  }
  // Skips 16 bytes at a time, then 8, while none is a quote, a backslash or a control character;
  // ORs the bytes skipped into `seen`. The 16-byte steps use the GCC/Clang vector extension (SSE2
  // on x86-64, plain code where there is none): a text is read at a third of the instructions of
  // the 8-byte arithmetic alone (callgrind, tbaq: 89.53M -> 88.64M instructions in all).
  void skip_plain(uint64_t& seen) {
    using Bytes [[gnu::vector_size(16)]] = unsigned char;
    Bytes all = {};
    while (i_ + 16 <= s_.size()) {
      Bytes v;
      std::memcpy(&v, s_.data() + i_, 16);
      auto special = (v == '"') | (v == '\\') | ((v & 0xE0) == 0);  // lanes all ones or zero
      uint64_t found[2];
      std::memcpy(found, &special, 16);
      if (found[0] | found[1]) break;
      all |= v;
      i_ += 16;
    }
    uint64_t all_words[2];
    std::memcpy(all_words, &all, 16);
    seen |= all_words[0] | all_words[1];
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    while (i_ + 8 <= s_.size()) {
      uint64_t v;
      std::memcpy(&v, s_.data() + i_, 8);
      uint64_t quote = v ^ (kOnes * '"'), slash = v ^ (kOnes * '\\');
      uint64_t special =
          ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((v - kOnes * 0x20) & ~v);
      if (special & kHigh) return;
      seen |= v;
      i_ += 8;
    }
  }
  // Reads a string value into `out`, or only checks it when `out` is null (a value nobody reads:
  // the strings of a gold "timex" list were a third of the reader's instructions on tbaq, most of
  // them spent copying into a scratch string).
  bool string(std::string* out) {
    size_t open = i_++;  // opening quote
    // The OR of the bytes read and of the escapes' code points: a string that stays ASCII (most
    // texts in English) needs no UTF-8 check, a second pass over it.
    uint64_t seen = 0;
    for (;;) {
      size_t run = i_;
      skip_plain(seen);
      while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\' &&
             static_cast<unsigned char>(s_[i_]) >= 0x20)
        seen |= static_cast<unsigned char>(s_[i_++]);
      if (out) out->append(s_.data() + run, i_ - run);
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_++] == '"') {
        ascii_ = !(seen & 0x8080808080808080ull);
        if (ascii_) return true;
        if (out) return valid_utf8(*out);
        // The raw text is valid UTF-8 exactly when the decoded one is: an escape is ASCII in
        // the raw text and a whole sequence (or ASCII) in the decoded one, so neither can end
        // or continue a sequence of the bytes around it.
        return valid_utf8(s_.substr(open + 1, i_ - 2 - open));
      }
      if (!escape(out ? *out : scratch_, seen)) return false;
      if (!out) scratch_.clear();
    }
  }

  std::string_view s_;
  size_t i_ = 0;
  std::string scratch_;  // the escapes of string values nobody reads
  bool ascii_ = false;   // the last string read was ASCII
};

void append_escaped(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  // Most strings (values, the words of a timex) need no escape: append them whole.
  auto plain = [](char c) {
    return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
  };
  if (std::all_of(s.begin(), s.end(), plain)) {
    out += s;
    return;
  }
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\')
      out += '\\', out += c;
    else if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else if (u < 0x20)
      out += "\\u00", out += kHex[u >> 4], out += kHex[u & 15];
    else
      out += c;
  }
}

// The code points of UTF-8 `s`: its bytes that are not continuation bytes (10xxxxxx). Eight bytes
// at a time, as the offsets of the last timex of a long text cost a count of all of it.
size_t count_code_points(std::string_view s) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  size_t i = 0, n = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    if (!(v & kHigh)) {  // ASCII, the common case
      n += 8;
      continue;
    }
    // Bit 7 of a byte set and its bit 6 (shifted up into bit 7) clear: a continuation byte. The
    // multiplication sums the flags into the top byte; std::popcount would be a library call on
    // CPUs targeted without POPCNT.
    uint64_t cont = (v & ~(v << 1) & kHigh) >> 7;
    n += 8 - static_cast<size_t>((cont * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

void append_number(std::string& out, size_t n) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, end);
}

// Appends the timex array as JSON, counting code points incrementally (timexes are sorted by
// begin), or not at all when `ascii` says the text is ASCII.
void append_timexes(std::string& out, const std::vector<Timex>& timexes, std::string_view text,
                    bool ascii) {
  out += '[';
  size_t byte = 0, cp = 0;
  auto advance = [&](size_t to) {
    if (ascii) return to;
    if (to > byte) cp += count_code_points(text.substr(byte, to - byte)), byte = to;
    return cp;
  };
  for (size_t k = 0; k < timexes.size(); ++k) {
    const Timex& t = timexes[k];
    if (t.begin < byte) byte = 0, cp = 0;  // not sorted: recount (never happens with tag())
    if (k) out += ',';
    out += "{\"start\":";
    append_number(out, advance(t.begin));
    size_t save_byte = byte, save_cp = cp;
    out += ",\"end\":";
    append_number(out, advance(t.end));
    byte = save_byte, cp = save_cp;
    out += ",\"text\":\"";
    append_escaped(out, text.substr(t.begin, t.end - t.begin));
    out += "\",\"type\":\"";
    out += timex_type_name(t.type);
    out += "\",\"value\":\"";
    append_escaped(out, t.value);
    out += '"';
    if (!t.mod.empty()) out += ",\"mod\":\"" + t.mod + '"';
    if (!t.range.empty()) out += ",\"range\":\"" + t.range + '"';
    if (t.ends_range) out += ",\"ends_range\":true";
    out += '}';
  }
  out += ']';
}

Status full_parse(const std::string& line, size_t line_no, InputLine& in) {
  nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return at_line(line_no,
                   "not a JSON object; each line must be one {\"doc\", \"dct\", \"text\"} object");
  auto text = string_field(doc, "text");
  if (!text) return at_line(line_no, text.error().message);
  auto dct = string_field(doc, "dct");
  if (!dct) return at_line(line_no, dct.error().message);
  in.text = std::move(*text);
  in.text_ascii = false;  // not looked at: count its code points
  in.dct = std::move(*dct);
  // The doc id is written back with dump(), which recurses once per level.
  constexpr size_t kMaxDocNesting = 512;
  auto id = doc.find("doc");
  if (id != doc.end() && json_nesting(*id) > kMaxDocNesting)
    return at_line(
        line_no, "\"doc\" is nested more than " + std::to_string(kMaxDocNesting) + " levels deep");
  in.doc = id != doc.end() ? id->dump() : "null";
  return {};
}

Status tag_line(const std::string& line, size_t line_no, std::ostream& out, const Tagger& tagger,
                const TagOptions& options, InputLine& in, std::string& buffer) {
  in.doc = "null";
  in.dct.clear();
  in.text.clear();
  in.has_dct = in.has_text = in.text_ascii = false;
  if (!FlatReader(line).read(in) || !in.has_text || !in.has_dct)
    if (Status st = full_parse(line, line_no, in); !st) return st;
  auto anchor = parse_anchor(in.dct);
  if (!anchor) return at_line(line_no, anchor.error().message);
  buffer.clear();
  buffer += "{\"doc\":";
  buffer += in.doc;
  buffer += ",\"timex\":";
  append_timexes(buffer, tagger.tag(in.text, *anchor, options), in.text, in.text_ascii);
  buffer += "}\n";
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  return {};
}

}  // namespace

size_t json_nesting(const nlohmann::json& value) {
  size_t deepest = 0;
  std::vector<std::pair<const nlohmann::json*, size_t>> todo{{&value, 1}};
  while (!todo.empty()) {
    auto [v, depth] = todo.back();
    todo.pop_back();
    if (!v->is_structured()) continue;
    deepest = std::max(deepest, depth);
    for (const nlohmann::json& child : *v) todo.emplace_back(&child, depth + 1);
  }
  return deepest;
}

nlohmann::json timexes_to_json(const std::vector<Timex>& timexes, std::string_view text) {
  nlohmann::json arr = nlohmann::json::array();
  if (timexes.empty()) return arr;
  utf8::OffsetMap map(text);
  for (const Timex& t : timexes) {
    nlohmann::json o = {{"start", map.to_codepoint(t.begin)},
                        {"end", map.to_codepoint(t.end)},
                        {"text", std::string(text.substr(t.begin, t.end - t.begin))},
                        {"type", timex_type_name(t.type)},
                        {"value", t.value}};
    if (!t.mod.empty()) o["mod"] = t.mod;
    if (!t.range.empty()) o["range"] = t.range;
    if (t.ends_range) o["ends_range"] = true;
    arr.push_back(std::move(o));
  }
  return arr;
}

Result<Anchor> parse_anchor(std::string_view text) {
  auto day = parse_day(text.substr(0, 10));
  if (!day) return Error::input("publication date \"" + std::string(text) + "\" is not YYYY-MM-DD");
  Anchor a{*day, std::nullopt};
  if (text.size() >= 16 && text[10] == 'T' && text[13] == ':') {
    int h = (text[11] - '0') * 10 + (text[12] - '0');
    int m = (text[14] - '0') * 10 + (text[15] - '0');
    if (h >= 0 && h < 24 && m >= 0 && m < 60) a.time_of_day = std::chrono::minutes{h * 60 + m};
    if (a.time_of_day && text.size() >= 19 && text[16] == ':' && text[17] >= '0' &&
        text[17] <= '5' && text[18] >= '0' && text[18] <= '9')
      a.seconds = (text[17] - '0') * 10 + (text[18] - '0');
    // "2013-02-12T04:30:00-02:00": the offset is the last six characters.
    std::string_view z = text.size() >= 22 ? text.substr(text.size() - 6) : std::string_view{};
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (a.time_of_day && z.size() == 6 && (z[0] == '+' || z[0] == '-') && digit(z[1]) &&
        digit(z[2]) && z[3] == ':' && digit(z[4]) && digit(z[5])) {
      int off = ((z[1] - '0') * 10 + (z[2] - '0')) * 60 + (z[4] - '0') * 10 + (z[5] - '0');
      a.utc_offset = std::chrono::minutes{z[0] == '-' ? -off : off};
    } else if (a.time_of_day && text.back() == 'Z') {
      a.utc_offset = std::chrono::minutes{0};
    }
  }
  return a;
}

Status tag_jsonl(std::istream& in, std::ostream& out, const Tagger& tagger,
                 const TagOptions& options) {
  // Output is flushed when the input has nothing more buffered, that is before a read that may
  // wait: a process feeding lines one at a time gets each answer at once, and a file or a full
  // pipe is answered in large writes. std::cin is tied to std::cout, which would flush before
  // every line: untie it meanwhile.
  struct Untie {
    std::istream& in;
    std::ostream* tied = in.tie(nullptr);
    ~Untie() { in.tie(tied); }
  } untie{in};
  std::string line, buffer;
  InputLine fields;  // reused: its strings keep their capacity from line to line
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (Status st = tag_line(line, line_no, out, tagger, options, fields, buffer); !st) {
      out.flush();  // the lines before the bad one are answered
      return st;
    }
    if (in.rdbuf()->in_avail() <= 0) out.flush();
    if (!out)
      return Error::internal("cannot write output after input line " + std::to_string(line_no));
  }
  out.flush();
  if (!out)
    return Error::internal("cannot write output after input line " + std::to_string(line_no));
  if (in.bad()) return Error::internal("cannot read input after line " + std::to_string(line_no));
  return {};
}

}  // namespace chronoline
