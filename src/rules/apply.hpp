// Stage 2, line rules: marks the lines (or spans) that the rule files match.
// Receives an article with languages set; drops or edits lines, recording the
// rule; never removes a line from the vector.
#pragma once

#include <vector>

#include "core/article.hpp"
#include "rules/rule_set.hpp"

namespace newsclean {

// inline rules: remove matched spans; a line left with nothing to read is dropped.
void apply_inline_rules(const RuleSet& rules, Article& article);

// Where a cut starts: its marker line and its rule (no rule: no cut).
struct CutMarker {
  std::size_t line = 0;
  const Rule* rule = nullptr;
};

// line and head rules, top to bottom, down to the first cut marker at or
// below line `cuts_from` (a marker above it is an ordinary line: the page
// model found the story below it). Returns the marker, already dropped;
// cut_below() then takes the rest. Split so that the cleaner can keep the
// lines as they were before the cut, in case the marker turns out to stand
// above the story. A marker on a line of `story_run` (the lines of the
// story's prose run, when the page was scored) cuts however little body
// stands above it: a list between two short paragraphs, which the page
// model then tells from the story.
CutMarker apply_line_rules(const RuleSet& rules, Article& article, std::size_t cuts_from = 0,
                           const std::vector<bool>* story_run = nullptr);

// Drops every line below a cut's marker, each with the rule that knows it
// or the nearest marker's cut.
void cut_below(const RuleSet& rules, Article& article, CutMarker marker);

// tail rules from the bottom up; dropped and blank lines are passed over.
// Returns true when it dropped a line.
bool apply_tail_rules(const RuleSet& rules, Article& article);

}  // namespace newsclean
