// What a line looks like, from its characters alone: body prose, a list item,
// a sentence end. Lengths count characters, and CJK sentence ends count.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsclean {

// True when the line ends like a sentence: . ! ? 。 ！ ？ …, closing quotes
// and brackets ignored.
bool ends_sentence(std::string_view line);

// True when the line ends in a letter or digit, closing quotes and brackets
// ignored: a sentence left without its period (a Spanish or Italian deck),
// not a label ending in ':' or a run of symbols.
bool ends_in_word(std::string_view line);

// True for prose: long enough and ending like a sentence, or very long.
bool looks_like_body(std::string_view line);

// True when the line starts with a list marker: "- ", "▶", "·", "•", "■",
// "☞", "1. ", "2) ", "①" and the like.
bool is_list_item(std::string_view line);

// True for English Title Case: four or more words of four letters or more,
// nearly all capitalised ("Stock Falls After Earnings. Why You Shouldn't
// Worry."), which no sentence is.
bool is_title_case(std::string_view line);

// A personal name alone: two or three capitalised words ("Anna Menin",
// "Jean-Luc Dupont", "J. R. Smith", "JANE ROE"), lower-case name particles
// between them ("Ursula von der Leyen").
bool looks_like_name(std::string_view line);

// True for a person's name in Chinese, Japanese or Korean script: two to
// six characters of it, one space at most, no mark or digit ("田中一郎",
// "王晓明", "佐藤 花子", "김민준").
bool looks_like_cjk_name(std::string_view line);

// True when text opens with `open` and closes with `close`, with something
// between ("[img]", "（TBSテレビ）"); no trimming.
bool enclosed_by(std::string_view text, std::string_view open, std::string_view close);

// True when the line contains an e-mail address.
bool has_email(std::string_view line);

}  // namespace newsclean
