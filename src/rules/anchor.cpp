#include "rules/anchor.hpp"

namespace newsclean {
namespace {

// The pattern after a leading flag group ("(?i)", "(?s)"); a group with a
// body ("(?i:…)") is no flag group and stays.
std::string_view skip_flags(std::string_view pattern) {
  if (pattern.substr(0, 2) != "(?") return pattern;
  const std::size_t close = pattern.find(')');
  if (close == std::string_view::npos || pattern.substr(2, close - 2).find(':') != std::string_view::npos) {
    return pattern;
  }
  return pattern.substr(close + 1);
}

bool alternative_anchored(std::string_view alternative) {
  alternative = skip_flags(alternative);
  return !alternative.empty() && alternative.front() == '^';
}

}  // namespace

bool starts_anchored(std::string_view pattern) {
  if (!alternative_anchored(pattern)) return false;
  // Each "|" outside groups and classes starts another alternative.
  int depth = 0;
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0 && !alternative_anchored(pattern.substr(i + 1))) {
      return false;
    }
  }
  return true;
}

}  // namespace newsclean
