// libFuzzer target: the rule-file parser and compiler on arbitrary bytes.
// Parsing must never crash; what parses must compile and match a line.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rules/examples.hpp"
#include "rules/rule_file.hpp"
#include "rules/rule_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  newsclean::ParsedRules parsed = newsclean::parse_rule_file("fuzz.rules", text);
  if (!parsed.errors.empty()) return 0;
  std::vector<newsclean::RuleFile> files;
  files.push_back(std::move(parsed.file));
  const newsclean::RuleSet rules(std::move(files));
  for (const auto scope : {newsclean::Scope::kLine, newsclean::Scope::kTail, newsclean::Scope::kCut}) {
    rules.match(scope, newsclean::Lang::kEn, text.substr(0, 200));
  }
  newsclean::check_examples(rules);
  return 0;
}
