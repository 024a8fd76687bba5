// Speed of the temporal tagger: the JSONL path over tbaq (../shared) or a synthetic corpus.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "temporal/grammar.h"
#include "temporal/jsonl.h"
#include "temporal/tagger.h"
#include "temporal/tokenizer.h"

namespace {

namespace temporal = chronoline::temporal;

const chronoline::Tagger& tagger() {
  static chronoline::Tagger t = std::move(*chronoline::Tagger::load("en"));
  return t;
}

// The tbaq corpus as JSONL input lines, or a made-up one when ../shared is absent.
const std::string& corpus() {
  static std::string data = [] {
    std::ifstream in(CHRONOLINE_SHARED_DIR "/data/tbaq.jsonl");
    std::string out;
    for (std::string line; std::getline(in, line);) {
      auto d = nlohmann::json::parse(line);
      out +=
          nlohmann::json{{"doc", d["doc"]}, {"dct", d["dct"]}, {"text", d["text"]}}.dump() + "\n";
    }
    if (out.empty())
      for (int i = 0; i < 2000; ++i)
        out +=
            R"({"doc":"d","dct":"2022-01-25","text":"On Wednesday the ministers agreed to meet again next month, )"
            R"(after talks that lasted more than 40 years, since 2012 and over the past 10 days."})"
            "\n";
    return out;
  }();
  return data;
}

size_t text_bytes() {
  static size_t n = [] {
    size_t total = 0;
    std::istringstream in(corpus());
    for (std::string line; std::getline(in, line);)
      total += nlohmann::json::parse(line)["text"].get<std::string>().size();
    return total;
  }();
  return n;
}

// Reads a string in place and discards output, so the benchmark measures tagging, not copies.
struct InBuf : std::streambuf {
  explicit InBuf(const std::string& s) {
    char* p = const_cast<char*>(s.data());
    setg(p, p, p + s.size());
  }
};
struct NullBuf : std::streambuf {
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  int overflow(int c) override { return c; }
};

void BM_TagJsonl(benchmark::State& state) {
  for (auto _ : state) {
    InBuf inbuf(corpus());
    NullBuf outbuf;
    std::istream in(&inbuf);
    std::ostream out(&outbuf);
    auto st = chronoline::tag_jsonl(in, out, tagger(), {});
    if (!st) state.SkipWithError(st.error().message.c_str());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes()));
}
BENCHMARK(BM_TagJsonl)->Unit(benchmark::kMillisecond);

void BM_TagText(benchmark::State& state) {
  std::vector<std::string> texts;
  std::istringstream in(corpus());
  for (std::string line; std::getline(in, line);)
    texts.push_back(nlohmann::json::parse(line)["text"]);
  chronoline::Anchor dct{date::sys_days{date::year{1998} / 2 / 6}, std::nullopt};
  for (auto _ : state)
    for (const auto& t : texts) benchmark::DoNotOptimize(tagger().tag(t, dct).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes()));
}
BENCHMARK(BM_TagText)->Unit(benchmark::kMillisecond);

// The stages of Tagger::tag on their own, to see where the time goes.
const temporal::Grammar& grammar() {
  static std::unique_ptr<temporal::Grammar> g = std::move(*temporal::load_grammar("en"));
  return *g;
}

std::vector<std::string> texts() {
  std::vector<std::string> out;
  std::istringstream in(corpus());
  for (std::string line; std::getline(in, line);)
    out.push_back(nlohmann::json::parse(line)["text"]);
  return out;
}

// Splitting into tokens and looking every word up in the lexicon.
void BM_Tokenize(benchmark::State& state) {
  const auto& g = grammar();
  auto docs = texts();
  for (auto _ : state)
    for (const auto& t : docs)
      benchmark::DoNotOptimize(temporal::tokenize(t, g.lexicon, g.number_words).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Matching the base rules (those without @-atoms) over tokenized texts; rates are still per byte
// of text, so they add up with BM_Tokenize's towards BM_TagText's.
void BM_MatchBase(benchmark::State& state) {
  const auto& g = grammar();
  std::vector<std::vector<temporal::Token>> docs;
  for (const auto& t : texts()) docs.push_back(temporal::tokenize(t, g.lexicon, g.number_words));
  std::vector<temporal::Match> matches;
  for (auto _ : state)
    for (const auto& toks : docs) {
      matches.clear();
      g.matcher->match_base(toks, g.matcher->token_bits(toks), false, matches);
      benchmark::DoNotOptimize(matches.size());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes()));
}
BENCHMARK(BM_MatchBase)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
