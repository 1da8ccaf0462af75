// Splits a byte source into lines, in large blocks. With no piece limit a
// line of any length comes whole (the buffer grows geometrically, so a 200 MB
// line stays linear); with one, a longer line comes in pieces of that size,
// so that memory stays bounded whatever the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "io/byte_source.hpp"

namespace newsclean {

class LineReader {
 public:
  explicit LineReader(ByteSource& source, std::size_t max_piece = 0) : source_(source), max_piece_(max_piece) {}

  // The next line without its "\n" (a "\r" before it stays), or the next
  // piece of a line longer than max_piece; false at the end. The view is
  // valid until the next call.
  bool next(std::string_view& line);

  // True when the piece last returned is not the end of its line.
  bool partial() const { return partial_; }

  // 1-based number of the line last returned.
  std::size_t line_number() const { return line_number_; }

  // True when the line last returned ended with "\n".
  bool had_newline() const { return had_newline_; }

 private:
  bool fill();

  ByteSource& source_;
  std::size_t max_piece_;  // 0: none
  bool partial_ = false;
  std::string buffer_;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
  std::size_t line_number_ = 0;
  bool eof_ = false;
  bool had_newline_ = false;
};

}  // namespace newsclean
