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

bool needs_cleanup(std::string_view raw) {
  for (const char c : raw) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\r') return true;
  }
  return false;
}

// Valid UTF-8, LF line ends, plain spaces, no invisible characters.
std::string clean_code_points(std::string_view raw, NormalizeResult* result) {
  std::string out;
  out.reserve(raw.size());
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t start = i;
    const unsigned char byte = static_cast<unsigned char>(raw[i]);
    if (byte < 0x80) {
      ++i;
      if (byte == '\r') {
        out += '\n';
        if (i < raw.size() && raw[i] == '\n') ++i;
      } else {
        out += static_cast<char>(byte);
      }
      continue;
    }
    const char32_t cp = next_code_point(raw, i);
    if (cp == 0xFFFD && !(i - start == 3 && raw.substr(start, 3) == "\xEF\xBF\xBD")) {
      if (result && result->invalid_bytes++ == 0) result->first_invalid_offset = start;
    }
    if (is_dropped_invisible(cp)) continue;
    if (is_fixed_space(cp)) {
      out += ' ';
      continue;
    }
    if (cp == 0xFFFD) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(raw.substr(start, i - start));
    }
  }
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
  return to_nfc(clean_code_points(raw, result));
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
