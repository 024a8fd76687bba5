// PNG metadata: the pHYs chunk that records the resolution, which Cairo does not write.
#include "render/png_metadata.h"

#include <array>
#include <cmath>

namespace chronoline {
namespace {

constexpr std::string_view kSignature = "\x89PNG\r\n\x1a\n";

std::array<uint32_t, 256> crc_table() {
  std::array<uint32_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

void put_be32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xff);
}

uint32_t get_be32(std::string_view bytes, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

// A whole chunk: length, type, data, CRC over type and data.
std::string chunk(std::string_view type, std::string_view data) {
  std::string body(type);
  body += data;
  std::string out;
  put_be32(out, static_cast<uint32_t>(data.size()));
  out += body;
  put_be32(out, png_crc32(body));
  return out;
}

}  // namespace

uint32_t png_crc32(std::string_view bytes) {
  static const std::array<uint32_t, 256> table = crc_table();
  uint32_t c = 0xffffffffu;
  for (char b : bytes) c = table[(c ^ static_cast<unsigned char>(b)) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

std::string add_png_dpi(std::string_view png, double dpi) {
  // Signature, then IHDR: 4 length + 4 type + 13 data + 4 CRC.
  constexpr size_t kIhdrEnd = 8 + 4 + 4 + 13 + 4;
  if (png.size() < kIhdrEnd || png.substr(0, 8) != kSignature || png.substr(12, 4) != "IHDR") return std::string(png);
  auto per_metre = static_cast<uint32_t>(std::lround(dpi / 0.0254));
  std::string data;
  put_be32(data, per_metre);
  put_be32(data, per_metre);
  data += '\x01';  // unit: metre
  std::string out(png.substr(0, kIhdrEnd));
  out += chunk("pHYs", data);
  for (size_t at = kIhdrEnd; at + 12 <= png.size();) {
    size_t size = 12 + get_be32(png, at);
    if (at + size > png.size()) size = png.size() - at;
    if (png.substr(at + 4, 4) != "pHYs") out += png.substr(at, size);
    at += size;
  }
  return out;
}

}  // namespace chronoline
