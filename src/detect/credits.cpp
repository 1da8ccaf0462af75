#include "detect/credits.hpp"

#include "detect/detector_rule.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kBylineRule = make_detector_rule("byline", category::kByline);
const Rule kCopyrightRule = make_detector_rule("copyright", category::kCopyright);

constexpr std::size_t kMaxBylineChars = 80;
constexpr std::size_t kMaxCopyrightChars = 160;
// How many short lines at the bottom are searched.
constexpr std::size_t kTailLines = 8;

bool is_copyright(std::string_view text) {
  return text.find("\xC2\xA9") != std::string_view::npos ||      // ©
         text.find("\xE2\x93\x92") != std::string_view::npos ||  // ⓒ
         text.find("Copyright") != std::string_view::npos || text.find("COPYRIGHT") != std::string_view::npos ||
         text.find("(c) ") != std::string_view::npos || text.find("(C) ") != std::string_view::npos;
}

}  // namespace

bool detect_credits(Article& article) {
  bool changed = false;
  std::size_t seen = 0;
  for (std::size_t i = article.lines.size(); i-- > 0 && seen < kTailLines;) {
    Line& line = article.lines[i];
    if (!line.visible()) continue;
    if (article.title == i) break;
    const std::string_view text = trim(line.text);
    const std::size_t chars = char_count(text);
    if (chars <= kMaxBylineChars && has_email(text)) {
      line.dropped_by = &kBylineRule;
      changed = true;
    } else if (chars <= kMaxCopyrightChars && is_copyright(text)) {
      line.dropped_by = &kCopyrightRule;
      changed = true;
    } else if (looks_like_body(text)) {
      break;
    }
    ++seen;
  }
  return changed;
}

}  // namespace newsclean
