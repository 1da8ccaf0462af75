#include "page/teasers.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#include "detect/title.hpp"
#include "text/lang.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

constexpr std::size_t kBlock = 3;      // headline, sentence, tag
constexpr std::size_t kMinBlocks = 3;  // in a row

// What a line of a teaser block is; kUnknown until asked (telling a
// headline from a tag costs a walk over the line).
enum class Part : std::uint8_t { kHeadline, kSentence, kTag, kOther, kUnknown };

// A teaser's headline. Korean, Japanese and Chinese teaser headlines run
// shorter than the 12 characters a story's headline needs ("公交票价调整听证会召开"
// has 11): 8 do, digits (a date) aside.
bool teaser_headline(std::string_view text, Lang lang) {
  constexpr std::size_t kMinCjkChars = 8;
  if (is_headline_candidate(text, lang)) return true;
  if (!is_cjk(lang) || !looks_like_headline(text, lang)) return false;
  std::size_t chars = 0, digits = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    chars += !is_space(cp);
    digits += cp >= '0' && cp <= '9';
  }
  return chars - digits >= kMinCjkChars;
}

// A teaser's tag tells when: a date or an age ("2 hours ago", "2시간 전",
// "29 November 2026": a figure) or a day word. A label ("Hockey") is no
// tag: a sports roundup prints score line, sentence and sport for each
// game, and those blocks are the story.
bool time_tag(std::string_view text) {
  if (has_digit(text)) return true;
  const std::string lower = ascii_lower(text);
  for (const std::string_view day :
       {"yesterday", "today", "just now", "gestern", "heute", "hier",    "aujourd'hui", "ayer",
        "hoy",       "ieri",  "oggi",     "ontem",   "hoje",  "어제",    "오늘",        "방금",
        "昨天",      "今天",  "刚刚",     "昨日",    "今日",  "たった今"}) {
    if (lower == day) return true;
  }
  return false;
}

// The kind of a line that ends no sentence: headline, tag or other.
Part label_part(const Article& article, std::size_t i) {
  constexpr std::size_t kMaxTagChars = 40;
  const std::string_view text = trim(article.lines[i].text);
  if (teaser_headline(text, article.lang)) return Part::kHeadline;
  return char_count_upto(text, kMaxTagChars + 1) <= kMaxTagChars && time_tag(text) && !is_clock_time(text)
             ? Part::kTag
             : Part::kOther;
}

// The kind of a line that ends a sentence: a teaser's sentence is prose and
// no long paragraph (600 bytes are 200 to 600 characters; counting them
// would cost a walk over every paragraph of the page).
Part sentence_part(std::string_view text, bool prose) {
  constexpr std::size_t kMaxSentenceBytes = 600;
  return prose && text.size() <= kMaxSentenceBytes ? Part::kSentence : Part::kOther;
}

class Blocks {
 public:
  Blocks(const Article& article, const std::vector<bool>& prose) : article_(article) {
    for (std::size_t i = 0; i < article.lines.size(); ++i) {
      if (article.lines[i].blank()) continue;
      const std::string_view text = trim(article.lines[i].text);
      at_.push_back(i);
      parts_.push_back(ends_sentence(text) ? sentence_part(text, prose[i]) : Part::kUnknown);
    }
  }

  std::size_t size() const { return parts_.size(); }
  std::size_t line(std::size_t k) const { return at_[k]; }

  // A run needs a sentence every third line, three times: checked on the
  // cheap flags before any line is told apart.
  bool sentences_in_step(std::size_t start) const {
    for (std::size_t j = start; j < start + kBlock && j < parts_.size(); ++j) {
      if (parts_[j] != Part::kSentence) continue;
      for (std::size_t b = 1; b < kMinBlocks; ++b) {
        if (j + b * kBlock >= parts_.size() || parts_[j + b * kBlock] != Part::kSentence) return false;
      }
      return true;
    }
    return false;
  }

  // Lines k..k+2 are one of each kind, the headline before the sentence (a
  // teaser never opens with its sentence; a story's lead would).
  bool is_block(std::size_t k) {
    if (k + kBlock > parts_.size() || parts_[k] == Part::kSentence) return false;
    if (std::count(parts_.begin() + offset(k), parts_.begin() + offset(k + kBlock), Part::kSentence) != 1) return false;
    int seen = 0;
    for (std::size_t j = k; j < k + kBlock; ++j) {
      if (part(j) == Part::kOther) return false;
      if (parts_[j] == Part::kSentence && !(seen & bit(Part::kHeadline))) return false;
      seen |= bit(parts_[j]);
    }
    return seen == (bit(Part::kHeadline) | bit(Part::kSentence) | bit(Part::kTag));
  }

  bool same_order(std::size_t a, std::size_t b) const {
    return std::equal(parts_.begin() + offset(a), parts_.begin() + offset(a + kBlock), parts_.begin() + offset(b));
  }

 private:
  static int bit(Part part) { return 1 << static_cast<int>(part); }
  static std::ptrdiff_t offset(std::size_t k) { return static_cast<std::ptrdiff_t>(k); }

  Part part(std::size_t k) {
    if (parts_[k] == Part::kUnknown) parts_[k] = label_part(article_, at_[k]);
    return parts_[k];
  }

  const Article& article_;
  std::vector<std::size_t> at_;  // the lines that are not blank
  std::vector<Part> parts_;
};

}  // namespace

std::vector<LineRange> teaser_runs(const Article& article, const std::vector<bool>& prose) {
  Blocks blocks(article, prose);
  // Runs at every alignment ("time, headline, sentence" and "headline,
  // sentence, time" both fit a rail that starts with a label), merged.
  std::vector<bool> in_run(blocks.size(), false);
  for (std::size_t start = 0; start < blocks.size(); ++start) {
    if (!blocks.sentences_in_step(start)) continue;
    std::size_t end = start;
    while (blocks.is_block(end) && blocks.same_order(start, end)) end += kBlock;
    if ((end - start) / kBlock < kMinBlocks) continue;
    std::fill(in_run.begin() + static_cast<std::ptrdiff_t>(start), in_run.begin() + static_cast<std::ptrdiff_t>(end),
              true);
  }
  std::vector<LineRange> runs;
  for (std::size_t a = 0; a < blocks.size();) {
    if (!in_run[a]) {
      ++a;
      continue;
    }
    std::size_t b = a;
    while (b < blocks.size() && in_run[b]) ++b;
    runs.push_back({blocks.line(a), blocks.line(b - 1)});
    a = b;
  }
  return runs;
}

bool is_clock_time(std::string_view text) {
  constexpr std::size_t kMaxSuffix = 10;  // " a.m. GMT", " PM"
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i - from;
  };
  const std::size_t hours = digits();
  if (hours == 0 || hours > 2 || i >= text.size() || (text[i] != ':' && text[i] != '.')) return false;
  ++i;
  if (digits() != 2) return false;
  return text.size() - i <= kMaxSuffix && !has_digit(text.substr(i));
}

}  // namespace newsclean
