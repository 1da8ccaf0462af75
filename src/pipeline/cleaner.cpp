#include "pipeline/cleaner.hpp"

#include <algorithm>

#include "detect/credits.hpp"
#include "detect/duplicate_lead.hpp"
#include "detect/figures.hpp"
#include "detect/front_matter.hpp"
#include "detect/headline_tail.hpp"
#include "detect/markdown_links.hpp"
#include "detect/page_chrome.hpp"
#include "page/page_model.hpp"
#include "rules/apply.hpp"
#include "text/joined.hpp"
#include "text/normalize.hpp"
#include "text/unwrap.hpp"

namespace newsclean {
namespace {

// The tail is peeled in turns: a headline list hides the copyright line above
// it, which hides the byline above that. A few rounds reach a fixed point.
constexpr int kMaxTailRounds = 4;

// One pass over each line's letters serves both the article's language and
// the line's.
void set_languages(Article& article) {
  std::vector<ScriptCounts> counts;
  counts.reserve(article.lines.size());
  ScriptCounts total;
  for (const Line& line : article.lines) {
    counts.push_back(count_scripts(line.text));
    total += counts.back();
  }
  article.lang = article_lang_from_counts(total, article.raw);
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    article.lines[i].lang = line_lang_from_counts(counts[i], article.lang);
  }
}

// Scores handed in for evaluation replace the model's, line by line.
void use_given_scores(Article& article, const std::unordered_map<std::size_t, float>& scores) {
  for (Line& line : article.lines) {
    if (line.blank()) continue;
    const auto found = scores.find(article.first_line + line.number - 1);
    line.story = found == scores.end() ? 0.5f : found->second;
  }
}

}  // namespace

void Cleaner::clean(Article& article) {
  NormalizeResult normalized = normalize_text(article.raw);
  article.invalid_bytes = normalized.invalid_bytes;
  article.raw_bytes = article.raw.size();
  if (normalized.invalid_bytes > 0) {
    article.first_invalid_line = article.first_line + normalized.first_invalid_line - 1;
    article.first_invalid_column = normalized.first_invalid_column;
  }
  const Unwrapped unwrapped = options_.detectors ? unwrap_lines(normalized.lines) : Unwrapped{};
  article.wrap_width = unwrapped.width;
  article.joined_lines = unwrapped.joined;
  article.lines.clear();
  article.lines.reserve(normalized.lines.size());
  for (NormalizedLine& line : normalized.lines) {
    Line out;
    out.text = std::move(line.text);
    out.number = line.number;
    out.wrapped = std::move(line.wrapped);
    article.lines.push_back(std::move(out));
  }
  set_languages(article);
  if (options_.detectors && options_.page_model) {
    article.features.swap(features_);  // a buffer that keeps its room from article to article
    prepare_page_model(article, options_.score_all);
    if (options_.story_scores) use_given_scores(article, *options_.story_scores);
  }
  article.raw.clear();
  article.raw.shrink_to_fit();
  article.record = std::string();  // only a reject needs the record as read

  for (Line& line : article.lines) {
    if (line.visible() && is_joined_line(line.text)) clean_joined_line(line, article);
  }
  run_stages(article);
}

void Cleaner::clean_joined_line(Line& line, const Article& article) {
  Article part;
  part.lang = article.lang;
  for (const std::string_view piece : split_joined_line(line.text)) {
    Line segment;
    segment.text = std::string(piece);
    segment.lang = line.lang;
    // One number a piece, as if the pieces stood on lines of their own: the
    // page model counts the blank lines between two lines from their numbers.
    segment.number = line.number + part.lines.size();
    part.lines.push_back(std::move(segment));
  }
  if (options_.detectors && options_.page_model && is_whole_page(part)) {
    // A whole page joined into one line (a crawler's text with its breaks
    // turned into spaces): its pieces are judged as a page's lines.
    prepare_page_model(part, false);
    run_stages(part);
  } else {
    apply_rules(part);
    peel_tail(part, false);
  }
  std::string kept;
  for (Line& segment : part.lines) {
    for (Edit& edit : segment.edits) {
      if (!segment.dropped()) line.edits.push_back(std::move(edit));
    }
    if (segment.dropped()) {
      line.edits.push_back({segment.dropped_by, segment.text});
      continue;
    }
    if (!kept.empty()) kept += "  ";
    kept += segment.text;
  }
  if (kept.empty()) {
    line.dropped_by = line.edits.empty() ? nullptr : line.edits.back().rule;
  } else {
    line.text = std::move(kept);
  }
}

void Cleaner::apply_rules(Article& article, std::size_t cuts_from) {
  // Whole-line rules first: a byline line goes whole before an inline rule
  // could take its e-mail and leave a name that no rule knows.
  const std::vector<bool> story_run = story_run_lines(article);
  const CutMarker marker = apply_line_rules(rules_, article, cuts_from, story_run.empty() ? nullptr : &story_run);
  if (marker.rule) {
    // A whole page whose densest prose run lies below the marker: the page
    // model may find the story there and undo the cut. (A short dump scored
    // for --explain is no whole page, so story_run is empty: it must come out
    // as without --explain.)
    if (cuts_from == 0 && !story_run.empty() &&
        std::find(story_run.begin() + static_cast<std::ptrdiff_t>(marker.line) + 1, story_run.end(), true) !=
            story_run.end()) {
      before_cut_ = article.lines;
      before_cut_[marker.line].dropped_by = nullptr;
      cut_marker_ = marker.line;
    }
    cut_below(rules_, article, marker);
  }
  apply_inline_rules(rules_, article);
}

void Cleaner::peel_tail(Article& article, bool headline_lists) const {
  for (int round = 0; round < kMaxTailRounds; ++round) {
    bool changed = apply_tail_rules(rules_, article);
    if (options_.detectors) {
      if (headline_lists) changed = detect_headline_tail(article) || changed;
      changed = detect_credits(article) || changed;
    }
    if (!changed) break;
  }
}

void Cleaner::run_stages(Article& article, std::size_t cuts_from) {
  cut_marker_ = kNoCut;
  apply_rules(article, cuts_from);
  detect_title(article, options_.title);
  if (options_.detectors && detect_front_matter(article) && options_.title == TitleMode::kNone) article.title.reset();
  if (options_.detectors && detect_page_chrome(article) && options_.title == TitleMode::kNone) article.title.reset();

  peel_tail(article, true);
  if (options_.detectors) {
    detect_byline_names(article);
    detect_header_byline_names(article);
    detect_caption_above_credit(article);
    detect_figure_captions(article);
    detect_duplicate_lead(article);
  }
  if (options_.detectors && options_.page_model) {
    if (cut_marker_ == kNoCut) {
      apply_page_model(article, options_.title);
    } else {
      // A cut whose marker stands above the story (a menu word that heads a
      // list on other pages) took the story with everything else: the
      // stages run again on the lines as they were, with markers counted
      // from the story's first line on, so the cuts below it still hold.
      const StoryExtent extent = story_extent(article);
      if (!extent.empty && extent.first > cut_marker_) {
        article.lines = std::move(before_cut_);
        article.title.reset();
        run_stages(article, extent.first);
        return;
      }
      apply_page_model(article, extent, options_.title);
    }
  }
  before_cut_.clear();                                     // a whole page's lines need not wait for the next page
  if (options_.detectors) unwrap_markdown_links(article);  // last: the stages above judged the lines as they came
  if (options_.evidence) apply_site_evidence(article, *options_.evidence);
  if (!options_.keep_features) features_.swap(article.features);
  article.kept_densest_run = keep_densest_run(article);
}

}  // namespace newsclean
