// Label internals: writing a label from chosen tokens, shortened the way headlines are.
// Internal to src/events/label*.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "events/label_tokens.h"

namespace chronoline::label_internal {

// Writes labels from token indices of one sentence. An index past the last token is a marker,
// written ":" ("Antony Blinken: the US has ...").
class PhraseWriter {
 public:
  PhraseWriter(std::string_view sentence, const std::vector<Token>& toks)
      : s_(sentence), toks_(toks) {}

  // The label: time phrases, parentheticals, asides, some adverbs and titles before names
  // dropped, ends trimmed, cut at a phrase boundary to at most `max_length` code points,
  // capitalised.
  // Durations, sets and vague references other than the focus stay ("140 km an hour").
  std::string finish(std::vector<size_t> ids, size_t max_length) const;
  // The time phrase the next labels are for.
  void set_focus(int focus) { focus_ = focus; }
  // A time phrase that is the subject of the next labels, kept in them unless it is the focus
  // ("Fiscal 2027 ends"); -1 for none.
  void set_kept(int kept) { kept_ = kept; }
  // ", an Afghan neighbor," and ", the membership of which includes ...,": asides between commas.
  void drop_insertions(std::vector<size_t>& ids) const;
  // "Russian President Vladimir Putin" -> "Vladimir Putin".
  void shorten_titles(std::vector<size_t>& ids) const;
  // Articles, conjunctions and punctuation off both ends.
  void trim_ends(std::vector<size_t>& ids) const;
  // The tokens, spaced as in the sentence.
  std::string render(const std::vector<size_t>& ids) const;
  // `ids` written as a person's name, when they are one: two to four capitalised words after any
  // title, the last not a word of organisations; else "".
  std::string person(std::vector<size_t> ids) const;

 private:
  bool is_marker(size_t i) const;
  void replace_parentheticals(std::vector<size_t>& ids) const;
  static bool is_acronym(const Token& t);
  size_t name_after_of(const std::vector<size_t>& ids, size_t from) const;
  size_t place_continued(const std::vector<size_t>& ids, size_t close) const;
  bool restated_amount(const std::vector<size_t>& ids, size_t j) const;
  size_t dash_at(const std::vector<size_t>& ids, size_t j) const;
  void drop_dash_asides(std::vector<size_t>& ids) const;
  void append_token(std::string& out, const std::vector<size_t>& ids, size_t j) const;
  std::string cut(std::vector<size_t> ids, size_t max_length) const;
  void drop_trailing_aside_time(std::vector<size_t>& ids) const;
  void drop_dangling_end(std::vector<size_t>& ids) const;
  void drop_leading_copula(std::vector<size_t>& ids) const;
  void prefer_named_apposition(std::vector<size_t>& ids) const;
  static void curl_wire_quotes(std::string& out);
  static void close_quotes(std::string& out);
  static void drop_pictographs(std::string& out);

  std::string_view s_;
  const std::vector<Token>& toks_;
  int focus_ = -1;
  int kept_ = -1;
};

}  // namespace chronoline::label_internal
