// Trailing headline-list detector: drops a block of at least three list items
// ("- ", "▶", "·", "1. " ...) at the end of the article, with a short header
// line right above it ("관련기사", "Related"). Dropped and blank lines in
// between are passed over. Returns true when it dropped something.
#pragma once

#include "core/article.hpp"

namespace newsclean {

bool detect_headline_tail(Article& article);

}  // namespace newsclean
