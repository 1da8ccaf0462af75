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

// The fold key of each ASCII byte: letters lower-cased, digits as they are,
// 0 for everything the key drops. For walks that build keys themselves.
extern const std::array<char, 128> kAsciiFold;

// True when text ends with an ellipsis ("…" or "..."), ignoring closing
// quotes and spaces: a truncated copy of a longer sentence.
bool ends_with_ellipsis(std::string_view text);

}  // namespace newsclean
