#include "detect/headline_tail.hpp"

#include <optional>
#include <string>
#include <vector>

#include "detect/detector_rule.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kHeadlinesRule = make_detector_rule("headlines", category::kHeadlines);

constexpr std::size_t kMinItems = 3;
// A list header is a label, not a sentence.
constexpr std::size_t kMaxHeaderChars = 30;
// Without a header or credits above it, a list must be this long, its items
// headline-shaped, to count as other stories.
constexpr std::size_t kLongList = 5;
constexpr std::size_t kMinHeadlineChars = 15;

}  // namespace

bool detect_headline_tail(Article& article) {
  std::vector<std::size_t> items;
  std::size_t i = article.lines.size();
  bool credit_between = false;  // a dropped byline or copyright line right above the block
  while (i-- > 0) {
    const Line& line = article.lines[i];
    if (!line.visible()) continue;
    if (article.title == i || !is_list_item(line.text)) break;
    items.push_back(i);
  }
  if (items.size() < kMinItems) return false;
  // i is the first visible line above the block that is not an item (or wrapped past 0).
  std::optional<std::size_t> header;
  if (i < article.lines.size() && article.title != i) {
    const std::string_view text = trim(article.lines[i].text);
    // "Related", "관련기사"; not "Key facts:", which introduces the story's own list.
    if (char_count(text) <= kMaxHeaderChars && !ends_sentence(text) && text.back() != ':') header = i;
  }
  for (std::size_t k = items.back(); k-- > 0;) {
    const Line& line = article.lines[k];
    if (line.visible()) break;
    if (line.dropped_as(category::kByline) || line.dropped_as(category::kCopyright)) {
      credit_between = true;
    }
  }
  std::size_t headline_like = 0;
  for (const std::size_t item : items) {
    const std::string_view text = trim(article.lines[item].text);
    headline_like += char_count(text) >= kMinHeadlineChars && !ends_sentence(text);
  }
  // A list after the credits, or under a list header, or a long list of
  // headline-shaped items is other stories; anything else may be the story's.
  const bool long_headline_list = items.size() >= kLongList && headline_like * 2 > items.size();
  if (!credit_between && !header && !long_headline_list) return false;
  for (const std::size_t item : items) article.drop(item, kHeadlinesRule);
  if (header) article.drop(*header, kHeadlinesRule);
  return true;
}

}  // namespace newsclean
