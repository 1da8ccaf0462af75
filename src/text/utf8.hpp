// UTF-8 helpers shared by every stage: decoding one code point, counting
// characters (lengths count characters, never bytes), trimming white space.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsclean {

// Decodes the code point at text[i] and advances i; returns U+FFFD for a
// malformed sequence (advancing one byte), so callers never loop forever.
char32_t next_code_point(std::string_view text, std::size_t& i);

// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);

// Number of code points in text.
std::size_t char_count(std::string_view text);

// min(char_count(text), cap), without walking past the cap: shape checks ask
// "at least 30 characters?" of long paragraphs.
std::size_t char_count_upto(std::string_view text, std::size_t cap);

// True for ASCII and Unicode white space (NBSP, U+3000 included).
bool is_space(char32_t cp);

// text without leading and trailing white space.
std::string_view trim(std::string_view text);
std::string_view trim_right(std::string_view text);

// Decodes the code point that ends at text[end - 1] (end > 0).
char32_t code_point_before(std::string_view text, std::size_t end);

// True for characters of scripts written without spaces between words:
// kana, Han ideographs, CJK punctuation and full-width forms. Hangul is not
// among them: Korean puts spaces between words.
bool is_unspaced_script(char32_t cp);

// True when the line has no visible character.
inline bool is_blank(std::string_view line) {
  return trim(line).empty();
}

}  // namespace newsclean
