#include "io/line_reader.hpp"

#include <algorithm>
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
  // A piece that continues a line keeps the line's number.
  const auto hand_out = [&](std::size_t length, std::size_t skip, bool newline, bool partial) {
    line = std::string_view(buffer_.data() + start_, length);
    start_ += length + skip;
    line_number_ += !partial_;
    had_newline_ = newline;
    partial_ = partial;
    return true;
  };
  std::size_t searched = start_;
  for (;;) {
    const std::size_t limit = max_piece_ == 0 ? end_ : std::min(end_, start_ + max_piece_);
    const void* found = std::memchr(buffer_.data() + searched, '\n', limit - std::min(searched, limit));
    if (found) {
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(found) - buffer_.data());
      return hand_out(at - start_, 1, true, false);
    }
    if (max_piece_ > 0 && end_ - start_ >= max_piece_) return hand_out(max_piece_, 0, false, true);
    searched = end_ - start_;  // offsets shift when fill() compacts
    if (!fill()) break;
    // fill() moved the unread part to offset 0.
  }
  if (start_ == end_) {
    partial_ = false;  // a long line that ended with the input
    return false;
  }
  return hand_out(end_ - start_, 0, false, false);
}

}  // namespace newsclean
