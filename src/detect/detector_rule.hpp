// Detectors record their removals like rules do, under ids "detector:NAME",
// so that --explain and JSONL name every removal the same way.
#pragma once

#include <string>

#include "rules/rule.hpp"

namespace newsclean {

inline Rule make_detector_rule(const char* name, const char* category_name) {
  Rule rule;
  rule.category = category_name;
  rule.id = std::string("detector:") + name;
  return rule;
}

}  // namespace newsclean
