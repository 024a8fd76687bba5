// Tests that outputs drop into reports: SVG (xmllint, title/desc, librsvg vs Chromium), PNG (HiDPI
// scale, pHYs resolution, transparency) and PDF (pdfinfo metadata and size, vector fonts).
#include <cairo.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <regex>

#include "cli_runner.h"
#include "render/png_metadata.h"
#include "render/svg_accessibility.h"
#include "test_support.h"
#include "timeline/json.h"

namespace chronoline {
namespace {

using testing::run_cli;
using testing::scratch_dir;
using testing::shell_quote;
using testing::slurp;

const std::string kTimeline = "examples/lisbon-metro.json";

// Output of a shell command (stdout and stderr) and its exit status.
std::pair<int, std::string> sh(const std::string& command) {
  auto dir = scratch_dir("sh");
  std::string out = (dir / "out").string();
  int raw = std::system((command + " > " + shell_quote(out) + " 2>&1").c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out)};
}

// Fails with a clear message when a tool from scripts/debian-test-packages.txt is missing.
void require_tool(const std::string& tool, const std::string& package) {
  bool found = sh("command -v " + tool).first == 0;
  std::string why = tool + " is missing: install the Debian package " + package +
                    " (scripts/test.sh installs scripts/debian-test-packages.txt)";
  REQUIRE_MESSAGE(found, why);
}

std::string render(const std::vector<std::string>& extra, const std::string& name) {
  auto dir = scratch_dir("report-" + name);
  std::string out = (dir / name).string();
  std::vector<std::string> args = {"render", kTimeline, "-o", out};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_cli(args);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  return out;
}

uint32_t be32(const std::string& b, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

// The chunks of a PNG as (type, data).
std::vector<std::pair<std::string, std::string>> png_chunks(const std::string& png) {
  std::vector<std::pair<std::string, std::string>> chunks;
  for (size_t at = 8; at + 12 <= png.size();) {
    uint32_t size = be32(png, at);
    std::string type = png.substr(at + 4, 4), data = png.substr(at + 8, size);
    std::string why = "bad CRC in chunk " + type;
    CHECK_MESSAGE(be32(png, at + 8 + size) == png_crc32(type + data), why);
    chunks.emplace_back(type, data);
    at += 12 + size;
  }
  return chunks;
}

// A decoded PNG as Cairo ARGB32 (premultiplied) pixels.
struct Image {
  int width = 0, height = 0;
  std::vector<uint32_t> pixels;
  uint8_t alpha(int x, int y) const { return pixels[static_cast<size_t>(y * width + x)] >> 24; }
};

Image decode_png(const std::string& path) {
  cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
  Image img;
  if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
    cairo_surface_flush(s);
    img.width = cairo_image_surface_get_width(s);
    img.height = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x)
        img.pixels.push_back(reinterpret_cast<const uint32_t*>(data + y * stride)[x]);
  }
  cairo_surface_destroy(s);
  return img;
}

// Mean absolute difference per channel (0..255) of two same-sized images.
double mean_difference(const Image& a, const Image& b) {
  double sum = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i)
    for (int shift = 0; shift < 32; shift += 8)
      sum += std::abs(static_cast<int>((a.pixels[i] >> shift) & 0xff) - static_cast<int>((b.pixels[i] >> shift) & 0xff));
  return sum / (4.0 * static_cast<double>(a.pixels.size()));
}

TEST_CASE("crc32 is the PNG one") {
  CHECK(png_crc32("123456789") == 0xcbf43926u);
  CHECK(png_crc32("IEND") == 0xae426082u);
}

TEST_CASE("SVG is well-formed XML with px size, viewBox, and an escaped title and desc") {
  require_tool("xmllint", "libxml2-utils");
  std::string svg = render({}, "t.svg");
  CHECK(sh("xmllint --noout " + shell_quote(svg)).first == 0);
  std::string text = slurp(svg);
  CHECK(text.find("width=\"1600px\" height=\"900px\" viewBox=\"0 0 1600 900\"") != std::string::npos);
  auto xpath = [&](const std::string& path, const std::string& file) {
    std::string value = sh("xmllint --xpath " + shell_quote("string(" + path + ")") + " " + shell_quote(file)).second;
    if (value.ends_with("\n")) value.pop_back();
    return value;
  };
  CHECK(xpath("/*[local-name()='svg']/*[local-name()='title']", svg) ==
        "Lisbon Opens First Stretch of Circular Metro Line After Years of Delay");
  std::string desc = xpath("/*[local-name()='svg']/*[local-name()='desc']", svg);
  CHECK(desc.starts_with("12 events from 1990s to "));
  CHECK(desc.find(". 1990s: Network last doubled in size ahead of the Expo. 2017: ") != std::string::npos);
  CHECK(desc.find("12 Mar 2024: Lisbon's metro operator opened the first stretch") != std::string::npos);
  CHECK(xpath("/*[local-name()='svg']/@aria-labelledby", svg) == "chronoline-title chronoline-desc");

  // Characters XML reserves survive the round trip.
  auto dir = scratch_dir("svg-escape");
  std::string timeline = (dir / "t.json").string(), out = (dir / "t.svg").string();
  std::ofstream(timeline) << R"({"title": "Q&A: <b>\"Rates\" & 'risk'</b>", "events": [)"
                          << R"({"value": "2024-01-02", "label": "A < B & C > \"D\""}]})";
  REQUIRE(run_cli({"render", timeline, "-o", out}).status == 0);
  CHECK(sh("xmllint --noout " + shell_quote(out)).first == 0);
  CHECK(xpath("/*[local-name()='svg']/*[local-name()='title']", out) == "Q&A: <b>\"Rates\" & 'risk'</b>");
  CHECK(xpath("/*[local-name()='svg']/*[local-name()='desc']", out) == "1 event, 2 Jan 2024. 2 Jan 2024: A < B & C > \"D\".");
}

TEST_CASE("regression: vertical figures have a whole-pixel height, so SVG and PDF sizes are whole") {
  std::string svg = slurp(render({"--style", "report"}, "t.svg"));
  std::smatch m;
  REQUIRE(std::regex_search(svg, m, std::regex(R"re(width="(\d+)px" height="(\d+)px" viewBox="0 0 (\d+) (\d+)")re")));
  CHECK(m[1] == "576");
  CHECK(m[2] == m[4]);
}

TEST_CASE("add_svg_title_desc leaves out what is empty and documents without <svg> alone") {
  CHECK(add_svg_title_desc("<svg a=\"1\">\n<g/></svg>", "", "") == "<svg a=\"1\" role=\"img\">\n<g/></svg>");
  CHECK(add_svg_title_desc("<svg>\n</svg>", "T", "") ==
        "<svg role=\"img\" aria-labelledby=\"chronoline-title\">\n<title id=\"chronoline-title\">T</title>\n\n</svg>");
  CHECK(add_svg_title_desc("not svg", "T", "D") == "not svg");
  CHECK(xml_escape("a\x01<\"'>&\tb") == "a&lt;&quot;&apos;&gt;&amp;\tb");
}

TEST_CASE("SVG rasterises with librsvg at its size") {
  require_tool("rsvg-convert", "librsvg2-bin");
  std::string svg = render({"--style", "print"}, "t.svg");
  std::string png = svg + ".png";
  REQUIRE(sh("rsvg-convert -o " + shell_quote(png) + " " + shell_quote(svg)).first == 0);
  Image img = decode_png(png);
  CHECK(img.width == 1600);
  CHECK(img.height == 800);  // print is 1600 x 800
}

// Cairo writes glyph outlines: a reader could not select, search or copy a word of the figure.
TEST_CASE("SVG keeps its text as text over the outlines, painting nothing") {
  std::string path = render({}, "t.svg");
  std::string svg = slurp(path);
  size_t layer = svg.find("<g class=\"chronoline-text\" fill=\"#000000\" fill-opacity=\"0\"");
  REQUIRE(layer != std::string::npos);
  CHECK(svg.find("</g>\n</svg>", layer) != std::string::npos);  // the root's last child: on top
  std::string words;
  std::regex text_re(
      R"re(<text x="[-0-9.]+" y="[-0-9.]+" font-size="[0-9.]+"[^>]*>([^<]*)</text>)re");
  for (std::sregex_iterator it(svg.begin() + static_cast<long>(layer), svg.end(), text_re), end;
       it != end; ++it)
    words += (*it)[1].str() + " ";
  auto t = timeline_from_json(slurp((testing::source_dir() / kTimeline).string()), kTimeline);
  REQUIRE(t);
  CHECK(words.find(xml_escape(t->title)) != std::string::npos);
  CHECK(words.find("Published 14 Mar 2024") != std::string::npos);
  CHECK(words.find("Oct 2023 ") != std::string::npos);  // a tick
  for (const Event& e : t->events)
    CHECK_MESSAGE(words.find(xml_escape(e.label)) != std::string::npos, e.label);
  // Invisible: librsvg draws the same pixels with the layer and without it.
  require_tool("rsvg-convert", "librsvg2-bin");
  std::string bare = path + ".bare.svg";
  size_t close = svg.find("</g>\n", layer) + 5;
  std::ofstream(bare) << svg.substr(0, layer) + svg.substr(close);
  REQUIRE(sh("rsvg-convert -b white -o " + shell_quote(path + ".png") + " " + shell_quote(path))
              .first == 0);
  REQUIRE(sh("rsvg-convert -b white -o " + shell_quote(bare + ".png") + " " + shell_quote(bare))
              .first == 0);
  CHECK(mean_difference(decode_png(path + ".png"), decode_png(bare + ".png")) == 0);
}

// The lines of the SVG's text layer, in document order.
std::vector<std::string> text_layer_lines(const std::string& svg) {
  size_t layer = svg.find("<g class=\"chronoline-text\"");
  REQUIRE(layer != std::string::npos);
  std::vector<std::string> lines;
  std::regex text_re(R"re(<text [^>]*>([^<]*)</text>)re");
  for (std::sregex_iterator it(svg.begin() + static_cast<long>(layer), svg.end(), text_re), end;
       it != end; ++it)
    lines.push_back((*it)[1].str());
  return lines;
}

// Selecting the figure's text and copying it gave the lines in painting order: the ticks, then
// the labels in the order they were placed (busiest first), the publication label last.
TEST_CASE("SVG text layer copies in reading order: header, labels by date, then ticks") {
  // Twelve days in spring 2024 with labels that wrap; labels are placed above and below the axis
  // in priority order, not date order.
  std::string json = R"({"title": "Reading order", "published": "2024-06-30", "events": [)";
  const char* days[] = {"2024-03-01", "2024-03-04", "2024-03-09", "2024-03-15",
                        "2024-03-22", "2024-04-02", "2024-04-11", "2024-04-19",
                        "2024-05-03", "2024-05-14", "2024-05-27", "2024-06-12"};
  for (int i = 0; i < 12; ++i)
    json += std::string(i ? "," : "") + R"({"value": ")" + days[i] + R"(", "label": "Event )" +
            std::to_string(i + 1) + R"( and its aftermath"})";
  json += "]}";
  auto dir = scratch_dir("reading-order");
  std::string in = (dir / "t.json").string(), out = (dir / "t.svg").string();
  std::ofstream(in) << json;
  for (std::string style : {"default", "print", "compact"}) {
    CAPTURE(style);
    auto r = run_cli({"render", in, "-o", out, "--style", style});
    REQUIRE_MESSAGE(r.status == 0, r.err);
    std::vector<std::string> lines = text_layer_lines(slurp(out));
    REQUIRE(!lines.empty());
    CHECK(lines.front() == "Reading order");
    // Where each event's label starts, by date; a label drawn in a cluster ("+2 events, 15-22
    // Mar", compact) is not there, and the cluster's line takes its place between its neighbours.
    auto find = [&](const std::string& head) {
      auto it = std::find_if(lines.begin(), lines.end(),
                             [&](const std::string& l) { return l.rfind(head, 0) == 0; });
      return it == lines.end() ? std::optional<size_t>() : static_cast<size_t>(it - lines.begin());
    };
    std::vector<size_t> at;
    for (int i = 1; i <= 12; ++i)
      if (auto k = find("Event " + std::to_string(i) + " ")) at.push_back(*k);
    REQUIRE(at.size() >= 8);
    CHECK(std::is_sorted(at.begin(), at.end()));
    if (auto cluster = find("+")) {
      REQUIRE(find("Event 3 "));
      REQUIRE(find("Event 6 "));
      CHECK(*find("Event 3 ") < *cluster);
      CHECK(*cluster < *find("Event 6 "));
    }
    // The publication label (30 Jun, after every event) after the last label; then the ticks
    // ("26 Feb", "11 Mar": a day and month, where a label's date line has its year).
    size_t last_label = at.back(), first_tick = lines.size(), published = 0;
    std::regex tick_re(R"re(\d{1,2} [A-Z][a-z]{2})re");
    for (size_t k = 0; k < lines.size(); ++k) {
      if (std::regex_match(lines[k], tick_re)) first_tick = std::min(first_tick, k);
      if (k > 0 && lines[k] == "Published 30 Jun 2024") published = k;  // not the subtitle
    }
    CHECK(last_label < published);
    CHECK(published < first_tick);
    CHECK(first_tick < lines.size());
  }
}

TEST_CASE("SVG looks the same in librsvg and in Chromium") {
  require_tool("rsvg-convert", "librsvg2-bin");
  require_tool("chromium", "chromium");
  std::string svg = render({"--style", "compact"}, "t.svg");
  auto dir = std::filesystem::path(svg).parent_path();
  std::string rsvg_png = (dir / "rsvg.png").string(), chrome_png = (dir / "chromium.png").string();
  std::string html = (dir / "page.html").string();
  std::ofstream(html) << "<!doctype html><html><body style=\"margin:0;background:#fff\">"
                         "<img src=\"t.svg\" width=\"960\" height=\"540\" style=\"display:block\"></body></html>";
  REQUIRE(sh("rsvg-convert -b white -o " + shell_quote(rsvg_png) + " " + shell_quote(svg)).first == 0);
  auto chromium = sh("chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run "
                          "--disable-background-networking --disable-component-update --disable-sync "
                          "--hide-scrollbars --force-device-scale-factor=1 --user-data-dir=" +
                          shell_quote((dir / "profile").string()) + " --screenshot=" + shell_quote(chrome_png) +
                          " --window-size=960,540 " + shell_quote("file://" + html));
  REQUIRE_MESSAGE(chromium.first == 0, chromium.second);
  Image a = decode_png(rsvg_png), b = decode_png(chrome_png);
  REQUIRE(a.width == 960);
  REQUIRE(a.height == 540);
  REQUIRE(b.width == a.width);
  REQUIRE(b.height == a.height);
  double diff = mean_difference(a, b);
  MESSAGE("mean absolute difference librsvg vs Chromium: " << diff);
  CHECK(diff < 2.0);
}

TEST_CASE("PNG --scale 2 doubles the pixels and records 96 x scale DPI in pHYs") {
  for (int scale : {1, 2}) {
    CAPTURE(scale);
    std::string png = slurp(render({"--scale", std::to_string(scale)}, "t.png"));
    CHECK(be32(png, 16) == 1600u * scale);
    CHECK(be32(png, 20) == 900u * scale);
    auto chunks = png_chunks(png);
    REQUIRE(chunks.size() >= 4);
    CHECK(chunks[0].first == "IHDR");
    CHECK(chunks[1].first == "pHYs");
    auto per_metre = static_cast<uint32_t>(std::lround(96.0 * scale / 0.0254));
    CHECK(be32(chunks[1].second, 0) == per_metre);
    CHECK(be32(chunks[1].second, 4) == per_metre);
    CHECK(chunks[1].second[8] == 1);
    CHECK(chunks.back().first == "IEND");
  }
}

TEST_CASE("add_png_dpi replaces an existing pHYs and leaves other bytes alone") {
  std::string once = slurp(render({}, "t.png"));
  std::string twice = add_png_dpi(once, 300);
  CHECK(twice.size() == once.size());
  CHECK(be32(png_chunks(twice)[1].second, 0) == 11811u);
  CHECK(add_png_dpi("GIF89a", 96) == "GIF89a");
}

TEST_CASE("--transparent leaves the PNG background clear") {
  Image opaque = decode_png(render({}, "opaque.png"));
  Image clear = decode_png(render({"--transparent", "--style", "dark"}, "clear.png"));
  REQUIRE(clear.width == 1600);
  CHECK(opaque.alpha(2, 2) == 255);
  CHECK(clear.alpha(2, 2) == 0);
  CHECK(clear.alpha(1598, 898) == 0);
}

TEST_CASE("PDF is vector, page-sized, with the title as metadata") {
  require_tool("pdfinfo", "poppler-utils");
  std::string pdf = render({"--style", "report"}, "t.pdf");
  auto [status, info] = sh("pdfinfo " + shell_quote(pdf));
  REQUIRE(status == 0);
  CHECK(info.find("Title:           Lisbon Opens First Stretch of Circular Metro Line After Years of Delay\n") !=
        std::string::npos);
  CHECK(info.find("Page size:       576 x ") != std::string::npos);
  CHECK(info.find("Pages:           1\n") != std::string::npos);
  auto [fonts_status, fonts] = sh("pdffonts " + shell_quote(pdf));
  REQUIRE(fonts_status == 0);
  CHECK(fonts.find("DejaVuSans") != std::string::npos);
  CHECK(fonts.find(" no  ") == std::string::npos);  // every font embedded
  auto [images_status, images] = sh("pdfimages -list " + shell_quote(pdf));
  REQUIRE(images_status == 0);
  CHECK(std::count(images.begin(), images.end(), '\n') == 2);  // the header only: no raster images
}

// Writes a timeline of 1,200 events in 2021 to DIR/tall.json and returns its path.
std::string tall_timeline(const std::filesystem::path& dir) {
  std::string json = R"({"title": "Tall", "published": "2022-01-25", "events": [)";
  for (int i = 0; i < 1200; ++i)
    json += std::string(i ? "," : "") + R"({"label": "Event number )" + std::to_string(i) +
            R"(", "value": "2021-)" + (i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-" +
            (i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + R"("})";
  json += "]}";
  std::string in = (dir / "tall.json").string();
  std::ofstream(in) << json;
  return in;
}

// The page count pdfinfo gives for `pdf` and each page's size ("595.276 x 841.89"), first 1,000.
struct PdfPages {
  int count = 0;
  std::vector<std::string> sizes;
};
PdfPages pdf_pages(const std::string& pdf) {
  auto [status, info] = sh("pdfinfo -f 1 -l 1000 " + shell_quote(pdf));
  REQUIRE(status == 0);
  PdfPages out;
  std::smatch pages;
  REQUIRE(std::regex_search(info, pages, std::regex("Pages: +([0-9]+)")));
  out.count = std::stoi(pages[1]);
  std::regex size("Page +[0-9]+ size: +([0-9.]+ x [0-9.]+) pts");
  for (auto it = std::sregex_iterator(info.begin(), info.end(), size); it != std::sregex_iterator(); ++it)
    out.sizes.push_back((*it)[1]);
  return out;
}

TEST_CASE("a vertical PDF taller than 14,400 pt becomes pages of the style's height") {
  require_tool("pdfinfo", "poppler-utils");
  auto dir = scratch_dir("tall-pdf");
  std::string in = tall_timeline(dir), pdf = (dir / "tall.pdf").string();
  auto r = run_cli({"render", in, "-o", pdf, "--style", "vertical", "--set", "canvas.height=1200"});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  PdfPages pages = pdf_pages(pdf);
  CHECK(pages.count > 10);
  for (const std::string& s : pages.sizes) CHECK(std::stod(s.substr(s.find(" x ") + 3)) == 1200);
  CHECK(static_cast<int>(pages.sizes.size()) == pages.count);
  auto [text_status, text] = sh("pdftotext -f 2 -l 2 " + shell_quote(pdf) + " -");
  REQUIRE(text_status == 0);
  CHECK(text.find("continued, page 2 of") != std::string::npos);
}


TEST_CASE("pdf.page a4 and letter: every page that paper, a list cut between rows, a wide figure on its side") {
  require_tool("pdfinfo", "poppler-utils");
  auto page_sizes = [](const std::string& pdf) { return pdf_pages(pdf).sizes; };
  // The report list (576 px wide, a list even if wider than tall) on A4: one portrait page.
  auto a4 = page_sizes(render({"--style", "report", "--set", "pdf.page=a4"}, "a4.pdf"));
  CHECK(a4 == std::vector<std::string>{"595.276 x 841.89"});
  // The horizontal figure (1600 x 900) on Letter: one landscape page.
  auto letter = page_sizes(render({"--set", "pdf.page=letter"}, "letter.pdf"));
  CHECK(letter == std::vector<std::string>{"792 x 612"});
  // A custom page as given.
  auto custom = page_sizes(render({"--style", "vertical", "--set", "pdf.page=custom", "--set",
                                   "pdf.page_width=400", "--set", "pdf.page_height=200"},
                                  "custom.pdf"));
  REQUIRE(custom.size() >= 2);
  for (const std::string& s : custom) CHECK(s == "400 x 200");
  // An unknown paper is an input error that names the key.
  auto bad = run_cli({"render", kTimeline, "-o", (scratch_dir("bad-page") / "x.pdf").string(),
                      "--set", "pdf.page=a5"});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("pdf.page") != std::string::npos);
}

TEST_CASE("a vertical list of 1,200 events on A4 runs over many A4 pages with a running head") {
  require_tool("pdfinfo", "poppler-utils");
  auto dir = scratch_dir("a4-pdf");
  std::string in = tall_timeline(dir), pdf = (dir / "tall.pdf").string();
  auto r = run_cli({"render", in, "-o", pdf, "--style", "report", "--set", "pdf.page=a4"});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  PdfPages pages = pdf_pages(pdf);
  CHECK(pages.count > 10);
  CHECK(std::count(pages.sizes.begin(), pages.sizes.end(), "595.276 x 841.89") == pages.count);
  auto [text_status, text] = sh("pdftotext -f 2 -l 2 " + shell_quote(pdf) + " -");
  REQUIRE(text_status == 0);
  CHECK(text.find("continued, page 2 of") != std::string::npos);
}

}  // namespace
}  // namespace chronoline
