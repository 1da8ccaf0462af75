// The longest line a whole-line pattern can match. A pattern anchored at
// both ends ("^...$") whose every repetition is bounded matches no line of
// more characters than its parts can take; the rule set turns a relaxed
// copy's hit on such a longer line down without running the exact regex,
// whose counted repetitions make RE2 build a DFA state at almost every byte
// (a date rule's confirmations on prose lines that open with a date took 5%
// of a run).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsclean {

// Characters (code points) of the longest line `pattern` matches, when it is
// anchored at the start and the end of the line outside any alternation and
// all its repetitions are bounded; nullopt otherwise, or when the pattern
// uses syntax this reading does not know (it never guesses short).
// max_line_chars("^(Mon|Tues)day,? \\d{1,2}$") == 11
// max_line_chars("^Read more.*$") == nullopt
std::optional<std::size_t> max_line_chars(std::string_view pattern);

}  // namespace newsclean
