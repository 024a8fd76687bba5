// Scene: the --dump-layout JSON form of a laid-out scene.
#include <cmath>

#include "layout/scene.h"

namespace chronoline {
namespace {

double round2(double v) { return std::round(v * 100.0) / 100.0; }

nlohmann::json item_json(const Scene& scene, const SceneItem& item) {
  nlohmann::json names = nlohmann::json::array();
  for (size_t e : item.events) names.push_back(scene.event_names.at(e));
  nlohmann::json j = {{"kind", item_kind_name(item.kind)}, {"events", names},
                      {"x", round2(item.box.x)},           {"y", round2(item.box.y)},
                      {"w", round2(item.box.w)},           {"h", round2(item.box.h)}};
  if (item.kind != ItemKind::kMarker) j["text"] = item.text;
  return j;
}

}  // namespace

std::string_view item_kind_name(ItemKind kind) {
  switch (kind) {
    case ItemKind::kLabel:
      return "label";
    case ItemKind::kMarker:
      return "marker";
    case ItemKind::kCluster:
      return "cluster";
    case ItemKind::kTick:
      return "tick";
  }
  return "label";
}

nlohmann::json scene_to_json(const Scene& scene) {
  nlohmann::json items = nlohmann::json::array();
  for (const SceneItem& item : scene.items) items.push_back(item_json(scene, item));
  return {{"width", round2(scene.width)},
          {"height", round2(scene.height)},
          {"type_scale", std::round(scene.type_scale * 1000.0) / 1000.0},
          {"axis",
           {{"x0", round2(scene.axis.x0)},
            {"x1", round2(scene.axis.x1)},
            {"breaks", scene.axis.breaks}}},
          {"items", items}};
}

}  // namespace chronoline
