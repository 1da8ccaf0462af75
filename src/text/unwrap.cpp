#include "text/unwrap.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

// Text browsers wrap at 60 to 200 columns.
constexpr std::size_t kMinWidth = 40;
constexpr std::size_t kMaxWidth = 200;
// A line of more bytes is wider than kMaxWidth (a column takes three bytes at most).
constexpr std::size_t kMaxWrappedBytes = 3 * kMaxWidth;
constexpr std::size_t kOutliersPerHundred = 2;  // tables and headings run past the width
constexpr std::size_t kMaxOutliers = 2;
constexpr std::size_t kMinLines = 10;
// Lines that end near the width in the middle of a sentence, with text
// below them: at least this many, and this share of the lines (not blank).
// Unwrapped pages with short lines only (menus, lists) have three at most;
// wrapped ones, tens.
constexpr std::size_t kMinNearLines = 5;
constexpr std::size_t kMinNearPerHundred = 2;

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
}

// How close to the width a line must end to count as wrapped there.
std::size_t slack(std::size_t width) {
  return std::max<std::size_t>(8, width / 8);
}

std::size_t indent_of(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && text[n] == ' ') ++n;
  return n;
}

// Columns of the first word of a line (its first character when the script
// has no spaces): what did not fit on the line above.
std::size_t first_word_width(std::string_view text) {
  text = trim(text);
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp == ' ') break;
    if (is_unspaced_script(cp)) return width + (is_wide(cp) ? 2 : 1);
    width += is_wide(cp) ? 2 : 1;
  }
  return width;
}

// A list item starts a line of its own, whatever room the line above had.
bool starts_item(std::string_view text) {
  text = trim(text);
  if (text.empty()) return false;
  if (text.size() >= 2 && (text[0] == '*' || text[0] == '-' || text[0] == '+' || text[0] == '#') && text[1] == ' ')
    return true;
  if (text.substr(0, 3) == "\xE2\x80\xA2") return true;  // •
  std::size_t digits = 0;
  while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  return digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
         text[digits + 1] == ' ';
}

// A bracketed line ("[img]", "[打印本页] [关闭窗口]", "【发表评论】") is a
// placeholder or a row of buttons: it never continues a paragraph.
bool is_bracketed(std::string_view text) {
  text = trim(text);
  return enclosed_by(text, "[", "]") || enclosed_by(text, "\xE3\x80\x90", "\xE3\x80\x91");  // 【 】
}

// A rule ("_____", "-----", "* * *") or a line of marks: it separates, it
// never continues a paragraph.
bool has_word(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if ((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp >= 0x80) {
      if (cp < 0x2000 || cp >= 0x3040) return true;  // not general or CJK punctuation
    }
  }
  return false;
}

// Addresses are never broken (a text browser's reference list): they are
// left out of the width.
bool measured(std::string_view text) {
  return !text.empty() && text.find("://") == std::string_view::npos;
}

// The wrap width of lines whose display widths are `widths` (0 for blank
// lines), or 0.
std::size_t width_of(const std::vector<NormalizedLine>& lines, const std::vector<std::size_t>& widths) {
  std::vector<std::size_t> longest;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (measured(lines[i].text)) longest.push_back(widths[i]);
  }
  const std::size_t filled = longest.size();
  if (filled < kMinLines) return 0;
  // The width: the longest lines' length, a few outliers left out.
  const std::size_t outliers = std::min(kMaxOutliers, filled * kOutliersPerHundred / 100);
  std::nth_element(longest.begin(), longest.begin() + static_cast<std::ptrdiff_t>(outliers), longest.end(),
                   std::greater<>());
  const std::size_t width = longest[outliers];
  if (width < kMinWidth || width > kMaxWidth) return 0;
  std::size_t near = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].text.empty() || lines[i + 1].text.empty()) continue;
    near += widths[i] <= width && widths[i] + slack(width) >= width && !ends_sentence(lines[i].text);
  }
  return near >= kMinNearLines && near * 100 >= filled * kMinNearPerHundred ? width : 0;
}

// The display widths of the lines (0 for blank ones); empty when more lines
// are wider than any wrap than the outliers the width leaves out. A column
// takes a byte at least and three at most, so most lines are told by their
// size, and most dumps are out after their first few paragraphs.
std::vector<std::size_t> widths_if_wrappable(const std::vector<NormalizedLine>& lines) {
  std::size_t wide = 0;
  for (const NormalizedLine& line : lines) {
    if (line.text.size() <= kMaxWidth) continue;
    if ((line.text.size() > kMaxWrappedBytes || display_width(line.text) > kMaxWidth) && measured(line.text) &&
        ++wide > kMaxOutliers) {
      return {};
    }
  }
  const std::size_t filled = static_cast<std::size_t>(
      std::count_if(lines.begin(), lines.end(), [](const NormalizedLine& line) { return measured(line.text); }));
  if (filled < kMinLines || wide > std::min(kMaxOutliers, filled * kOutliersPerHundred / 100)) return {};
  std::vector<std::size_t> widths(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) widths[i] = display_width(lines[i].text);
  return widths;
}

// True when the wrapper broke lines anywhere, not at spaces (w3m with
// Korean): most lines with text below them are full, where a wrapper that
// breaks at spaces leaves each line short by part of a word.
bool breaks_anywhere(const std::vector<NormalizedLine>& lines, const std::vector<std::size_t>& widths,
                     std::size_t width) {
  std::size_t full = 0, short_of_it = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].text.empty() || lines[i + 1].text.empty() || widths[i] > width) continue;
    if (widths[i] + 1 >= width) {
      ++full;
    } else if (widths[i] + slack(width) >= width) {
      ++short_of_it;
    }
  }
  return full > 2 * short_of_it;
}

bool is_hangul(char32_t cp) {
  return cp >= 0xAC00 && cp <= 0xD7A3;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  // ASCII eight bytes at a time: a column each.
  std::size_t i = 0;
  for (std::uint64_t word; i + 8 <= text.size(); i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  std::size_t width = i;
  while (i < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++width;
      ++i;
      continue;
    }
    width += is_wide(next_code_point(text, i)) ? 2 : 1;
  }
  return width;
}

std::size_t wrap_width(const std::vector<NormalizedLine>& lines) {
  const std::vector<std::size_t> widths = widths_if_wrappable(lines);
  return widths.empty() ? 0 : width_of(lines, widths);
}

Unwrapped unwrap_lines(std::vector<NormalizedLine>& lines) {
  const std::vector<std::size_t> widths = widths_if_wrappable(lines);
  const std::size_t width = widths.empty() ? 0 : width_of(lines, widths);
  if (width == 0) return {};
  const bool anywhere = breaks_anywhere(lines, widths, width);
  std::size_t joined = 0, out = 0;  // lines joined into others; lines kept
  // The raw line last appended to lines[out - 1]: the wrapper moved the
  // next word down only when it did not fit on that one.
  std::size_t last_width = 0, last_indent = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view next = lines[i].text;
    const std::size_t next_indent = indent_of(next);
    const bool continues =
        out > 0 && !next.empty() && !lines[out - 1].text.empty() && has_word(next) && has_word(lines[out - 1].text) &&
        last_width + 1 + first_word_width(next) + slack(width) / 2 > width && next_indent >= last_indent &&
        next_indent <= last_indent + 4 && !starts_item(next) && !is_bracketed(next);
    if (continues) {
      NormalizedLine& paragraph = lines[out - 1];
      if (paragraph.wrapped.empty()) paragraph.wrapped = paragraph.text;
      paragraph.wrapped += '\n';
      paragraph.wrapped += next;
      std::string& above = paragraph.text;
      const std::string_view rest = trim(next);
      std::size_t at = 0;
      const char32_t after = next_code_point(rest, at);
      const char32_t before = code_point_before(above, above.size());
      // No space where the script has none, nor inside a Korean word that a
      // wrapper breaking anywhere split at a full line ("받" / "는다").
      const bool unspaced = is_unspaced_script(before) && is_unspaced_script(after);
      const bool split_word = anywhere && last_width + 1 >= width && is_hangul(before) && is_hangul(after);
      if (!unspaced && !split_word) above += ' ';
      above.append(rest);
      ++joined;
    } else {
      if (out != i) lines[out] = std::move(lines[i]);
      ++out;
    }
    last_width = widths[i];
    last_indent = next_indent;
  }
  lines.resize(out);
  return joined > 0 ? Unwrapped{width, joined} : Unwrapped{};
}

std::string rewrapped(std::string_view text, std::string_view wrapped) {
  std::string out;
  std::size_t t = 0;  // how much of text the lines so far account for
  const auto skip_spaces = [&] {
    while (t < text.size() && text[t] == ' ') ++t;
  };
  for (std::size_t start = 0; start <= wrapped.size();) {
    std::size_t end = wrapped.find('\n', start);
    if (end == std::string_view::npos) end = wrapped.size();
    const std::string_view line = wrapped.substr(start, end - start);
    start = end + 1;
    const std::size_t indent = indent_of(line);
    std::string kept;
    skip_spaces();
    // Rules only cut: each character of the line is the next one of the
    // text, or was cut (a space may also have been tidied away).
    for (std::size_t i = indent; i < line.size();) {
      const std::size_t from = i;
      next_code_point(line, i);
      const std::string_view ch = line.substr(from, i - from);
      if (text.compare(t, ch.size(), ch) == 0) {
        kept.append(ch);
        t += ch.size();
      }
    }
    while (!kept.empty() && kept.back() == ' ') kept.pop_back();
    if (trim(kept).empty()) continue;
    if (!out.empty()) out += '\n';
    out.append(line.substr(0, indent));
    out.append(trim(kept));
  }
  skip_spaces();
  return t == text.size() ? out : std::string();
}

}  // namespace newsclean
