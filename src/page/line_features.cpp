#include "page/line_features.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

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
// A sentence this long is prose. Korean, Japanese and Chinese say in 10
// characters what takes 30 in Latin script ("노선은 모두 3개다." is a
// sentence of a story of short paragraphs).
constexpr std::size_t kMinSentenceChars = 30;
constexpr std::size_t kMinCjkSentenceChars = 10;

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

// What an ASCII byte adds to the walk's counts, 16 bits a count so that one
// add per byte counts them all: visible, digit, punctuation (separators
// included), separator. kWordCounts does the same for what depends on the
// byte before: word starts, letters, words starting with a letter or a
// capital.
constexpr std::uint64_t kUnit0 = 1, kUnit1 = 1ull << 16, kUnit2 = 1ull << 32, kUnit3 = 1ull << 48;
enum : std::uint8_t { kInWord = 1, kLetter = 2, kCapital = 4 };  // an ASCII byte and words
struct AsciiTables {
  std::array<std::uint64_t, 128> counts{};
  std::array<std::uint8_t, 128> word{};
  std::array<std::uint64_t, 16> word_counts{};  // index: word bits | in a word before << 3
};
const AsciiTables kAscii = [] {
  AsciiTables t;
  for (std::size_t c = 0; c < 128; ++c) {
    const std::uint8_t kind = kAsciiKinds[c];
    if (kind == kSpaceChar) continue;
    t.counts[c] = kUnit0 + (kind == kDigitChar ? kUnit1 : 0) +
                  (kind == kPunctChar || kind == kSeparatorChar ? kUnit2 : 0) + (kind == kSeparatorChar ? kUnit3 : 0);
    t.word[c] =
        kInWord | (kind == kUpperChar || kind == kLowerChar ? kLetter : 0) | (kind == kUpperChar ? kCapital : 0);
  }
  for (std::size_t index = 0; index < 16; ++index) {
    const bool inside = index & kInWord, letter = index & kLetter, capital = index & kCapital, before = index & 8;
    const bool start = inside && !before;
    t.word_counts[index] =
        (start ? kUnit0 : 0) + (letter ? kUnit1 : 0) + (start && letter ? kUnit2 : 0) + (start && capital ? kUnit3 : 0);
  }
  return t;
}();
// A run of ASCII bytes is counted in pieces this long, so no 16-bit count
// overflows.
constexpr std::size_t kMaxPackedRun = 0xFFFF;

// text is trimmed and not empty. One walk over the code points answers
// everything but the few checks that need the whole line. ASCII bytes, most
// of most lines, go by table with no branch on their kind, and the fold key
// is written out and hashed once at the end (hashing as the walk went was a
// chain of multiplies, one a character).
Shape shape_of(std::string_view text) {
  Shape s;
  // Counts live in locals until the walk ends: the fold key is written a
  // byte at a time, and a char store may alias any count kept in memory.
  bool in_word = false, clause_mark = false, wide = false, copyright_sign = false;
  std::size_t chars = 0, visible = 0, digits = 0, punct = 0, separators = 0;
  std::size_t words = 0, latin_words = 0, capitalised_words = 0, cjk_letters = 0, latin_letters = 0;
  std::uint64_t packed = 0, word_packed = 0;  // kAscii's counts summed since the last flush
  std::size_t packed_run = 0;
  const auto flush = [&] {
    visible += packed & 0xFFFF;
    digits += (packed >> 16) & 0xFFFF;
    punct += (packed >> 32) & 0xFFFF;
    separators += packed >> 48;
    words += word_packed & 0xFFFF;
    latin_letters += (word_packed >> 16) & 0xFFFF;
    latin_words += (word_packed >> 32) & 0xFFFF;
    capitalised_words += word_packed >> 48;
    packed = word_packed = 0;
    packed_run = 0;
  };
  thread_local std::string key;
  // Folding grows a character by half at most (fold.cpp); the buffer only
  // grows (a resize down and up again would fill it anew for every line).
  if (key.size() < text.size() * 2 + 4) key.resize(text.size() * 2 + 4);
  char* const key_begin = key.data();
  char* out = key_begin;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    ++chars;
    if (byte < 0x80) {
      ++i;
      packed += kAscii.counts[byte];
      const std::uint8_t word = kAscii.word[byte];
      word_packed += kAscii.word_counts[word | (in_word ? 8 : 0)];
      in_word = word & kInWord;
      const char folded = kAsciiFold[byte];
      *out = folded;
      out += folded != 0;
      if (++packed_run == kMaxPackedRun) flush();
      continue;
    }
    const char32_t cp = next_valid_code_point(text, i);
    wide = true;
    if (is_space(cp)) {
      in_word = false;
      continue;
    }
    ++visible;
    if (const char32_t folded = folded_code_point(cp); folded != 0) out = write_utf8(out, folded);
    const bool word_start = !in_word;
    in_word = true;
    words += word_start;
    count_letter(cp, cjk_letters, latin_letters);
    if (is_punctuation(cp)) {
      ++punct;
      separators += cp == 0xB7 || cp == 0xBB || cp == 0x2022;
      clause_mark = clause_mark || cp == 0xFF0C || cp == 0x3002 || cp == 0x3001 || cp == 0xFF1B;
      copyright_sign = copyright_sign || cp == 0xA9 || cp == 0x24D2;  // © ⓒ
    } else if (word_start && cp < 0x250) {
      const bool upper = cp >= 0xC0 && cp <= 0xDE;
      const bool lower = cp >= 0xDF && cp <= 0xFF;
      latin_words += upper || lower;
      capitalised_words += upper;
    }
  }
  flush();
  s.chars = chars;
  s.visible = visible;
  s.digits = digits;
  s.punct = punct;
  s.separators = separators;
  s.words = words;
  s.latin_words = latin_words;
  s.capitalised_words = capitalised_words;
  s.copyright = copyright_sign;
  const auto key_size = static_cast<std::size_t>(out - key_begin);
  s.fold_hash = key_size == 0 ? 0 : std::hash<std::string_view>{}(std::string_view(key_begin, key_size)) | 1;
  s.cjk = cjk_letters > latin_letters;
  s.sentence_end = ends_sentence(text);
  // is_prose(), from what the walk found; the few sequences it looks for
  // are searched in the line (faster than tracking them per character).
  s.prose = (s.chars >= (s.cjk ? kMinCjkSentenceChars : kMinSentenceChars) && s.sentence_end) ||
            (s.chars >= 20 && !contains(text, " | ") &&
             ((s.chars >= 120 && (contains(text, ". ") || contains(text, ", "))) || clause_mark));
  s.list_mark = is_list_item(text);
  s.email = text.find('@') != std::string_view::npos && has_email(text);
  s.copyright = s.copyright || contains(text, "opyright") ||
                (wide && (contains(text, "\xEB\xAC\xB4\xEB\x8B\xA8") ||
                          contains(text, "\xE7\x89\x88\xE6\x9D\x83")));  // 무단, 版权
  s.ends_colon = ends_with_colon(text);
  s.ellipsis = ends_with_ellipsis(text);
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
  if (chars >= kMinCjkSentenceChars && ends_sentence(line)) {
    if (chars >= kMinSentenceChars) return true;
    const ScriptCounts scripts = count_scripts(line);  // only short sentences need the script
    if (scripts.hangul + scripts.kana + scripts.han > scripts.latin) return true;
  }
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
