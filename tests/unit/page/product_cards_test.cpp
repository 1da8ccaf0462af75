#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/article.hpp"
#include "page/product_cards.hpp"

using namespace newsclean;

namespace {

Article lines_of(const std::vector<std::string>& texts) {
  Article article;
  article.lang = Lang::kEn;
  for (const std::string& text : texts) {
    Line line;
    line.text = text;
    line.number = article.lines.size() + 1;
    article.lines.push_back(std::move(line));
  }
  return article;
}

// A story's last paragraph, then `cards` cards: a name, two features, a
// price (when `price`), a disclosure and a button.
std::vector<std::string> deals(int cards, bool price) {
  std::vector<std::string> texts{"Our picks for the week are below, with the prices we saw this morning.", ""};
  for (int card = 0; card < cards; ++card) {
    const std::string n = std::to_string(card + 1);
    for (const std::string& text : std::vector<std::string>{
             "Product " + n, "", "Feature one of " + n, "Feature two of " + n, "",
             std::string(price ? "$" + n + "9.99" : "Model " + n), "We may earn a commission", "", "Buy Now", ""}) {
      texts.push_back(text);
    }
  }
  texts.insert(texts.end(), {"Most Popular", "Another story's headline here"});
  return texts;
}

}  // namespace

TEST_CASE("product cards: a price alone on its line", "[page]") {
  CHECK(is_price("$139.00"));
  CHECK(is_price("€ 19,99"));
  CHECK(is_price("19,99 €"));
  CHECK(is_price("US$ 1,299"));
  CHECK(is_price("3,980円"));
  CHECK(is_price("12,900원"));
  CHECK_FALSE(is_price("139.00"));                           // no currency: a figure
  CHECK_FALSE(is_price("$139 at Amazon"));                   // a link's label
  CHECK_FALSE(is_price("Prices start at $139 this week."));  // a sentence
  CHECK_FALSE(is_price("$5 $10"));
}

TEST_CASE("product cards: three priced cards below the story, to the last button", "[page]") {
  const Article article = lines_of(deals(3, true));
  const std::optional<LineRange> cards = product_cards_below(article, 0);
  REQUIRE(cards);
  CHECK(cards->first == 1);
  CHECK(article.lines[cards->last].text == "Buy Now");
  CHECK(cards->last + 2 < article.lines.size());  // "Most Popular" is no card
}

TEST_CASE("product cards: two cards, or cards without prices, are none", "[page]") {
  CHECK_FALSE(product_cards_below(lines_of(deals(2, true)), 0));
  CHECK_FALSE(product_cards_below(lines_of(deals(4, false)), 0));  // teasers with a "Read more" button
}
