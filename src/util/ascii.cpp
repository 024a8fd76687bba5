// ASCII case helpers shared by every stage.
#include "util/ascii.h"

namespace chronoline {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace chronoline
