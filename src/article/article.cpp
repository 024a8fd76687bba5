// Article reading: publication date, title, body paragraphs and sentences of a news article.
#include "article/article.h"

#include <algorithm>
#include <cctype>

#include "article/article_words.h"
#include "article/sentences.h"
#include "util/suggest.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// A footer marker alone ("Comments (3)"), or a multi-word marker starting a short paragraph.
bool is_footer(std::string_view paragraph) {
  std::string p = lower(paragraph);
  while (!p.empty() && (std::ispunct(static_cast<unsigned char>(p.back())) || std::isdigit(static_cast<unsigned char>(p.back())) || p.back() == ' '))
    p.pop_back();
  for (std::string_view marker : article_word_list("footer-markers")) {
    if (p == marker) return true;
    bool phrase = marker.find(' ') != std::string_view::npos;
    if (phrase && p.starts_with(marker) && p.size() < marker.size() + 80) return true;
  }
  // A copyright notice ("Copyright 2022 The Courier. All rights reserved.", "\u00A9 2022 Acme").
  if (paragraph.size() < 200 &&
      (p.starts_with("\u00A9") || p.starts_with("(c) ") ||
       (p.starts_with("copyright ") && p.size() > 10 &&
        (std::isdigit(static_cast<unsigned char>(p[10])) || p.substr(10).starts_with("\u00A9")))))
    return true;
  // A press release's end mark ("###", "-30-", "- ENDS -").
  std::string mark;
  for (char c : lower(paragraph))
    if (c != ' ' && c != '-') mark += c;
  if (mark == "###" || mark == "30" || mark == "ends") return true;
  // A press release's boilerplate heading: "About" and a name alone on the paragraph's first line
  // ("About the City of Ashford\nThe City ..."), with no punctuation to make it a sentence.
  std::string_view first = paragraph.substr(0, paragraph.find('\n'));
  if (first.starts_with("About ") && first.size() > 6 && first.size() < 80 &&
      first.find_first_of(".,;:!?\"") == std::string_view::npos) {
    bool name = true;
    for (size_t i = 6; i < first.size() && name;) {
      size_t end = std::min(first.find(' ', i), first.size());
      std::string_view word = first.substr(i, end - i);
      name = !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) || word == "the" ||
                               word == "of" || word == "and" || word == "for" || word == "&");
      i = end + 1;
    }
    if (name &&
        (std::isupper(static_cast<unsigned char>(first[6])) || first.substr(6).starts_with("the ")))
      return true;
  }
  return false;
}

// Lower-case `line` starts with `marker` as whole words.
bool starts_with_words(std::string_view line, std::string_view marker) {
  return line.starts_with(marker) &&
         (line.size() == marker.size() ||
          !std::isalnum(static_cast<unsigned char>(line[marker.size()])));
}

// A line naming a press release rather than its story ("FOR IMMEDIATE RELEASE", "NEWS RELEASE").
bool is_release_header(std::string_view line) {
  if (line.size() >= 100 || line.find('\n') != std::string_view::npos) return false;
  std::string l = lower(line);
  while (!l.empty() && (l.back() == ' ' || l.back() == ':' || l.back() == '.')) l.pop_back();
  // The marker alone, or starting a line in capitals ("FOR IMMEDIATE RELEASE - MARCH 4, 2024") or
  // an embargo; not a title that starts with it ("Press release: City opens library").
  bool capitals =
      std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  for (std::string_view marker : article_word_list("header-markers"))
    if (l == marker ||
        (starts_with_words(l, marker) && (capitals || marker.starts_with("embargoed"))))
      return true;
  return false;
}

// A block of contact details: its first line is a contact label before a colon or alone ("Contact:
// Dana Whitfield", "MEDIA CONTACT").
bool is_contact_block(std::string_view paragraph) {
  std::string first = lower(paragraph.substr(0, paragraph.find('\n')));
  while (!first.empty() && (first.back() == ' ' || first.back() == ':')) first.pop_back();
  for (std::string_view marker : article_word_list("contact-markers"))
    if (first == marker ||
        (first.starts_with(marker) && first.size() > marker.size() && first[marker.size()] == ':'))
      return true;
  return false;
}

// Where a photo credit ("Photograph: Jane Doe/Agency", "Photo: AP") starts in paragraph `p`: at
// its start, or ending its last line after a caption's full stop ("A kiln. Photograph: ..."). npos
// if none.
size_t credit_tail(std::string_view p) {
  size_t line = p.rfind('\n');
  line = line == std::string_view::npos ? 0 : line + 1;
  // Names, not a sentence: "Photo: AP", not "Image: One was long."
  if (p.ends_with(".") || p.ends_with("!") || p.ends_with("?")) return std::string_view::npos;
  for (std::string_view marker : article_word_list("credit-markers")) {
    std::string label(marker);
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    label += ": ";
    if (p.starts_with(label) && p.find('\n') == std::string_view::npos) return 0;
    for (size_t at = p.find(label, line); at != std::string_view::npos;
         at = p.find(label, at + 1)) {
      if (at >= 2 && p.substr(at - 2, 2) == ". " && p.find(". ", at) == std::string_view::npos)
        return at;
      if (at == line && at > 0) return at;  // on a line of its own, after the caption
    }
  }
  return std::string_view::npos;
}

// "Source: example.com" (or a misspelling of "Source": "Sourse") as the last line: returns the
// site, or a short name ("Source: Al Jazeera and news agencies"). Other labels ("Email: desk@example.org", "AP soccer: https://...") name no source.
std::optional<std::string> source_line(std::string_view paragraph) {
  size_t colon = paragraph.find(": ");
  if (colon == std::string_view::npos || colon > 12 || paragraph.find('\n') != std::string_view::npos)
    return std::nullopt;
  if (edit_distance(lower(paragraph.substr(0, colon)), "source") > 2) return std::nullopt;
  std::string_view site = paragraph.substr(colon + 2);
  bool domain = site.find('.') != std::string_view::npos && site.find(' ') == std::string_view::npos;
  // "Source: Al Jazeera and news agencies": a short name, capitalised, with no sentence in it.
  bool name = !site.empty() && site[0] >= 'A' && site[0] <= 'Z' && std::count(site.begin(), site.end(), ' ') < 6 &&
              site.find_first_of(".:;!?0123456789") == std::string_view::npos;
  return domain || name ? std::optional<std::string>(site) : std::nullopt;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Bytes of the upper-case letter at s[i]: 1 for A-Z, 2 for a Latin-1 capital in UTF-8 ("\u00C9",
// "\u00C3" of "S\u00C3O PAULO"), else 0.
size_t upper_length(std::string_view s, size_t i) {
  if (i < s.size() && is_upper(s[i])) return 1;
  if (i + 1 >= s.size() || static_cast<unsigned char>(s[i]) != 0xC3) return 0;
  auto c = static_cast<unsigned char>(s[i + 1]);
  return c >= 0x80 && c <= 0x9E && c != 0x97 ? 2 : 0;  // 0x97 is the multiplication sign
}

// Length of a photo credit at the start of `p`: capitalised agency words, a year, " / ", then an
// upper-case run of names ("AFP 2021 / WAKIL KOHSAR(FILES) "). The last capital before a
// lower-case letter starts the caption's first word ("STRTajik" is "STR" + "Tajik"). 0 if none.
size_t credit_length(std::string_view p) {
  size_t i = 0;
  while (i < p.size() && (is_upper(p[i]) || p[i] == '.' || p[i] == '&' || p[i] == ' ' || is_lower(p[i]))) {
    if (i + 5 < p.size() && p[i] == ' ' && is_digit(p[i + 1])) break;
    ++i;
  }
  if (i == 0 || i > 40 || !is_upper(p[0])) return 0;
  if (p.substr(i, 8).size() < 8 || p[i] != ' ') return 0;
  for (size_t k = 1; k <= 4; ++k)
    if (!is_digit(p[i + k])) return 0;
  if (p.substr(i + 5, 3) != " / ") return 0;
  size_t j = i + 8;
  while (j < p.size() && (is_upper(p[j]) || p[j] == ' ' || p[j] == '(' || p[j] == ')' || p[j] == '-' ||
                          p[j] == '.' || p[j] == '/' || p[j] == '\''))
    ++j;
  if (j < p.size() && is_lower(p[j]) && j > i + 8 && is_upper(p[j - 1])) --j;
  return j;
}

// A wire story's lead dateline at the start of `p`: an upper-case place, maybe a region and a
// date after commas, maybe the agency in brackets, then a dash ("OSLO, Nov 3, 2022 (Reuters) - ",
// "CEDAR FALLS, Ore. (AP) \u2014 ", "BRUSSELS, February 10 (Xinhua) -- "). Returns the length up
// to the story's first word, or the paragraph's length when it holds only the dateline (0 if none) and, in `date`, the text between the place and the agency
// or dash after the place's first comma ("Nov 3, 2022"; may be a region).
size_t lead_dateline_length(std::string_view p, std::string_view& date) {
  size_t i = 0;
  while (i < p.size()) {
    size_t n = upper_length(p, i);
    if (!n && (p[i] == ' ' || p[i] == '.' || p[i] == '\'' || (p[i] == '-' && upper_length(p, i + 1))))
      n = 1;  // "WINSTON-SALEM"
    if (!n) break;
    i += n;
  }
  while (i > 0 && p[i - 1] == ' ') --i;
  if (i < 3 || i > 30 || !upper_length(p, 0) || !upper_length(p, upper_length(p, 0))) return 0;
  size_t place = i;
  // The dash that ends it, within a short run of text.
  size_t dash = std::string_view::npos, after = 0;
  // Older AP copy writes the dash as " _ "; a dateline may also stand alone ("WASHINGTON, August 8
  // (Xinhua) --"), its dash ending the paragraph.
  std::string_view head = p.substr(0, place + 64);  // a dash past it ends no dateline
  for (std::string_view d : {" -- ", " - ", " \u2014 ", " \u2013 ", "\u2014", " _ "}) {
    size_t at = head.find(d, place);
    if (at == std::string_view::npos && p.ends_with(d.substr(0, d.size() - (d.back() == ' ' ? 1 : 0))))
      at = p.size() - (d.size() - (d.back() == ' ' ? 1 : 0));
    if (at != std::string_view::npos && at < place + 60 && at < dash) dash = at, after = std::min(at + d.size(), p.size());
  }
  if (dash == std::string_view::npos) return 0;
  std::string_view middle = p.substr(place, dash - place);  // ", Nov 3, 2022 (Reuters)" or ""
  if (size_t open = middle.rfind(" ("); open != std::string_view::npos && middle.ends_with(")"))
    middle = middle.substr(0, open);
  else if (middle.starts_with(" (") && middle.ends_with(")"))
    middle = {};
  if (!middle.empty() && !middle.starts_with(", ")) return 0;
  // Before a spaced hyphen, a bare short capital word is rather an acronym than a place ("USA -
  // China talks resumed", "NATO - the alliance"): wire copy adds a date or the agency ("OSLO, Nov 3
  // (Reuters) - ") or uses a longer dash; a longer place stands alone ("LISBON - ").
  bool hyphen = p.substr(dash, 3) == " - ";
  bool bare = middle.empty() && p.substr(place, dash - place).find('(') == std::string_view::npos;
  if (hyphen && bare && utf8::length(p.substr(0, place)) < 5) return 0;
  date = middle.empty() ? middle : middle.substr(2);
  while (after < p.size() && p[after] == ' ') ++after;
  // The story starts as a sentence does ("NATO - the alliance - met" is no dateline), or in the
  // next paragraph.
  bool starts = after == p.size() || is_upper(p[after]) || is_digit(p[after]) || p[after] == '"' ||
                p.substr(after).starts_with("\u201C");
  return starts ? after : 0;
}

// Non-blank paragraphs: runs of lines separated by blank lines, trimmed.
std::vector<TextRange> split_paragraphs(std::string_view text) {
  std::vector<TextRange> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == '\n' || text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    // The paragraph ends at the first line that is blank after trimming (it may hold spaces).
    // Searching for "\n\n" first, to the end of the text each time, was quadratic.
    size_t end = text.size();
    for (size_t nl = text.find('\n', i); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
      size_t k = nl + 1;
      while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
      if (k >= text.size() || text[k] == '\n') {
        end = nl;
        break;
      }
    }
    TextRange r{i, end};
    while (r.end > r.begin && (text[r.end - 1] == ' ' || text[r.end - 1] == '\t' || text[r.end - 1] == '\n')) --r.end;
    out.push_back(r);
    i = end;
  }
  return out;
}

// "name:line:col" of byte `pos`.
std::string locate(std::string_view name, std::string_view text, size_t pos) {
  size_t line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
  size_t line_start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  line_start = (line_start == std::string_view::npos || pos == 0) ? 0 : line_start + 1;
  size_t col = 1 + utf8::length(text.substr(line_start, pos - line_start));
  return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(col);
}

Result<std::string> decode(std::string_view bytes, std::string_view name) {
  if (bytes.size() > kMaxArticleBytes)
    return Error::input(std::string(name) + ": article is " + std::to_string(bytes.size() >> 20) +
                        " MiB; the limit is 32 MiB, so split it into smaller files");
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return Error::input(std::string(name) + ": the article is empty; give a dateline, a title and a body");
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    return Error::input(std::string(name) + ": UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos)
    return Error::input(locate(name, bytes, nul) + ": NUL byte; this looks like a binary file, not a text article");
  if (size_t bad = utf8::find_invalid(bytes); bad != std::string_view::npos)
    return Error::input(locate(name, bytes, bad) +
                        ": invalid UTF-8; convert the file to UTF-8 (for example iconv -f latin1 -t utf-8)");
  std::string text;
  text.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i)
    if (!(bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')) text += bytes[i] == '\r' ? '\n' : bytes[i];
  return text;
}

// "By Ana Ruiz", "By Ana Ruiz and Li Wei, Reuters": a byline between a title and its dateline.
bool is_byline(std::string_view line) {
  if (line.size() >= 100 || !(line.starts_with("By ") || line.starts_with("by ") || line.starts_with("BY ")))
    return false;
  // A name first, not a sentence ("By 2030 the city ...", "By Monday, the talks ..."); after the
  // name anything ("By Ana Ruiz in Kyiv", "By Ana Ruiz, staff writer").
  if (line.ends_with(".")) return false;
  size_t words = 0;
  for (size_t i = 3; i < line.size() && words < 2;) {
    size_t end = line.find(' ', i);
    std::string_view word = line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
    bool joins = word == "and" || word == "&" || word == "de" || word == "van" || word == "von" || word == "da";
    if (!word.empty() && !joins && !upper_length(word, 0)) return false;
    if (!word.empty() && (++words == 1 && word.ends_with(","))) break;  // "By Reuters, Oslo"
    if (end == std::string_view::npos) break;
    i = end + 1;
  }
  return words > 0;
}

// What a block of header lines after a title holds: bylines, maybe closed by a dateline ("By Ana
// Ruiz\nJanuary 25, 2022"). `bylines` is false when a line is anything else.
struct Header {
  bool bylines = true;
  std::optional<DateTime> published;
};

// The line under a byline that names the writer's outlet, post or place ("BBC News, Kelbrook",
// "Political Correspondent"): a few capitalised words and commas, nothing to end a sentence.
bool is_affiliation(std::string_view line) {
  if (line.empty() || line.size() >= 60 || line.find_first_of(".!?:;\"") != std::string_view::npos)
    return false;
  size_t words = 0;
  for (size_t i = 0; i < line.size();) {
    size_t end = std::min(line.find(' ', i), line.size());
    std::string_view word = line.substr(i, end - i);
    bool joins = word == "and" || word == "of" || word == "the" || word == "for" || word == "&";
    if (word.empty() || (!joins && !is_upper(word[0]))) return false;
    ++words;
    i = end + 1;
  }
  return words <= 6;
}

Header read_header(std::string_view block, const DatelineParser& parse_dateline) {
  size_t count = 0;
  bool after_byline = false;
  bool unsigned_name = false;  // a line of names with no "By" line above it
  for (size_t from = 0;;) {
    size_t nl = block.find('\n', from);
    std::string_view line = block.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from);
    if (++count > 3 || line.size() >= 100) return {false, std::nullopt};
    if (auto dt = parse_dateline(line)) {
      if (nl != std::string_view::npos) return {false, std::nullopt};  // the dateline ends the block
      return {true, dt};
    }
    bool byline = is_byline(line);
    // A name without "By" ("Jane Smith\nJanuary 25, 2022") is a byline only when a dateline
    // follows it in the block.
    if (!byline && !is_affiliation(line)) return {false, std::nullopt};
    if (!byline && !after_byline) unsigned_name = true;
    after_byline = after_byline || byline;
    if (nl == std::string_view::npos) return {!unsigned_name, std::nullopt};
    from = nl + 1;
  }
}

}  // namespace

Result<Article> read_article(std::string_view bytes, std::string_view name,
                             const DatelineParser& parse_dateline) {
  auto text = decode(bytes, name);
  if (!text) return text.error();
  Article a;
  a.text = std::move(*text);
  std::string_view t = a.text;
  std::vector<TextRange> paragraphs = split_paragraphs(t);
  size_t next = 0;
  // A press release may open with a line that names it as one ("FOR IMMEDIATE RELEASE").
  if (!paragraphs.empty() && is_release_header(a.slice(paragraphs[0]))) ++next;
  // A dateline is one short first line that reads as a date.
  if (next < paragraphs.size() && paragraphs[next].size() < 100 && parse_dateline) {
    std::string_view first = t.substr(paragraphs[next].begin, paragraphs[next].size());
    if (first.find('\n') == std::string_view::npos) {
      if (auto dt = parse_dateline(first)) {
        a.published = dt;
        ++next;
      }
    }
  }
  // The title: one line, repeated right after it by some scrapers.
  if (next < paragraphs.size() && a.slice(paragraphs[next]).find('\n') == std::string_view::npos &&
      paragraphs[next].size() < 300) {
    a.title = std::string(a.slice(paragraphs[next]));
    ++next;
    if (next < paragraphs.size() && a.slice(paragraphs[next]) == a.title) ++next;
    // Or the dateline comes after the title, maybe after a standfirst (one line without a full
    // stop that sums the story up) and a byline ("Title / Standfirst / By Ana Ruiz / Jan. 25,
    // 2022"), the byline and dateline as paragraphs of their own or lines of one. Bylines are
    // header matter even when no dateline follows them, a standfirst only when one of them does.
    if (parse_dateline) {
      size_t header_end = next;
      bool sentence_standfirst = false;
      for (size_t k = next; k < paragraphs.size() && k < next + 3; ++k) {
        Header h = read_header(a.slice(paragraphs[k]), parse_dateline);
        if (h.published) {
          // A standfirst that ends as a sentence does ("Councillors have backed the plan.") is one
          // only when the story follows the dateline; else it was the story ("It opened.\n\nMarch
          // 3").
          if (sentence_standfirst && k + 1 == paragraphs.size()) break;
          if (!a.published) a.published = h.published;
          header_end = k + 1;
          break;
        }
        std::string_view line = a.slice(paragraphs[k]);
        bool one_line = k == next && line.find('\n') == std::string_view::npos &&
                        line.size() < 300 && !line.empty();
        bool unstopped = one_line &&
                         std::string_view(".!?\"'").find(line.back()) == std::string_view::npos &&
                         !line.ends_with("\u201D");
        // The summary lines of BBC or magazine pages end with a full stop: "Councillors have backed
        // plans to close it." or "Three generations kept a craft alive. Now the furnace is cold."
        sentence_standfirst = one_line && !unstopped && line.back() == '.';
        bool standfirst = unstopped || sentence_standfirst;
        if (!h.bylines && !standfirst) break;
        if (h.bylines) header_end = k + 1;
      }
      next = header_end;
    }
  } else if (!a.published && parse_dateline && next < paragraphs.size()) {
    // A header block without blank lines: "Title\nBy Ana Ruiz\nPublished January 25, 2022".
    std::string_view block = a.slice(paragraphs[next]);
    size_t nl = block.find('\n');
    if (nl != std::string_view::npos && nl < 300) {
      if (Header h = read_header(block.substr(nl + 1), parse_dateline); h.published) {
        a.published = h.published;
        a.title = std::string(block.substr(0, nl));
        ++next;
      }
    }
  }
  for (; next < paragraphs.size(); ++next) {
    std::string_view p = a.slice(paragraphs[next]);
    if (is_footer(p)) break;
    if (auto site = source_line(p)) {
      a.source = *site;
      continue;
    }
    if (is_contact_block(p)) continue;
    Paragraph para{paragraphs[next], false};
    TextRange prose = paragraphs[next];  // its sentences start after a photo credit
    // A credit with a label ("Photograph: Jane Doe/Agency"), alone or after a caption, is no prose.
    size_t tail = credit_tail(p);
    if (tail == 0) {
      a.credits.push_back(prose);
      continue;
    }
    if (size_t credit = credit_length(p)) {
      para.caption = true;
      a.credits.push_back({prose.begin, prose.begin + credit});
      prose.begin += credit;
    }
    if (tail != std::string_view::npos && paragraphs[next].begin + tail > prose.begin) {
      para.caption = true;
      a.credits.push_back({paragraphs[next].begin + tail, prose.end});
      prose.end = paragraphs[next].begin + tail;
    }
    // The first paragraph may open with a wire dateline: its date is the publication date when
    // the header gave none, and the story starts after it.
    std::string_view lead_date;
    if (a.paragraphs.empty() && !para.caption) {
      if (size_t lead = lead_dateline_length(p, lead_date)) {
        // A region ("Ore.") or a date without a year is no publication date, but still no story.
        if (!a.published && parse_dateline && !lead_date.empty()) {
          // Only the date: "Nov 3, 2022", also "Ore., Nov 3, 2022".
          for (std::string_view d = lead_date; !d.empty();) {
            if (auto dt = parse_dateline(d)) {
              a.published = dt;
              break;
            }
            size_t comma = d.find(", ");
            d = comma == std::string_view::npos ? std::string_view{} : d.substr(comma + 2);
          }
        }
        prose.begin += lead;
        if (prose.begin >= prose.end) continue;  // the dateline was the whole paragraph
      }
    }
    a.paragraphs.push_back(para);
    for (TextRange s : split_sentences(t, prose)) a.sentences.push_back({s, a.paragraphs.size() - 1});
  }
  return a;
}

}  // namespace chronoline
