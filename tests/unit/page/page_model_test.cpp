#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "rule_text.hpp"

#include "detect/detector_rule.hpp"
#include "output/sink.hpp"
#include "page/line_features.hpp"
#include "page/page_model.hpp"
#include "page/story_model.hpp"
#include "page/teasers.hpp"
#include "pipeline/cleaner.hpp"

using namespace newsclean;

namespace {

struct StoryCase {
  FeatureRow row;
  double probability;
};

// An article from (text, story score) pairs; "" is a blank line.
Article scored(const std::vector<std::pair<std::string, float>>& lines) {
  Article article;
  article.lang = Lang::kEn;
  for (const auto& [text, story] : lines) {
    Line line;
    line.text = text;
    line.number = article.lines.size() + 1;
    line.story = text.empty() ? -1.0f : story;
    article.lines.push_back(std::move(line));
  }
  return article;
}

// Menu lines around a story, enough of them to make a whole page (no
// figures in them: rows with figures below a story make a table).
void add_menu(std::vector<std::pair<std::string, float>>& lines, int count) {
  for (int i = 0; i < count; ++i) lines.push_back({"Section " + std::string(1, static_cast<char>('A' + i)), 0.02f});
}

const std::string kSentence = "The council voted on Tuesday to keep the ferry running through the winter months.";

// Ten menu lines, four story paragraphs (lines 10-13), then `below` (from
// line 14 on), then six menu lines.
std::vector<std::pair<std::string, float>> story_then(const std::vector<std::pair<std::string, float>>& below) {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  lines.insert(lines.end(), below.begin(), below.end());
  add_menu(lines, 6);
  return lines;
}

// Ten menu lines, then `above` (from line 10 on), four story paragraphs and
// six menu lines.
std::vector<std::pair<std::string, float>> story_after(const std::vector<std::pair<std::string, float>>& above) {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  lines.insert(lines.end(), above.begin(), above.end());
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  add_menu(lines, 6);
  return lines;
}

// Ten menu lines, three story paragraphs, "Most read" (line 13) with one
// headline under it, three story paragraphs (lines 15-17).
std::vector<std::pair<std::string, float>> list_between_paragraphs() {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Most read", 0.05f});
  lines.push_back({"Storm closes the harbour road", 0.05f});
  for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.95f});
  return lines;
}

// The page model's verdicts on a page scored by hand.
Article judged(const std::vector<std::pair<std::string, float>>& lines) {
  Article article = scored(lines);
  apply_page_model(article, TitleMode::kAuto);
  return article;
}

}  // namespace

TEST_CASE("story model: the C++ trees give sklearn's probabilities", "[page]") {
  const std::vector<StoryCase> cases = {
#include "page/story_model_cases.inc"
  };
  REQUIRE(cases.size() == 40);
  for (const StoryCase& c : cases) CHECK(std::abs(story_probability(c.row) - c.probability) < 1e-4);
}

TEST_CASE("line features: prose density and the story run", "[page]") {
  std::vector<Line> lines(6);
  lines[0].text = "Home";
  lines[1].text = "News";
  lines[2].text = kSentence;
  lines[3].text = kSentence + " Again.";
  lines[4].text = "";
  lines[5].text = "Contact";
  const std::vector<FeatureRow> rows = page_features(lines);
  CHECK(rows[0][kProse] == 0.0f);
  CHECK(rows[2][kProse] == 1.0f);
  CHECK(rows[2][kInStoryRun] == 1.0f);
  CHECK(rows[0][kRunDistance] == -2.0f);  // two lines above the run
  CHECK(rows[5][kRunDistance] == 1.0f);
  CHECK(rows[5][kBlankBefore] == 1.0f);
  CHECK(rows[4][kLogChars] == 0.0f);  // blank lines get zeros
  CHECK(rows[1][kLabelRun] == Approx(std::log1p(2.0f)));
}

TEST_CASE("page model: lines far from the story go, the story and its headline stay", "[page]") {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  lines.push_back({"Ferry to keep running through the winter", 0.1f});
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Quote of the day", 0.05f});  // inside the story: context keeps it
  for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.95f});
  add_menu(lines, 8);
  Article article = scored(lines);
  CHECK(apply_page_model(article, TitleMode::kAuto));
  CHECK(article.lines[0].dropped_as("ui"));
  CHECK(article.lines[0].dropped_by->id == "detector:page-model");
  CHECK(article.lines[10].visible());
  CHECK(article.title == std::size_t{10});
  CHECK(article.lines[15].visible());
  CHECK(article.lines.back().dropped());
}

TEST_CASE("page model: short dumps are left to the rules and detectors", "[page]") {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 5);
  lines.push_back({kSentence, 0.95f});
  Article article = scored(lines);
  CHECK_FALSE(apply_page_model(article, TitleMode::kAuto));
  CHECK(article.lines[0].visible());
}

TEST_CASE("page model: story prose below a cut marker comes back", "[page]") {
  const RuleSet rules = rules_from("cut:10 headlines exact Most read\n");
  const Rule* cut = &rules.files()[0].rules[0];
  std::vector<std::pair<std::string, float>> lines = list_between_paragraphs();
  add_menu(lines, 4);
  Article article = scored(lines);
  for (std::size_t i = 13; i < article.lines.size(); ++i) article.lines[i].dropped_by = cut;
  article.lines[13].heads_cut = true;  // the cut's marker (rules/apply sets it)
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].dropped());  // the marker
  CHECK(article.lines[14].dropped());  // a list item: not story-like
  CHECK(article.lines[15].visible());  // the story goes on below the list
  CHECK(article.lines[17].visible());
  CHECK(article.lines.back().dropped());
}

TEST_CASE("page model: a table right below the story is the story's", "[page]") {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Results", 0.05f});
  lines.push_back({"1. Harbor High 42, Ridge 17", 0.02f});
  lines.push_back({"2. Lakeside 21, Mill Creek 20", 0.02f});
  lines.push_back({"3. North Bay 35, Ellis 0", 0.02f});
  add_menu(lines, 6);  // no figures: the table ends here
  Article article = scored(lines);
  apply_page_model(article, TitleMode::kAuto);
  for (std::size_t i = 13; i <= 16; ++i) CHECK(article.lines[i].visible());
  CHECK(article.lines.back().dropped());
}

TEST_CASE("page model: no article is emptied; the densest prose run stays", "[page]") {
  const RuleSet rules = rules_from("line ui regex .*\n");
  Cleaner cleaner(rules, CleanOptions{});
  Article article;
  article.raw = "Menu\n" + kSentence + "\n" + kSentence + "\nFooter\n";
  cleaner.clean(article);
  CHECK(article.kept_densest_run);
  CHECK(clean_text(article, true) == kSentence + "\n" + kSentence);
}

TEST_CASE("page model: the story ends at a copyright line below it", "[page]") {
  const RuleSet rules = rules_from("line copyright prefix Copyright\n");
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Copyright 2026 Example Daily. All rights reserved.", 0.3f});
  add_menu(lines, 9);  // a reporter widget, reactions, a list: far enough to be no part of the story
  lines.push_back({"Reader comments", 0.1f});
  // A reader's comment reads like story prose; below the story's end it is not.
  lines.push_back({"I took this ferry every winter as a child and it never once let us down.", 0.9f});
  add_menu(lines, 4);
  Article article = scored(lines);
  article.lines[14].dropped_by = &rules.files()[0].rules[0];
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].visible());
  REQUIRE(article.lines[25].dropped());
  CHECK(article.lines[25].dropped_by->id == "detector:page-model");
}

TEST_CASE("page model: the story ends at a byline below it", "[page]") {
  const RuleSet rules = rules_from("line byline prefix Reporting by\n");
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Reporting by Jane Roe; Editing by John Doe", 0.2f});
  lines.push_back({"Harbour cafe: the best chowder on the coast", 0.3f});  // a promotion the model is unsure of
  add_menu(lines, 9);
  Article article = scored(lines);
  article.lines[14].dropped_by = &rules.files()[0].rules[0];
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].visible());
  REQUIRE(article.lines[15].dropped());
  CHECK(article.lines[15].dropped_by->id == "detector:page-model");
}

// A promotion right below the byline reads like story to the model; the
// byline ends the story. A credit line between two long parts does not.
TEST_CASE("page model: little story-like text below a byline is not the story's", "[page]") {
  const RuleSet rules = rules_from("line byline regex @example\\.com$\n");
  const Rule* byline = &rules.files()[0].rules[0];
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Jane Roe jane@example.com", 0.2f});
  lines.push_back({"Read the weekend edition on our app and get the morning briefing every day.", 0.9f});
  add_menu(lines, 6);
  Article article = scored(lines);
  article.lines[14].dropped_by = byline;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].visible());
  CHECK(article.lines[15].dropped());

  // The same line between two parts of the story: the story goes on.
  std::vector<std::pair<std::string, float>> long_story;
  add_menu(long_story, 10);
  for (int i = 0; i < 4; ++i) long_story.push_back({kSentence, 0.95f});
  long_story.push_back({"Jane Roe jane@example.com", 0.2f});
  for (int i = 0; i < 3; ++i) long_story.push_back({kSentence, 0.95f});
  add_menu(long_story, 6);
  Article two_parts = scored(long_story);
  two_parts.lines[14].dropped_by = byline;
  apply_page_model(two_parts, TitleMode::kAuto);
  for (std::size_t i = 15; i <= 17; ++i) CHECK(two_parts.lines[i].visible());
}

TEST_CASE("page model: headlines with their date lines below the story are no table", "[page]") {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.95f});
  for (int i = 0; i < 3; ++i) {
    lines.push_back({"Storm closes the harbour road for the weekend", 0.05f});
    lines.push_back({"Nov 1" + std::to_string(i) + ", 2026", 0.05f});
  }
  add_menu(lines, 4);
  Article article = scored(lines);
  apply_page_model(article, TitleMode::kAuto);
  for (std::size_t i = 13; i < 19; ++i) CHECK(article.lines[i].dropped());
}

TEST_CASE("page model: of a headline printed twice, the copy by the story is the title", "[page]") {
  const RuleSet rules = rules_from("line duplead exact never matches\n");
  const Rule* copy = &rules.files()[0].rules[0];
  std::vector<std::pair<std::string, float>> lines;
  lines.push_back({"Ferry to keep running through the winter", 0.1f});  // the page <title>
  add_menu(lines, 10);
  lines.push_back({"Ferry to keep running through the winter", 0.1f});  // the on-page headline
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  add_menu(lines, 6);
  Article article = scored(lines);
  article.title = 0;
  article.lines[11].dropped_by = copy;  // the duplicate detector took the second copy
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.title == std::size_t{11});
  CHECK(article.lines[11].visible());
  CHECK(article.lines[0].dropped_by == copy);
}

// The page <title> line was the title until the chrome detector took it; a
// two-sentence headline in Title Case by the story takes its place.
TEST_CASE("page model: a dropped title gives way to the headline by the story", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  std::vector<std::pair<std::string, float>> lines;
  lines.push_back({"Ferry Fares Rise After Board Vote - Example Daily", 0.01f});
  add_menu(lines, 10);
  lines.push_back({"Ferry Fares Are Rising After the Vote. Why Riders Should Not Worry.", 0.1f});
  lines.push_back({"By Jane Roe", 0.05f});
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  add_menu(lines, 6);
  Article article = scored(lines);
  article.title = 0;
  article.lines[0].dropped_by = &chrome;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.title == std::size_t{11});
  CHECK(article.lines[11].visible());
}

TEST_CASE("page model: reader comments end the story (masked handles, 'name says:' headers)", "[page]") {
  for (const std::vector<std::string>& headers :
       {std::vector<std::string>{"sea1****", "wave****"},
        std::vector<std::string>{"gridfan22 says:", "northbay_ray says:", "tailgate_tom says:"}}) {
    std::vector<std::pair<std::string, float>> lines;
    add_menu(lines, 10);
    for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.95f});
    add_menu(lines, 9);
    for (const std::string& header : headers) {
      lines.push_back({header, 0.2f});
      // Comments read like story prose, and there are more of them than story.
      for (int i = 0; i < 3; ++i)
        lines.push_back({"I took this ferry every winter as a child and it was never late.", 0.9f});
    }
    Article article = scored(lines);
    apply_page_model(article, TitleMode::kAuto);
    CHECK(article.lines[10].visible());
    CHECK(article.lines[12].visible());
    CHECK(article.lines[23].dropped());
    CHECK(article.lines.back().dropped());
  }
}

// The feature rows of a page made of these lines.
std::vector<FeatureRow> features_of(const std::vector<std::string>& texts) {
  std::vector<Line> lines(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) lines[i].text = texts[i];
  return page_features(lines);
}

TEST_CASE("line features: a short Korean sentence is prose, a short English one is not", "[page]") {
  // Korean, Japanese and Chinese say in ten characters what takes thirty in
  // Latin script: a story of one-sentence paragraphs is prose in both.
  CHECK(is_prose("노선은 모두 3개다."));
  CHECK(is_prose("首班车凌晨三点半发车。"));
  CHECK_FALSE(is_prose("요금은 같다."));
  CHECK_FALSE(is_prose("The fare stays."));
  CHECK(is_prose("The fare stays the same as before, the city said."));
}

TEST_CASE("line features: the walk's prose flag is is_prose()", "[page]") {
  // The feature walk decides prose from what it counts as it goes; is_prose()
  // decides from the text. The two must not drift apart.
  const std::vector<std::string> texts = {
      "Short line.",
      "Monday, Tuesday, Wednesday and then some more",  // clauses, but short and no end
      "A sentence that is long enough to count as prose.",
      "A long line without an end but with a comma, and another clause, and more words after it that go on "
      "and on until it is well past one hundred and twenty characters long",
      "A long line without an end or any clause mark at all just words after words after words after words "
      "after words after words",
      "Home | News | Sport | Culture | Travel | Weather and more",
      "我们今天开会，讨论了明年的计划",
      "会議は明日。",
      "한빛시가 다음 달부터 공공자전거 500대를 추가로 배치한다고 밝혔다.",
      "노선은 모두 3개다.",
      "요금은 같다.",
      "Ten chars.",
      "   indented words that end with a full stop and are long enough.   ",
  };
  const std::vector<FeatureRow> rows = features_of(texts);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    INFO(texts[i]);
    CHECK((rows[i][kProse] > 0.5f) == is_prose(texts[i]));
  }
}

TEST_CASE("line features: e-mail, copyright sign, separators and punctuation from the walk", "[page]") {
  const std::vector<std::string> texts = {
      "Reporter Jane Roe jane.roe@example.com",
      "Write to us @ the desk",  // an '@' but no address
      "Copyright 2026 Example Media",
      "\xE2\x93\x92 Example Media",  // ⓒ
      "Home | News > Sport > Football",
      "A plain sentence without any of them.",
  };
  const std::vector<FeatureRow> rows = features_of(texts);
  CHECK(rows[0][kEmail] == 1.0f);
  CHECK(rows[1][kEmail] == 0.0f);
  CHECK(rows[2][kCopyrightSign] == 1.0f);
  CHECK(rows[3][kCopyrightSign] == 1.0f);
  CHECK(rows[5][kCopyrightSign] == 0.0f);
  CHECK(rows[4][kSeparators] == 3.0f);
  CHECK(rows[5][kSeparators] == 0.0f);
  // '|' and '>' are punctuation too: 3 of the line's 30 characters, with no other.
  CHECK(rows[4][kPunctShare] == Approx(3.0f / 30.0f));
}

TEST_CASE("line features: the same line elsewhere in the page, by fold key; Korean and Chinese copyright words",
          "[page]") {
  const std::vector<std::string> texts = {
      "Share this article!",
      "share  THIS article",  // the same fold key: case, spaces, punctuation
      "Share this story",
      "-----",  // no letters: no key, so never a repeat
      "-----",
      "예시일보 무단전재",
      "예시일보 무 단",  // the two syllables apart: not the word
      "版权所有",
  };
  const std::vector<FeatureRow> rows = features_of(texts);
  CHECK(rows[0][kRepeated] == 1.0f);
  CHECK(rows[1][kRepeated] == 1.0f);
  CHECK(rows[2][kRepeated] == 0.0f);
  CHECK(rows[3][kRepeated] == 0.0f);
  CHECK(rows[4][kRepeated] == 0.0f);
  CHECK(rows[5][kCopyrightSign] == 1.0f);
  CHECK(rows[6][kCopyrightSign] == 0.0f);
  CHECK(rows[7][kCopyrightSign] == 1.0f);
}

// The model rated a list of other stories' headlines below the story as
// story (they stand one per paragraph, as the story's lines do); what the
// chrome detector took comes back only inside the story's extent or when it
// reads as story prose.
TEST_CASE("page model: headlines the model likes stay dropped outside the story", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Most Popular Articles", 0.9f});
  lines.push_back({"Harbour Board Names a New Chair After Long Search", 0.9f});
  lines.push_back({"Winter Timetable Brings Fewer Evening Sailings", 0.9f});
  add_menu(lines, 4);
  Article article = scored(lines);
  for (std::size_t i = 14; i < article.lines.size(); ++i) article.lines[i].dropped_by = &chrome;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].visible());
  CHECK(article.lines[14].dropped());
  CHECK(article.lines[15].dropped());
  CHECK(article.lines[16].dropped());
}

TEST_CASE("page model: a subhead between two story paragraphs stays, a list under a marker does not", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  const RuleSet rules = rules_from("cut:10 headlines exact Related news\n");
  const Rule* cut = &rules.files()[0].rules[0];
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Related news", 0.05f});                         // 13: the marker
  lines.push_back({"Harbour board names a new chair", 0.05f});      // 14: another story's headline
  for (int i = 0; i < 2; ++i) lines.push_back({kSentence, 0.95f});  // 15, 16
  lines.push_back({"2. What the vote means for riders", 0.1f});     // 17: a subhead
  for (int i = 0; i < 2; ++i) lines.push_back({kSentence, 0.95f});  // 18, 19
  add_menu(lines, 4);
  Article article = scored(lines);
  for (std::size_t i = 13; i < article.lines.size(); ++i) article.lines[i].dropped_by = cut;
  article.lines[13].heads_cut = true;  // the cut's marker (rules/apply sets it)
  article.lines[17].dropped_by = &chrome;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].dropped());
  CHECK(article.lines[14].dropped());
  CHECK(article.lines[17].visible());
  CHECK(article.lines[19].visible());
}

// Below the story's stretch, paragraphs the model rates lower (kept: prose
// outside the stretch stays) with a subhead between them that the chrome
// detector took: the subhead stays with the paragraphs around it.
TEST_CASE("page model: a subhead between kept paragraphs below the story's stretch stays", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});  // 10-13
  lines.push_back({"Where the money goes", 0.3f});                  // 14: a subhead
  lines.push_back({kSentence, 0.3f});                               // 15
  lines.push_back({"What riders say", 0.3f});                       // 16: a subhead
  lines.push_back({kSentence, 0.3f});                               // 17
  add_menu(lines, 6);                                               // 18-23
  Article article = scored(lines);
  for (const std::size_t i : {14, 16, 18}) article.lines[i].dropped_by = &chrome;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[14].visible());  // right below the stretch
  CHECK(article.lines[16].visible());
  CHECK(article.lines[17].visible());
  CHECK(article.lines[18].dropped());  // a menu line under the last paragraph
}

TEST_CASE("page model: a caption set apart above the story does not pull the byline block in", "[page]") {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  lines.push_back({"The ferry leaves the harbour at dawn, as it has done for forty years.", 0.7f});  // 10: a caption
  lines.push_back({"Text by:", 0.02f});
  lines.push_back({"Example Radio", 0.02f});
  lines.push_back({"Follow", 0.02f});
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});  // 14-17
  add_menu(lines, 6);
  Article article = scored(lines);
  apply_page_model(article, TitleMode::kAuto);
  for (std::size_t i = 11; i <= 13; ++i) CHECK(article.lines[i].dropped());
  CHECK(article.lines[10].visible());  // the caption keeps its own score
  CHECK(article.lines[14].visible());
}

TEST_CASE("page model: links below the story are no table, whatever digits their addresses hold", "[page]") {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  lines.push_back({"Related", 0.05f});
  for (int i = 0; i < 4; ++i) {
    lines.push_back({"- [Harbour board story " + std::string(1, static_cast<char>('a' + i)) +
                         "](https://example.com/news/articleView.html?idxno=20686" + std::to_string(i) + ")",
                     0.05f});
  }
  add_menu(lines, 6);
  Article article = scored(lines);
  apply_page_model(article, TitleMode::kAuto);
  for (std::size_t i = 15; i <= 18; ++i) CHECK(article.lines[i].dropped());
}

TEST_CASE("page model: a label ending in a colon right above the story is its lead-in", "[page]") {
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  lines.push_back({"Profile:", 0.05f});
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  add_menu(lines, 6);
  Article article = scored(lines);
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[10].visible());
  CHECK(article.lines[9].dropped());  // the menu above it
}

// A wire story signed off with the reporter's name alone, then other
// stories' headlines the model is unsure of: the name ends the story. When
// story prose follows the name, it is no sign-off.
TEST_CASE("page model: a name alone right below the story signs it off", "[page]") {
  std::vector<std::pair<std::string, float>> lines =
      story_then({{"JANE ROE", 0.08f},
                  {"Harbour cafe wins the chowder contest again", 0.3f},
                  {"Ferry fares to rise in spring, council says", 0.25f}});
  const Article article = judged(lines);
  CHECK(article.lines[13].visible());
  CHECK(article.lines[14].dropped());
  CHECK(article.lines[15].dropped());
  CHECK(article.lines[16].dropped());

  lines.insert(lines.begin() + 17, {kSentence, 0.95f});  // the story goes on after a gap
  for (int i = 0; i < 9; ++i) lines.insert(lines.begin() + 17, {"Ad slot", 0.3f});
  CHECK(judged(lines).lines[15].visible());  // the model's doubt decides, not the name
}

// An author box below the story: the name alone, then a bio that starts
// with one of its words. The bio reads like story; the name says it is not.
TEST_CASE("page model: an author box ends the story", "[page]") {
  std::vector<std::pair<std::string, float>> lines =
      story_then({{"Jane Roe", 0.1f},
                  {"Jane joined the Harbour Gazette in 2017. She has covered the port and its ferries since.", 0.9f}});
  const Article article = judged(lines);
  CHECK(article.lines[13].visible());
  CHECK(article.lines[14].dropped());
  CHECK(article.lines[15].dropped());

  lines[15].first = "The ferry will keep its winter timetable. The council meets again in spring to review it.";
  CHECK(judged(lines).lines[15].visible());  // a paragraph that does not start with the name is the story's
}

// An author box a few lines below the story's end, past a toolbar label:
// the bio the model is unsure of (not story enough to extend the stretch,
// too sure to go on its score) goes with the box.
TEST_CASE("page model: an author box below the story's end goes", "[page]") {
  std::vector<std::pair<std::string, float>> lines =
      story_then({{"Share", 0.05f},
                  {"Jane Roe", 0.1f},
                  {"Jane joined the Harbour Gazette in 2017. She has covered the port and its ferries since.", 0.45f}});
  const Article article = judged(lines);
  CHECK(article.lines[13].visible());
  CHECK(article.lines[15].dropped());
  CHECK(article.lines[16].dropped());

  lines[16].first = "The ferry will keep its winter timetable. The council meets again in spring to review it.";
  CHECK(judged(lines).lines[16].visible());  // no author box: the model's score decides
}

// A list the story introduces with a colon: its items are the story's
// however little the model thinks of them, when the model keeps the header
// and the items stand together (no blank line between them, as list items
// do and paragraphs do not).
TEST_CASE("page model: a list right below the story that a colon introduces is the story's", "[page]") {
  const auto page = [](float header_score, bool blank_between) {
    std::vector<std::pair<std::string, float>> lines;
    add_menu(lines, 10);
    for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
    lines.push_back({"", -1.0f});
    lines.push_back({"What the crossing needs this winter:", header_score});
    lines.push_back({"", -1.0f});
    for (const char* item : {"two crews on call", "a spare engine", "ice-free moorings"}) {
      lines.push_back({item, 0.05f});
      if (blank_between) lines.push_back({"", -1.0f});
    }
    lines.push_back({"", -1.0f});
    add_menu(lines, 8);
    Article article = scored(lines);
    apply_page_model(article, TitleMode::kAuto);
    return article;
  };
  const Article list = page(0.3f, false);
  CHECK(list.lines[15].visible());  // the header
  CHECK(list.lines[17].visible());
  CHECK(list.lines[19].visible());
  CHECK(list.lines[21].dropped());  // the menu below

  const Article unsure = page(0.1f, false);  // a header the model drops ("Share this:")
  CHECK(unsure.lines[17].dropped());
  const Article apart = page(0.3f, true);  // lines set apart like paragraphs
  CHECK(apart.lines[17].dropped());
}

// The headline, a date line, then the headline again by the story (which the
// duplicate detector took), under an address line that is no title: the
// first copy is the title, and the date line is no headline.
TEST_CASE("page model: a headline printed twice near the story keeps its first copy as the title", "[page]") {
  const RuleSet rules = rules_from("line duplead exact never matches\n");
  std::vector<std::pair<std::string, float>> lines =
      story_after({{"Ferry to keep running through the winter", 0.03f},
                   {"Published: 18.07.05, 13:03 Updated: 18.07.05, 16:49", 0.1f},
                   {"Ferry to keep running through the winter", 0.05f}});
  lines.insert(lines.begin(), {"URL: http://example.com/2005/07/18/ferry.html", 0.01f});
  Article article = scored(lines);
  article.lines[13].dropped_by = &rules.files()[0].rules[0];
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.title == std::size_t{11});
  CHECK(article.lines[11].visible());
  CHECK(article.lines[13].dropped());
  CHECK(article.lines[0].dropped());
}

// A deck printed above the headline, a sentence the model doubts: the
// story's. A sentence two lines above is not.
TEST_CASE("page model: a deck right above the headline stays", "[page]") {
  std::vector<std::pair<std::string, float>> lines =
      story_after({{"An old ferry, a cold winter and a council that would not give up on either of them.", 0.05f},
                   {"Ferry to keep running through the winter", 0.05f},
                   {"By Jane Roe", 0.05f}});
  const Article article = judged(lines);
  REQUIRE(article.title == std::size_t{11});
  CHECK(article.lines[10].visible());

  lines.insert(lines.begin() + 11, {"Share", 0.01f});
  const Article apart = judged(lines);
  REQUIRE(apart.title == std::size_t{12});
  CHECK(apart.lines[10].dropped());
}

// A "Most read" cut between two story paragraphs ends with the story: the
// story's last lines, which end without a full stop and lie outside its
// stretch, are judged by the model like any other line; a second marker's
// cut below them still holds.
TEST_CASE("page model: a cut inside the story stops at the story's end", "[page]") {
  const RuleSet rules = rules_from("cut:10 headlines exact Most read\ncut:10 headlines exact Related articles\n");
  const Rule* most_read = &rules.files()[0].rules[0];
  const Rule* related = &rules.files()[0].rules[1];
  std::vector<std::pair<std::string, float>> lines = list_between_paragraphs();
  lines.push_back({"Ad", 0.01f});
  lines.push_back({"The council says the ferry will keep to its winter timetable", 0.4f});  // no full stop
  lines.push_back({"Related articles", 0.05f});
  lines.push_back({"New pier opens in spring", 0.3f});
  add_menu(lines, 4);
  Article article = scored(lines);
  for (std::size_t i = 13; i < 20; ++i) article.lines[i].dropped_by = most_read;
  article.lines[13].heads_cut = true;  // the cut's marker (rules/apply sets it)
  for (std::size_t i = 20; i < article.lines.size(); ++i) article.lines[i].dropped_by = related;
  article.lines[20].heads_cut = true;  // the cut's marker (rules/apply sets it)
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[14].dropped());  // the list under the first marker
  CHECK(article.lines[17].visible());  // the story below it
  CHECK(article.lines[18].dropped());  // "Ad": the model drops it
  CHECK(article.lines[19].visible());  // the story's last line
  CHECK(article.lines[21].dropped());  // under the second marker
}

// A related-articles list right below the story: its first headline reads
// like story (Korean, Japanese and Chinese headlines score high). No
// sentence of the story follows the marker, so the cut holds.
TEST_CASE("page model: headlines under a cut marker below the story stay dropped", "[page]") {
  const RuleSet rules = rules_from("cut:10 headlines exact Related articles\n");
  const Rule* related = &rules.files()[0].rules[0];
  std::vector<std::pair<std::string, float>> lines = story_then({
      {"Related articles", 0.05f},
      {"港の再開発計画、住民説明会で異論が相次ぐ　市は見直しへ", 0.7f},
      {"New pier opens in spring", 0.1f},
  });
  Article article = scored(lines);
  for (std::size_t i = 14; i < article.lines.size(); ++i) article.lines[i].dropped_by = related;
  article.lines[14].heads_cut = true;  // the cut's marker (rules/apply sets it)
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].visible());  // the story's last paragraph
  CHECK(article.lines[14].dropped());  // the marker
  CHECK(article.lines[15].dropped());  // the headline that reads like story
  CHECK(article.lines[16].dropped());
}

// A how-to story: paragraphs, a list of foods under a colon header, a second
// list under a plain header (single words the model rules out), then more
// paragraphs with subheads between them. The chrome detector took the lists
// and the subheads (short lines); the story runs on below them, so they are
// the story's. A copyright line between the parts ends the story instead.
TEST_CASE("page model: the story runs on below a list the chrome detector took", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  const RuleSet rules = rules_from("line copyright prefix Copyright\n");
  const auto page = [&](bool copyright_between) {
    std::vector<std::pair<std::string, float>> lines;
    add_menu(lines, 10);
    for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});                      // 10-13
    lines.push_back({"Foods to leave out:", 0.4f});                                       // 14
    for (const char* item : {"sugar in any form", "white bread", "sweet fruit juice"}) {  // 15-17
      lines.push_back({item, 0.2f});
    }
    lines.push_back({"", -1.0f});                                                                    // 18
    lines.push_back({copyright_between ? "Copyright 2026 Example Daily" : "Foods to limit", 0.1f});  // 19
    lines.push_back({"", -1.0f});
    for (const char* item : {"cabbage", "peas", "onions", "tomatoes", "squash"})
      lines.push_back({item, 0.05f});  // 21-25
    lines.push_back({"", -1.0f});
    lines.push_back({kSentence, 0.9f});                              // 27
    lines.push_back({"The second phase", 0.7f});                     // 28: a subhead
    for (int i = 0; i < 2; ++i) lines.push_back({kSentence, 0.9f});  // 29, 30
    lines.push_back({"", -1.0f});
    add_menu(lines, 6);  // 32-37
    Article article = scored(lines);
    for (std::size_t i = 14; i <= 25; ++i) {
      if (!article.lines[i].blank()) article.lines[i].dropped_by = &chrome;
    }
    article.lines[28].dropped_by = &chrome;
    if (copyright_between) article.lines[19].dropped_by = &rules.files()[0].rules[0];
    apply_page_model(article, TitleMode::kAuto);
    return article;
  };
  const Article story = page(false);
  for (std::size_t i = 14; i <= 17; ++i) CHECK(story.lines[i].visible());  // the colon list
  CHECK(story.lines[28].visible());                                        // the subhead below
  CHECK(story.lines[30].visible());
  CHECK(story.lines[32].dropped());  // the menu below

  const Article ended = page(true);
  CHECK(ended.lines[13].visible());
  CHECK(ended.lines[28].dropped());
  CHECK(ended.lines[30].dropped());  // below the story's end
}

// A page whose story is a table: the headline, a date line and a share
// button, then the rows of a race calendar (the chrome detector took them,
// being short), and the densest prose far below in a sidebar. The rows are
// the story's; the share button and the sidebar's menu are not. Four rows
// are no table.
TEST_CASE("page model: a table right below the headline is the story's", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  const auto page = [&](int rows) {
    std::vector<std::pair<std::string, float>> lines;
    add_menu(lines, 10);
    lines.push_back({"Harbour regatta calendar 2027", 0.1f});  // 10: the title
    lines.push_back({"Monday, 4 January 2027, 09:12", 0.02f});
    lines.push_back({"Share on WhatsApp", 0.02f});
    for (int k = 1; k <= rows; ++k) {
      lines.push_back({"Race " + std::to_string(k) + ": " + std::to_string(k + 3) + " May - North Pier", 0.05f});
    }
    add_menu(lines, 9);
    for (int i = 0; i < 3; ++i) lines.push_back({kSentence, 0.9f});  // the sidebar's prose
    add_menu(lines, 4);
    Article article = scored(lines);
    article.title = 10;
    for (std::size_t i = 11; i < 13 + static_cast<std::size_t>(rows); ++i) article.lines[i].dropped_by = &chrome;
    apply_page_model(article, TitleMode::kAuto);
    return article;
  };
  const Article calendar = page(8);
  for (std::size_t i = 13; i < 21; ++i) CHECK(calendar.lines[i].visible());
  CHECK(calendar.lines[12].dropped());  // the share button
  CHECK(calendar.lines[21].dropped());  // the menu below the table

  const Article short_list = page(4);
  for (std::size_t i = 13; i < 17; ++i) CHECK(short_list.lines[i].dropped());
}

TEST_CASE("page model: a long toolbar the rules took leaves the headline in reach", "[page]") {
  // A portal prints a dozen tool labels between the headline and the story;
  // each a rule took, none of them counts towards how far up the headline
  // is looked for.
  static Rule toolbar;
  toolbar.category = "ui";
  toolbar.id = "t.rules:1";
  std::vector<std::pair<std::string, float>> lines;
  lines.push_back({"Portal", 0.01f});
  add_menu(lines, 10);
  lines.push_back({"Ferry fares rise after the harbour board vote", 0.1f});  // 11
  for (int i = 0; i < 20; ++i) lines.push_back({"Tool " + std::to_string(i), 0.01f});
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});
  add_menu(lines, 6);
  Article article = scored(lines);
  article.title = 0;  // the title detector took the portal's name
  for (std::size_t i = 12; i < 32; ++i) article.lines[i].dropped_by = &toolbar;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.title == std::size_t{11});
  CHECK(article.lines[11].visible());
  CHECK(article.lines[0].dropped());
}

TEST_CASE("page model: a Korean headline over its deck is the title, the deck stays", "[page]") {
  const std::string sentence =
      "서울시가 내년부터 한강 수상버스의 운항 횟수를 하루 60회에서 80회로 늘린다고 30일 밝혔다.";
  std::vector<std::pair<std::string, float>> lines;
  for (const char* menu : {"정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언", "사회"})
    lines.push_back({menu, 0.01f});
  lines.push_back({"한강 수상버스, 내년부터 하루 80회 운항", 0.05f});  // 8
  lines.push_back({"정류장 두 곳 신설…출퇴근 배차 15분으로", 0.05f});  // 9: the deck
  for (int i = 0; i < 4; ++i) lines.push_back({sentence + std::string(static_cast<std::size_t>(i), '!'), 0.95f});
  for (const char* menu : {"회사소개", "광고안내", "개인정보처리방침", "청소년보호정책"})
    lines.push_back({menu, 0.01f});
  add_menu(lines, 10);
  Article article = scored(lines);
  article.lang = Lang::kKo;
  article.title = 0;  // a section label the title detector found first
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.title == std::size_t{8});
  CHECK(article.lines[8].visible());
  CHECK(article.lines[9].visible());
  CHECK(article.lines[7].dropped());
}

// A Spanish page: section label, headline, deck, story. The chrome
// detector took the headline for a short line outside the prose; the
// headline comes back as the title and the deck stays. A byline over the
// headline ("Por ...") is no headline over a deck.
TEST_CASE("page model: a headline over its deck on a Spanish page is the title", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  const std::string sentence =
      "El pleno municipal aprobó este lunes el nuevo plan de bibliotecas con el apoyo de todos los grupos.";
  const auto page = [&](const std::string& upper, const std::string& first_line = "Section A") {
    std::vector<std::pair<std::string, float>> lines;
    add_menu(lines, 8);  // 0-7: the first a page <title> or a menu word
    lines[0].first = first_line;
    lines.push_back({upper, 0.05f});                                                                 // 8
    lines.push_back({"Las salas abrirán hasta la medianoche durante los exámenes de enero", 0.3f});  // 9
    for (int i = 0; i < 4; ++i) lines.push_back({sentence + std::string(static_cast<std::size_t>(i), '!'), 0.95f});
    add_menu(lines, 8);
    Article article = scored(lines);
    article.lang = Lang::kEs;
    article.lines[8].dropped_by = &chrome;
    article.title = 9;  // the first kept line that looks like a headline
    apply_page_model(article, TitleMode::kAuto);
    return article;
  };
  const Article headline = page("El Ayuntamiento amplía el horario de las bibliotecas");
  CHECK(headline.title == std::size_t{8});
  CHECK(headline.lines[8].visible());
  CHECK(headline.lines[9].visible());
  const Article byline = page("Por María Ejemplo y Juan Ejemplo");
  CHECK(byline.title == std::size_t{9});
  CHECK(byline.lines[8].dropped());
  // A page <title> first that names the lower line: the upper one is a
  // section label, the lower the headline.
  const Article label =
      page("Guía de bibliotecas y salas de estudio", "Las salas abrirán hasta la medianoche en enero | Diario Ejemplo");
  CHECK(label.title == std::size_t{9});
  CHECK(label.lines[8].dropped());
}

// A French page: a menu word the title detector found first, the headline
// the chrome detector took, a deck (a sentence the model rated low), the
// byline block, then the story. The headline is the title; the deck stays.
TEST_CASE("page model: a headline the chrome detector took comes back over its deck", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  const std::string sentence =
      "Dès janvier, les cantines de la ville serviront chaque jour au moins un plat entièrement biologique.";
  std::vector<std::pair<std::string, float>> lines;
  lines.push_back({"Menu", 0.02f});                                   // 0: the title detector's pick
  add_menu(lines, 8);                                                 // 1-8
  lines.push_back({"Les cantines scolaires passent au bio", 0.05f});  // 9
  lines.push_back({"La ville veut 75 % de produits biologiques d'ici 2028, un objectif jugé ambitieux.", 0.1f});  // 10
  lines.push_back({"Par Claire Exemple", 0.03f});                                                                 // 11
  lines.push_back({"Partager", 0.01f});                                                                           // 12
  for (int i = 0; i < 4; ++i) lines.push_back({sentence + std::string(static_cast<std::size_t>(i), '!'), 0.95f});
  add_menu(lines, 8);
  Article article = scored(lines);
  article.lang = Lang::kFr;
  article.title = 0;
  for (std::size_t i = 1; i <= 9; ++i) article.lines[i].dropped_by = &chrome;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.title == std::size_t{9});
  CHECK(article.lines[9].visible());
  CHECK(article.lines[10].visible());  // the deck
  CHECK(article.lines[0].dropped());
  CHECK(article.lines[11].dropped());
}

// Teasers of other stories (a headline and a sentence) above the story's
// headline and byline: the stretch takes the last teaser sentence in. The
// story starts at its headline; the teasers and the title the title
// detector gave the first of them go. A headline over a date alone (a
// timeline's dated entry) starts nothing.
TEST_CASE("page model: the story starts at its headline over a byline block", "[page]") {
  const RuleSet rules =
      rules_from("line byline regex ^By [A-Z]\\w+ [A-Z]\\w+$\nline byline regex ^\\d+ November 2026$\n");
  const Rule* by = &rules.files()[0].rules[0];
  const Rule* date = &rules.files()[0].rules[1];
  const std::string sentence =
      "The harbour ferry will keep running through the winter for the first time, the council said.";
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 8);  // 0-7
  for (int i = 0; i < 3; ++i) {
    lines.push_back({"Rail strike called off after late talks " + std::to_string(i), 0.3f});  // 8, 10, 12
    lines.push_back({"Union leaders accepted a revised pay offer shortly before midnight, ending the dispute.",
                     i == 2 ? 0.8f : 0.3f});  // 9, 11, 13
  }
  lines.push_back({"Harbour ferry to run through winter for first time", 0.3f});  // 14
  lines.push_back({"By Lucy Example", 0.2f});                                     // 15
  lines.push_back({"30 November 2026", 0.3f});                                    // 16
  for (int i = 0; i < 4; ++i) lines.push_back({sentence + std::string(static_cast<std::size_t>(i), '!'), 0.95f});
  add_menu(lines, 8);
  Article article = scored(lines);
  article.lines[15].dropped_by = by;
  article.lines[16].dropped_by = date;
  article.title = 8;  // the first teaser's headline
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.title == std::size_t{14});
  for (std::size_t i = 8; i <= 13; ++i) CHECK(article.lines[i].dropped());
  CHECK(article.lines[17].visible());
  CHECK(article.lines[20].visible());

  // The same page with a date alone under the story's headline.
  Article timeline = scored(lines);
  timeline.lines[16].dropped_by = date;
  apply_page_model(timeline, TitleMode::kAuto);
  CHECK(timeline.lines[13].visible());  // the line the stretch begins with
}

TEST_CASE("teasers: a clock time alone, not a date or a relative time", "[page]") {
  CHECK(is_clock_time("3:40 PM"));
  CHECK(is_clock_time("15:05"));
  CHECK(is_clock_time("10.30 a.m. GMT"));
  CHECK_FALSE(is_clock_time("2 hours ago"));
  CHECK_FALSE(is_clock_time("30.11.2026"));
  CHECK_FALSE(is_clock_time("Yesterday"));
}

// Teasers below the story: blocks of a headline, a sentence and a tag that
// tells when. After the story's end (a copyright line) they go; right after
// its last paragraph with no end between they may be its own list (events,
// each with a date) and stay. Clock times for tags are a live blog's
// entries, labels a roundup's games: those stay too.
TEST_CASE("page model: teaser blocks after the story's end go", "[page]") {
  const RuleSet rules = rules_from("line copyright prefix Copyright\n");
  const auto page = [&](const std::string& tag, bool end_between) {
    std::vector<std::pair<std::string, float>> lines;
    add_menu(lines, 8);                                                             // 0-7
    lines.push_back({"Harbour ferry to run through winter for first time", 0.3f});  // 8
    for (int i = 0; i < 3; ++i) lines.push_back({kSentence + std::string(static_cast<std::size_t>(i), '!'), 0.95f});
    lines.push_back({end_between ? "Copyright 2026 Example Daily" : "Section Z", 0.1f});    // 12
    for (int i = 0; i < 3; ++i) {                                                           // 13-21
      lines.push_back({"Library fines scrapped for children " + std::to_string(i), 0.3f});  // 13, 16, 19
      lines.push_back(
          {"The council said fines put families off borrowing books, and cost more to collect.", 0.8f});  // 14, 17, 20
      lines.push_back({tag, 0.2f});                                                                       // 15, 18, 21
    }
    add_menu(lines, 8);
    Article article = scored(lines);
    if (end_between) article.lines[12].dropped_by = &rules.files()[0].rules[0];
    apply_page_model(article, TitleMode::kAuto);
    return article;
  };
  const Article teasers = page("Yesterday", true);
  CHECK(teasers.lines[11].visible());
  for (std::size_t i = 13; i <= 21; ++i) CHECK(teasers.lines[i].dropped());
  CHECK(teasers.lines[14].dropped_by->id == "detector:teasers");
  const Article list = page("Yesterday", false);
  CHECK(list.lines[14].visible());
  CHECK(list.lines[20].visible());
  const Article live_blog = page("3:15 PM", true);
  CHECK(live_blog.lines[14].visible());
  CHECK(live_blog.lines[20].visible());
  const Article roundup = page("Girls basketball", true);
  CHECK(roundup.lines[14].visible());
  CHECK(roundup.lines[20].visible());
  // Blocks that are the page's only prose (a listicle with no lead) are
  // the story, whatever their tags.
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 8);
  lines.push_back({"Five things to do in the city this weekend", 0.3f});  // 8
  for (int i = 0; i < 4; ++i) {                                           // 9-20
    lines.push_back({"Holiday lights at the botanic garden " + std::to_string(i), 0.3f});
    lines.push_back({"More than a million lights fill the garden's paths, with cider at the gate.", 0.8f});
    lines.push_back({"Dec. 5, 5-9 p.m.", 0.3f});
  }
  add_menu(lines, 8);
  Article listicle = scored(lines);
  apply_page_model(listicle, TitleMode::kAuto);
  for (const std::size_t i : {9, 10, 12, 13, 16, 19}) CHECK(listicle.lines[i].visible());
}

// A related box under a cut marker right below the story: a headline and
// one sentence each. The sentences read like story but stand alone between
// headlines: the cut holds and the stretch does not run on over them. One
// closing paragraph below a list between paragraphs is still the story's.
TEST_CASE("page model: teasers' lone sentences under a cut marker stay dropped", "[page]") {
  const RuleSet rules = rules_from("cut:100 headlines exact Related articles\n");
  const Rule* related = &rules.files()[0].rules[0];
  std::vector<std::pair<std::string, float>> below = {{"Related articles", 0.3f}};  // 14
  for (int i = 0; i < 4; ++i) {                                                     // 15-22
    below.push_back({"Library fines: the scheme ends in " + std::to_string(i + 2) + " weeks", 0.6f});
    below.push_back({"The council said fines put families off borrowing books, and cost more to collect.", 0.9f});
  }
  Article article = scored(story_then(below));
  for (std::size_t i = 14; i < article.lines.size(); ++i) article.lines[i].dropped_by = related;
  article.lines[14].heads_cut = true;  // the cut's marker (rules/apply sets it)
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[13].visible());
  for (std::size_t i = 14; i <= 22; ++i) CHECK(article.lines[i].dropped());

  std::vector<std::pair<std::string, float>> list_then_close = {{"Related articles", 0.3f}};              // 14
  for (int i = 0; i < 3; ++i) list_then_close.push_back({"Ferry news item " + std::to_string(i), 0.1f});  // 15-17
  list_then_close.push_back({kSentence, 0.95f});  // 18: the closing paragraph
  Article closing = scored(story_then(list_then_close));
  for (std::size_t i = 14; i < closing.lines.size(); ++i) closing.lines[i].dropped_by = related;
  closing.lines[14].heads_cut = true;  // the cut's marker (rules/apply sets it)
  apply_page_model(closing, TitleMode::kAuto);
  CHECK(closing.lines[16].dropped());
  CHECK(closing.lines[18].visible());
}

TEST_CASE("page model: a recipe card right below the story is the story's", "[page]") {
  const Rule chrome = make_detector_rule("chrome", category::kUi);
  static Rule print;
  print.category = "ui";
  print.id = "t.rules:1";
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  for (int i = 0; i < 4; ++i) lines.push_back({kSentence, 0.95f});    // 10-13
  lines.push_back({"Print", 0.01f});                                  // 14
  lines.push_back({"Ingredients", 0.02f});                            // 15
  lines.push_back({"2 cups flour", 0.02f});                           // 16
  lines.push_back({"1 tsp salt", 0.02f});                             // 17
  lines.push_back({"Instructions", 0.02f});                           // 18
  lines.push_back({"Mix the flour and the salt in a bowl.", 0.05f});  // 19
  lines.push_back({"Bake for twenty minutes.", 0.05f});               // 20
  lines.push_back({"© Jane Roe", 0.02f});                             // 21
  add_menu(lines, 6);                                                 // 22-27
  Article article = scored(lines);
  article.lines[14].dropped_by = &print;
  for (const std::size_t i : {15u, 16u, 17u, 18u}) article.lines[i].dropped_by = &chrome;
  apply_page_model(article, TitleMode::kAuto);
  for (std::size_t i = 15; i <= 20; ++i) CHECK(article.lines[i].visible());
  CHECK(article.lines[14].dropped());  // the toolbar label stays a label
  CHECK(article.lines[21].dropped());  // the card ends at its copyright line
  CHECK(article.lines[22].dropped());

  // An ingredients heading far below the story heads nothing of it.
  std::vector<std::pair<std::string, float>> far;
  add_menu(far, 10);
  for (int i = 0; i < 4; ++i) far.push_back({kSentence, 0.95f});
  add_menu(far, 8);
  far.push_back({"Ingredients", 0.02f});  // 22
  far.push_back({"2 cups flour", 0.02f});
  far.push_back({"1 tsp salt", 0.02f});
  Article page = judged(far);
  CHECK(page.lines[23].dropped());
}

TEST_CASE("page model: a short line set apart by long blank runs inside the story goes", "[page]") {
  // A get_text() dump keeps the page's whitespace: a sponsor link between
  // two paragraphs stands alone between runs of blank lines; a subhead
  // sits as close to the paragraphs as they sit to each other.
  std::vector<std::pair<std::string, float>> lines;
  add_menu(lines, 10);
  lines.push_back({kSentence, 0.95f});                                       // 10
  lines.push_back({"Example Security Ltd: your partner since 1990", 0.3f});  // 11: set apart
  lines.push_back({kSentence + " Again.", 0.95f});                           // 12
  lines.push_back({"The harbour plan", 0.3f});                               // 13: a subhead
  lines.push_back({kSentence + " Once more.", 0.95f});                       // 14
  lines.push_back({kSentence + " And the end.", 0.95f});                     // 15
  add_menu(lines, 6);
  Article article = scored(lines);
  // Raw line numbers: eight blank lines above and below line 11.
  for (std::size_t i = 11; i < article.lines.size(); ++i) article.lines[i].number += 8;
  for (std::size_t i = 12; i < article.lines.size(); ++i) article.lines[i].number += 8;
  apply_page_model(article, TitleMode::kAuto);
  CHECK(article.lines[11].dropped());
  CHECK(article.lines[13].visible());
  for (const std::size_t i : {10u, 12u, 14u, 15u}) CHECK(article.lines[i].visible());
}
