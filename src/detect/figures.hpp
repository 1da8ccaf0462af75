// Captions of figures inside the story. Text browsers print an image or an
// embedded video as a placeholder line ("[5911533729895342]", "[photo.jpg]",
// "[0.jpg] [play.png]"); the caption is the short one-line paragraph right
// below it, and a video's title is the short line right above its player.
// Markdown dumps print a figure as "![alt](url)" with the alt text, which is
// the caption, repeated on the short line below: that line is the caption.
// Returns true when it dropped something.
#pragma once

#include "core/article.hpp"

namespace newsclean {

bool detect_figure_captions(Article& article);

}  // namespace newsclean
