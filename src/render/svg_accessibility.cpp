// SVG accessibility: the <title> and <desc> screen readers announce, which Cairo does not write.
#include "render/svg_accessibility.h"

#include <algorithm>
#include <numeric>
#include <vector>

#include "layout/date_text.h"

namespace chronoline {

std::string timeline_description(const Timeline& timeline) {
  const auto& events = timeline.events;
  if (events.empty()) return {};
  EraMarks era(reaches_before_year_one(timeline));
  std::vector<size_t> order(events.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return events[a].span.start < events[b].span.start;
  });
  std::string out = std::to_string(events.size()) + (events.size() == 1 ? " event" : " events");
  std::string from = event_date_text(events[order.front()]), to = event_date_text(events[order.back()]);
  out += from == to ? ", " + from + "." : " from " + from + " to " + to + ".";
  for (size_t i : order) {
    std::string label = events[i].label;
    while (!label.empty() && (label.back() == '.' || label.back() == ' ')) label.pop_back();
    out += " " + event_date_text(events[i]) + ": " + label + ".";
  }
  if (timeline.published) out += " Published " + day_text(timeline.published->day) + ".";
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::string add_svg_title_desc(std::string_view svg, std::string_view title, std::string_view desc) {
  size_t open = svg.find("<svg");
  size_t close = open == std::string_view::npos ? open : svg.find('>', open);
  if (close == std::string_view::npos) return std::string(svg);
  bool self_closing = close > 0 && svg[close - 1] == '/';
  if (self_closing) return std::string(svg);
  std::string ids;
  if (!title.empty()) ids += "chronoline-title";
  if (!desc.empty()) ids += std::string(ids.empty() ? "" : " ") + "chronoline-desc";
  std::string out(svg.substr(0, close));
  out += " role=\"img\"";
  if (!ids.empty()) out += " aria-labelledby=\"" + ids + "\"";
  out += ">\n";
  if (!title.empty()) out += "<title id=\"chronoline-title\">" + xml_escape(title) + "</title>\n";
  if (!desc.empty()) out += "<desc id=\"chronoline-desc\">" + xml_escape(desc) + "</desc>";
  size_t rest = close + 1;
  if (title.empty() && desc.empty() && rest < svg.size() && svg[rest] == '\n') ++rest;
  out += svg.substr(rest);
  return out;
}

}  // namespace chronoline
