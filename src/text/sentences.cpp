#include "text/sentences.hpp"

#include <unicode/uchar.h>

#include "text/utf8.hpp"

namespace newsclean {
namespace {

enum class Kind { kOther, kFullStop, kTerminator, kCloser, kSpace };

Kind kind_of(char32_t cp) {
  if (cp < 0x80) {
    switch (cp) {
      case '.': return Kind::kFullStop;
      case '!':
      case '?': return Kind::kTerminator;
      case '"':
      case '\'':
      case ')':
      case ']':
      case '}': return Kind::kCloser;
      case ' ':
      case '\t': return Kind::kSpace;
      default: return Kind::kOther;
    }
  }
  // Letters of the big scripts, without asking ICU: Hangul, Han, kana.
  if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3041 && cp <= 0x30FA)) {
    return Kind::kOther;
  }
  switch (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: return Kind::kFullStop;
    case U_SB_STERM:
    case U_SB_SEP: return Kind::kTerminator;
    case U_SB_CLOSE: return Kind::kCloser;
    case U_SB_SP: return Kind::kSpace;
    default: return Kind::kOther;
  }
}

// True when the character before text[at] is a Hangul, Han or kana letter.
bool follows_east_asian_letter(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0 && at - start < 4) {
    --start;
    if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) break;
  }
  if (start == at) return false;
  const char32_t cp = next_valid_code_point(text, start);
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3041 && cp <= 0x30FA);
}

}  // namespace

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> sentences;
  split_sentences(text, sentences);
  return sentences;
}

void split_sentences(std::string_view text, std::vector<std::string_view>& sentences) {
  auto add = [&](std::size_t start, std::size_t end) {
    const std::string_view sentence = trim(text.substr(start, end - start));
    if (!sentence.empty()) sentences.push_back(sentence);
  };
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    // Most bytes are ASCII that cannot end a sentence: skip them unread.
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && byte != '.' && byte != '!' && byte != '?') {
      ++i;
      continue;
    }
    const std::size_t at = i;
    const Kind kind = kind_of(next_valid_code_point(text, i));
    if (kind != Kind::kFullStop && kind != Kind::kTerminator) continue;
    // The run: more terminators and closers, then spaces.
    bool full_stops_only = kind == Kind::kFullStop;
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t next = end;
      const Kind more = kind_of(next_valid_code_point(text, next));
      if (more == Kind::kTerminator || more == Kind::kFullStop) {
        full_stops_only = full_stops_only && more == Kind::kFullStop;
      } else if (more != Kind::kCloser) {
        break;
      }
      end = next;
    }
    const std::size_t closed = end;
    while (end < text.size()) {
      std::size_t next = end;
      if (kind_of(next_valid_code_point(text, next)) != Kind::kSpace) break;
      end = next;
    }
    if (full_stops_only && end < text.size()) {
      std::size_t next = end;
      const auto following = static_cast<UChar32>(next_valid_code_point(text, next));
      // "Oct. 5" goes on; "달했다. 2차전지" does not: no abbreviation ends in
      // a Hangul, Han or kana letter.
      const bool continues =
          end == closed ? u_isalnum(following)
                        : (u_islower(following) || (u_isdigit(following) && !follows_east_asian_letter(text, at)));
      if (continues) {
        i = end;
        continue;
      }
    }
    add(start, end);
    start = i = end;
  }
  add(start, text.size());
}

}  // namespace newsclean
