// chronoline command line: parses flags and calls the library.
#include <iostream>

int main() {
  std::cerr << "chronoline: not yet wired\n";
  return 1;
}
