// Runs the chronoline binary for golden and error tests, capturing exit status, stdout and stderr.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
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

// The scratch folders of this test process, $TMPDIR/chronoline-test-PID: removed when the process
// exits (failed checks included). Folders left by a process that was killed are removed by the
// next test process that makes its own.
class ScratchRoot {
 public:
  static const std::filesystem::path& path() {
    static ScratchRoot root;
    return root.path_;
  }
  ~ScratchRoot() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }

 private:
  ScratchRoot() : path_(std::filesystem::temp_directory_path() / ("chronoline-test-" + std::to_string(::getpid()))) {
    std::error_code ec;
    try {
      for (const auto& entry : std::filesystem::directory_iterator(path_.parent_path(), ec)) {
        std::string name = entry.path().filename().string();
        if (!name.starts_with("chronoline-test-")) continue;
        std::string digits = name.substr(16);
        if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
          continue;
        pid_t pid = static_cast<pid_t>(std::stol(digits));
        if (pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) std::filesystem::remove_all(entry.path(), ec);
      }
    } catch (const std::filesystem::filesystem_error&) {
      // Another process removed an entry under us; what is left goes next time.
    }
  }
  std::filesystem::path path_;
};

// A fresh, empty scratch directory for one test.
inline std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = ScratchRoot::path() / name;
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
