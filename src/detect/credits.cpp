#include "detect/credits.hpp"

#include <cctype>
#include <string>
#include <utility>

#include "detect/detector_rule.hpp"
#include "page/page_model.hpp"
#include "text/lang.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kBylineRule = make_detector_rule("byline", category::kByline);
const Rule kCopyrightRule = make_detector_rule("copyright", category::kCopyright);

constexpr std::size_t kMaxBylineChars = 80;
constexpr std::size_t kMaxCopyrightChars = 160;
// How many short lines at the bottom are searched.
constexpr std::size_t kTailLines = 8;
constexpr std::size_t kMaxBracketedCreditChars = 48;

// A short line wholly in brackets, no sentence inside: the agency, desk or
// writer credited under the story ("(Reuters)", "（TBSテレビ）", "［NHK］").
bool is_bracketed_credit(std::string_view text) {
  constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}, {"\xEF\xBC\xBB", "\xEF\xBC\xBD"}};  // ( ) （ ） ［ ］
  std::string_view inner;
  for (const auto& [open, close] : kPairs) {
    if (enclosed_by(text, open, close)) inner = text.substr(open.size(), text.size() - open.size() - close.size());
  }
  if (inner.empty()) return false;
  // One bracket pair around it all, not "(a) ... (b)".
  for (const std::string_view mark : {"(", ")", "\xEF\xBC\x88", "\xEF\xBC\x89"}) {
    if (inner.find(mark) != std::string_view::npos) return false;
  }
  return !ends_sentence(inner) && inner.find("\xE3\x80\x82") == std::string_view::npos &&  // 。
         inner.find(". ") == std::string_view::npos;
}

bool is_copyright(std::string_view text) {
  return text.find("\xC2\xA9") != std::string_view::npos ||      // ©
         text.find("\xE2\x93\x92") != std::string_view::npos ||  // ⓒ
         text.find("Copyright") != std::string_view::npos || text.find("COPYRIGHT") != std::string_view::npos ||
         text.find("(c) ") != std::string_view::npos || text.find("(C) ") != std::string_view::npos;
}

const Rule kBylineNameRule = make_detector_rule("byline-name", category::kByline);

constexpr std::size_t kMaxNameChars = 40;  // a name line after "By"

bool is_byline_label(std::string_view text) {
  for (const std::string_view label : {"By", "BY", "by", "Von", "von", "Por", "por", "Par", "par", "Door"}) {
    if (text == label) return true;
  }
  return false;
}

const Rule kCaptionRule = make_detector_rule("caption", category::kCaption);

constexpr std::size_t kMaxCreditChars = 60;
constexpr std::size_t kMaxCaptionChars = 400;
// On a whole page the story model has scored, a line it is sure of is a
// paragraph of the story, whose photo had no caption: the credit takes
// nothing above it. (Captions above credits in the labelled dumps score
// 0.1-0.4; a story paragraph above a bare credit, 0.93.)
constexpr float kSureStory = 0.8f;

// A caption line that is a caption of its own, not the credit under one:
// it opens with a caption mark ("▲") or holds a sentence ("...붙어 있다.
// /사진=...", "...the rally. Photo: AP"). In a dump without blank lines the
// paragraph above such a line is story, not its caption.
bool captions_itself(std::string_view text) {
  if (text.substr(0, 3) == "\xE2\x96\xB2" || text.substr(0, 3) == "\xE2\x96\xB3") return true;  // ▲ △
  std::size_t lower_run = 0;  // lower-case ASCII letters right before
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && text[i + 1] == ' ') {
      if (lower_run >= 3) return true;  // "... the rally. Photo"
      const char32_t before = i > 0 ? code_point_before(text, i) : 0;
      if (before >= 0xAC00 && before <= 0xD7A3) return true;  // a Hangul syllable: "...있다. /사진"
    }
    lower_run = c >= 'a' && c <= 'z' ? lower_run + 1 : 0;
  }
  return false;
}

}  // namespace

bool detect_caption_above_credit(Article& article) {
  // Korean, Japanese and Chinese dumps print the caption on the credit's own
  // line ("▲ ... /사진=..."); a credit alone on its line ("사진|예시 제공")
  // stands under a photo with no caption, often right below a paragraph as
  // short as a caption.
  if (is_cjk(article.lang)) return false;
  bool changed = false;
  for (std::size_t i = 1; i < article.lines.size(); ++i) {
    const Line& credit = article.lines[i];
    const std::string_view credit_text = trim(credit.text);
    if (!credit.dropped_as(category::kCaption) || char_count(credit_text) > kMaxCreditChars ||
        captions_itself(credit_text)) {
      continue;
    }
    // A credit stands right below its caption; a label that introduces the
    // caption ("Image caption,", "Media caption:") stands right above it
    // and credits nothing above.
    const bool label = !credit_text.empty() && (credit_text.back() == ',' || credit_text.back() == ':');
    const std::size_t k = label ? i + 1 : i - 1;
    if (k >= article.lines.size()) continue;
    Line& caption = article.lines[k];
    const Line& upper = label ? credit : caption;  // normalised lines keep blank lines: the two are neighbours
    const Line& lower = label ? caption : credit;
    if (!caption.visible() || article.title == k || upper.number + 1 != lower.number ||
        char_count(trim(caption.text)) > kMaxCaptionChars || story_of(article, k) >= kSureStory) {
      continue;
    }
    caption.dropped_by = &kCaptionRule;
    changed = true;
  }
  return changed;
}

bool detect_byline_names(Article& article) {
  bool changed = false;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& label = article.lines[i];
    if (!label.dropped_as(category::kByline) || !is_byline_label(trim(label.text))) {
      continue;
    }
    for (std::size_t k = i + 1; k < article.lines.size(); ++k) {
      Line& next = article.lines[k];
      if (next.blank()) continue;
      const std::string_view name = trim(next.text);
      if (!next.dropped() && article.title != k && char_count(name) <= kMaxNameChars && !ends_sentence(name)) {
        next.dropped_by = &kBylineNameRule;
        changed = true;
      }
      break;
    }
  }
  return changed;
}

namespace {

// The writer's name alone right under the headline and right over the
// publishing stamp a rule took ("田中一郎", then "2026年12月3日 10時21分"):
// a byline. Only there: elsewhere two characters can be a label or a word.
bool drop_cjk_header_name(Article& article) {
  std::size_t name = *article.title + 1;
  while (name < article.lines.size() && article.lines[name].blank()) ++name;
  if (name >= article.lines.size() || !article.lines[name].visible() ||
      !looks_like_cjk_name(trim(article.lines[name].text))) {
    return false;
  }
  std::size_t stamp = name + 1;
  while (stamp < article.lines.size() && article.lines[stamp].blank()) ++stamp;
  if (stamp >= article.lines.size() || !article.lines[stamp].dropped_as(category::kByline)) return false;
  article.lines[name].dropped_by = &kBylineNameRule;
  return true;
}

}  // namespace

bool detect_header_byline_names(Article& article) {
  if (article.title && is_cjk(article.lang)) return drop_cjk_header_name(article);
  // German capitalises every noun: a two-word deck reads like a name there.
  if (!article.title || article.lang == Lang::kDe) return false;
  bool changed = false;
  for (std::size_t i = *article.title + 1; i < article.lines.size(); ++i) {
    Line& line = article.lines[i];
    if (!line.visible()) continue;
    const std::string_view text = trim(line.text);
    if (looks_like_body(text) || !looks_like_name(text)) break;
    line.dropped_by = &kBylineNameRule;
    changed = true;
  }
  return changed;
}

namespace {

// The writer's tagline closing a story: how to reach them, with an
// address ("Jane Roe covers city hall. Reach her at jane@example.com.").
// Searched for '@' first: a rule saying as much kept the rule sets' DFA
// walking every line to its end (4% of a run's instructions).
bool is_writer_tagline(std::string_view text) {
  constexpr std::size_t kMaxTaglineChars = 300;
  if (text.size() > kMaxTaglineChars * 2 || !has_email(text) || char_count(text) > kMaxTaglineChars) return false;
  const std::string lower = ascii_lower(text);
  if (lower.find("can be reached") != std::string::npos) return true;
  for (const std::string_view verb : {"reach ", "contact ", "email ", "e-mail ", "write to "}) {
    for (std::size_t at = lower.find(verb); at != std::string::npos; at = lower.find(verb, at + 1)) {
      const std::string_view rest = std::string_view(lower).substr(at + verb.size());
      for (const std::string_view who : {"him", "her", "them", "me", "the author", "the writer", "the reporter"}) {
        if (rest.substr(0, who.size()) == who &&
            (rest.size() == who.size() || !std::isalpha(static_cast<unsigned char>(rest[who.size()])))) {
          return true;
        }
      }
    }
  }
  return false;
}

}  // namespace

bool detect_credits(Article& article) {
  bool changed = false;
  for (Line& line : article.lines) {
    if (line.visible() && is_writer_tagline(trim(line.text))) {
      line.dropped_by = &kBylineRule;
      changed = true;
    }
  }
  std::size_t seen = 0;
  for (std::size_t i = article.lines.size(); i-- > 0 && seen < kTailLines;) {
    Line& line = article.lines[i];
    if (!line.visible()) continue;
    if (article.title == i) break;
    const std::string_view text = trim(line.text);
    const std::size_t chars = char_count(text);
    if (chars <= kMaxBylineChars && has_email(text)) {
      line.dropped_by = &kBylineRule;
      changed = true;
    } else if (chars <= kMaxCopyrightChars && is_copyright(text)) {
      line.dropped_by = &kCopyrightRule;
      changed = true;
    } else if (chars <= kMaxBracketedCreditChars && is_bracketed_credit(text)) {
      line.dropped_by = &kBylineRule;
      changed = true;
    } else if (looks_like_body(text)) {
      break;
    }
    ++seen;
  }
  return changed;
}

}  // namespace newsclean
