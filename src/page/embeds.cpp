#include "page/embeds.hpp"

#include <cctype>

#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

bool opens_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

constexpr std::size_t kMaxPostLines = 4;  // lines (not blank) of a post's words
constexpr std::size_t kMaxAttributionChars = 120;

// "(@janeroe)": a handle in brackets, somewhere in the line.
bool has_bracketed_handle(std::string_view text) {
  for (std::size_t at = text.find("(@"); at != std::string_view::npos; at = text.find("(@", at + 2)) {
    std::size_t end = at + 2;
    while (end < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' || text[end] == '.')) {
      ++end;
    }
    if (end > at + 2 && end < text.size() && text[end] == ')') return true;
  }
  return false;
}

}  // namespace

bool is_embed_attribution(std::string_view text) {
  text = trim(text);
  const bool opens = opens_with(text, "\xE2\x80\x94") || opens_with(text, "- ") ||  // —
                     opens_with(text, "A post shared by ");
  if (!opens || char_count_upto(text, kMaxAttributionChars + 1) > kMaxAttributionChars || !has_bracketed_handle(text)) {
    return false;
  }
  // Ends in a year ("November 19, 2019") or a time ("at 9:12am PST").
  const std::size_t last_digit = text.find_last_of("0123456789");
  return last_digit != std::string_view::npos && text.size() - last_digit <= 8;
}

std::size_t embed_from(const Article& article, std::size_t first) {
  const std::size_t none = article.lines.size();
  std::size_t filled = 0;
  for (std::size_t i = first; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    if (is_embed_attribution(line.text)) return i;
    if (++filled > kMaxPostLines) return none;
    if (line.dropped() && !line.dropped_as(category::kUi)) return none;  // a byline, a copyright line, a list
  }
  return none;
}

}  // namespace newsclean
