// RE2 spells a counted repetition out: ".{0,300}" becomes 300 copies of ".",
// and a set of such patterns makes the DFA build new states at almost every
// byte of a long line. Rule sets therefore hold relaxed copies of these
// patterns, which match a superset of lines, and confirm each hit with the
// exact pattern.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsclean {

// Repetition bounds above this are relaxed.
inline constexpr int kMaxSpelledRepetition = 16;

// The pattern with every "{m,n}" or "{n}" whose bound exceeds
// kMaxSpelledRepetition turned into "{min(m, limit),}"; nullopt when there is
// none. Braces inside character classes and escapes ("\p{Hangul}") are left
// alone.
std::optional<std::string> relax_counted_repetitions(std::string_view pattern);

}  // namespace newsclean
