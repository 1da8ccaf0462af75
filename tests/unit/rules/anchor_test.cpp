#include <catch2/catch.hpp>

#include "rules/anchor.hpp"
#include "rules/rule_file.hpp"
#include "rules/rule_set.hpp"

using namespace newsclean;

TEST_CASE("anchor: a pattern is anchored when every top-level alternative starts with ^", "[rules]") {
  CHECK(starts_anchored("^Share this$"));
  CHECK(starts_anchored("(?i)^share this$"));
  CHECK(starts_anchored("^a$|^b$"));  // each alternative anchored: the set may start at the line's start
  CHECK(starts_anchored("(?i)^a$|^b$"));
  CHECK(starts_anchored("^(a|b)c$"));  // '|' inside a group
  CHECK(starts_anchored("^[|]x"));     // '|' inside a class
  CHECK(starts_anchored("^a\\|b"));    // an escaped '|'
  CHECK_FALSE(starts_anchored("^a$|b$"));
  CHECK_FALSE(starts_anchored("a|^b"));
  CHECK_FALSE(starts_anchored("Share this"));
  CHECK_FALSE(starts_anchored("(?i:^a)"));  // a group with a body is no flag prefix
}

TEST_CASE("anchor: rules with anchored alternatives match as written", "[rules]") {
  ParsedRules parsed = parse_rule_file("t.rules", "line ui regex ^first$|^second$\nline ui regex ^x$|y$\n");
  REQUIRE(parsed.errors.empty());
  const RuleSet rules({std::move(parsed.file)});
  CHECK(rules.match(Scope::kLine, Lang::kEn, "first"));
  CHECK(rules.match(Scope::kLine, Lang::kEn, "second"));
  CHECK_FALSE(rules.match(Scope::kLine, Lang::kEn, "the second"));
  CHECK(rules.match(Scope::kLine, Lang::kEn, "x"));
  CHECK(rules.match(Scope::kLine, Lang::kEn, "a y"));  // the unanchored alternative matches anywhere
}
