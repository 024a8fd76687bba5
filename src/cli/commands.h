// The chronoline subcommands: a table of names, help lines and set-up functions.
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "util/result.h"

namespace CLI {
class App;
}

namespace chronoline::cli {

struct Command {
  std::string_view name;
  std::string_view help;
  // Declares the subcommand's options on `app` and returns the function that runs it.
  std::function<std::function<Status()>(CLI::App& app)> setup;
};

// extract, render, tag, normalize.
std::span<const Command> commands();

}  // namespace chronoline::cli
