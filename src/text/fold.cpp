#include "text/fold.hpp"

#include <unicode/uchar.h>

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

std::size_t append_fold_key(std::string& key, std::string_view text) {
  std::size_t chars = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      if ((byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z')) {
        key += static_cast<char>(byte);
        ++chars;
      } else if (byte >= 'A' && byte <= 'Z') {
        key += static_cast<char>(byte - 'A' + 'a');
        ++chars;
      }
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_valid_code_point(text, i);
    if (is_caseless_letter(cp)) {
      key.append(text.data() + start, i - start);
      ++chars;
      continue;
    }
    if (!u_isalnum(static_cast<UChar32>(cp))) continue;
    append_utf8(key, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)));
    ++chars;
  }
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
