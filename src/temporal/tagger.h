// Tagger: finds temporal expressions in English text and normalises them to TIMEX3 values.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "temporal/timex.h"
#include "util/result.h"

namespace chronoline {

// Finds and normalises temporal expressions. Rules and lexicons are data files embedded in the
// binary; load() validates them once. A Tagger is immutable after load and safe to share between
// threads.
//
// Example:
//   auto tagger = Tagger::load("en");
//   if (!tagger) return tagger.error();
//   auto timexes = tagger->tag("On Wednesday, the Taliban named...", Anchor{2022_y/1/25}, {});
//   // timexes[0]: {begin 3, end 12, DATE, "2022-01-19"}
class Tagger {
 public:
  // Loads the embedded rules for `language` ("en"). Errors name the data file and line.
  static Result<Tagger> load(std::string_view language = "en");

  // Returns the timexes of valid UTF-8 `text`, ordered by begin, non-overlapping.
  std::vector<Timex> tag(std::string_view text, const Anchor& dct, const TagOptions& options = {}) const;

  // Normalises one expression (the whole of `expression`) to its TIMEX3 value, or an input Error
  // when it is not a temporal expression.
  Result<Timex> normalize(std::string_view expression, const Anchor& anchor,
                          const TagOptions& options = {}) const;

  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

 private:
  struct Impl;
  explicit Tagger(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

}  // namespace chronoline
