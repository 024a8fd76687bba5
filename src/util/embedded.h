// EmbeddedFile: a data file compiled into the binary by cmake/embed_data.cmake.
#pragma once

#include <string_view>

namespace chronoline {

struct EmbeddedFile {
  std::string_view path;     // relative to the embedded folder, e.g. "en/lexicon/months.tsv"
  std::string_view content;  // the file's bytes
};

}  // namespace chronoline
