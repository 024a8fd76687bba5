// The place of a story's lead dateline, and the hemisphere it lies in.
#include "article/place.h"

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

}  // namespace chronoline
