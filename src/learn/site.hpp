// Which site an article belongs to, for learning per site: a JSONL field
// (site, domain, url's host, source), a pattern on the input's path, or the
// input's folder. Articles with no site share one pool ("").
#pragma once

#include <memory>
#include <string>

#include "core/article.hpp"
#include "io/input_files.hpp"

namespace re2 {
class RE2;
}

namespace newsclean {

struct SiteSource {
  std::string field;                             // JSONL field; empty: site, domain, url, source
  std::shared_ptr<const re2::RE2> path_pattern;  // its first group on the input path names the site
  bool folder = false;                           // else: the folder the input file is in
};

// The site of an article from a JSONL record's fields only ("" when none).
std::string site_from_fields(const Article& article, const std::string& field);

// The site by the source's order: path pattern, then JSONL fields, then folder.
std::string site_of(const Article& article, const InputFile& input, const SiteSource& source);

}  // namespace newsclean
