// The stage order, the only place that knows every stage: normalise, line
// rules, detectors. Receives an article with its raw text, leaves its lines
// marked kept, edited or dropped. One RuleSet serves every worker thread
// (RE2 matches from any thread); each worker has its own Cleaner.
#pragma once

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/article.hpp"
#include "detect/title.hpp"
#include "learn/site_evidence.hpp"
#include "rules/rule_set.hpp"

namespace newsclean {

struct CleanOptions {
  TitleMode title = TitleMode::kAuto;
  bool detectors = true;       // false: rules only
  bool keep_features = false;  // keep the page model's feature rows in the article (--explain=features)
  bool score_all = false;      // score every line, not only those the page model asks about (--explain)
  bool page_model = true;      // false: rules and detectors only
  // Evaluation: P(story) by input line number, used instead of the story model.
  std::shared_ptr<const std::unordered_map<std::size_t, float>> story_scores;
  // --learn-from-input: lines repeated across each site's articles.
  std::shared_ptr<const SiteEvidence> evidence;
};

class Cleaner {
 public:
  Cleaner(const RuleSet& rules, CleanOptions options) : rules_(rules), options_(options) {}

  // Turns article.raw into article.lines and marks what goes.
  void clean(Article& article);

 private:
  // cuts_from: a cut marker above this line is no marker (the page model
  // found the story below it).
  void run_stages(Article& article, std::size_t cuts_from = 0);
  // The rule stages in their order, for articles and joined-line pieces alike.
  // On a whole page, the lines as they were before a cut are kept aside.
  void apply_rules(Article& article, std::size_t cuts_from = 0);
  // Tail rules and tail detectors in turns until nothing changes (a headline
  // list hides the copyright line above it, which hides the byline).
  void peel_tail(Article& article, bool headline_lists) const;
  // Some scrapers join a whole article into one line, paragraphs separated by
  // two spaces: its paragraphs are cleaned as lines of their own, and what
  // goes is recorded as inline edits of the one line.
  void clean_joined_line(Line& line, const Article& article);

  const RuleSet& rules_;
  CleanOptions options_;
  std::vector<float> features_;  // the page model's rows, reused from article to article
  static constexpr std::size_t kNoCut = static_cast<std::size_t>(-1);
  std::size_t cut_marker_ = kNoCut;  // where a cut started on this whole page, its lines kept aside
  std::vector<Line> before_cut_;     // its lines as they were just before it
};

}  // namespace newsclean
