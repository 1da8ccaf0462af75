// Comparison keys: text case-folded with everything but letters and digits
// dropped, so that copies differing in spacing or punctuation compare equal.
// The text must be valid UTF-8, as every line is after normalisation.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsclean {

// fold_key("Hello, World!") == "helloworld"; fold_key("삼성 전자.") == "삼성전자".
std::string fold_key(std::string_view text);

// Appends text's fold key to out (no allocation when out has room) and
// returns the number of characters appended.
std::size_t append_fold_key(std::string& out, std::string_view text);

// What the fold key holds for cp: cp case-folded, or 0 when the key drops it
// (spaces, punctuation, symbols).
char32_t folded_code_point(char32_t cp);

// A hash of a fold key, built from the code points of a walk that decodes
// the line anyway (the page features), so the key itself is never written.
// Equal keys hash equal; value() is 0 for an empty key.
class FoldKeyHash {
 public:
  void add(char32_t cp) {
    const char32_t folded = cp < 0x80 ? kAsciiFolded[cp] : folded_code_point(cp);
    if (folded == 0) return;
    hash_ = (hash_ ^ folded) * 0x100000001B3ull;  // FNV-1a over code points
    ++chars_;
  }
  std::uint64_t value() const { return chars_ == 0 ? 0 : hash_ | 1; }

 private:
  static const std::array<char32_t, 128> kAsciiFolded;
  std::uint64_t hash_ = 0xCBF29CE484222325ull;
  std::size_t chars_ = 0;
};

// True when text ends with an ellipsis ("…" or "..."), ignoring closing
// quotes and spaces: a truncated copy of a longer sentence.
bool ends_with_ellipsis(std::string_view text);

}  // namespace newsclean
