#include <catch2/catch.hpp>

#include "rules/relax.hpp"
#include "rules/rule_file.hpp"
#include "rules/rule_set.hpp"

using namespace newsclean;

TEST_CASE("relax: counted repetitions open up; optional marks, classes and escapes stay", "[rules]") {
  CHECK(relax_counted_repetitions("^.{0,80}무단\\s*전재.{0,60}$") == "^.{0,}무단\\s*전재.{0,}$");
  CHECK(relax_counted_repetitions("^.{20}$") == "^.{1,}$");
  CHECK(relax_counted_repetitions("^\\d{4}-\\d{1,2}$") == "^\\d{1,}-\\d{1,}$");
  CHECK(relax_counted_repetitions("^\\p{Hangul}{2,4}$") == "^\\p{Hangul}{1,}$");
  CHECK_FALSE(relax_counted_repetitions("^a{0,1}b{1}$"));
  CHECK_FALSE(relax_counted_repetitions("^\\x{2014}[{0,99}]$"));  // braces in a class or an escape are not counts
}

TEST_CASE("relax: a set's relaxed pattern never widens what the rule matches", "[rules]") {
  ParsedRules parsed = parse_rule_file("t.rules", "line copyright regex ^.{0,20}무단\\s*전재.{0,20}$\n");
  REQUIRE(parsed.errors.empty());
  RuleSet rules({std::move(parsed.file)});
  CHECK(rules.match(Scope::kLine, Lang::kKo, "한빛일보 무단전재 금지"));
  // The relaxed copy in the set matches these; the exact pattern confirms it must not.
  CHECK_FALSE(rules.match(Scope::kLine, Lang::kKo, std::string(30, 'x') + " 무단전재"));
  CHECK_FALSE(rules.match(Scope::kLine, Lang::kKo, "무단전재 " + std::string(30, 'x')));
}
