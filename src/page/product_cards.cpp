#include "page/product_cards.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

constexpr std::size_t kReach = 3;          // lines (not blank) from the story's end to the first card
constexpr std::size_t kMaxCardLines = 25;  // lines (not blank) of one card
constexpr std::size_t kMinCards = 3;
constexpr std::size_t kMaxButtonChars = 24;
constexpr std::size_t kMaxPriceChars = 16;
constexpr std::size_t kMaxScan = 600;  // lines (not blank) looked at below the story

bool is_currency(char32_t cp) {
  switch (cp) {
    case '$':
    case 0x20AC:  // €
    case 0x00A3:  // £
    case 0x00A5:  // ¥
    case 0x20A9:  // ₩
    case 0x20B9:  // ₹
    case 0x5186:  // 円
    case 0xC6D0:  // 원
    case 0x5143:  // 元
      return true;
    default: return false;
  }
}

// A blind verdict or a label: what a card's line may have met. Anything
// else (a copyright line, a byline, a headline list, an e-mail) is evidence
// that the cards, or what looked like them, ended.
bool may_stand_in_card(const Line& line) {
  if (!line.dropped()) return !has_email(line.text);
  return line.dropped_as(category::kUi) || line.dropped_as(category::kAd);
}

}  // namespace

bool is_price(std::string_view text) {
  text = trim(text);
  if (text.empty() || char_count_upto(text, kMaxPriceChars + 1) > kMaxPriceChars) return false;
  std::size_t digits = 0, currency = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp >= '0' && cp <= '9') {
      ++digits;
    } else if (is_currency(cp)) {
      ++currency;
    } else if (cp != '.' && cp != ',' && !is_space(cp) && !(cp >= 'A' && cp <= 'Z')) {  // "US$", "CHF"
      return false;
    }
  }
  return digits > 0 && currency == 1;
}

std::optional<LineRange> product_cards_below(const Article& article, std::size_t story_last) {
  // The filled lines below the story; most pages have no two prices there,
  // and are done with.
  std::vector<std::size_t> filled;
  std::size_t prices = 0;
  for (std::size_t i = story_last + 1; i < article.lines.size() && filled.size() < kMaxScan; ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    filled.push_back(i);
    prices += is_price(line.text);
  }
  if (2 * prices <= kMinCards) return std::nullopt;
  // How often each short line recurs.
  std::unordered_map<std::string_view, std::size_t> seen;
  for (const std::size_t i : filled) {
    const std::string_view text = trim(article.lines[i].text);
    if (char_count_upto(text, kMaxButtonChars + 1) <= kMaxButtonChars && !is_price(text)) ++seen[text];
  }
  // The button: of the short lines that recur once a card or more, the
  // last to appear before the first of them comes round again (the lines
  // under a price recur in every card: "Available from Amazon", a
  // disclosure, then the button).
  std::string_view button, first_recurring;
  for (std::size_t k = 0; k < filled.size() && k < kReach + kMaxCardLines; ++k) {
    const std::string_view text = trim(article.lines[filled[k]].text);
    if (text == first_recurring) break;
    const auto found = seen.find(text);
    if (found == seen.end() || found->second < kMinCards) continue;
    if (first_recurring.empty()) first_recurring = text;
    button = text;
  }
  if (button.empty()) return std::nullopt;
  // Cards in a row, each closed by the button, most with a price.
  std::size_t cards = 0, priced = 0, card_lines = 0, last = story_last;
  bool has_price = false;
  for (const std::size_t i : filled) {
    const Line& line = article.lines[i];
    const std::string_view text = trim(line.text);
    if (!may_stand_in_card(line) || ++card_lines > (cards == 0 ? kReach : 0) + kMaxCardLines) break;
    has_price = has_price || is_price(text);
    if (text != button) continue;
    ++cards;
    priced += has_price;
    last = i;
    card_lines = 0;
    has_price = false;
  }
  if (cards < kMinCards || 2 * priced <= cards) return std::nullopt;
  return LineRange{story_last + 1, last};
}

}  // namespace newsclean
