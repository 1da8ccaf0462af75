// Where input bytes come from: a file or stdin, decompressed on the fly when
// it starts with the gzip or zstd magic bytes. Reads in large blocks.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>

namespace newsclean {

// An input that cannot be opened or read; what() is "WHERE: WHAT".
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to size bytes; 0 at the end. Throws InputError.
  virtual std::size_t read(char* buffer, std::size_t size) = 0;
};

// Opens path ("-" is stdin), peeks at the first bytes and wraps the
// decompressor they call for. display_name is used in messages.
std::unique_ptr<ByteSource> open_input(const std::string& path, const std::string& display_name);

}  // namespace newsclean
