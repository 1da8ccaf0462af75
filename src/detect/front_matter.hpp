// Front-matter detector for crawler and clipper markdown: a YAML block
// between "---" lines at the top goes (as ui; author entries as byline, a
// description as duplead). When no markdown "# " heading follows, its title
// value becomes the title line. Markdown rules, "---" and crawl footers are
// left to the packs.
#pragma once

#include "core/article.hpp"

namespace newsclean {

// Returns true when the article opened with front matter.
bool detect_front_matter(Article& article);

}  // namespace newsclean
