// Reading inputs and writing outputs atomically; "-" means stdin or stdout.
#include "util/file_io.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>

namespace chronoline {
namespace {

std::string why(int err) { return std::strerror(err); }

std::string size_limit_message(const std::string& path, size_t max_bytes) {
  std::string limit = max_bytes >= (1u << 20) && max_bytes % (1u << 20) == 0 ? std::to_string(max_bytes >> 20) + " MiB"
                                                                           : std::to_string(max_bytes) + "-byte";
  return path + ": larger than the " + limit + " limit; split it into smaller files";
}

Result<std::string> read_fd(int fd, const std::string& path, size_t max_bytes) {
  std::string out;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error::input(path + ": cannot read: " + why(errno));
    }
    if (out.size() + static_cast<size_t>(n) > max_bytes) return Error::input(size_limit_message(path, max_bytes));
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

WriteProgressHook g_progress_hook = nullptr;

// Writes all of `bytes`; with `report`, in chunks, telling g_progress_hook after each.
bool write_all(int fd, std::string_view bytes, bool report = false) {
  constexpr size_t kChunk = size_t{1} << 20;
  size_t written = 0;
  while (!bytes.empty()) {
    size_t size = report && g_progress_hook ? std::min(bytes.size(), kChunk) : bytes.size();
    ssize_t n = ::write(fd, bytes.data(), size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
    written += static_cast<size_t>(n);
    if (report && g_progress_hook) g_progress_hook(written);
  }
  return true;
}

// The temporary file being written, removed by the handler when SIGINT, SIGTERM or SIGHUP stops
// the process before the rename (Ctrl-C mid-write leaves neither a half-written output nor a
// stray temporary file). One output is written at a time.
char g_pending_tmp[4096];
volatile sig_atomic_t g_have_pending_tmp = 0;
constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_pending_tmp(int sig) {
  if (g_have_pending_tmp) ::unlink(g_pending_tmp);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// Installs remove_pending_tmp for the cleanup signals while alive; signals the caller ignores stay
// ignored.
class PendingTmpGuard {
 public:
  PendingTmpGuard() {
    struct sigaction action {};
    action.sa_handler = remove_pending_tmp;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kCleanupSignals); ++i) {
      ::sigaction(kCleanupSignals[i], &action, &saved_[i]);
      if (saved_[i].sa_handler == SIG_IGN) ::sigaction(kCleanupSignals[i], &saved_[i], nullptr);
    }
  }
  ~PendingTmpGuard() {
    g_have_pending_tmp = 0;
    for (size_t i = 0; i < std::size(kCleanupSignals); ++i) ::sigaction(kCleanupSignals[i], &saved_[i], nullptr);
  }
  PendingTmpGuard(const PendingTmpGuard&) = delete;
  PendingTmpGuard& operator=(const PendingTmpGuard&) = delete;

 private:
  struct sigaction saved_[std::size(kCleanupSignals)] {};
};

Status write_in_place(const std::string& path, std::string_view bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return Error::internal(path + ": cannot open for writing: " + why(errno));
  bool ok = write_all(fd, bytes);
  int err = errno;
  ok = (::close(fd) == 0) && ok;
  if (!ok) return Error::internal(path + ": cannot write: " + why(err));
  return {};
}

}  // namespace

void set_write_progress_hook(WriteProgressHook hook) { g_progress_hook = hook; }

Result<std::string> read_input(const std::string& path, size_t max_bytes) {
  if (path == "-") return read_fd(STDIN_FILENO, "<stdin>", max_bytes);
  if (path.empty()) return Error::input("an empty input file name; give a file, or - for stdin");
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Error::input(path + ": is a directory; give a file");
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    return Error::input(path + ": cannot open: " + why(err) +
                        (err == ENOENT ? "; check the path" : err == EACCES ? "; check its permissions" : ""));
  }
  auto out = read_fd(fd, path, max_bytes);
  ::close(fd);
  return out;
}

Status check_output_path(const std::string& path) {
  if (path == "-") return {};
  if (path.empty()) return Error::input("an empty output file name; give a file name, or - for stdout");
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) return Error::input(path + ": is a directory; give a file name for the output");
  if (fs::exists(status) && !fs::is_regular_file(status)) return {};  // a pipe or device
  fs::path target(path);
  if (fs::is_symlink(fs::symlink_status(target, ec)))
    if (fs::path real = fs::canonical(target, ec); !ec) target = real;
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec))
    return Error::input(path + ": directory " + dir.string() + " does not exist; create it first");
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    return Error::internal(path + ": cannot write in directory " + dir.string() + ": " + why(errno) +
                           "; choose a directory you can write to");
  if (fs::exists(status) && ::access(target.c_str(), W_OK) != 0)
    return Error::internal(path + ": the file is read-only (" + why(errno) +
                           "); make it writable or choose another name");
  return {};
}

Status write_output_atomic(const std::string& path, std::string_view bytes) {
  if (path == "-") {
    if (!write_all(STDOUT_FILENO, bytes)) return Error::internal("<stdout>: cannot write: " + why(errno));
    return {};
  }
  if (Status st = check_output_path(path); !st) return st;
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code ec;
  fs::file_status status = fs::status(target, ec);
  // A pipe or device (/dev/null, /dev/stdout on a pipe, a FIFO) is written in place: renaming a
  // file over it would replace the device node itself.
  if (fs::exists(status) && !fs::is_regular_file(status)) return write_in_place(path, bytes);
  // Through a symbolic link, replace the file it points to and keep the link.
  if (fs::is_symlink(fs::symlink_status(target, ec)))
    if (fs::path real = fs::canonical(target, ec); !ec) target = real;
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  if (tmp.size() >= sizeof g_pending_tmp) return Error::input(path + ": path too long; use a shorter one");
  PendingTmpGuard guard;
  std::memcpy(g_pending_tmp, tmp.c_str(), tmp.size() + 1);
  int fd = ::mkstemp(g_pending_tmp);
  if (fd < 0) return Error::internal(path + ": cannot create a file in " + dir.string() + ": " + why(errno));
  g_have_pending_tmp = 1;
  tmp = g_pending_tmp;
  bool ok = write_all(fd, bytes, /*report=*/true) && ::fsync(fd) == 0;
  int err = errno;
  ok = (::close(fd) == 0) && ok;
  // mkstemp creates 0600; give the output the usual permissions.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(tmp.c_str(), 0666 & ~mask);
  if (!ok || std::rename(tmp.c_str(), target.c_str()) != 0) {
    if (ok) err = errno;
    std::remove(tmp.c_str());
    return Error::internal(path + ": cannot write: " + why(err) + "; the existing file, if any, is unchanged");
  }
  return {};
}

}  // namespace chronoline
