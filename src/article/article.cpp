// Article reading: publication date, title, body paragraphs and sentences of a news article.
#include "article/article.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <date/date.h>

#include "article/article_words.h"
#include "article/markdown.h"
#include "article/place.h"
#include "article/sentences.h"
#include "util/ascii.h"
#include "util/suggest.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// `s` without the punctuation, digits and spaces at its end ("comments (3)" -> "comments").
std::string without_trailing_counts(std::string s) {
  while (!s.empty() && (std::ispunct(static_cast<unsigned char>(s.back())) ||
                        std::isdigit(static_cast<unsigned char>(s.back())) || s.back() == ' '))
    s.pop_back();
  return s;
}

// A footer marker alone ("Comments (3)"), or a multi-word marker starting a short paragraph.
bool is_footer(std::string_view paragraph) {
  std::string p = without_trailing_counts(lower_ascii(paragraph));
  // A heading of related links: "Related bills: ...", "Related coverage".
  if (p.starts_with("related ")) {
    size_t end = p.find_first_of(" :\n", 8);
    if (end == std::string::npos || p[end] != ' ') return true;
  }
  // A phrase may start the paragraph's short first line ("You are receiving this because you
  // signed up at ...\nUnsubscribe | Update your preferences\n..."), when that line is finished:
  // it ends with a sentence's mark and no lower-case word goes on with it, as in prose wrapped at
  // a fixed width ("More from the hearing came on Tuesday, when the\nmayor told ...").
  size_t nl = p.find('\n');
  std::string_view head = std::string_view(p).substr(0, nl);
  bool finished = nl == std::string::npos ||
                  (nl > 0 && std::string_view(".!?:").find(p[nl - 1]) != std::string_view::npos &&
                   !(nl + 1 < paragraph.size() &&
                     std::islower(static_cast<unsigned char>(paragraph[nl + 1]))));
  for (std::string_view marker : article_word_list("footer-markers")) {
    if (p == marker) return true;
    bool phrase = marker.find(' ') != std::string_view::npos;
    if (phrase && head.starts_with(marker) && head.size() < marker.size() + 80 &&
        (finished || p.size() < marker.size() + 80))
      return true;
  }
  // A copyright notice ("Copyright 2022 The Courier. All rights reserved.", "\u00A9 2022 Acme").
  if (paragraph.size() < 200 &&
      (p.starts_with("\u00A9") || p.starts_with("(c) ") ||
       (p.starts_with("copyright ") && p.size() > 10 &&
        (std::isdigit(static_cast<unsigned char>(p[10])) || p.substr(10).starts_with("\u00A9")))))
    return true;
  // A press release's end mark ("###", "-30-", "- ENDS -").
  std::string mark;
  for (char c : lower_ascii(paragraph))
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

// A line of web-page furniture: a marker from furniture-markers.txt ("Advertisement", "Share
// this article", "Read more: How the pass closed"), a reading time ("5 min read") or a relative
// stamp ("Updated 3 hours ago").
bool is_furniture_line(std::string_view line) {
  if (line.empty() || line.size() >= 200) return false;
  std::string l = lower_ascii(line);
  for (std::string_view marker : article_word_list("furniture-markers"))
    if (marker.ends_with(':') && l.starts_with(marker) && l.size() > marker.size() + 1 &&
        l[marker.size()] == ' ')
      return true;
  // An editor's note with its date between its label and the colon (note-labels.txt):
  // "Correction, 24 November: an earlier version ...", "Clarification (Nov. 24): ...": a short
  // stretch with a digit.
  for (std::string_view word : article_word_list("note-labels")) {
    if (!l.starts_with(word) || l.size() <= word.size() + 2) continue;
    std::string_view rest = std::string_view(l).substr(word.size());
    bool bracket = rest.starts_with(" (");
    if (!bracket && !rest.starts_with(", ")) continue;
    size_t colon = rest.find(bracket ? "): " : ": ");
    if (colon == std::string_view::npos || colon > 25) continue;
    std::string_view date = rest.substr(2, colon - 2);
    if (std::any_of(date.begin(), date.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
        date.find_first_of("!?;") == std::string_view::npos)
      return true;
  }
  std::string bare = without_trailing_counts(l);
  for (std::string_view marker : article_word_list("furniture-markers"))
    if (!marker.ends_with(':') && bare == marker) return true;
  // "5 min read", "12-minute read", "3 mins".
  size_t digits = 0;
  while (digits < l.size() && std::isdigit(static_cast<unsigned char>(l[digits]))) ++digits;
  if (digits > 0 && digits < 4) {
    std::string_view rest = std::string_view(l).substr(digits);
    if (rest.starts_with(" ") || rest.starts_with("-")) rest.remove_prefix(1);
    for (std::string_view unit : {"minutes", "minute", "mins", "min"})
      if (rest.starts_with(unit)) {
        rest.remove_prefix(unit.size());
        if (rest.empty() || rest == " read") return true;
        break;
      }
  }
  // "Updated 3 hours ago", "Published 2 days ago", "40 minutes ago": a short line that counts back.
  if (l.size() < 50 && l.ends_with(" ago") && std::count(l.begin(), l.end(), ' ') <= 4 &&
      l.find_first_of(".!?") == std::string::npos)
    return true;
  return false;
}

// A paragraph whose every line is furniture.
bool is_furniture(std::string_view paragraph) {
  for (size_t from = 0; from <= paragraph.size();) {
    size_t nl = std::min(paragraph.find('\n', from), paragraph.size());
    if (!is_furniture_line(paragraph.substr(from, nl - from))) return false;
    from = nl + 1;
  }
  return true;
}

// A page's breadcrumb trail ("Home > World > Europe", "News › Local"): short names between
// arrows, nothing that ends a sentence.
bool is_breadcrumbs(std::string_view line) {
  if (line.size() >= 120 || line.find('\n') != std::string_view::npos) return false;
  size_t items = 1;
  for (std::string_view arrow : {" > ", " \u203A ", " \u00BB "})
    for (size_t at = line.find(arrow); at != std::string_view::npos; at = line.find(arrow, at + 1)) ++items;
  if (items < 2) return false;
  return line.find_first_of(".!?\"") == std::string_view::npos;
}

// A note in brackets on a line of its own, not a sentence: a wire editor's note ("(Adds analyst
// comment in paragraph 6)"), the desk's sign-off ("(Reporting by Ana Ruiz; Editing by Li Wei)") or
// a photo credit ("(Photo: Jane Roe/Agency)").
bool is_bracketed_note(std::string_view line) {
  if (line.size() < 3 || line.size() >= 200 || line.front() != '(' || line.back() != ')') return false;
  std::string_view inside = line.substr(1, line.size() - 2);
  if (inside.find_first_of("()\n") != std::string_view::npos) return false;
  char last = inside.empty() ? ' ' : inside.back();
  return inside.size() > 1 && is_upper_ascii(inside[0]) && last != '.' && last != '!' && last != '?';
}

// An obituary's heading: one to five capitalised words and a life in brackets, two years
// joined by a dash ("John Smith (1932-2026)", "Eleanor Voss (March 3, 1932 – Nov. 24,
// 2026)"), nothing after it but a full stop.
bool is_life_heading(std::string_view line) {
  size_t open = line.find(" (");
  if (line.size() > 120 || open == std::string_view::npos || open == 0) return false;
  std::string_view rest = line.substr(open + 2);
  size_t close = rest.find(')');
  if (close == std::string_view::npos || rest.substr(close + 1).find_first_not_of(".") != std::string_view::npos)
    return false;
  int words = 0;
  for (size_t b = 0; b < open;) {
    size_t e = line.find(' ', b);
    if (e == std::string_view::npos || e > open) e = open;
    if (e > b && !is_upper_ascii(line[b])) return false;
    words += e > b ? 1 : 0;
    b = e + 1;
  }
  // Two runs of four digits with a dash between them and nothing but dates around.
  std::string_view inside = rest.substr(0, close);
  size_t years = 0, dash = std::string_view::npos;
  for (size_t i = 0; i < inside.size();) {
    size_t n = 0;
    while (i + n < inside.size() && std::isdigit(static_cast<unsigned char>(inside[i + n]))) ++n;
    if (n == 4) ++years;
    if (n > 0) { i += n; continue; }
    if (inside[i] == '-' || inside.substr(i).starts_with("\u2013") || inside.substr(i).starts_with("\u2014")) {
      if (years == 1 && dash == std::string_view::npos) dash = i;
    }
    ++i;
  }
  return words >= 1 && words <= 5 && years == 2 && dash != std::string_view::npos;
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
  std::string l = lower_ascii(line);
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
  std::string first = lower_ascii(paragraph.substr(0, paragraph.find('\n')));
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
  if (edit_distance(lower_ascii(paragraph.substr(0, colon)), "source") > 2) return std::nullopt;
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
// "CEDAR FALLS, Ore. (AP) \u2014 ", "BRUSSELS, February 10 (Xinhua) -- ", "MOSCOW (AP)_ "). Returns the length up
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
  // "JERUSALEM (AP)_ Top officials ...": that dash right after the agency's bracket, unspaced.
  if (size_t at = head.find(")_ ", place); at != std::string_view::npos && at + 1 < place + 60 && at + 1 < dash)
    dash = at + 1, after = at + 3;
  if (dash == std::string_view::npos) return 0;
  std::string_view middle = p.substr(place, dash - place);  // ", Nov 3, 2022 (Reuters)" or ""
  if (size_t open = middle.rfind(" ("); open != std::string_view::npos && middle.ends_with(")"))
    middle = middle.substr(0, open);
  else if (size_t slash = middle.rfind(" /"); slash != std::string_view::npos && middle.ends_with("/"))
    middle = middle.substr(0, slash);  // a newswire between slashes ("BOSTON, Oct. 27, 2026 /PRNewswire/ --")
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

// A lead dateline in title case with the agency in brackets and no dash, as PTI and IANS write it
// ("New Delhi, Nov 27 (PTI) The Union Cabinet ..."): capitalised place words, a comma, a date with
// a month name and a number, the agency in capitals. Returns the length up to the story's first
// word (0 if none) and the date in `date`.
size_t agency_lead_length(std::string_view p, std::string_view& date) {
  size_t comma = p.find(", ");
  if (comma == std::string_view::npos || comma == 0 || comma > 30) return 0;
  for (size_t i = 0; i < comma;) {  // "New Delhi", "Thiruvananthapuram"
    if (!upper_length(p, i)) return 0;
    i = std::min(p.find(' ', i), comma);
    if (i < comma) ++i;
  }
  size_t open = p.find(" (", comma);
  // The date lies between the comma and the agency: none in "Mumbai, (PTI) The 3 firms ...".
  if (open == std::string_view::npos || open < comma + 2 || open > comma + 30) return 0;
  size_t close = p.find(')', open);
  if (close == std::string_view::npos || close - open - 2 < 2 || close - open - 2 > 12) return 0;
  for (size_t i = open + 2; i < close; ++i)
    if (!is_upper(p[i]) && p[i] != '/' && p[i] != '-') return 0;
  std::string_view middle = p.substr(comma + 2, open - comma - 2);
  bool number = std::any_of(middle.begin(), middle.end(), [](char c) { return is_digit(c); });
  bool word = std::any_of(middle.begin(), middle.end(), [](char c) { return is_upper(c) || is_lower(c); });
  if (!number || !word) return 0;
  size_t after = close + 1;
  while (after < p.size() && p[after] == ' ') ++after;
  for (std::string_view d : {"--", "-", "\u2014", "\u2013"})
    if (p.substr(after).starts_with(d)) {
      after += d.size();
      while (after < p.size() && p[after] == ' ') ++after;
      break;
    }
  if (after == close + 1 && after < p.size()) return 0;  // "(PTI)The"
  bool starts = after < p.size() && (is_upper(p[after]) || is_digit(p[after]) || p[after] == '"' ||
                                     p.substr(after).starts_with("\u201C"));
  if (!starts) return 0;
  date = middle;
  return after;
}

// A press release's lead dateline in title case: a place of capitalised words, maybe a region or
// country after commas, a date the dateline parser reads, maybe a newswire between slashes, then
// a dash ("Munich, Germany, 2026-11-26 \u2014 ", "Austin, Texas, Nov. 26, 2026 /PRNewswire/ -- ").
// Returns the length up to the story's first word (0 if none) and the date in `date`. The date
// must parse: "Paris, Texas, and Lyon - the two cities" is prose.
size_t press_lead_length(std::string_view p, const DatelineParser& parse_dateline, std::string_view& date) {
  if (!parse_dateline || p.empty() || !upper_length(p, 0)) return 0;
  size_t dash = std::string_view::npos, after = 0;
  std::string_view head = p.substr(0, 90);
  for (std::string_view d : {" -- ", " - ", " \u2014 ", " \u2013 ", "\u2014"}) {
    size_t at = head.find(d);
    if (at != std::string_view::npos && at < dash) dash = at, after = at + d.size();
  }
  if (dash == std::string_view::npos) return 0;
  std::string_view middle = p.substr(0, dash);
  if (middle.ends_with("/")) {  // "/PRNewswire/"
    size_t open = middle.rfind(" /");
    if (open == std::string_view::npos) return 0;
    middle = middle.substr(0, open);
  }
  size_t comma = middle.find(", ");
  if (comma == std::string_view::npos) return 0;
  // The place: capitalised words ("Munich", "New York", "Frankfurt am Main" has one small word).
  for (size_t i = 0, small = 0; i < comma;) {
    if (!upper_length(p, i) && ++small > 1) return 0;
    i = std::min(p.find(' ', i), comma);
    if (i < comma) ++i;
  }
  // The date: the longest tail after a comma that parses.
  std::string_view d = middle.substr(comma + 2);
  for (;;) {
    if (parse_dateline(d)) break;
    size_t c = d.find(", ");
    if (c == std::string_view::npos) return 0;
    if (!upper_length(d, 0)) return 0;  // a region or country before the date is capitalised
    d = d.substr(c + 2);
  }
  while (after < p.size() && p[after] == ' ') ++after;
  bool starts = after < p.size() && (is_upper(p[after]) || is_digit(p[after]) || p[after] == '"' ||
                                     p.substr(after).starts_with("\u201C"));
  if (!starts) return 0;
  date = d;
  return after;
}

// A lead dateline that is only a date before a dash, as some sites print it over the headline or
// the story ("2026-03-18 \u2014 Orbitra delays its launch", "March 3, 2023 -- The bridge opened"):
// the text before the dash, within a short run, must parse as a dateline. Returns the length up to
// the story's first word (0 if none) and the date in `date`.
size_t date_lead_length(std::string_view p, const DatelineParser& parse_dateline, std::string_view& date) {
  if (!parse_dateline || p.empty()) return 0;
  std::string_view head = p.substr(0, 40);
  size_t dash = std::string_view::npos, after = 0;
  for (std::string_view d : {" -- ", " - ", " \u2014 ", " \u2013 ", "\u2014"}) {
    size_t at = head.find(d);
    if (at != std::string_view::npos && at > 0 && at < dash) dash = at, after = at + d.size();
  }
  // Nothing in brackets: "Eleanor Voss (March 3, 1932 - Nov. 24, 2026)" is a life, not a dateline.
  if (dash == std::string_view::npos || p.substr(0, dash).find('(') != std::string_view::npos ||
      !parse_dateline(p.substr(0, dash)))
    return 0;
  while (after < p.size() && p[after] == ' ') ++after;
  bool starts = after < p.size() && (is_upper(p[after]) || is_digit(p[after]) || p[after] == '"' ||
                                     p.substr(after).starts_with("\u201C"));
  if (!starts) return 0;
  date = p.substr(0, dash);
  return after;
}

// The length of a lead dateline of any of the forms above at the start of `p` (0 if none), its
// date text in `date`. A date alone before a dash is one only when `date_alone` (no publication
// date known yet): under a dated header, "1 January 2027 \u2014 New fares take effect." is the
// story's first event, not its dateline.
size_t any_lead_length(std::string_view p, const DatelineParser& parse_dateline, std::string_view& date,
                       bool date_alone = true) {
  size_t lead = lead_dateline_length(p, date);
  if (!lead) lead = agency_lead_length(p, date);
  if (!lead) lead = press_lead_length(p, parse_dateline, date);
  if (!lead && date_alone) lead = date_lead_length(p, parse_dateline, date);
  return lead;
}

// The publication date a lead dateline's date text gives: the date alone ("Nov 3, 2022"), also
// after a region ("Ore., Nov 3, 2022").
std::optional<DateTime> date_of_lead(std::string_view lead_date, const DatelineParser& parse_dateline) {
  if (!parse_dateline) return std::nullopt;
  for (std::string_view d = lead_date; !d.empty();) {
    if (auto dt = parse_dateline(d)) return dt;
    size_t comma = d.find(", ");
    d = comma == std::string_view::npos ? std::string_view{} : d.substr(comma + 2);
  }
  return std::nullopt;
}

// What a first line that opens with a lead dateline is: the story's lead, a sentence ("MIAMI,
// April 9, 2026 \u2014 Forecasters expect a busy season.", "DETROIT (AP) \u2014 Harlow is recalling
// 212,000 trucks, the company said Tuesday."), or a headline under its dateline ("MELBOURNE, 24
// November 2026 \u2014 Festival reveals line-up"), with no sentence's end. A short sentence after a
// dateline with no date or agency may be a title in capitals ("WATCH \u2014 How it burned.").
enum class LeadLine { kNone, kStory, kHeadline };

LeadLine lead_line(std::string_view line, const DatelineParser& parse_dateline) {
  std::string_view date;
  size_t lead = any_lead_length(line, parse_dateline, date);
  if (!lead || lead >= line.size()) return LeadLine::kNone;
  std::string_view rest = line.substr(lead);
  bool dated = date_of_lead(date, parse_dateline).has_value();
  bool agency = line.substr(0, lead).find(" (") != std::string_view::npos ||
                line.substr(0, lead).find(" /") != std::string_view::npos;
  bool sentence = std::string_view(".!?\"").find(rest.back()) != std::string_view::npos ||
                  rest.ends_with("\u201D");
  if (sentence) return dated || agency || rest.size() >= 80 ? LeadLine::kStory : LeadLine::kNone;
  return dated ? LeadLine::kHeadline : LeadLine::kNone;
}

// The place of the lead dateline `lead` ("MUMBAI, Nov 27 (Reuters) - "), and what it decides: the
// hemisphere of the story's seasons and the months of its financial year.
void take_dateline_place(Article& a, std::string_view lead) {
  a.dateline_place = dateline_place(lead);
  a.hemisphere = hemisphere_of_place(a.dateline_place);
  a.fiscal_year = fiscal_year_of_place(a.dateline_place);
}

// The place of a header dateline line, "Adelaide, 27 November 2026" or "Hobart, 24 November
// 2026" over or under the title: it decides the story's seasons and financial year as a lead
// dateline's does, but only when it names a southern place or one with a financial year of its
// own ("Tuesday, 24 November 2026" names none, and leaves all as it was).
void take_header_place(Article& a, std::string_view line) {
  std::string place = dateline_place(line);
  if (place.empty() || place.size() > 40) return;
  Hemisphere hemisphere = hemisphere_of_place(place);
  FiscalYear fiscal_year = fiscal_year_of_place(place);
  if (hemisphere == Hemisphere::kNorth && fiscal_year.start_month == 0) return;
  a.dateline_place = std::move(place);
  a.hemisphere = hemisphere;
  a.fiscal_year = fiscal_year;
}

// A headline without the tags a wire or a page puts before it ("UPDATE 2-Chipmaker cuts jobs",
// "Opinion | I coached youth football"), from title-tags.txt.
std::string_view without_title_tags(std::string_view title) {
  for (bool again = true; again;) {
    again = false;
    std::string l = lower_ascii(title.substr(0, 40));
    for (std::string_view tag : article_word_list("title-tags")) {
      if (!l.starts_with(tag)) continue;
      size_t at = tag.size();
      while (at < l.size() && (l[at] == ' ' || is_digit(l[at]))) ++at;
      // A wire tag in capitals before a hyphen and a capital; a section before a bar.
      bool wire = at < l.size() && l[at] == '-' && at + 1 < title.size() && upper_length(title, at + 1) &&
                  std::none_of(title.begin(), title.begin() + static_cast<long>(at), [](char c) { return is_lower(c); });
      bool section = l.substr(tag.size()).starts_with(" | ");
      if (!wire && !section) continue;
      title.remove_prefix(wire ? at + 1 : tag.size() + 3);
      again = !title.empty();
      break;
    }
  }
  return title;
}

// Whether `before` (the text up to a date) ends with a verb of reporting, maybe then "on": "the
// insurer said on", "officials announced" (lead-reporting-verbs.txt).
bool ends_with_reporting_verb(std::string_view before) {
  auto drop_spaces = [&] {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  };
  auto last_word = [&] {
    size_t i = before.size();
    while (i > 0 && std::isalpha(static_cast<unsigned char>(before[i - 1]))) --i;
    return before.substr(i);
  };
  drop_spaces();
  if (last_word() == "on") {
    before.remove_suffix(2);
    drop_spaces();
  }
  std::string word(last_word());
  if (word.empty()) return false;
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto& verbs = article_word_list("lead-reporting-verbs");
  return std::find(verbs.begin(), verbs.end(), word) != verbs.end();
}

// A full date told with its weekday right after a verb of reporting ("the insurer said on Thursday,
// Dec. 3, 2026, in a filing"): the weekday's name, then the longest stretch after it, up to 40 bytes
// and ending before a comma, semicolon, space or full stop, that reads as a dateline with a year on
// the weekday named. The first such date in the text counts. A weekday that disagrees with the date,
// a date without a year, or one after any other word ("the flood of Monday, July 12, 2021", "will
// open on Friday, June 4, 2027": what happened, not when it was told) gives none.
std::optional<DateTime> weekday_date_in(std::string_view s, const DatelineParser& parse_dateline) {
  static constexpr std::array<std::string_view, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                            "Thursday", "Friday", "Saturday"};
  if (!parse_dateline) return std::nullopt;
  std::optional<DateTime> first;
  size_t first_at = std::string_view::npos;
  for (unsigned wd = 0; wd < kDays.size(); ++wd) {
    for (size_t at = s.find(kDays[wd]); at != std::string_view::npos && at < first_at;
         at = s.find(kDays[wd], at + 1)) {
      if (at > 0 && std::isalnum(static_cast<unsigned char>(s[at - 1]))) continue;
      if (!ends_with_reporting_verb(s.substr(0, at))) continue;
      std::optional<DateTime> best;
      for (size_t end = at + kDays[wd].size(); end <= s.size() && end <= at + 40; ++end) {
        if (end < s.size() && std::string_view(",; .").find(s[end]) == std::string_view::npos) continue;
        std::string_view span = s.substr(at, end - at);
        bool has_year = false;
        for (size_t i = 0; i + 4 <= span.size(); ++i)
          if (std::all_of(span.begin() + static_cast<std::ptrdiff_t>(i),
                          span.begin() + static_cast<std::ptrdiff_t>(i) + 4,
                          [](char c) { return c >= '0' && c <= '9'; }))
            has_year = true;
        if (!has_year) continue;
        if (auto dt = parse_dateline(span);
            dt && date::weekday{dt->day}.c_encoding() == wd)
          best = dt;
      }
      if (best) {
        first = best;
        first_at = at;
        break;
      }
    }
  }
  return first;
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

// Bytes of the space character other than U+0020 at bytes[i] that the reader writes as a plain
// space (U+00A0, U+2007, U+2009, U+202F), else 0.
size_t wide_space_length(std::string_view bytes, size_t i) {
  auto c = static_cast<unsigned char>(bytes[i]);
  if (c == 0xC2) return bytes.substr(i, 2) == "\u00A0" ? 2 : 0;
  if (c != 0xE2) return 0;
  for (std::string_view space : {"\u2007", "\u2009", "\u202F"})
    if (bytes.substr(i, 3) == space) return 3;
  return 0;
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
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
    // A no-break, narrow no-break, thin or figure space (pasted from a web page or a word
    // processor: "Dec.\u00A08", "7\u202Fp.m.") is a space: one code point for one, so offsets in
    // code points still fit the file.
    if (size_t n = wide_space_length(bytes, i)) {
      text += ' ';
      i += n - 1;
      continue;
    }
    text += bytes[i] == '\r' ? '\n' : bytes[i];
  }
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

// The date of a dateline line, also when a byline ends it ("Posted on 2026-11-25 by Mira Tanaka",
// "Published 3 March 2024 by Ana Ruiz"), as blogs write it.
std::optional<DateTime> dateline_of(std::string_view line, const DatelineParser& parse_dateline) {
  if (!parse_dateline) return std::nullopt;
  if (auto dt = parse_dateline(line)) return dt;
  for (std::string_view by : {" by ", " By ", " BY "}) {
    size_t at = line.rfind(by);
    if (at == std::string_view::npos || at == 0) continue;
    if (is_byline(line.substr(at + 1))) return parse_dateline(line.substr(0, at));
  }
  return std::nullopt;
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
    if (is_furniture_line(line)) {  // "5 min read", "Updated 3 hours ago"
      if (nl == std::string_view::npos) return {!unsigned_name, std::nullopt};
      from = nl + 1;
      continue;
    }
    if (++count > 3 || line.size() >= 100) return {false, std::nullopt};
    if (auto dt = dateline_of(line, parse_dateline)) {
      // The dateline ends the block, but for furniture ("Published 27 November 2026, 08:15
      // GMT\nUpdated 3 hours ago").
      for (size_t at = nl; at != std::string_view::npos;) {
        size_t end = block.find('\n', at + 1);
        std::string_view rest = block.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
        if (!is_furniture_line(rest)) return {false, std::nullopt};
        at = end;
      }
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

// A story's closing note told in sentences, as wires print it under the text ("This story was
// first published on Nov. 27, 2026. It was updated on Nov. 28, 2026, to correct the age of ..."):
// the first sentence opens with a note's subject (note-openers.txt), each later one with that or
// "It was", and each is a labelled dateline once its subject goes. Returns the first sentence's
// date; none unless every sentence reads so.
template <typename Labelled>
std::optional<DateTime> note_dateline(std::string_view line, const Labelled& labelled) {
  auto openers = article_word_list("note-openers");
  std::optional<DateTime> first;
  for (size_t b = 0; b < line.size();) {
    size_t end = b;
    // The sentence ends at a full stop before a capital: "2026. It was" (not "Nov. 28").
    while (end < line.size() && !(line[end] == '.' && (end + 1 == line.size() ||
                                                         (end + 2 < line.size() && line[end + 1] == ' ' &&
                                                          is_upper_ascii(line[end + 2])))))
      ++end;
    std::string_view sentence = line.substr(b, std::min(end + 1, line.size()) - b);
    std::string l = lower_ascii(sentence);
    size_t subject = 0;
    for (std::string_view o : openers)
      if (starts_with_words(l, o)) subject = o.size() + 1;
    if (!subject && first && starts_with_words(l, "it was")) subject = 7;
    if (!subject || subject >= sentence.size()) return std::nullopt;
    auto dt = labelled(sentence.substr(subject));
    if (!dt) return std::nullopt;
    if (!first) first = dt;
    b = end + 2;
  }
  return first;
}

// Datelines closing the story on lines of their own, each after a label (dateline-labels.txt:
// "Published 26/11/2026, 14:05", "Posted on March 3, 2024 by Ana Ruiz", "Published ...\nUpdated
// ...", as one paragraph or more), as some sites print them under the text: no prose, and the
// first one's date is the publication date when the header gave none. A bare date there may be
// the story's ("It opened today.\n\nMarch 3, 2023") and stays.
std::optional<DateTime> labelled_datelines(std::string_view paragraph,
                                           const DatelineParser& parse_dateline) {
  constexpr size_t kMaxLines = 3;
  std::optional<DateTime> first;
  size_t lines = 0;
  auto labels = article_word_list("dateline-labels");
  auto labelled = [&](std::string_view line) -> std::optional<DateTime> {
    if (line.size() >= 100) return std::nullopt;
    std::string l = lower_ascii(line);
    if (std::none_of(labels.begin(), labels.end(), [&](std::string_view w) { return starts_with_words(l, w); }))
      return std::nullopt;
    auto dt = dateline_of(line, parse_dateline);
    // A wire's update line may say what changed after the date: "UPDATED Nov. 27, 2026 to add
    // union vote figures", "Updated March 4, 2023 with comment from the mayor", "updated on Nov.
    // 28, 2026, to correct ...".
    for (std::string_view why : {" to ", " with "}) {
      size_t at = line.find(why);
      if (dt || at == std::string_view::npos) continue;
      std::string_view head = line.substr(0, at);
      while (!head.empty() && head.back() == ',') head.remove_suffix(1);
      dt = dateline_of(head, parse_dateline);
    }
    return dt;
  };
  for (size_t b = 0; b < paragraph.size();) {
    size_t nl = std::min(paragraph.find('\n', b), paragraph.size());
    std::string_view line = paragraph.substr(b, nl - b);
    if (++lines > kMaxLines) return std::nullopt;
    auto dt = labelled(line);
    if (!dt) dt = note_dateline(line, labelled);
    if (!dt) return std::nullopt;
    if (!first) first = dt;
    b = nl + 1;
  }
  return first;
}

}  // namespace

Result<Article> read_article(std::string_view bytes, std::string_view name,
                             const DatelineParser& parse_dateline) {
  auto text = decode(bytes, name);
  if (!text) return text.error();
  Article a;
  a.text = std::move(*text);
  blank_markdown(a.text);
  std::string_view t = a.text;
  std::vector<TextRange> paragraphs = split_paragraphs(t);
  size_t next = 0;
  // A pasted web page may open with its breadcrumb trail and furniture ("Home > World > Europe").
  while (next < paragraphs.size() &&
         (is_breadcrumbs(a.slice(paragraphs[next])) || is_furniture(a.slice(paragraphs[next]))))
    ++next;
  // A press release may open with a line that names it as one ("FOR IMMEDIATE RELEASE").
  if (next < paragraphs.size() && is_release_header(a.slice(paragraphs[next]))) ++next;
  // A dateline is one short first line that reads as a date.
  if (next < paragraphs.size() && paragraphs[next].size() < 100 && parse_dateline) {
    std::string_view first = t.substr(paragraphs[next].begin, paragraphs[next].size());
    if (first.find('\n') == std::string_view::npos) {
      if (auto dt = dateline_of(first, parse_dateline)) {
        a.published = dt;
        take_header_place(a, first);
        ++next;
      }
    }
  }
  // Or the first line of a block written without blank lines: "January 25, 2022\nTitle\n\nStory"
  // or "January 25, 2022\nTitle\nStory". The dateline and a title line under it become
  // paragraphs of their own; a second line whose next one goes on in lower case is wrapped prose,
  // no title.
  if (!a.published && next < paragraphs.size() && parse_dateline) {
    std::string_view block = a.slice(paragraphs[next]);
    size_t nl = block.find('\n');
    if (nl != std::string_view::npos && nl < 100) {
      if (auto dt = dateline_of(block.substr(0, nl), parse_dateline)) {
        a.published = dt;
        TextRange rest{paragraphs[next].begin + nl + 1, paragraphs[next].end};
        std::string_view r = a.slice(rest);
        size_t nl2 = r.find('\n');
        bool titled = nl2 != std::string_view::npos && nl2 < 300 && nl2 + 1 < r.size() &&
                      !std::islower(static_cast<unsigned char>(r[nl2 + 1]));
        paragraphs[next] = rest;
        if (titled) {
          paragraphs[next].end = rest.begin + nl2;
          paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(next) + 1,
                            TextRange{rest.begin + nl2 + 1, rest.end});
        }
      }
    }
  }
  // The title: one line, repeated right after it by some scrapers.
  // A lone line with nothing after it is the story, not a title ("January 25, 2022\n\nThe council
  // voted on Tuesday to close the pool.").
  std::optional<TextRange> life_title;
  // A first line that opens with a lead dateline is the story's lead, or a headline under its
  // dateline, whose date is the publication date when the story gives none: a dated headline may
  // tell an anniversary ("June 4, 1989 - Remembering the square" over "HONG KONG, June 4, 2026
  // (Reuters) - ...").
  std::optional<DateTime> headline_date;
  // A first line that ends as a sentence does and tells a date with its weekday is the story's lead
  // ("Hackers stole ... of Harbor Mutual, the insurer said on Thursday, Dec. 3, 2026, in a filing
  // that ..."), no headline: headlines end without a full stop.
  auto is_dated_lead = [&](std::string_view line) {
    return line.size() > 1 && line.back() == '.' && weekday_date_in(line, parse_dateline).has_value();
  };
  LeadLine lead_first = LeadLine::kNone;
  if (next + 1 < paragraphs.size() && a.slice(paragraphs[next]).find('\n') == std::string_view::npos)
    lead_first = lead_line(a.slice(paragraphs[next]), parse_dateline);
  if (lead_first == LeadLine::kHeadline) {
    std::string_view line = a.slice(paragraphs[next]), date;
    size_t lead = any_lead_length(line, parse_dateline, date);
    headline_date = date_of_lead(date, parse_dateline);
    take_dateline_place(a, line.substr(0, lead));
    a.title = std::string(line.substr(lead));
    ++next;
  } else if (lead_first == LeadLine::kStory) {
    // No title: the body's loop reads the dateline off the lead.
  } else if (next + 1 < paragraphs.size() && a.slice(paragraphs[next]).find('\n') == std::string_view::npos &&
             paragraphs[next].size() < 300 && !(!a.published && is_dated_lead(a.slice(paragraphs[next])))) {
    a.title = std::string(without_title_tags(a.slice(paragraphs[next])));
    // An obituary headed by its name and life ("John Smith (1932-2026)") tells the life there
    // too: the heading is also the story's first paragraph.
    if (is_life_heading(a.title)) life_title = paragraphs[next];
    ++next;
    if (next < paragraphs.size() && without_title_tags(a.slice(paragraphs[next])) == a.title) ++next;
    // Or the dateline comes after the title, maybe after a standfirst (one line without a full
    // stop that sums the story up) and a byline ("Title / Standfirst / By Ana Ruiz / Jan. 25,
    // 2022"), the byline and dateline as paragraphs of their own or lines of one. Bylines are
    // header matter even when no dateline follows them, a standfirst only when one of them does.
    if (parse_dateline) {
      size_t header_end = next;
      bool sentence_standfirst = false;
      for (size_t k = next; k < paragraphs.size() && k < next + 3; ++k) {
        // An obituary's "Eleanor Voss (March 3, 1932 - Nov. 24, 2026)" under its title is the
        // life told, not a dateline.
        if (is_life_heading(a.slice(paragraphs[k]))) continue;
        Header h = read_header(a.slice(paragraphs[k]), parse_dateline);
        if (h.published) {
          // A standfirst that ends as a sentence does ("Councillors have backed the plan.") is one
          // only when the story follows the dateline; else it was the story ("It opened.\n\nMarch
          // 3", "It opened.\n\nPublished March 3\n\nUpdated March 4").
          auto story_follows = [&] {
            for (size_t j = k + 1; j < paragraphs.size(); ++j)
              if (!labelled_datelines(a.slice(paragraphs[j]), parse_dateline)) return true;
            return false;
          };
          if (sentence_standfirst && !story_follows()) break;
          if (!a.published) {
            a.published = h.published;
            std::string_view block = a.slice(paragraphs[k]);
            for (size_t b = 0; b < block.size();) {
              size_t nl = std::min(block.find('\n', b), block.size());
              if (dateline_of(block.substr(b, nl - b), parse_dateline)) take_header_place(a, block.substr(b, nl - b));
              b = nl + 1;
            }
          }
          header_end = k + 1;
          break;
        }
        std::string_view line = a.slice(paragraphs[k]);
        // "OTTAWA, Nov. 16, 2026 \u2014 Home sales fell ..." over an "Updated ..." line: a
        // paragraph that opens with a lead dateline is the story's lead, no standfirst.
        if (lead_line(line, parse_dateline) == LeadLine::kStory) break;
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
    // Under the dateline, bylines and furniture are header matter too ("By Ana Ruiz and Li Wei\n5
    // min read", "Share this article").
    while (next < paragraphs.size()) {
      std::string_view p = a.slice(paragraphs[next]);
      if (!is_furniture(p) && !(is_byline(p.substr(0, p.find('\n'))) &&
                                read_header(p, parse_dateline).bylines))
        break;
      ++next;
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
      } else if (size_t nl2 = block.find('\n', nl + 1); nl2 != std::string_view::npos) {
        // "Title\nJanuary 25, 2022\nThe story ...": the story goes on in the same block.
        if (auto dt = dateline_of(block.substr(nl + 1, nl2 - nl - 1), parse_dateline)) {
          a.published = dt;
          a.title = std::string(block.substr(0, nl));
          paragraphs[next].begin += nl2 + 1;
        }
      }
    }
  }
  if (life_title) paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(next), *life_title);
  for (; next < paragraphs.size(); ++next) {
    std::string_view p = a.slice(paragraphs[next]);
    if (is_furniture(p) || is_bracketed_note(p)) continue;
    // Labelled datelines after the lead, closing the story ("Published 26/11/2026, 14:05") or
    // under the lead ("Updated Nov. 16, 2026 at 3:40 p.m. ET"): the page's stamps, no story; the
    // first one dates it when the header did not (labelled_datelines).
    if (!a.paragraphs.empty() && parse_dateline)
      if (auto dt = labelled_datelines(p, parse_dateline)) {
        if (!a.published) a.published = dt;
        continue;
      }
    // A footer marker above the story is the page's furniture ("Share this:" under the title).
    if (is_footer(p)) {
      if (a.paragraphs.empty()) continue;
      break;
    }
    if (auto site = source_line(p)) {
      a.source = *site;
      continue;
    }
    if (is_contact_block(p)) continue;
    // "John Smith (1932-2026)\nJohn Smith served as mayor ...": an obituary's heading on the line
    // above the story is a paragraph of its own, not the start of the story's first sentence.
    // Every such line that opens the paragraph ("John Smith (1970-1990)\nMary Jones
    // (1990-2002)\n...") is split off here at once, so a list of thousands of lines is not
    // re-read (is_footer() lower-cases the whole rest) once per line.
    if (size_t nl = p.find('\n'); nl != std::string_view::npos && nl + 1 < p.size() && is_life_heading(p.substr(0, nl))) {
      std::vector<TextRange> lines;
      size_t start = nl + 1;  // of the rest, in p
      for (size_t e = p.find('\n', start); e != std::string_view::npos && e + 1 < p.size() &&
                                           is_life_heading(p.substr(start, e - start));
           e = p.find('\n', start)) {
        lines.push_back({paragraphs[next].begin + start, paragraphs[next].begin + e});
        start = e + 1;
      }
      lines.push_back({paragraphs[next].begin + start, paragraphs[next].end});
      paragraphs[next].end = paragraphs[next].begin + nl;
      paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(next) + 1, lines.begin(), lines.end());
      p = p.substr(0, nl);
    }
    Paragraph para{paragraphs[next], false};
    TextRange prose = paragraphs[next];  // its sentences start after a photo credit
    // A credit in brackets on the line above its caption ("(Photo: Jane Roe/Agency)\nEngineers
    // inspect the portal.").
    if (size_t nl = p.find('\n'); nl != std::string_view::npos && is_bracketed_note(p.substr(0, nl))) {
      para.caption = true;
      a.credits.push_back({prose.begin, prose.begin + nl});
      prose.begin += nl + 1;
      p = p.substr(nl + 1);
    }
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
      size_t lead = any_lead_length(p, parse_dateline, lead_date, !a.published && !headline_date);
      if (lead) {
        // A headline's dateline gave the place already; the story's own may add none.
        if (a.dateline_place.empty() || !dateline_place(p.substr(0, lead)).empty()) {
          take_dateline_place(a, p.substr(0, lead));
        }
        // A region ("Ore.") or a date without a year is no publication date, but still no story.
        if (!a.published && parse_dateline && !lead_date.empty()) {
          a.published = date_of_lead(lead_date, parse_dateline);
          // A day without a year ("Nov 27") is worth naming in the error that follows.
          if (!a.published && lead_date.find_first_of("0123456789") != std::string_view::npos)
            a.lead_date = lead_date;
        }
        prose.begin += lead;
        if (prose.begin >= prose.end) continue;  // the dateline was the whole paragraph
      }
    }
    a.paragraphs.push_back(para);
    for (TextRange s : split_sentences(t, prose)) a.sentences.push_back({s, a.paragraphs.size() - 1});
  }
  if (!a.published && headline_date) {
    a.published = headline_date;
    a.lead_date.clear();
  }
  if (!a.published && a.lead_date.empty() && !a.sentences.empty())
    a.lead_sentence_date = weekday_date_in(a.slice(a.sentences.front().range), parse_dateline);
  return a;
}

// See publication_without_dateline: the date of a lead dateline whose date has no year.
static std::optional<DateTime> date_of_yearless_lead(const Article& article, date::sys_days today,
                                                     const DatelineParser& parse_dateline, std::string_view name,
                                                     const std::function<void(const std::string&)>& warn) {
  if (article.lead_date.empty() || !parse_dateline) return std::nullopt;
  int this_year = static_cast<int>(date::year_month_day{today}.year());
  for (int year = this_year + 1; year >= this_year - 8; --year) {  // 8: back to a 29 February
    for (const char* glue : {", ", " "}) {
      auto dt = date_of_lead(article.lead_date + glue + std::to_string(year), parse_dateline);
      if (!dt) continue;
      if (dt->day > today + date::days{1}) break;  // read, but still to come that year: the year before
      if (warn)
        warn(std::string(name) + ": the dateline's date \"" + article.lead_date + "\" has no year; took " +
             date::format("%F", dt->day) + ", its last day up to today; pass --pub-date YYYY-MM-DD to choose");
      return dt;
    }
  }
  return std::nullopt;
}

std::optional<DateTime> publication_without_dateline(const Article& article, std::optional<date::sys_days> today,
                                                     bool news, const DatelineParser& parse_dateline,
                                                     std::string_view name,
                                                     const std::function<void(const std::string&)>& warn) {
  if (today)
    if (auto dt = date_of_yearless_lead(article, *today, parse_dateline, name, warn)) return dt;
  return news ? article.lead_sentence_date : std::nullopt;
}

std::string no_publication_date(const Article& article, std::string_view name) {
  if (!article.lead_date.empty())
    return std::string(name) + ": the dateline's date \"" + article.lead_date +
           "\" has no year; pass --pub-date YYYY-MM-DD";
  return std::string(name) + ": no publication date found; pass --pub-date YYYY-MM-DD";
}

}  // namespace chronoline
