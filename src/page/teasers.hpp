// Teaser rails: blocks of a headline, one sentence and a tag that tells
// when (a date, an age such as "2 hours ago", a day word), in the same
// order each time and three or more in a row, the headline before the
// sentence. Other stories' teasers have this shape ("latest news" above the
// story, a box of them below it), and so do a timeline's dated entries: the
// page model tells them apart by what stands around a run (page_model.cpp,
// mark_teasers).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/article.hpp"

namespace newsclean {

struct LineRange {
  std::size_t first = 0, last = 0;  // line indices, both in the range
};

// The runs of teaser blocks, first line to last. `prose[i]` says whether
// line i is prose (the page features' flag); a teaser's sentence is prose.
std::vector<LineRange> teaser_runs(const Article& article, const std::vector<bool>& prose);

// "3:40 PM", "15:05", "10.30 a.m. GMT": a time of day alone. As a block's
// tag it marks a live blog's entry, which is no teaser.
bool is_clock_time(std::string_view text);

}  // namespace newsclean
