#include "rules/relax.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

namespace newsclean {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Reads "{m}", "{m,}" or "{m,n}" at pattern[at]; returns its length, or 0.
std::size_t read_quantifier(std::string_view pattern, std::size_t at, int& low, int& high) {
  std::size_t i = at + 1;
  auto number = [&](int& out) {
    const std::size_t start = i;
    long value = 0;
    while (i < pattern.size() && is_digit(pattern[i])) {
      value = std::min(value * 10 + (pattern[i] - '0'), 100000L);
      ++i;
    }
    out = static_cast<int>(value);
    return i > start;
  };
  if (!number(low)) return 0;
  high = low;
  if (i < pattern.size() && pattern[i] == ',') {
    ++i;
    if (!number(high)) high = -1;  // "{m,}": unbounded
  }
  if (i >= pattern.size() || pattern[i] != '}') return 0;
  return i + 1 - at;
}

}  // namespace

std::optional<RelaxedPattern> relax_counted_repetitions(std::string_view pattern) {
  std::string out;
  bool relaxed = false;
  bool lower_bound_lowered = false;
  int smallest_upper_bound = std::numeric_limits<int>::max();
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      // An escape, with its braces: \p{Greek}, \x{2014}.
      std::size_t end = i + 2;
      if (end < pattern.size() && pattern[end] == '{' && std::strchr("pPx", pattern[i + 1]) != nullptr) {
        const std::size_t close = pattern.find('}', end);
        end = close == std::string_view::npos ? pattern.size() : close + 1;
      }
      out.append(pattern.substr(i, end - i));
      i = end - 1;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      // A ']' first in a class ("[]a]", "[^]a]") is a literal.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      continue;
    }
    int low = 0, high = 0;
    if (c == '{') {
      if (const std::size_t length = read_quantifier(pattern, i, low, high)) {
        if (high > kMaxSpelledRepetition || low > kMaxSpelledRepetition) {
          out += '{' + std::to_string(std::min(low, kMaxSpelledRepetition)) + ",}";
          relaxed = true;
          lower_bound_lowered = lower_bound_lowered || low > kMaxSpelledRepetition;
          if (high >= 0) smallest_upper_bound = std::min(smallest_upper_bound, high);
        } else {
          out.append(pattern.substr(i, length));
        }
        i += length - 1;
        continue;
      }
    }
    out += c;
  }
  if (!relaxed) return std::nullopt;
  return RelaxedPattern{std::move(out), lower_bound_lowered ? 0 : static_cast<std::size_t>(smallest_upper_bound)};
}

}  // namespace newsclean
