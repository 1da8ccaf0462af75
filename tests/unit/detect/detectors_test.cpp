#include <catch2/catch.hpp>

#include "detect/credits.hpp"
#include "detect/duplicate_lead.hpp"
#include "detect/figures.hpp"
#include "detect/headline_tail.hpp"
#include "detect/markdown_links.hpp"
#include "detect/page_chrome.hpp"
#include "detect/title.hpp"

using namespace newsclean;

namespace {

Article make(std::vector<std::string> texts, Lang lang = Lang::kEn) {
  Article article;
  article.lang = lang;
  std::size_t number = 0;
  for (std::string& text : texts) {
    Line line;
    line.text = std::move(text);
    line.number = ++number;
    line.lang = lang;
    article.lines.push_back(std::move(line));
  }
  return article;
}

std::vector<bool> dropped(const Article& article) {
  std::vector<bool> out;
  for (const Line& line : article.lines) out.push_back(line.dropped());
  return out;
}

}  // namespace

TEST_CASE("duplead: split summary lines inside the joined lead go", "[detect]") {
  Article a = make({"The council approved the budget on Monday night.", "It takes effect in March next year.",
                    "The council approved the budget on Monday night. It takes effect in March next year.",
                    "Other news followed later in the session."});
  detect_duplicate_lead(a);
  CHECK(dropped(a) == std::vector<bool>{true, true, false, false});
  CHECK(a.lines[0].dropped_by->id == "detector:duplead");
}

TEST_CASE("duplead: of equal copies the first stays; a truncated copy goes", "[detect]") {
  Article a = make({"The lead paragraph says what happened today.", "Body text of the story goes on here.",
                    "The lead paragraph says what happened today.", "The lead paragraph says what hap…"});
  detect_duplicate_lead(a);
  CHECK(dropped(a) == std::vector<bool>{false, false, true, true});
}

TEST_CASE("duplead: short lines and partial overlaps stay", "[detect]") {
  Article a = make({"Yes.", "He said yes. Yes.", "A quote she gave once. And a new sentence after it.",
                    "A quote she gave once. But this paragraph adds something else."});
  detect_duplicate_lead(a);
  CHECK(dropped(a) == std::vector<bool>{false, false, false, false});
}

// A page's structured-data article body printed as one line after the
// story: headings run into its sentences, so it holds most of the story's
// sentences, not its paragraphs whole. The copy goes, the paragraphs stay;
// twice printed, both copies go.
TEST_CASE("duplead: a copy of the whole story in one line goes, its paragraphs stay", "[detect]") {
  const std::vector<std::string> story = {
      "1. Define the goal",
      "The council wants the ferry to run all winter. It asked the port for a plan. The plan is due in May.",
      "2. Count the cost",
      "Running it costs more than the fares bring in. The gap is about a third. Fuel is most of it.",
      "The port says the town must pay the rest. The mayor agrees. The vote is next week."};
  const std::string copy =
      "1. Define the goal The council wants the ferry to run all winter. It asked the port for a plan. The plan is "
      "due in May. 2. Count the cost Running it costs more than the fares bring in. The gap is about a third. Fuel "
      "is most of it. The port says the town must pay the rest. The mayor agrees. The vote is next week.";
  std::vector<std::string> texts = story;
  texts.push_back(copy);
  Article a = make(texts);
  detect_duplicate_lead(a);
  CHECK(dropped(a) == std::vector<bool>{false, false, false, false, false, true});

  texts.push_back(copy);
  Article twice = make(texts);
  detect_duplicate_lead(twice);
  CHECK(dropped(twice) == std::vector<bool>{false, false, false, false, false, true, true});
}

TEST_CASE("headlines: three trailing list items and their header go", "[detect]") {
  Article a = make(
      {"Body paragraph that ends the story here.", "Related", "- One headline", "- Two headline", "▶ Three headline"});
  CHECK(detect_headline_tail(a));
  CHECK(dropped(a) == std::vector<bool>{false, true, true, true, true});
}

TEST_CASE("headlines: the story's own closing list stays", "[detect]") {
  // Regression guard: a list introduced by the story ("Key facts:") or with no
  // header and no credits above is not other stories.
  Article a = make({"Body paragraph that ends the story here.", "Key facts:", "- Opened in 1901", "- Rebuilt twice",
                    "- Solar lamp from next year"});
  CHECK_FALSE(detect_headline_tail(a));
  Article b = make({"Body paragraph that ends the story here.", "- one point", "- another point", "- a third point"});
  CHECK_FALSE(detect_headline_tail(b));
}

TEST_CASE("headlines: a list below the copyright line goes without a header", "[detect]") {
  Article a = make({"Body paragraph that ends the story here.", "(c) Example", "- One headline", "- Two headline",
                    "- Three headline"});
  static Rule copyright;
  copyright.category = "copyright";
  copyright.id = "t.rules:1";
  a.lines[1].dropped_by = &copyright;
  CHECK(detect_headline_tail(a));
  CHECK(dropped(a) == std::vector<bool>{false, true, true, true, true});
}

TEST_CASE("headlines: two items are not a block; a list mid-story stays", "[detect]") {
  Article a = make({"Body.", "- one", "- two"});
  CHECK_FALSE(detect_headline_tail(a));
  Article b = make({"- one", "- two", "- three", "The story goes on after the list and ends here."});
  CHECK_FALSE(detect_headline_tail(b));
}

TEST_CASE("credits: e-mail bylines and copyright lines at the end", "[detect]") {
  Article a = make({"The story ends with a full sentence here.", "Jane Roe jane@example.com", "(c) 2026 Example"});
  CHECK(detect_credits(a));
  CHECK(dropped(a) == std::vector<bool>{false, true, true});
  CHECK(a.lines[1].dropped_by->category == "byline");
  CHECK(a.lines[2].dropped_by->category == "copyright");
}

TEST_CASE("credits: a body line stops the search", "[detect]") {
  Article a = make({"Write to jane@example.com", "The story ends with a full sentence that is long enough.", "End"});
  detect_credits(a);
  CHECK_FALSE(a.lines[0].dropped());
}

TEST_CASE("credits: the writer's tagline with an address, anywhere", "[detect]") {
  Article a = make({"Jane Roe covers city hall. Reach her at jane@example.com or on X @janeroe.",
                    "The story goes on below the tagline with a full sentence.",
                    "Sam Roe is a reporter. He can be reached at sam@example.org.",
                    "Readers can contact the council at info@example.gov, the mayor said.",
                    "Contact him today, the coach said, and he will answer."});
  detect_credits(a);
  CHECK(dropped(a) == std::vector<bool>{true, false, true, false, false});
  CHECK(a.lines[0].dropped_by->category == "byline");
}

TEST_CASE("title: a headline-like first line, per mode", "[detect]") {
  Article a = make({"Harbor town votes to rebuild lighthouse", "Body."});
  detect_title(a, TitleMode::kAuto);
  CHECK(a.title == 0u);
  Article b = make({"This first line is a sentence.", "Body."});
  detect_title(b, TitleMode::kAuto);
  CHECK_FALSE(b.title.has_value());
  detect_title(b, TitleMode::kFirstLine);
  CHECK(b.title == 0u);
  detect_title(a, TitleMode::kNone);
  CHECK_FALSE(a.title.has_value());
  CHECK(looks_like_headline("Is this the end of cash?", Lang::kEn));
}

TEST_CASE("chrome: menus around the story go, the headline and story stay", "[detect]") {
  std::vector<std::string> lines;
  for (int i = 0; i < 15; ++i) lines.push_back("Menu item " + std::to_string(i));
  lines.push_back("Harbor town votes to rebuild lighthouse");
  for (int i = 0; i < 6; ++i)
    lines.push_back("This is a paragraph of the story that ends like a sentence, number " + std::to_string(i) + ".");
  for (int i = 0; i < 15; ++i) lines.push_back("Footer link " + std::string(1, static_cast<char>('A' + i)));
  Article a = make(lines);
  CHECK(detect_page_chrome(a));
  CHECK(a.lines[0].dropped());
  CHECK(a.lines.back().dropped());
  CHECK_FALSE(a.lines[15].dropped());
  CHECK(a.title == 15u);
  for (int i = 16; i < 22; ++i) CHECK_FALSE(a.lines[static_cast<std::size_t>(i)].dropped());
}

TEST_CASE("chrome: a short article is not a page dump", "[detect]") {
  Article a = make({"Menu", "Story sentence that is long enough to be prose here.", "Footer"});
  CHECK_FALSE(detect_page_chrome(a));
  CHECK_FALSE(a.lines[0].dropped());
}

TEST_CASE("byline names: the line after a lone 'By' label", "[detect]") {
  Article a = make({"Headline here", "By", "Jane Roe", "The story starts with a sentence of some length."});
  static Rule by_label;
  by_label.category = "byline";
  by_label.id = "t.rules:1";
  a.lines[1].dropped_by = &by_label;
  CHECK(detect_byline_names(a));
  CHECK(a.lines[2].dropped());
  CHECK(a.lines[2].dropped_by->id == "detector:byline-name");
  CHECK_FALSE(a.lines[3].dropped());
  Article b = make({"By", "The story starts right away with a full sentence."});
  b.lines[0].dropped_by = &by_label;
  CHECK_FALSE(detect_byline_names(b));
}

TEST_CASE("title: a page <title> copy goes, the headline next to the body stays", "[detect]") {
  Article a = make({"Harbor town votes to rebuild lighthouse - Example News", "Menu",
                    "Harbor town votes to rebuild lighthouse", "The body starts with a sentence of some length."});
  detect_title(a, TitleMode::kAuto);
  CHECK(a.title == 2u);
  REQUIRE(a.lines[0].dropped());
  CHECK(a.lines[0].dropped_by->id == "detector:page-title");
  CHECK(a.lines[0].dropped_by->category == "duplead");
  Article b = make({"Harbor town votes to rebuild lighthouse", "A different headline about something else",
                    "The body starts with a sentence of some length."});
  detect_title(b, TitleMode::kAuto);
  CHECK(b.title == 0u);
  CHECK_FALSE(b.lines[0].dropped());
}

TEST_CASE("captions: the line right on top of a photo credit", "[detect]") {
  static Rule credit;
  credit.category = "caption";
  credit.id = "t.rules:1";
  Article a = make({"Body paragraph of the story, long enough.", "Teachers rally at the statehouse on Tuesday.",
                    "Jane Roe, AP", "More of the story follows here."});
  a.lines[2].dropped_by = &credit;
  CHECK(detect_caption_above_credit(a));
  CHECK(a.lines[1].dropped_by->id == "detector:caption");
  CHECK_FALSE(a.lines[0].dropped());
  // With a blank line between them, the line above is a paragraph of its own.
  Article b = make({"Body paragraph of the story, long enough.", "", "Jane Roe, AP"});
  b.lines[2].number = 4;  // a blank line stood between them in the raw text
  b.lines[2].dropped_by = &credit;
  CHECK_FALSE(detect_caption_above_credit(b));
  CHECK_FALSE(b.lines[0].dropped());
  // A label introducing the caption below it credits nothing above it; the
  // line below is the caption.
  Article c = make({"The vote was 412 to 198, and work will begin in the spring.", "Media caption,",
                    "Watch: the lighthouse at dawn"});
  c.lines[1].dropped_by = &credit;
  CHECK(detect_caption_above_credit(c));
  CHECK_FALSE(c.lines[0].dropped());
  CHECK(c.lines[2].dropped_by->id == "detector:caption");  // the caption the label introduces
  // A caption of its own (a caption mark, or a sentence before the credit)
  // under a paragraph of a dump without blank lines: the paragraph stays.
  for (const char* own : {"\xE2\x96\xB2"
                          "29일 예시시 거리에 안내문이 붙어 있다. /사진=예시",
                          "Teachers rally at the statehouse. Photo: Jane Roe/AP"}) {
    Article d = make({"The council voted on Monday to rebuild the old lighthouse by the harbour.", own,
                      "More of the story follows here."});
    d.lines[1].dropped_by = &credit;
    CHECK_FALSE(detect_caption_above_credit(d));
    CHECK_FALSE(d.lines[0].dropped());
  }
  // Initials in a credit are no sentence.
  Article e = make({"Teachers rally at the statehouse on Tuesday.", "Photo: J. R. Roe/AP"});
  e.lines[1].dropped_by = &credit;
  CHECK(detect_caption_above_credit(e));
  // A line the story model is sure of (a whole page's paragraph whose
  // photo had no caption) stays above a bare credit.
  Article g = make({"Under the plan, a fifth of the homes must be rented at prices families can afford.",
                    "Photo: Sam Roe/Example News", "Opponents said the site should be kept for industry."});
  g.lines[0].story = 0.93f;
  g.lines[1].dropped_by = &credit;
  CHECK_FALSE(detect_caption_above_credit(g));
  g.lines[0].story = 0.4f;  // as the labelled dumps' captions score
  CHECK(detect_caption_above_credit(g));
  // A Korean credit alone under a short paragraph: CJK dumps print the
  // caption on the credit's line, so the paragraph stays.
  Article f = make({"30일 서울 마포구의 한 호텔에서 열린 제작발표회에는 감독이 참석했다.", "사진|예시엔터 제공",
                    "한예시는 대본을 받고 하루 만에 출연을 결정했다고 말했다."});
  f.lang = Lang::kKo;
  f.lines[1].dropped_by = &credit;
  CHECK_FALSE(detect_caption_above_credit(f));
  CHECK_FALSE(f.lines[0].dropped());
}

TEST_CASE("chrome: a results table right below the story stays", "[detect]") {
  std::vector<std::string> lines;
  for (int i = 0; i < 8; ++i) lines.push_back("Menu item " + std::string(1, static_cast<char>('A' + i)));
  lines.push_back("Grand prix ends in a photo finish at the harbour circuit");
  for (int i = 0; i < 3; ++i) lines.push_back("This is a paragraph of the race report that ends like a sentence here.");
  for (int i = 1; i <= 12; ++i)
    lines.push_back(std::to_string(i) + ". Driver " + std::to_string(i) + " 1:32:0" + std::to_string(i % 10));
  lines.push_back("Privacy Policy");
  lines.push_back("Terms of Use");
  Article a = make(lines);
  CHECK(detect_page_chrome(a));
  for (std::size_t i = 12; i < 24; ++i) CHECK_FALSE(a.lines[i].dropped());
  CHECK(a.lines[0].dropped());
  CHECK(a.lines.back().dropped());
}

TEST_CASE("byline names: a name right under the headline, before the story", "[detect]") {
  Article a = make({"Harbor town votes to rebuild lighthouse", "Anna Roe", "Ursula von der Leyen",
                    "The council voted on Monday night to rebuild the old lighthouse.", "Jane Doe"});
  a.title = 0;
  CHECK(detect_header_byline_names(a));
  CHECK(a.lines[1].dropped_by->id == "detector:byline-name");
  CHECK(a.lines[2].dropped());
  CHECK_FALSE(a.lines[3].dropped());
  CHECK_FALSE(a.lines[4].dropped());  // below the first prose line: not the header
  // A deck that is not a name stays: lower-case words, too many words, a sentence.
  for (const std::string deck : {"Council backs the plan", "Harbor Town Votes To Rebuild", "Anna Roe spoke."}) {
    Article b = make({"Harbor town votes to rebuild lighthouse", deck, "The council voted on Monday to rebuild it."});
    b.title = 0;
    CHECK_FALSE(detect_header_byline_names(b));
  }
  Article c = make({"Anna Roe", "The council voted on Monday night to rebuild the old lighthouse."});
  CHECK_FALSE(detect_header_byline_names(c));  // no headline, no header
}

TEST_CASE("figures: the one-line caption under an image placeholder", "[detect]") {
  static Rule placeholder;
  placeholder.category = "ui";
  placeholder.id = "t.rules:1";
  const std::string body = "The body of the story goes on for a good while, as body paragraphs do in the news.";
  Article a = make({body, "", "[5911533729895342]", "", "The new ferry at the pier.", "", body, "", "[photo.jpg]", "",
                    body, "", "[1] [2] [3]", "", "A short last line."});
  for (const std::size_t i : {2u, 8u, 12u}) a.lines[i].dropped_by = &placeholder;
  CHECK(detect_figure_captions(a));
  CHECK(a.lines[4].dropped_by->id == "detector:figure-caption");
  CHECK(a.lines[4].dropped_by->category == "caption");
  CHECK_FALSE(a.lines[10].dropped());  // as long as the story's paragraphs: body
  CHECK_FALSE(a.lines[14].dropped());  // a pager is not a figure

  // A paragraph hard-wrapped over several lines is not a caption.
  Article b = make({body, "", "[photo.jpg]", "", "The new ferry", "at the pier, on", "its first day.", "", body});
  b.lines[2].dropped_by = &placeholder;
  CHECK_FALSE(detect_figure_captions(b));
  // ... nor once its lines are joined: longer than the width it was wrapped at.
  Article joined = make({body, "", "[photo.jpg]", "", "The new ferry at the pier, on its first day.", "", body});
  joined.lines[2].dropped_by = &placeholder;
  joined.wrap_width = 24;
  CHECK_FALSE(detect_figure_captions(joined));
  joined.wrap_width = 72;  // one line of the wrapped dump: a caption
  CHECK(detect_figure_captions(joined));

  // A page header image above any story is not a figure of the story.
  Article c = make({"[logo.png]", "", "Short tagline of the site.", "", body, "", body});
  c.lines[0].dropped_by = &placeholder;
  CHECK_FALSE(detect_figure_captions(c));
}

TEST_CASE("figures: a video's title above its player", "[detect]") {
  static Rule placeholder;
  placeholder.category = "ui";
  placeholder.id = "t.rules:1";
  const std::string body = "The body of the story goes on for a good while, as body paragraphs do in the news.";
  Article a = make(
      {body, "", "The ferry on video", "", "[0.jpg] [play_button.png]", "", "The ferry leaves the pier.", "", body});
  a.lines[4].dropped_by = &placeholder;
  CHECK(detect_figure_captions(a));
  CHECK(a.lines[2].dropped());
  CHECK(a.lines[6].dropped());
  CHECK_FALSE(a.lines[0].dropped());
  CHECK_FALSE(a.lines[8].dropped());
}

TEST_CASE("figures: a markdown image's alt text printed again below it", "[detect]") {
  static Rule image;
  image.category = "caption";
  image.id = "t.rules:1";
  const std::string body = "The body of the story goes on for a good while, as body paragraphs do in the news.";
  Article a = make({body, "", "![The new ferry at the pier (Photo=Example)](https://example.com/f.jpg)", "",
                    "The new ferry at the pier", "", body, "", "![photo](https://example.com/g.jpg)", "",
                    "Photo of the day: a story line.", "", body});
  a.lines[2].dropped_by = &image;
  a.lines[8].dropped_by = &image;
  CHECK(detect_figure_captions(a));
  CHECK(a.lines[4].dropped_by->id == "detector:figure-caption");  // starts the alt text
  CHECK_FALSE(a.lines[10].dropped());                             // an alt text of one word says nothing
  CHECK_FALSE(a.lines[6].dropped());

  // Below an image, a paragraph that is not its alt text stays.
  Article b = make({body, "", "![Harbour lights at night](https://example.com/h.jpg)", "",
                    "Harbour masters met on Monday.", "", body});
  b.lines[2].dropped_by = &image;
  CHECK_FALSE(detect_figure_captions(b));
}

TEST_CASE("chrome: the headline is the line above the byline, not the nearest teaser", "[detect]") {
  static Rule byline;
  byline.category = "byline";
  byline.id = "t.rules:1";
  std::vector<std::string> lines;
  for (int i = 0; i < 10; ++i) lines.push_back("Menu item " + std::to_string(i));
  lines.push_back("Harbor town votes to rebuild the old lighthouse");  // 10
  lines.push_back("By Jane Roe, Example News");                        // 11
  lines.push_back("Watch the council debate the plan again");          // 12: a video teaser
  for (int i = 0; i < 6; ++i)
    lines.push_back("This is a paragraph of the story that ends like a sentence, number " + std::to_string(i) + ".");
  for (int i = 0; i < 10; ++i) lines.push_back("Footer link " + std::string(1, static_cast<char>('A' + i)));
  Article a = make(lines);
  a.lines[11].dropped_by = &byline;
  CHECK(detect_page_chrome(a));
  CHECK(a.title == 10u);
  CHECK(a.lines[12].dropped());
}

TEST_CASE("chrome: a teaser question above the headline does not start the story", "[detect]") {
  std::vector<std::string> lines{"Harbor town votes to rebuild lighthouse : Example News"};
  for (int i = 0; i < 10; ++i) lines.push_back("Menu item " + std::to_string(i));
  lines.push_back("Is the old harbour worth saving at all, or not?");  // 11: another story's teaser
  lines.push_back("Harbor town votes to rebuild lighthouse");          // 12
  for (int i = 0; i < 6; ++i)
    lines.push_back("This is a paragraph of the story that ends like a sentence, number " + std::to_string(i) + ".");
  for (int i = 0; i < 10; ++i) lines.push_back("Footer link " + std::string(1, static_cast<char>('A' + i)));
  Article a = make(lines);
  CHECK(detect_page_chrome(a));
  CHECK(a.title == 12u);
  REQUIRE(a.lines[0].dropped());
  CHECK(a.lines[0].dropped_by->id == "detector:page-title");
}

TEST_CASE("title: addresses, time stamps and padded short lines are no headlines", "[detect]") {
  CHECK_FALSE(looks_like_headline("URL: http://example.com/2005/07/18/ferry.html", Lang::kEn));
  CHECK_FALSE(is_headline_candidate("Published: 14.12.15, 15:33 Updated: 14.12.15, 16:49", Lang::kDe));
  CHECK_FALSE(is_headline_candidate("http://news.example.cn 2005-07-18 13:03:17", Lang::kZh));
  CHECK(is_headline_candidate("Ferry fares to rise by 15% in 2025", Lang::kEn));
  // Chinese headlines pack their words: ten characters are enough, five not.
  CHECK(is_headline_candidate("南海海上风电场开工建设", Lang::kZh));
  CHECK_FALSE(is_headline_candidate("用微信扫码", Lang::kZh));
  // A year and a clock time in a few words: a date stamp, whatever its words.
  CHECK_FALSE(is_headline_candidate("Actualizado Miércoles, 4 marzo 2026 - 10:35", Lang::kEs));
  CHECK_FALSE(is_headline_candidate("Mis à jour le 4 mars 2026 à 10h35", Lang::kFr));
  CHECK(is_headline_candidate("Ferry leaves at 10:35 every day from 2026, council says", Lang::kEn));
  CHECK(is_headline_candidate("Der Akku in diesem Smartphone hält bis 15 Tage", Lang::kDe));
  // Ideographic spaces pad a short line to a headline's length; they do not count.
  CHECK_FALSE(is_headline_candidate("日报\u3000\u3000\u3000网友评论 0 条", Lang::kZh));
  CHECK(is_headline_candidate("北京大学发布中国经济季度观察报告", Lang::kZh));
}

TEST_CASE("title: the site suffix is cut at the last separator", "[detect]") {
  // "Story | Section | Site": the stem keeps "Story | Section", which the
  // on-page headline repeats; cut at the first " | ", it would not match.
  Article a = make({"Lighthouse vote | Harbor town | Example News", "Menu", "Lighthouse vote | Harbor town",
                    "The body starts with a sentence of some length."});
  detect_title(a, TitleMode::kAuto);
  CHECK(a.title == 2u);
  CHECK(a.lines[0].dropped());
}

TEST_CASE("title: the on-page headline is the longest part of a page <title> with sections", "[detect]") {
  // "Headline | Section | Site" and "Section | Headline - Site": cut at the
  // last separator, the stem keeps the section and matches no line.
  Article a = make({"Harbor town votes to rebuild lighthouse | Local | Towns | Example News", "Menu", "Local",
                    "Harbor town votes to rebuild lighthouse", "The body starts with a sentence of some length."});
  detect_title(a, TitleMode::kAuto);
  CHECK(a.title == 3u);
  CHECK(a.lines[0].dropped());
  Article b = make({"Opinion | Harbor towns should keep their lighthouses - Example News", "Menu",
                    "Harbor towns should keep their lighthouses", "The body starts with a sentence of some length."});
  detect_title(b, TitleMode::kAuto);
  CHECK(b.title == 2u);
  // The section's name in the menu above is no copy of the title: the stem
  // is cut at the last separator of any kind ("Opinion | Headline"), not
  // at the last " | " ("Opinion").
  Article d = make({"Opinion | Harbor towns should keep their lighthouses - Example News", "Menu", "Opinion",
                    "Harbor towns should keep their lighthouses", "The body starts with a sentence of some length."});
  detect_title(d, TitleMode::kAuto);
  CHECK(d.title == 3u);
  // A short part (a section name) is no headline: "Local" stays a menu line.
  Article c = make({"Lighthouse | Local | Example News Network Online", "Example News Network Online",
                    "The body starts with a sentence of some length."});
  detect_title(c, TitleMode::kAuto);
  CHECK(c.title == 0u);
}

TEST_CASE("title: the headline printed twice keeps its first copy", "[detect]") {
  Article a = make({"Harbor town votes to rebuild lighthouse", "Menu", "Harbor  town votes to rebuild lighthouse",
                    "The body starts with a sentence of some length."});
  detect_title(a, TitleMode::kAuto);
  CHECK(a.title == 0u);
  CHECK_FALSE(a.lines[0].dropped());
  detect_duplicate_lead(a);
  CHECK(a.lines[2].dropped());  // the later copy goes as a duplicate
  CHECK_FALSE(a.lines[0].dropped());
}

TEST_CASE("byline names: not in German, where nouns are capitalised", "[detect]") {
  Article a = make({"Stadt baut den alten Leuchtturm wieder auf", "Neue Regeln",
                    "Der Stadtrat hat am Montagabend den Wiederaufbau beschlossen."},
                   Lang::kDe);
  a.title = 0;
  CHECK_FALSE(detect_header_byline_names(a));
  CHECK_FALSE(a.lines[1].dropped());
}

TEST_CASE("title: a masthead above the headline goes, a short headline with a deck stays", "[detect]") {
  static Rule stamp;
  stamp.category = "byline";
  stamp.id = "t.rules:1";
  Article a = make({"예시일보", "한빛시, 공공자전거 500대 늘린다…외곽 지역 대여소 신설", "입력 2026.03.12. 오전 10:21",
                    "한빛시가 다음 달부터 공공자전거 500대를 추가로 배치한다고 12일 밝혔다."},
                   Lang::kKo);
  a.lines[2].dropped_by = &stamp;
  detect_title(a, TitleMode::kAuto);
  CHECK(a.title == 1u);
  REQUIRE(a.lines[0].dropped());
  CHECK(a.lines[0].dropped_by->id == "detector:masthead");

  // A short headline over its deck: the headline is not a label.
  Article b = make({"Harbour vote passes", "Council backs the tidal plan after long talks", "By Jane Roe",
                    "The council voted on Monday night to back the plan."});
  b.lines[2].dropped_by = &stamp;
  detect_title(b, TitleMode::kAuto);
  CHECK(b.title == 0u);
  CHECK_FALSE(b.lines[0].dropped());
}

TEST_CASE("markdown links: words kept inside text, addresses go; lines of links stay", "[detect]") {
  Article article = make({
      "The council backed the [harbour plan](https://example.com/plan?id=42) on Monday.",
      "Crowds on the quay ![a photo](https://example.com/a.jpg) as the ferry left the harbour.",
      "- [Council delays vote](https://example.com/news/1)",
      "[Other stories](https://example.com/list) [More](https://example.com/more)",
  });
  CHECK(unwrap_markdown_links(article));
  CHECK(article.lines[0].text == "The council backed the harbour plan on Monday.");
  REQUIRE(article.lines[0].edits.size() == 1);
  CHECK(article.lines[0].edits[0].rule->id == "detector:markdown-link");
  CHECK(article.lines[0].edits[0].removed == "](https://example.com/plan?id=42)");
  CHECK(article.lines[1].text == "Crowds on the quay as the ferry left the harbour.");
  CHECK(article.lines[2].text == "- [Council delays vote](https://example.com/news/1)");  // a list of links
  CHECK(article.lines[3].edits.empty());
}
