// Tests for the UTF-8 and ASCII helpers, did-you-mean and atomic file output.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <thread>

#include "cli_runner.h"
#include "util/ascii.h"
#include "util/file_io.h"
#include "util/suggest.h"
#include "util/utf8.h"

namespace chronoline {
namespace {

TEST_CASE("lower_ascii lowers ASCII capitals only") {
  CHECK(lower_ascii("Fri., 3 MAY") == "fri., 3 may");
  CHECK(lower_ascii("") == "");
  // UTF-8 capitals stay as they are (article/place.cpp lowers Latin-1 ones for place names).
  CHECK(lower_ascii("S\u00C3O PAULO") == "s\u00C3o paulo");
}

TEST_CASE("utf8: validation, length, offsets and truncation") {
  CHECK(utf8::find_invalid("plain") == std::string_view::npos);
  CHECK(utf8::find_invalid("caf\xC3\xA9") == std::string_view::npos);
  CHECK(utf8::find_invalid("caf\xE9!") == 3);
  CHECK(utf8::find_invalid("\xC0\xAF") == 0);          // overlong '/'
  CHECK(utf8::find_invalid("\xED\xA0\x80") == 0);      // a surrogate
  CHECK(utf8::find_invalid("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(utf8::sanitize("a\xFFz") == "a\xEF\xBF\xBDz");
  CHECK(utf8::length("\xE2\x80\x98x\xE2\x80\x99") == 3);
  utf8::OffsetMap map("\xE2\x80\x98x\xE2\x80\x99y");
  CHECK(map.to_codepoint(3) == 1);
  CHECK(map.to_codepoint(7) == 3);
  CHECK(map.to_byte(2) == 4);
  CHECK(utf8::truncate("abcdef", 4) == "abc\xE2\x80\xA6");
  CHECK(utf8::truncate("abc", 4) == "abc");
  CHECK(utf8::truncate("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\xC3\xA9\xE2\x80\xA6");
}

TEST_CASE("nearest suggests close names only") {
  CHECK(nearest("widht", {"width", "height"}) == "width");
  CHECK(nearest("lable", {"label", "value"}) == "label");
  CHECK(nearest("zzzzzz", {"width", "height"}) == "");
}

TEST_CASE("write_output_atomic replaces the target whole and leaves nothing on failure") {
  auto dir = testing::scratch_dir("atomic-unit");
  auto target = (dir / "out.txt").string();
  REQUIRE(write_output_atomic(target, "first"));
  CHECK(testing::slurp(target) == "first");
  REQUIRE(write_output_atomic(target, "second"));
  CHECK(testing::slurp(target) == "second");
  auto failed = write_output_atomic((dir / "no" / "out.txt").string(), "x");
  REQUIRE_FALSE(failed);
  CHECK(failed.error().message.find("does not exist; create it first") != std::string::npos);
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("write_output_atomic writes into a FIFO or device in place and replaces a link's file, not the link") {
  auto dir = testing::scratch_dir("atomic-special");
  // A FIFO stands for /dev/null and /dev/stdout on a pipe: renaming over it would replace the node.
  auto fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = testing::slurp(fifo); });
  CHECK(write_output_atomic(fifo.string(), "through the pipe"));
  reader.join();
  CHECK(got == "through the pipe");
  CHECK(std::filesystem::is_fifo(fifo));
  // A symbolic link keeps pointing at the file, which gets the new bytes.
  std::filesystem::create_directory(dir / "real");
  REQUIRE(write_output_atomic((dir / "real" / "out.svg").string(), "old"));
  std::filesystem::create_symlink("real/out.svg", dir / "link.svg");
  REQUIRE(write_output_atomic((dir / "link.svg").string(), "new"));
  CHECK(std::filesystem::is_symlink(dir / "link.svg"));
  CHECK(testing::slurp(dir / "real" / "out.svg") == "new");
  CHECK(std::distance(std::filesystem::directory_iterator(dir / "real"), std::filesystem::directory_iterator()) == 1);
}

// The child stops half-way through its write, at a point the parent knows (it says so on a pipe,
// then waits), so the interrupt always lands mid-write however loaded the machine is.
int g_progress_pipe = -1;

extern "C" void stop_after_first_chunk(size_t written) {
  std::string note = std::to_string(written) + "\n";
  if (::write(g_progress_pipe, note.data(), note.size()) < 0) ::_exit(3);
  for (;;) ::pause();  // until the parent's SIGINT
}

TEST_CASE("Ctrl-C while write_output_atomic writes leaves the old output and no temporary file") {
  auto dir = testing::scratch_dir("atomic-sigint");
  auto target = dir / "out.png";
  REQUIRE(write_output_atomic(target.string(), "previous"));
  std::string big(size_t{8} << 20, 'z');  // eight chunks
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(fds[0]);
    g_progress_pipe = fds[1];
    set_write_progress_hook(stop_after_first_chunk);
    auto st = write_output_atomic(target.string(), big);
    ::_exit(st ? 0 : 1);
  }
  ::close(fds[1]);
  // Blocks until the child has written its first chunk (or died before, closing the pipe).
  char buf[32] = {};
  ssize_t n = ::read(fds[0], buf, sizeof buf - 1);
  ::close(fds[0]);
  // The temporary file is there, half-written, beside the old output.
  std::vector<std::filesystem::path> tmps;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) tmps.push_back(e.path());
  std::error_code ec;
  uintmax_t half = tmps.size() == 1 ? std::filesystem::file_size(tmps.front(), ec) : 0;
  ::kill(child, SIGINT);
  int raw = 0;
  ::waitpid(child, &raw, 0);
  REQUIRE(n > 0);
  CHECK(std::stoul(buf) == size_t{1} << 20);
  REQUIRE(tmps.size() == 1);
  CHECK(half == size_t{1} << 20);
  CHECK(WIFSIGNALED(raw));
  if (WIFSIGNALED(raw)) CHECK(WTERMSIG(raw) == SIGINT);
  CHECK_FALSE(std::filesystem::exists(tmps.front()));
  CHECK(testing::slurp(target) == "previous");
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("read_input refuses more than the limit") {
  auto dir = testing::scratch_dir("read-limit");
  auto path = (dir / "big.txt").string();
  REQUIRE(write_output_atomic(path, std::string(100, 'x')));
  CHECK(read_input(path, 100));
  auto r = read_input(path, 99);
  REQUIRE_FALSE(r);
  CHECK(r.error().message == path + ": larger than the 99-byte limit; split it into smaller files");
}

}  // namespace
}  // namespace chronoline
