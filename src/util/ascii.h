// ASCII case helpers shared by every stage (article reading, temporal tagging, rendering).
#pragma once

#include <string>
#include <string_view>

namespace chronoline {

// `s` with the ASCII capitals A-Z in lower case; every other byte, UTF-8 included, unchanged.
// Example: lower_ascii("Fri., 3 MAY") -> "fri., 3 may"
std::string lower_ascii(std::string_view s);

}  // namespace chronoline
