// The input's bytes as read, beside the decoded text: --rejects must hold a
// skipped record byte for byte, also when the input was decoded from CP949 or
// Shift_JIS. The tap sits between the file and the decoder and keeps what
// the decoder read; the reader takes the raw bytes of each line as it takes
// the decoded line. In an ASCII-compatible encoding a newline byte is never
// part of a multibyte sequence, so line N of the decoded text is line N of
// the raw bytes, and the decoder has read a line's newline before it hands
// out the decoded one.
#pragma once

#include <memory>
#include <string>

#include "io/byte_source.hpp"

namespace newsclean {

class RawTap final : public ByteSource {
 public:
  explicit RawTap(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

  std::size_t read(char* buffer, std::size_t size) override;

  // The raw bytes of the next line, without its "\n", in line. False when
  // the tap has lost step with the decoded lines (then it stops keeping bytes).
  bool take_line(std::string& line);
  // For a line read in pieces: the bytes of the current line read so far, in
  // piece (the line goes on; take_line ends it).
  bool take_piece(std::string& piece);

  bool in_step() const { return in_step_; }

 private:
  void compact();

  std::unique_ptr<ByteSource> source_;
  std::string buffer_;
  std::size_t start_ = 0;
  bool eof_ = false;
  bool in_step_ = true;
};

// True when the encoding writes "\n" as the byte 0x0A and never uses that byte
// inside a multibyte sequence (CP949, Shift_JIS, GBK, Big5, Latin-1: yes;
// UTF-16, EBCDIC: no).
bool newline_is_one_byte(const std::string& icu_name);

}  // namespace newsclean
