// chronoline_style_docs: writes styles/schema.json, styles/README.md and styles/default.json from style_fields().
//   chronoline_style_docs STYLES_DIR
#include <fstream>
#include <iostream>

#include "style/style_docs.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: chronoline_style_docs STYLES_DIR\n";
    return 2;
  }
  std::string dir = argv[1];
  std::ofstream(dir + "/schema.json", std::ios::binary) << chronoline::style_schema().dump(2) << "\n";
  std::ofstream(dir + "/README.md", std::ios::binary) << chronoline::style_reference_markdown();
  std::ofstream(dir + "/default.json", std::ios::binary) << chronoline::default_style_file();
  std::cout << "wrote " << dir << "/schema.json, " << dir << "/README.md and " << dir << "/default.json\n";
  return 0;
}
