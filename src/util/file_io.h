// Reading inputs and writing outputs atomically; "-" means stdin or stdout.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/result.h"

namespace chronoline {

// Reads the whole of `path` ("-" for stdin). Refuses more than `max_bytes` without reading it all
// into memory. Errors name the file and say what to do.
Result<std::string> read_input(const std::string& path, size_t max_bytes);

// Checks that `path` ("-" for stdout) can be written: not a directory, its directory exists and is
// writable, and an existing file is not read-only. Callers check every output before the work that
// fills them, so a run that cannot write one of them writes none. write_output_atomic checks too.
Status check_output_path(const std::string& path);

// Writes `bytes` to `path` ("-" for stdout) atomically: a temporary file in the same directory,
// flushed, then renamed over the target. On failure the target is untouched and no temporary
// file is left behind.
Status write_output_atomic(const std::string& path, std::string_view bytes);

// A seam for tests: when set, write_output_atomic calls `hook` with the bytes written so far
// after each chunk (1 MiB) it writes to its temporary file, so a test can stop a write half-way
// and interrupt it at a known point. Null (the default) for none.
using WriteProgressHook = void (*)(size_t written);
void set_write_progress_hook(WriteProgressHook hook);

}  // namespace chronoline
