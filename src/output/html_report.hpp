// The HTML report: one self-contained page (no network, no external assets)
// showing each article with its removed lines struck through and coloured by
// category, the rule on hover, and a chart of removals by category and rule.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "core/article.hpp"

namespace newsclean {

class HtmlReport {
 public:
  // Articles past max_shown are counted in the charts but not shown.
  explicit HtmlReport(std::size_t max_shown) : max_shown_(max_shown) {}

  void add(const Article& article);
  std::string finish() const;

 private:
  std::size_t max_shown_;
  std::size_t articles_ = 0;
  std::size_t lines_ = 0;
  std::size_t removed_ = 0;
  std::map<std::string, std::size_t> by_category_;
  std::map<std::string, std::size_t> by_rule_;
  std::string body_;  // the shown articles
};

}  // namespace newsclean
