// The place of a story's lead dateline, and the hemisphere it lies in.
#include "article/place.h"

#include <optional>
#include <vector>

#include "article/article_words.h"
#include "util/word_list.h"

namespace chronoline {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// `s` in lower case, ASCII and the Latin-1 capitals of UTF-8 ("S\u00C3O PAULO" -> "s\u00E3o paulo").
std::string lower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

const WordSet& southern_cities() {
  static const WordSet kCities(article_word_list("southern-cities"));
  return kCities;
}

const WordSet& southern_regions() {
  static const WordSet kRegions(article_word_list("southern-regions"));
  return kRegions;
}

const WordSet& day_names() {
  static const WordSet kDays(article_word_list("dateline-day-names"));
  return kDays;
}

// A part of the dateline that is its date: it holds a digit ("Nov 25") or is a day's or month's
// name alone ("Monday", "Tues.").
bool is_date_part(std::string_view part) {
  if (part.find_first_of("0123456789") != std::string_view::npos) return true;
  if (part.ends_with('.')) part.remove_suffix(1);
  return day_names().contains(lower(part));
}

// An entry of fiscal-years.txt: "PLACE<TAB>MONTH<TAB>start|end".
struct FiscalEntry {
  std::string_view place;
  FiscalYear year;
};

std::optional<FiscalEntry> parse_fiscal_entry(std::string_view line) {
  size_t a = line.find('\t');
  size_t b = a == std::string_view::npos ? a : line.find('\t', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  std::string_view month = line.substr(a + 1, b - a - 1), named = line.substr(b + 1);
  unsigned m = 0;
  for (char ch : month) {
    if (ch < '0' || ch > '9' || m > 12) return std::nullopt;
    m = m * 10 + static_cast<unsigned>(ch - '0');
  }
  if (m < 1 || m > 12 || (named != "start" && named != "end")) return std::nullopt;
  return FiscalEntry{line.substr(0, a), FiscalYear{m, named == "start"}};
}

const std::vector<FiscalEntry>& fiscal_entries() {
  static const std::vector<FiscalEntry> kEntries = [] {
    std::vector<FiscalEntry> out;
    for (const std::string& line : article_word_list("fiscal-years"))
      if (auto e = parse_fiscal_entry(line)) out.push_back(*e);
    return out;
  }();
  return kEntries;
}

}  // namespace

std::string dateline_place(std::string_view lead) {
  // The place ends where the agency, a newswire or the dash begins.
  size_t end = lead.size();
  for (std::string_view stop : {" (", " /", " --", " - ", " \u2014", "\u2014", " \u2013", " _ "})
    end = std::min(end, lead.find(stop));
  std::string_view head = trimmed(lead.substr(0, end));
  std::string place;
  while (!head.empty()) {
    size_t comma = head.find(',');
    std::string_view part = trimmed(head.substr(0, comma));
    head = comma == std::string_view::npos ? std::string_view{} : head.substr(comma + 1);
    if (part.empty() || is_date_part(part)) continue;
    place += (place.empty() ? "" : ", ") + std::string(part);
  }
  return place;
}

Hemisphere hemisphere_of_place(std::string_view place) {
  size_t comma = place.rfind(", ");
  bool south = comma == std::string_view::npos
                   ? southern_cities().contains(lower(trimmed(place)))
                   : southern_regions().contains(lower(trimmed(place.substr(comma + 2))));
  return south ? Hemisphere::kSouth : Hemisphere::kNorth;
}

FiscalYear fiscal_year_of_place(std::string_view place) {
  size_t comma = place.rfind(", ");
  std::string key = lower(trimmed(comma == std::string_view::npos ? place : place.substr(comma + 2)));
  if (key.empty()) return {};
  for (const FiscalEntry& e : fiscal_entries())
    if (e.place == key) return e.year;
  return {};
}

Status check_fiscal_years() {
  for (const std::string& line : article_word_list("fiscal-years"))
    if (!parse_fiscal_entry(line))
      return Error::input("src/article/lang/en/fiscal-years.txt: \"" + line +
                          "\": write PLACE<TAB>MONTH (1-12)<TAB>start or end");
  return {};
}

}  // namespace chronoline
