#include <catch2/catch.hpp>

#include "rule_text.hpp"

#include "rules/rule_set.hpp"

using namespace newsclean;

namespace {

std::string id_of(const Rule* rule) {
  return rule ? rule->id : "none";
}

}  // namespace

TEST_CASE("rule set: one scan answers every whole-line scope", "[rules]") {
  const RuleSet rules = rules_from(
      "line ui exact Share\n"              // 1
      "tail ui exact Share\n"              // 2: same text, other scope
      "cut:10 headlines regex ^Related\n"  // 3
      "line ui regex ^Rel\n"               // 4
      "tail byline regex @\\S+$\n"         // 5
      "inline ui exact [AD]\n");           // 6: not a whole-line scope
  const LineMatch share = rules.match_line(Lang::kEn, "Share");
  CHECK(id_of(share[Scope::kLine]) == "t.rules:1");
  CHECK(id_of(share[Scope::kTail]) == "t.rules:2");
  CHECK(id_of(share[Scope::kCut]) == "none");

  const LineMatch related = rules.match_line(Lang::kEn, "Related stories");
  CHECK(id_of(related[Scope::kCut]) == "t.rules:3");
  CHECK(id_of(related[Scope::kLine]) == "t.rules:4");
  CHECK(id_of(related[Scope::kInline]) == "none");

  CHECK(id_of(rules.match(Scope::kTail, Lang::kKo, "홍길동 기자 hong@example.com")) == "t.rules:5");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kKo, "홍길동 기자 hong@example.com")) == "none");
}

TEST_CASE("rule set: exact lines match whole lines only, longer ones skip the lookup", "[rules]") {
  const RuleSet rules = rules_from(
      "line ui exact Share\n"
      "line ui exact Print this page\n");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "Share")) == "t.rules:1");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "Print this page")) == "t.rules:2");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "Shar")) == "none");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "Share this")) == "none");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "Print this page, and share it with friends")) == "none");
}

TEST_CASE("rule set: within a scope the first rule in file order wins", "[rules]") {
  const RuleSet rules = rules_from(
      "line byline regex ^By \\w+\n"
      "line ui prefix By\n"
      "line ui exact By Jane\n");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "By Jane")) == "t.rules:1");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "By")) == "t.rules:2");
}
