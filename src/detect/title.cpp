#include "detect/title.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "detect/detector_rule.hpp"
#include "page/line_features.hpp"
#include "text/fold.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kPageTitleRule = make_detector_rule("page-title", category::kDuplead);
const Rule kMastheadRule = make_detector_rule("masthead", category::kUi);

constexpr std::size_t kMinStemChars = 6;
// What sets a site's name or a section apart from the headline in a page <title>.
const std::vector<std::string_view> kSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " : "};
// Chinese and Japanese titles part without spaces too: "标题|关键词_网站",
// "标题--栏目--网站", "見出し｜サイト".
const std::vector<std::string_view> kCjkSeparators = [] {
  std::vector<std::string_view> all = kSeparators;
  all.insert(all.end(), {"_", "|", "\xEF\xBD\x9C", "--", "\xEF\xBC\x8D"});  // _ | ｜ -- －
  return all;
}();

const std::vector<std::string_view>& separators_for(Lang lang) {
  if (lang == Lang::kZh || lang == Lang::kJa) return kCjkSeparators;
  return kSeparators;
}
// How far below the page title the on-page headline is looked for.
constexpr std::size_t kHeadlineReach = 30;
// A masthead above the headline: a few lines, each a name or a label.
constexpr std::size_t kMastheadReach = 8;
constexpr std::size_t kMaxMastheadChars = 10;

// Where separator (" | ", " - " and the like: a space, a mark, a space)
// last occurs in line, or npos. string_view::rfind compares at every
// position; this only looks where the mark is.
std::size_t find_last(std::string_view line, std::string_view separator) {
  for (std::size_t at = line.size(); at-- > 1;) {
    if (line[at] == separator[1] && line.compare(at - 1, separator.size(), separator) == 0) return at - 1;
  }
  return std::string_view::npos;
}

// A page <title> parted at its last separator of any kind: "Section |
// Headline - Site" gives "Section | Headline" and "Site" (cutting at the
// last " | " left "Section"). The suffix is empty without a separator.
struct TitleParts {
  std::string_view stem;
  std::string_view suffix;
};

TitleParts split_title(std::string_view line, Lang lang) {
  std::size_t cut = std::string_view::npos, width = 0;
  for (const std::string_view separator : separators_for(lang)) {
    const std::size_t at = find_last(line, separator);
    if (at != std::string_view::npos && at > 0 && (cut == std::string_view::npos || at > cut)) {
      cut = at;
      width = separator.size();
    }
  }
  if (cut == std::string_view::npos) return {line, {}};
  const TitleParts parts{line.substr(0, cut), trim(line.substr(cut + width))};
  // A " : " with more after it than before is the headline's own colon, set
  // apart as French typography does ("Transports : la région lance ..."):
  // the word before it is a kicker, which the page prints alone above the
  // headline, not the headline.
  if (line.compare(cut, width, " : ") == 0 && char_count(parts.suffix) > char_count(parts.stem)) return {line, {}};
  return parts;
}

// The page <title> without its site suffix ("Headline - Site", "Headline | Site"),
// as a fold key; empty when the first line does not read like a title.
std::string title_stem(std::string_view line, Lang lang) {
  line = trim(line);
  if (!looks_like_headline(line, lang)) return {};
  std::string key = fold_key(split_title(line, lang).stem);
  return char_count(key) >= kMinStemChars ? key : std::string();
}

// The names a page <title> carries besides its headline, as fold keys: the
// site after the last separator ("... - Example Daily"), and a source in
// brackets closing the headline ("見出し（北海日報） - ポータル", "Headline
// (Reuters) | Site"). Only short names, shorter than the headline.
std::vector<std::string> site_names(std::string_view line, Lang lang) {
  constexpr std::size_t kMaxSiteChars = 30;
  constexpr std::size_t kMaxSourceChars = 20;
  std::vector<std::string> names;
  const TitleParts parts = split_title(trim(line), lang);
  const std::size_t suffix_chars = char_count(parts.suffix);
  if (suffix_chars >= 2 && suffix_chars <= kMaxSiteChars && suffix_chars < char_count(parts.stem)) {
    names.push_back(fold_key(parts.suffix));
  }
  const std::string_view stem = trim(parts.stem);
  for (const auto& [open, close] :
       {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {  // ( ) and （ ）
    if (stem.size() <= close.size() || stem.substr(stem.size() - close.size()) != close) continue;
    const std::size_t at = stem.rfind(open);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view source = stem.substr(at + open.size(), stem.size() - close.size() - at - open.size());
    const std::size_t chars = char_count(source);
    if (chars >= 2 && chars <= kMaxSourceChars) names.push_back(fold_key(source));
  }
  return names;
}

// The longest part of a page <title> with two or more separators, the last
// part (the site's name) left out, as a fold key: the headline in
// "Headline | Section | Site" or "Section | Headline - Site", which cutting
// at the last separator misses. Empty for fewer separators (the stem
// serves "Headline - Site").
std::string longest_part(std::string_view line, Lang lang) {
  line = trim(line);
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    std::size_t end = line.size(), width = 0;
    for (const std::string_view separator : separators_for(lang)) {
      const std::size_t at = line.find(separator, start);
      if (at != std::string_view::npos && at < end) {
        end = at;
        width = separator.size();
      }
    }
    parts.push_back(trim(line.substr(start, end - start)));
    if (end == line.size()) break;
    start = end + width;
  }
  if (parts.size() < 3) return {};
  std::string_view longest;
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
    if (char_count(parts[k]) > char_count(longest)) longest = parts[k];
  }
  std::string key = fold_key(longest);
  return char_count(key) >= kMinStemChars ? key : std::string();
}

// Two headline keys name the same story: equal, or one a prefix of the other
// covering most of it (sites shorten or extend titles).
bool same_headline(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return longer.compare(0, shorter.size(), shorter) == 0 && shorter.size() * 10 >= longer.size() * 7;
}

// The press name or section label printed above the headline ("예시일보",
// "Reuters"), seen from the publishing stamp under the headline: when the
// headline-like line right above the first stamp has only short labels
// above it, it is the title and the labels go.
void skip_masthead(Article& article, std::size_t first) {
  std::size_t stamp = article.lines.size();
  std::size_t seen = 0;
  for (std::size_t i = first; i < article.lines.size() && seen <= kMastheadReach; ++i) {
    if (article.lines[i].dropped_as(category::kByline)) {
      stamp = i;
      break;
    }
    seen += article.lines[i].visible();
  }
  if (stamp == article.lines.size()) return;
  const std::optional<std::size_t> above = line_above_bylines(article, stamp, first);
  if (!above || *above == first || !article.lines[*above].visible()) return;
  const std::size_t headline = *above;
  const std::string_view text = trim(article.lines[headline].text);
  if (!looks_like_headline(text, article.lang)) return;
  const std::size_t headline_chars = char_count(text);
  for (std::size_t i = first; i < headline; ++i) {
    const Line& line = article.lines[i];
    if (!line.visible()) continue;
    const std::string_view label = trim(line.text);
    const std::size_t chars = char_count(label);
    if (chars > kMaxMastheadChars || chars * 2 > headline_chars || ends_sentence(label)) return;
  }
  for (std::size_t i = first; i < headline; ++i) {
    if (article.lines[i].visible()) article.drop(i, kMastheadRule);
  }
  article.title = headline;
}

// Between a page <title> and its copy on the page stand the site's name,
// its menu and the section path ("ITmedia NEWS", "ニュース", "Home > Tech"):
// they go when none of them is prose or ends a sentence (a deck printed
// above the headline stays, and so does everything when story text comes
// before the copy).
void drop_labels_between(Article& article, std::size_t page_title, std::size_t headline) {
  for (std::size_t i = page_title + 1; i < headline; ++i) {
    const Line& line = article.lines[i];
    if (line.visible() && (ends_sentence(line.text) || is_prose(line.text))) return;
  }
  for (std::size_t i = page_title + 1; i < headline; ++i) {
    if (article.lines[i].visible()) article.drop(i, kMastheadRule);
  }
}

// Below the headline, the site's or source's name alone on a line (a
// portal prints the source over the story and again over its footer) is a
// label, whatever stands around it.
void drop_site_names(Article& article, const PageTitle& page_title, std::size_t headline) {
  for (std::size_t i = headline + 1; i < article.lines.size(); ++i) {
    if (article.lines[i].visible() && page_title.names_site(article.lines[i].text)) article.drop(i, kMastheadRule);
  }
}

// Characters other than spaces: ideographic spaces pad short CJK lines
// ("日报　　　网友评论 0 条") to a headline's length.
std::size_t visible_chars(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) count += !is_space(next_code_point(text, i));
  return count;
}

// True when digits are at least a third of the letters and digits (a date
// or time line); a headline's figures are a few among its words.
bool mostly_digits(std::string_view text) {
  std::size_t digits = 0, letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp >= '0' && cp <= '9') {
      ++digits;
    } else if (u_isalpha(static_cast<UChar32>(cp))) {
      ++letters;
    }
  }
  return digits * 2 >= letters;
}

// A year and a clock time in a few words: a date stamp in any language
// ("Actualizado Miércoles, 4 marzo 2026 - 10:35", "Mis à jour le 4 mars
// 2026 à 10:35").
bool is_date_stamp(std::string_view text) {
  constexpr std::size_t kMaxStampWords = 8;
  bool year = false, clock = false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;  // at the first digit of a number
    std::size_t end = i;
    while (digit(end)) ++end;
    const std::string_view number = text.substr(i, end - i);
    year = year || (number.size() == 4 && (number.substr(0, 2) == "19" || number.substr(0, 2) == "20"));
    clock = clock || (number.size() <= 2 && end < text.size() && (text[end] == ':' || text[end] == 'h') &&
                      digit(end + 1) && digit(end + 2) && !digit(end + 3));
  }
  return year && clock && words <= kMaxStampWords;
}

}  // namespace

std::optional<std::size_t> line_above_bylines(const Article& article, std::size_t below, std::size_t first) {
  for (std::size_t i = below; i-- > first;) {
    const Line& line = article.lines[i];
    if (!line.blank() && !line.dropped_as(category::kByline)) return i;
  }
  return std::nullopt;
}

const Rule& page_title_rule() {
  return kPageTitleRule;
}

PageTitle::PageTitle(std::string_view first_line, Lang lang) {
  first_line = trim(first_line);
  if (!looks_like_headline(first_line, lang)) return;
  key_ = fold_key(first_line);
  stem_ = title_stem(first_line, lang);
  longest_part_ = longest_part(first_line, lang);
  site_names_ = site_names(first_line, lang);
}

bool PageTitle::names_site(std::string_view line) const {
  if (site_names_.empty()) return false;
  const std::string key = fold_key(line);
  return std::find(site_names_.begin(), site_names_.end(), key) != site_names_.end();
}

bool PageTitle::matches(std::string_view line) const {
  if (key_.empty()) return false;
  const std::string key = fold_key(line);
  return same_headline(key, key_) || same_headline(key, stem_) || same_headline(key, longest_part_);
}

bool PageTitle::same_text(std::string_view line) const {
  return !key_.empty() && fold_key(line) == key_;
}

bool looks_like_headline(std::string_view line, Lang lang) {
  line = trim(line);
  const std::size_t limit = is_cjk(lang) ? 100 : 200;
  const std::size_t chars = char_count_upto(line, limit + 1);
  if (chars == 0 || chars > limit) return false;
  // "?" and "!" end many headlines; a full stop or "。" ends a sentence,
  // except in an English headline written in Title Case.
  const bool full_stop = ends_sentence(line) &&
                         !(line.back() == '?' || line.back() == '!' ||
                           line.substr(line.size() >= 3 ? line.size() - 3 : 0) == "\xEF\xBC\x9F") &&
                         !(lang == Lang::kEn && is_title_case(line));
  // An address is no headline ("URL: http://...").
  return !full_stop && !is_list_item(line) && line.find("://") == std::string_view::npos;
}

void detect_title(Article& article, TitleMode mode) {
  article.title.reset();
  if (mode == TitleMode::kNone) return;
  std::size_t first = article.lines.size();
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (article.lines[i].visible()) {
      first = i;
      break;
    }
  }
  if (first == article.lines.size()) return;
  if (mode == TitleMode::kFirstLine) {
    article.title = first;
    return;
  }
  if (!looks_like_headline(article.lines[first].text, article.lang)) return;
  article.title = first;
  // A page <title> ("Headline - Site") with the on-page headline just below it.
  const PageTitle page_title(article.lines[first].text, article.lang);
  std::size_t seen = 0;
  for (std::size_t i = first + 1; i < article.lines.size() && seen < kHeadlineReach; ++i) {
    const Line& line = article.lines[i];
    if (!line.visible()) continue;
    ++seen;
    if (looks_like_headline(line.text, article.lang) && page_title.matches(line.text)) {
      // The headline twice over: the first stays, the duplicate detector
      // takes the second.
      if (page_title.same_text(line.text)) return;
      article.drop(first, kPageTitleRule);
      article.title = i;
      drop_labels_between(article, first, i);
      drop_site_names(article, page_title, i);
      return;
    }
  }
  skip_masthead(article, first);
}

bool is_headline_candidate(std::string_view text, Lang lang) {
  constexpr std::size_t kMinHeadlineChars = 12;
  // A Korean, Japanese or Chinese headline packs its words into fewer
  // characters ("南海海上风电场开工建设" has 11).
  constexpr std::size_t kMinCjkHeadlineChars = 10;
  constexpr std::size_t kMinHeadlineWords = 4;
  if (visible_chars(text) < (is_cjk(lang) ? kMinCjkHeadlineChars : kMinHeadlineChars) ||
      !looks_like_headline(text, lang)) {
    return false;
  }
  // A time stamp is no headline ("Published: 14.12.15, 15:33 Updated: 14.12.15, 16:49").
  if (mostly_digits(text) || is_date_stamp(text)) return false;
  if (is_cjk(lang)) return true;
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t';
    words += !space && !in_word;
    in_word = !space;
  }
  return words >= kMinHeadlineWords;
}

}  // namespace newsclean
