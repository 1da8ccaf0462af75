// RE2 spells a counted repetition out: ".{0,300}" becomes 300 copies of ".",
// and a set of such patterns makes the DFA build new states at almost every
// byte of a long line. Rule sets therefore hold relaxed copies of these
// patterns, which match a superset of lines, and confirm each hit with the
// exact pattern. Even short counts ("[^>]{1,16}", "\d{4}") multiply the
// states of a set of 50 patterns: relaxing every count cut the peak memory
// of a run over 20 MB of real pages from 46 to 35 MB and its time by 8%
// (docs/performance.md), output unchanged.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsclean {

// Repetition bounds above this are relaxed: "?" stays, every count goes.
inline constexpr int kMaxSpelledRepetition = 1;

// A relaxed pattern, and the longest line on which its hits need no
// confirming.
struct RelaxedPattern {
  std::string pattern;
  // On a line of at most this many characters the relaxed copy matches
  // exactly when the rule does: a match on n characters repeats each counted
  // part at most n times with text (repeats that match nothing can be left
  // out), so no upper bound up to n is exceeded, and no lower bound was
  // lowered. The smallest relaxed upper bound, or 0 when a lower bound above
  // kMaxSpelledRepetition was relaxed ("\d{4}" became "\d{1,}").
  std::size_t exact_up_to_chars = 0;

  // For tests: compares the relaxed pattern.
  bool operator==(std::string_view other) const { return pattern == other; }
};

// The pattern with every "{m,n}" or "{n}" whose bound exceeds
// kMaxSpelledRepetition turned into "{min(m, limit),}"; nullopt when there is
// none. Braces inside character classes and escapes ("\p{Hangul}") are left
// alone.
std::optional<RelaxedPattern> relax_counted_repetitions(std::string_view pattern);

}  // namespace newsclean
