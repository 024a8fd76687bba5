// The chronoline subcommands: extract, render, tag and normalize.
#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "article/article.h"
#include "events/events.h"
#include "layout/figure.h"
#include "layout/layout.h"
#include "layout/scene.h"
#include "render/pango_text.h"
#include "render/render.h"
#include "render/svg_accessibility.h"
#include "style/style.h"
#include "style/style_file.h"
#include "temporal/jsonl.h"
#include "temporal/tagger.h"
#include "timeline/json.h"
#include "util/file_io.h"
#include "util/suggest.h"

namespace chronoline::cli {
namespace {

// Largest timeline JSON read, in bytes.
constexpr size_t kMaxJsonBytes = 64u << 20;

Result<const Tagger*> english_tagger() {
  // Never destroyed: freeing the grammar and lexicon at exit cost 1.9M instructions (callgrind,
  // tag --jsonl on tbaq: 1.7% of the run) for memory the process hands back anyway. Reachable
  // through this reference, so no leak checker reports it.
  static Result<Tagger>& tagger = *new Result<Tagger>(Tagger::load("en"));
  if (!tagger) return tagger.error();
  return &*tagger;
}

// The forms a date option accepts, for messages.
constexpr const char* kDateForms = "write YYYY-MM-DD or YYYY-MM-DDTHH:MM (2022-01-25, 2022/01/25, 2022-01-25T14:30)";

// A date option's text in the form parse_datetime reads: "2022/01/25" and "2022/1/5" (ISO order
// with slashes) become "2022-01-25" and "2022-01-05"; anything else is returned as it is.
std::string iso_date_text(const std::string& text) {
  int y = 0, m = 0, d = 0, used = 0;
  if (text.size() < 8 || text[4] != '/' ||
      std::sscanf(text.c_str(), "%4d/%2d/%2d%n", &y, &m, &d, &used) != 3 || used < 8)
    return text;
  for (size_t i = 0; i < static_cast<size_t>(used); ++i)
    if (text[i] != '/' && (text[i] < '0' || text[i] > '9')) return text;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf + text.substr(static_cast<size_t>(used));
}

// A date option (--pub-date, --anchor): YYYY-MM-DD[THH:MM], or with slashes in ISO order.
std::optional<DateTime> parse_date_option(const std::string& text) { return parse_datetime(iso_date_text(text)); }

// The message for a date option that parse_date_option refused: a day the month does not have is
// named as such, a date written day or month first is asked for year first, anything else gets
// the forms.
Error bad_date(const std::string& option, const std::string& given) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  char end = 0;
  std::string where = option + " " + given + ": ";
  std::string text = iso_date_text(given);
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-' &&
      std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &end) >= 3 && (end == 0 || end == 'T')) {
    if (m < 1 || m > 12) return Error::input(where + "there is no month " + std::to_string(m) + "; write YYYY-MM-DD");
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int days = m == 2 ? (leap ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    if (d < 1 || d > days)
      return Error::input(where + kMonths[m - 1] + " " + std::to_string(y) + " has " + std::to_string(days) +
                          " days; give a day that exists");
  }
  int a = 0, b = 0, used = 0;
  char sep = 0, sep2 = 0;  // one separator throughout: 01/25-2022 is no date written month first
  if (std::sscanf(given.c_str(), "%2d%c%2d%c%4d%n", &a, &sep, &b, &sep2, &y, &used) == 5 && (sep == '/' || sep == '.') &&
      sep2 == sep && static_cast<size_t>(used) == given.size() && given.size() >= 8) {
    // 25/01/2022 can only be day first, 01/25/2022 only month first; 03/04/2022 is either.
    if (a > 12 && b <= 12) std::swap(a, b);
    if (a <= 12 && b <= 12 && a != b)
      return Error::input(where + "day and month first can be read two ways; write the year first: YYYY-MM-DD");
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, a, b);
    if (parse_datetime(iso)) return Error::input(where + "write the year first: " + iso);
  }
  return Error::input(where + "not a valid date; " + kDateForms);
}

// A check that an option's value is one of `values`, suggesting the nearest for a typo
// ("--doc-type narative": did you mean narrative?).
CLI::Validator one_of(std::vector<std::string> values) {
  std::string list;
  for (size_t i = 0; i < values.size(); ++i)
    list += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + values[i];
  std::string name = "{";
  for (const std::string& v : values) name += (name.size() > 1 ? "," : "") + v;
  return CLI::Validator(
      [values, list](std::string& text) -> std::string {
        if (std::find(values.begin(), values.end(), text) != values.end()) return "";
        std::string lower = text;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string guess = nearest(lower, values);
        if (!guess.empty() && edit_distance(lower, guess) > 1 + lower.size() / 5) guess.clear();  // jpg is not svg
        return "expected " + list + ", got '" + text + "'" + (guess.empty() ? "" : "; did you mean " + guess + "?");
      },
      name + "}");
}

// Options shared by the commands that read an article.
struct ArticleOptions {
  std::string pub_date;
  std::string doc_type = "news";
  std::string hemisphere;  // empty: from the dateline's place
  CLI::Option* pub_date_option = nullptr;

  void declare(CLI::App& app) {
    pub_date_option = app.add_option("--pub-date", pub_date,
                                     "Publication date YYYY-MM-DD[THH:MM] (or 2022/01/25); overrides the dateline");
    app.add_option("--doc-type", doc_type, "news: relative dates resolve against the publication date; "
                                           "narrative: against the last date mentioned")
        ->check(one_of({"news", "narrative"}));
    app.add_option("--hemisphere", hemisphere, "north or south: the months of this story's seasons (\"this summer\" "
                                               "in November is December-February in the south); default: from "
                                               "the dateline's place, else north")
        ->check(one_of({"north", "south"}));
  }

  Result<ExtractOptions> resolve() const {
    ExtractOptions out;
    if (!pub_date.empty() || (pub_date_option && pub_date_option->count() > 0)) {
      out.published = parse_date_option(pub_date);
      if (!out.published) return bad_date("--pub-date", pub_date);
    }
    out.tag.doc_type = doc_type == "narrative" ? DocType::kNarrative : DocType::kNews;
    if (!hemisphere.empty()) out.hemisphere = parse_hemisphere(hemisphere);
    out.today = std::chrono::floor<date::days>(std::chrono::system_clock::now());
    out.warn = [](const std::string& message) { std::cerr << "chronoline: warning: " << message << "\n"; };
    return out;
  }
};

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

bool same_file(const std::string& a, const std::string& b) {
  if (a == "-" || b == "-") return false;
  std::error_code ec;
  return a == b || std::filesystem::equivalent(a, b, ec);
}

// Checks the outputs before any work: each can be written, none is the input, none repeats.
Status check_outputs(const std::string& input, const std::vector<std::pair<std::string, std::string>>& outputs) {
  for (size_t i = 0; i < outputs.size(); ++i) {
    const auto& [option, path] = outputs[i];
    if (path.empty()) continue;
    if (Status st = check_output_path(path); !st) return st;
    if (same_file(input, path))
      return Error::input(path + ": is the input file; give " + option + " another name so the input is kept");
    for (size_t j = 0; j < i; ++j)
      if (path == outputs[j].second || same_file(path, outputs[j].second))
        return Error::input(option + " " + path + ": " + outputs[j].first + " already writes there; give it " +
                            (path == "-" ? "a file name" : "another name"));
  }
  return {};
}

// Reads an input file (or stdin) as read_input does, naming the usual slips first: a URL, a
// pattern the shell did not expand, a terminal waiting for text.
Result<std::string> read_user_input(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  if (path != "-" && !std::filesystem::exists(path, ec)) {
    if (path.find("://") != std::string::npos)
      return Error::input(path + ": chronoline reads files, not web addresses; save the article's text in a file " +
                          "(article.txt) and give that");
    if (path.find_first_of("*?") != std::string::npos)
      return Error::input(path + ": no file matches this pattern; check the folder and the name");
  }
  if (path == "-" && ::isatty(STDIN_FILENO))
    std::cerr << "chronoline: reading the text from the terminal; paste it, then press Ctrl-D on a new line\n";
  return read_input(path, max_bytes);
}

bool looks_like_json(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t i = bytes.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && bytes[i] == '{';
}

// Text in a script the installed fonts do not cover (Chinese, Japanese, Korean, emoji with only
// DejaVu) would be drawn as boxes. The figure is still written, with one warning per field
// naming the characters and what to install (at most kMaxWarnings lines, then a count).
void warn_missing_glyphs(const Timeline& t, const Style& style, const std::string& path) {
  std::vector<std::pair<std::string, std::string>> fields = {{"title", t.title}, {"source", t.source}};
  for (size_t i = 0; i < t.events.size(); ++i) {
    fields.emplace_back("events[" + std::to_string(i) + "].label", label_text(t.events[i]));
    if (!t.events[i].category.empty())
      fields.emplace_back("events[" + std::to_string(i) + "].category", t.events[i].category);
  }
  // Each non-ASCII character once (ASCII is in every usable font): a few layouts, not one per field.
  auto each_char = [](std::string_view text, auto&& f) {
    for (size_t i = 0; i < text.size();) {
      unsigned char lead = static_cast<unsigned char>(text[i]);
      size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (lead >= 0x80) f(text.substr(i, len));
      i += len;
    }
  };
  std::string distinct;
  for (const auto& field : fields)
    each_char(field.second, [&](std::string_view ch) {
      if (distinct.find(ch) == std::string::npos) distinct += ch;
    });
  if (distinct.empty()) return;
  std::string missing_all = missing_glyphs(style, distinct);
  if (missing_all.empty()) return;
  constexpr size_t kMaxWarnings = 5, kMaxShown = 8;
  size_t warned = 0;
  for (const auto& [key, text] : fields) {
    std::string missing;
    each_char(text, [&](std::string_view ch) {
      if (missing_all.find(ch) != std::string::npos && missing.find(ch) == std::string::npos) missing += ch;
    });
    if (missing.empty()) continue;
    if (++warned > kMaxWarnings) continue;
    std::string shown;
    size_t n = 0;
    for (size_t i = 0; i < missing.size(); ++n) {
      unsigned char lead = static_cast<unsigned char>(missing[i]);
      size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;  // missing_glyphs skips ASCII
      if (n < kMaxShown) shown += (shown.empty() ? "" : " ") + missing.substr(i, len);
      i += len;
    }
    if (n > kMaxShown) shown += " ...";
    std::cerr << "chronoline: warning: " << display_name(path) << ": " << key << ": " << n
              << (n == 1 ? " character" : " characters") << " (" << shown << ") in no installed font, drawn as boxes;"
              << " install a font that has them (fonts-noto-cjk for Chinese, Japanese and Korean,"
              << " fonts-noto-color-emoji for emoji) or leave them out\n";
  }
  if (warned > kMaxWarnings)
    std::cerr << "chronoline: warning: " << display_name(path) << ": " << warned - kMaxWarnings
              << " more fields have characters in no installed font\n";
}

// An article whose text holds no dated event still gives a valid (empty) timeline; say so on stderr,
// since an empty figure is rarely what the user wanted.
Result<Timeline> warn_if_no_events(Result<Timeline> timeline, const std::string& path) {
  if (timeline && timeline->events.empty())
    std::cerr << "chronoline: warning: " << display_name(path)
              << ": no dated events found; the timeline holds only the publication date\n";
  return timeline;
}

// An article or a timeline JSON file, as a timeline.
Result<Timeline> load_timeline(const std::string& path, const ArticleOptions& article_options) {
  auto options = article_options.resolve();
  if (!options) return options.error();
  auto bytes = read_user_input(path, std::max(kMaxArticleBytes, kMaxJsonBytes));
  if (!bytes) return bytes.error();
  if (bytes->starts_with('[') && nlohmann::json::accept(*bytes))
    return Error::input(display_name(path) + ": a JSON list; a timeline JSON file is an object " +
                        "{\"events\": [...]} (see README, The timeline JSON)");
  if (looks_like_json(*bytes)) {
    auto timeline = timeline_from_json(*bytes, display_name(path), options->hemisphere);
    if (timeline && options->published) timeline->published = options->published;
    return timeline;
  }
  // The same message as extract's for an article over its limit (read_input allowed JSON's larger one).
  if (bytes->size() > kMaxArticleBytes)
    return Error::input(display_name(path) + ": larger than the " + std::to_string(kMaxArticleBytes >> 20) +
                        " MiB limit; split it into smaller files");
  auto tagger = english_tagger();
  if (!tagger) return tagger.error();
  return warn_if_no_events(extract_timeline(*bytes, display_name(path), **tagger, *options), path);
}

std::function<Status()> setup_extract(CLI::App& app) {
  struct Opts {
    std::string input, output = "-";
    ArticleOptions article;
  };
  auto o = std::make_shared<Opts>();
  app.add_option("article", o->input, "Article text file, or - for stdin")->required();
  app.add_option("-o,--output", o->output, "Timeline JSON file (default: stdout)");
  o->article.declare(app);
  app.footer(
      "Examples:\n"
      "  chronoline extract article.txt -o timeline.json\n"
      "  chronoline extract article.txt --pub-date 2022-01-25      # no dateline in the article\n"
      "  chronoline extract biography.txt --doc-type narrative\n"
      "Edit the JSON if you like, then: chronoline render timeline.json -o fig.svg");
  return [o]() -> Status {
    auto options = o->article.resolve();
    if (!options) return options.error();
    if (Status st = check_outputs(o->input, {{"-o", o->output}}); !st) return st;
    if (format_for_path(o->output))
      return Error::input(o->output + ": extract writes timeline JSON; name the output .json, or draw the image " +
                          "with chronoline render " + o->input + " -o " + o->output);
    auto bytes = read_user_input(o->input, kMaxArticleBytes);
    if (!bytes) return bytes.error();
    if (looks_like_json(*bytes))
      return Error::input(display_name(o->input) +
                          ": this is JSON, not an article; a timeline JSON file goes straight to 'chronoline render'");
    auto tagger = english_tagger();
    if (!tagger) return tagger.error();
    auto timeline = warn_if_no_events(extract_timeline(*bytes, display_name(o->input), **tagger, *options), o->input);
    if (!timeline) return timeline.error();
    return write_output_atomic(o->output, timeline_to_json(*timeline));
  };
}

// Whether `family` is the font of a built-in style (the project's dependency, fonts-dejavu-core).
bool is_builtin_family(const std::string& family) {
  for (const std::string& name : builtin_style_names())
    if (auto style = load_style(name, {}); style && style->fonts.family == family) return true;
  return false;
}

std::function<Status()> setup_render(CLI::App& app) {
  struct Opts {
    std::string input, output, dump_layout, format;
    std::string style = "default";
    std::vector<std::string> overrides;
    double scale = 1;
    bool transparent = false;
    ArticleOptions article;
  };
  auto o = std::make_shared<Opts>();
  app.add_option("input", o->input, "Article text or timeline JSON, or - for stdin")->required();
  app.add_option("-o,--output", o->output, "Output file: .svg, .png or .pdf (- for stdout with --format)")
      ->required();
  std::string style_names;
  for (const std::string& name : builtin_style_names()) style_names += (style_names.empty() ? "" : ", ") + name;
  app.add_option("--style", o->style, "Built-in style (" + style_names + ") or a style JSON file; see styles/README.md");
  app.add_option("--set", o->overrides, "Override one style key, e.g. --set canvas.width=1200 (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--scale", o->scale, "Pixel scale for PNG (2 for HiDPI)")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            char* end = nullptr;
            double v = std::strtod(text.c_str(), &end);
            bool number = !text.empty() && end == text.c_str() + text.size();
            return number && v >= 0.1 && v <= 8 ? "" : "expected a number from 0.1 to 8, got " + text;
          },
          "FLOAT in [0.1 - 8]"));
  app.add_flag("--transparent", o->transparent, "Leave out the background (any format)");
  app.add_option("--dump-layout", o->dump_layout, "Also write the layout as JSON to this file");
  app.add_option("--format", o->format, "Output format when it cannot come from the file name: svg, png, pdf")
      ->check(one_of({"svg", "png", "pdf"}));
  o->article.declare(app);
  app.footer(
      "Examples:\n"
      "  chronoline render article.txt -o fig.svg\n"
      "  chronoline render timeline.json -o fig.png --style dark --scale 2\n"
      "  chronoline render article.txt -o fig.pdf --style print --set canvas.width=1200 --set show.subtitle=false\n"
      "  chronoline render article.txt -o - --format svg > fig.svg\n"
      "Style keys: styles/README.md, or styles/default.json for every key with its default.");
  return [o]() -> Status {
    if (o->style.empty()) return Error::input("--style: empty; give a built-in style name or a style file");
    if (Status st = check_output_path(o->output); !st) return st;
    std::string by_name = o->format.empty() ? o->output : "x." + o->format;
    auto fmt = format_for_path(by_name);
    if (!fmt) {
      std::string ext = std::filesystem::path(o->output).extension().string();
      if (o->output != "-" && ext.size() > 1)
        return Error::input(o->output + ": chronoline does not write " + ext +
                            " files; use a .svg, .png or .pdf file name, or --format");
      return Error::input(o->output + ": unknown output format; use a .svg, .png or .pdf file name, or --format");
    }
    if (auto named = format_for_path(o->output); named && !o->format.empty() && *named != *fmt)
      return Error::input(o->output + ": the file name and --format " + o->format +
                          " name different formats; drop --format or rename the output");
    if (Status st = check_outputs(o->input, {{"-o", o->output}, {"--dump-layout", o->dump_layout}}); !st) return st;
    auto style = load_style(o->style, o->overrides);
    if (!style) return style.error();
    // A missing font is checked before the article is read. The font of a built-in style missing
    // from the machine is a set-up failure (exit 1): name the package. A font the user's style or
    // --set names is a style error (exit 2): name where the family came from.
    if (Status st = check_font(*style); !st) {
      if (is_builtin_family(style->fonts.family))
        return Error::internal("font '" + style->fonts.family + "' of the built-in styles is not installed on " +
                               "this machine; install the package fonts-dejavu-core (apt-get install " +
                               "fonts-dejavu-core), or set fonts.family to an installed font");
      std::string where = "--style " + o->style;
      for (const std::string& s : o->overrides)
        if (s.starts_with("fonts.family=")) where = "--set " + s;
      return st.error().at(where + ": fonts.family");
    }
    auto timeline = load_timeline(o->input, o->article);
    if (!timeline) return timeline.error();
    warn_missing_glyphs(*timeline, *style, o->input);
    auto scene = layout_for_render(*timeline, *style);
    if (!scene) return scene.error().kind == ErrorKind::kInput ? scene.error().at(display_name(o->input)) : scene.error();
    RenderOptions options;
    options.scale = o->scale;
    options.transparent = o->transparent;
    options.description = timeline_description(*timeline);
    auto bytes = render_scene(*scene, *style, *fmt, options);
    if (!bytes) return bytes.error().kind == ErrorKind::kInput ? bytes.error().at(o->output) : bytes.error();
    if (!o->dump_layout.empty())
      if (auto s = write_output_atomic(o->dump_layout, scene_to_json(*scene).dump(1) + "\n"); !s) return s;
    return write_output_atomic(o->output, *bytes);
  };
}

std::function<Status()> setup_tag(CLI::App& app) {
  struct Opts {
    std::string input;
    bool jsonl = false;
    bool forward = false;
    ArticleOptions article;
  };
  auto o = std::make_shared<Opts>();
  app.add_option("input", o->input, "Text file, or - for stdin");
  app.add_flag("--jsonl", o->jsonl, "Stream stdin lines {\"doc\",\"dct\",\"text\"} to stdout lines {\"doc\",\"timex\"}");
  app.add_flag("--forward", o->forward, "Resolve bare weekdays and months forward (calendar mode)");
  o->article.declare(app);
  app.footer(
      "Examples:\n"
      "  chronoline tag article.txt\n"
      "  echo 'The talks ended on Friday.' | chronoline tag - --pub-date 2022-01-25\n"
      "  chronoline tag --jsonl < docs.jsonl > timexes.jsonl");
  return [o]() -> Status {
    auto tagger = english_tagger();
    if (!tagger) return tagger.error();
    auto options = o->article.resolve();
    if (!options) return options.error();
    options->tag.forward_looking = o->forward;
    if (o->jsonl) {
      if (!o->input.empty() && o->input != "-") return Error::input("--jsonl reads stdin; drop the file argument");
      if (options->published)
        return Error::input("--pub-date: not used with --jsonl, where each line gives its own \"dct\"; drop it");
      std::ios::sync_with_stdio(false);
      options->tag.hemisphere = options->hemisphere.value_or(Hemisphere::kNorth);
      Status st = tag_jsonl(std::cin, std::cout, **tagger, options->tag);
      if (st) return st;
      bool writing = st.error().kind == ErrorKind::kInternal && st.error().message.starts_with("cannot write");
      return st.error().at(writing ? "<stdout>" : "<stdin>");
    }
    if (o->input.empty()) return Error::input("tag: give a text file, - for stdin, or --jsonl");
    auto bytes = read_user_input(o->input, kMaxArticleBytes);
    if (!bytes) return bytes.error();
    if (looks_like_json(*bytes))
      return Error::input(display_name(o->input) + ": this is JSON, not a text; for lines of {\"doc\", \"dct\", " +
                          "\"text\"} use 'chronoline tag --jsonl < " +
                          (o->input == "-" ? std::string("FILE") : o->input) + "'");
    auto article = read_article(*bytes, display_name(o->input),
                                [&](std::string_view line) { return parse_dateline(line, **tagger); });
    if (!article) return article.error();
    auto published = options->published ? options->published : article->published;
    if (!published)
      published = publication_without_dateline(
          *article, options->today, options->tag.doc_type != DocType::kNarrative,
          [&](std::string_view line) { return parse_dateline(line, **tagger); }, display_name(o->input),
          options->warn);
    // A narrative without one counts from its first full date, as extract does.
    std::optional<Anchor> start;
    if (!published && options->tag.doc_type == DocType::kNarrative)
      start = narrative_start(article->text, **tagger);
    if (!published && !start)
      return Error::input(no_publication_date(*article, display_name(o->input)));
    Anchor anchor = start ? *start : Anchor{published->day, published->time_of_day};
    options->tag.story_anchor = start.has_value();
    options->tag.hemisphere = options->hemisphere.value_or(article->hemisphere);
    options->tag.fiscal_year = article->fiscal_year;
    auto timexes = (*tagger)->tag(article->text, anchor, options->tag);
    return write_output_atomic("-", timexes_to_json(timexes, article->text).dump(2) + "\n");
  };
}

std::function<Status()> setup_normalize(CLI::App& app) {
  struct Opts {
    std::string expression, anchor, hemisphere = "north";
    bool forward = false;
  };
  auto o = std::make_shared<Opts>();
  app.add_option("expression", o->expression, "A temporal expression, e.g. \"last month\"")->required();
  app.add_option("--anchor", o->anchor, "Reference date YYYY-MM-DD[THH:MM]")->required();
  app.add_flag("--forward", o->forward, "Resolve bare weekdays and months forward (calendar mode)");
  app.add_option("--hemisphere", o->hemisphere, "north or south: the months of seasons (default north)")
      ->check(one_of({"north", "south"}));
  app.footer(
      "Examples:\n"
      "  chronoline normalize \"last month\" --anchor 2022-01-25              # 2021-12\n"
      "  chronoline normalize \"Wednesday\" --anchor 2022-01-25 --forward     # 2022-01-26\n"
      "  chronoline normalize \"this summer\" --anchor 2026-11-25 --hemisphere south  # 2026-SU: Dec-Feb");
  return [o]() -> Status {
    auto anchor = parse_date_option(o->anchor);
    if (!anchor) return bad_date("--anchor", o->anchor);
    auto tagger = english_tagger();
    if (!tagger) return tagger.error();
    TagOptions options;
    options.forward_looking = o->forward;
    options.hemisphere = parse_hemisphere(o->hemisphere).value_or(Hemisphere::kNorth);
    auto timex = (*tagger)->normalize(o->expression, Anchor{anchor->day, anchor->time_of_day}, options);
    if (!timex)
      return timex.error().kind == ErrorKind::kInput
                 ? Error::input(timex.error().message + "; try a date or phrase such as \"last month\" or \"19 January\"")
                 : timex.error();
    std::string line = timex->value;
    if (!timex->mod.empty()) line += " mod=" + timex->mod;
    if (!timex->range.empty()) line += " range=" + timex->range;
    return write_output_atomic("-", line + "\n");
  };
}

const Command kCommands[] = {
    {"extract", "Find the dated events of an article and write them as timeline JSON", setup_extract},
    {"render", "Draw a timeline (from an article or timeline JSON) as SVG, PNG or PDF", setup_render},
    {"tag", "Print the temporal expressions of a text as JSON (TIMEX3 values)", setup_tag},
    {"normalize", "Print the TIMEX3 value of one expression at an anchor date", setup_normalize},
};

}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace chronoline::cli
