#include "pipeline/cleaner.hpp"

#include "detect/credits.hpp"
#include "detect/duplicate_lead.hpp"
#include "detect/headline_tail.hpp"
#include "rules/apply.hpp"
#include "text/normalize.hpp"

namespace newsclean {
namespace {

// The tail is peeled in turns: a headline list hides the copyright line above
// it, which hides the byline above that. A few rounds reach a fixed point.
constexpr int kMaxTailRounds = 4;

void set_languages(Article& article) {
  article.lang = detect_article_lang(article.raw);
  for (Line& line : article.lines) line.lang = detect_line_lang(line.text, article.lang);
}

}  // namespace

void Cleaner::clean(Article& article) {
  NormalizeResult normalized = normalize_text(article.raw);
  article.invalid_bytes = normalized.invalid_bytes;
  article.lines.clear();
  article.lines.reserve(normalized.lines.size());
  for (NormalizedLine& line : normalized.lines) {
    Line out;
    out.text = std::move(line.text);
    out.number = line.number;
    article.lines.push_back(std::move(out));
  }
  set_languages(article);
  article.raw.clear();
  article.raw.shrink_to_fit();

  apply_inline_rules(rules_, article);
  apply_line_rules(rules_, article);
  detect_title(article, options_.title);

  for (int round = 0; round < kMaxTailRounds; ++round) {
    bool changed = apply_tail_rules(rules_, article);
    if (options_.detectors) {
      changed = detect_headline_tail(article) || changed;
      changed = detect_credits(article) || changed;
    }
    if (!changed) break;
  }
  if (options_.detectors) detect_duplicate_lead(article, splitter_);
}

}  // namespace newsclean
