#include "learn/site_evidence.hpp"

#include <fmt/format.h>

#include "page/line_features.hpp"
#include "page/page_model.hpp"
#include "text/utf8.hpp"

namespace newsclean {

SiteEvidence::SiteEvidence(const LineCounter& counts, const LearnThresholds& thresholds) {
  counts.for_each_repeated(thresholds, [&](const LineCounter::Repeated& line) {
    Rule& rule = rules_.emplace_back();
    // A list marker ("Most read", "관련기사"): the list after it changes
    // from article to article, the marker stays.
    rule.scope = line.marker ? Scope::kCut : Scope::kLine;
    rule.category = line.marker ? category::kHeadlines : guess_category(line.example);
    rule.pattern = line.example;
    rule.id = fmt::format("learned:{}", line.site.empty() ? "-" : line.site);
    rule.evidence = fmt::format("seen in {} of {} articles", line.articles, line.site_articles);
    by_key_.emplace(line.site + '\t' + std::string(line.key), &rule);
    sites_.insert(line.site);
  });
}

const Rule* SiteEvidence::find(const std::string& site, std::string_view line) const {
  const std::string key = learn_key(trim(line));
  if (key.empty()) return nullptr;
  const auto found = by_key_.find(site + '\t' + key);
  return found == by_key_.end() ? nullptr : found->second;
}

bool apply_site_evidence(Article& article, const SiteEvidence& evidence) {
  if (!evidence.knows_site(article.site)) return false;
  // The page model's rows, when it did not need them itself (a short dump).
  if (article.features.size() != article.lines.size() * kFeatureCount) {
    page_features(article.lines, article.features);
  }
  const StoryExtent extent = story_extent(article);
  bool changed = false;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    Line& line = article.lines[i];
    if (!line.visible() || article.title == i || (extent.contains(i) && is_prose(line.text))) continue;
    const Rule* rule = evidence.find(article.site, line.text);
    if (!rule) continue;
    line.dropped_by = rule;
    changed = true;
    if (rule->scope == Scope::kCut && !extent.empty && i > extent.last) {
      for (std::size_t k = i + 1; k < article.lines.size(); ++k) {
        if (article.lines[k].visible() && article.title != k) article.lines[k].dropped_by = rule;
      }
      break;
    }
  }
  return changed;
}

}  // namespace newsclean
