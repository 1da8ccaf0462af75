// The page model's view of an article: one pass over the normalised lines
// gives each line its shape (length, sentence end, digits, list mark, ...),
// and a second its context (prose density around it, where the story's
// densest prose run lies, its neighbours). The story model reads these rows.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/article.hpp"

namespace newsclean {

// Model inputs, in this order; the trained trees index them by position, so
// a change here means retraining (scripts/train_story_model.py).
enum Feature : std::size_t {
  kLogChars,
  kLogWords,
  kSentenceEnd,
  kProse,
  kDigitShare,
  kPunctShare,
  kTitleCaseShare,
  kListMark,
  kEmail,
  kSeparators,
  kCopyrightSign,
  kRepeated,
  kBlankBefore,
  kBlankAfter,
  kRelativePosition,
  kLogPageLines,
  kCjkLine,
  kEndsColon,
  kDigitsOnly,
  kEllipsis,
  kPrevLogChars,
  kPrevSentenceEnd,
  kPrevProse,
  kNextLogChars,
  kNextSentenceEnd,
  kNextProse,
  kProseNear3,
  kProseNear10,
  kProseCharsNear10,
  kInStoryRun,
  kRunDistance,
  kRunShare,
  kLabelRun,
  kFeatureCount
};

using FeatureRow = std::array<float, kFeatureCount>;

// Column names for --explain=features and the training script.
extern const std::array<std::string_view, kFeatureCount> kFeatureNames;

// Prose: a sentence, or a long line with clause punctuation inside (a long
// line without any is a menu flattened into one line), or a CJK fragment
// with clause punctuation (navigation bars separate items with bars).
bool is_prose(std::string_view line);

// True when the line ends in a colon, ':' or '：' (a label, a list's header).
bool ends_with_colon(std::string_view line);

// The densest run of prose lines, allowed to bridge a few non-prose lines
// (subheads, captions, a quote line). Indices are into `prose`.
struct ProseRun {
  std::size_t first = 0, last = 0;
  std::size_t chars = 0;  // prose characters in the run; 0: no prose at all
};
ProseRun densest_prose_run(const std::vector<bool>& prose, const std::vector<std::size_t>& chars, std::size_t max_gap);

// One row per line of the article, flat in out (kFeatureCount floats a line;
// blank lines get zeros and are never scored). Reads line texts as they
// are: call before any stage edits. out keeps its capacity across calls.
void page_features(const std::vector<Line>& lines, std::vector<float>& out);
// The same as rows, for tests and tools.
std::vector<FeatureRow> page_features(const std::vector<Line>& lines);

}  // namespace newsclean
