// Label internals: writing a label from chosen tokens, shortened the way headlines are.
// Internal to src/events/label*.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "events/label_tokens.h"

namespace chronoline::label_internal {

// A contiguous part of a vector of token indices that shrinks from either end without copying:
// PhraseWriter::cut() reads every prefix of a label this way. Offers the part of std::vector's
// interface that trimming uses; erase() takes only a run at the front.
class IdRange {
 public:
  IdRange(const std::vector<size_t>& ids, size_t end) : base_(ids.data()), end_(end) {}
  size_t size() const { return end_ - begin_; }
  bool empty() const { return begin_ == end_; }
  size_t operator[](size_t k) const { return base_[begin_ + k]; }
  size_t front() const { return base_[begin_]; }
  size_t back() const { return base_[end_ - 1]; }
  const size_t* begin() const { return base_ + begin_; }
  const size_t* end() const { return base_ + end_; }
  void pop_back() { --end_; }
  void resize(size_t n) { end_ = begin_ + n; }  // n <= size()
  void erase(const size_t* first) { erase(first, first + 1); }
  void erase(const size_t* first, const size_t* last) {
    begin_ += static_cast<size_t>(last - first);
  }  // first == begin()
  // Where the part starts and ends in the vector.
  size_t first() const { return begin_; }
  size_t last() const { return end_; }

 private:
  const size_t* base_;
  size_t begin_ = 0;
  size_t end_;
};

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
  void trim_ends(IdRange& ids) const;
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
  std::string_view verb_suffix(const std::vector<size_t>& ids, size_t j) const;
  size_t verb_growth(const std::vector<size_t>& ids, size_t j) const;
  void append_token(std::string& out, const std::vector<size_t>& ids, size_t j) const;
  bool space_before(const std::vector<size_t>& ids, size_t j) const;
  int article_change(const std::vector<size_t>& ids, size_t j) const;
  std::string cut(std::vector<size_t> ids, size_t max_length) const;
  void drop_trailing_aside_time(std::vector<size_t>& ids) const;
  void drop_trailing_aside_time(IdRange& ids) const;
  void drop_dangling_end(std::vector<size_t>& ids) const;
  void drop_gapped_object_end(std::vector<size_t>& ids) const;
  void drop_dangling_adverb_end(std::vector<size_t>& ids) const;
  void drop_dangling_end(IdRange& ids) const;
  template <class Ids>
  void trim_ends_in(Ids& ids) const;
  template <class Ids>
  void drop_trailing_aside_time_in(Ids& ids) const;
  template <class Ids>
  void drop_dangling_end_in(Ids& ids) const;
  // The code points render() writes for each part [b, e) of `ids`, in constant time per part.
  class Widths;
  void drop_leading_copula(std::vector<size_t>& ids) const;
  bool closing_quote(size_t i) const;
  void drop_unopened_quote(std::vector<size_t>& ids) const;
  bool subject_date(const std::vector<size_t>& ids, size_t i) const;
  void drop_stranded_before_comma(std::vector<size_t>& ids) const;
  void drop_emptied_comparison(std::vector<size_t>& ids) const;
  void split_gapped_pair(std::vector<size_t>& ids) const;
  void borrow_gapped_verb(std::vector<size_t>& ids) const;
  void prefer_named_apposition(std::vector<size_t>& ids) const;
  void shorten_figure_clause(std::vector<size_t>& ids) const;
  static void curl_wire_quotes(std::string& out);
  static void close_quotes(std::string& out);
  static void drop_pictographs(std::string& out);

  std::string_view s_;
  const std::vector<Token>& toks_;
  int focus_ = -1;
  int kept_ = -1;
};

}  // namespace chronoline::label_internal
