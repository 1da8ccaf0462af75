#include "text/joined.hpp"

#include "text/utf8.hpp"

namespace newsclean {
namespace {
constexpr std::size_t kMinJoinedChars = 200;
constexpr std::size_t kMinJoins = 2;
}  // namespace

std::vector<std::string_view> split_joined_line(std::string_view line) {
  std::vector<std::string_view> pieces;
  line = trim(line);
  while (!line.empty()) {
    const std::size_t join = line.find("  ");
    const std::string_view piece = trim(line.substr(0, join));
    if (!piece.empty()) pieces.push_back(piece);
    if (join == std::string_view::npos) break;
    line = trim(line.substr(join));
  }
  return pieces;
}

bool is_joined_line(std::string_view line) {
  // Cheapest test first: a character takes at least a byte.
  if (line.size() < kMinJoinedChars) return false;
  line = trim(line);
  std::size_t joins = 0;
  for (std::size_t at = line.find("  "); at != std::string_view::npos && joins < kMinJoins;
       at = line.find("  ", at + 2)) {
    ++joins;
  }
  return joins >= kMinJoins && char_count(line) >= kMinJoinedChars;
}

}  // namespace newsclean
