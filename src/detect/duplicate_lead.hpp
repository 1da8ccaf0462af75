// Duplicate-lead detector: drops a paragraph whose sentences all appear in
// another kept paragraph (a summary box, a repeated lead, a truncated copy
// ending in "…"). Keeps the fuller copy; of equal copies, the first. Compares
// case-folded text without spaces or punctuation, sentence by sentence.
#pragma once

#include "core/article.hpp"

namespace newsclean {

void detect_duplicate_lead(Article& article);

}  // namespace newsclean
