#include <catch2/catch.hpp>

#include "rules/rule_file.hpp"
#include "rules/rule_set.hpp"

using namespace newsclean;

TEST_CASE("rule file: header, rules, examples", "[rules]") {
  const ParsedRules parsed = parse_rule_file("my.rules",
                                             "# comment\n"
                                             "@pack mine\n"
                                             "@lang ko, en\n"
                                             "line ui exact Share this\n"
                                             "  + Share this\n"
                                             "  - Share this story with care.\n"
                                             "cut:300 headlines prefix Related\n");
  REQUIRE(parsed.errors.empty());
  CHECK(parsed.file.name == "mine");
  REQUIRE(parsed.file.rules.size() == 2);
  const Rule& rule = parsed.file.rules[0];
  CHECK(rule.scope == Scope::kLine);
  CHECK(rule.category == "ui");
  CHECK(rule.pattern == "Share this");
  CHECK(rule.id == "my.rules:4");
  CHECK(rule.langs == std::vector<Lang>{Lang::kKo, Lang::kEn});
  REQUIRE(rule.examples.size() == 2);
  CHECK(rule.examples[0].must_match);
  CHECK_FALSE(rule.examples[1].must_match);
  CHECK(parsed.file.rules[1].scope == Scope::kCut);
  CHECK(parsed.file.rules[1].cut_min_chars == 300);
}

TEST_CASE("rule file: every error names line and column", "[rules]") {
  const ParsedRules parsed = parse_rule_file("bad.rules",
                                             "line ui exact ok\n"
                                             "lines ui exact x\n"
                                             "line UI exact x\n"
                                             "line ui fuzzy x\n"
                                             "line ui regex (unclosed\n"
                                             "line ui regex (a)\\1\n"
                                             "line ui regex (?=x)y\n"
                                             "line ui exact\n"
                                             "cut:abc ui exact x\n"
                                             "@lang xx\n");
  REQUIRE(parsed.errors.size() == 9);
  CHECK(parsed.errors[0].where == "bad.rules:2:1");
  CHECK(parsed.errors[1].where == "bad.rules:3:6");
  CHECK(parsed.errors[2].where == "bad.rules:4:9");
  CHECK(parsed.errors[3].where == "bad.rules:5:15");
  CHECK(parsed.errors[3].what.find("bad regex") == 0);
  CHECK(parsed.errors[4].where.rfind("bad.rules:6:", 0) == 0);  // backreference
  CHECK(parsed.errors[5].where.rfind("bad.rules:7:", 0) == 0);  // look-ahead
  CHECK(parsed.errors[6].what == "missing pattern");
  CHECK(parsed.errors[7].where == "bad.rules:9:1");
  CHECK(parsed.errors[8].what.find("must come before the first rule") != std::string::npos);
}

TEST_CASE("rule file: an inline regex that matches nothing is refused", "[rules]") {
  const ParsedRules parsed = parse_rule_file("x.rules", "inline ui regex a*\n");
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].what.find("empty string") != std::string::npos);
}

TEST_CASE("rule set: cheapest matcher first, lowest line wins", "[rules]") {
  ParsedRules parsed = parse_rule_file("t.rules",
                                       "line ui regex ^Share\n"
                                       "line ad exact Share this\n"
                                       "line ad prefix Sponsored\n"
                                       "line ad contains newsletter\n");
  REQUIRE(parsed.errors.empty());
  RuleSet rules({std::move(parsed.file)});
  const Rule* hit = rules.match(Scope::kLine, Lang::kEn, "Share this");
  REQUIRE(hit);
  CHECK(hit->id == "t.rules:1");  // the regex comes first in the file
  REQUIRE(rules.match(Scope::kLine, Lang::kEn, "Sponsored by X"));
  CHECK(rules.match(Scope::kLine, Lang::kEn, "Sponsored by X")->id == "t.rules:3");
  CHECK(rules.match(Scope::kLine, Lang::kEn, "Get our newsletter")->id == "t.rules:4");
  CHECK(rules.match(Scope::kLine, Lang::kEn, "Nothing here") == nullptr);
  CHECK(rules.match(Scope::kTail, Lang::kEn, "Share this") == nullptr);
}

TEST_CASE("rule set: a language's pack judges only its lines", "[rules]") {
  ParsedRules parsed = parse_rule_file("ko.rules", "@lang ko\nline ui exact 구독\n");
  RuleSet rules({std::move(parsed.file)});
  CHECK(rules.match(Scope::kLine, Lang::kKo, "구독"));
  CHECK_FALSE(rules.match(Scope::kLine, Lang::kJa, "구독"));
}

TEST_CASE("rule set: inline spans are removed, '^' stays the line start", "[rules]") {
  ParsedRules parsed = parse_rule_file("t.rules", "inline caption regex ^\\(x\\)\\s*\n");
  RuleSet rules({std::move(parsed.file)});
  std::string text = "(x) (x) body";
  const auto hits = rules.inline_matches(Lang::kEn, text);
  REQUIRE(hits.size() == 1);
  CHECK(rules.remove_spans(*hits[0], text) == "(x) ");
  CHECK(text == " (x) body");  // a space where the span was; apply_inline_rules tidies it
}

TEST_CASE("rule set: a cut between Japanese or Chinese text closes up, Latin and Hangul keep a space", "[rules]") {
  ParsedRules parsed = parse_rule_file("t.rules", "inline ad regex 【写真】\n");
  RuleSet rules({std::move(parsed.file)});
  std::string japanese = "試合に敗れた。【写真】監督は話した。";
  rules.remove_spans(*rules.inline_matches(Lang::kJa, japanese).at(0), japanese);
  CHECK(japanese == "試合に敗れた。監督は話した。");
  std::string latin = "lost【写真】today";
  rules.remove_spans(*rules.inline_matches(Lang::kEn, latin).at(0), latin);
  CHECK(latin == "lost today");
  std::string korean = "졌다【写真】감독은";
  rules.remove_spans(*rules.inline_matches(Lang::kKo, korean).at(0), korean);
  CHECK(korean == "졌다 감독은");
}
