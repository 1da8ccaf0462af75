#include "detect/page_chrome.hpp"

#include <vector>

#include "detect/detector_rule.hpp"
#include "detect/title.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kChromeRule = make_detector_rule("chrome", category::kUi);

// A page dump has many lines, most of them labels rather than prose.
constexpr std::size_t kMinPageLines = 30;
constexpr double kMinShortShare = 0.6;
// Non-prose lines allowed between two prose lines of the same story (subheads,
// captions, a quote line).
constexpr std::size_t kMaxGap = 4;
// The story grows over lists and tables to prose this close beyond its ends.
constexpr std::size_t kMaxExtend = 10;
// How far above the story the headline is looked for.
constexpr std::size_t kHeadlineReach = 12;
constexpr std::size_t kMinHeadlineChars = 12;

struct Run {
  std::size_t first = 0, last = 0;  // indices into the visible list
  std::size_t chars = 0;
};

// Prose, or a hard-wrapped fragment of it: CJK text with clause punctuation
// inside (navigation bars separate their items with bars and spaces instead).
bool is_prose(std::string_view line) {
  if (looks_like_body(line)) return true;
  line = trim(line);
  if (char_count(line) < 20 || line.find(" | ") != std::string_view::npos) return false;
  for (const std::string_view mark : {"\xEF\xBC\x8C", "\xE3\x80\x82", "\xE3\x80\x81", "\xEF\xBC\x9B", ", "}) {
    if (line.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

bool detect_page_chrome(Article& article) {
  std::vector<std::size_t> visible;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (article.lines[i].visible()) visible.push_back(i);
  }
  // CJK dumps here are hard-wrapped prose and body scrapes with spec lists,
  // which these shapes misjudge; they are left to the rules for now.
  if (visible.size() < kMinPageLines || is_cjk(article.lang)) return false;
  std::vector<bool> prose(visible.size());
  std::size_t short_lines = 0;
  for (std::size_t k = 0; k < visible.size(); ++k) {
    prose[k] = is_prose(article.lines[visible[k]].text);
    short_lines += !prose[k];
  }
  if (static_cast<double>(short_lines) < kMinShortShare * static_cast<double>(visible.size())) return false;

  // The densest run of prose, where runs may bridge small gaps.
  Run best, current;
  bool open = false;
  std::size_t gap = 0;
  for (std::size_t k = 0; k < visible.size(); ++k) {
    if (!prose[k]) {
      if (open && ++gap > kMaxGap) open = false;
      continue;
    }
    if (!open) {
      current = {k, k, 0};
      open = true;
    }
    gap = 0;
    current.last = k;
    current.chars += char_count(article.lines[visible[k]].text);
    if (current.chars > best.chars) best = current;
  }
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

  // The headline: the nearest long enough headline-like line above the story.
  std::size_t headline = visible.size();
  for (std::size_t k = best.first, steps = 0; k-- > 0 && steps < kHeadlineReach; ++steps) {
    const std::string_view text = trim(article.lines[visible[k]].text);
    if (char_count(text) >= kMinHeadlineChars && looks_like_headline(text, article.lang)) {
      headline = k;
      break;
    }
  }
  for (std::size_t k = 0; k < visible.size(); ++k) {
    if (k == headline || prose[k] || (k >= best.first && k <= best.last)) continue;
    article.drop(visible[k], kChromeRule);
  }
  if (headline < visible.size()) article.title = visible[headline];
  return true;
}

}  // namespace newsclean
