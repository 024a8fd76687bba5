// Timex: names of TIMEX3 types.
#include "temporal/timex.h"

namespace chronoline {

std::string_view timex_type_name(TimexType t) {
  switch (t) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

}  // namespace chronoline
