#include "rules/examples.hpp"

#include <fmt/format.h>

namespace newsclean {

std::vector<ExampleFailure> check_examples(const RuleSet& rules) {
  std::vector<ExampleFailure> failures;
  for (const RuleFile& file : rules.files()) {
    for (const Rule& rule : file.rules) {
      for (const RuleExample& example : rule.examples) {
        bool hit = rules.matches(rule, example.text);
        if (hit && rule.scope == Scope::kInline) {
          std::string text = example.text;
          hit = !rules.remove_spans(rule, text).empty();
        }
        if (hit == example.must_match) continue;
        failures.push_back(
            {fmt::format("{}:{}", file.label, example.line),
             fmt::format("rule {} {} '{}'", rule.id, example.must_match ? "does not match" : "matches", example.text)});
      }
    }
  }
  return failures;
}

}  // namespace newsclean
