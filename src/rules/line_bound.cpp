#include "rules/line_bound.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace newsclean {
namespace {

// Lengths beyond this count as unbounded: no real line bound, and no overflow.
constexpr std::size_t kUnbounded = std::size_t{1} << 40;

// A recursive-descent reading of RE2's syntax that yields, for each part,
// the most characters it can match (kUnbounded for "*", "+", "{m,}").
class LengthReader {
 public:
  explicit LengthReader(std::string_view pattern) : p_(pattern) {}

  // The whole pattern; nullopt on syntax this reader does not know.
  std::optional<std::size_t> whole(bool& anchored_both_ends) {
    const std::size_t length = alternation();
    if (failed_ || at_ != p_.size()) return std::nullopt;
    anchored_both_ends = top_branches_ == 1 && starts_with_caret_ && ends_with_dollar_;
    return length;
  }

 private:
  std::size_t alternation() {
    const bool top = depth_ == 0;
    std::size_t longest = sequence(top);
    if (top) ++top_branches_;
    while (!failed_ && at_ < p_.size() && p_[at_] == '|') {
      ++at_;
      longest = std::max(longest, sequence(top));
      if (top) ++top_branches_;
    }
    return longest;
  }

  std::size_t sequence(bool top) {
    std::size_t total = 0;
    bool first = true;
    while (!failed_ && at_ < p_.size() && p_[at_] != '|' && p_[at_] != ')') {
      bool flags_only = false;
      const char opening = p_[at_];
      const bool escaped_before = opening == '\\';
      std::size_t part = atom(flags_only);
      if (flags_only) continue;  // "(?i)": no atom, does not end the leading position
      if (top && first) starts_with_caret_ = opening == '^';
      first = false;
      if (top) ends_with_dollar_ = opening == '$' && !escaped_before;
      part = quantified(part);
      total = std::min(kUnbounded, total + part);
    }
    return total;
  }

  // The repetition after an atom, if any.
  std::size_t quantified(std::size_t part) {
    if (at_ >= p_.size()) return part;
    const char c = p_[at_];
    std::size_t result = part;
    if (c == '?') {
      ++at_;
    } else if (c == '*' || c == '+') {
      ++at_;
      result = part == 0 ? 0 : kUnbounded;
    } else if (c == '{') {
      std::size_t i = at_ + 1, low = 0, high = 0;
      if (!number(i, low)) return part;  // a literal brace
      high = low;
      bool open_ended = false;
      if (i < p_.size() && p_[i] == ',') {
        ++i;
        if (!number(i, high)) open_ended = true;
      }
      if (i >= p_.size() || p_[i] != '}') return part;  // a literal brace
      at_ = i + 1;
      result = open_ended ? (part == 0 ? 0 : kUnbounded) : std::min(kUnbounded, part * high);
    } else {
      return part;
    }
    if (at_ < p_.size() && p_[at_] == '?') ++at_;  // lazy
    return result;
  }

  bool number(std::size_t& i, std::size_t& out) {
    const std::size_t start = i;
    out = 0;
    while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') {
      out = std::min<std::size_t>(out * 10 + static_cast<std::size_t>(p_[i] - '0'), 100000);
      ++i;
    }
    return i > start;
  }

  std::size_t atom(bool& flags_only) {
    const char c = p_[at_];
    switch (c) {
      case '^':
      case '$': ++at_; return 0;
      case '.': ++at_; return 1;
      case '[': return char_class();
      case '\\': return escape();
      case '(': return group(flags_only);
      case '*':
      case '+':
      case '?':
      case '{': failed_ = true; return 0;  // a repetition of nothing
      default: skip_code_point(); return 1;
    }
  }

  std::size_t group(bool& flags_only) {
    ++at_;  // '('
    if (at_ < p_.size() && p_[at_] == '?') {
      ++at_;
      if (at_ < p_.size() && (p_[at_] == 'P' || p_[at_] == '<')) {  // named group
        const std::size_t close = p_.find('>', at_);
        if (close == std::string_view::npos) return fail();
        at_ = close + 1;
      } else {
        while (at_ < p_.size() && (std::isalpha(static_cast<unsigned char>(p_[at_])) || p_[at_] == '-')) ++at_;
        if (at_ >= p_.size()) return fail();
        if (p_[at_] == ')') {  // "(?i)": flags for what follows
          ++at_;
          flags_only = true;
          return 0;
        }
        if (p_[at_] != ':') return fail();
        ++at_;
      }
    }
    ++depth_;
    const std::size_t inner = alternation();
    --depth_;
    if (at_ >= p_.size() || p_[at_] != ')') return fail();
    ++at_;
    return inner;
  }

  std::size_t char_class() {
    ++at_;  // '['
    if (at_ < p_.size() && p_[at_] == '^') ++at_;
    if (at_ < p_.size() && p_[at_] == ']') ++at_;  // a literal ']' first
    while (at_ < p_.size() && p_[at_] != ']') {
      if (p_[at_] == '\\') {
        at_ += 2;
        skip_braces_of_escape();
      } else if (p_[at_] == '[' && at_ + 1 < p_.size() && p_[at_ + 1] == ':') {  // [:alpha:]
        const std::size_t close = p_.find(":]", at_ + 2);
        if (close == std::string_view::npos) return fail();
        at_ = close + 2;
      } else {
        ++at_;
      }
    }
    if (at_ >= p_.size()) return fail();
    ++at_;  // ']'
    return 1;
  }

  std::size_t escape() {
    if (at_ + 1 >= p_.size()) return fail();
    const char kind = p_[at_ + 1];
    at_ += 2;
    if (std::strchr("bBAz", kind) != nullptr) return 0;
    if (kind == 'Q') return fail();  // quoted text: not worth reading
    if (kind == 'p' || kind == 'P' || kind == 'x') {
      if (at_ < p_.size() && p_[at_] == '{') {
        skip_braces_of_escape();
      } else if (kind == 'x') {
        at_ += 2;
      } else {
        ++at_;  // \pL
      }
      return 1;
    }
    if (static_cast<unsigned char>(kind) >= 0x80) {  // an escaped non-ASCII character
      --at_;
      skip_code_point();
    }
    return 1;
  }

  // After "\p", "\x" inside a class: "{...}" if present.
  void skip_braces_of_escape() {
    if (at_ < p_.size() && p_[at_] == '{') {
      const std::size_t close = p_.find('}', at_);
      at_ = close == std::string_view::npos ? p_.size() : close + 1;
    }
  }

  void skip_code_point() {
    ++at_;
    while (at_ < p_.size() && (static_cast<unsigned char>(p_[at_]) & 0xC0) == 0x80) ++at_;
  }

  std::size_t fail() {
    failed_ = true;
    return 0;
  }

  std::string_view p_;
  std::size_t at_ = 0;
  int depth_ = 0;
  std::size_t top_branches_ = 0;
  bool starts_with_caret_ = false;
  bool ends_with_dollar_ = false;
  bool failed_ = false;
};

}  // namespace

std::optional<std::size_t> max_line_chars(std::string_view pattern) {
  LengthReader reader(pattern);
  bool anchored_both_ends = false;
  const std::optional<std::size_t> length = reader.whole(anchored_both_ends);
  if (!length || !anchored_both_ends || *length >= kUnbounded) return std::nullopt;
  return length;
}

}  // namespace newsclean
