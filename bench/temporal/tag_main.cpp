// temporal_tag: evaluation driver. Tags JSONL from stdin, or one expression with --normalize.
//   temporal_tag [--forward] [--narrative] < docs.jsonl > timexes.jsonl
//   temporal_tag --normalize "last month" 2022-01-25
#include <cstring>
#include <iostream>
#include <string>

#include "temporal/jsonl.h"
#include "temporal/tagger.h"

int main(int argc, char** argv) {
  chronoline::TagOptions options;
  std::string normalize, anchor;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--forward"))
      options.forward_looking = true;
    else if (!std::strcmp(argv[i], "--narrative"))
      options.doc_type = chronoline::DocType::kNarrative;
    else if (!std::strcmp(argv[i], "--normalize") && i + 2 < argc)
      normalize = argv[++i], anchor = argv[++i];
    else {
      std::cerr << "usage: temporal_tag [--forward] [--narrative] [--normalize EXPR YYYY-MM-DD] < "
                   "in.jsonl\n";
      return 2;
    }
  }
  auto tagger = chronoline::Tagger::load("en");
  if (!tagger) {
    std::cerr << "temporal_tag: " << tagger.error().message << "\n";
    return tagger.error().exit_status();
  }
  if (!normalize.empty()) {
    auto a = chronoline::parse_anchor(anchor);
    if (!a) return std::cerr << a.error().message << "\n", 2;
    auto t = tagger->normalize(normalize, *a, options);
    if (!t) return std::cerr << t.error().message << "\n", 2;
    std::cout << chronoline::timexes_to_json({*t}, normalize).dump() << "\n";
    return 0;
  }
  std::ios::sync_with_stdio(false);
  if (auto st = chronoline::tag_jsonl(std::cin, std::cout, *tagger, options); !st) {
    std::cerr << "temporal_tag: " << st.error().message << "\n";
    return st.error().exit_status();
  }
  return 0;
}
