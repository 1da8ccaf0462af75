#include "page/page_model.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "detect/detector_rule.hpp"
#include "detect/title.hpp"
#include "page/comment_marks.hpp"
#include "page/embeds.hpp"
#include "page/line_features.hpp"
#include "page/product_cards.hpp"
#include "page/story_model.hpp"
#include "page/teasers.hpp"
#include "text/fold.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kPageModelRule = make_detector_rule("page-model", category::kUi);
// Lines of a teaser rail (page/teasers): other stories, named as such in
// --explain.
const Rule kTeaserRule = make_detector_rule("teasers", category::kHeadlines);

// A whole-page dump has this many lines (not blank) at least; shorter dumps
// are body scrapes that the rules and detectors clean without it.
constexpr std::size_t kMinPageLines = 20;
// Set with scripts/train_story_model.py --cv (leave-one-site-out): below
// this a line outside the story goes; the model is sure enough of these
// that few story lines are among them.
constexpr float kDropBelow = 0.15f;
// Inside the story's extent, a line this sure to be story comes back from a
// blind cut or the chrome detector, and so does any sentence; outside it,
// only story prose does (a list of other stories' headlines, one per
// paragraph, can look like story to the model: held out, 0.93 -> 0.934).
constexpr float kRescueFrom = 0.8f;
// Blank lines on both sides that set a short line apart from the story
// around it, and how short it is.
constexpr std::size_t kSetApartBlanks = 5;
constexpr std::size_t kMaxSetApartChars = 200;
// Story lines: prose the model rates at least this high.
constexpr float kStoryFrom = 0.5f;
// Lines (not blank) between two story lines of one story.
constexpr std::size_t kMaxStoryGap = 8;
// How far above the story's first line (lines not blank) its headline is looked for.
constexpr std::size_t kHeadlineReach = 15;
// A sentence below the headline this long is its deck, prose or not.
constexpr std::size_t kMinDeckChars = 60;
// Filled lines from the story's end within which an author box is looked for.
constexpr std::size_t kAuthorBoxReach = 4;
// A label that heads the next line ("Author:", "Publicado por:").
constexpr std::size_t kMaxLabelChars = 24;
// A table right below the story: rows with figures, labels between.
constexpr std::size_t kMinTableRows = 3;

// "abcd****": a reader's handle as portals mask it.
bool is_masked_handle(std::string_view text) {
  std::size_t stars = 0, name = 0;
  for (const char c : text) {
    if (c == '*') {
      ++stars;
    } else if (stars == 0 && (std::isalnum(static_cast<unsigned char>(c)) || c == '_')) {
      ++name;
    } else {
      return false;
    }
  }
  return name >= 1 && name <= 15 && stars >= 3;
}

// A flag of the line as it came, from its feature row when it has one, else
// the same test on the line now.
bool flag_of(const Article& article, std::size_t i, std::size_t feature, bool (*test)(std::string_view)) {
  if (article.features.size() == article.lines.size() * kFeatureCount) {
    return article.features[i * kFeatureCount + feature] > 0.5f;
  }
  return test(article.lines[i].text);
}

bool prose_of(const Article& article, std::size_t i) {
  return flag_of(article, i, kProse, is_prose);
}

// A deck printed without its final period (Spanish, Italian and other
// papers): ends in a word, reads as a sentence (mostly lower-case words, few
// digits, no separators: not a date-and-author line). Not on English pages,
// where a caption or photo credit stands under the headline as often.
bool unpunctuated_deck(const Article& article, std::size_t i) {
  if (article.lang == Lang::kEn || !ends_in_word(article.lines[i].text)) return false;
  if (article.features.size() != article.lines.size() * kFeatureCount) return false;
  const float* row = &article.features[i * kFeatureCount];
  return row[kTitleCaseShare] <= 0.5f && row[kSeparators] == 0.0f && row[kDigitShare] < 0.1f;
}

// Dropped by evidence that ignores where the story is: a cut rule takes
// everything below its marker, the chrome detector every short line
// outside the densest prose run.
bool blind_drop(const Line& line) {
  return line.dropped() && (line.dropped_by->scope == Scope::kCut || line.dropped_by->id == "detector:chrome");
}

// Dropped on its shape alone: by blind evidence, or by the model's score
// (detector:page-model). Context may bring such a line back; a line a rule
// or a detector took on its own evidence stays dropped.
bool dropped_on_shape(const Line& line) {
  return line.dropped_by == &kPageModelRule || blind_drop(line);
}

// A cut rule's marker ("LEIA TAMBÉM:", "Most read"): a line a cut starts
// at, below another cut's marker too. A pack knows it heads other
// stories, colon or not.
bool is_cut_marker(const Article& article, std::size_t i) {
  const Line& line = article.lines[i];
  return line.heads_cut && line.dropped() && line.dropped_by->scope == Scope::kCut;
}

// Story lines: prose the model rates high that no rule took on its own
// evidence (a rule's byline or section notice is not story, whatever it
// looks like; what a blind cut took may be).
bool is_story_line(Article& article, std::size_t i) {
  const Line& line = article.lines[i];
  return !line.blank() && (!line.dropped() || blind_drop(line)) && prose_of(article, i) &&
         story_of(article, i) >= kStoryFrom;
}

// A table's row: figures in it. A link is no row, whatever digits its
// address holds.
bool has_row_figures(std::string_view text) {
  return has_digit(text) && text.find("://") == std::string_view::npos;
}

// A label ending in a colon ("Profile:", "Allowed foods:") that nothing took
// on its own evidence: it leads into what follows.
bool is_lead_in(const Article& article, std::size_t i) {
  const Line& line = article.lines[i];
  return (!line.dropped() || blind_drop(line)) && !is_cut_marker(article, i) &&
         flag_of(article, i, kEndsColon, ends_with_colon);
}

// A sentence that leads into what follows, as long as a deck ("HAYWARD,
// Calif. (AP) — The Latest on ... (all times local):"): inside the story it
// is the story's, as a sentence is.
bool is_long_lead_in(std::string_view text) {
  text = trim(text);
  return ends_with_colon(text) && char_count_upto(text, kMinDeckChars) >= kMinDeckChars;
}

// Extends the story's last line over a table that runs on below it: rows
// with figures and labels (not prose) between them, ending at the last row.
std::size_t table_below(const Article& article, std::size_t last) {
  std::size_t rows = 0, lines = 0, lines_to_last_row = 0, end = last;
  for (std::size_t i = last + 1; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    if (line.dropped()) break;
    const std::string_view text = trim(line.text);
    ++lines;
    if (has_row_figures(text)) {
      ++rows;
      lines_to_last_row = lines;
      end = i;
    } else if (is_prose(text)) {
      break;
    }
  }
  // More rows than labels: a list of headlines, each with its date line
  // below, is no table.
  return rows >= kMinTableRows && 2 * rows > lines_to_last_row ? end : last;
}

// A table right below the headline with no story above it (a calendar, a
// results table: a page whose story is the table): five or more rows in a
// row, the first within a few lines of the headline, each with figures and
// none prose; the chrome detector may have taken them. Returns their
// extent, or an empty one.
StoryExtent table_under_title(const Article& article, const StoryExtent& story) {
  constexpr std::size_t kMinRows = 5;  // a date line and a count are no table
  constexpr std::size_t kReach = 8;    // lines (not blank) from the headline to the first row
  StoryExtent table;
  // A title some stage dropped since (the page <title> line, whose copy the
  // chrome detector could not place) heads no table: the rows under it are
  // the page's first widget.
  if (!article.title || !article.lines[*article.title].visible()) return table;
  const auto row = [&](std::size_t i) {
    const Line& line = article.lines[i];
    const std::string_view text = trim(line.text);
    return (line.visible() || blind_drop(line)) && has_row_figures(text) && !is_prose(text);
  };
  std::size_t seen = 0, first = 0, rows = 0;
  for (std::size_t i = *article.title + 1; i < article.lines.size(); ++i) {
    if (article.lines[i].blank()) continue;
    if (row(i)) {
      if (rows++ == 0) first = i;
      table.last = i;
      continue;
    }
    if (rows >= kMinRows || ++seen > kReach) break;
    rows = 0;
  }
  if (rows < kMinRows || (!story.empty && story.first > *article.title && story.first <= table.last)) return {};
  table.first = first;
  table.empty = false;
  return table;
}

// A recipe's ingredients heading, in the languages the packs know and two
// more: what a recipe card under a blog post or a food story starts with.
bool is_ingredients_heading(std::string_view text) {
  text = trim(text);
  if (ends_with_colon(text)) text = trim(text.substr(0, text.back() == ':' ? text.size() - 1 : text.size() - 3));
  const std::string lower = ascii_lower(text);
  for (const std::string_view heading : {"ingredients", "you will need", "what you need", "zutaten", "ingrédients",
                                         "ingredientes", "ingredienti", "재료", "材料", "食材", "用料"}) {
    if (lower == heading) return true;
  }
  return false;
}

// A recipe card right below the story (its name, "Ingredients", the
// quantities, "Instructions" and the steps): the story's, though the chrome
// detector takes its short lines and the model rates its steps low. It
// starts with an ingredients heading within a few lines of the story's end,
// nothing between taken by a rule on its own evidence but a toolbar label
// ("Print"), and runs to the line before the first that a rule or detector
// took on its own evidence for anything but a label (a copyright line, a
// byline, a list of other stories). Returns its extent, or an empty one.
StoryExtent recipe_below(const Article& article, const StoryExtent& story) {
  constexpr std::size_t kReach = 6;      // lines (not blank) from the story's end to the heading
  constexpr std::size_t kMaxLines = 60;  // lines (not blank) a card runs to
  constexpr std::size_t kMinItems = 2;
  StoryExtent card;
  if (story.empty) return card;
  // Evidence of its own ends the card, with or without packs: a rule's or a
  // detector's verdict other than a label, a copyright sign, an e-mail.
  const auto ends_card = [&](const Line& line) {
    const std::string_view text = line.text;
    const bool rights = text.find("\xC2\xA9") != std::string_view::npos ||
                        text.find("\xE2\x93\x92") != std::string_view::npos ||
                        text.find("opyright") != std::string_view::npos;  // ©, ⓒ
    return rights || has_email(text) ||
           (line.dropped() && !blind_drop(line) && !line.dropped_as(category::kUi) &&
            line.dropped_by != &kPageModelRule);
  };
  std::size_t heading = article.lines.size(), seen = 0;
  for (std::size_t i = story.last + 1; i < article.lines.size() && seen < kReach; ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    ++seen;
    if (ends_card(line)) return card;
    if (is_ingredients_heading(line.text)) {
      heading = i;
      break;
    }
  }
  if (heading == article.lines.size()) return card;
  std::size_t last = heading, items = 0;
  seen = 0;
  for (std::size_t i = heading + 1; i < article.lines.size() && seen < kMaxLines; ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    ++seen;
    if (ends_card(line)) break;
    last = i;
    ++items;
  }
  if (items < kMinItems) return card;
  card.first = story.last + 1;
  card.last = last;
  card.empty = false;
  return card;
}

// A list that a line ending in ':' introduces: two or more lines right
// below it with no blank line between them (paragraphs are set apart, list
// items are not), none taken by a rule on its own evidence. Returns the
// list's last line, or `header` when there is none. In a dump without blank
// lines a paragraph of prose after two items ends the list: what runs on
// below it (a "More on this" box) is no item.
std::size_t list_block_end(const Article& article, std::size_t header) {
  constexpr std::size_t kMinItems = 2;
  std::size_t first = header + 1;
  while (first < article.lines.size() && article.lines[first].blank()) ++first;
  std::size_t end = first;
  while (end < article.lines.size() && !article.lines[end].blank() &&
         (!article.lines[end].dropped() || blind_drop(article.lines[end]))) {
    if (end - first >= kMinItems && prose_of(article, end) && ends_sentence(article.lines[end].text)) break;
    ++end;
  }
  return end - first >= kMinItems ? end - 1 : header;
}

// The nearest line after (before) i that is not blank; lines.size() when none.
std::size_t next_filled(const Article& article, std::size_t i) {
  while (++i < article.lines.size() && article.lines[i].blank()) {
  }
  return i;
}
std::size_t previous_filled(const Article& article, std::size_t i) {
  while (i-- > 0) {
    if (!article.lines[i].blank()) return i;
  }
  return article.lines.size();
}

// True when the nearest lines above and below i (not blank) are visible
// story prose.
bool between_story_paragraphs(Article& article, std::size_t i) {
  const auto story_prose = [&](std::size_t k) {
    return k < article.lines.size() && article.lines[k].visible() && prose_of(article, k) &&
           story_of(article, k) >= kDropBelow;
  };
  return story_prose(previous_filled(article, i)) && story_prose(next_filled(article, i));
}

std::size_t filled_lines(const Article& article) {
  return static_cast<std::size_t>(
      std::count_if(article.lines.begin(), article.lines.end(), [](const Line& l) { return !l.blank(); }));
}

// The first line of a comment's header over reply mark `reply`: up from it
// over the comment's text (prose), then over one to three short lines (the
// writer, when), one of them with a figure ("3 hours ago", "March 5, 2026
// at 9:12 am"). lines.size() when the lines are not so.
std::size_t comment_header_over(const Article& article, std::size_t reply) {
  constexpr std::size_t kMaxHeaderLines = 3;
  constexpr std::size_t kMaxHeaderLineChars = 40;
  std::size_t i = previous_filled(article, reply);
  std::size_t text_lines = 0;
  for (; i < article.lines.size() && prose_of(article, i); i = previous_filled(article, i)) ++text_lines;
  std::size_t top = article.lines.size(), header_lines = 0;
  bool when = false;
  for (; i < article.lines.size() && header_lines < kMaxHeaderLines; i = previous_filled(article, i)) {
    const std::string_view text = trim(article.lines[i].text);
    if (ends_sentence(text) || char_count_upto(text, kMaxHeaderLineChars + 1) > kMaxHeaderLineChars) break;
    when = when || has_digit(text);
    top = i;
    ++header_lines;
  }
  return text_lines > 0 && when ? top : article.lines.size();
}

// Reader comments start at the first of three or more short lines that end
// in ':' with the same last word ("jdoe says:", "Anna sagt:"), of two or
// more masked handles ("abcd****"), at a comment count over reply marks
// (page/comment_marks), or at the first comment's header when three or more
// reply marks follow; lines.size() when there are none.
std::size_t comment_area(const Article& article) {
  constexpr std::size_t kMaxHeaderChars = 50;
  std::map<std::string, std::pair<std::size_t, std::size_t>> headers;  // last word: first line, count
  std::size_t first_handle = article.lines.size(), handles = 0;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const std::string_view text = trim(article.lines[i].text);
    if (text.empty() || char_count_upto(text, kMaxHeaderChars + 1) > kMaxHeaderChars) continue;
    if (is_masked_handle(text)) {
      first_handle = std::min(first_handle, i);
      ++handles;
      continue;
    }
    const std::size_t space = text.rfind(' ');
    if (text.back() != ':' || space == std::string_view::npos) continue;
    auto& [first, count] = headers.try_emplace(std::string(text.substr(space + 1)), i, 0).first->second;
    ++count;
  }
  std::size_t start = handles >= 2 ? first_handle : article.lines.size();
  for (const auto& [word, seen] : headers) {
    if (seen.second >= 3) start = std::min(start, seen.first);
  }
  // Or at a comment count ("32 Comments") a few lines over the first of two
  // or more reply marks.
  std::size_t replies = 0, first_reply = article.lines.size();
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (!article.lines[i].blank() && is_reply_mark(article.lines[i].text)) {
      first_reply = std::min(first_reply, i);
      ++replies;
    }
  }
  constexpr std::size_t kCountReach = 12;  // filled lines over the first reply mark
  for (std::size_t i = replies >= 2 ? first_reply : 0, steps = 0; i-- > 0 && steps < kCountReach;) {
    if (article.lines[i].blank()) continue;
    ++steps;
    if (is_comment_count(article.lines[i].text)) return std::min(start, i);
  }
  // No count: with three or more reply marks, the first comment's header
  // (its writer and when, over its text) starts the area.
  constexpr std::size_t kMinReplies = 3;
  if (replies >= kMinReplies) start = std::min(start, comment_header_over(article, first_reply));
  return start;
}

// The densest stretch of story lines above `limit`: gaps of up to
// kMaxStoryGap other lines are bridged.
StoryExtent densest_story_stretch(Article& article, std::size_t limit) {
  StoryExtent best, current;
  std::size_t best_chars = 0, current_chars = 0, gap = 0;
  for (std::size_t i = 0; i < limit; ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    if (!is_story_line(article, i)) {
      ++gap;
      continue;
    }
    if (current.empty || gap > kMaxStoryGap) {
      current = StoryExtent{};
      current.first = current.last = i;
      current.empty = false;
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
  best.comments = limit;
  return best;
}

// True when a rule of a pack took the line on its own evidence (a toolbar
// label, a time stamp), not a detector and not a cut.
bool taken_by_rule(const Line& line) {
  return line.dropped() && !blind_drop(line) && line.dropped_by->id.rfind("detector:", 0) != 0;
}

// The nearest of the kHeadlineReach lines (not blank) above `below` for
// which `wanted` holds; lines.size() when none does. Lines a rule took do
// not count towards the reach: a portal's toolbar between the headline and
// the story can be a dozen lines long.
template <typename Wanted>
std::size_t near_above(const Article& article, std::size_t below, Wanted wanted) {
  for (std::size_t i = below, steps = 0; i-- > 0 && steps < kHeadlineReach;) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    steps += !taken_by_rule(line);
    if (wanted(line)) return i;
  }
  return article.lines.size();
}

// True when the line right above line i (not blank) is a short label that
// ends in a colon ("Author:", "Publish date:"): line i is its value.
bool follows_label(const Article& article, std::size_t i) {
  const std::size_t above = previous_filled(article, i);
  if (above >= article.lines.size()) return false;
  const std::string_view label = trim(article.lines[above].text);
  return !label.empty() && label.back() == ':' && char_count_upto(label, kMaxLabelChars + 1) <= kMaxLabelChars;
}

// The story's headline: the nearest headline-shaped line above its first
// line that nothing has dropped and that is no teaser's; lines.size() when
// there is none.
std::size_t headline_above(const Article& article, const StoryExtent& extent) {
  return near_above(article, extent.first, [&](const Line& line) {
    const auto i = static_cast<std::size_t>(&line - article.lines.data());
    if (i < extent.teaser.size() && extent.teaser[i]) return false;
    if (follows_label(article, i)) return false;            // "Author:" then the name: a value, not a headline
    const bool copy = line.dropped_as(category::kDuplead);  // the headline printed twice: see apply_page_model
    return (line.visible() || copy) && is_headline_candidate(trim(line.text), article.lang);
  });
}

// The title when the title detector found it as the copy of the page
// <title> (the dump's first line went as its duplicate), within reach above
// the story's first line; lines.size() when not.
std::size_t title_copy_above(const Article& article, const StoryExtent& extent) {
  if (extent.empty || !article.title) return article.lines.size();
  const std::size_t first = next_filled(article, static_cast<std::size_t>(-1));
  if (first >= article.lines.size() || article.lines[first].dropped_by != &page_title_rule()) {
    return article.lines.size();
  }
  const std::size_t title = *article.title;
  return near_above(article, extent.first, [&](const Line& line) { return &line == &article.lines[title]; });
}

// True when line i repeats the page <title> the dump opens with (its
// headline part): the headline, however it ends.
bool copies_page_title(const Article& article, std::size_t i) {
  const std::size_t first = next_filled(article, static_cast<std::size_t>(-1));
  return first < i && PageTitle(article.lines[first].text, article.lang).matches(article.lines[i].text);
}

// True when the line opens like a byline: "By", "Von", "Por", "Par" and a
// capitalised word ("Von Jana Beispiel publiziert am ..."), not "Por qué".
bool opens_like_byline(std::string_view text) {
  for (const std::string_view label : {"By ", "BY ", "Von ", "VON ", "Por ", "POR ", "Par ", "PAR ", "Door ", "Di "}) {
    if (text.substr(0, label.size()) == label) {
      return text.size() > label.size() && text[label.size()] >= 'A' && text[label.size()] <= 'Z';
    }
  }
  return false;
}

// Words of at least three bytes (folded) that two lines share.
std::size_t shared_words(std::string_view a, std::string_view b) {
  constexpr std::size_t kMinWordBytes = 3;
  const auto words = [](std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t space = std::min(text.find(' ', i), text.size());
      std::string key = fold_key(text.substr(i, space - i));
      if (key.size() >= kMinWordBytes) out.push_back(std::move(key));
      i = space + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const std::vector<std::string> left = words(a), right = words(b);
  std::vector<std::string> both;
  std::set_intersection(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(both));
  return both.size();
}

// True when line i is a headline over the deck at line `deck`:
// headline-shaped, no sentence, no byline, no copy of the deck, and the
// line above it is no headline.
bool stacked_headline(const Article& article, std::size_t i, std::size_t deck) {
  const Line& line = article.lines[i];
  const std::string_view text = trim(line.text);
  if (!(line.visible() || blind_drop(line)) || ends_sentence(text) || !is_headline_candidate(text, article.lang) ||
      opens_like_byline(text) || fold_key(text) == fold_key(article.lines[deck].text)) {
    return false;
  }
  // The page <title> a dump starts with names the headline: when it shares
  // more words with the lower line, the upper is a section label.
  std::size_t first = 0;
  while (first < i && article.lines[first].blank()) ++first;
  if (first < i) {
    const std::string_view page_title = article.lines[first].text;
    if (shared_words(page_title, article.lines[deck].text) > shared_words(page_title, text)) return false;
  }
  const std::size_t above = previous_filled(article, i);
  return above >= article.lines.size() || !is_headline_candidate(trim(article.lines[above].text), article.lang);
}

// Blank lines of the raw text between line i and the nearest line above it
// that is not blank (0 when there is none).
std::size_t blanks_above(const Article& article, std::size_t i) {
  const std::size_t above = previous_filled(article, i);
  if (above >= article.lines.size()) return 0;
  return article.lines[i].number - article.lines[above].last_number() - 1;
}

// The most blank lines that part two prose paragraphs of the story as the
// dump laid it out.
std::size_t widest_paragraph_gap(const Article& article, const StoryExtent& extent) {
  std::size_t widest = 0;
  for (std::size_t i = extent.first + 1; i <= extent.last; ++i) {
    if (!article.lines[i].visible() || !prose_of(article, i)) continue;
    const std::size_t above = previous_filled(article, i);
    if (above < extent.first || !article.lines[above].visible() || !prose_of(article, above)) continue;
    widest = std::max(widest, blanks_above(article, i));
  }
  return widest;
}

// True when at least kSetApartBlanks blank lines of the raw text stand
// right above line i and right below it, and more than part any two of the
// story's paragraphs (a dump that doubles every line break parts them by as
// many).
bool set_apart(const Article& article, std::size_t i, std::size_t paragraph_gap) {
  // No line above counts as no blank line above (blanks_above).
  const std::size_t below = next_filled(article, i);
  const std::size_t needed = std::max(kSetApartBlanks, paragraph_gap + 1);
  return below < article.lines.size() && blanks_above(article, i) >= needed && blanks_above(article, below) >= needed;
}

// A Chinese, Japanese or Korean name alone that the page printed alone
// before, under the headline ("山本健太" there and again over the writer's
// profile): the writer's box. Bios there open with anything, not the name.
bool repeats_header_name(const Article& article, std::size_t i) {
  const std::string_view name = trim(article.lines[i].text);
  if (!looks_like_cjk_name(name)) return false;
  for (std::size_t k = 0; k < i; ++k) {
    if (trim(article.lines[k].text) == name) return true;
  }
  return false;
}

// The name an author box's label introduces ("About Jane Roe", "Sobre Jane
// Roe", "Über Jane Roe"); empty when the line is no such label.
std::string_view name_after_about(std::string_view line) {
  for (const std::string_view label : {"About ", "Sobre ",
                                       "\xC3\x9C"
                                       "ber ",
                                       "Acerca de ", "\xC3\x80 propos de "}) {
    if (line.size() > label.size() && line.substr(0, label.size()) == label) {
      const std::string_view name = line.substr(label.size());
      return looks_like_name(name) ? name : std::string_view{};
    }
  }
  return {};
}

// A name alone whose next line starts with one of its words ("Jane Roe",
// then "Jane joined the paper in 2017."), or a label "About Jane Roe" whose
// next line names her early on ("Mother of two, Jane Roe is ..."): an
// author box.
bool heads_author_box(const Article& article, std::size_t i) {
  constexpr std::size_t kNameReach = 200;  // bytes into the bio where the name must stand
  const std::size_t next = next_filled(article, i);
  if (next >= article.lines.size()) return false;
  const std::string_view bio = trim(article.lines[next].text);
  if (const std::string_view about = name_after_about(trim(article.lines[i].text)); !about.empty()) {
    return bio.substr(0, kNameReach).find(about) != std::string_view::npos;
  }
  if (is_cjk(article.lang)) return repeats_header_name(article, i);
  const std::string_view name = trim(article.lines[i].text);
  if (!looks_like_name(name)) return false;
  for (std::size_t start = 0; start < name.size();) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.size() >= 2 && word.back() != '.' && bio.size() > word.size() && bio.substr(0, word.size()) == word &&
        (bio[word.size()] == ' ' || bio[word.size()] == '\'' || bio.substr(word.size(), 3) == "\u2019")) {
      return true;
    }
  }
  return false;
}

// An author box at the stretch's end ends the story above it: the bio reads
// like story, the name above it does not.
void end_at_author_box(Article& article, StoryExtent& extent) {
  for (std::size_t i = extent.last, steps = 0; i > extent.first && steps < kAuthorBoxReach; --i) {
    if (article.lines[i].blank()) continue;
    ++steps;
    if (!heads_author_box(article, i)) continue;
    const std::size_t above = previous_filled(article, i);
    if (above < article.lines.size() && above >= extent.first) extent.last = above;
    return;
  }
}

// A rule's byline or date stamp (not a detector's guess).
bool byline_by_rule(const Line& line) {
  return line.dropped_as(category::kByline) && line.dropped_by->id.rfind("detector:", 0) != 0;
}

// A writer's byline a rule took ("By Jane Roe", "최예시 기자"), not a date
// stamp: few digits.
bool author_byline(const Line& line) {
  constexpr std::size_t kMaxDigits = 2;
  return byline_by_rule(line) && static_cast<std::size_t>(std::count_if(line.text.begin(), line.text.end(), [](char c) {
                                   return c >= '0' && c <= '9';
                                 })) <= kMaxDigits;
}

// True when a writer's byline stands within a few lines above line `first`
// (past date stamps and blank lines).
bool author_right_above(const Article& article, std::size_t first) {
  constexpr std::size_t kReach = 4;
  for (std::size_t i = first, steps = 0; i-- > 0 && steps < kReach;) {
    if (article.lines[i].blank()) continue;
    ++steps;
    if (author_byline(article.lines[i])) return true;
  }
  return false;
}

// The headline right above a byline block (the line above the block's
// first byline, past a deck sentence): lines.size() when line `first` of a
// block has no headline over it.
std::size_t headline_over_block(const Article& article, std::size_t first) {
  std::size_t above = previous_filled(article, first);
  if (above < article.lines.size() && article.lines[above].visible() && ends_sentence(article.lines[above].text)) {
    above = previous_filled(article, above);  // a deck between headline and byline
  }
  if (above >= article.lines.size() || !article.lines[above].visible() ||
      !is_headline_candidate(trim(article.lines[above].text), article.lang)) {
    return article.lines.size();
  }
  return above;
}

// True when the lines between `upper` and `lower` (not blank) all went and
// are at least a few: a menu, not a deck or a kicker.
bool menu_between(const Article& article, std::size_t upper, std::size_t lower) {
  constexpr std::size_t kMinMenuLines = 3;
  std::size_t gone = 0;
  for (std::size_t i = upper + 1; i < lower; ++i) {
    if (article.lines[i].blank()) continue;
    if (!article.lines[i].dropped()) return false;
    ++gone;
  }
  return gone >= kMinMenuLines;
}

// The line over a block of a rule's bylines and date stamps that ends
// right above line `first`, when it is headline-shaped and kept or taken
// by the chrome detector; lines.size() otherwise.
std::size_t headline_over_rule_bylines(const Article& article, std::size_t first) {
  std::size_t above = previous_filled(article, first);
  if (above >= article.lines.size() || !byline_by_rule(article.lines[above])) return article.lines.size();
  while (above < article.lines.size() && byline_by_rule(article.lines[above])) above = previous_filled(article, above);
  if (above >= article.lines.size()) return above;
  const Line& line = article.lines[above];
  if (!(line.visible() || blind_drop(line)) || !is_headline_candidate(trim(line.text), article.lang)) {
    return article.lines.size();
  }
  // Another byline or date stamp just above it: a list of teasers (headline,
  // date, headline, date) that ends right above the story.
  constexpr std::size_t kTeaserReach = 3;
  for (std::size_t i = above, steps = 0; i-- > 0 && steps < kTeaserReach;) {
    if (article.lines[i].blank()) continue;
    ++steps;
    if (byline_by_rule(article.lines[i])) return article.lines.size();
  }
  return above;
}

// The headline over the byline block above line `deck`: the nearest
// headline-shaped line above it, past lines a rule took, toolbar labels
// (short lines, no headline, no prose) and blank lines, with a byline or
// date stamp of a rule among them; lines.size() when there is none.
std::size_t headline_over_byline_block(const Article& article, std::size_t deck) {
  constexpr std::size_t kReach = 10;            // filled lines above the deck
  constexpr std::size_t kMaxToolbarChars = 12;  // a toolbar label ("글자 크기 조절")
  bool byline = false;
  for (std::size_t i = deck, steps = 0; i-- > 0 && steps < kReach;) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    ++steps;
    const std::string_view text = trim(line.text);
    if ((line.visible() || blind_drop(line)) && is_headline_candidate(text, article.lang)) {
      return byline ? i : article.lines.size();
    }
    if (line.dropped() && !blind_drop(line)) {
      byline = byline || byline_by_rule(line);
      continue;
    }
    if (prose_of(article, i) || char_count_upto(text, kMaxToolbarChars + 1) > kMaxToolbarChars) break;
  }
  return article.lines.size();
}

// A headline over a byline block with a writer's name inside the stretch,
// with more of the stretch's story below it than above, starts the story:
// what the stretch took in above it (teasers of other stories: a headline,
// a sentence, a time) is not the story's. Not when a writer's byline already
// stands right above the stretch: then blocks inside it are the story's own
// (a timeline's dated entries). Returns the headline, or lines.size().
std::size_t start_at_byline_block(Article& article, StoryExtent& extent) {
  if (author_right_above(article, extent.first)) return article.lines.size();
  for (std::size_t i = extent.first + 1; i < extent.last; ++i) {
    if (!byline_by_rule(article.lines[i]) || byline_by_rule(article.lines[previous_filled(article, i)])) continue;
    bool author = false;
    for (std::size_t k = i; k < extent.last && (article.lines[k].blank() || byline_by_rule(article.lines[k])); ++k) {
      author = author || author_byline(article.lines[k]);
    }
    if (!author) continue;
    const std::size_t headline = headline_over_block(article, i);
    if (headline >= article.lines.size() || headline <= extent.first) continue;
    std::size_t above = 0, below = 0, first_below = extent.last;
    for (std::size_t k = extent.first; k <= extent.last; ++k) {
      if (!is_story_line(article, k)) continue;
      if (k < headline) above += article.lines[k].text.size();
      if (k > i) {
        below += article.lines[k].text.size();
        first_below = std::min(first_below, k);
      }
    }
    if (above == 0 || below <= above) continue;
    extent.first = first_below;
    return headline;
  }
  return article.lines.size();
}

// Teaser rails (page/teasers) are other stories' teasers when no prose the
// model would keep stands above them (a rail of latest news above the
// story), or none below them and the story's end stands between it and
// them (a box of teasers after the copyright line or a byline). With
// story on both sides they are a timeline's dated entries; right after
// the story with no end between, they may be its list (events, products,
// each with a date or a price): both stay. Their sentences read like
// story, so the model's score of every line of a rail is set to 0: no
// stretch takes them in, and the page model drops them. Returns the lines
// marked.
std::vector<bool> mark_teasers(Article& article) {
  std::vector<bool> teaser(article.lines.size(), false);
  std::vector<bool> prose(article.lines.size(), false);
  for (std::size_t i = 0; i < article.lines.size(); ++i) prose[i] = !article.lines[i].blank() && prose_of(article, i);
  const std::vector<LineRange> runs = teaser_runs(article, prose);
  if (runs.empty()) return teaser;
  std::vector<bool> in_run(article.lines.size(), false);
  for (const LineRange& run : runs) {
    std::fill(in_run.begin() + static_cast<std::ptrdiff_t>(run.first),
              in_run.begin() + static_cast<std::ptrdiff_t>(run.last) + 1, true);
  }
  const auto kept_prose_in = [&](std::size_t from, std::size_t to) {  // lines [from, to)
    for (std::size_t i = from; i < to; ++i) {
      const Line& line = article.lines[i];
      if (prose[i] && !in_run[i] && (!line.dropped() || blind_drop(line)) && ends_sentence(line.text) &&
          story_of(article, i) >= kDropBelow) {
        return true;
      }
    }
    return false;
  };
  const auto kept_prose = [&](std::size_t i) { return kept_prose_in(i, i + 1); };
  // A copyright or byline line, or a list header a cut took, between the
  // last kept prose above the run and the run.
  const auto story_ends_above = [&](std::size_t first) {
    std::size_t i = first;
    while (i-- > 0 && !kept_prose(i)) {
      const Line& line = article.lines[i];
      if (line.dropped_as(category::kCopyright) || line.dropped_as(category::kByline) ||
          (line.dropped() && line.dropped_by->scope == Scope::kCut)) {
        return true;
      }
    }
    return false;
  };
  for (const LineRange& run : runs) {
    const bool above = kept_prose_in(0, run.first), below = kept_prose_in(run.last + 1, article.lines.size());
    if (!above && !below) continue;  // the page's only prose: the blocks are the story (a listicle with no lead)
    if (above && (below || !story_ends_above(run.first))) continue;
    for (std::size_t i = run.first; i <= run.last; ++i) {
      if (article.lines[i].blank()) continue;
      teaser[i] = true;
      article.lines[i].story = 0.0f;
    }
  }
  return teaser;
}

// A story sentence with no story line right above or below it: in a list,
// the one sentence of a teaser between two headlines.
bool lone_story_sentence(Article& article, std::size_t i) {
  if (!is_story_line(article, i) || !ends_sentence(article.lines[i].text)) return false;
  const std::size_t above = previous_filled(article, i), below = next_filled(article, i);
  return !(above < article.lines.size() && is_story_line(article, above)) &&
         !(below < article.lines.size() && is_story_line(article, below));
}

// True when the story goes on below a list header at line `header`, down to
// line `last`: two story lines in a row, or one lone sentence (a closing
// paragraph). Two or more lone sentences between headlines are teasers.
bool story_goes_on_below(Article& article, std::size_t header, std::size_t last) {
  std::size_t lone = 0;
  for (std::size_t k = header + 1; k <= last && k < article.lines.size(); ++k) {
    if (!is_story_line(article, k) || !ends_sentence(article.lines[k].text)) continue;
    if (!lone_story_sentence(article, k)) return true;
    ++lone;
  }
  return lone == 1;
}

// A list header a cut rule took inside the stretch ("Related articles")
// with no sentence of the story below it ends the story above it: the
// headlines under the header only read like story (CJK headlines score
// high). A list between two paragraphs has the story's sentences below.
void end_at_list_header(Article& article, StoryExtent& extent) {
  for (std::size_t i = extent.first + 1; i <= extent.last; ++i) {
    const Line& line = article.lines[i];
    if (!line.dropped() || line.dropped_by->scope != Scope::kCut) continue;
    if (story_goes_on_below(article, i, extent.last)) return;
    std::size_t last = i;
    while (last > extent.first && !is_story_line(article, last)) --last;
    extent.last = last;
    return;
  }
}

// One story line at the stretch's end, cut off from the rest by a block of
// lines the model is sure are not story (an author's name, toolbar labels)
// or that rules took, and rated below a sure story line: a pitch or a
// teaser below the story ("Example Daily: Join over 1 million ..."), not
// its last paragraph. The stretch ends above the block.
void end_above_trailing_island(Article& article, StoryExtent& extent) {
  constexpr std::size_t kMinSureLines = 2;  // lines of the block the model rates below kDropBelow
  if (extent.empty || story_of(article, extent.last) >= kRescueFrom) return;
  std::size_t sure = 0;
  for (std::size_t i = extent.last; i-- > extent.first;) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    if (is_story_line(article, i)) {
      if (sure >= kMinSureLines) extent.last = i;
      return;
    }
    if (line.visible() && story_of(article, i) < kDropBelow) {
      ++sure;
    } else if (!taken_by_rule(line)) {
      return;  // a line the model hesitates over: the block may be the story's
    }
  }
}

// A name alone ("JANE ROE") with no story prose anywhere below it, or
// heading an author box.
bool signs_off(Article& article, std::size_t i) {
  const Line& line = article.lines[i];
  if (!(line.visible() || blind_drop(line) || line.dropped_as(category::kByline)) ||
      !looks_like_name(trim(line.text))) {
    return false;
  }
  if (heads_author_box(article, i)) return true;
  for (std::size_t k = i + 1; k < article.lines.size(); ++k) {
    if (!article.lines[k].blank() && is_story_line(article, k)) return false;
  }
  return true;
}

// A visible line shortly above `copy` with the same text, or lines.size().
std::size_t earlier_copy(const Article& article, std::size_t copy) {
  const std::string key = fold_key(article.lines[copy].text);
  return near_above(article, copy, [&](const Line& line) { return line.visible() && fold_key(line.text) == key; });
}

}  // namespace

bool is_whole_page(const Article& article) {
  return filled_lines(article) >= kMinPageLines;
}

std::vector<bool> story_run_lines(const Article& article) {
  std::vector<bool> run;
  if (article.features.size() != article.lines.size() * kFeatureCount || !is_whole_page(article)) return run;
  run.resize(article.lines.size());
  for (std::size_t i = 0; i < article.lines.size(); ++i)
    run[i] = article.features[i * kFeatureCount + kInStoryRun] > 0.5f;
  return run;
}

void prepare_page_model(Article& article, bool score_all) {
  article.features.clear();
  if (!score_all && !is_whole_page(article)) return;  // the model will not act on it
  page_features(article.lines, article.features);
  if (score_all) {
    for (std::size_t i = 0; i < article.lines.size(); ++i) story_of(article, i);
  }
}

float story_of(Article& article, std::size_t i) {
  Line& line = article.lines[i];
  if (line.story < 0.0f && !line.blank() && article.features.size() == article.lines.size() * kFeatureCount) {
    line.story = story_probability(article.features.data() + i * kFeatureCount);
  }
  return line.story;
}

// A bare credit under a photo ("ⓒ 예시일보", "© Jane Roe"): a copyright sign
// and a name, no notice words. Between two paragraphs it closes nothing.
bool bare_credit(const Line& line) {
  constexpr std::size_t kMaxCreditChars = 24;
  if (!line.dropped_as(category::kCopyright)) return false;
  const std::string_view text = trim(line.text);
  if (char_count(text) > kMaxCreditChars) return false;
  for (const std::string_view word : {"\xEB\xAC\xB4\xEB\x8B\xA8", "\xEA\xB8\x88\xEC\xA7\x80",  // 무단 금지
                                      "\xEC\xA0\x80\xEC\x9E\x91\xEA\xB6\x8C",                  // 저작권
                                      "\xE7\x89\x88\xE6\x9D\x83", "\xE7\x84\xA1\xE6\x96\xAD",  // 版权 無断
                                      "eserved", "ESERVED", "opyright", "OPYRIGHT"}) {
    if (text.find(word) != std::string_view::npos) return false;
  }
  return true;
}

// A byline or copyright line inside the stretch with little story below it
// ends the story there: what follows (a promotion, a comment prompt) only
// looked like story. A credit line between two long parts stays inside.
void end_at_closing_line(Article& article, StoryExtent& extent) {
  constexpr std::size_t kMinShareBelow = 4;  // the part below must be a quarter of the part above
  const auto closes = [&](std::size_t i) {
    return article.lines[i].dropped_as(category::kByline) ||
           (article.lines[i].dropped_as(category::kCopyright) && !bare_credit(article.lines[i]));
  };
  std::size_t closing = extent.last;
  while (closing > extent.first && !closes(closing)) --closing;
  if (!closes(closing)) return;
  std::size_t above = 0, below = 0, last_above = closing;
  for (std::size_t i = extent.first; i <= extent.last; ++i) {
    if (i == closing || !is_story_line(article, i)) continue;
    (i < closing ? above : below) += article.lines[i].text.size();
    if (i < closing) last_above = i;
  }
  // A copyright notice closes a story more surely than a byline (a second
  // writer's credit can stand between two parts): what follows it must
  // outweigh the part above to count as the story's.
  const std::size_t share = article.lines[closing].dropped_as(category::kCopyright) ? 1 : kMinShareBelow;
  if (above == 0 || below * share >= above) return;
  extent.last = last_above;
}

// A lone story line at the stretch's head, set apart from the rest by lines
// the model rules out (a caption above the byline block), is no part of it:
// the stretch starts after them. The lone line itself keeps its own score.
void trim_lone_head(Article& article, StoryExtent& extent) {
  constexpr std::size_t kMinGap = 3;
  std::size_t ruled_out = 0;
  for (std::size_t i = extent.first + 1; i <= extent.last; ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    if (is_story_line(article, i)) {
      if (ruled_out >= kMinGap) extent.first = i;
      return;
    }
    if (line.visible() && story_of(article, i) >= kDropBelow) return;  // a line the model keeps: part of it
    ++ruled_out;
  }
}

// The story runs on below a list or a widget: two or more story lines close
// below its end, and nothing between them that closes a story (a byline, a
// copyright line, a list of headlines: anything a rule or a detector took on
// its own evidence) and no reader comments.
// A line that carries the story on below a break: a story line, or long
// prose the model is unsure of (a site it never saw rates its paragraphs
// below a "Don't miss" box low; two of them in a row still read as the story).
bool continues_story(Article& article, std::size_t i) {
  constexpr float kContinueFrom = 0.25f;
  constexpr std::size_t kMinContinueChars = 80;
  if (is_story_line(article, i)) return true;
  const Line& line = article.lines[i];
  return (!line.dropped() || dropped_on_shape(line)) && prose_of(article, i) && story_of(article, i) >= kContinueFrom &&
         char_count(trim(line.text)) >= kMinContinueChars;
}

// A line taken on evidence that closes a story (a byline, a copyright line,
// a list of headlines, a page's widgets); a caption or an ad slot stands
// between paragraphs.
bool closes_story(const Line& line) {
  return line.dropped() && !blind_drop(line) && !line.dropped_as(category::kCaption) &&
         !line.dropped_as(category::kAd) && !bare_credit(line);
}

// A widget's label, a caption or an ad slot a rule took between two
// paragraphs of the story once it has carried on ("toggle caption", "View
// this post on Instagram"): it stands there as a blank line does.
bool inside_story_label(const Line& line) {
  return line.dropped() && !dropped_on_shape(line) &&
         (line.dropped_as(category::kUi) || line.dropped_as(category::kCaption) || line.dropped_as(category::kAd));
}

void continue_below(Article& article, StoryExtent& extent) {
  constexpr std::size_t kMaxBreak = 16;  // lines (not blank) between the two parts
  constexpr std::size_t kMinStoryLines = 2;
  const std::size_t end = std::min(extent.comments, article.lines.size());
  for (;;) {
    std::size_t between = 0, next = extent.last + 1;
    for (; next < end; ++next) {
      const Line& line = article.lines[next];
      if (line.blank()) continue;
      if (continues_story(article, next)) break;
      // A recipe card below the story is recipe_below's to judge.
      if (closes_story(line) || is_ingredients_heading(trim(line.text)) || ++between > kMaxBreak) return;
    }
    if (next >= end) return;
    std::size_t story_lines = 0, gap = 0, last = next;
    bool in_a_row = false;  // two story lines with nothing between them: not teasers' lone sentences
    bool sure = false;      // a line the model rates story: the break may be a long widget
    for (std::size_t i = next; i < end && gap <= kMaxStoryGap; ++i) {
      const Line& line = article.lines[i];
      if (line.blank() || inside_story_label(line)) continue;
      if (closes_story(line)) break;
      if (!continues_story(article, i)) {
        ++gap;
        continue;
      }
      in_a_row = in_a_row || (story_lines > 0 && gap == 0);
      sure = sure || is_story_line(article, i);
      gap = 0;
      ++story_lines;
      last = i;
    }
    if (story_lines < kMinStoryLines || !in_a_row) return;
    // Prose the model is unsure of carries the story on over a box (a
    // heading and a few teasers), not over a page's widgets and menus down
    // to its footer's disclaimers.
    if (!sure && between > kMaxStoryGap) return;
    // Sentences right below the part found are the story's too, as at the
    // first part's end (the model rates a site's last paragraph lowest).
    for (std::size_t i = last + 1; i < end; ++i) {
      const Line& line = article.lines[i];
      if (line.blank()) continue;
      if ((line.dropped() && !dropped_on_shape(line)) || !ends_sentence(line.text)) break;
      last = i;
    }
    extent.last = last;
  }
}

StoryExtent story_extent(Article& article) {
  std::vector<bool> teaser = mark_teasers(article);
  const std::size_t comments = comment_area(article);
  StoryExtent best = densest_story_stretch(article, comments);
  if (best.empty) best = densest_story_stretch(article, article.lines.size());  // comments above any story: no comments
  best.teaser = std::move(teaser);
  if (best.empty) return best;
  trim_lone_head(article, best);
  if (const std::size_t headline = start_at_byline_block(article, best); headline < article.lines.size()) {
    best.headline = headline;
  }
  end_at_closing_line(article, best);
  end_at_author_box(article, best);
  end_at_list_header(article, best);
  end_above_trailing_island(article, best);
  // Short sentences right at its ends are the story's too ("The deal is done.").
  const auto sentence = [&](std::size_t i) {
    const Line& line = article.lines[i];
    return (!line.dropped() || blind_drop(line)) && ends_sentence(line.text);
  };
  // So is a label ending in a colon right above it ("Profile:").
  for (std::size_t i = best.first; i-- > 0;) {
    if (article.lines[i].blank()) continue;
    if (!sentence(i) && !(is_lead_in(article, i) && next_filled(article, i) == best.first)) break;
    best.first = i;
  }
  for (std::size_t i = best.last + 1; i < article.lines.size(); ++i) {
    if (article.lines[i].blank()) continue;
    if (is_lead_in(article, i) &&
        story_of(article, i) >= kDropBelow) {  // a header the model keeps ("Share this:" it does not)
      const std::size_t end = list_block_end(article, i);
      if (end == i) break;
      best.last = end;
      i = end;
      continue;
    }
    // A post embedded at its end ("— Jane Roe (@janeroe) November 19, 2019"
    // under the post's words) is the story's.
    if (const std::size_t attribution = embed_from(article, i); attribution < article.lines.size()) {
      best.last = attribution;
      i = attribution;
      continue;
    }
    if (!sentence(i)) break;
    best.last = i;
  }
  best.last = table_below(article, best.last);
  continue_below(article, best);
  // Teasers right below the story end it: nothing below them is the story's.
  if (const std::size_t next = next_filled(article, best.last);
      next < article.lines.size() && best.teaser.size() > next && best.teaser[next]) {
    best.teasers = next;
  }
  return best;
}

// A how-to's lists between the story's paragraphs: a lead-in ending in ':'
// right under a paragraph the story keeps, its items (short lines, another
// lead-in, a closing sentence), then the story's prose again. The model
// rates the items low (short, no sentence) and the chrome detector takes
// them when they break the densest prose run, above or below it; they are
// the story's when the story resumes under them. Nothing a rule took on its
// own evidence, no list marker of a pack ("Related"), no teaser is among
// them.
bool restore_lists_in_story(Article& article, const StoryExtent& extent) {
  constexpr std::size_t kMaxListLines = 30;
  constexpr std::size_t kMinListLines = 2;
  const auto kept_story = [&](std::size_t k) {
    return k < article.lines.size() && article.lines[k].visible() && prose_of(article, k) &&
           ends_sentence(article.lines[k].text) && story_of(article, k) >= kDropBelow;
  };
  const auto judged_blind = [&](std::size_t k) {
    const Line& line = article.lines[k];
    return !line.dropped() || dropped_on_shape(line);
  };
  // Above the stretch, the paragraph over the lead-in must have a kept
  // paragraph over it too: one sentence set apart there is a caption over a
  // writer's box ("Text by:", a name, "Follow").
  const auto story_above = [&](std::size_t lead) {
    const std::size_t above = previous_filled(article, lead);
    return kept_story(above) && (above >= extent.first || kept_story(previous_filled(article, above)));
  };
  bool changed = false;
  for (std::size_t lead = extent.empty ? article.lines.size() : 0; lead < article.lines.size(); ++lead) {
    if (article.lines[lead].blank() || !flag_of(article, lead, kEndsColon, ends_with_colon) || !judged_blind(lead) ||
        is_cut_marker(article, lead) || !story_above(lead)) {
      continue;
    }
    std::size_t resumes = article.lines.size(), lines = 0;
    for (std::size_t k = next_filled(article, lead); k < article.lines.size() && lines <= kMaxListLines;
         k = next_filled(article, k), ++lines) {
      if (kept_story(k)) {
        resumes = k;
        break;
      }
      const bool teaser = extent.teaser.size() > k && extent.teaser[k];
      if (!judged_blind(k) || is_cut_marker(article, k) || teaser) break;
    }
    if (resumes == article.lines.size() || lines < kMinListLines) continue;
    for (std::size_t k = lead; k < resumes; ++k) {
      if (article.lines[k].dropped()) {
        article.lines[k].dropped_by = nullptr;
        changed = true;
      }
    }
    lead = resumes;
  }
  return changed;
}

// An article that is already clean (a headline, then its paragraphs) can
// have its densest prose run lower down, under lists, and the chrome
// detector then takes the headline for a page's first line. A headline-shaped
// first line standing right on a paragraph the story keeps, with nothing
// between them, is the headline.
bool restore_leading_headline(Article& article, TitleMode title_mode) {
  const std::size_t first = next_filled(article, static_cast<std::size_t>(-1));
  if (first >= article.lines.size() || title_mode != TitleMode::kAuto) return false;
  Line& line = article.lines[first];
  if (!dropped_on_shape(line) || !is_headline_candidate(trim(line.text), article.lang)) {
    return false;
  }
  const std::size_t below = next_filled(article, first);
  if (below >= article.lines.size() || !article.lines[below].visible() || !prose_of(article, below) ||
      story_of(article, below) < kStoryFrom) {
    return false;
  }
  line.dropped_by = nullptr;
  article.title = first;
  return true;
}

// The text's last lines, under the story's last kept paragraph: a subhead
// and a closing paragraph that the model alone took (an article already
// clean, which has no footer under its end). Nothing else follows them, and
// the last line is a sentence; a page's footer ends in a link or a notice a
// rule knows.
bool keep_closing_paragraphs(Article& article, const StoryExtent& extent) {
  constexpr std::size_t kMaxClosingLines = 4;
  constexpr std::size_t kMaxSubheadChars = 80;
  const std::size_t end = previous_filled(article, article.lines.size());
  if (end >= article.lines.size() || extent.empty || end <= extent.last) return false;
  if (!prose_of(article, end) || !ends_sentence(article.lines[end].text)) return false;
  std::vector<std::size_t> closing;
  bool anchored = false;
  for (std::size_t k = end; k < article.lines.size() && !anchored; k = previous_filled(article, k)) {
    const Line& line = article.lines[k];
    if (line.visible()) {
      if (!prose_of(article, k) || !ends_sentence(line.text)) return false;
      anchored = true;  // the story's last kept paragraph
      continue;
    }
    if (k <= extent.last || !dropped_on_shape(line) || closing.size() == kMaxClosingLines) {
      return false;
    }
    const bool sentence = prose_of(article, k) && ends_sentence(line.text);
    const bool subhead = !ends_sentence(line.text) && !ends_with_colon(trim(line.text)) &&
                         char_count_upto(trim(line.text), kMaxSubheadChars + 1) <= kMaxSubheadChars;
    if (!sentence && !subhead) return false;
    closing.push_back(k);
  }
  if (!anchored) return false;
  for (const std::size_t k : closing) article.lines[k].dropped_by = nullptr;
  return !closing.empty();
}

// A clock time alone on its line, as a live blog heads each entry ("4:40
// p.m. ET", "16:40", "14h40"): one or two digits, a mark, two digits, then at
// most a few letters (a.m., p.m., a time zone).
bool is_clock_line(std::string_view text) {
  constexpr std::size_t kMaxTail = 10;
  text = trim(text);
  const auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  std::size_t i = 0;
  while (digit(i) && i < 2) ++i;
  if (i == 0 || i >= text.size() || (text[i] != ':' && text[i] != '.' && text[i] != 'h')) return false;
  if (!digit(i + 1) || !digit(i + 2) || digit(i + 3)) return false;
  const std::string_view tail = text.substr(i + 3);
  if (tail.size() > kMaxTail) return false;
  return std::all_of(tail.begin(), tail.end(),
                     [](char c) { return c == ' ' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// A live blog's entries: a clock time, perhaps a heading under it, then the
// entry's paragraphs. The model rates the time and the heading low (short,
// set apart), and the chrome detector takes the first entry's, above the
// densest run. When two or more entries head paragraphs the story keeps, the
// headers are the story's. (A video list pairs durations with titles, but no
// paragraph follows them.)
bool restore_live_entry_headers(Article& article) {
  constexpr std::size_t kMinEntries = 2;
  constexpr std::size_t kMaxHeadingChars = 160;
  std::vector<std::size_t> headers;
  std::size_t entries = 0;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (article.lines[i].blank() || !is_clock_line(article.lines[i].text)) continue;
    std::size_t paragraph = next_filled(article, i);
    std::size_t heading = article.lines.size();
    if (paragraph < article.lines.size() && !prose_of(article, paragraph) &&
        char_count_upto(trim(article.lines[paragraph].text), kMaxHeadingChars + 1) <= kMaxHeadingChars) {
      heading = paragraph;
      paragraph = next_filled(article, paragraph);
    }
    if (paragraph >= article.lines.size() || !article.lines[paragraph].visible() || !prose_of(article, paragraph)) {
      continue;
    }
    ++entries;
    headers.push_back(i);
    if (heading < article.lines.size()) headers.push_back(heading);
  }
  if (entries < kMinEntries) return false;
  bool changed = false;
  for (const std::size_t i : headers) {
    Line& line = article.lines[i];
    if (dropped_on_shape(line)) {
      line.dropped_by = nullptr;
      changed = true;
    }
  }
  return changed;
}

bool apply_page_model(Article& article, TitleMode title_mode) {
  return is_whole_page(article) && apply_page_model(article, story_extent(article), title_mode);
}

bool apply_page_model(Article& article, const StoryExtent& extent, TitleMode title_mode) {
  bool changed = false;
  // A cut whose marker stands above the story (a menu word that is a list
  // header on other pages) took the story with it: inside the extent, all
  // it took comes back.
  const std::size_t none = article.lines.size();
  std::size_t marker = 0;  // the first cut's marker, or none
  while (marker < none && !is_cut_marker(article, marker)) ++marker;
  const bool cut_above_story = !extent.empty && marker < none && marker < extent.first;
  // A cut whose marker stands inside the story (a list between two of its
  // paragraphs) ends with the story: below it, what that cut took is judged
  // like any line outside the story (a later marker's cut still holds).
  const bool cut_in_story = marker < none && extent.contains(marker);
  // A cut whose marker stands below the story heads a list: what it took
  // that ends no sentence is an item, however much it reads like story.
  const std::size_t list_from = !extent.empty && marker < none && marker > extent.last ? marker : none;
  // Teasers under it: headlines with one sentence each, no story run.
  const bool teasers_listed =
      list_from < article.lines.size() && !story_goes_on_below(article, list_from, article.lines.size() - 1);
  // A list inside the story, under a line ending in ':' ("Allowed foods:"),
  // is the story's, items and header.
  std::vector<bool> story_list(article.lines.size(), false);
  for (std::size_t i = extent.empty ? article.lines.size() : extent.first; i < article.lines.size() && i <= extent.last;
       ++i) {
    if (article.lines[i].blank() || !is_lead_in(article, i)) continue;
    const std::size_t end = std::min(list_block_end(article, i), extent.last);
    if (end == i) continue;
    std::fill(story_list.begin() + static_cast<std::ptrdiff_t>(i),
              story_list.begin() + static_cast<std::ptrdiff_t>(end) + 1, true);
    i = end;
  }
  const StoryExtent table = table_under_title(article, extent);
  const StoryExtent recipe = recipe_below(article, extent);
  // Posts embedded in the story, their words and attribution lines.
  std::vector<bool> embedded(article.lines.size(), false);
  for (std::size_t i = extent.empty ? article.lines.size() : extent.first; i <= extent.last && i < article.lines.size();
       ++i) {
    if (article.lines[i].blank()) continue;
    const std::size_t attribution = embed_from(article, i);
    if (attribution > extent.last) continue;
    std::fill(embedded.begin() + static_cast<std::ptrdiff_t>(i),
              embedded.begin() + static_cast<std::ptrdiff_t>(attribution) + 1, true);
    i = attribution;
  }
  StoryExtent cards;
  if (!extent.empty) {
    if (const std::optional<LineRange> found = product_cards_below(article, extent.last)) {
      cards.first = found->first;
      cards.last = found->last;
      cards.empty = false;
    }
  }
  // Below the next list header, lines belong to its cut, though the same
  // rule took them ("Related articles" under a "Don't miss" box).
  std::size_t next_marker = marker < none ? marker + 1 : none;
  while (next_marker < none && !article.lines[next_marker].heads_cut) ++next_marker;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    Line& line = article.lines[i];
    // A cut's marker is a list header whatever the model makes of it
    // (Korean, Japanese and Chinese labels rate high).
    if (!blind_drop(line) || (is_cut_marker(article, i) && !cut_above_story)) continue;
    const bool inside = extent.contains(i);
    const bool same_cut = marker < none && line.dropped_by == article.lines[marker].dropped_by && i < next_marker;
    const bool list_item =
        i > list_from && same_cut && (!ends_sentence(line.text) || (teasers_listed && lone_story_sentence(article, i)));
    if ((inside && story_of(article, i) >= kRescueFrom) || (is_story_line(article, i) && !list_item) ||
        (inside && (ends_sentence(line.text) || is_long_lead_in(line.text))) || story_list[i] || embedded[i] ||
        table.contains(i) || recipe.contains(i) || cards.contains(i) || (inside && cut_above_story && same_cut) ||
        (cut_in_story && same_cut && i > extent.last)) {
      line.dropped_by = nullptr;
      changed = true;
    }
  }
  // A short line between two story paragraphs (a subhead, a one-line quote)
  // is the story's, whatever blind evidence took it; so it is between two
  // paragraphs kept below the stretch (the model rated them lower, and
  // prose outside the stretch stays). Not a cut's marker: a pack knows it
  // heads other stories ("Related coverage" between two paragraphs).
  for (std::size_t i = 1; !extent.empty && i + 1 < article.lines.size(); ++i) {
    Line& line = article.lines[i];
    if (!blind_drop(line) || is_cut_marker(article, i) || !between_story_paragraphs(article, i)) continue;
    line.dropped_by = nullptr;
    changed = true;
  }
  // The story ends at a copyright line below it: what follows on a page
  // (profile widgets, reactions, reader comments, lists) is not the story's.
  std::size_t story_end = extent.empty ? article.lines.size() : std::max(extent.comments, extent.last);
  if (extent.teasers) story_end = std::min(story_end, *extent.teasers);
  for (std::size_t i = extent.empty ? article.lines.size() : extent.last + 1; i < story_end; ++i) {
    if ((article.lines[i].dropped_as(category::kCopyright) && !bare_credit(article.lines[i])) ||
        article.lines[i].dropped_as(category::kByline)) {
      story_end = i;
      break;
    }
  }
  // So does a name alone right below it when no story prose follows (a
  // wire story's "JANE ROE" sign-off, then other stories' headlines).
  if (const std::size_t next = extent.empty ? story_end : next_filled(article, extent.last);
      next < story_end && signs_off(article, next)) {
    story_end = next;
  }
  // So does an author box a few lines below it (the writer's name alone,
  // then a bio that opens with one of its words): the bio reads like story.
  for (std::size_t i = extent.empty ? story_end : extent.last + 1, steps = 0; i < story_end && steps < kAuthorBoxReach;
       ++i) {
    if (article.lines[i].blank()) continue;
    ++steps;
    if (heads_author_box(article, i)) {
      story_end = i;
      break;
    }
  }
  // The headline right above the story stays. It is the title when there
  // is none, or when what took the title above it is no headline (a press
  // name or section label that the title detector found first).
  // A title that a detector took since (a page <title> line the chrome
  // detector dropped) is none: the headline by the story takes its place.
  if (article.title && article.lines[*article.title].dropped()) article.title.reset();
  // So is the first teaser's headline, the first line the title detector saw.
  if (article.title && extent.teaser.size() > *article.title && extent.teaser[*article.title]) {
    article.drop(*article.title, kTeaserRule);
    article.title.reset();
    changed = true;
  }
  std::size_t headline = extent.empty ? article.lines.size() : headline_above(article, extent);
  // The page <title>'s copy on the page, in reach above the story, is the
  // headline, whatever headline-shaped line stands nearer (a "Kommentare
  // lesen 87 Beiträge" link in the toolbar under it).
  const std::size_t copy_of_title = title_copy_above(article, extent);
  if (copy_of_title < headline) headline = copy_of_title;
  // A headline that reads as prose (a Chinese one with a comma) can open
  // the stretch itself; so can the page <title>'s copy, question mark and
  // all, when the title detector found it too far down to reach.
  if (const std::string_view opening = extent.empty ? std::string_view() : trim(article.lines[extent.first].text);
      headline == article.lines.size() && !extent.empty &&
      (!ends_sentence(opening) || copies_page_title(article, extent.first)) &&
      is_headline_candidate(opening, article.lang)) {
    headline = extent.first;
  }
  // The line right over the byline block above the story, when it is
  // headline-shaped, is the headline, nearer than any found further up (a
  // blog's masthead the title detector took from the page <title>): the
  // chrome detector may have taken it for one more short line.
  // Not over the page <title>'s copy, unless a menu stands between them
  // (the copy is then the blog's name, its <title> "Name – Tagline").
  if (const std::size_t over = extent.empty ? article.lines.size() : headline_over_rule_bylines(article, extent.first);
      over < article.lines.size() && (headline == article.lines.size() || headline < over) &&
      (copy_of_title > over || menu_between(article, copy_of_title, over))) {
    headline = over;
    if (article.lines[headline].dropped()) {
      article.lines[headline].dropped_by = nullptr;
      changed = true;
    }
    // A title above it with a menu between (lines that all went) is the
    // site's name: the headline takes its place.
    if (title_mode == TitleMode::kAuto && article.title && *article.title < headline &&
        menu_between(article, *article.title, headline)) {
      article.drop(*article.title, kPageModelRule);
      article.title = headline;
      changed = true;
    }
  }
  // None in reach, and no headline for a title (a menu word the title
  // detector found first): the chrome detector may have taken the headline
  // for one more short line.
  if (headline == article.lines.size() && !extent.empty &&
      (!article.title || !is_headline_candidate(trim(article.lines[*article.title].text), article.lang))) {
    headline = near_above(article, extent.first, [&](const Line& line) {
      return blind_drop(line) && is_headline_candidate(trim(line.text), article.lang);
    });
    if (headline < article.lines.size()) {
      article.lines[headline].dropped_by = nullptr;
      changed = true;
    }
  }
  // The headline printed twice (a page <title> or front-matter copy above,
  // the on-page headline by the story): the copy by the story is the title.
  if (headline < article.lines.size() && article.lines[headline].dropped_as(category::kDuplead)) {
    const bool title_copy = title_mode == TitleMode::kAuto && article.title && *article.title < headline &&
                            fold_key(article.lines[*article.title].text) == fold_key(article.lines[headline].text);
    if (title_copy) {
      const Rule* copy_rule = article.lines[headline].dropped_by;
      article.lines[headline].dropped_by = nullptr;
      article.lines[*article.title].dropped_by = copy_rule;
      article.title = headline;
      changed = true;
    } else {
      // The copy stays dropped; the headline is the first copy when it
      // stands near above it (the page's headline, then again by the story).
      headline = earlier_copy(article, headline);
    }
  }
  // A headline with its deck under it: two headline-shaped lines stacked
  // right above the story's byline block, nothing headline-shaped above the
  // upper one (a section label, a menu word). The upper is the headline;
  // the deck stays with it. (Three or more stacked are a list of teasers.)
  // Not on English pages: there the line found above the story is as
  // often a photo credit or a byline without "By", and what stands above it
  // a caption or the page's own headline. (German, French, Spanish, Italian
  // and Portuguese pages set a deck under the headline as Korean ones do.)
  std::size_t deck_below = article.lines.size();
  if (const std::size_t upper = headline < article.lines.size() ? previous_filled(article, headline) : headline;
      article.lang != Lang::kEn && upper < article.lines.size() && stacked_headline(article, upper, headline)) {
    deck_below = headline;
    headline = upper;
    article.lines[headline].dropped_by = nullptr;  // the chrome detector took it for a short line
    if (article.title == deck_below) article.title = headline;
  }
  // A headline over a byline block over its deck (a Korean wire's page: the
  // headline, the send time and the reporter, a toolbar, then the deck):
  // the line found right above the story is the deck. Not on English pages,
  // for the reasons above.
  if (const std::size_t upper = headline < article.lines.size() && deck_below == article.lines.size()
                                    ? headline_over_byline_block(article, headline)
                                    : article.lines.size();
      article.lang != Lang::kEn && upper < article.lines.size()) {
    deck_below = headline;
    headline = upper;
    article.lines[headline].dropped_by = nullptr;
    if (article.title == deck_below) article.title = headline;
  }
  // A sentence right below the headline, above the story's stretch, is its
  // deck (a standfirst the model rated low, set apart by a byline block),
  // prose or one or two sentences of some length. Spanish, Italian and
  // other papers print the deck without its final period; English pages
  // put a photo credit or caption there as often (see above).
  if (const std::size_t below = headline < article.lines.size() ? next_filled(article, headline) : headline;
      deck_below == article.lines.size() && below < extent.first &&
      (article.lines[below].visible() || blind_drop(article.lines[below])) &&
      (ends_sentence(article.lines[below].text) || unpunctuated_deck(article, below)) &&
      (prose_of(article, below) || char_count_upto(trim(article.lines[below].text), kMinDeckChars) >= kMinDeckChars)) {
    deck_below = below;
    article.lines[below].dropped_by = nullptr;
  }
  if (title_mode != TitleMode::kNone && !article.title && headline < article.lines.size()) article.title = headline;
  if (title_mode == TitleMode::kAuto && article.title && *article.title < headline && headline < article.lines.size() &&
      !is_headline_candidate(trim(article.lines[*article.title].text), article.lang)) {
    article.drop(*article.title, kPageModelRule);
    article.title = headline;
  }
  // The story starts at its headline over the byline block when the
  // stretch was cut there: a title above it is another story's headline
  // (the first of the teasers), unless it is the headline's own copy.
  const std::size_t story_start = extent.headline && *extent.headline == headline ? headline : std::size_t{0};
  if (story_start > 0 && title_mode == TitleMode::kAuto && article.title && *article.title < headline &&
      fold_key(article.lines[*article.title].text) != fold_key(article.lines[headline].text)) {
    article.drop(*article.title, kPageModelRule);
    article.title = headline;
  }
  // A deck printed above the headline (a sentence right above it) is the
  // story's, as one below it already is (it leads into the story); not when
  // the story was found to start at the headline (that sentence is a
  // teaser's).
  const std::size_t deck = headline < article.lines.size() ? previous_filled(article, headline) : article.lines.size();
  const bool deck_above = story_start == 0 && deck < article.lines.size() && article.lines[deck].visible() &&
                          ends_sentence(article.lines[deck].text) && prose_of(article, deck);
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    const bool teaser = extent.teaser.size() > i && extent.teaser[i];
    if (!line.visible() || article.title == i || headline == i || (extent.contains(i) && !teaser) ||
        table.contains(i) || recipe.contains(i) || cards.contains(i)) {
      continue;
    }
    if ((deck_above && i == deck) || i == deck_below) continue;
    // Above its start and below its end a line goes whatever its score, so
    // it is not scored.
    if (i >= story_start && i < story_end) {
      const float story = story_of(article, i);
      if (story < 0.0f || story >= kDropBelow) continue;
    }
    article.drop(i, teaser ? kTeaserRule : kPageModelRule);
    changed = true;
  }
  // Inside the story's stretch, a short line set apart by long runs of
  // blank lines on both sides (a get_text() dump keeps the page's layout
  // whitespace) is a widget between two paragraphs: a sponsor link, a
  // teaser. No story line of the labelled dumps stands so.
  const std::size_t paragraph_gap = extent.empty ? 0 : widest_paragraph_gap(article, extent);
  for (std::size_t i = extent.empty ? article.lines.size() : extent.first + 1; i < extent.last; ++i) {
    if (!article.lines[i].visible() || article.title == i || headline == i || i == deck_below) continue;
    if (set_apart(article, i, paragraph_gap) &&
        char_count_upto(trim(article.lines[i].text), kMaxSetApartChars + 1) <= kMaxSetApartChars) {
      article.drop(i, kPageModelRule);
      changed = true;
    }
  }
  changed = restore_lists_in_story(article, extent) || changed;
  changed = keep_closing_paragraphs(article, extent) || changed;
  changed = restore_leading_headline(article, title_mode) || changed;
  changed = restore_live_entry_headers(article) || changed;
  return changed;
}

bool keep_densest_run(Article& article) {
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (article.lines[i].visible() && article.title != i) return false;  // something is left: the usual case
  }
  std::vector<std::size_t> at;
  std::vector<bool> prose;
  std::vector<std::size_t> chars;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    at.push_back(i);
    prose.push_back(is_prose(line.text));
    chars.push_back(line.text.size());
  }
  const ProseRun run = densest_prose_run(prose, chars, kMaxStoryGap);
  if (run.chars == 0) return false;
  for (std::size_t k = run.first; k <= run.last; ++k) article.lines[at[k]].dropped_by = nullptr;
  return true;
}

}  // namespace newsclean
