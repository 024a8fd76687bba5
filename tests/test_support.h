// Helpers shared by tests: paths to the source tree, the CLI binary and ../shared.
#pragma once

#include <filesystem>
#include <string>

namespace chronoline::testing {

inline std::filesystem::path source_dir() { return CHRONOLINE_SOURCE_DIR; }
inline std::filesystem::path binary() { return CHRONOLINE_BINARY; }

// ../shared next to the checkout; tests that read it are skipped when it is absent.
inline std::filesystem::path shared_dir() { return CHRONOLINE_SHARED_DIR; }
inline bool has_shared(const std::string& rel) { return std::filesystem::exists(shared_dir() / rel); }

inline const char* kSeed = "seeds/000_211e3199587ab92f.txt";

}  // namespace chronoline::testing
