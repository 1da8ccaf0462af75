// Splits a byte source into lines, in large blocks, with no limit on line
// length (the buffer grows geometrically, so a 200 MB line stays linear).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "io/byte_source.hpp"

namespace newsclean {

class LineReader {
 public:
  explicit LineReader(ByteSource& source) : source_(source) {}

  // The next line without its "\n" (a "\r" before it stays); false at the
  // end. The view is valid until the next call.
  bool next(std::string_view& line);

  // 1-based number of the line last returned.
  std::size_t line_number() const { return line_number_; }

  // True when the line last returned ended with "\n".
  bool had_newline() const { return had_newline_; }

 private:
  bool fill();

  ByteSource& source_;
  std::string buffer_;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
  std::size_t line_number_ = 0;
  bool eof_ = false;
  bool had_newline_ = false;
};

}  // namespace newsclean
