#include "text/fold.hpp"

#include <unicode/uchar.h>

#include "text/utf8.hpp"

namespace newsclean {

std::string fold_key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      if ((byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z'))
        key += static_cast<char>(byte);
      else if (byte >= 'A' && byte <= 'Z')
        key += static_cast<char>(byte - 'A' + 'a');
      continue;
    }
    const char32_t cp = next_valid_code_point(text, i);
    if (!u_isalnum(static_cast<UChar32>(cp))) continue;
    append_utf8(key, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)));
  }
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
