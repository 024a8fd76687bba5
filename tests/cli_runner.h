// Runs the chronoline binary for golden and error tests, capturing exit status, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace chronoline::testing {

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// A fresh, empty scratch directory for one test.
inline std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("chronoline-test-" + std::to_string(::getpid())) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Runs `chronoline ARGS... < stdin_text` in the source directory.
inline CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  auto dir = scratch_dir("cli-run");
  std::ofstream(dir / "in", std::ios::binary) << stdin_text;
  std::string cmd = "cd " + shell_quote(source_dir().string()) + " && " + shell_quote(binary().string());
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " < " + shell_quote((dir / "in").string()) + " > " + shell_quote((dir / "out").string()) + " 2> " +
         shell_quote((dir / "err").string());
  int raw = std::system(cmd.c_str());
  CliResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = slurp(dir / "out");
  r.err = slurp(dir / "err");
  return r;
}

}  // namespace chronoline::testing
