// Byline and copyright detector for lines the packs do not know: in the tail
// of the article (below the last prose line), a short line with an e-mail
// address is a byline, a short line with "©" or "Copyright" is a copyright
// notice, a short line wholly in brackets with no sentence in it is a credit
// ("(Reuters)", "（TBSテレビ）"). Returns true when it dropped something.
#pragma once

#include "core/article.hpp"

namespace newsclean {

bool detect_credits(Article& article);

// Page dumps split "By" and the name into lines of their own: a short name
// line right after a dropped byline label ("By", "Von", "Por", "Par", "文")
// is part of the byline. Returns true when it dropped something.
bool detect_byline_names(Article& article);

// Between the headline and the story, page dumps print the author's name
// on its own ("Anna Menin"): name-shaped lines (two to four capitalised
// words, Latin script, not German) right below the headline, before the first
// prose line, are the byline. Returns true when it dropped something.
bool detect_header_byline_names(Article& article);

// A photo caption sits directly on top of its credit ("Jane Roe, AP"): the
// line right above a short line dropped as a caption credit, with no blank
// line between them, is the caption. Returns true when it dropped something.
bool detect_caption_above_credit(Article& article);

}  // namespace newsclean
