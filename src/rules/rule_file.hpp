// Rule-file parser: text in, rules (or every error, as file:line:column) out.
// The format is in docs/rules.md; a file is checked whole before any input is
// read, regular expressions included.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace newsclean {

struct RuleFile {
  std::string name;         // pack name: "@pack" or the file name without ".rules"
  std::string label;        // what rule ids start with: the file name for packs, the path otherwise
  std::string description;  // "@description"
  std::vector<Rule> rules;
};

struct RuleError {
  std::string where;  // "file:line:column"
  std::string what;
};

struct ParsedRules {
  RuleFile file;
  std::vector<RuleError> errors;
};

// Whether parsing compiles each regex to report a bad one at its line and
// column. The embedded packs are checked by the test suite (`newsclean
// check`), so a run skips the cost (about 40 ms of each start).
enum class RegexCheck { kCompile, kTrusted };

// parse_rule_file("my.rules", "line ui exact Share this\n") gives one rule
// with id "my.rules:1".
ParsedRules parse_rule_file(std::string_view label, std::string_view text, RegexCheck check = RegexCheck::kCompile);

// Reads and parses the rule file at path; an unreadable file comes back as
// one error "path: cannot read rule file: reason".
ParsedRules read_rule_file(const std::string& path);

// Default cut distance: a cut rule fires only below this many body characters.
inline constexpr std::size_t kDefaultCutChars = 200;

}  // namespace newsclean
