// Embedded data: the rule and lexicon files of src/temporal/lang, compiled into the binary.
#pragma once

#include <span>

#include "util/embedded.h"

namespace chronoline {

// All embedded files of src/temporal/lang, sorted by path. Generated at build time by cmake/embed_data.cmake.
std::span<const EmbeddedFile> embedded_files();

}  // namespace chronoline
