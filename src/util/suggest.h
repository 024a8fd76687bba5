// Did-you-mean suggestions for unknown names (keys, options, styles).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronoline {

// Levenshtein distance between two ASCII strings.
size_t edit_distance(std::string_view a, std::string_view b);

// Returns the candidate closest to `name` when it is close enough to be a likely typo
// (distance <= max(2, name.size() / 3)), or an empty string.
std::string nearest(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace chronoline
