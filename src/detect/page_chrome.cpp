#include "detect/page_chrome.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "detect/detector_rule.hpp"
#include "detect/title.hpp"
#include "page/line_features.hpp"
#include "text/fold.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kChromeRule = make_detector_rule("chrome", category::kUi);

// A page dump has many lines, most of them labels rather than prose.
constexpr std::size_t kMinPageLines = 20;
constexpr double kMinShortShare = 0.6;
// Non-prose lines allowed between two prose lines of the same story (subheads,
// captions, a quote line).
constexpr std::size_t kMaxGap = 4;
// The story grows over lists and tables to prose this close beyond its ends.
constexpr std::size_t kMaxExtend = 10;
// Consecutive lines with digits right below the story that make a table.
constexpr std::size_t kMinTableRows = 3;
// How far above the story the headline is looked for.
constexpr std::size_t kHeadlineReach = 30;
// How many lines above the story a byline under the headline is looked for.
constexpr std::size_t kBylineReach = 60;

// A table row holds figures beyond a leading list number ("3. Jane Roe 1:32:04",
// not "3. Storm closes ferry route").
bool is_table_row(std::string_view text) {
  text = trim(text);
  std::size_t start = 0;
  while (start < text.size() && text[start] >= '0' && text[start] <= '9') ++start;
  text.remove_prefix(start);
  return has_digit(text);
}

// A byline sits right under its headline: the headline-like line just above
// the dropped byline nearest above the story, if there is one.
std::optional<std::size_t> headline_above_byline(const Article& article, std::size_t story_start) {
  std::size_t i = story_start;
  for (std::size_t steps = 0; i-- > 0 && steps < kBylineReach; ++steps) {
    const Line& line = article.lines[i];
    if (line.dropped_as(category::kByline)) break;
  }
  if (i >= story_start) return std::nullopt;
  const std::optional<std::size_t> above = line_above_bylines(article, i);
  if (!above || !article.lines[*above].visible() ||
      !is_headline_candidate(trim(article.lines[*above].text), article.lang)) {
    return std::nullopt;
  }
  return above;
}

}  // namespace

bool detect_page_chrome(Article& article) {
  std::vector<std::size_t> visible;
  std::size_t dropped = 0;  // lines the rules already took count as chrome
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (article.lines[i].visible()) visible.push_back(i);
    dropped += article.lines[i].dropped();
  }
  // CJK dumps here are hard-wrapped prose and body scrapes with spec lists,
  // which these shapes misjudge; they are left to the rules for now.
  if (visible.size() + dropped < kMinPageLines || is_cjk(article.lang) || visible.empty()) return false;
  std::vector<bool> prose(visible.size());
  std::size_t short_lines = dropped;
  for (std::size_t k = 0; k < visible.size(); ++k) {
    prose[k] = is_prose(article.lines[visible[k]].text);
    short_lines += !prose[k];
  }
  if (static_cast<double>(short_lines) < kMinShortShare * static_cast<double>(visible.size() + dropped)) return false;

  // The densest run of prose, where runs may bridge small gaps.
  std::vector<std::size_t> chars(visible.size());
  for (std::size_t k = 0; k < visible.size(); ++k) chars[k] = char_count(article.lines[visible[k]].text);
  ProseRun best = densest_prose_run(prose, chars, kMaxGap);
  if (best.chars == 0) return false;
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t k = best.last + 1; k < visible.size() && k <= best.last + kMaxExtend; ++k) {
      if (prose[k]) {
        best.last = k;
        grew = true;
        break;
      }
    }
    for (std::size_t k = best.first, steps = 0; k-- > 0 && steps < kMaxExtend; ++steps) {
      if (prose[k]) {
        best.first = k;
        grew = true;
        break;
      }
    }
  }
  // A table right below the story (results, prices, figures) is the story's:
  // rows with figures in them, one after another.
  std::size_t rows = 0;
  while (best.last + 1 + rows < visible.size() && is_table_row(article.lines[visible[best.last + 1 + rows]].text))
    ++rows;
  if (rows >= kMinTableRows) best.last += rows;

  // The headline: the one the title detector found below the page <title>,
  // else the copy of the page title nearest above the story, else the line
  // above the byline, else the nearest line that reads like a headline.
  std::size_t headline = visible.size();
  std::size_t first_line = 0;
  while (first_line < article.lines.size() && article.lines[first_line].blank()) ++first_line;
  if (article.title && *article.title != first_line) {  // found below the page <title>
    const auto found = std::find(visible.begin(), visible.end(), *article.title);
    const auto position = static_cast<std::size_t>(found - visible.begin());
    if (found != visible.end() && position < best.first) headline = position;
  }
  const PageTitle page_title(article.lines[visible[0]].text, article.lang);
  // A teaser ending in "?" above the headline can join the story's run; the
  // headline (or the page <title>'s copy) near the run's top marks where the
  // story starts.
  std::size_t teasers_from = visible.size();  // prose above the headline that is not the story's
  for (std::size_t k = best.first; headline == visible.size() && k <= best.first + kMaxGap && k < best.last; ++k) {
    const bool found_below_title = article.title && *article.title != first_line && visible[k] == *article.title;
    if (found_below_title || page_title.matches(article.lines[visible[k]].text)) {
      headline = k;
      teasers_from = best.first;
      best.first = k + 1;
    }
  }
  std::size_t fallback = visible.size();
  for (std::size_t k = best.first, steps = 0; headline == visible.size() && k-- > 1 && steps < kHeadlineReach;
       ++steps) {
    const std::string_view text = trim(article.lines[visible[k]].text);
    if (page_title.matches(text)) {
      headline = k;
      break;
    }
    if (fallback == visible.size() && is_headline_candidate(text, article.lang)) fallback = k;
  }
  if (headline == visible.size()) {
    headline = fallback;
    if (const auto above_byline = headline_above_byline(article, visible[best.first])) {
      headline = static_cast<std::size_t>(std::find(visible.begin(), visible.end(), *above_byline) - visible.begin());
    }
  } else if (headline > 0 && page_title.matches(article.lines[visible[headline]].text)) {
    article.drop(visible[0], page_title_rule());
  }
  for (std::size_t k = 0; k < visible.size(); ++k) {
    const bool teaser = k >= teasers_from && k < headline;
    if (k == headline || (prose[k] && !teaser) || (k >= best.first && k <= best.last)) continue;
    article.drop(visible[k], kChromeRule);
  }
  if (headline < visible.size()) article.title = visible[headline];
  return true;
}

}  // namespace newsclean
