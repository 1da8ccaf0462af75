// Lines that hold a whole article: some scrapers (Naver search scrapers among
// them) join paragraphs with two spaces. Their paragraphs are cleaned as
// lines of their own.
#pragma once

#include <string_view>
#include <vector>

namespace newsclean {

// True for a long line with at least two "  " paragraph joins.
bool is_joined_line(std::string_view line);

// The paragraphs of a joined line, trimmed, in order.
std::vector<std::string_view> split_joined_line(std::string_view line);

}  // namespace newsclean
