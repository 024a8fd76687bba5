// Events: dated, labelled happenings found in an article; the extract pipeline.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "temporal/tagger.h"
#include "timeline/timeline.h"
#include "util/result.h"

namespace chronoline {

struct ExtractOptions {
  std::optional<DateTime> published;  // overrides the dateline (--pub-date)
  // Overrides the hemisphere of the dateline's place (--hemisphere); tag.hemisphere is set from
  // one or the other.
  std::optional<Hemisphere> hemisphere;
  TagOptions tag;
  // The day the article is read on. When set, a lead dateline's date without a year ("BRUSSELS,
  // Nov 18 (Reuters) -") is taken in the last year in which that day has come, and `warn` is told
  // (see date_of_yearless_lead); unset, such an article is an input error asking for --pub-date.
  std::optional<date::sys_days> today;
  std::function<void(const std::string&)> warn;
};

// Turns the timexes of an article's body into events, in document order, ids e1, e2, ...
// A timex becomes an event when it names days: a DATE or TIME with a calendar value, an anchored
// duration ("the past 10 days", as its range) or the first of a from-until pair (as the pair's
// range). Durations with no anchor, sets and PRESENT_REF-like references do not. Timexes in photo
// credits, the title or outside body sentences are ignored. A START, MID or END modifier narrows
// the event to that third of its unit ("late 2025"); "earlier this month" against the
// `published` day is the part of the month before it. Season values cover their months in
// article.hemisphere. Stops once it has more than kMaxEvents events.
std::vector<Event> events_from_timexes(const Article& article, const std::vector<Timex>& timexes,
                                       std::optional<date::sys_days> published = std::nullopt);

// Reads a dateline such as "January 25, 2022, 5:49" with the tagger: the line must be one
// absolute calendar day, optionally followed by a time of day. nullopt when it is not.
std::optional<DateTime> parse_dateline(std::string_view line, const Tagger& tagger);

// The start of the first date in `text` that needs no anchor ("born 4 March 1946", "In 1968"),
// which a narrative without a publication date counts from (tag it with
// TagOptions::story_anchor). nullopt when the text has none.
std::optional<Anchor> narrative_start(std::string_view text, const Tagger& tagger);

// The whole extract step: article bytes -> timeline. Errors: those of read_article, and
// "NAME: no publication date found; pass --pub-date YYYY-MM-DD" when neither the dateline nor
// options give one.
Result<Timeline> extract_timeline(std::string_view bytes, std::string_view name, const Tagger& tagger,
                                  const ExtractOptions& options);

}  // namespace chronoline
