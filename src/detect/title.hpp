// Title detector: marks the first kept line as the article's title when it
// looks like a headline (short, no sentence-final full stop). Drops nothing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.hpp"

namespace newsclean {

enum class TitleMode { kAuto, kFirstLine, kNone };

// In kAuto mode, a first line that is the page <title> of a headline repeated
// just below is dropped as duplead and the copy next to the body is the title.
void detect_title(Article& article, TitleMode mode);

// The page <title> a dump starts with, compared with later headlines: equal
// to one, or to it once a site suffix ("… - Reuters", "… | Site") is cut,
// allowing for sites that shorten or extend their titles.
class PageTitle {
 public:
  PageTitle(std::string_view first_line, Lang lang);
  bool matches(std::string_view line) const;
  // The line is the first line itself, spacing and case aside: no <title>
  // copy with a site suffix but the headline printed twice.
  bool same_text(std::string_view line) const;
  // The line is the site's or source's name the <title> carries ("Headline
  // (Source) - Site"): printed alone on the page it is a label, not story.
  bool names_site(std::string_view line) const;

 private:
  std::string key_;                      // empty when the first line is no headline
  std::string stem_;                     // without the site suffix
  std::string longest_part_;             // the longest part between separators
  std::vector<std::string> site_names_;  // the suffix and a source in brackets, as fold keys
};

// A headline sits on its bylines and date stamps: the nearest line above
// line `below` that is neither blank nor dropped as a byline, searched down
// to line `first`; nullopt when there is none.
std::optional<std::size_t> line_above_bylines(const Article& article, std::size_t below, std::size_t first = 0);

// The rule a dropped page <title> copy is recorded under (detector:page-title).
const Rule& page_title_rule();

// True for a line that reads like a headline: at most 200 characters
// (100 in CJK text) and not ending with a full stop.
bool looks_like_headline(std::string_view line, Lang lang);

// A headline of the story rather than a label: looks like a headline, at
// least 12 characters, and in spaced scripts at least four words (a name
// or a section label is not a headline).
bool is_headline_candidate(std::string_view text, Lang lang);

}  // namespace newsclean
