// Product cards: a deals roundup's story goes on in cards (a product's
// name, its features, a price, a shop button), three or more in a row, each
// closing with the same button line ("Buy Now", "See it at Amazon"). The
// chrome detector takes their short lines and the model rates their feature
// lists low; right below the story they are the story's, as a table or a
// recipe card is (page_model.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/article.hpp"
#include "page/teasers.hpp"

namespace newsclean {

// "$139.00", "€ 19,99", "£49", "3,980円", "12,900원": a price alone.
bool is_price(std::string_view text);

// The cards that start within a few lines below line `story_last`, to the
// last card's button line; nothing when there are fewer than three, or a
// line among them that a rule or detector took on evidence of its own
// (a copyright line, a byline, a list of other stories).
std::optional<LineRange> product_cards_below(const Article& article, std::size_t story_last);

}  // namespace newsclean
