// PNG metadata: the pHYs chunk that records the resolution, which Cairo does not write.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chronoline {

// CRC-32 as PNG chunks use it (ISO 3309, polynomial 0xedb88320).
uint32_t png_crc32(std::string_view bytes);

// Returns `png` with a pHYs chunk saying `dpi` dots per inch (stored as pixels per metre,
// rounded), placed right after IHDR; an existing pHYs chunk is replaced. Input that is not a PNG
// starting with IHDR is returned unchanged.
//
// Example: add_png_dpi(bytes, 96 * scale) so a 2x image prints at the same size as a 1x one.
std::string add_png_dpi(std::string_view png, double dpi);

}  // namespace chronoline
