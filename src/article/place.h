// The place of a story's lead dateline, and the hemisphere it lies in (which months its seasons are).
#pragma once

#include <string>
#include <string_view>

#include "temporal/value.h"
#include "util/result.h"

namespace chronoline {

// The place a lead dateline names, without its date, agency and dash: "WELLINGTON, New Zealand"
// of "WELLINGTON, New Zealand \u2014 ", "SYDNEY" of "SYDNEY (Reuters) - ", "CAPE TOWN" of "CAPE
// TOWN, 24 November 2026 - ", "Buenos Aires, Argentina" of "Buenos Aires, Argentina, Nov. 26, 2026
// /PRNewswire/ -- ". Parts with a digit are the date; empty when nothing is left.
std::string dateline_place(std::string_view lead);

// The hemisphere of a dateline's place. A place with a qualifier ("PERTH, Scotland", "MELBOURNE,
// Fla.", "CHRISTCHURCH, New Zealand") is where its last qualifier is (south when
// src/article/lang/en/southern-regions.txt names it); a place alone ("SYDNEY") is south when
// southern-cities.txt names it. North for anything else, and for an empty place.
//
// Example:
//   hemisphere_of_place("WELLINGTON, New Zealand") -> Hemisphere::kSouth
Hemisphere hemisphere_of_place(std::string_view place);

// The financial year of a dateline's place, as src/article/lang/en/fiscal-years.txt lists it for
// the last qualifier ("MUMBAI, India": India) or the place alone ("NEW DELHI"); start month 0 for
// a place not listed.
//
// Example:
//   fiscal_year_of_place("NEW DELHI") -> {4, false}: April to March, "FY26" ending March 2026
FiscalYear fiscal_year_of_place(std::string_view place);

// Whether every entry of fiscal-years.txt reads as "PLACE<TAB>MONTH<TAB>start|end"; the error
// names the entry.
Status check_fiscal_years();

}  // namespace chronoline
