// Boilerplate evidence learned from the input being cleaned
// (--learn-from-input): per site, each line seen in many of its articles
// becomes a rule of its own, named learned:<site>, and the evidence stage
// drops such lines where they stand outside the story.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/article.hpp"
#include "learn/line_counter.hpp"

namespace newsclean {

class SiteEvidence {
 public:
  SiteEvidence(const LineCounter& counts, const LearnThresholds& thresholds);

  // The learned rule for a line of an article of this site, or nullptr.
  const Rule* find(const std::string& site, std::string_view line) const;
  bool knows_site(const std::string& site) const { return sites_.count(site) > 0; }
  // Learned lines, over every site.
  std::size_t size() const { return rules_.size(); }

 private:
  std::deque<Rule> rules_;                               // stable addresses for Line::dropped_by
  std::unordered_map<std::string, const Rule*> by_key_;  // site + '\t' + learn_key()
  std::unordered_set<std::string> sites_;
};

// Drops the lines of the article that its site's evidence knows, unless they
// are prose inside the story as the page model finds it (a story's own
// sentences never repeat across articles; a standing sentence inside it, a
// disclaimer, may belong to it) or its title. A repeated label inside the
// story (a widget, "Advertisement") goes. A repeated list marker below the
// story takes the list after it along. Returns true when a line went.
bool apply_site_evidence(Article& article, const SiteEvidence& evidence);

}  // namespace newsclean
