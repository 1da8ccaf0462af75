// Markdown links inside a line of text ("... the [study](https://...) found")
// keep their words and lose the address, and images inside a line go whole:
// clipped pages carry them in the middle of sentences. A line that is only
// links (a menu, a list of related stories) is left as it is, to the rules
// and the page model, which judge it by its shape.
#pragma once

#include "core/article.hpp"

namespace newsclean {

// Returns true when any line changed (each change is an edit, for --explain).
bool unwrap_markdown_links(Article& article);

}  // namespace newsclean
