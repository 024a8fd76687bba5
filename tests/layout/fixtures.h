// Test fixtures for layout and render: the seed timeline, generated timelines, a fake measurer.
#pragma once

#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "layout/scene.h"
#include "layout/text_measurer.h"
#include "test_support.h"
#include "timeline/json.h"
#include "timeline/timeline.h"

namespace chronoline::testing {

// The seed article's timeline (tests/layout/fixtures/seed_timeline.json).
inline Timeline seed_timeline() {
  std::ifstream in(source_dir() / "tests/layout/fixtures/seed_timeline.json");
  std::stringstream text;
  text << in.rdbuf();
  auto t = timeline_from_json(text.str(), "seed_timeline.json");
  return t ? *t : Timeline{};
}

inline Event day_event(date::sys_days day, std::string label) {
  Event e;
  e.span = DaySpan{day, day, Granularity::kDay, false};
  e.label = std::move(label);
  return e;
}

// `n` events with a fixed seed: uniform over 2021, or (clustered) in a few tight bursts years apart.
// Every seventh is a range and every fifth a month, so all mark kinds appear.
inline Timeline generated_timeline(size_t n, bool clustered, unsigned seed = 42) {
  std::mt19937 rng(seed);
  Timeline t;
  t.title = "Generated timeline";
  t.published = DateTime{date::sys_days{date::year{2022} / 1 / 25}, std::nullopt};
  const char* words[] = {"talks", "summit", "troops", "border", "minister", "agree", "deal", "vote", "crisis",
                         "rally", "court", "ruling", "election", "protest", "sanctions", "envoy"};
  date::sys_days base{date::year{2021} / 1 / 1};
  for (size_t i = 0; i < n; ++i) {
    int day = clustered ? static_cast<int>((rng() % 5) * 700 + rng() % 12) : static_cast<int>(rng() % 365);
    date::sys_days d = base + date::days{day};
    std::string label;
    size_t words_n = 2 + rng() % 9;
    for (size_t w = 0; w < words_n; ++w) label += std::string(w ? " " : "") + words[rng() % 16];
    Event e = day_event(d, label);
    if (i % 7 == 3) e.span = DaySpan{d, d + date::days{1 + rng() % 20}, Granularity::kDay, true};
    if (i % 5 == 4) {
      auto ym = date::year_month_day{d}.year() / date::year_month_day{d}.month();
      e.span = DaySpan{date::sys_days{ym / 1}, date::sys_days{ym / date::last}, Granularity::kMonth, false};
    }
    t.events.push_back(e);
  }
  return t;
}

// Measures text as if every character were 0.55 em wide; wraps on spaces.
class FakeMeasurer final : public TextMeasurer {
 public:
  TextMetrics measure(std::string_view text, FontRole role, bool, double max_width, int max_lines) override {
    double size = role == FontRole::kTitle ? 24 : role == FontRole::kTick ? 12 : 13;
    double cw = 0.55 * size, lh = 1.2 * size;
    TextMetrics m;
    m.line_height = lh;
    std::string line;
    auto flush = [&] {
      m.lines.push_back(line);
      m.width = std::max(m.width, static_cast<double>(line.size()) * cw);
      line.clear();
    };
    std::istringstream words{std::string(text)};
    for (std::string w; words >> w;) {
      while (max_width > 0 && static_cast<double>(w.size()) * cw > max_width) {  // break long words
        if (!line.empty()) flush();
        size_t fit = std::max<size_t>(1, static_cast<size_t>(max_width / cw));
        line = w.substr(0, fit);
        flush();
        w = w.substr(fit);
      }
      std::string next = line.empty() ? w : line + " " + w;
      if (max_width > 0 && static_cast<double>(next.size()) * cw > max_width && !line.empty()) {
        flush();
        next = w;
      }
      line = next;
    }
    if (!line.empty() || m.lines.empty()) flush();
    if (max_lines > 0 && static_cast<int>(m.lines.size()) > max_lines) {
      m.lines.resize(max_lines);
      m.ellipsized = true;
      if (max_width > 0) m.width = max_width;
    }
    m.height = lh * static_cast<double>(m.lines.size());
    return m;
  }
};

}  // namespace chronoline::testing
