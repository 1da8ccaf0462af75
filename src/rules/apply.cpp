#include "rules/apply.hpp"

#include <algorithm>

#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

constexpr std::size_t kMinCountedChars = 20;
// A paragraph this long that ends a sentence is the story's, not a list item.
constexpr std::size_t kMinResumedChars = 60;

// A line with no letter or digit left (only punctuation or spaces) says nothing.
bool nothing_to_read(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = next_code_point(text, i);
    if (cp >= 0x80 ? !is_space(cp) && cp != 0x2026 && cp != 0x00B7 && cp != 0x3001 && cp != 0x3002
                   : ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9')) {
      return false;
    }
  }
  return true;
}

// Joins what is left after removing spans: one space where a cut left text on
// both sides, none at the ends.
std::string tidy(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// True when the next visible line below line i is a paragraph of story
// prose: a list header between two paragraphs of a body copy ("▼関連記事"
// where a crawler put a related-links box) heads no list.
bool prose_resumes_below(const Article& article, std::size_t i) {
  for (std::size_t k = i + 1; k < article.lines.size(); ++k) {
    const Line& line = article.lines[k];
    if (!line.visible()) continue;
    const std::string_view text = trim(line.text);
    return !is_list_item(text) && ends_sentence(text) && char_count_upto(text, kMinResumedChars) >= kMinResumedChars;
  }
  return false;
}

}  // namespace

void apply_inline_rules(const RuleSet& rules, Article& article) {
  if (!rules.has_rules(Scope::kInline)) return;
  for (Line& line : article.lines) {
    if (!line.visible()) continue;
    const std::string_view body = trim(line.text);
    const std::vector<const Rule*> hits = rules.inline_matches(line.lang, body, article.lang);
    if (hits.empty()) continue;
    const std::string indent(line.text.data(), static_cast<std::size_t>(body.data() - line.text.data()));
    std::string text(body);
    const Rule* last = nullptr;
    for (const Rule* rule : hits) {
      std::string removed = rules.remove_spans(*rule, text);
      if (removed.empty()) continue;  // an earlier rule took the span already
      line.edits.push_back({rule, std::move(removed)});
      last = rule;
    }
    if (!last) continue;
    text = tidy(text);
    if (nothing_to_read(text)) {
      line.dropped_by = last;
    } else if (const Rule* rule = rules.match(Scope::kLine, line.lang, text, article.lang)) {
      // What is left is judged as a line: the e-mail taken off "place=Name
      // reporter e-mail" leaves a byline that a line rule knows.
      line.dropped_by = rule;
    } else {
      line.text = indent + text;
    }
  }
}

CutMarker apply_line_rules(const RuleSet& rules, Article& article, std::size_t cuts_from,
                           const std::vector<bool>* story_run) {
  const bool any_line = rules.has_rules(Scope::kLine);
  const bool any_cut = rules.has_rules(Scope::kCut);
  bool in_head = rules.has_rules(Scope::kHead);
  if (!any_line && !any_cut && !in_head) return {};
  std::size_t body_chars = 0;  // characters of kept prose above the current line
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    Line& line = article.lines[i];
    line.heads_cut = false;  // the stages may run the rules again from a later line
    if (!line.visible()) continue;
    const std::string_view text = trim(line.text);
    const LineMatch match = rules.match_line(line.lang, text, article.lang);
    if (const Rule* rule = in_head ? match[Scope::kHead] : nullptr) {
      line.dropped_by = rule;
      continue;
    }
    // A marker that a line rule also knows still cuts (a learned line rule
    // must not hide a pack's list header); the line keeps the line rule's
    // verdict, which the page model does not second-guess.
    const bool in_story_run = story_run && i < story_run->size() && (*story_run)[i];
    // Without a scored page, story prose right below the marker says the
    // list it heads is not there (the page model judges whole pages).
    if (const Rule* rule = match[Scope::kCut]; rule && i >= cuts_from &&
                                               (body_chars >= rule->cut_min_chars || in_story_run) &&
                                               (story_run || !prose_resumes_below(article, i))) {
      line.dropped_by = match[Scope::kLine] ? match[Scope::kLine] : rule;
      line.heads_cut = true;
      return {i, rule};
    }
    if (const Rule* rule = match[Scope::kLine]) {
      line.dropped_by = rule;
      continue;
    }
    // A list header with too little story above it to cut at, or with the
    // story going on below it: the header alone goes ("Most read" between a
    // dump's first two paragraphs).
    if (const Rule* rule = match[Scope::kCut]) {
      line.dropped_by = rule;
      continue;
    }
    // Hard-wrapped prose has no sentence end on most lines: any line of some
    // length counts towards the body a cut needs above it. Past what the
    // most demanding cut rule asks for, counting further changes nothing.
    if (body_chars < rules.max_cut_chars()) {
      const std::size_t chars = char_count_upto(text, std::max(kMinCountedChars, rules.max_cut_chars() - body_chars));
      if (chars >= kMinCountedChars) body_chars += chars;
    }
    if (in_head && looks_like_body(text)) in_head = false;
  }
  return {};
}

void cut_below(const RuleSet& rules, Article& article, CutMarker marker) {
  // Below the cut, a line another rule knows keeps that rule's category (a
  // copyright line under a headline list still fills `copyright`), and
  // below another cut's marker the lines are that cut's: when the page
  // model finds the first marker inside the story and gives back what it
  // took, the second cut still holds.
  const Rule* cut = marker.rule;
  for (std::size_t k = marker.line + 1; k < article.lines.size(); ++k) {
    Line& below = article.lines[k];
    if (!below.visible()) continue;
    below.heads_cut = false;
    const LineMatch own = rules.match_line(below.lang, trim(below.text), article.lang);
    if (own[Scope::kCut]) {
      cut = own[Scope::kCut];
      below.heads_cut = true;  // a second list header, of the same rule or another
    }
    const Rule* kept = own[Scope::kLine];
    if (!kept) kept = own[Scope::kTail];
    below.dropped_by = kept ? kept : cut;
  }
}

bool apply_tail_rules(const RuleSet& rules, Article& article) {
  if (!rules.has_rules(Scope::kTail)) return false;
  bool changed = false;
  for (std::size_t i = article.lines.size(); i-- > 0;) {
    Line& line = article.lines[i];
    if (!line.visible()) continue;
    if (article.title == i) break;
    const Rule* rule = rules.match(Scope::kTail, line.lang, trim(line.text), article.lang);
    if (!rule) break;
    line.dropped_by = rule;
    changed = true;
  }
  return changed;
}

}  // namespace newsclean
