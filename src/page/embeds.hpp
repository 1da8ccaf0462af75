// Social posts embedded in a story, as a page's text shows them: the post's
// words, then the line that names who posted it and when ("— Jane Roe
// (@janeroe) November 19, 2019", "A post shared by Jane Roe (@janeroe) on
// Nov 19, 2019 at 9:12am PST"). The chrome detector and the model take
// them for widgets (a link, a handle, a date); at the story's end the page
// model keeps them with the story (page_model.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "core/article.hpp"

namespace newsclean {

// The line that closes an embedded post: a dash, or "A post shared by", a
// name with an @handle in brackets, and a date ending in a year or a time.
bool is_embed_attribution(std::string_view text);

// When the lines from `first` down end one embedded post (at most four
// lines, not blank, none taken by a rule on evidence of its own, then its
// attribution line; or the attribution alone, under the post's words), the
// attribution's index; lines.size() when not.
std::size_t embed_from(const Article& article, std::size_t first);

}  // namespace newsclean
