#include "detect/front_matter.hpp"

#include "detect/detector_rule.hpp"
#include "io/json.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kFrontMatterRule = make_detector_rule("front-matter", category::kUi);
const Rule kFrontMatterAuthorRule = make_detector_rule("front-matter", category::kByline);
const Rule kFrontMatterSummaryRule = make_detector_rule("front-matter", category::kDuplead);

constexpr std::size_t kMaxFrontMatterLines = 80;

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// The value of "key: value", unquoted ("title: \"A \\\"B\\\"\"" gives A "B").
std::string yaml_value(std::string_view line, std::size_t key_length) {
  std::string_view value = trim(line.substr(key_length));
  std::string decoded;
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"' && decode_json_string(value, decoded)) {
    return decoded;
  }
  if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') value = value.substr(1, value.size() - 2);
  return std::string(value);
}

}  // namespace

bool detect_front_matter(Article& article) {
  std::size_t open = article.lines.size();
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (article.lines[i].blank()) continue;
    if (trim(article.lines[i].text) == "---") open = i;
    break;
  }
  if (open == article.lines.size()) return false;
  std::size_t close = article.lines.size();
  for (std::size_t i = open + 1; i < article.lines.size() && i <= open + kMaxFrontMatterLines; ++i) {
    if (trim(article.lines[i].text) == "---") {
      close = i;
      break;
    }
  }
  if (close == article.lines.size()) return false;

  bool heading_follows = false;
  for (std::size_t i = close + 1; i < article.lines.size() && !heading_follows; ++i) {
    heading_follows = starts_with(trim(article.lines[i].text), "# ");
  }
  std::optional<std::size_t> title;
  bool in_author = false;
  for (std::size_t i = open; i <= close; ++i) {
    Line& line = article.lines[i];
    if (line.blank()) continue;
    const std::string_view text = line.text;
    const bool indented = !text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '-');
    if (!indented) in_author = starts_with(text, "author");
    if (!heading_follows && !title && starts_with(text, "title:")) {
      line.edits.push_back({&kFrontMatterRule, std::string(text)});
      line.text = yaml_value(text, 6);
      title = i;
      continue;
    }
    const Rule* rule = &kFrontMatterRule;
    if (in_author && indented)
      rule = &kFrontMatterAuthorRule;
    else if (starts_with(text, "description:") || starts_with(text, "summary:"))
      rule = &kFrontMatterSummaryRule;
    article.drop(i, *rule);
  }
  if (title && !article.lines[*title].text.empty()) article.title = title;
  return true;
}

}  // namespace newsclean
