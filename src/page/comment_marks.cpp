#include "page/comment_marks.hpp"

#include <array>

#include "text/utf8.hpp"

namespace newsclean {
namespace {

// Comment-area words of the languages the packs know, and Italian,
// Portuguese, Russian; lower case (ASCII is lowered before comparing).
constexpr std::array<std::string_view, 17> kCommentWords = {
    "comment",     "comments",     "response",   "responses",   "kommentar", "kommentare",
    "commentaire", "commentaires", "comentario", "comentarios", "commento",  "commenti",
    "comentário",  "comentários",  "댓글",       "コメント",    "评论"};
constexpr std::array<std::string_view, 12> kReplyWords = {"reply",    "antworten", "répondre", "responder",
                                                          "rispondi", "ответить",  "Ответить", "답글",
                                                          "답글쓰기", "返信",      "回复",     "回覆"};

// The text without digits, separators and brackets at its ends, and the
// digits it held: "Comments (32)" -> "comments", 2.
std::string_view strip_count(std::string_view text, std::size_t& digits) {
  const auto skip = [](char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == ',' || c == '.' || c == '[' || c == ']';
  };
  digits = 0;
  for (const char c : text) digits += c >= '0' && c <= '9';
  while (!text.empty() && skip(text.front())) text.remove_prefix(1);
  while (!text.empty() && skip(text.back())) text.remove_suffix(1);
  return text;
}

// Equal but for the case of ASCII letters; the known word is lower case.
bool same_word(std::string_view word, std::string_view known) {
  if (word.size() != known.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    if (c != known[i]) return false;
  }
  return true;
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  for (const std::string_view known : words) {
    if (same_word(word, known)) return true;
  }
  return false;
}

}  // namespace

bool is_comment_count(std::string_view text) {
  constexpr std::size_t kMaxChars = 24;
  constexpr std::size_t kMaxRawBytes = 96;
  if (text.size() > kMaxRawBytes) return false;
  text = trim(text);
  if (text.size() > kMaxChars * 3 || char_count_upto(text, kMaxChars + 1) > kMaxChars) return false;
  std::size_t digits = 0;
  std::string_view word = strip_count(text, digits);
  if (digits == 0) return false;
  // "コメント12件", "12条评论": a counter word by the number.
  for (const std::string_view counter : {std::string_view("件"), std::string_view("条")}) {
    if (word.size() > counter.size() && word.substr(word.size() - counter.size()) == counter) {
      word.remove_suffix(counter.size());
    }
    if (word.size() > counter.size() && word.substr(0, counter.size()) == counter) word.remove_prefix(counter.size());
  }
  std::size_t more_digits = 0;
  word = strip_count(word, more_digits);
  return one_of(trim(word), kCommentWords);
}

bool is_reply_mark(std::string_view text) {
  constexpr std::size_t kMaxChars = 16;
  constexpr std::size_t kMaxRawBytes = 64;  // indentation included: most lines are out at once
  if (text.size() > kMaxRawBytes) return false;
  // The first byte past spaces and a count: most lines are out here,
  // before any decoding ('r', 'a', Cyrillic, 답, 返 and 回 open the words).
  std::size_t at = 0;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || (text[at] >= '0' && text[at] <= '9'))) ++at;
  if (at == text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[at] | 0x20);
  if (lead != 'r' && lead != 'a' && lead != 0xF0 && lead != 0xEB && lead != 0xE8 && lead != 0xE5) return false;
  text = trim(text);
  if (text.empty() || text.size() > kMaxChars * 3) return false;
  std::size_t digits = 0;
  return one_of(strip_count(text, digits), kReplyWords);
}

}  // namespace newsclean
