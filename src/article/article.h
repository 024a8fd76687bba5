// Article reading: publication date, title, body paragraphs and sentences of a news article.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/timeline.h"
#include "util/result.h"

namespace chronoline {

// A byte range [begin, end) of Article::text.
struct TextRange {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool contains(size_t pos) const { return pos >= begin && pos < end; }
};

struct Paragraph {
  TextRange range;
  bool caption = false;  // a photo caption that starts with a credit ("AFP 2021 / NAME ...")
};

struct Sentence {
  TextRange range;
  size_t paragraph = 0;  // index into Article::paragraphs
};

struct Article {
  // The whole file as UTF-8, without a BOM, with CRLF turned into LF, no-break, thin and figure
  // spaces into plain spaces and Markdown markup into spaces (article/markdown.h).
  std::string text;
  std::optional<DateTime> published;  // from the dateline, when it has one
  std::string title;
  std::string source;                  // from a trailing "Source: example.com" line
  std::vector<Paragraph> paragraphs;   // the body, without title, dateline and page footer
  std::vector<Sentence> sentences;     // in order, within paragraphs
  std::vector<TextRange> credits;      // photo credits ("AFP 2021 / JANE DOE"), in text order
  std::string lead_date;  // a wire lead's date that gave no publication date ("Nov 27": no year)
  // Without a dateline, the date the lead sentence tells with its weekday ("Hackers stole ..., the
  // insurer said on Thursday, Dec. 3, 2026, in a filing"): the publication date a news reader
  // takes (publication_without_dateline); unset when the article has a dateline.
  std::optional<DateTime> lead_sentence_date;
  // The place of the lead dateline ("WELLINGTON, New Zealand"; article/place.h), empty without
  // one, and the hemisphere it lies in: the months of the story's seasons. Only the dateline
  // decides; a place the story mentions does not.
  std::string dateline_place;
  Hemisphere hemisphere = Hemisphere::kNorth;
  FiscalYear fiscal_year;  // of the dateline's country (fiscal_year_of_place); start 0 if unknown

  std::string_view slice(TextRange r) const { return std::string_view(text).substr(r.begin, r.size()); }
};

// Reads a dateline ("January 25, 2022, 5:49") into a date, or nullopt when the line is no date.
using DatelineParser = std::function<std::optional<DateTime>(std::string_view line)>;

// Largest article read, in bytes (32 MiB); larger inputs are refused.
inline constexpr size_t kMaxArticleBytes = 32u << 20;

// Splits raw file bytes into an Article. The first non-empty line is the dateline when
// `parse_dateline` reads a date from it; the next non-empty line is the title (a repeat of it
// right after is dropped). Else the dateline may follow the title, alone or after a standfirst
// line and a byline ("Title / By Ana Ruiz / January 25, 2022"), as separate lines or one block.
// A page footer ("Related posts", "Leave a Reply", ...) and everything after it is left out of
// the body, and so are a pasted page's breadcrumbs and furniture lines ("Share this article", "5
// min read") and notes in brackets on lines of their own ("(Reporting by ...)"); sentences start
// after a lead dateline ("OSLO, Nov 27 (Reuters) - ", "New Delhi, Nov 27 (PTI) "), and wire and
// section tags ("UPDATE 2-", "Opinion | ") leave the title; the lead dateline's place gives
// dateline_place and hemisphere. A first line that opens with a lead dateline is no title: the
// story's lead when a sentence follows the dash ("MIAMI, April 9, 2026 - Forecasters expect ..."),
// else a headline under its dated dateline ("MELBOURNE, 24 November 2026 - Festival reveals
// line-up", "2026-03-18 - Launch slips": the rest is the title; its date stands only when the story gives
// none). A date alone before a dash opens no story as its dateline once a date is known. A dateline may end with a byline
// ("Posted on 2026-11-25 by Mira Tanaka"), and datelines after a label may close the story
// ("Published 26/11/2026, 14:05\nUpdated 27/11/2026, 09:00": the first dates it); a newsletter's
// "View in browser" and "You are receiving this ..." footer are no text, nor is Markdown markup.
// Errors (input): empty, too large, binary (NUL bytes) or invalid UTF-8, named with `name` and
// line:column.
Result<Article> read_article(std::string_view bytes, std::string_view name,
                             const DatelineParser& parse_dateline);

// The input error for an article without a publication date, for the file `name`: says so, or that
// its lead dateline has no year ("NAME: the dateline's date \"Nov 27\" has no year; pass --pub-date
// YYYY-MM-DD").
std::string no_publication_date(const Article& article, std::string_view name);

// The publication date of an article whose dateline gave none (article.published unset):
// - a lead dateline whose date has no year ("BRUSSELS, Nov 18 (Reuters) -"), when the reader knows
//   the day it is read on, `today`: the day in the last year in which it has come (a day ahead of
//   `today` is allowed, for datelines in time zones ahead of the reader's). `warn` is told, naming
//   the file `name`, the dateline's date and the date taken, and how to choose another;
// - else, for a news story (`news`; a narrative counts from its first full date instead), the
//   weekday date its lead sentence tells after a verb of reporting (lead_sentence_date).
// None when neither gives one.
std::optional<DateTime> publication_without_dateline(const Article& article, std::optional<date::sys_days> today,
                                                     bool news, const DatelineParser& parse_dateline,
                                                     std::string_view name,
                                                     const std::function<void(const std::string&)>& warn);

}  // namespace chronoline
