// Test helper: a RuleSet from rule-file text, which must parse cleanly.
#pragma once

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

#include "rules/rule_set.hpp"

namespace newsclean {

inline RuleSet rules_from(const char* text) {
  ParsedRules parsed = parse_rule_file("t.rules", text);
  REQUIRE(parsed.errors.empty());
  std::vector<RuleFile> files;
  files.push_back(std::move(parsed.file));
  return RuleSet(std::move(files));
}

}  // namespace newsclean
