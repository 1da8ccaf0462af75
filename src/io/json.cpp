#include "io/json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "text/utf8.hpp"
#include "text/word_bits.hpp"

namespace newsclean {
namespace {

// Nesting deeper than this is rejected rather than risking the stack.
constexpr int kMaxDepth = 256;

// True when any of the eight bytes in word is a control character, '"' or
// '\\': a string's plain stretches are passed over eight bytes at a time.
bool needs_escape(std::uint64_t word) {
  return (any_byte_below(word, 0x20) | any_byte_equal(word, '"') | any_byte_equal(word, '\\')) != 0;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::string error;

  bool fail(std::string what) {
    if (error.empty()) error = fmt::format("{} at byte {}", what, pos_ + 1);
    return false;
  }

  void skip_space() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  std::size_t pos() const { return pos_; }
  std::string_view slice(std::size_t from) const { return text_.substr(from, pos_ - from); }

  bool expect(char c) {
    skip_space();
    if (peek() != c) return fail(fmt::format("expected '{}'", c));
    ++pos_;
    return true;
  }

  bool string() {
    if (peek() != '"') return fail("expected a string");
    ++pos_;
    while (pos_ < text_.size()) {
      while (pos_ + 8 <= text_.size() && !needs_escape(load_word(text_.data() + pos_))) pos_ += 8;
      if (pos_ >= text_.size()) break;
      const char c = text_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      if (c == '\\') {
        if (pos_ >= text_.size()) break;
        const char e = text_[pos_++];
        if (e == 'u') {
          for (int k = 0; k < 4; ++k, ++pos_) {
            if (pos_ >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[pos_]))) {
              return fail("bad \\u escape");
            }
          }
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          return fail("bad escape");
        }
      }
    }
    return fail("unterminated string");
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return fail("unexpected character");
    pos_ += word.size();
    return true;
  }

  bool number() {
    const std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    while (!at_end() && (std::isdigit(static_cast<unsigned char>(peek())) || peek() == '.' || peek() == 'e' ||
                         peek() == 'E' || peek() == '+' || peek() == '-')) {
      ++pos_;
    }
    if (pos_ == start || !std::isdigit(static_cast<unsigned char>(text_[pos_ - 1]))) return fail("bad number");
    return true;
  }

  bool value(int depth) {
    skip_space();
    if (depth > kMaxDepth) return fail("nesting too deep");
    switch (peek()) {
      case '"': return string();
      case '{': return container('}', depth, true);
      case '[': return container(']', depth, false);
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      default: return number();
    }
  }

  bool container(char close, int depth, bool object) {
    ++pos_;
    skip_space();
    if (peek() == close) {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_space();
      if (object) {
        if (!string() || !expect(':')) return false;
      }
      if (!value(depth + 1)) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == close) {
        ++pos_;
        return true;
      }
      return fail(fmt::format("expected ',' or '{}'", close));
    }
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

void append_hex4(unsigned value, std::string& out) {
  static const char kHex[] = "0123456789abcdef";
  out += "\\u00";
  out += kHex[(value >> 4) & 0xF];
  out += kHex[value & 0xF];
}

unsigned parse_hex4(std::string_view digits) {
  unsigned value = 0;
  for (const char c : digits) {
    value <<= 4;
    if (c >= '0' && c <= '9')
      value |= static_cast<unsigned>(c - '0');
    else
      value |= static_cast<unsigned>((c | 0x20) - 'a' + 10);
  }
  return value;
}

}  // namespace

std::string parse_json_object(std::string_view text, std::vector<JsonMember>& members) {
  members.clear();
  Scanner scanner(text);
  scanner.skip_space();
  if (scanner.peek() != '{') return scanner.fail("not a JSON object"), scanner.error;
  if (!scanner.expect('{')) return scanner.error;
  scanner.skip_space();
  if (scanner.peek() == '}') {
    scanner.expect('}');
  } else {
    for (;;) {
      scanner.skip_space();
      const std::size_t key_start = scanner.pos();
      if (!scanner.string()) return scanner.error;
      JsonMember member;
      decode_json_string(scanner.slice(key_start), member.key);
      if (!scanner.expect(':')) return scanner.error;
      scanner.skip_space();
      const std::size_t value_start = scanner.pos();
      if (!scanner.value(1)) return scanner.error;
      member.raw_value = scanner.slice(value_start);
      members.push_back(std::move(member));
      scanner.skip_space();
      if (scanner.peek() == ',') {
        scanner.expect(',');
        continue;
      }
      if (!scanner.expect('}')) return scanner.error;
      break;
    }
  }
  scanner.skip_space();
  if (!scanner.at_end()) return scanner.fail("trailing characters after the object"), scanner.error;
  return {};
}

bool decode_json_string(std::string_view raw, std::string& out) {
  out.clear();
  if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"') return false;
  raw = raw.substr(1, raw.size() - 2);
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    // The text up to the next escape, in one copy.
    const std::size_t escape = std::min(raw.find('\\', i), raw.size());
    out.append(raw.data() + i, escape - i);
    i = escape;
    if (i == raw.size()) break;
    if (++i >= raw.size()) return false;
    switch (raw[i]) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        if (i + 4 >= raw.size()) return false;
        char32_t cp = parse_hex4(raw.substr(i + 1, 4));
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < raw.size() && raw.substr(i + 1, 2) == "\\u") {
          const char32_t low = parse_hex4(raw.substr(i + 3, 4));
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // a lone surrogate
        append_utf8(out, cp);
        break;
      }
      default: out += raw[i]; break;  // \" \\ \/
    }
  }
  return true;
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  // Copy runs of bytes that need no escape in one go; clean stretches are
  // skipped eight bytes at a time.
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size()) {
      if (needs_escape(load_word(text.data() + i))) break;
      i += 8;
    }
    if (i >= text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default: append_hex4(c, out);
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

}  // namespace newsclean
