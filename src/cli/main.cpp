// chronoline command line: parses flags, calls the library, prints errors and sets the exit status.
#include <algorithm>
#include <exception>
#include <functional>
#include <iostream>
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
    // CLI11 reports a mistyped command as a missing one; name it and suggest the nearest instead.
    if (argc > 1 && argv[1][0] != '-') {
      std::vector<std::string> names;
      for (const Command& command : chronoline::cli::commands()) names.emplace_back(command.name);
      if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
        std::string guess = chronoline::nearest(argv[1], names);
        return report(chronoline::Error::input("unknown command '" + std::string(argv[1]) + "'" +
                                               (guess.empty() ? "" : "; did you mean " + guess + "?") +
                                               "; run 'chronoline --help' for the commands"));
      }
    }
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
