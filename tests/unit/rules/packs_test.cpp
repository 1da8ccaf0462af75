#include <catch2/catch.hpp>

#include "rules/embedded_packs.hpp"
#include "rules/examples.hpp"

using namespace newsclean;

TEST_CASE("packs: every embedded pack parses and every example holds", "[rules]") {
  std::vector<RuleFile> files;
  std::size_t examples = 0;
  for (const EmbeddedPack& pack : embedded_packs()) {
    ParsedRules parsed = parse_rule_file(pack.file_name, pack.text);
    for (const RuleError& error : parsed.errors) FAIL_CHECK(error.where << ": " << error.what);
    CHECK_FALSE(parsed.file.description.empty());
    for (const Rule& rule : parsed.file.rules) examples += rule.examples.size();
    files.push_back(std::move(parsed.file));
  }
  CHECK(files.size() >= 5);
  CHECK(examples >= 30);
  const RuleSet rules(std::move(files));
  for (const ExampleFailure& failure : check_examples(rules)) FAIL_CHECK(failure.where << ": " << failure.what);
}

TEST_CASE("packs: a broken example is caught", "[rules]") {
  ParsedRules parsed = parse_rule_file("t.rules",
                                       "line ui exact Share\n"
                                       "  + Share\n"
                                       "  + Share this\n"
                                       "  - Share\n"
                                       "inline caption regex \\(Photo\\)\n"
                                       "  + A line (Photo)\n");
  REQUIRE(parsed.errors.empty());
  const RuleSet rules({std::move(parsed.file)});
  const std::vector<ExampleFailure> failures = check_examples(rules);
  REQUIRE(failures.size() == 2);
  CHECK(failures[0].where == "t.rules:3");
  CHECK(failures[0].what == "rule t.rules:1 does not match 'Share this'");
  CHECK(failures[1].where == "t.rules:4");
}
