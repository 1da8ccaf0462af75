#include "text/shape.hpp"

#include <unicode/uchar.h>

#include <cctype>

#include "text/utf8.hpp"

namespace newsclean {
namespace {

bool is_closer(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case 0x201D:
    case 0x2019:
    case 0x300D:
    case 0x300F:
    case 0x3011:
    case 0xFF09:
    case 0x00BB:
    case 0x3009:
    case 0x300B: return true;
    default: return false;
  }
}

// The last code point of text that is not a closing quote, bracket or space,
// found walking back from the end (this runs several times per line).
char32_t last_meaningful(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    const char32_t cp = next_code_point(text, i);
    if (!is_closer(cp) && !is_space(cp)) return cp;
    end = start;
  }
  return 0;
}

// A name has two or three capitalised words; its line no more characters than this.
constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxNameWords = 3;
constexpr std::size_t kMaxNameChars = 40;

bool is_name_particle(std::string_view word) {
  for (const std::string_view particle :
       {"de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al"}) {
    if (word == particle) return true;
  }
  return false;
}

bool is_capitalised_word(std::string_view word) {
  std::size_t i = 0;
  const char32_t first = next_code_point(word, i);
  if (!u_isupper(static_cast<UChar32>(first))) return false;
  while (i < word.size()) {
    const char32_t cp = next_code_point(word, i);
    if (!u_isalpha(static_cast<UChar32>(cp)) && cp != '-' && cp != '\'' && cp != U'\u2019' && cp != '.') return false;
  }
  return true;
}

}  // namespace

bool looks_like_name(std::string_view text) {
  if (char_count(text) > kMaxNameChars) return false;
  std::size_t names = 0;
  bool ends_with_name = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) return false;
    ends_with_name = is_capitalised_word(word);
    if (!ends_with_name && (names == 0 || !is_name_particle(word))) return false;
    names += ends_with_name;
  }
  return ends_with_name && names >= kMinNameWords && names <= kMaxNameWords;
}

bool is_title_case(std::string_view line) {
  constexpr std::size_t kMinLetters = 4, kMinWords = 4;
  std::size_t words = 0, capitalised = 0;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && line[i] == ' ') ++i;
    const std::size_t start = i;
    std::size_t letters = 0;
    while (i < line.size() && line[i] != ' ') {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      letters += std::isalpha(c) != 0;
      ++i;
    }
    if (letters < kMinLetters) continue;
    ++words;
    capitalised += std::isupper(static_cast<unsigned char>(line[start])) != 0;
  }
  return words >= kMinWords && capitalised * 10 >= words * 9;
}

bool ends_sentence(std::string_view line) {
  switch (last_meaningful(line)) {
    case '.':
    case '!':
    case '?':
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0x2026:
    case 0xFF0E: return true;
    default: return false;
  }
}

bool looks_like_cjk_name(std::string_view line) {
  constexpr std::size_t kMinChars = 2;
  constexpr std::size_t kMaxChars = 6;
  line = trim(line);
  std::size_t chars = 0, spaces = 0;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t cp = next_code_point(line, i);
    if (cp == ' ' || cp == 0x3000) {
      ++spaces;
      continue;
    }
    const bool han = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
    const bool kana = cp >= 0x3041 && cp <= 0x30FA;
    const bool hangul = cp >= 0xAC00 && cp <= 0xD7A3;
    if (!han && !kana && !hangul) return false;
    ++chars;
  }
  return chars >= kMinChars && chars <= kMaxChars && spaces <= 1;
}

bool enclosed_by(std::string_view text, std::string_view open, std::string_view close) {
  return text.size() > open.size() + close.size() && text.substr(0, open.size()) == open &&
         text.substr(text.size() - close.size()) == close;
}

bool ends_in_word(std::string_view line) {
  return u_isalnum(static_cast<UChar32>(last_meaningful(line)));
}

bool looks_like_body(std::string_view line) {
  const std::size_t chars = char_count_upto(trim(line), 120);
  return (chars >= 30 && ends_sentence(line)) || chars >= 120;
}

bool is_list_item(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  std::size_t i = 0;
  const char32_t first = next_code_point(line, i);
  const bool space_follows = i < line.size() && (line[i] == ' ' || line[i] == '\t');
  switch (first) {
    case '-':
    case '*':
    case '+': return space_follows;
    case 0x25B6:
    case 0x25B7:
    case 0x25BA:
    case 0x25B8:  // ▶ ▷ ► ▸
    case 0x00B7:
    case 0x2022:
    case 0x30FB:  // · • ・
    case 0x25A0:
    case 0x25A1:
    case 0x25AA:  // ■ □ ▪
    case 0x261E:
    case 0x25C6:
    case 0x25C7:  // ☞ ◆ ◇
    case 0x25CF:
    case 0x25CB:
    case 0x2013:
    case 0x2014:  // ● ○ – —
    case 0x300B:
    case 0x2192:  // 》 →
      return true;
    default: break;
  }
  if (first >= 0x2460 && first <= 0x2473) return true;  // ① .. ⑳
  if (first >= '0' && first <= '9') {
    std::size_t k = 1;
    while (k < line.size() && k < 3 && line[k] >= '0' && line[k] <= '9') ++k;
    return k + 1 < line.size() && (line[k] == '.' || line[k] == ')') && line[k + 1] == ' ';
  }
  return false;
}

bool has_email(std::string_view line) {
  const auto is_local = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-' || c == '+';
  };
  for (std::size_t at = line.find('@'); at != std::string_view::npos; at = line.find('@', at + 1)) {
    if (at == 0 || !is_local(line[at - 1])) continue;
    const std::size_t dot = line.find('.', at + 2);
    if (dot == std::string_view::npos || dot + 1 >= line.size()) continue;
    bool domain_ok = true;
    for (std::size_t k = at + 1; k < dot; ++k) domain_ok = domain_ok && is_local(line[k]);
    if (domain_ok && is_local(line[dot + 1])) return true;
  }
  return false;
}

}  // namespace newsclean
