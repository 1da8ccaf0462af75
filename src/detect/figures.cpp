#include "detect/figures.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "detect/detector_rule.hpp"
#include "text/fold.hpp"
#include "text/shape.hpp"
#include "text/unwrap.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kFigureCaptionRule = make_detector_rule("figure-caption", category::kCaption);

// A caption is one line, shorter than this and clearly shorter than the
// story's typical paragraph; hard-wrapped text has no such lines.
constexpr std::size_t kMaxCaptionChars = 200;
constexpr double kMaxShareOfMedianParagraph = 0.75;
constexpr std::size_t kMaxVideoTitleChars = 80;
// Embed ids are long digit strings; "[1] [2] [3]" is a pager, not a figure.
constexpr std::size_t kMinEmbedIdDigits = 6;
// An image's alt text this long or longer says what the image shows; shorter
// ones ("photo", "image") say nothing about the line below.
constexpr std::size_t kMinAltKeyChars = 8;

bool ends_with_ascii_nocase(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  const std::string_view tail = text.substr(text.size() - suffix.size());
  return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) { return (a | 0x20) == b; });
}

bool contains_ascii_nocase(std::string_view text, std::string_view needle) {
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                     [](char a, char b) { return (a | 0x20) == b; }) != text.end();
}

struct Placeholder {
  bool media = false;  // an image or an embed
  bool video = false;  // a player: thumbnail and play button
};

// Reads a line made only of "[token]" groups; nullopt for anything else.
std::optional<Placeholder> read_placeholder(std::string_view line) {
  Placeholder found;
  std::string_view rest = trim(line);
  if (rest.empty()) return std::nullopt;
  while (!rest.empty()) {
    if (rest.front() != '[') return std::nullopt;
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view token = rest.substr(1, close - 1);
    const bool digits = token.size() >= kMinEmbedIdDigits &&
                        std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
    for (const std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"}) {
      if (ends_with_ascii_nocase(token, ext)) found.media = true;
    }
    if (digits || token == "EMBED" || token == "IMG" || token == "Image") found.media = true;
    if (contains_ascii_nocase(token, "play") || contains_ascii_nocase(token, "video")) found.video = true;
    rest = trim(rest.substr(close + 1));
  }
  return found;
}

std::size_t median_body_chars(const Article& article) {
  std::vector<std::size_t> lengths;
  for (const Line& line : article.lines) {
    if (line.visible() && looks_like_body(line.text)) lengths.push_back(char_count(trim(line.text)));
  }
  if (lengths.empty()) return 0;
  std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
  return lengths[lengths.size() / 2];
}

std::optional<std::size_t> next_nonblank(const Article& article, std::size_t i) {
  for (std::size_t k = i + 1; k < article.lines.size(); ++k) {
    if (!article.lines[k].blank()) return k;
  }
  return std::nullopt;
}

std::optional<std::size_t> previous_nonblank(const Article& article, std::size_t i) {
  for (std::size_t k = i; k-- > 0;) {
    if (!article.lines[k].blank()) return k;
  }
  return std::nullopt;
}

// Index of the first prose line: a figure below it is inside the story.
std::size_t first_body_line(const Article& article) {
  for (std::size_t k = 0; k < article.lines.size(); ++k) {
    if (article.lines[k].visible() && looks_like_body(article.lines[k].text)) return k;
  }
  return article.lines.size();
}

// A one-line paragraph: blank (or nothing) right below it.
bool stands_alone(const Article& article, std::size_t i) {
  return i + 1 == article.lines.size() || article.lines[i + 1].blank() || article.lines[i + 1].dropped();
}

// The alt text of a line that is one markdown image ("![alt](url)"), or
// nothing.
std::optional<std::string_view> markdown_image_alt(std::string_view line) {
  line = trim(line);
  if (line.size() < 5 || line.substr(0, 2) != "![" || line.back() != ')') return std::nullopt;
  const std::size_t close = line.find("](");
  if (close == std::string_view::npos) return std::nullopt;
  return line.substr(2, close - 2);
}

// Markdown dumps print a figure as its image, whose alt text is the
// caption, then the caption again below it: the short one-line paragraph
// right below that is the alt text (or starts it, or it starts the alt text:
// one of the two carries the photo credit) is the figure's caption.
bool detect_alt_text_captions(Article& article, std::size_t max_chars) {
  bool changed = false;
  std::string alt_key, caption_key;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    if (!article.lines[i].dropped()) continue;
    const std::optional<std::string_view> alt = markdown_image_alt(article.lines[i].text);
    if (!alt) continue;
    const std::optional<std::size_t> below = next_nonblank(article, i);
    if (!below || article.title == *below) continue;
    Line& caption = article.lines[*below];
    if (!caption.visible() || !stands_alone(article, *below)) continue;
    alt_key.clear();
    caption_key.clear();
    const std::size_t alt_chars = append_fold_key(alt_key, *alt);
    const std::size_t caption_chars = append_fold_key(caption_key, caption.text);
    if (std::min(alt_chars, caption_chars) < kMinAltKeyChars) continue;
    // The alt text word for word is the caption at any length a caption has
    // (Korean captions run longer than the short paragraphs around them);
    // one that only starts the other must be short beside the story's.
    const std::size_t limit = alt_key == caption_key ? kMaxCaptionChars : max_chars;
    if (char_count(trim(caption.text)) > limit) continue;
    const std::string_view shorter = alt_key.size() < caption_key.size() ? alt_key : caption_key;
    const std::string_view longer = alt_key.size() < caption_key.size() ? caption_key : alt_key;
    if (longer.substr(0, shorter.size()) != shorter) continue;
    caption.dropped_by = &kFigureCaptionRule;
    changed = true;
  }
  return changed;
}

}  // namespace

bool detect_figure_captions(Article& article) {
  bool any_placeholder = false, any_image = false;
  for (const Line& line : article.lines) {
    if (!line.dropped() || line.text.empty()) continue;
    const char first = trim(line.text).front();
    any_placeholder = any_placeholder || first == '[';
    any_image = any_image || first == '!';
  }
  if (!any_placeholder && !any_image) return false;
  const std::size_t median = median_body_chars(article);
  if (median == 0) return false;
  const auto max_chars =
      std::min(kMaxCaptionChars, static_cast<std::size_t>(static_cast<double>(median) * kMaxShareOfMedianParagraph));
  bool changed = any_image && detect_alt_text_captions(article, max_chars);
  if (!any_placeholder) return changed;
  const std::size_t first_body = first_body_line(article);
  for (std::size_t i = first_body + 1; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (!line.dropped()) continue;
    const std::optional<Placeholder> placeholder = read_placeholder(line.text);
    if (!placeholder || !placeholder->media) continue;

    const std::optional<std::size_t> below = next_nonblank(article, i);
    if (!below || article.title == *below) continue;
    Line& caption = article.lines[*below];
    // In a hard-wrapped dump a paragraph stands alone once its lines are
    // joined; a caption there fits on one line.
    const bool wrapped_paragraph = article.wrap_width > 0 && display_width(caption.text) > article.wrap_width;
    if (caption.visible() && stands_alone(article, *below) && char_count(trim(caption.text)) <= max_chars &&
        !wrapped_paragraph) {
      caption.dropped_by = &kFigureCaptionRule;
      changed = true;
    }
    // Another detector may have found the caption (it sits on its credit).
    if (!caption.dropped_as(category::kCaption)) continue;

    if (!placeholder->video) continue;
    const std::optional<std::size_t> above = previous_nonblank(article, i);
    if (!above || article.title == *above) continue;
    Line& video_title = article.lines[*above];
    const std::string_view text = trim(video_title.text);
    if (video_title.visible() && char_count(text) <= kMaxVideoTitleChars && !ends_sentence(text)) {
      video_title.dropped_by = &kFigureCaptionRule;
      changed = true;
    }
  }
  return changed;
}

}  // namespace newsclean
