// Rule examples as tests: "+ text" under a rule must be removed or edited by
// that rule, "- text" must not be. Packs carry their own test cases.
#pragma once

#include <string>
#include <vector>

#include "rules/rule_set.hpp"

namespace newsclean {

struct ExampleFailure {
  std::string where;  // "file:line" of the example
  std::string what;
};

// Checks every example of every rule in rules.
std::vector<ExampleFailure> check_examples(const RuleSet& rules);

}  // namespace newsclean
