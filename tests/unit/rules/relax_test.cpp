#include <re2/re2.h>
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

TEST_CASE("relax: a relaxed hit needs no confirming on a line no longer than the smallest count", "[rules]") {
  CHECK(relax_counted_repetitions("^.{0,80}무단\\s*전재.{0,60}$")->exact_up_to_chars == 60);
  CHECK(relax_counted_repetitions("^[^>]{1,16} > .{0,40}$")->exact_up_to_chars == 16);
  // A lower bound the copy lowered ("\d{4}" became "\d{1,}") is checked on every line.
  CHECK(relax_counted_repetitions("^\\d{4}-\\d{1,2}$")->exact_up_to_chars == 0);
  CHECK(relax_counted_repetitions("^\\p{Hangul}{2,4}$")->exact_up_to_chars == 0);
  CHECK(relax_counted_repetitions("^x{3,}$")->exact_up_to_chars == 0);
}

TEST_CASE("relax: the rule set answers as the exact pattern does, on short lines and long ones", "[rules]") {
  // Every line of up to 7 characters over a small alphabet, against patterns
  // whose counts repeat groups, classes and any character.
  const std::string alphabet = "abcxy";
  for (const std::string pattern :
       {"^(ab|c){0,3}x.{0,5}$", "^[abc]{1,4}x$", "(?i)^a.{0,2}b{0,3}$", "x[ab]{2,3}y", "^(a|bc){1,2}$"}) {
    ParsedRules parsed = parse_rule_file("t.rules", "line ui regex " + pattern + "\n");
    REQUIRE(parsed.errors.empty());
    const RuleSet rules({std::move(parsed.file)});
    const RE2 exact(pattern);
    std::size_t lines = 0, mismatches = 0;
    for (std::size_t length = 1; length <= 7; ++length) {
      std::vector<std::size_t> digits(length, 0);
      for (std::size_t k = 0; k < length;) {
        std::string line;
        for (const std::size_t d : digits) line += alphabet[d];
        mismatches += (rules.match(Scope::kLine, Lang::kEn, line) != nullptr) != RE2::PartialMatch(line, exact);
        ++lines;
        for (k = 0; k < length && ++digits[k] == alphabet.size(); ++k) digits[k] = 0;
      }
    }
    INFO(pattern);
    CHECK(lines == 97655);
    CHECK(mismatches == 0);
  }
}
