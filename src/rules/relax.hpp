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

// The pattern with every "{m,n}" or "{n}" whose bound exceeds
// kMaxSpelledRepetition turned into "{min(m, limit),}"; nullopt when there is
// none. Braces inside character classes and escapes ("\p{Hangul}") are left
// alone.
std::optional<std::string> relax_counted_repetitions(std::string_view pattern);

}  // namespace newsclean
