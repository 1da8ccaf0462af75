#include "detect/title.hpp"

#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {

bool looks_like_headline(std::string_view line, Lang lang) {
  line = trim(line);
  const std::size_t chars = char_count(line);
  const std::size_t limit = is_cjk(lang) ? 100 : 200;
  if (chars == 0 || chars > limit) return false;
  // "?" and "!" end many headlines; a full stop or "。" ends a sentence.
  const bool full_stop =
      ends_sentence(line) && !(line.back() == '?' || line.back() == '!' ||
                               line.substr(line.size() >= 3 ? line.size() - 3 : 0) == "\xEF\xBC\x9F");
  return !full_stop && !is_list_item(line);
}

void detect_title(Article& article, TitleMode mode) {
  article.title.reset();
  if (mode == TitleMode::kNone) return;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (!line.visible()) continue;
    if (mode == TitleMode::kFirstLine || looks_like_headline(line.text, article.lang)) article.title = i;
    return;
  }
}

}  // namespace newsclean
