#include "page/page_model.hpp"

#include <algorithm>
#include <vector>

#include "detect/detector_rule.hpp"
#include "detect/title.hpp"
#include "page/line_features.hpp"
#include "page/story_model.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kPageModelRule = make_detector_rule("page-model", category::kUi);

// A whole-page dump has this many lines (not blank) at least; shorter dumps
// are body scrapes that the rules and detectors clean without it.
constexpr std::size_t kMinPageLines = 20;
// Set with scripts/train_story_model.py --cv (leave-one-site-out): below
// this a line outside the story goes; the model is sure enough of these
// that few story lines are among them.
constexpr float kDropBelow = 0.15f;
// A line this sure to be story comes back from a blind cut or the chrome
// detector; inside the story's extent, any sentence does.
constexpr float kRescueFrom = 0.8f;
// Story lines: prose the model rates at least this high.
constexpr float kStoryFrom = 0.5f;
// Lines (not blank) between two story lines of one story.
constexpr std::size_t kMaxStoryGap = 8;
// How far above the story's first line (lines not blank) its headline is looked for.
constexpr std::size_t kHeadlineReach = 15;
// A table right below the story: rows with figures, short labels between.
constexpr std::size_t kMinTableRows = 3;
constexpr std::size_t kMaxTableLabelChars = 40;

bool has_digit(std::string_view text) {
  for (const char c : text) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

bool is_story_line(const Line& line) {
  return !line.blank() && line.story >= kStoryFrom && is_prose(line.text);
}

// Dropped by evidence that ignores where the story is: a cut rule takes
// everything below its marker, the chrome detector every short line
// outside the densest prose run.
bool blind_drop(const Line& line) {
  return line.dropped() && (line.dropped_by->scope == Scope::kCut || line.dropped_by->id == "detector:chrome");
}

// Extends the story's last line over a table that runs on below it: rows
// with figures, short labels between them, ending at the last row.
std::size_t table_below(const Article& article, std::size_t last) {
  std::size_t rows = 0, lines = 0, lines_to_last_row = 0, end = last;
  for (std::size_t i = last + 1; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    if (line.dropped()) break;
    const std::string_view text = trim(line.text);
    ++lines;
    if (has_digit(text)) {
      ++rows;
      lines_to_last_row = lines;
      end = i;
    } else if (char_count_upto(text, kMaxTableLabelChars + 1) > kMaxTableLabelChars && !is_list_item(text)) {
      break;
    }
  }
  return rows >= kMinTableRows && 2 * rows >= lines_to_last_row ? end : last;
}

// The story's headline: the nearest headline-shaped line above its first
// line that nothing has dropped; lines.size() when there is none.
std::size_t headline_above(const Article& article, std::size_t first) {
  for (std::size_t i = first, steps = 0; i-- > 0 && steps < kHeadlineReach;) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    ++steps;
    if (line.visible() && is_headline_candidate(trim(line.text), article.lang)) return i;
  }
  return article.lines.size();
}

}  // namespace

void score_story_lines(Article& article, bool keep_features) {
  const std::vector<FeatureRow> rows = page_features(article.lines);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!article.lines[i].blank()) article.lines[i].story = story_probability(rows[i]);
  }
  if (!keep_features) return;
  article.features.clear();
  for (const FeatureRow& row : rows) article.features.insert(article.features.end(), row.begin(), row.end());
}

StoryExtent story_extent(const Article& article) {
  StoryExtent best, current;
  std::size_t best_chars = 0, current_chars = 0, gap = 0;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    if (!is_story_line(line)) {
      ++gap;
      continue;
    }
    if (current.empty || gap > kMaxStoryGap) {
      current = {i, i, false};
      current_chars = 0;
    }
    gap = 0;
    current.last = i;
    current_chars += line.text.size();
    if (current_chars > best_chars) {
      best = current;
      best_chars = current_chars;
    }
  }
  if (best.empty) return best;
  // Short sentences right at its ends are the story's too ("The deal is done.").
  const auto sentence = [&](std::size_t i) {
    const Line& line = article.lines[i];
    return (!line.dropped() || blind_drop(line)) && ends_sentence(line.text);
  };
  for (std::size_t i = best.first; i-- > 0;) {
    if (article.lines[i].blank()) continue;
    if (!sentence(i)) break;
    best.first = i;
  }
  for (std::size_t i = best.last + 1; i < article.lines.size(); ++i) {
    if (article.lines[i].blank()) continue;
    if (!sentence(i)) break;
    best.last = i;
  }
  best.last = table_below(article, best.last);
  return best;
}

bool apply_page_model(Article& article, bool set_title) {
  const auto filled =
      std::count_if(article.lines.begin(), article.lines.end(), [](const Line& l) { return !l.blank(); });
  if (static_cast<std::size_t>(filled) < kMinPageLines) return false;
  bool changed = false;
  const StoryExtent extent = story_extent(article);
  // A cut whose marker stands above the story (a menu word that is a list
  // header on other pages) took the story with it: inside the extent, all
  // it took comes back.
  const auto marker = std::find_if(article.lines.begin(), article.lines.end(),
                                   [](const Line& l) { return l.dropped() && l.dropped_by->scope == Scope::kCut; });
  const bool cut_above_story = !extent.empty && marker != article.lines.end() &&
                               static_cast<std::size_t>(marker - article.lines.begin()) < extent.first;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    Line& line = article.lines[i];
    if (!blind_drop(line)) continue;
    const bool inside = extent.contains(i);
    if (line.story >= kRescueFrom || is_story_line(line) || (inside && ends_sentence(line.text)) ||
        (inside && cut_above_story && line.dropped_by == marker->dropped_by)) {
      line.dropped_by = nullptr;
      changed = true;
    }
  }
  // Without a title, or with one far from the story, the headline right
  // above the story is kept (and is the title when there is none).
  const std::size_t headline = extent.empty ? article.lines.size() : headline_above(article, extent.first);
  if (set_title && !article.title && headline < article.lines.size()) article.title = headline;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (!line.visible() || article.title == i || headline == i || extent.contains(i)) continue;
    if (line.story >= 0.0f && line.story < kDropBelow) {
      article.drop(i, kPageModelRule);
      changed = true;
    }
  }
  return changed;
}

bool keep_densest_run(Article& article) {
  std::vector<std::size_t> at;
  std::vector<bool> prose;
  std::vector<std::size_t> chars;
  bool anything_left = false;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    anything_left = anything_left || (line.visible() && article.title != i);
    at.push_back(i);
    prose.push_back(is_prose(line.text));
    chars.push_back(line.text.size());
  }
  if (anything_left) return false;
  const ProseRun run = densest_prose_run(prose, chars, kMaxStoryGap);
  if (run.chars == 0) return false;
  for (std::size_t k = run.first; k <= run.last; ++k) article.lines[at[k]].dropped_by = nullptr;
  return true;
}

}  // namespace newsclean
