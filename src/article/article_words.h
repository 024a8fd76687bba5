// Word lists the article reader uses, from the data files in src/article/lang/en/.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/embedded.h"
#include "util/result.h"

namespace chronoline {

// The embedded files of src/article/lang (generated at build time by cmake/embed_data.cmake).
std::span<const EmbeddedFile> article_data_files();

// The entries of src/article/lang/en/NAME.txt ("footer-markers", "header-markers", ...); empty when
// the file failed to load. check_article_words() says why; a test runs it.
const std::vector<std::string>& article_word_list(std::string_view name);
Status check_article_words();

}  // namespace chronoline
