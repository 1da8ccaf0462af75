// The page model's verdicts, after the rules and the page-chrome detector
// have had their say: lines the story model finds far from the story go
// (detector:page-model), story prose that a blind cut or the chrome detector
// took comes back, and short lines inside the story's extent (subheads,
// quotes, result lines, table rows) are never the model's to drop.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/article.hpp"
#include "detect/title.hpp"

namespace newsclean {

// Computes the feature rows (article.features, whose capacity it reuses)
// from the lines as they are:
// call before any stage edits them. Only whole-page dumps get them, unless
// score_all, which also scores every line now (for --explain); otherwise
// lines are scored when the model first asks (story_of).
void prepare_page_model(Article& article, bool score_all = false);

// Line i's P(story) (Line::story), scored now if it was not yet; -1 for a
// blank line or an article without feature rows.
float story_of(Article& article, std::size_t i);

// The story's extent: from its first to its last story line, with a table
// or list that runs on right below it. Line indices; empty when no line
// reads as story.
struct StoryExtent {
  std::size_t first = 0, last = 0;
  bool empty = true;
  std::size_t comments = 0;  // where reader comments start (lines.size(): none)
  // The story's headline when the stretch was cut at it (a headline over a
  // byline block, teasers above): nothing above it is the story's.
  std::optional<std::size_t> headline;
  // Lines of teaser blocks (a headline, a sentence, a tag: other stories),
  // and the first of them when they follow the story: nothing below that
  // line is the story's.
  std::vector<bool> teaser;
  std::optional<std::size_t> teasers;
  bool contains(std::size_t i) const { return !empty && i >= first && i <= last; }
};
StoryExtent story_extent(Article& article);

// True for a whole-page dump (20 lines or more that are not blank): the
// only kind the page model judges; shorter dumps are body scrapes.
bool is_whole_page(const Article& article);

// The lines of a whole page's densest prose run (where the story usually
// is), from the features prepare_page_model scored; empty when the page was
// not scored or is no whole page.
std::vector<bool> story_run_lines(const Article& article);

// Applies the verdicts to whole-page dumps (is_whole_page). The story's
// headline stays; in kAuto mode it is the title when the article has none
// or a title above it that is no headline (kFirstLine: only when none).
// Returns true when any line changed.
bool apply_page_model(Article& article, TitleMode title_mode);
// The same on a whole page whose story_extent() the caller has found.
bool apply_page_model(Article& article, const StoryExtent& extent, TitleMode title_mode);

// When every line but the title would go although the article has prose,
// the densest prose run comes back: no rule or detector may empty an
// article. Returns true when it did.
bool keep_densest_run(Article& article);

}  // namespace newsclean
