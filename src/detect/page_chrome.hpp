// Page-chrome detector for whole-page dumps (menus, share bars, footers around
// the story): when most lines are short labels, the story is the densest run
// of prose lines; short non-prose lines outside it are dropped as ui, except
// the headline just above it, which becomes the title. Prose outside the run
// stays: losing a paragraph is worse than keeping a teaser.
#pragma once

#include "core/article.hpp"

namespace newsclean {

// Returns true when it treated the article as a whole-page dump.
bool detect_page_chrome(Article& article);

}  // namespace newsclean
