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

// next_code_point for text already known to be valid UTF-8 (every line after
// normalisation): no checks beyond the end of the text, inlined for the
// per-character loops of language counts, sentence cuts and fold keys.
inline char32_t next_valid_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[k])); };
  const char32_t lead = byte(i);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (i + length > text.size()) {
    i = text.size();
    return 0xFFFD;
  }
  char32_t cp = 0;
  switch (length) {
    case 1: cp = lead; break;
    case 2: cp = ((lead & 0x1F) << 6) | (byte(i + 1) & 0x3F); break;
    case 3: cp = ((lead & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F); break;
    default:
      cp = ((lead & 0x07) << 18) | ((byte(i + 1) & 0x3F) << 12) | ((byte(i + 2) & 0x3F) << 6) | (byte(i + 3) & 0x3F);
  }
  i += length;
  return cp;
}

// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);

// Writes the UTF-8 encoding of cp (one to four bytes) at out, for callers
// that made room up front; returns the end of what it wrote.
char* write_utf8(char* out, char32_t cp);

// Number of code points in text.
std::size_t char_count(std::string_view text);

// min(char_count(text), cap), without walking past the cap: shape checks ask
// "at least 30 characters?" of long paragraphs.
std::size_t char_count_upto(std::string_view text, std::size_t cap);

// True for ASCII and Unicode white space (NBSP, U+3000 included).
bool is_space(char32_t cp);

// text without leading and trailing white space.
std::string_view trim(std::string_view text);
// A copy of text with its ASCII letters lower-cased and every other byte as
// it was: for matching against word lists written in lower case.
std::string ascii_lower(std::string_view text);
// True when text holds an ASCII digit.
bool has_digit(std::string_view text);
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
