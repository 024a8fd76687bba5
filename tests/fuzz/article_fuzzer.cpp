// libFuzzer target: the article reader together with the tagger and the event labeler, as news
// with a publication date and as a narrative without one.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "events/events.h"
#include "events/label.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto tagger = chronoline::Tagger::load("en");
  if (!tagger) __builtin_trap();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto check = [&](const chronoline::ExtractOptions& options) {
    auto timeline = chronoline::extract_timeline(bytes, "fuzz.txt", *tagger, options);
    if (timeline) {
      for (const auto& e : timeline->events)
        if (e.span.end < e.span.start || e.label.size() > 4 * chronoline::kMaxLabelLength) __builtin_trap();
    }
  };
  // News, read from a publication date.
  chronoline::ExtractOptions news;
  news.published = chronoline::DateTime{date::sys_days{date::year{2022} / 1 / 25}, std::nullopt};
  check(news);
  // A narrative with no publication date: anchored on its own first date (story_anchor).
  chronoline::ExtractOptions story;
  story.tag.doc_type = chronoline::DocType::kNarrative;
  check(story);
  return 0;
}
