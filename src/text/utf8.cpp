#include "text/utf8.hpp"

#include <algorithm>

namespace newsclean {

char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < length; ++k) {
    const unsigned char c = byte(i + k);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += length;
  return cp;
}

char* write_utf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, static_cast<std::size_t>(write_utf8(bytes, cp) - bytes));
}

std::size_t char_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::size_t char_count_upto(std::string_view text, std::size_t cap) {
  constexpr std::size_t kChunk = 64;  // counted in one vectorised go
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size() && count < cap; at += kChunk) {
    count += char_count(text.substr(at, kChunk));
  }
  return count < cap ? count : cap;
}

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
    default: return cp >= 0x2000 && cp <= 0x200A;
  }
}

namespace {

// Length in bytes of the white space that ends text.
std::size_t trailing_space_bytes(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    if (!is_space(next_code_point(text, i))) break;
    end = start;
  }
  return text.size() - end;
}

// Whether text surely starts (ends) with no white space, from a byte or
// three: a printable ASCII character, or a three-byte one from U+4000 to
// U+FFFF (Han, Hangul, full-width forms; no white space lives there). Most
// lines start and end so, and are trimmed without decoding.
bool printable_ascii(unsigned char c) {
  return c > 0x20 && c < 0x7F;
}
bool no_space_lead(unsigned char c) {
  return c >= 0xE4 && c <= 0xEF;
}
bool starts_without_space(std::string_view text) {
  return !text.empty() && (printable_ascii(text.front()) || no_space_lead(text.front()));
}
bool ends_without_space(std::string_view text) {
  const std::size_t n = text.size();
  if (n > 0 && printable_ascii(text[n - 1])) return true;
  return n >= 3 && no_space_lead(text[n - 3]) && (text[n - 2] & 0xC0) == 0x80 && (text[n - 1] & 0xC0) == 0x80;
}

}  // namespace

std::string_view trim_right(std::string_view text) {
  if (ends_without_space(text)) return text;
  return text.substr(0, text.size() - trailing_space_bytes(text));
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return lower;
}

std::string_view trim(std::string_view text) {
  if (text.empty()) return text;  // blank lines: a good share of every page
  if (starts_without_space(text)) return trim_right(text);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = i;
    if (!is_space(next_code_point(text, next))) break;
    i = next;
  }
  return trim_right(text.substr(i));
}

char32_t code_point_before(std::string_view text, std::size_t end) {
  std::size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t i = start;
  return next_code_point(text.substr(0, end), i);
}

bool is_unspaced_script(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x30FF) ||  // CJK punctuation, kana
         (cp >= 0x3400 && cp <= 0x9FFF) ||  // Han
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // Han compatibility
         (cp >= 0xFF00 && cp <= 0xFFEF);    // full-width forms
}

}  // namespace newsclean
