#include "text/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <stdexcept>

#include "text/utf8.hpp"

namespace newsclean {
namespace {

// ZWJ and ZWNJ stay: they change spelling in Persian, Indic scripts and emoji.
// Soft hyphens stay too: they are part of the publisher's text.
bool is_dropped_invisible(char32_t cp) {
  return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
}

bool is_fixed_space(char32_t cp) {
  return cp == 0x00A0 || cp == 0x202F || cp == 0x2007;
}

}  // namespace

bool is_nfc_safe(char32_t cp) {
  // The two biggest ranges first: most text is Latin, Hangul or Han.
  if (cp <= 0x02FF || (cp >= 0xABEE && cp <= 0xD7FF) || (cp >= 0x309B && cp <= 0xA66E)) return true;
  struct Range {
    char32_t first, last;
  };
  // The maximal runs of 128 or more code points that ICU's NFC quick check
  // answers Yes with combining class 0 (the unit test checks every one).
  static constexpr Range kSafe[] = {
      {0x0000, 0x02FF},    // ASCII, Latin-1, Latin Extended: precomposed
      {0x0388, 0x0482},    // Greek, Cyrillic
      {0x0488, 0x0590},    // more Cyrillic, Armenian
      {0x1E00, 0x1F70},    // Latin Extended Additional (Vietnamese), Greek Extended
      {0x2002, 0x20CF},    // spaces, dashes, quotes, bullets, currency signs
      {0x212C, 0x2328},    // letterlike symbols, number forms, arrows, maths
      {0x232B, 0x2ADB},    // technical symbols, circled numbers, boxes, shapes
      {0x2ADD, 0x2CEE},    // more symbols
      {0x2E00, 0x3029},    // punctuation, CJK radicals and punctuation
      {0x3030, 0x3098},    // CJK punctuation, hiragana
      {0x309B, 0xA66E},    // katakana, Hangul compatibility jamo, CJK compatibility, Han
      {0xABEE, 0xD7FF},    // Hangul syllables
      {0xE000, 0xF8FF},    // private use
      {0xFE30, 0xFFFD},    // CJK compatibility forms, full- and half-width forms
      {0x1F000, 0x1FAFF},  // emoji and pictographs
  };
  for (const Range& range : kSafe) {
    if (cp < range.first) return false;
    if (cp <= range.last) return true;
  }
  return false;
}

namespace {

bool needs_cleanup(std::string_view raw) {
  for (const char c : raw) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\r') return true;
  }
  return false;
}

// Valid UTF-8, LF line ends, plain spaces, no invisible characters. Text
// that needs none of that is copied in runs, not code point by code point.
// Sets nfc_unsure when a code point outside the NFC-safe ranges appears.
std::string clean_code_points(std::string_view raw, NormalizeResult* result, bool& nfc_unsure) {
  std::string out;
  out.reserve(raw.size());
  std::size_t run = 0;  // start of the bytes not yet copied
  const auto flush = [&](std::size_t end) { out.append(raw.substr(run, end - run)); };
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t start = i;
    const unsigned char byte = static_cast<unsigned char>(raw[i]);
    if (byte < 0x80) {
      ++i;
      if (byte != '\r') continue;
      flush(start);
      out += '\n';
      if (i < raw.size() && raw[i] == '\n') ++i;
      run = i;
      continue;
    }
    const char32_t cp = next_code_point(raw, i);
    if (cp == 0xFFFD && !(i - start == 3 && raw.substr(start, 3) == "\xEF\xBF\xBD")) {
      if (result && result->invalid_bytes++ == 0) result->first_invalid_offset = start;
      flush(start);
      out += "\xEF\xBF\xBD";
      run = i;
    } else if (is_dropped_invisible(cp)) {
      flush(start);
      run = i;
    } else if (is_fixed_space(cp)) {
      flush(start);
      out += ' ';
      run = i;
    } else if (!is_nfc_safe(cp)) {
      nfc_unsure = true;
    }
  }
  flush(raw.size());
  return out;
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data is missing");
  return *instance;
}

std::string to_nfc(std::string text) {
  const icu::Normalizer2& normalizer = nfc();
  UErrorCode status = U_ZERO_ERROR;
  if (normalizer.isNormalizedUTF8(text, status) && U_SUCCESS(status)) return text;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  normalizer.normalizeUTF8(0, text, sink, nullptr, status);
  if (U_FAILURE(status)) return text;
  return out;
}

std::string clean(std::string_view raw, NormalizeResult* result) {
  if (!needs_cleanup(raw)) return std::string(raw);
  bool nfc_unsure = false;
  std::string text = clean_code_points(raw, result, nfc_unsure);
  return nfc_unsure ? to_nfc(std::move(text)) : text;
}

}  // namespace

NormalizeResult normalize_text(std::string_view raw) {
  NormalizeResult result;
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  const std::string text = clean(raw, &result);
  if (result.invalid_bytes > 0) {
    const std::string_view before = raw.substr(0, result.first_invalid_offset);
    const std::size_t line_start = before.rfind('\n');
    result.first_invalid_line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    result.first_invalid_column = line_start == std::string_view::npos ? before.size() + 1 : before.size() - line_start;
  }

  std::string_view rest(text);
  std::size_t number = 0;
  bool previous_blank = true;  // drops leading blank lines too
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    ++number;
    const std::string_view kept = trim_right(line);
    const bool blank = is_blank(kept);
    if (blank && previous_blank) continue;
    previous_blank = blank;
    result.lines.push_back({blank ? std::string() : std::string(kept), number});
  }
  while (!result.lines.empty() && result.lines.back().text.empty()) result.lines.pop_back();
  return result;
}

std::string normalize_fragment(std::string_view raw) {
  return clean(raw, nullptr);
}

}  // namespace newsclean
