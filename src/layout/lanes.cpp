// Lanes: rows of label slots beside the axis that remember which x-ranges and leaders are taken.
#include "layout/lanes.h"

#include <cmath>

namespace chronoline {

bool LaneSide::box_free(int lane, double x0, double x1, double gap, double pad) const {
  const auto& boxes = boxes_[lane];
  auto it = boxes.lower_bound(x0 - gap);
  if (it != boxes.end() && it->first < x1 + gap) return false;
  if (it != boxes.begin() && std::prev(it)->second > x0 - gap) return false;
  const auto& leaders = leaders_[lane];
  auto l = leaders.lower_bound(x0 - pad);
  return l == leaders.end() || *l > x1 + pad;
}

bool LaneSide::path_free(int lane, double x, double pad) const {
  for (int k = 0; k < lane; ++k) {
    const auto& boxes = boxes_[k];
    auto it = boxes.lower_bound(x + pad);
    if (it != boxes.begin() && std::prev(it)->second > x - pad) return false;
  }
  return true;
}

double LaneSide::near_leader(double x, double sep) const {
  if (leaders_.empty()) return x;
  const auto& all = leaders_[0];  // every leader crosses lane 0
  double best = x, best_d = sep;
  for (auto it = all.lower_bound(x - sep); it != all.end() && *it < x + sep; ++it) {
    double d = std::abs(*it - x);
    if (d > 0.5 && d < best_d) best = *it, best_d = d;
  }
  return best;
}

void LaneSide::take(int lane, double x0, double x1, double leader_x) {
  boxes_[lane].emplace(x0, x1);
  for (int k = 0; k <= lane; ++k) leaders_[k].insert(leader_x);
}

}  // namespace chronoline
