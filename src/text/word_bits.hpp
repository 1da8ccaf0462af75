// Eight bytes at a time: a 64-bit word of text and the bit tricks of "Bit
// Twiddling Hacks" on it, for byte loops that skip clean stretches (JSON
// escaping, script counts).
#pragma once

#include <cstdint>
#include <cstring>

namespace newsclean {

inline constexpr std::uint64_t kEachByte = 0x0101010101010101;  // times b: b in every byte
inline constexpr std::uint64_t kHighBits = 0x8080808080808080;

// The eight bytes at p, in memory order (any alignment).
inline std::uint64_t load_word(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Non-zero when some byte of word is below n (n at most 0x80). Only whether
// it is zero counts: the bits above the first such byte may be wrong.
inline std::uint64_t any_byte_below(std::uint64_t word, unsigned n) {
  return (word - kEachByte * n) & ~word & kHighBits;
}

// Non-zero when some byte of word equals b.
inline std::uint64_t any_byte_equal(std::uint64_t word, unsigned char b) {
  return any_byte_below(word ^ (kEachByte * b), 1);
}

}  // namespace newsclean
