// Sentences for comparing text, not for linguistics: a line is cut after each
// run of sentence terminators (". ! ? 。 ！ ？" and the other Unicode
// Sentence_Break ATerm/STerm characters) with the closing quotes, brackets and
// spaces that follow. A full stop inside "3.5", "U.S." or "e.g. the" (a letter
// or digit right after it, or a lower-case word or a number after the space)
// is no cut, unless the full stop follows a Hangul, Han or kana letter: no
// abbreviation ends in one, and Korean sentences often open with a figure.
//
// The duplicate detector only needs both copies of a text cut the same way;
// this is several times cheaper than ICU's BreakIterator and needs no state.
// The text must be valid UTF-8, as every line is after normalisation.
#pragma once

#include <string_view>
#include <vector>

namespace newsclean {

// Sentences of text, as views into it, trimmed, blank ones left out.
// split_sentences("One. Two?") gives {"One.", "Two?"}.
std::vector<std::string_view> split_sentences(std::string_view text);

// The same, appended to out (callers reuse one vector for many lines).
void split_sentences(std::string_view text, std::vector<std::string_view>& sentences);

}  // namespace newsclean
