// chronoline command line: parses flags, calls the library, prints errors and sets the exit status.
#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "util/suggest.h"

namespace {

using chronoline::cli::Command;

// The first option in argv[2..] that `sub` does not declare, and the nearest one it does ("" if none).
std::pair<std::string, std::string> unknown_option(CLI::App& sub, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::Option* option : sub.get_options()) {
    for (const std::string& n : option->get_lnames()) names.push_back("--" + n);
    for (const std::string& n : option->get_snames()) names.push_back("-" + n);
  }
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-' || (arg[1] >= '0' && arg[1] <= '9') || arg[1] == '.') continue;
    arg = arg.substr(0, arg.find('='));
    if (arg.size() > 2 && arg[1] != '-') arg = arg.substr(0, 2);  // -ofile
    if (std::find(names.begin(), names.end(), arg) == names.end())
      return {arg, arg.size() > 2 ? chronoline::nearest(arg, names) : ""};
  }
  return {};
}

// An argument of argv[2..] with the option (or "" for a positional) it belongs to.
struct Arg {
  std::string text, option;
};

// The arguments after the command, each with the option that takes it as its value (so "1200" in
// "--set canvas.width 1200" belongs to no option: --set took "canvas.width").
std::vector<Arg> arguments(CLI::App& sub, int argc, char** argv) {
  std::vector<Arg> out;
  bool rest_positional = false;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (rest_positional || arg == "-" || arg.size() < 2 || arg[0] != '-') {
      out.push_back({arg, ""});
      continue;
    }
    if (arg == "--") {
      rest_positional = true;
      continue;
    }
    std::string name = arg.substr(0, arg.find('='));
    if (name.size() > 2 && name[1] != '-') name = name.substr(0, 2);
    const CLI::Option* option = sub.get_option_no_throw(name);
    out.push_back({arg, name});
    bool attached = arg.find('=') != std::string::npos || (arg[1] != '-' && arg.size() > 2);
    if (option && option->get_items_expected_max() > 0 && !attached && i + 1 < argc) out.push_back({argv[++i], name});
  }
  return out;
}

bool has_image_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* e : {".svg", ".png", ".pdf", ".jpg", ".jpeg", ".gif", ".webp", ".json"})
    if (ext == e) return true;
  return false;
}

// A flag given a value ("--transparent=yes"): CLI11 would read yes, on, 1 and more as true; a flag
// takes no value, or exactly true or false. "" when every flag is written so.
std::string flag_value_error(CLI::App& sub, int argc, char** argv) {
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    size_t eq = arg.find('=');
    if (!arg.starts_with("--") || eq == std::string::npos) continue;
    std::string name = arg.substr(0, eq), value = arg.substr(eq + 1);
    const CLI::Option* option = sub.get_option_no_throw(name);
    if (!option || option->get_items_expected_max() > 0 || name == "--help") continue;
    if (value != "true" && value != "false")
      return arg + ": " + name + " is a flag and takes no value; write " + name + " alone to turn it on (or " +
             name + "=true, " + name + "=false)";
  }
  return "";
}

// A clearer message than CLI11's for the usual slips: a second input (or an unexpanded pattern),
// an output without -o, "--set key value", an option given twice. "" when none applies.
std::string explain_parse_error(CLI::App& sub, int argc, char** argv, const CLI::ParseError& e) {
  std::vector<Arg> args = arguments(sub, argc, argv);
  std::vector<std::string> positionals;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i].option.empty()) continue;
    const std::string& text = args[i].text;
    // "--set canvas.width 1200": the value went to its own word.
    if (i >= 1 && args[i - 1].option == "--set" && args[i - 1].text.find('=') == std::string::npos &&
        args[i - 1].text != "--set")
      return "--set " + args[i - 1].text + " " + text + ": write the key and value as one word: --set " +
             args[i - 1].text + "=" + text;
    positionals.push_back(text);
  }
  std::string command = sub.get_name();
  if (command != "normalize" && positionals.size() >= 2) {
    bool has_output = false;
    for (const Arg& a : args) has_output = has_output || a.option == "-o" || a.option == "--output";
    if (!has_output && has_image_extension(positionals[1]))
      return positionals[1] + ": give the output with -o: chronoline " + command + " " + positionals[0] + " -o " +
             positionals[1];
    return positionals[1] + ": " + command + " reads one input per run; run chronoline once per file" +
           " (for f in *.txt; do chronoline " + command + " \"$f\" ...; done)";
  }
  std::string what = e.what();
  if (what.ends_with(" is required") && what.find(' ') == what.find(" is required")) {
    // A missing positional: "input is required".
    std::string usage = command == "normalize" ? "normalize \"last month\" --anchor 2022-01-25"
                        : command == "render"  ? "render article.txt -o timeline.svg"
                                               : command + " article.txt";
    return "give the " + what.substr(0, what.find(' ')) + ": chronoline " + usage;
  }
  if (what.find(" required ") != std::string::npos && what.ends_with(" missing")) {
    // An option at the end of the line without its value: "--style: 1 required TEXT missing".
    static const std::map<std::string, std::string> kExamples = {
        {"--output", "-o timeline.svg"},     {"--style", "--style dark"},         {"--set", "--set canvas.width=1200"},
        {"--pub-date", "--pub-date 2022-01-25"}, {"--anchor", "--anchor 2022-01-25"}, {"--scale", "--scale 2"},
        {"--format", "--format svg"},        {"--doc-type", "--doc-type narrative"},
        {"--dump-layout", "--dump-layout layout.json"}};
    std::string option = what.substr(0, what.find(':'));
    auto example = kExamples.find(option);
    return option + ": give a value after it" + (example == kExamples.end() ? "" : " (" + example->second + ")");
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    std::map<std::string, int> seen;
    for (const Arg& a : args) {
      if (a.option.empty() || a.option == "--set" || a.text != a.option) continue;
      const CLI::Option* option = sub.get_option_no_throw(a.option);
      std::string name = option ? option->get_name() : a.option;
      if (++seen[name] == 2)
        return name + ": given twice; give it once (one output per run: run chronoline again for another)";
    }
  }
  return "";
}

int report(const chronoline::Error& error) {
  std::cerr << "chronoline: " << error.message << "\n";
  return error.exit_status();
}

}  // namespace

int main(int argc, char** argv) {
  try {
    CLI::App app{"chronoline: turns a news article into a timeline image", "chronoline"};
    app.set_version_flag("--version", std::string("chronoline ") + CHRONOLINE_VERSION);
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  chronoline render article.txt -o timeline.svg\n"
        "  chronoline extract article.txt -o timeline.json\n"
        "Run 'chronoline COMMAND --help' for a command's options. Exit status: 0 on success,\n"
        "2 for bad input or usage, 1 for other failures.");
    std::vector<std::pair<CLI::App*, std::function<chronoline::Status()>>> runners;
    for (const Command& command : chronoline::cli::commands()) {
      CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.help));
      runners.emplace_back(sub, command.setup(*sub));
    }
    std::vector<std::string> names;
    for (const Command& command : chronoline::cli::commands()) names.emplace_back(command.name);
    if (argc == 1)
      return report(chronoline::Error::input("give a command: extract, render, tag or normalize (chronoline render "
                                             "article.txt -o timeline.svg); run 'chronoline --help' for usage"));
    // "chronoline help [COMMAND]" is --help.
    std::vector<char*> args(argv, argv + argc);
    std::string help_flag = "--help";
    if (std::string(argv[1]) == "help") {
      args.erase(args.begin() + 1);
      args.insert(args.begin() + std::min<size_t>(2, args.size()), help_flag.data());
      argc = static_cast<int>(args.size());
      argv = args.data();
    }
    // CLI11 reports a mistyped command as a missing one; name it and suggest the nearest instead.
    if (argc > 1 && argv[1][0] != '-') {
      if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
        std::error_code ec;
        std::string first = argv[1];
        for (int i = 2; i < argc; ++i)
          if (std::find(names.begin(), names.end(), argv[i]) != names.end())
            return report(chronoline::Error::input(
                "'" + first + "' is not a command; the command comes first: chronoline " + argv[i] + " " + first +
                " ...; run 'chronoline --help' for usage"));
        if (std::filesystem::exists(first, ec))
          return report(chronoline::Error::input("'" + first + "' is a file, not a command; give the command first: "
                                                 "chronoline render " + first +
                                                 " -o timeline.svg; run 'chronoline --help' for usage"));
        std::string guess = chronoline::nearest(argv[1], names);
        return report(chronoline::Error::input("unknown command '" + std::string(argv[1]) + "'" +
                                               (guess.empty() ? "" : "; did you mean " + guess + "?") +
                                               "; run 'chronoline --help' for the commands"));
      }
    }
    for (auto& [sub, run] : runners)
      if (sub->get_name() == argv[1])
        if (std::string flag = flag_value_error(*sub, argc, argv); !flag.empty())
          return report(chronoline::Error::input(flag + "; run 'chronoline " + sub->get_name() + " --help' for usage"));
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
      return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
      return app.exit(e);
    } catch (const CLI::ParseError& e) {
      // Point at the command's own help, and name a mistyped option with its nearest spelling.
      CLI::App* sub = nullptr;
      for (auto& [candidate, run] : runners)
        if (argc > 1 && candidate->get_name() == argv[1]) sub = candidate;
      std::string help = sub ? "chronoline " + sub->get_name() + " --help" : "chronoline --help";
      std::string what = e.what();
      if (sub) {
        auto [option, guess] = unknown_option(*sub, argc, argv);
        if (!option.empty())
          what = option + ": unknown option" + (guess.empty() ? "" : "; did you mean " + guess + "?");
        else if (std::string better = explain_parse_error(*sub, argc, argv, e); !better.empty())
          what = better;
        else if (sub->get_name() == "normalize" && dynamic_cast<const CLI::ExtrasError*>(&e))
          what += "; quote an expression of several words (\"last month\")";
      }
      return report(chronoline::Error::input(what + "; run '" + help + "' for usage"));
    }
    for (auto& [sub, run] : runners) {
      if (!sub->parsed()) continue;
      chronoline::Status status = run();
      return status ? 0 : report(status.error());
    }
    return report(chronoline::Error::input("no command given; run 'chronoline --help' for usage"));
  } catch (const std::bad_alloc&) {
    std::cerr << "chronoline: out of memory; try a smaller input\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "chronoline: internal error: " << e.what() << "; please report this\n";
    return 1;
  }
}
