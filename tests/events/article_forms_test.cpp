// Article forms met on unseen articles, end to end: Markdown posts.
#include <doctest/doctest.h>

#include "events/events.h"

namespace chronoline {
namespace {

const Tagger& tagger() {
  static const Tagger t = *Tagger::load("en");
  return t;
}

std::string values(const Timeline& t) {
  std::string out;
  for (const Event& e : t.events) out += (out.empty() ? "" : " ") + e.value;
  return out;
}

TEST_CASE("a Markdown blog post: its title, its 'Posted on' line, prose without markup, no date from a link") {
  std::string text =
      "# Why we rewrote our sync engine\n\n*Posted on 2026-11-25 by Mira Tanaka*\n\n**TL;DR:** version 4.0 "
      "of [Quillnote](https://quillnote.example.com) ships next Tuesday.\n\n## Where we started\n\nWe "
      "launched Quillnote in **April 2021**. See our [roadmap](https://quillnote.example.com/roadmap/2027).\n";
  auto t = extract_timeline(text, "post.md", tagger(), {});
  REQUIRE(t.ok());
  REQUIRE(t->published);
  CHECK(t->title == "Why we rewrote our sync engine");
  CHECK(values(*t) == "2026-12-01 2021-04");
  REQUIRE(t->events.size() == 2);
  CHECK(t->events[1].label == "We launched Quillnote");
}

}  // namespace
}  // namespace chronoline
