#include "text/fold.hpp"

#include <unicode/uchar.h>

#include <array>
#include <cstring>

#include "text/utf8.hpp"

namespace newsclean {
namespace {

// Hangul syllables, Han and kana are letters without case: they fold to
// themselves, and most CJK text is nothing else, so ICU is not asked.
bool is_caseless_letter(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3041 && cp <= 0x3096) ||
         (cp >= 0x30A1 && cp <= 0x30FA);
}

}  // namespace

const std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> table{};
  for (char c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = c;
  for (char c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = c;
  for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  return table;
}();

char32_t folded_code_point(char32_t cp) {
  if (cp < 0x80) return static_cast<unsigned char>(kAsciiFold[cp]);
  if (is_caseless_letter(cp)) return cp;
  if (!u_isalnum(static_cast<UChar32>(cp))) return 0;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

std::size_t append_fold_key(std::string& key, std::string_view text) {
  // Written straight into room made up front, then trimmed. Folding grows a
  // letter by half at most (two bytes to three, U+023A to U+2C65; a unit
  // test checks every code point), so the key fits in 3/2 of the text.
  const std::size_t base = key.size();
  key.resize(base + text.size() + text.size() / 2 + 4);
  char* const begin = key.data() + base;
  char* out = begin;
  std::size_t chars = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      const char folded = kAsciiFold[byte];
      *out = folded;
      out += folded != 0;
      chars += folded != 0;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_valid_code_point(text, i);
    if (is_caseless_letter(cp)) {
      std::memcpy(out, text.data() + start, i - start);
      out += i - start;
      ++chars;
      continue;
    }
    const char32_t folded = folded_code_point(cp);
    if (folded == 0) continue;
    out = write_utf8(out, folded);
    ++chars;
  }
  key.resize(base + static_cast<std::size_t>(out - begin));
  return chars;
}

std::string fold_key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  append_fold_key(key, text);
  return key;
}

bool ends_with_ellipsis(std::string_view text) {
  text = trim(text);
  while (!text.empty()) {
    const std::string_view closers[] = {"\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", ")", "]"};
    bool stripped = false;
    for (const std::string_view closer : closers) {
      if (text.size() >= closer.size() && text.substr(text.size() - closer.size()) == closer) {
        text = trim(text.substr(0, text.size() - closer.size()));
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  const auto ends = [&](std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
  };
  return ends("\xE2\x80\xA6") || ends("...");
}

}  // namespace newsclean
