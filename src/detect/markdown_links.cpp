#include "detect/markdown_links.hpp"

#include <cctype>
#include <string>
#include <string_view>

#include "detect/detector_rule.hpp"

namespace newsclean {
namespace {

const Rule kMarkdownLinkRule = make_detector_rule("markdown-link", category::kUi);

// Text outside the links must have this many ASCII letters or digits (or
// bytes of other characters) for the line to be text with links in it
// rather than a line of links.
constexpr std::size_t kMinOwnText = 10;

struct Link {
  std::size_t begin = 0, end = 0;  // the whole "[text](url)" or "![alt](url)"
  std::size_t text_begin = 0, text_end = 0;
  bool image = false;
};

// The link starting at the '[' at `open`, if the text there is one.
bool parse_link(std::string_view line, std::size_t open, Link& link) {
  const std::size_t close = line.find(']', open + 1);
  if (close == std::string_view::npos || line.substr(open + 1, close - open - 1).find('[') != std::string_view::npos) {
    return false;
  }
  const std::string_view rest = line.substr(close + 1);
  if (rest.substr(0, 8) != "(https:/" && rest.substr(0, 7) != "(http:/") return false;
  const std::size_t paren = line.find(')', close + 1);
  if (paren == std::string_view::npos) return false;
  if (line.substr(close + 2, paren - close - 2).find(' ') != std::string_view::npos) return false;
  link.image = open > 0 && line[open - 1] == '!';
  link.begin = link.image ? open - 1 : open;
  link.end = paren + 1;
  link.text_begin = open + 1;
  link.text_end = close;
  return true;
}

std::size_t own_text(std::string_view piece) {
  std::size_t count = 0;
  for (const char c : piece) {
    count += std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
  }
  return count;
}

}  // namespace

bool unwrap_markdown_links(Article& article) {
  bool changed = false;
  for (Line& line : article.lines) {
    if (!line.visible() || line.text.find("](http") == std::string::npos) continue;
    const std::string_view text = line.text;
    std::string kept, removed;
    std::size_t pos = 0, outside = 0, links = 0;
    for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
      Link link;
      if (open < pos || !parse_link(text, open, link)) continue;
      outside += own_text(text.substr(pos, link.begin - pos));
      kept.append(text.substr(pos, link.begin - pos));
      if (!link.image) kept.append(text.substr(link.text_begin, link.text_end - link.text_begin));
      if (!removed.empty()) removed += " \xE2\x80\xA6 ";
      removed.append(link.image ? text.substr(link.begin, link.end - link.begin)
                                : text.substr(link.text_end, link.end - link.text_end));
      pos = link.end;
      // An image gone from between two words leaves one space, not two.
      if (link.image && !kept.empty() && kept.back() == ' ' && pos < text.size() && text[pos] == ' ') ++pos;
      open = link.end - 1;
      ++links;
    }
    outside += own_text(text.substr(pos));
    if (links == 0 || outside < kMinOwnText) continue;  // a line of links: the rules' and the page model's
    kept.append(text.substr(pos));
    line.edits.push_back({&kMarkdownLinkRule, std::move(removed)});
    line.text = std::move(kept);
    changed = true;
  }
  return changed;
}

}  // namespace newsclean
