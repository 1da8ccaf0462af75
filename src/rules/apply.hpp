// Stage 2, line rules: marks the lines (or spans) that the rule files match.
// Receives an article with languages set; drops or edits lines, recording the
// rule; never removes a line from the vector.
#pragma once

#include "core/article.hpp"
#include "rules/rule_set.hpp"

namespace newsclean {

// inline rules: remove matched spans; a line left with nothing to read is dropped.
void apply_inline_rules(const RuleSet& rules, Article& article);

// line, head and cut rules, top to bottom.
void apply_line_rules(const RuleSet& rules, Article& article);

// tail rules from the bottom up; dropped and blank lines are passed over.
// Returns true when it dropped a line.
bool apply_tail_rules(const RuleSet& rules, Article& article);

}  // namespace newsclean
