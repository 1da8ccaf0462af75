#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "rule_text.hpp"

#include "output/sink.hpp"
#include "pipeline/cleaner.hpp"

using namespace newsclean;

namespace {

std::string cleaned(const RuleSet& rules, std::string raw, CleanOptions options = {}) {
  Cleaner cleaner(rules, options);
  Article article;
  article.raw = std::move(raw);
  cleaner.clean(article);
  return clean_text(article, true);
}

}  // namespace

TEST_CASE("cleaner: head rules stop where the body starts", "[pipeline]") {
  const RuleSet rules = rules_from("head ui exact Menu\n");
  CHECK(cleaned(rules, "Menu\nThe body starts here with a full sentence.\nMenu\n") ==
        "The body starts here with a full sentence.\nMenu");
}

TEST_CASE("cleaner: tail rules peel from the bottom and stop at the body", "[pipeline]") {
  const RuleSet rules = rules_from("tail ui exact Top\n");
  CHECK(cleaned(rules, "Title line\nTop\nThe body is a full sentence of some length.\nTop\n\nTop\n") ==
        "Title line\nTop\nThe body is a full sentence of some length.");
}

TEST_CASE("cleaner: cut needs enough body above it", "[pipeline]") {
  // Above the body the marker cannot cut: it goes alone, the body stays.
  const RuleSet rules = rules_from("cut:40 headlines exact Related\n");
  CHECK(cleaned(rules, "Related\nA body line that is long enough to count as prose.\nRelated\nMore\n") ==
        "A body line that is long enough to count as prose.");
}

TEST_CASE("cleaner: each cut rule counts the body above it exactly, to its own threshold", "[pipeline]") {
  // Counting stops once the largest threshold is reached; up to there every
  // character counts, and lines under 20 characters do not.
  const RuleSet rules = rules_from("cut:60 headlines exact Related\ncut:100 headlines exact More news\n");
  const std::string forty(40, 'a');  // 40 characters
  const std::string other(40, 'e');  // distinct lines: the duplicate detector leaves them alone
  const std::string short_line(19, 'b');
  // 40 + 19 (too short to count) = 40 < 60: no cut, the marker alone goes.
  CHECK(cleaned(rules, forty + "\n" + short_line + "\nRelated\nTail") == forty + "\n" + short_line + "\nTail");
  // 40 + 40 = 80: enough for the 60 cut, not for the 100 cut (its marker goes alone).
  CHECK(cleaned(rules, forty + "\n" + other + "\nMore news\nRelated\nTail") == forty + "\n" + other);
  // 40 + 40 + 20 = 100: enough for both.
  const std::string twenty(20, 'c');
  CHECK(cleaned(rules, forty + "\n" + other + "\n" + twenty + "\nMore news\nTail") ==
        forty + "\n" + other + "\n" + twenty);
  // One character short of 100: the 100 cut waits; its marker goes alone.
  const std::string nineteen_more(19, 'c');
  CHECK(cleaned(rules, forty + "\n" + other + "\n" + nineteen_more + "\nMore news\nTail") ==
        forty + "\n" + other + "\n" + nineteen_more + "\nTail");
  // 40 + 50 = 90, then a 25-character line: 115, though only 10 were missing.
  const std::string fifty(50, 'f');
  const std::string twenty_five(25, 'g');
  CHECK(cleaned(rules, forty + "\n" + fifty + "\n" + twenty_five + "\nMore news\nTail") ==
        forty + "\n" + fifty + "\n" + twenty_five);
  // A long line counts in full (300 characters) even past the cap.
  CHECK(cleaned(rules, std::string(300, 'd') + "\nMore news\nTail") == std::string(300, 'd'));
}

TEST_CASE("cleaner: inline rules keep the rest of the line", "[pipeline]") {
  const RuleSet rules = rules_from("inline byline regex ^\\(City=Wire\\)\\s*\n");
  CHECK(cleaned(rules, "(City=Wire) The sentence stays.") == "The sentence stays.");
  CHECK(cleaned(rules, "(City=Wire)") == "");
}

TEST_CASE("cleaner: a joined single-line dump loses its tail pieces only", "[pipeline]") {
  const RuleSet rules = rules_from("line copyright regex ^.{0,40}All rights reserved\\.$\n");
  const std::string para(150, 'a');
  const std::string raw = para + " one.  " + para + " two.  Jane Roe jane@example.com  Example. All rights reserved.";
  CHECK(cleaned(rules, raw) == para + " one.  " + para + " two.");
}

TEST_CASE("cleaner: blank lines are kept once between paragraphs", "[pipeline]") {
  const RuleSet rules = rules_from("line ui exact Share\n");
  CHECK(cleaned(rules, "Head\n\n\nPara one.\n\nShare\n\nPara two.\n\n") == "Head\n\nPara one.\n\nPara two.");
}

// Below a second cut's marker the lines are that cut's: when the page model
// finds the first marker above the story and gives back what it took, the
// second cut still holds.
TEST_CASE("cleaner: below a second cut marker, lines are that cut's", "[pipeline]") {
  const RuleSet rules = rules_from("cut:10 headlines exact Menu\ncut:10 headlines exact Related\n");
  Article article;
  article.raw = "A first line long enough to count as prose above.\nMenu\nStory\nRelated\nOther story\n";
  Cleaner cleaner(rules, CleanOptions{});
  cleaner.clean(article);
  REQUIRE(article.lines.size() >= 5);
  REQUIRE(article.lines[2].dropped());
  CHECK(article.lines[2].dropped_by->id == "t.rules:1");
  REQUIRE(article.lines[4].dropped());
  CHECK(article.lines[4].dropped_by->id == "t.rules:2");
  CHECK(article.lines[3].dropped_by->id == "t.rules:2");  // the second marker itself
}

namespace {

// A whole page scored by hand (story scores by line number, as the
// evaluation scripts hand them in): a menu holding a word that heads a list
// on other pages, the headline, the story, two short lines the model is
// unsure of, then a related-articles list.
struct ScoredPage {
  std::string raw;
  std::shared_ptr<std::unordered_map<std::size_t, float>> scores =
      std::make_shared<std::unordered_map<std::size_t, float>>();
  void add(const std::string& text, float story) {
    raw += text + '\n';
    (*scores)[static_cast<std::size_t>(std::count(raw.begin(), raw.end(), '\n'))] = story;
  }
};

ScoredPage page_with_menu_marker() {
  ScoredPage page;
  for (const char* item : {"Home", "World", "Business", "Tips", "Travel", "Food", "Sport", "Weather", "Podcasts"}) {
    page.add(item, 0.02f);
  }
  page.add("Harbour Ferry Will Run Through The Winter", 0.3f);
  for (const char* day : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}) {
    page.add(std::string("The council met on ") + day + " and spoke at length about keeping the ferry running.", 0.95f);
  }
  page.add("Check the timetable at the pier.", 0.4f);
  page.add("Buy a season pass at the kiosk.", 0.4f);
  page.add("Related articles", 0.05f);
  for (const char* item : {"Storm closes the harbour road", "New pier opens in spring", "Fish market moves inland"}) {
    page.add(item, 0.3f);
  }
  for (const char* item : {"About us", "Contact", "Careers", "Privacy", "Terms"}) page.add(item, 0.02f);
  return page;
}

}  // namespace

// A cut whose marker stands in the menu above the story (a word learned as a
// list header from other pages) is undone: the stages run again with
// markers counted from the story's first line, so the headline and what
// follows the story are judged as on a page without that rule, and a cut
// below the story still holds. The pack's marker is also a line rule's: it
// still cuts.
TEST_CASE("cleaner: a cut marker above the story is no marker; a cut below it holds", "[pipeline]") {
  const RuleSet rules = rules_from(
      "line ui exact Related articles\n"
      "cut:0 headlines exact Tips\n"
      "cut:0 headlines exact Related articles\n");
  const ScoredPage page = page_with_menu_marker();
  CleanOptions options;
  options.story_scores = page.scores;
  Article article;
  article.raw = page.raw;
  Cleaner(rules, options).clean(article);
  REQUIRE(article.lines.size() == 26);
  REQUIRE(article.title);
  CHECK(article.lines[*article.title].text == "Harbour Ferry Will Run Through The Winter");
  for (std::size_t i = 10; i < 15; ++i) CHECK(article.lines[i].visible());
  CHECK(article.lines[15].visible());  // short sentences right below the story
  CHECK(article.lines[16].visible());
  REQUIRE(article.lines[17].dropped());  // the marker keeps its line rule's verdict
  CHECK(article.lines[17].dropped_by->id == "t.rules:1");
  for (std::size_t i = 18; i < 21; ++i) {
    REQUIRE(article.lines[i].dropped());
    CHECK(article.lines[i].dropped_by->id == "t.rules:3");
  }
  CHECK(article.lines[3].dropped());  // the menu word itself is still chrome
}

// --explain scores short dumps too (its story column); the output must stay
// what it is without --explain. A cut above the prose of a short dump holds
// either way: only a whole page may have it undone.
TEST_CASE("cleaner: a short dump scored for --explain comes out as without it", "[pipeline]") {
  const RuleSet rules = rules_from("cut:0 headlines exact Most read\n");
  const std::string raw =
      "Harbour news\nBy Jane Roe, harbour reporter\nMost read\nStorm closes the harbour road\n"
      "The council voted on Tuesday to keep the ferry running through the winter months, officials said.\n"
      "The port authority will publish a new timetable for the crossing before the end of the month.\n"
      "Fares stay the same for residents, while visitors pay a little more during the busy season.\n";
  CleanOptions explain;
  explain.score_all = true;
  const std::string plain = cleaned(rules, raw);
  CHECK(plain == "Harbour news\nBy Jane Roe, harbour reporter");
  CHECK(cleaned(rules, raw, explain) == plain);
}

TEST_CASE("cleaner: a Korean pack's rule judges the Latin-script lines of a Korean page too", "[pipeline]") {
  // Latin lines of a Korean page meet the English rules (their script's) and
  // the Korean ones (the page's): a portal's English widget label stays
  // reachable by the portal's pack.
  const RuleSet rules =
      rules_from("@lang ko\nline ui exact Translated by example i\ninline ui regex \\s*\\(Example Inc\\.\\)$\n");
  const std::string first = "서울시가 내년부터 한강 수상버스의 운항 횟수를 하루 60회에서 80회로 늘린다고 밝혔다.";
  const std::string second = "시 관계자는 이용객이 꾸준히 늘어 운항을 확대하기로 했다고 말했다.";
  CHECK(cleaned(rules, first + "\nTranslated by example i\nA line in English (Example Inc.)\n" + second + "\n") ==
        first + "\nA line in English\n" + second);
  // An English page is not judged by Korean rules.
  CHECK(cleaned(rules, "Translated by example i\nThe body of the story is a full English sentence.\n") ==
        "Translated by example i\nThe body of the story is a full English sentence.");
}
