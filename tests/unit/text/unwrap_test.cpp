#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/normalize.hpp"
#include "text/unwrap.hpp"

using namespace newsclean;

namespace {

std::vector<NormalizedLine> lines_of(const std::string& text) {
  return normalize_text(text).lines;
}

// A paragraph written out as a text browser does: greedy, at most `width`
// columns a line, `indent` in front of each.
std::string wrapped(const std::string& paragraph, std::size_t width, const std::string& indent) {
  std::string out, line = indent;
  std::size_t start = 0;
  while (start < paragraph.size()) {
    std::size_t end = paragraph.find(' ', start);
    if (end == std::string::npos) end = paragraph.size();
    const std::string word = paragraph.substr(start, end - start);
    if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = indent;
    }
    if (line.size() > indent.size()) line += ' ';
    line += word;
    start = end + 1;
  }
  return out + line + "\n";
}

const std::string kFirst =
    "The harbour authority will send every ferry crew through a six-week course on the two electric boats it "
    "bought this spring, so that they can carry passengers when the winter timetable starts in December.";
const std::string kSecond =
    "The course covers charging at the quay, what to do when a battery cell overheats, and how the boats "
    "handle in a strong westerly, which crews say is the hardest part of the change.";

const std::string kItem = "charging at the quay, taught by the boat builder's engineers over two days";

}  // namespace

TEST_CASE("unwrap: a text browser's paragraphs are joined, lists and rules are not", "[unwrap]") {
  const std::string page = "   Harbour Gazette\n\n   ________________________________\n\n" +
                           wrapped(kFirst, 48, "   ") + "\n" + wrapped(kSecond, 48, "   ") +
                           "\n   The course has two parts:\n\n" + "     * " + wrapped(kItem, 48, "       ").substr(7) +
                           "     * handling in rough water\n\n" +
                           "   https://harbour-gazette.example/news/ferry-crews-to-train-on-electric-boats\n";
  std::vector<NormalizedLine> lines = lines_of(page);
  REQUIRE(wrap_width(lines) == 48);
  const std::size_t before = lines.size();
  const Unwrapped unwrapped = unwrap_lines(lines);
  CHECK(unwrapped.width == 48);
  CHECK(unwrapped.joined == before - lines.size());
  CHECK(unwrapped.joined >= 5);
  std::vector<std::string> texts;
  for (const NormalizedLine& line : lines) texts.push_back(line.text);
  CHECK(texts[0] == "   Harbour Gazette");
  CHECK(texts[2] == "   ________________________________");  // a rule joins nothing
  CHECK(texts[4] == "   " + kFirst);
  CHECK(lines[4].number == 5);  // the joined line keeps its first line's number
  CHECK(texts[6] == "   " + kSecond);
  CHECK(texts[8] == "   The course has two parts:");
  CHECK(texts[10] == "     * " + kItem);                 // a hanging indent continues the item
  CHECK(texts[11] == "     * handling in rough water");  // the next item starts a line
}

TEST_CASE("unwrap: Chinese lines join without a space, Korean lines with one", "[unwrap]") {
  // 24 ideographs a line: 48 columns.
  const std::string han = "\xE6\x9C\xAC";  // 本
  std::string zh;
  for (int row = 0; row < 10; ++row) {
    std::string line = "   ";
    for (int k = 0; k < 24; ++k) line += han;
    zh += line + "\n";
  }
  zh += "   " + han + "\xE3\x80\x82\n\n";  // the paragraph's last line, ending in 。
  std::vector<NormalizedLine> lines = lines_of(zh);
  CHECK(unwrap_lines(lines).width == 51);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text.find(' ', 3) == std::string::npos);

  std::string ko;
  const std::string word = "\xED\x95\x9C\xEB\xB9\x9B\xEC\x8B\x9C\xEA\xB0\x80";  // 한빛시가: 8 columns
  for (int row = 0; row < 10; ++row) ko += "   " + word + " " + word + " " + word + " " + word + " " + word + "\n";
  ko += "   " + word + ".\n";
  lines = lines_of(ko);
  CHECK(unwrap_lines(lines).joined == 10);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text.find(word + " " + word) != std::string::npos);
}

TEST_CASE("unwrap: dumps that are not wrapped stay as they are", "[unwrap]") {
  // Long paragraphs: out on the byte sizes.
  std::string paragraphs;
  for (int k = 0; k < 12; ++k) paragraphs += kFirst + " " + kSecond + " " + kFirst + " " + kSecond + "\n\n";
  std::vector<NormalizedLine> lines = lines_of(paragraphs);
  const std::size_t before = lines.size();
  CHECK(unwrap_lines(lines).width == 0);
  CHECK(lines.size() == before);

  // Short lines only (a menu, headlines with full stops, a few near the longest).
  std::string menu;
  for (const char* item : {"News", "Sport", "Business", "Opinion", "Weather", "Travel", "Culture", "Puzzles"}) {
    menu += std::string(item) + "\n";
  }
  menu += "Storm closes the harbour road for a second night.\nLifeboat crew rescues two kayakers off the point.\n";
  menu += "New cafe opens in the old customs house on the quay\nWeather\n";
  lines = lines_of(menu);
  CHECK(wrap_width(lines) == 0);
}

TEST_CASE("unwrap: an edited paragraph is broken again where the input broke it", "[unwrap]") {
  // A credit cut from the last line, and from the middle of the first.
  CHECK(rewrapped("The council met on Tuesday to vote on the ferry.",
                  "   The council met on\n   Tuesday to vote on the ferry. (Jane Roe)") ==
        "   The council met on\n   Tuesday to vote on the ferry.");
  CHECK(rewrapped("The council met on Tuesday.", "   The council (AP) met\n   on Tuesday.") ==
        "   The council met\n   on Tuesday.");
  // A line left with nothing goes.
  CHECK(rewrapped("The council met.", "   The council met.\n   (Jane Roe, Harbour Gazette)") == "   The council met.");
  // Chinese, joined without a space.
  CHECK(
      rewrapped("\xE5\x8A\xA0\xE5\x85\xA5\xE3\x80\x82", "   \xE5\x8A\xA0\n   \xE5\x85\xA5\xE3\x80\x82(\xE8\xAE\xB0)") ==
      "   \xE5\x8A\xA0\n   \xE5\x85\xA5\xE3\x80\x82");
  // Text the lines cannot account for: nothing (the caller prints the text).
  CHECK(rewrapped("Something else entirely.", "   The council met\n   on Tuesday.").empty());
}

TEST_CASE("unwrap: a bracketed placeholder or button row under a full line stays a line", "[unwrap]") {
  // The line above ends near the width, so "[img]" would fit the wrapper's
  // rule for a moved-down word; a bracketed line is never one.
  const std::string last = "   The crews start on the first of December.";
  REQUIRE(display_width(last) <= 48);
  REQUIRE(display_width(last) + 1 + 5 + 4 > 48);
  const std::string page =
      wrapped(kFirst, 48, "   ") + "\n" + last + "\n   [img]\n   [Print] [Close]\n\n" + wrapped(kSecond, 48, "   ");
  std::vector<NormalizedLine> lines = lines_of(page);
  REQUIRE(unwrap_lines(lines).width == 48);
  std::vector<std::string> texts;
  for (const NormalizedLine& line : lines) texts.push_back(line.text);
  REQUIRE(texts.size() == 7);
  CHECK(texts[0] == "   " + kFirst);
  CHECK(texts[2] == last);
  CHECK(texts[3] == "   [img]");
  CHECK(texts[4] == "   [Print] [Close]");
  CHECK(texts[6] == "   " + kSecond);
}
