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

// Writes `bytes` to `path` ("-" for stdout) atomically: a temporary file in the same directory,
// flushed, then renamed over the target. On failure the target is untouched and no temporary
// file is left behind.
Status write_output_atomic(const std::string& path, std::string_view bytes);

}  // namespace chronoline
