// render_bench: Google Benchmark of timeline -> SVG (layout with Pango measuring + Cairo drawing).
#include <benchmark/benchmark.h>

#include <random>

#include "render/render.h"

namespace chronoline {
namespace {

// n day events over 2021 with 2-10 word labels (fixed seed), like the layout property tests.
Timeline make_timeline(size_t n) {
  std::mt19937 rng(7);
  const char* words[] = {"talks", "summit", "troops", "border", "minister", "agree", "deal", "vote",
                         "crisis", "rally", "court", "ruling", "election", "protest", "sanctions", "envoy"};
  Timeline t;
  t.title = "Benchmark timeline";
  t.published = DateTime{date::sys_days{date::year{2022} / 1 / 25}, std::nullopt};
  for (size_t i = 0; i < n; ++i) {
    Event e;
    date::sys_days d = date::sys_days{date::year{2021} / 1 / 1} + date::days{rng() % 365};
    e.span = DaySpan{d, d, Granularity::kDay, false};
    for (size_t w = 0, k = 2 + rng() % 9; w < k; ++w) e.label += std::string(w ? " " : "") + words[rng() % 16];
    t.events.push_back(e);
  }
  return t;
}

void BM_RenderSvg(benchmark::State& state) {
  Timeline t = make_timeline(static_cast<size_t>(state.range(0)));
  Style style = default_style();
  for (auto _ : state) {
    auto svg = render_timeline(t, style, OutputFormat::kSvg, {});
    if (!svg) state.SkipWithError(svg.error().message.c_str());
    benchmark::DoNotOptimize(svg);
  }
}
BENCHMARK(BM_RenderSvg)->Arg(15)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_RenderPng(benchmark::State& state) {
  Timeline t = make_timeline(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(render_timeline(t, default_style(), OutputFormat::kPng, {}));
}
BENCHMARK(BM_RenderPng)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chronoline

BENCHMARK_MAIN();
