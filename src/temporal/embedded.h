// Embedded data: the rule and lexicon files of src/temporal/lang, compiled into the binary.
#pragma once

#include <span>
#include <string_view>

namespace chronoline {

struct EmbeddedFile {
  std::string_view path;     // relative to src/temporal/lang, e.g. "en/lexicon/months.tsv"
  std::string_view content;  // the file's bytes
};

// All embedded files, sorted by path. Generated at build time by cmake/embed_data.cmake.
std::span<const EmbeddedFile> embedded_files();

}  // namespace chronoline
