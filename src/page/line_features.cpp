#include "page/line_features.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "text/fold.hpp"
#include "text/lang.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {

const std::array<std::string_view, kFeatureCount> kFeatureNames = {
    "log_chars",
    "log_words",
    "sentence_end",
    "prose",
    "digit_share",
    "punct_share",
    "title_case_share",
    "list_mark",
    "email",
    "separators",
    "copyright_sign",
    "repeated",
    "blank_before",
    "blank_after",
    "relative_position",
    "log_page_lines",
    "cjk_line",
    "ends_colon",
    "digits_only",
    "ellipsis",
    "prev_log_chars",
    "prev_sentence_end",
    "prev_prose",
    "next_log_chars",
    "next_sentence_end",
    "next_prose",
    "prose_near3",
    "prose_near10",
    "prose_chars_near10",
    "in_story_run",
    "run_distance",
    "run_share",
    "label_run",
};

namespace {

// Lines of non-prose allowed inside the story's run (subheads, captions, a quote).
constexpr std::size_t kMaxRunGap = 4;

bool is_punctuation(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60) ||
           (cp >= 0x7B && cp <= 0x7E);
  return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
}

// ASCII characters by kind, for the walk's fast path.
// '|' and '>' are punctuation that also separate menu items.
enum : std::uint8_t { kOtherChar, kSpaceChar, kDigitChar, kPunctChar, kSeparatorChar, kUpperChar, kLowerChar };
const std::array<std::uint8_t, 128> kAsciiKinds = [] {
  std::array<std::uint8_t, 128> kinds{};
  for (char32_t c = 0; c < 128; ++c) {
    kinds[c] = is_space(c)            ? kSpaceChar
               : c >= '0' && c <= '9' ? kDigitChar
               : c == '|' || c == '>' ? kSeparatorChar
               : is_punctuation(c)    ? kPunctChar
               : c >= 'A' && c <= 'Z' ? kUpperChar
               : c >= 'a' && c <= 'z' ? kLowerChar
                                      : kOtherChar;
  }
  return kinds;
}();

// What one line looks like on its own, from one walk over its characters.
struct Shape {
  std::size_t chars = 0;
  std::size_t visible = 0;  // characters that are not white space
  std::size_t words = 0;
  std::size_t digits = 0;
  std::size_t punct = 0;
  std::size_t latin_words = 0;
  std::size_t capitalised_words = 0;
  std::size_t separators = 0;  // | · » > • between items of a menu or a breadcrumb
  bool sentence_end = false;
  bool prose = false;
  bool list_mark = false;
  bool email = false;
  bool copyright = false;
  bool cjk = false;
  bool ends_colon = false;
  bool ellipsis = false;
  std::uint64_t fold_hash = 0;  // the line's fold key hashed (0: no key), for "the same line elsewhere"
};

bool contains(std::string_view text, std::string_view what) {
  return text.find(what) != std::string_view::npos;
}

// The scripts' letters as count_scripts counts them (text/lang), from the
// code points this walk decodes anyway.
void count_letter(char32_t cp, std::size_t& cjk, std::size_t& latin) {
  if (cp < 0x80) {
    latin += (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  } else if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ||
             (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F) ||
             (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)) {
    ++cjk;
  } else if (cp >= 0xC0 && cp <= 0x24F) {
    ++latin;
  }
}

bool has_clause_mark(std::string_view text) {
  for (const std::string_view mark : {"\xEF\xBC\x8C", "\xE3\x80\x82", "\xE3\x80\x81", "\xEF\xBC\x9B"}) {
    if (contains(text, mark)) return true;
  }
  return false;
}

// text is trimmed and not empty. One walk over the code points answers
// everything but the few checks that need the whole line.
Shape shape_of(std::string_view text) {
  Shape s;
  bool in_word = false;
  std::size_t cjk_letters = 0, latin_letters = 0;
  bool clause_mark = false, wide = false;
  FoldKeyHash fold;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_valid_code_point(text, i);
    ++s.chars;
    if (cp < 0x80) {  // the common case, by table
      const std::uint8_t kind = kAsciiKinds[cp];
      if (kind == kSpaceChar) {
        in_word = false;
        continue;
      }
      ++s.visible;
      fold.add(cp);
      const bool word_start = !in_word;
      in_word = true;
      s.words += word_start;
      s.digits += kind == kDigitChar;
      s.punct += kind == kPunctChar || kind == kSeparatorChar;
      s.separators += kind == kSeparatorChar;
      const bool letter = kind == kUpperChar || kind == kLowerChar;
      latin_letters += letter;
      s.latin_words += word_start && letter;
      s.capitalised_words += word_start && kind == kUpperChar;
      continue;
    }
    wide = true;
    if (is_space(cp)) {
      in_word = false;
      continue;
    }
    ++s.visible;
    fold.add(cp);
    const bool word_start = !in_word;
    in_word = true;
    s.words += word_start;
    count_letter(cp, cjk_letters, latin_letters);
    if (cp >= '0' && cp <= '9') {
      ++s.digits;
    } else if (is_punctuation(cp)) {
      ++s.punct;
      s.separators += cp == '|' || cp == 0xB7 || cp == 0xBB || cp == '>' || cp == 0x2022;
      clause_mark = clause_mark || cp == 0xFF0C || cp == 0x3002 || cp == 0x3001 || cp == 0xFF1B;
      s.copyright = s.copyright || cp == 0xA9 || cp == 0x24D2;  // © ⓒ
    } else if (word_start && cp < 0x250) {
      const bool upper = (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE);
      const bool lower = (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF);
      s.latin_words += upper || lower;
      s.capitalised_words += upper;
    }
  }
  s.cjk = cjk_letters > latin_letters;
  s.sentence_end = ends_sentence(text);
  // is_prose(), from what the walk found; the few sequences it looks for
  // are searched in the line (faster than tracking them per character).
  s.prose = (s.chars >= 30 && s.sentence_end) ||
            (s.chars >= 20 && !contains(text, " | ") &&
             ((s.chars >= 120 && (contains(text, ". ") || contains(text, ", "))) || clause_mark));
  s.list_mark = is_list_item(text);
  s.email = text.find('@') != std::string_view::npos && has_email(text);
  s.copyright = s.copyright || contains(text, "opyright") ||
                (wide && (contains(text, "\xEB\xAC\xB4\xEB\x8B\xA8") ||
                          contains(text, "\xE7\x89\x88\xE6\x9D\x83")));  // 무단, 版权
  s.ends_colon = ends_with_colon(text);
  s.ellipsis = ends_with_ellipsis(text);
  s.fold_hash = fold.value();
  return s;
}

// log1p(n), from a table for the small counts that most lines have.
float log_count(std::size_t n) {
  static const std::array<float, 512> table = [] {
    std::array<float, 512> t{};
    for (std::size_t k = 0; k < t.size(); ++k) t[k] = std::log1p(static_cast<float>(k));
    return t;
  }();
  return n < table.size() ? table[n] : std::log1p(static_cast<float>(n));
}

float share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0f : static_cast<float>(part) / static_cast<float>(whole);
}

}  // namespace

bool ends_with_colon(std::string_view line) {
  return !line.empty() && (line.back() == ':' || (line.size() >= 3 && line.substr(line.size() - 3) == "\xEF\xBC\x9A"));
}

bool is_prose(std::string_view line) {
  line = trim(line);
  const std::size_t chars = char_count(line);
  if (chars >= 30 && ends_sentence(line)) return true;
  if (chars < 20 || contains(line, " | ")) return false;
  if (chars >= 120 && (contains(line, ". ") || contains(line, ", "))) return true;
  return has_clause_mark(line);
}

ProseRun densest_prose_run(const std::vector<bool>& prose, const std::vector<std::size_t>& chars, std::size_t max_gap) {
  ProseRun best, current;
  bool open = false;
  std::size_t gap = 0;
  for (std::size_t k = 0; k < prose.size(); ++k) {
    if (!prose[k]) {
      if (open && ++gap > max_gap) open = false;
      continue;
    }
    if (!open) {
      current = {k, k, 0};
      open = true;
    }
    gap = 0;
    current.last = k;
    current.chars += chars[k];
    if (current.chars > best.chars) best = current;
  }
  return best;
}

void page_features(const std::vector<Line>& lines, std::vector<float>& out) {
  out.assign(lines.size() * kFeatureCount, 0.0f);
  std::vector<std::size_t> at;  // line index of each non-blank line
  std::vector<Shape> shapes;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view text = trim(lines[i].text);
    if (text.empty()) continue;
    at.push_back(i);
    shapes.push_back(shape_of(text));
  }
  const std::size_t n = at.size();
  if (n == 0) return;

  // The same line elsewhere in the page: equal fold-key hashes (0: no key).
  std::vector<std::uint64_t> hashes(n, 0);
  for (std::size_t k = 0; k < n; ++k) hashes[k] = shapes[k].fold_hash;
  std::vector<std::uint64_t> sorted = hashes;
  std::sort(sorted.begin(), sorted.end());
  const auto repeated = [&](std::uint64_t hash) {
    const auto range = std::equal_range(sorted.begin(), sorted.end(), hash);
    return hash != 0 && range.second - range.first > 1;
  };
  std::vector<bool> prose(n);
  std::vector<std::size_t> chars(n), prose_chars_prefix(n + 1, 0), chars_prefix(n + 1, 0), prose_prefix(n + 1, 0);
  for (std::size_t k = 0; k < n; ++k) {
    prose[k] = shapes[k].prose;
    chars[k] = shapes[k].chars;
    prose_prefix[k + 1] = prose_prefix[k] + prose[k];
    chars_prefix[k + 1] = chars_prefix[k] + chars[k];
    prose_chars_prefix[k + 1] = prose_chars_prefix[k] + (prose[k] ? chars[k] : 0);
  }
  const ProseRun run = densest_prose_run(prose, chars, kMaxRunGap);
  // Neighbours within `reach` on both sides, the line itself left out.
  const auto near = [&](const std::vector<std::size_t>& prefix, std::size_t k, std::size_t reach) {
    const std::size_t from = k >= reach ? k - reach : 0;
    const std::size_t to = std::min(n, k + reach + 1);
    return prefix[to] - prefix[from] - (prefix[k + 1] - prefix[k]);
  };
  const auto neighbours = [&](std::size_t k, std::size_t reach) {
    return std::min(n, k + reach + 1) - (k >= reach ? k - reach : 0) - 1;
  };
  // Runs of consecutive non-prose lines: menus, lists, widgets.
  std::vector<std::size_t> label_run(n, 0);
  for (std::size_t k = 0; k < n;) {
    if (prose[k]) {
      ++k;
      continue;
    }
    std::size_t end = k;
    while (end < n && !prose[end]) ++end;
    for (std::size_t j = k; j < end; ++j) label_run[j] = end - k;
    k = end;
  }

  for (std::size_t k = 0; k < n; ++k) {
    const Shape& s = shapes[k];
    const std::size_t i = at[k];
    float* r = out.data() + i * kFeatureCount;
    r[kLogChars] = log_count(s.chars);
    r[kLogWords] = log_count(s.words);
    r[kSentenceEnd] = s.sentence_end;
    r[kProse] = s.prose;
    r[kDigitShare] = share(s.digits, s.chars);
    r[kPunctShare] = share(s.punct, s.chars);
    r[kTitleCaseShare] = share(s.capitalised_words, s.latin_words);
    r[kListMark] = s.list_mark;
    r[kEmail] = s.email;
    r[kSeparators] = static_cast<float>(std::min<std::size_t>(s.separators, 20));
    r[kCopyrightSign] = s.copyright;
    r[kRepeated] = repeated(hashes[k]);
    r[kBlankBefore] = i > 0 && lines[i - 1].blank();
    r[kBlankAfter] = i + 1 < lines.size() && lines[i + 1].blank();
    r[kRelativePosition] = n > 1 ? static_cast<float>(k) / static_cast<float>(n - 1) : 0.0f;
    r[kLogPageLines] = log_count(n);
    r[kCjkLine] = s.cjk;
    r[kEndsColon] = s.ends_colon;
    r[kDigitsOnly] = s.digits > 0 && s.digits + s.punct == s.visible;
    r[kEllipsis] = s.ellipsis;
    if (k > 0) {
      r[kPrevLogChars] = log_count(shapes[k - 1].chars);
      r[kPrevSentenceEnd] = shapes[k - 1].sentence_end;
      r[kPrevProse] = shapes[k - 1].prose;
    }
    if (k + 1 < n) {
      r[kNextLogChars] = log_count(shapes[k + 1].chars);
      r[kNextSentenceEnd] = shapes[k + 1].sentence_end;
      r[kNextProse] = shapes[k + 1].prose;
    }
    r[kProseNear3] = share(near(prose_prefix, k, 3), neighbours(k, 3));
    r[kProseNear10] = share(near(prose_prefix, k, 10), neighbours(k, 10));
    r[kProseCharsNear10] = share(near(prose_chars_prefix, k, 10), near(chars_prefix, k, 10));
    const bool in_run = run.chars > 0 && k >= run.first && k <= run.last;
    r[kInStoryRun] = in_run;
    if (run.chars > 0 && !in_run) {
      r[kRunDistance] = k < run.first ? -static_cast<float>(run.first - k) : static_cast<float>(k - run.last);
    }
    r[kRunShare] = share(run.chars, chars_prefix[n]);
    r[kLabelRun] = log_count(label_run[k]);
  }
}

std::vector<FeatureRow> page_features(const std::vector<Line>& lines) {
  std::vector<float> flat;
  page_features(lines, flat);
  std::vector<FeatureRow> rows(lines.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    std::copy_n(flat.begin() + static_cast<std::ptrdiff_t>(i * kFeatureCount), kFeatureCount, rows[i].begin());
  return rows;
}

}  // namespace newsclean
