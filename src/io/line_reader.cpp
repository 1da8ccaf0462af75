#include "io/line_reader.hpp"

#include <cstring>

namespace newsclean {
namespace {
constexpr std::size_t kBlock = 1 << 18;
}

bool LineReader::fill() {
  if (eof_) return false;
  if (start_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + start_, end_ - start_);
    end_ -= start_;
    start_ = 0;
  }
  if (buffer_.size() - end_ < kBlock) buffer_.resize(std::max(buffer_.size() * 2, end_ + kBlock));
  const std::size_t n = source_.read(buffer_.data() + end_, buffer_.size() - end_);
  if (n == 0) {
    eof_ = true;
    return false;
  }
  end_ += n;
  return true;
}

bool LineReader::next(std::string_view& line) {
  std::size_t searched = start_;
  for (;;) {
    const void* found = std::memchr(buffer_.data() + searched, '\n', end_ - searched);
    if (found) {
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(found) - buffer_.data());
      line = std::string_view(buffer_.data() + start_, at - start_);
      start_ = at + 1;
      ++line_number_;
      had_newline_ = true;
      return true;
    }
    searched = end_ - start_;  // offsets shift when fill() compacts
    if (!fill()) break;
    // fill() moved the unread part to offset 0.
  }
  if (start_ == end_) return false;
  line = std::string_view(buffer_.data() + start_, end_ - start_);
  start_ = end_;
  ++line_number_;
  had_newline_ = false;
  return true;
}

}  // namespace newsclean
