// Trailing headline-list detector: drops a block of at least three list items
// ("- ", "▶", "·", "1. " ...) at the end of the article when it is clearly
// other stories: below the byline or copyright line, under a short header
// ("관련기사", "Related"; not "Key facts:"), or five or more headline-shaped
// items. Dropped and blank lines are passed over. Returns true when it
// dropped something.
#pragma once

#include "core/article.hpp"

namespace newsclean {

bool detect_headline_tail(Article& article);

}  // namespace newsclean
