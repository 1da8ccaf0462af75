// Hard-wrapped dumps (lynx -dump, w3m -dump, a mail archive): a text browser
// broke every paragraph into lines of at most one width. This stage finds
// the width and joins each paragraph's lines back into one, so that every
// later stage judges paragraphs, as it does in any other dump.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.hpp"

namespace newsclean {

// Display columns of a line: 2 for wide East Asian characters, else 1.
std::size_t display_width(std::string_view text);

// The width the dump was wrapped at, or 0 when it was not wrapped: most of
// its longest lines end within a few columns of one width, and a line that
// reaches it is followed by more text.
std::size_t wrap_width(const std::vector<NormalizedLine>& lines);

struct Unwrapped {
  std::size_t width = 0;   // the columns the paragraphs were wrapped at; 0: not wrapped
  std::size_t joined = 0;  // lines joined into the line above them
};

// Joins the wrapped lines of each paragraph; the joined line keeps the
// number of its first line, and its lines as they came in `wrapped`.
// "   The council met on\n   Tuesday." (wrapped at 24) -> "   The council met on Tuesday."
Unwrapped unwrap_lines(std::vector<NormalizedLine>& lines);

// A joined paragraph that rules edited, broken again where the input broke
// it: `text` is the paragraph after its edits (text cut out, spaces tidied),
// `wrapped` its lines as they came. Each line keeps its indent and what of
// it is left; a line left with nothing goes. Empty when the edits cannot be
// placed (the caller prints `text`).
// rewrapped("The council met. Jane Roe", "  The council\n  met. (AP) Jane Roe") == "  The council\n  met. Jane Roe"
std::string rewrapped(std::string_view text, std::string_view wrapped);

}  // namespace newsclean
