// Lanes: rows of label slots beside the axis that remember which x-ranges and leaders are taken.
#pragma once

#include <map>
#include <set>
#include <vector>

namespace chronoline {

// One side of the axis: lane 0 is nearest the axis. Each lane holds disjoint label extents and
// the x of every leader line that crosses it (leaders run from the axis to a lane further out).
class LaneSide {
 public:
  explicit LaneSide(int lanes) : boxes_(lanes), leaders_(lanes) {}
  int lanes() const { return static_cast<int>(boxes_.size()); }

  // True when [x0, x1] in `lane` keeps `gap` from other labels and `pad` from leaders.
  bool box_free(int lane, double x0, double x1, double gap, double pad) const;
  // True when a leader at x keeps `pad` from the labels in lanes 0..lane-1.
  bool path_free(int lane, double x, double pad) const;
  // The x of a leader on this side closer to x than `sep` but not at x (within 0.5), or x.
  double near_leader(double x, double sep) const;
  // Takes [x0, x1] in `lane` and a leader at x through lanes 0..lane.
  void take(int lane, double x0, double x1, double leader_x);

 private:
  std::vector<std::map<double, double>> boxes_;  // start -> end, disjoint
  std::vector<std::multiset<double>> leaders_;
};

}  // namespace chronoline
