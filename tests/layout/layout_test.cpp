// Tests for the layout: no overlaps, every event accounted for, axis breaks, special cases.
#include "layout/layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "layout/fixtures.h"

namespace chronoline {
namespace {

using testing::FakeMeasurer;

bool is_text(const SceneItem& item) {
  return item.kind == ItemKind::kLabel || item.kind == ItemKind::kCluster || item.kind == ItemKind::kTick;
}

// Names the first pair of items that overlap where they must not, or "".
std::string first_overlap(const Scene& scene) {
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
std::string accounting(const Scene& scene, size_t n) {
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

bool inside_canvas(const Scene& scene) {
  for (const SceneItem& item : scene.items)
    if (item.box.x < -0.01 || item.box.y < -0.01 || item.box.right() > scene.width + 0.01 ||
        item.box.bottom() > scene.height + 0.01)
      return false;
  return true;
}

Scene lay_out(const Timeline& t, const Style& style = default_style()) {
  FakeMeasurer m;
  auto scene = layout_timeline(t, style, m);
  REQUIRE_MESSAGE(scene, (scene ? "" : scene.error().message));
  return *scene;
}

TEST_CASE("the seed timeline lays out without overlaps and labels every event") {
  Timeline t = testing::seed_timeline();
  REQUIRE(t.events.size() == 15);
  Scene s = lay_out(t);
  CHECK(first_overlap(s) == "");
  CHECK(accounting(s, t.events.size()) == "");
  CHECK(inside_canvas(s));
  size_t labels = std::count_if(s.items.begin(), s.items.end(), [](const SceneItem& i) { return i.kind == ItemKind::kLabel; });
  CHECK(labels == t.events.size() + 1);  // every event has its own label, plus the publication
}

}  // namespace
}  // namespace chronoline
