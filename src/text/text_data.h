// The data files of src/text/lang, embedded at build time by cmake/embed_data.cmake.
#pragma once

#include <span>

#include "util/embedded.h"

namespace chronoline {

std::span<const EmbeddedFile> text_data_files();

}  // namespace chronoline
