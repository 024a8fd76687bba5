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

// `n` events with a fixed seed: uniform over 2021, or (clustered) in a few tight bursts years
// apart. Every seventh is a range and every fifth a month, so all mark kinds appear.
inline Timeline generated_timeline(size_t n, bool clustered, unsigned seed = 42) {
  std::mt19937 rng(seed);
  Timeline t;
  t.title = "Generated timeline";
  t.published = DateTime{date::sys_days{date::year{2022} / 1 / 25}, std::nullopt};
  const char* words[] = {"talks",    "summit",  "troops",    "border", "minister", "agree",
                         "deal",     "vote",    "crisis",    "rally",  "court",    "ruling",
                         "election", "protest", "sanctions", "envoy"};
  date::sys_days base{date::year{2021} / 1 / 1};
  for (size_t i = 0; i < n; ++i) {
    int day = clustered ? static_cast<int>((rng() % 5) * 700 + rng() % 12)
                        : static_cast<int>(rng() % 365);
    date::sys_days d = base + date::days{day};
    std::string label;
    size_t words_n = 2 + rng() % 9;
    for (size_t w = 0; w < words_n; ++w) label += std::string(w ? " " : "") + words[rng() % 16];
    Event e = day_event(d, label);
    if (i % 7 == 3) e.span = DaySpan{d, d + date::days{1 + rng() % 20}, Granularity::kDay, true};
    if (i % 5 == 4) {
      auto ym = date::year_month_day{d}.year() / date::year_month_day{d}.month();
      e.span = DaySpan{date::sys_days{ym / 1}, date::sys_days{ym / date::last}, Granularity::kMonth,
                       false};
    }
    t.events.push_back(e);
  }
  return t;
}

// Measures text as if every character were 0.55 em wide; wraps on spaces.
class FakeMeasurer final : public TextMeasurer {
 public:
  TextMetrics measure(std::string_view text, FontRole role, bool, double max_width,
                      int max_lines) override {
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

// Scene checks shared by the layout and render tests.
inline bool is_text(const SceneItem& item) {
  return item.kind == ItemKind::kLabel || item.kind == ItemKind::kCluster ||
         item.kind == ItemKind::kTick;
}

// Names the first pair of items that overlap where they must not, or "".
inline std::string first_overlap(const Scene& scene) {
  const auto& items = scene.items;
  for (size_t a = 0; a < items.size(); ++a)
    for (size_t b = a + 1; b < items.size(); ++b) {
      const SceneItem &p = items[a], &q = items[b];
      if (!is_text(p) && !is_text(q)) continue;  // markers may touch markers
      if (!p.box.overlaps(q.box)) continue;
      return std::string(item_kind_name(p.kind)) + " '" + p.text + "' overlaps " +
             std::string(item_kind_name(q.kind)) + " '" + q.text + "'";
    }
  return "";
}

// Every event has exactly one marker and exactly one label or cluster.
inline std::string accounting(const Scene& scene, size_t n) {
  std::vector<int> markers(n), texts(n);
  for (const SceneItem& item : scene.items)
    for (size_t e : item.events) {
      if (item.kind == ItemKind::kMarker) ++markers[e];
      if (item.kind == ItemKind::kLabel || item.kind == ItemKind::kCluster) ++texts[e];
    }
  for (size_t e = 0; e < n; ++e)
    if (markers[e] != 1 || texts[e] != 1)
      return "event " + std::to_string(e) + ": " + std::to_string(markers[e]) + " markers, " +
             std::to_string(texts[e]) + " labels";
  return "";
}

inline bool inside_canvas(const Scene& scene) {
  for (const SceneItem& item : scene.items)
    if (item.box.x < -0.01 || item.box.y < -0.01 || item.box.right() > scene.width + 0.01 ||
        item.box.bottom() > scene.height + 0.01)
      return false;
  return true;
}

}  // namespace chronoline::testing
