#include "detect/headline_tail.hpp"

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

}  // namespace

bool detect_headline_tail(Article& article) {
  std::vector<std::size_t> items;
  std::size_t i = article.lines.size();
  while (i-- > 0) {
    const Line& line = article.lines[i];
    if (!line.visible()) continue;
    if (article.title == i || !is_list_item(line.text)) break;
    items.push_back(i);
  }
  if (items.size() < kMinItems) return false;
  for (const std::size_t item : items) article.drop(item, kHeadlinesRule);
  // i is the first line above the block that is not an item (or wrapped past 0).
  if (i < article.lines.size() && article.lines[i].visible() && article.title != i) {
    const std::string_view header = trim(article.lines[i].text);
    if (char_count(header) <= kMaxHeaderChars && !ends_sentence(header)) article.drop(i, kHeadlinesRule);
  }
  return true;
}

}  // namespace newsclean
