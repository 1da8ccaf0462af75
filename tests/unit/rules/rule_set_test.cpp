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

// Regexes for every language sit in one set of their own, a language's in
// its set: a line is asked both, and file order still decides between them.
TEST_CASE("rule set: regexes for every language and for one language answer together", "[rules]") {
  ParsedRules every =
      parse_rule_file("all.rules", "line ui regex ^Menu\ntail ui regex ^Menu\ninline ui regex \\[AD\\]\n");
  ParsedRules german = parse_rule_file("de.rules", "@lang de\nline ui regex ^Men\ntail byline regex ^Menu$\n");
  RuleSet rules({std::move(german.file), std::move(every.file)});
  CHECK(id_of(rules.match(Scope::kLine, Lang::kDe, "Menu")) == "de.rules:2");  // earlier file wins
  CHECK(id_of(rules.match(Scope::kTail, Lang::kDe, "Menu")) == "de.rules:3");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kKo, "Menu")) == "all.rules:1");  // not German: the common rule
  CHECK(id_of(rules.match(Scope::kTail, Lang::kKo, "Menu")) == "all.rules:2");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kDe, "Mensa")) == "de.rules:2");
  CHECK(id_of(rules.match(Scope::kLine, Lang::kEn, "Mensa")) == "none");
  for (const Lang lang : {Lang::kKo, Lang::kDe, Lang::kEn}) {
    const std::vector<const Rule*> spans = rules.inline_matches(lang, "text [AD] text");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0]->id == "all.rules:3");
  }
}
