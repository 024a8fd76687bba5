// Long articles: finding events stays linear in the article's length.
#include <doctest/doctest.h>

#include "events/events.h"

namespace chronoline {
namespace {

// Each time phrase was checked against every photo credit of the article: 50,000 captioned
// paragraphs took many seconds, and a 32 MiB article minutes.
TEST_CASE("regression: many photo credits are looked up in logarithmic time") {
  static const Tagger tagger = *Tagger::load("en");
  std::string article = "September 17, 2025, 11:05\n\nA Title\n\n";
  for (int i = 0; i < 50000; ++i) article += "AFP 2021 / JANE DOE The quay opened on Monday.\n\n";
  auto timeline = extract_timeline(article, "test.txt", tagger, {});
  REQUIRE(timeline.ok());
  REQUIRE(timeline->events.size() == 50000);
  CHECK(timeline->events.back().label == "Quay opened");
}

}  // namespace
}  // namespace chronoline
