#include "io/raw_tap.hpp"

#include <unicode/ucnv.h>

#include <cstring>

namespace newsclean {

std::size_t RawTap::read(char* buffer, std::size_t size) {
  const std::size_t n = source_->read(buffer, size);
  if (n == 0) eof_ = true;
  if (in_step_) buffer_.append(buffer, n);
  return n;
}

bool RawTap::take_line(std::string& line) {
  line.clear();
  if (!in_step_) return false;
  const std::size_t newline = buffer_.find('\n', start_);
  if (newline == std::string::npos && !eof_) {
    in_step_ = false;  // a decoded line without its raw newline: keep nothing more
    buffer_ = std::string();
    return false;
  }
  const std::size_t end = newline == std::string::npos ? buffer_.size() : newline;
  line.assign(buffer_, start_, end - start_);
  start_ = newline == std::string::npos ? end : end + 1;
  compact();
  return true;
}

bool RawTap::take_piece(std::string& piece) {
  piece.clear();
  if (!in_step_) return false;
  const std::size_t newline = buffer_.find('\n', start_);
  const std::size_t end = newline == std::string::npos ? buffer_.size() : newline;
  piece.assign(buffer_, start_, end - start_);
  start_ = end;
  compact();
  return true;
}

// Drops the bytes taken once they are most of the buffer: memory stays near
// what the decoder reads ahead.
void RawTap::compact() {
  if (start_ < (std::size_t{1} << 16) || start_ < buffer_.size() / 2) return;
  buffer_.erase(0, start_);
  start_ = 0;
}

bool newline_is_one_byte(const std::string& icu_name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(icu_name.c_str(), &status);
  if (U_FAILURE(status)) return false;
  char out[8];
  const UChar newline[] = {u'\n', u'A'};
  const int32_t length = ucnv_fromUChars(converter, out, sizeof out, newline, 2, &status);
  const bool ascii =
      ucnv_getMinCharSize(converter) == 1 && U_SUCCESS(status) && length == 2 && std::memcmp(out, "\nA", 2) == 0;
  ucnv_close(converter);
  return ascii;
}

}  // namespace newsclean
