// Title detector: marks the first kept line as the article's title when it
// looks like a headline (short, no sentence-final full stop). Drops nothing.
#pragma once

#include "core/article.hpp"

namespace newsclean {

enum class TitleMode { kAuto, kFirstLine, kNone };

void detect_title(Article& article, TitleMode mode);

// True for a line that reads like a headline: at most 200 characters
// (100 in CJK text) and not ending with a full stop.
bool looks_like_headline(std::string_view line, Lang lang);

}  // namespace newsclean
